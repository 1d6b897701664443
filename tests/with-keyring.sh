#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Hubbridge authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test inside a private D-Bus session with a fresh, unlocked GNOME keyring: a real
# Secret Service for QtKeychain that never touches the user's own keyring.
# Usage: with-keyring.sh COMMAND [ARGS...]
set -eu
exec dbus-run-session -- sh -c '
    HOME="$(mktemp -d)"
    export HOME
    eval "$(printf "hubbridge-test" | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
    "$@"
    status=$?
    rm -rf "$HOME"
    exit $status
' with-keyring "$@"
