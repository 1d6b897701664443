// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/sqlite/entrycounts.h"

#include "core/common/logging.h"
#include "core/store/sqlite/sqlitestatement.h"
#include "core/store/sqlite/sqlsupport.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace StoreSql;

namespace {

const QString kSchema = u"CREATE TABLE entry_counts(hotel TEXT PRIMARY KEY, n INTEGER NOT NULL) "
                        "WITHOUT ROWID"_s;

} // namespace

bool EntryCounts::ensure(QSqlDatabase &db, QString *errorOut)
{
    // The hotels' entries through their (partial) index, the data folder's own as the rest of
    // the smallest index's count: a scan of the history, once.
    const QStringList statements { u"DROP TABLE IF EXISTS entry_counts"_s, kSchema,
        u"INSERT INTO entry_counts(hotel, n) SELECT hotel, count(*) FROM entries WHERE hotel <> "
        "'' GROUP BY hotel"_s,
        u"INSERT INTO entry_counts(hotel, n) SELECT '', (SELECT count(*) FROM entries) - "
        "(SELECT coalesce(sum(n), 0) FROM entry_counts)"_s };
    QString error;
    qint64 filledMs = -1;
    if (!refreshDerived(db, u"entry_counts"_s, kSchema, statements, error, &filledMs)) {
        *errorOut = u"cannot count the history: "_s + error;
        return false;
    }
    if (filledMs >= 0)
        qCInfo(lcStore) << "entry counts: filled in" << filledMs << "ms";
    return true;
}

bool EntryCounts::added(QSqlDatabase &db, const QString &hotel, QString &error)
{
    return SqliteStatement::cached(db,
        "INSERT INTO entry_counts(hotel, n) VALUES(?1, 1) ON CONFLICT(hotel) DO UPDATE SET n = n "
        "+ 1")
        .bind(1, hotel)
        .run(error);
}

bool EntryCounts::deleteEntries(QSqlDatabase &db, const QString &idsSql, const QVariantList &values,
    qint64 &removed, QString &error)
{
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM entries WHERE id IN (%1) RETURNING hotel"_s.arg(idsSql));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!exec(q, error))
        return false;
    QHash<QString, qint64> byHotel;
    removed = 0;
    while (q.next()) {
        ++byHotel[q.value(0).toString()];
        ++removed;
    }
    if (q.lastError().isValid()) {
        error = q.lastError().text();
        return false;
    }
    for (auto it = byHotel.cbegin(); it != byHotel.cend(); ++it) {
        if (!SqliteStatement::cached(db, "UPDATE entry_counts SET n = n - ?1 WHERE hotel = ?2")
                 .bind(1, it.value())
                 .bind(2, it.key())
                 .run(error))
            return false;
    }
    return true;
}

std::optional<qint64> EntryCounts::count(const QSqlDatabase &db, const HistoryFilter &filter)
{
    HistoryFilter rest = filter;
    rest.hotel.reset();
    if (!rest.isEmpty())
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(u"SELECT coalesce(sum(n), 0) FROM entry_counts"_s
        + (filter.hotel ? u" WHERE hotel = ?"_s : QString()));
    if (filter.hotel)
        q.addBindValue(*filter.hotel);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}
