// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// SqliteHistoryStore: what staff browse — pages, counts and the hourly chart of the history, with
// one filter type (HistoryFilter) turned into SQL in one place (whereFor).
#include "core/common/logging.h"
#include "core/store/sqlite/searchindex.h"
#include "core/store/sqlite/sqlitehistorystore.h"
#include "core/store/sqlite/sqlitestatement.h"
#include "core/store/sqlite/sqlsupport.h"

#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;
using namespace StoreSql;

namespace {

struct Where
{
    QStringList clauses;
    QVariantList values;
};

// Reason::isOtherTraffic() in SQL, the one definition the counts, the filters and the problems
// use. Entries recorded before reasons were (reason '') are other traffic when they were refused
// before Duve's order was read: no event, refused, and not Duve's malformed JSON.
QString otherTrafficSql()
{
    QStringList alternatives;
    for (const QString &name : Reason::otherTrafficNames())
        alternatives.append(u"reason = '%1' OR reason LIKE '%1:%'"_s.arg(name));
    alternatives.append(u"(reason = '' AND event = '' AND outcome = 'rejected' AND "
                        "code <> 'WEB_HUK_MALFORMED_JSON')"_s);
    return u"("_s + alternatives.join(u" OR "_s) + u")"_s;
}

const QString kProblemOutcomes
    = u"'"_s + outcomeNames(problemOutcomes()).join(u"', '"_s) + u"'"_s; // 'failed', ...

// The newest entry of each order that failed and is not handled: a later entry of the same order
// (a resend that worked, Duve's own re-send, a cancel) settles it.
QString problemWhere()
{
    return u"outcome IN (%1) AND NOT %2 "
           "AND NOT EXISTS (SELECT 1 FROM handled h WHERE h.entry_id = entries.id) "
           "AND (order_key = '' OR NOT EXISTS (SELECT 1 FROM entries later "
           "WHERE later.order_key = entries.order_key AND later.order_key <> '' AND "
           "later.id > entries.id))"_s.arg(kProblemOutcomes, otherTrafficSql());
}

bool hasDateRange(const HistoryFilter &f)
{
    return f.from.isValid() || f.to.isValid();
}

Where whereFor(const HistoryFilter &f)
{
    Where w;
    if (f.from.isValid()) {
        w.clauses.append(u"received_at >= ?"_s);
        w.values.append(toMs(f.from));
    }
    if (f.to.isValid()) {
        w.clauses.append(u"received_at < ?"_s);
        w.values.append(toMs(f.to));
    }
    const auto in = [&w](const QString &column, const QStringList &list) {
        if (list.isEmpty())
            return;
        w.clauses.append(column + u" IN ("_s + QStringList(list.size(), u"?"_s).join(u',') + u')');
        for (const QString &v : list)
            w.values.append(v);
    };
    in(u"outcome"_s, outcomeNames(f.outcomes));
    // With a date range the event index would walk every entry of the event since the newest;
    // the range (received_at) narrows far better (the unary + keeps the planner off it).
    in(hasDateRange(f) ? u"+event"_s : u"event"_s, f.events);
    if (!f.room.isEmpty()) {
        w.clauses.append(u"room = ?"_s);
        w.values.append(f.room);
    }
    SearchIndex::addMatch(f.search, w.clauses, w.values);
    if (f.newestOfEachOrder)
        w.clauses.append(u"(order_key = '' OR NOT EXISTS (SELECT 1 FROM entries later WHERE "
                         "later.order_key = entries.order_key AND later.order_key <> '' AND "
                         "later.id > entries.id))"_s);
    if (f.traffic == HistoryFilter::Traffic::Orders)
        w.clauses.append(u"NOT "_s + otherTrafficSql());
    else if (f.traffic == HistoryFilter::Traffic::Other)
        w.clauses.append(otherTrafficSql());
    return w;
}

// The columns of a history table row (no bodies), declared once: the SELECT list is built from
// the names, in this order, and readRow() reads them by these names.
enum RowColumn {
    Id,
    ReceivedAt,
    Event,
    OrderKey,
    OrderNumber,
    Room,
    Guest,
    Service,
    ExternalIds,
    OutcomeColumn,
    HttpStatus,
    Code,
    Tasks,
    Attempts,
    ReasonColumn,
    Message,
    RowColumnCount
};
constexpr const char *kRowColumnNames[RowColumnCount] = { "id", "received_at", "event", "order_key",
    "order_number", "room", "guest", "service", "external_ids", "outcome", "http_status", "code",
    "tasks", "attempts", "reason", "message" };

const QString kRowColumns = columnList(kRowColumnNames);

HistoryRow readRow(const QSqlQuery &q)
{
    const auto value = [&q](RowColumn c) { return q.value(int(c)); };
    HistoryRow r;
    r.id = value(Id).toLongLong();
    r.receivedAt = fromMs(value(ReceivedAt));
    r.event = value(Event).toString();
    r.orderKey = value(OrderKey).toString();
    r.orderNumber = value(OrderNumber).toString();
    r.room = value(Room).toString();
    r.guest = value(Guest).toString();
    r.service = value(Service).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(value(ExternalIds).toByteArray()).array())
        r.externalIds.append(v.toString());
    r.outcome = outcomeFromName(value(OutcomeColumn).toString()).value_or(Outcome::Received);
    r.httpStatus = value(HttpStatus).toInt();
    r.code = value(Code).toString();
    r.tasks = QJsonDocument::fromJson(value(Tasks).toByteArray()).array();
    r.attempts = value(Attempts).toInt();
    r.reason = Reason::fromStored(value(ReasonColumn).toString());
    r.message = value(Message).toString();
    return r;
}

QList<HistoryRow> rows(const QSqlDatabase &db, const HistoryFilter &filter, const QString &keyset,
    qint64 key, const QString &order, int limit)
{
    Where w = whereFor(filter);
    if (key > 0) {
        w.clauses.append(keyset);
        w.values.append(key);
    }
    // A date range is answered from the received_at / (outcome, received_at) indexes: the ids
    // are chosen first, from the index alone, sorted (+id: not by walking the id order until
    // the range starts), and only the page's rows are then read.
    const bool dated = hasDateRange(filter);
    QString select = u" FROM entries"_s;
    if (!w.clauses.isEmpty())
        select += u" WHERE "_s + w.clauses.join(u" AND "_s);
    select += (dated ? u" ORDER BY +id "_s : u" ORDER BY id "_s) + order + u" LIMIT ?"_s;
    const QString sql = dated
        ? QString(u"SELECT "_s + kRowColumns + u" FROM entries WHERE id IN (SELECT id"_s + select
            + u") ORDER BY id "_s + order)
        : QString(u"SELECT "_s + kRowColumns + select);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(w.values))
        q.addBindValue(v);
    q.addBindValue(limit);
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
    const Where w = whereFor(filter);
    QString sql = u"SELECT count(*) FROM entries"_s;
    if (!w.clauses.isEmpty())
        sql += u" WHERE "_s + w.clauses.join(u" AND "_s);
    QSqlQuery q(readDb());
    q.prepare(sql);
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
    q.prepare(u"SELECT (received_at - ?) / 3600000 AS hour, outcome, count(*) FROM entries "
              "WHERE received_at >= ? AND received_at < ? GROUP BY hour, outcome"_s);
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
    const QString where = w.clauses.isEmpty() ? QString() : w.clauses.join(u" AND "_s) + u" AND "_s;
    const QString sql = u"SELECT max(id) FROM entries WHERE "_s + where
        + u"order_key <> '' GROUP BY order_key UNION ALL SELECT id FROM entries WHERE "_s + where
        + u"order_key = '' ORDER BY 1"_s;
    QSqlQuery q(readDb());
    q.setForwardOnly(true);
    q.prepare(sql);
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

QList<HistoryRow> SqliteHistoryStore::problemRows(int limit) const
{
    QSqlQuery q(readDb());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kRowColumns + u" FROM entries WHERE "_s + problemWhere()
        + u" ORDER BY id DESC LIMIT ?"_s);
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

ProblemCounts SqliteHistoryStore::problemCounts() const
{
    ProblemCounts counts;
    QSqlQuery q(readDb());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT count(*) - count(NULLIF(outcome, 'pending')), count(NULLIF(outcome, "
               "'pending')) FROM entries WHERE "_s
            + problemWhere())
        && q.next()) {
        counts.retrying = q.value(0).toInt();
        counts.needsAttention = q.value(1).toInt();
    }
    // Wrong Duve credentials since the last request that passed them (read backwards from the
    // newest entry: only the burst itself is walked).
    const QString wrong = Reason(Reason::Code::DuveCredentials, u"wrong"_s).stored();
    q.prepare(u"SELECT count(*), min(received_at) FROM entries WHERE reason = ? AND id > "
              "coalesce((SELECT id FROM entries WHERE event <> '' ORDER BY id DESC LIMIT 1), 0)"_s);
    q.addBindValue(wrong);
    if (q.exec() && q.next() && q.value(0).toInt() > 0) {
        counts.credentialFailures = q.value(0).toInt();
        counts.credentialFailuresSince = fromMs(q.value(1));
    }
    return counts;
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
    q.prepare(u"SELECT "_s + kRowColumns
        + u" FROM entries WHERE order_key = (SELECT order_key FROM entries WHERE id = ? AND "
          "order_key <> '') AND order_key <> '' AND id > ? ORDER BY id DESC LIMIT 1"_s);
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
    q.prepare(u"SELECT "_s + kRowColumns
        + u" FROM entries WHERE order_key = (SELECT order_key FROM entries WHERE id = ? AND "
          "order_key <> '') AND order_key <> '' ORDER BY id"_s);
    q.addBindValue(entryId);
    QList<HistoryRow> list;
    if (q.exec()) {
        while (q.next())
            list.append(readRow(q));
    }
    return list;
}
