#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Hubbridge authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Hubbridge needs to build, run and test on Debian 12 (run as root).
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libsqlite3-dev zlib1g-dev
    qt6-httpserver-dev qt6-websockets-dev
    qtkeychain-qt6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev libqt6opengl6-dev
    qt6-translations-l10n
    # the PostgreSQL store engine (libpq), and for its tests a throwaway server (pg_virtualenv)
    libpq-dev libssl-dev postgresql haproxy
    libgl-dev
    # the SVG application icon (QSvgRenderer, the icon engine plugin); packaging: dpkg-shlibdeps
    # for the .deb's dependencies, validators of the desktop entry and the AppStream metadata
    qt6-svg-dev dpkg-dev appstream desktop-file-utils
    # tests: a real Secret Service for the keychain, an X server for screenshots, openssl for
    # the HTTPS tests' certificates, the sanitizer runtimes for the build-asan suite
    dbus dbus-x11 gnome-keyring xvfb xauth curl openssl libasan8 libubsan1
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    SUDO=""
    [[ $(id -u) -eq 0 ]] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
