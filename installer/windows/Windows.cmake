# Windows: the NSIS installer (`cpack -G NSIS` in a build directory made with MSVC or MinGW
# and a shared Qt 6.4+). Written and reviewed, not built on the Debian build machine.
#
# Layout under the installation folder (default: C:\Program Files\Hubbridge):
#   bin\hubbridge.exe, the Qt DLLs and qt.conf (windeployqt), plugins\... (platforms, styles,
#   sqldrivers, iconengines, imageformats, tls), the other DLLs the executable needs
#   (QtKeychain, SQLite, zlib; found with file(GET_RUNTIME_DEPENDENCIES)).
# Start-menu entry "Hubbridge", an optional "Start Hubbridge when I log in" component (the same
# HKCU Run value that the Settings page writes, ui/startatlogin.cpp), and an uninstaller that
# removes both.

# Qt's own deployment (Qt 6.3+; Windows is supported by 6.4's implementation): runs
# windeployqt on the installed executable at install time, i.e. when CPack stages the files.
qt_generate_deploy_app_script(TARGET hubbridge
    FILENAME_VARIABLE hubbridge_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT "${hubbridge_deploy_script}")

# Non-Qt DLLs (QtKeychain, SQLite, zlib, a MinGW runtime), looked up next to Qt and on PATH.
# System DLLs and the Qt DLLs that windeployqt already copied are left out.
install(CODE [[
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES "$<TARGET_FILE:hubbridge>"
        RESOLVED_DEPENDENCIES_VAR hubbridge_dlls
        UNRESOLVED_DEPENDENCIES_VAR hubbridge_missing
        DIRECTORIES "$<TARGET_FILE_DIR:Qt6::Core>" $ENV{PATH}
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
        POST_EXCLUDE_REGEXES "[Ss]ystem32" "Qt6[A-Za-z]+d?\\.dll$")
    foreach(dll IN LISTS hubbridge_dlls)
        file(INSTALL "${dll}" DESTINATION "${CMAKE_INSTALL_PREFIX}/bin")
    endforeach()
    if(hubbridge_missing)
        message(WARNING "hubbridge: DLLs not found, not packaged: ${hubbridge_missing}")
    endif()
]])

# The MSVC runtime next to the executable (no separate vc_redist run needed).
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)

# Marker of the "start at login" component: its presence after the component sections ran
# tells the install commands below that the box was ticked.
file(WRITE "${PROJECT_BINARY_DIR}/installer/start-at-login.txt"
    "Hubbridge starts when this Windows user logs in (HKCU Run value \"Hubbridge\").\r\n")
install(FILES "${PROJECT_BINARY_DIR}/installer/start-at-login.txt"
    DESTINATION share/hubbridge COMPONENT autostart)

set(CPACK_NSIS_PACKAGE_NAME "Hubbridge")
set(CPACK_NSIS_DISPLAY_NAME "Hubbridge ${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Hubbridge")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF) # the command line is for servers; not put on PATH
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
# CPACK_VERBATIM_VARIABLES is on: one backslash reaches NSIS as one backslash.
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\hubbridge.exe")
# No "run Hubbridge now" on the finish page: it would run elevated, as the installing account.
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
if(HUBBRIDGE_ICO)
    set(CPACK_NSIS_MUI_ICON "${HUBBRIDGE_ICO}")
    set(CPACK_NSIS_MUI_UNIICON "${HUBBRIDGE_ICO}")
endif()
set(CPACK_NSIS_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL Unspecified autostart)

# Run after the component sections (see CMake's NSIS.template.in): the Run value points at the
# installed executable, quoted, exactly as StartAtLogin::setEnabled writes it. HKCU is the
# account that runs the installer (with UAC elevation of the same person, their own account).
# Not ticked: an existing value (set in the Settings page) is left alone, also on upgrades.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  IfFileExists "$INSTDIR\share\hubbridge\start-at-login.txt" 0 hubbridge_no_autostart
    WriteRegStr HKCU "Software\Microsoft\Windows\CurrentVersion\Run" "Hubbridge" '"$INSTDIR\bin\hubbridge.exe"'
  hubbridge_no_autostart:
]=])
# The uninstaller removes the Run value whoever wrote it (installer or the Settings page), and
# leaves the data folder (%APPDATA%\Hubbridge: history, settings) and the keychain entries.
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegValue HKCU "Software\Microsoft\Windows\CurrentVersion\Run" "Hubbridge"
]=])

# Called after include(CPack): component names and descriptions on the components page.
function(hubbridge_windows_components)
    cpack_add_component(Unspecified
        DISPLAY_NAME "Hubbridge"
        DESCRIPTION "The front-desk application, its command line and the Qt libraries."
        REQUIRED)
    cpack_add_component(autostart
        DISPLAY_NAME "Start Hubbridge when I log in"
        DESCRIPTION "Adds Hubbridge to this user's startup programs (can be changed later in Settings).")
endfunction()
