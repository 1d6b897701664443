#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Hubbridge authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs hubbridge-bench with a throwaway PostgreSQL 15 (pg_virtualenv from postgresql-common, as
# tests/with-postgres.sh does): the PG* variables it exports point the bench's phases 7 and 8
# (ingest and history with the store on PostgreSQL) at that server; the cluster is removed
# afterwards. Arguments go to the bench, e.g. `scripts/bench-postgres.sh --quick` or
# `scripts/bench-postgres.sh --skip-startup`.
#
# The cluster is pg_virtualenv's with two changes: fsync is back on (pg_virtualenv turns it off
# for tests; serve's SQLite commits are fsynced, so a PostgreSQL without fsync would not be
# comparable), and it lives in a temporary directory even as root (-t), so that it never meets
# the "regress" cluster a test run may be using. HUBBRIDGE_BENCH_PG_CONF adds postgresql.conf
# settings, space-separated (e.g. "shared_buffers=1GB work_mem=16MB").
#
# Builds nothing: build hubbridge-bench and hubbridge first (scripts/build.sh, or
# `cmake --build build --target hubbridge-bench hubbridge`); BUILD_DIR picks another build
# directory (default build/).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bench="${BUILD_DIR:-$here/../build}/bin/hubbridge-bench"
if [[ ! -x $bench ]]; then
    echo "bench-postgres.sh: no $bench; build it first (cmake --build build --target hubbridge-bench hubbridge)" >&2
    exit 1
fi
if ! command -v pg_virtualenv >/dev/null 2>&1; then
    echo "bench-postgres.sh: pg_virtualenv is missing (apt-get install postgresql postgresql-common)" >&2
    exit 1
fi
options=(-t -v 15 -o fsync=on)
for setting in ${HUBBRIDGE_BENCH_PG_CONF:-}; do
    options+=(-o "$setting")
done
exec pg_virtualenv "${options[@]}" "$bench" "$@"
