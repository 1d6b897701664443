// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "postgres.h"

#include "core/store/postgres/pgconnection.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PgBench {

namespace {

// The database the PG* variables name (PGDATABASE, else the user's), for creating others.
const QString kMaintenanceUrl = u"postgresql://?application_name=hubbridge-bench"_s;

bool validName(const QString &name)
{
    static const QRegularExpression identifier(u"^[a-z_][a-z0-9_]{0,62}$"_s);
    return identifier.match(name).hasMatch();
}

} // namespace

bool serverAvailable(QString *why, QJsonObject *settings)
{
    bool any = false;
    for (const char *name : { "PGHOST", "PGHOSTADDR", "PGPORT", "PGSERVICE", "PGDATABASE" })
        any = any || qEnvironmentVariableIsSet(name);
    if (!any) {
        *why = u"no PG* environment variables point at a PostgreSQL server (run the bench under "
               "pg_virtualenv: scripts/bench-postgres.sh)"_s;
        return false;
    }
    PgConnection db;
    QString error;
    if (!db.open(kMaintenanceUrl, &error)) {
        *why = u"the PostgreSQL server the PG* variables point at does not answer: "_s + error;
        return false;
    }
    for (const QString &name :
        { u"server_version"_s, u"fsync"_s, u"synchronous_commit"_s, u"shared_buffers"_s }) {
        const PgResult r = db.exec(u"SELECT current_setting($1)"_s, PgParams().add(name));
        settings->insert(name, r.rows() ? r.text(0, 0) : QString());
    }
    return true;
}

QString freshDatabase(const QString &name, QString *error)
{
    if (!validName(name)) {
        *error = u"not a database name: "_s + name;
        return {};
    }
    PgConnection db;
    if (!db.open(kMaintenanceUrl, error))
        return {};
    db.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name));
    const PgResult created = db.exec(u"CREATE DATABASE %1"_s.arg(name));
    if (!created.ok()) {
        *error = created.error();
        return {};
    }
    return u"postgresql:///"_s + name;
}

void dropDatabase(const QString &name)
{
    PgConnection db;
    QString error;
    if (validName(name) && db.open(kMaintenanceUrl, &error))
        db.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name));
}

QList<qint64> backendPids(const QString &name)
{
    QList<qint64> pids;
    PgConnection db;
    QString error;
    if (!db.open(kMaintenanceUrl, &error))
        return pids;
    const PgResult r = db.exec(
        u"SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()"_s,
        PgParams().add(name));
    for (int i = 0; i < r.rows(); ++i)
        pids.append(r.integer(i, 0));
    return pids;
}

} // namespace PgBench
