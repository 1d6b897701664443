// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/historystore.h"

#include "core/store/postgres/postgreshistorystore.h"
#include "core/store/sqlite/sqlitehistorystore.h"

#include <QPointer>

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

HistoryStore::Completion HistoryStore::completion(Done done, void (HistoryStore::*changed)())
{
    QPointer<HistoryStore> self(this);
    return [self, done = std::move(done), changed](bool ok, qint64) {
        if (ok && self && changed)
            Q_EMIT(self->*changed)();
        if (done)
            done(ok);
    };
}

HistoryStore::Completion HistoryStore::entryCompletion(Inserted done)
{
    QPointer<HistoryStore> self(this);
    return [self, done = std::move(done)](bool ok, qint64 id) {
        if (ok && self)
            Q_EMIT self->entryChanged(id);
        if (done)
            done(ok, id);
    };
}

HistoryStore::Completion HistoryStore::entryCompletion(Done done)
{
    return entryCompletion(Inserted([done = std::move(done)](bool ok, qint64) {
        if (done)
            done(ok);
    }));
}
