#!/usr/bin/env bash
# Build-and-test: installs the dependencies, builds, and runs every test under CTest.
# Keychain tests bring their own D-Bus session and keyring (tests/with-keyring.sh); GUI tests
# run on the offscreen platform.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
"$here/install-deps.sh"
"$here/build.sh"
cd "$here/.."
ctest --test-dir build --output-on-failure -j2 "$@"
