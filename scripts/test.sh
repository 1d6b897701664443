#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Hubbridge authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Build-and-test: installs the dependencies, builds, and runs every test under CTest; then builds
# everything again with AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/, the "asan"
# preset of CMakePresets.json) and runs the whole suite once more there.
# Between the two, scripts/package-test.sh builds the .deb from build/, installs, runs and
# removes it (as root; it skips itself otherwise).
# Keychain tests bring their own D-Bus session and keyring (tests/with-keyring.sh); GUI tests
# run on the offscreen platform. Arguments go to both ctest runs (e.g. -R listener).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
"$here/install-deps.sh"
bash "$here/check-layers.sh" # includes point only down; no widgets in core/ (seconds)
"$here/build.sh"
cd "$here/.."
start=$SECONDS
ctest --test-dir build --output-on-failure -j2 "$@"
echo "normal suite: $((SECONDS - start)) s"
bash "$here/group-test.sh" build # 3 serve on PostgreSQL behind HAProxy, fault rounds (~6 min)

bash "$here/package-test.sh" build

start=$SECONDS
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan "$@"
echo "sanitizer build and suite: $((SECONDS - start)) s"
