// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The PostgreSQL server of phases 7 and 8: the one libpq's PG* environment variables point at
// (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE; pg_virtualenv sets them, see
// scripts/bench-postgres.sh). The bench creates its own databases there and drops them after.
#include <QJsonObject>
#include <QList>
#include <QString>

namespace PgBench {

// Whether there is a server to run the PostgreSQL phases on: some PG* variable is set and a
// connection to its default database works. Otherwise false and `why`, for the skip line.
// `settings`: what the figures depend on (server_version, fsync, synchronous_commit,
// shared_buffers).
bool serverAvailable(QString *why, QJsonObject *settings);

// A fresh, empty database `name` on that server (dropped first if it was there), as the URL
// hubbridge.ini's [store] url takes: postgresql:///name (host, port, user and password from the
// environment, never in the URL). Empty and `error` when it cannot.
QString freshDatabase(const QString &name, QString *error);
void dropDatabase(const QString &name);

// The server processes (backends) serving connections to database `name` now.
QList<qint64> backendPids(const QString &name);

} // namespace PgBench
