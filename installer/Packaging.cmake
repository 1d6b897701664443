# SPDX-FileCopyrightText: 2026 The Hubbridge authors
# SPDX-License-Identifier: GPL-3.0-or-later

# Installation layout and CPack: a .deb and a .tar.gz on Linux, an NSIS installer on Windows.
# Included from the top CMakeLists.txt after the targets exist. `cpack -G DEB` in the build
# directory makes build/hubbridge_<version>_<arch>.deb (scripts/package-test.sh installs it).
#
# The .qm translations are compiled into the binary as resources (:/i18n), so nothing is
# installed for them.

# Sanitizer and fuzz builds are for tests only: nothing to package, and the icon helper would
# run under LeakSanitizer at build time.
if(HUBBRIDGE_SANITIZE OR HUBBRIDGE_FUZZ)
    return()
endif()

include(GNUInstallDirs)

set(HUBBRIDGE_APP_ID "io.hubbridge.Hubbridge")
set(HUBBRIDGE_ICON_SVG "${PROJECT_SOURCE_DIR}/resources/icons/hubbridge.svg")
set(HUBBRIDGE_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(installer_dir "${CMAKE_CURRENT_LIST_DIR}")
set(installer_bin "${PROJECT_BINARY_DIR}/installer")

# --- Icons: the SVG is the only drawing; PNGs (and the Windows .ico) are rendered from it at
# build time by a small QSvgRenderer tool, so they can never drift from the SVG.
if(HUBBRIDGE_GUI)
    add_subdirectory(${installer_dir}/tools ${installer_bin}/tools)
    set(icon_outputs "")
    foreach(size ${HUBBRIDGE_ICON_SIZES})
        list(APPEND icon_outputs
            "${installer_bin}/icons/${size}x${size}/apps/${HUBBRIDGE_APP_ID}.png")
    endforeach()
    set(ico_args "")
    if(WIN32)
        set(HUBBRIDGE_ICO "${installer_bin}/hubbridge.ico")
        list(APPEND icon_outputs "${HUBBRIDGE_ICO}")
        set(ico_args --ico "${HUBBRIDGE_ICO}")
    endif()
    add_custom_command(OUTPUT ${icon_outputs}
        COMMAND hubbridge-svgtopng "${HUBBRIDGE_ICON_SVG}" "${installer_bin}/icons"
                "${HUBBRIDGE_APP_ID}" ${HUBBRIDGE_ICON_SIZES} ${ico_args}
        DEPENDS hubbridge-svgtopng "${HUBBRIDGE_ICON_SVG}"
        COMMENT "Rendering the application icon to PNG"
        VERBATIM)
    add_custom_target(hubbridge_icons ALL DEPENDS ${icon_outputs})
endif()

if(UNIX AND NOT APPLE)
    # --- Desktop integration (the window needs the GUI build).
    if(HUBBRIDGE_GUI)
        install(FILES "${installer_dir}/linux/${HUBBRIDGE_APP_ID}.desktop"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
        install(FILES "${installer_dir}/linux/${HUBBRIDGE_APP_ID}.metainfo.xml"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
        install(FILES "${HUBBRIDGE_ICON_SVG}"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME "${HUBBRIDGE_APP_ID}.svg")
        install(DIRECTORY "${installer_bin}/icons/"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor)
    endif()

    # --- The headless service: unit, system user, examples of its two configuration files.
    install(FILES "${installer_dir}/linux/hubbridge.service"
        "${installer_dir}/linux/hubbridge@.service" DESTINATION lib/systemd/system)
    install(FILES "${installer_dir}/linux/hubbridge.sysusers"
        DESTINATION lib/sysusers.d RENAME hubbridge.conf)
    # Debian's documentation folder is named after the package, not the project.
    set(doc_dir ${CMAKE_INSTALL_DATADIR}/doc/hubbridge)
    install(FILES "${installer_dir}/linux/credentials.example"
        DESTINATION ${doc_dir}/examples RENAME credentials)
    install(FILES "${installer_dir}/linux/hubbridge.ini.example" DESTINATION ${doc_dir}/examples)
    install(FILES "${installer_dir}/linux/copyright" DESTINATION ${doc_dir})

    # --- The manual page and the Debian changelog, gzipped (-n: no name and time stamp, so the
    # package is reproducible).
    find_program(GZIP_EXECUTABLE gzip REQUIRED)
    foreach(pair "hubbridge.1;hubbridge.1.gz" "changelog;changelog.gz")
        list(GET pair 0 plain)
        list(GET pair 1 gzipped)
        add_custom_command(OUTPUT "${installer_bin}/${gzipped}"
            COMMAND "${GZIP_EXECUTABLE}" -9 -n -c "${installer_dir}/linux/${plain}"
                    > "${installer_bin}/${gzipped}"
            DEPENDS "${installer_dir}/linux/${plain}"
            COMMENT "Compressing ${plain}")
    endforeach()
    add_custom_target(hubbridge_docs ALL
        DEPENDS "${installer_bin}/hubbridge.1.gz" "${installer_bin}/changelog.gz")
    install(FILES "${installer_bin}/hubbridge.1.gz" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    install(FILES "${installer_bin}/changelog.gz" DESTINATION ${doc_dir})
endif()

if(WIN32)
    include(${installer_dir}/windows/Windows.cmake)
endif()

# --- CPack
set(CPACK_PACKAGE_NAME "hubbridge")
set(CPACK_PACKAGE_VENDOR "Hubbridge")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines under 80 characters: CPack copies them into the control file as they are.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Hubbridge runs on a hotel's front-desk PC or on a server and turns guest\n"
    "orders from Duve into housekeeping tasks in Hub OS: it receives Duve's\n"
    "webhooks, checks the hotel's credentials, maps each order item to a Hub OS\n"
    "task type, creates the tasks with retries and keeps a local history of\n"
    "every request.\n"
    "\n"
    "The package contains the front-desk application and a systemd service,\n"
    "hubbridge.service, that runs the listener alone on a server. The service is\n"
    "not started on installation: it needs the Hub OS credentials in\n"
    "/etc/hubbridge/credentials first (see hubbridge(1)).")
# The licence page of the NSIS installer. The DEB and TGZ generators do not use this file (the
# .deb states the licence in /usr/share/doc/hubbridge/copyright, linux/copyright); Windows.cmake
# sets a CRLF copy first, which is kept.
if(NOT CPACK_RESOURCE_FILE_LICENSE)
    set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
endif()
set(CPACK_PACKAGE_CONTACT "Hubbridge maintainers <maintainers@users.noreply.h-seed-9acd9b43.example>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Hubbridge")
set(CPACK_PACKAGE_EXECUTABLES "hubbridge" "Hubbridge")
set(CPACK_STRIP_FILES ON) # RelWithDebInfo keeps debug info in build/; the package needs none
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}")
set(CPACK_OUTPUT_FILE_PREFIX "")

if(WIN32)
    set(CPACK_GENERATOR "NSIS")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
endif()

# Debian: `apt install ./hubbridge_*.deb` pulls Qt through the shared-library dependencies that
# dpkg-shlibdeps (dpkg-dev) finds; plugins are loaded at run time, so shlibdeps cannot see them
# and they are named here: the SQLite driver and the platform plugins (xcb; wayland is optional).
# libpq5 too: the PostgreSQL engine loads it when a group's [store] url asks for it.
# Qt SVG is linked (the icon is rendered with QSvgRenderer), so shlibdeps finds it.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libpq5")
if(HUBBRIDGE_GUI)
    string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", qt6-qpa-plugins")
    # Qt's own texts (file dialogs, text-field menus) in the staff's language.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
    # The keychain of the front-desk PC (a Secret Service); servers use the credentials file.
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring, curl")
else()
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "curl")
endif()
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${installer_dir}/debian/postinst"
    "${installer_dir}/debian/prerm"
    "${installer_dir}/debian/postrm")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# The tarball holds the same tree as the .deb, relative (bin/, share/, lib/systemd/...).
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)

include(CPack)

if(WIN32)
    hubbridge_windows_components()
endif()
