// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// SqliteHistoryStore: what staff browse — pages, counts and the hourly chart of the history, with
// one filter type (HistoryFilter) turned into SQL in one place (whereFor).
#include "core/common/logging.h"
#include "core/store/sqlite/entrycounts.h"
#include "core/store/sqlite/openproblems.h"
#include "core/store/sqlite/searchindex.h"
#include "core/store/sqlite/sqlitehistorystore.h"
#include "core/store/sqlite/sqlitestatement.h"
#include "core/store/sqlite/sqlsupport.h"

#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;
using namespace StoreSql;

namespace {

const Dialect kSqlite { SearchIndex::addMatch, u"+event"_s, u"+id"_s };

Where whereFor(const HistoryFilter &f)
{
    return StoreSql::whereFor(f, kSqlite);
}

HistoryRow readRow(const QSqlQuery &q)
{
    return StoreSql::readRow([&q](int column) { return q.value(column); });
}

QList<HistoryRow> rows(const QSqlDatabase &db, const HistoryFilter &filter, const QString &keyset,
    qint64 key, const QString &order, int limit)
{
    Where w = whereFor(filter);
    const QString sql = pageSql(filter, kSqlite, w, keyset, key, order, limit);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(w.values))
        q.addBindValue(v);
    QList<HistoryRow> list;
    if (!q.exec()) {
        qCWarning(lcStore).noquote() << "history query failed:" << q.lastError().text();
        return list;
    }
    while (q.next())
        list.append(readRow(q));
    return list;
}

} // namespace

QList<HistoryRow> SqliteHistoryStore::page(
    const HistoryFilter &filter, qint64 beforeId, int limit) const
{
    return rows(readDb(), filter, u"id < ?"_s, beforeId, u"DESC"_s, limit);
}

QList<HistoryRow> SqliteHistoryStore::newerThan(
    const HistoryFilter &filter, qint64 afterId, int limit) const
{
    QList<HistoryRow> list
        = rows(readDb(), filter, u"id > ?"_s, std::max<qint64>(afterId, 0), u"ASC"_s, limit);
    std::reverse(list.begin(), list.end()); // newest first, like page()
    return list;
}

qint64 SqliteHistoryStore::count(const HistoryFilter &filter) const
{
    if (const std::optional<qint64> kept = EntryCounts::count(readDb(), filter))
        return *kept;
    const Where w = whereFor(filter);
    QSqlQuery q(readDb());
    q.prepare(u"SELECT count(*) FROM entries"_s + w.sql());
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<QHash<Outcome, int>> SqliteHistoryStore::outcomesPerHour(
    const QDateTime &from, int hours) const
{
    QList<QHash<Outcome, int>> perHour(std::max(hours, 0));
    const qint64 start = toMs(from);
    QSqlQuery q(readDb());
    q.setForwardOnly(true);
    q.prepare(outcomesPerHourSql());
    q.addBindValue(start);
    q.addBindValue(start);
    q.addBindValue(start + qint64(perHour.size()) * 3600000);
    if (!q.exec()) {
        qCWarning(lcStore).noquote() << "hourly counts failed:" << q.lastError().text();
        return perHour;
    }
    while (q.next()) {
        const qint64 hour = q.value(0).toLongLong();
        const std::optional<Outcome> outcome = outcomeFromName(q.value(1).toString());
        if (hour >= 0 && hour < perHour.size() && outcome)
            perHour[hour].insert(*outcome, q.value(2).toInt());
    }
    return perHour;
}

QList<qint64> SqliteHistoryStore::entriesToResend(const HistoryFilter &filter) const
{
    // One entry per order: the newest that matches. Entries without an order key stand alone.
    const Where w = whereFor(filter);
    QSqlQuery q(readDb());
    q.setForwardOnly(true);
    q.prepare(entriesToResendSql(w));
    for (int pass = 0; pass < 2; ++pass) {
        for (const QVariant &v : w.values)
            q.addBindValue(v);
    }
    QList<qint64> ids;
    if (!q.exec()) {
        qCWarning(lcStore).noquote() << "cannot select entries:" << q.lastError().text();
        return ids;
    }
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QList<HistoryRow> SqliteHistoryStore::problemRows(
    int limit, const std::optional<QString> &hotel) const
{
    QSqlQuery q(readDb());
    q.setForwardOnly(true);
    q.prepare(OpenProblems::newestSql(kRowColumns, hotel.has_value()));
    if (hotel)
        q.addBindValue(*hotel);
    q.addBindValue(limit);
    QList<HistoryRow> list;
    if (!q.exec()) {
        qCWarning(lcStore).noquote() << "problems query failed:" << q.lastError().text();
        return list;
    }
    while (q.next())
        list.append(readRow(q));
    return list;
}

ProblemCounts SqliteHistoryStore::problemCounts(const std::optional<QString> &hotel) const
{
    ProblemCounts counts;
    QSqlQuery q(readDb());
    q.setForwardOnly(true);
    q.prepare(OpenProblems::countsSql(hotel.has_value()));
    if (hotel)
        q.addBindValue(*hotel);
    if (q.exec() && q.next()) {
        counts.retrying = q.value(0).toInt();
        counts.needsAttention = q.value(1).toInt();
    }
    q.prepare(credentialFailuresSql(hotel.has_value()));
    q.addBindValue(credentialFailureReason());
    if (hotel) {
        q.addBindValue(*hotel);
        q.addBindValue(*hotel);
    }
    if (q.exec() && q.next() && q.value(0).toInt() > 0) {
        counts.credentialFailures = q.value(0).toInt();
        counts.credentialFailuresSince = fromMs(q.value(1));
    }
    return counts;
}

QHash<QString, ProblemCounts> SqliteHistoryStore::problemCountsByHotel() const
{
    QHash<QString, ProblemCounts> byHotel;
    QSqlQuery q(readDb());
    q.setForwardOnly(true);
    if (!q.exec(OpenProblems::countsByHotelSql()))
        return byHotel;
    while (q.next()) {
        ProblemCounts &counts = byHotel[q.value(0).toString()];
        counts.retrying = q.value(1).toInt();
        counts.needsAttention = q.value(2).toInt();
    }
    return byHotel;
}

std::optional<Handling> SqliteHistoryStore::handling(qint64 entryId) const
{
    QSqlQuery q(readDb());
    q.prepare(u"SELECT note, by, at FROM handled WHERE entry_id = ?"_s);
    q.addBindValue(entryId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Handling { q.value(0).toString(), q.value(1).toString(), fromMs(q.value(2)) };
}

std::optional<HistoryRow> SqliteHistoryStore::laterEntryOfOrder(qint64 entryId) const
{
    QSqlQuery q(readDb());
    q.prepare(u"SELECT "_s + kRowColumns + u" FROM entries WHERE "_s + sameOrderAsSql()
        + u" AND id > ? ORDER BY id DESC LIMIT 1"_s);
    q.addBindValue(entryId);
    q.addBindValue(entryId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRow(q);
}

QList<HistoryRow> SqliteHistoryStore::orderTimeline(qint64 entryId) const
{
    QSqlQuery q(readDb());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kRowColumns + u" FROM entries WHERE "_s + sameOrderAsSql()
        + u" ORDER BY id"_s);
    q.addBindValue(entryId);
    QList<HistoryRow> list;
    if (q.exec()) {
        while (q.next())
            list.append(readRow(q));
    }
    return list;
}
