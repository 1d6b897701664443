#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Hubbridge authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test against a throwaway PostgreSQL 15 from Debian's packages: pg_virtualenv
# (postgresql-common) creates a cluster in a temporary place, points PG* (host, port, user,
# password) at it, runs the command and removes the cluster again.
# Usage: with-postgres.sh COMMAND [ARGS...]
set -e
if ! command -v pg_virtualenv >/dev/null 2>&1; then
    echo "with-postgres.sh: pg_virtualenv is missing (apt-get install postgresql postgresql-common)" >&2
    exit 1
fi
export HUBBRIDGE_TEST_STORE=postgres
exec pg_virtualenv -v 15 "$@"
