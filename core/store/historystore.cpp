// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/historystore.h"

#include "core/store/postgres/postgreshistorystore.h"
#include "core/store/sqlite/sqlitehistorystore.h"

using namespace Qt::StringLiterals;

bool HistoryStore::isServerUrl(const QString &location)
{
    return location.startsWith(u"postgresql://"_s) || location.startsWith(u"postgres://"_s);
}

std::unique_ptr<HistoryStore> HistoryStore::create(const QString &location)
{
    if (isServerUrl(location))
        return std::make_unique<PostgresHistoryStore>(location);
    return std::make_unique<SqliteHistoryStore>(location);
}

QString HistoryStore::displayLocation(const QString &location)
{
    return isServerUrl(location) ? PostgresHistoryStore::displayUrl(location) : location;
}
