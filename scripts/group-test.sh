#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Hubbridge authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The group rig (issue 16, item 5): a throwaway PostgreSQL 15 (pg_virtualenv, fsync on), three
# `hubbridge serve` instances on its one database, HAProxy in front, all on loopback, serving two
# hotels of a group (porto and lisbon, registered once with `hubbridge hotels add`, their
# credentials in one secrets folder every instance reads; serve has no credentials of its own),
# each with its own `hubbridge sandbox` as its Hub OS (porto's the instances' [hubos] url,
# lisbon's its --hubos-url). Duve's contract through the load balancer for each hotel (by header
# and by /webhooks/duve/KEY, one hotel's credentials on the other's path, an unknown hotel's
# path), then fault rounds with orders of both hotels (kill -9, SIGSTOP past the claim lease,
# PostgreSQL stopped -m immediate, backends terminated, Hub OS failing: both hotels' or one's),
# each checked: every acknowledged order recorded and in its hotel's Hub OS, one Hub OS task per
# order item, every background retry delivered, nothing of a hotel in the other's Hub OS or under
# the other's key in the database, and while one hotel's Hub OS fails the other's orders created
# at once. Prints one line per round and kind and a table; exits non-zero when anything was
# lost, duplicated, left undelivered or went to the wrong hotel.
#
# Usage: scripts/group-test.sh [BUILD_DIR] [-- TEST FUNCTIONS...]   (BUILD_DIR: build/)
# It builds nothing: `cmake --build BUILD_DIR --target hubbridge tst_group` first.
# Environment: HUBBRIDGE_GROUP_ROUNDS (rounds per kind, 20), HUBBRIDGE_GROUP_KINDS (e.g.
# "kill,stop"; all by default: kill, stop, pgrestart, terminate, hubos5xx),
# HUBBRIDGE_GROUP_SEED, HUBBRIDGE_GROUP_TIMEOUT (seconds for everything, 900).
# The logs of every process (hb1-3.log, sandbox-porto.log, sandbox-lisbon.log, haproxy.log,
# hotels.log: the `hubbridge hotels` commands), the HAProxy configuration and the table
# (summary.txt) stay in BUILD_DIR/group-test/; the hotels' credential files are in the temporary
# folder, removed at the end.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$here/../build"
if [ $# -gt 0 ] && [ "$1" != "--" ]; then
    build="$1"
    shift
fi
if [ "${1:-}" = "--" ]; then
    shift
fi
build="$(cd "$build" && pwd)"
driver="$build/tests/tst_group"
limit="${HUBBRIDGE_GROUP_TIMEOUT:-900}"

for tool in pg_virtualenv pg_ctlcluster haproxy; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "group-test.sh: $tool is missing (apt-get install postgresql haproxy)" >&2
        exit 1
    fi
done
if [ ! -x "$driver" ] || [ ! -x "$build/bin/hubbridge" ]; then
    echo "group-test.sh: build it first: cmake --build $build --target hubbridge tst_group" >&2
    exit 1
fi

logs="$build/group-test"
rm -rf "$logs"
mkdir -p "$logs"
tmp="$(mktemp -d -t hubbridge-group.XXXXXX)"
rig=""

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    if [ -n "$rig" ] && kill -0 "$rig" 2>/dev/null; then
        # The rig's own process group (setsid below): the driver, and pg_virtualenv, which drops
        # its cluster once the driver is gone. serve, the sandboxes and HAProxy die with the driver
        # (PR_SET_PDEATHSIG).
        kill -TERM -- "-$rig" 2>/dev/null || true
        for _ in $(seq 1 30); do
            kill -0 "$rig" 2>/dev/null || break
            sleep 1
        done
        kill -KILL -- "-$rig" 2>/dev/null || true
    fi
    rm -rf "$tmp"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start=$SECONDS
# pg_virtualenv -t: the cluster in a temporary folder even as root; fsync on, as in production
# (pg_virtualenv turns it off by default). The driver's bound is `timeout` (--foreground: in
# this process group, so that the trap reaches it), not Qt Test's watchdog (which aborted a run
# 337 s in); its temporary files (data folders, HAProxy's socket) are in $tmp.
setsid pg_virtualenv -t -v 15 -o fsync=on -o max_connections=100 -- \
    env TMPDIR="$tmp" HUBBRIDGE_GROUP_LOGS="$logs" QT_QPA_PLATFORM=offscreen \
    QTEST_FUNCTION_TIMEOUT="$(((limit + 60) * 1000))" \
    timeout --foreground -k 10 "$limit" "$driver" -maxwarnings 0 "$@" &
rig=$!
status=0
wait "$rig" || status=$?
rig=""
echo "group rig: $((SECONDS - start)) s, exit status $status (logs: $logs)"
if [ "$status" -eq 124 ]; then
    echo "group-test.sh: the rig did not finish within $limit s" >&2
fi
exit "$status"
