#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Hubbridge authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes the pictures of docs/user-guide.md: runs the GUI tests that take them (offscreen,
# SCREENSHOT_DIR pointed at a temporary folder) and copies the ones the guide uses into
# docs/images/. Run it after a change to the window, then look at the pictures and the text
# that describes them.
#
#   BUILD_DIR=build-doc bash scripts/update-guide-screenshots.sh
#
# BUILD_DIR (default: build) is configured and built first when needed. The tests are run
# directly rather than through CTest, because CTest's ENVIRONMENT property would set its own
# SCREENSHOT_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
build="${BUILD_DIR:-build}"
case "$build" in /*) ;; *) build="$root/$build" ;; esac

if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
    cmake -S "$root" -B "$build" -G Ninja >/dev/null
fi
cmake --build "$build" -j"${JOBS:-2}" --target tst_gui_wizard tst_gui_mainwindow tst_gui_history

shots="$(mktemp -d)"
trap 'rm -rf "$shots"' EXIT
export QT_QPA_PLATFORM=offscreen
export QT_LOGGING_RULES='hubbridge.*.info=false'
export SCREENSHOT_DIR="$shots"

# Only the test functions that take the pictures (Qt Test runs the functions it is given).
"$build/tests/tst_gui_wizard" sandboxRouteWithTestOrder
"$build/tests/tst_gui_mainwindow" trayPausesTheListener screenshotsOfEveryPage:light
"$build/tests/tst_gui_history" resendAllMatchingStatesTheCount

# The pictures docs/user-guide.md shows, in the order it shows them.
images=(
    wizard-1-credentials
    wizard-2-listener
    wizard-3-duve
    wizard-4-test-order
    wizard-5-done
    page-overview
    page-mappings
    mapping-dialog-error
    page-history
    history-failed-attempts
    history-resend-confirm
    page-settings
    tray-menu
    tray-icons
)
mkdir -p docs/images
for name in "${images[@]}"; do
    if [ ! -f "$shots/$name.png" ]; then
        echo "update-guide-screenshots: the tests did not write $name.png" >&2
        exit 1
    fi
    cp "$shots/$name.png" "docs/images/$name.png"
done
echo "copied ${#images[@]} pictures to docs/images/ ($(du -sh docs/images | cut -f1))"
