#!/usr/bin/env bash
# Build-and-test: installs the dependencies, builds, and runs every test under CTest.
# The tests get a private D-Bus session with an unlocked GNOME keyring (a real Secret Service
# for QtKeychain) and run GUI tests on the offscreen platform.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
"$here/install-deps.sh"
"$here/build.sh"
cd "$here/.."
exec dbus-run-session -- bash -c '
    export HOME="$(mktemp -d)"   # a throw-away keyring, not the user'"'"'s
    eval "$(printf "" | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
    export GNOME_KEYRING_CONTROL
    ctest --test-dir build --output-on-failure -j2 "$@"
' ctest "$@"
