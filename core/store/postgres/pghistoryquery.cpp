// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// PostgresHistoryStore: what staff browse — pages, counts, the problems and the hourly chart —
// from the filter SQL both engines share (StoreSql::whereFor), with PostgreSQL's search.
#include "core/common/logging.h"
#include "core/store/postgres/pgconnection.h"
#include "core/store/postgres/postgreshistorystore.h"
#include "core/store/searchwords.h"
#include "core/store/storesql.h"

using namespace Qt::StringLiterals;
using namespace StoreSql;

namespace {

// Every word typed is the prefix of a word of the entry (as SearchWords folds both), looked up
// in the GIN index of the entries' tsvector.
void addSearch(const QString &search, Where &w)
{
    QStringList terms;
    for (const QString &word : SearchWords::words(search))
        terms.append(word + u":*"_s); // letters and digits only: nothing is tsquery syntax
    if (terms.isEmpty())
        return;
    w.clauses.append(u"search @@ to_tsquery('simple', ?)"_s);
    w.values.append(terms.join(u" & "_s));
}

const Dialect kPostgres { addSearch, u"event"_s, u"id + 0"_s };

} // namespace

QList<HistoryRow> PostgresHistoryStore::rows(const QString &sql, const PgParams &params) const
{
    QList<HistoryRow> list;
    const PgResult r = read(numbered(sql), params);
    list.reserve(r.rows());
    for (int i = 0; i < r.rows(); ++i)
        list.append(readRow([&r, i](int column) { return r.value(i, column); }));
    return list;
}

QList<HistoryRow> PostgresHistoryStore::page(
    const HistoryFilter &filter, qint64 beforeId, int limit) const
{
    Where w = whereFor(filter, kPostgres);
    const QString sql = pageSql(filter, kPostgres, w, u"id < ?"_s, beforeId, u"DESC"_s, limit);
    return rows(sql, paramsOf(w.values));
}

QList<HistoryRow> PostgresHistoryStore::newerThan(
    const HistoryFilter &filter, qint64 afterId, int limit) const
{
    Where w = whereFor(filter, kPostgres);
    const QString sql
        = pageSql(filter, kPostgres, w, u"id > ?"_s, std::max<qint64>(afterId, 0), u"ASC"_s, limit);
    QList<HistoryRow> list = rows(sql, paramsOf(w.values));
    std::reverse(list.begin(), list.end()); // newest first, like page()
    return list;
}

qint64 PostgresHistoryStore::count(const HistoryFilter &filter) const
{
    const Where w = whereFor(filter, kPostgres);
    const PgResult r
        = read(numbered(u"SELECT count(*) FROM entries"_s + w.sql()), paramsOf(w.values));
    return r.rows() ? r.integer(0, 0) : 0;
}

QList<QHash<Outcome, int>> PostgresHistoryStore::outcomesPerHour(
    const QDateTime &from, int hours) const
{
    QList<QHash<Outcome, int>> perHour(std::max(hours, 0));
    const qint64 start = toMs(from);
    const PgResult r = read(numbered(outcomesPerHourSql()),
        PgParams().add(start).add(start).add(start + qint64(perHour.size()) * 3600000));
    for (int i = 0; i < r.rows(); ++i) {
        const qint64 hour = r.integer(i, 0);
        const std::optional<Outcome> outcome = outcomeFromName(r.text(i, 1));
        if (hour >= 0 && hour < perHour.size() && outcome)
            perHour[hour].insert(*outcome, int(r.integer(i, 2)));
    }
    return perHour;
}

QList<qint64> PostgresHistoryStore::entriesToResend(const HistoryFilter &filter) const
{
    const Where w = whereFor(filter, kPostgres);
    const PgResult r = read(numbered(entriesToResendSql(w)), paramsOf(w.values + w.values));
    QList<qint64> ids;
    for (int i = 0; i < r.rows(); ++i)
        ids.append(r.integer(i, 0));
    return ids;
}

QList<HistoryRow> PostgresHistoryStore::problemRows(
    int limit, const std::optional<QString> &hotel) const
{
    PgParams params;
    if (hotel)
        params.add(*hotel);
    return rows(u"SELECT "_s + kRowColumns + u" FROM entries WHERE "_s
            + problemWhere(hotel.has_value()) + u" ORDER BY id DESC LIMIT ?"_s,
        params.add(limit));
}

ProblemCounts PostgresHistoryStore::problemCounts(const std::optional<QString> &hotel) const
{
    ProblemCounts counts;
    PgParams params;
    if (hotel)
        params.add(*hotel);
    const PgResult r = read(numbered(problemCountsSql(hotel.has_value())), params);
    if (r.rows()) {
        counts.retrying = int(r.integer(0, 0));
        counts.needsAttention = int(r.integer(0, 1));
    }
    PgParams failures;
    failures.add(credentialFailureReason());
    if (hotel)
        failures.add(*hotel).add(*hotel);
    const PgResult c = read(numbered(credentialFailuresSql(hotel.has_value())), failures);
    if (c.rows() && c.integer(0, 0) > 0) {
        counts.credentialFailures = int(c.integer(0, 0));
        counts.credentialFailuresSince = fromMs(c.integer(0, 1));
    }
    return counts;
}

QHash<QString, ProblemCounts> PostgresHistoryStore::problemCountsByHotel() const
{
    QHash<QString, ProblemCounts> byHotel;
    const PgResult r = read(problemCountsByHotelSql());
    for (int i = 0; i < r.rows(); ++i) {
        ProblemCounts &counts = byHotel[r.text(i, 0)];
        counts.retrying = int(r.integer(i, 1));
        counts.needsAttention = int(r.integer(i, 2));
    }
    return byHotel;
}

std::optional<HistoryRow> PostgresHistoryStore::laterEntryOfOrder(qint64 entryId) const
{
    const QList<HistoryRow> list = rows(u"SELECT "_s + kRowColumns + u" FROM entries WHERE "_s
            + sameOrderAsSql() + u" AND id > ? ORDER BY id DESC LIMIT 1"_s,
        PgParams().add(entryId).add(entryId));
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<HistoryRow> PostgresHistoryStore::orderTimeline(qint64 entryId) const
{
    return rows(u"SELECT "_s + kRowColumns + u" FROM entries WHERE "_s + sameOrderAsSql()
            + u" ORDER BY id"_s,
        PgParams().add(entryId));
}
