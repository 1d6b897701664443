#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Hubbridge authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Build-and-run: installs the dependencies, builds, and starts the Hubbridge window.
# Arguments are passed to hubbridge (e.g. `scripts/run.sh serve --port 8080`).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
"$here/install-deps.sh"
"$here/build.sh"
exec "$here/../build/bin/hubbridge" "$@"
