#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Hubbridge authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs Node-RED 4.x from npm into BUILD_DIR/nodered (default: build/nodered), for the
# Node-RED phase of hubbridge-bench. Node-RED 5 needs Node.js 22; Debian 12 has Node.js 20, so
# the major version is pinned. Does nothing when a 4.x is already there. No global install.
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir="${1:-build}"
prefix="$build_dir/nodered"
package="$prefix/node_modules/node-red/package.json"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "install-nodered: node and npm are needed (Debian: apt-get install nodejs npm)" >&2
    exit 1
fi
node_major=$(node -p 'process.versions.node.split(".")[0]')
if ((node_major < 18)); then
    echo "install-nodered: Node-RED 4 needs Node.js 18 or later, this is $(node --version)" >&2
    exit 1
fi

installed=""
[[ -f $package ]] && installed=$(node -p "require('./$package').version" 2>/dev/null || true)
if [[ $installed == 4.* && -x $prefix/node_modules/.bin/node-red ]]; then
    echo "Node-RED $installed is already in $prefix"
    exit 0
fi

mkdir -p "$prefix"
echo "Installing Node-RED 4.x into $prefix"
npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error 'node-red@4'
echo "Node-RED $(node -p "require('./$package').version") in $prefix"
