# SPDX-FileCopyrightText: 2026 The Hubbridge authors
# SPDX-License-Identifier: GPL-3.0-or-later

# Windows: the NSIS installer (`cpack -G NSIS` in a build directory made with MSVC or MinGW
# and a shared Qt 6.4+). Written and reviewed, not built on the Debian build machine.
#
# Layout under the installation folder (default: C:\Program Files\Hubbridge):
#   bin\hubbridge.exe (the window, a GUI-subsystem program) and bin\hubbridge-cli.exe (the
#   commands, a console program; main/CMakeLists.txt), the Qt DLLs and qt.conf (windeployqt),
#   plugins\... (platforms, styles, sqldrivers, iconengines, imageformats, tls), the other DLLs
#   the executables need (QtKeychain, SQLite, zlib; found with file(GET_RUNTIME_DEPENDENCIES)),
#   and LICENSE.txt.
# Start-menu entry "Hubbridge", an optional "Start Hubbridge when I log in" component (the same
# HKCU Run value that the Settings page writes, ui/startatlogin.cpp), and an uninstaller that
# removes both.

# Qt's own deployment (Qt 6.3+): runs windeployqt on the installed executables at install
# time, i.e. when CPack stages the files. Not qt_generate_deploy_app_script(), which takes one
# target: the script below is what it generates for a shared-Qt Windows build (Qt 6.4's
# Qt6CoreMacros.cmake), plus hubbridge-cli.exe as ADDITIONAL_EXECUTABLES, as in the example of
# Qt's QT_DEPLOY_SUPPORT documentation; qt_deploy_runtime_dependencies() passes it to
# windeployqt as a further binary. (hubbridge.exe already links everything hubbridge-cli.exe
# does, so this deploys nothing more today; it keeps the command line deployed if that ever
# changes.) One script per configuration: with a multi-config generator (Visual Studio),
# QT_DEPLOY_SUPPORT names a per-configuration file, so the contents differ, and file(GENERATE)
# needs a distinct name for each; install(SCRIPT) accepts the generator expression in the name.
set(hubbridge_deploy_script "${PROJECT_BINARY_DIR}/installer/deploy-hubbridge-$<CONFIG>.cmake")
file(GENERATE OUTPUT "${hubbridge_deploy_script}" CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:hubbridge>\"
    ADDITIONAL_EXECUTABLES \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:hubbridge-cli>\"
    GENERATE_QT_CONF)
")
install(SCRIPT "${hubbridge_deploy_script}")

# Non-Qt DLLs (QtKeychain, SQLite, zlib, a MinGW runtime), looked up next to Qt and on PATH.
# System DLLs and the Qt DLLs that windeployqt already copied are left out.
install(CODE [[
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES "$<TARGET_FILE:hubbridge>" "$<TARGET_FILE:hubbridge-cli>"
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

# The MSVC runtime next to the executables (no separate vc_redist run needed).
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)

# The licence: the installer's licence page (CPACK_RESOURCE_FILE_LICENSE, Packaging.cmake keeps
# this value) and LICENSE.txt in the installation folder. With CRLF line ends, which every
# Notepad shows as lines (LICENSE has LF; older Notepads show one long line).
configure_file("${PROJECT_SOURCE_DIR}/LICENSE" "${PROJECT_BINARY_DIR}/installer/LICENSE.txt"
    @ONLY NEWLINE_STYLE CRLF)
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_BINARY_DIR}/installer/LICENSE.txt")
install(FILES "${PROJECT_BINARY_DIR}/installer/LICENSE.txt" DESTINATION .)

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
        DESCRIPTION "The front-desk application (hubbridge.exe), its command line (hubbridge-cli.exe) and the Qt libraries."
        REQUIRED)
    cpack_add_component(autostart
        DISPLAY_NAME "Start Hubbridge when I log in"
        DESCRIPTION "Adds Hubbridge to this user's startup programs (can be changed later in Settings).")
endfunction()
