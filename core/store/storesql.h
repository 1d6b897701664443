// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/net/httpheaders.h"
#include "core/store/records.h"

#include <QDateTime>
#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>
#include <functional>

struct HubOsAttempt;

// What the store's engines (core/store/sqlite/, core/store/postgres/) share, so that both keep
// the same tables the same way: the columns of an entry and of a history row, the conversions
// between Hubbridge's values and those columns, and the SQL both engines speak for what staff
// filter and count (the problems, other traffic, one row per order). Only core/store/ includes
// this.
namespace StoreSql {

QString text(const QString &s); // a null QString would be bound as NULL; the text columns want ''
qint64 toMs(const QDateTime &t); // 0 for an invalid time
QDateTime fromMs(qint64 ms); // 0 (or NULL, read as 0): no time
QDateTime fromMs(const QVariant &v);
QByteArray headersJson(const HttpHeaders &headers); // redacted, compact JSON
HttpHeaders headersFromJson(const QString &json);
QByteArray toJsonText(const QJsonArray &a); // compact, UTF-8
QByteArray externalIdsJson(const QStringList &ids);
// An attempt's request as stored: {"body": ..., "headers": {...}}.
QByteArray attemptRequestJson(const HubOsAttempt &attempt);

// "a, b, c" for a SELECT list, from the column names an enum indexes.
template<std::size_t N> QString columnList(const char *const (&names)[N])
{
    QStringList list;
    for (const char *name : names)
        list.append(QLatin1String(name));
    return list.join(QStringLiteral(", "));
}

// A column of the current result row by its position: NULL as a null QVariant, binary columns
// as QByteArray, the rest as anything QVariant converts from.
using ColumnValue = std::function<QVariant(int column)>;

// An entry's columns, in this order (the first 24 are those of the INSERT as well).
enum EntryColumn {
    Id,
    ReceivedAt,
    RemoteAddress,
    Method,
    Path,
    Headers,
    Body,
    BodySize,
    Event,
    OrderKey,
    OrderNumber,
    ReservationId,
    Room,
    Guest,
    ExternalIds,
    OutcomeColumn,
    HttpStatus,
    Code,
    Message,
    Detail,
    Answer,
    Tasks,
    Attempts,
    AnsweredAt,
    Service,
    ReasonColumn,
    HotelColumn,
    EntryColumnCount
};
extern const QString kEntryColumns; // "id, received_at, ..." in EntryColumn order
HistoryEntry readEntry(const ColumnValue &value);

// A history row's columns (no bodies), in this order.
enum RowColumn {
    RowId,
    RowReceivedAt,
    RowEvent,
    RowOrderKey,
    RowOrderNumber,
    RowRoom,
    RowGuest,
    RowService,
    RowExternalIds,
    RowOutcome,
    RowHttpStatus,
    RowCode,
    RowTasks,
    RowAttempts,
    RowReason,
    RowMessage,
    RowHotel,
    RowColumnCount
};
extern const QString kRowColumns;
HistoryRow readRow(const ColumnValue &value);

// A filter as SQL: clauses to join with AND, with '?' for each of `values`.
struct Where
{
    QStringList clauses;
    QVariantList values;
    QString sql() const; // "" or " WHERE a AND b"
};

// What differs between the engines in a filter.
struct Dialect
{
    // Adds the clause that keeps the entries whose words start with the words of `search`
    // (non-blank).
    std::function<void(const QString &search, Where &w)> addSearch;
    // The event column in a filter that also has a date range: SQLite is told ("+event") not to
    // pick the event index over the time index there.
    QString eventInDateRange = QStringLiteral("event");
    // The id as an expression no index serves ("+id", "id + 0"): a page within a date range
    // picks its ids from the time index and sorts them, instead of walking the primary key back
    // through everything newer than the range.
    QString unindexedId = QStringLiteral("id + 0");
};

bool hasDateRange(const HistoryFilter &f);
Where whereFor(const HistoryFilter &f, const Dialect &dialect);

// A page of `filter`'s rows (kRowColumns) past `key` (keyset: "id < ?" or "id > ?"; 0: from the
// end), in `order` ("DESC", "ASC"); `w` is whereFor(filter) and gets the page's values too.
QString pageSql(const HistoryFilter &filter, const Dialect &dialect, Where &w,
    const QString &keyset, qint64 key, const QString &order, int limit);
// The newest matching entry of each order and every matching entry without one: the values are
// w.values twice.
QString entriesToResendSql(const Where &w);
// Entries per hour and outcome: values start, start, end (milliseconds).
QString outcomesPerHourSql();
// The condition that leaves out the orders of some hotels (HistoryStore::dueOrders'
// skipHotels), with one value, skippedHotelsValue(hotels): both engines' text search of a key
// in a list (a key is [a-z0-9-], and the own hotel's is "").
QString skippedHotelsSql(const QString &findFunction); // "instr" (SQLite), "strpos" (PostgreSQL)
QString skippedHotelsValue(const QStringList &hotels);
// Open problems, counted over the history (PostgreSQL; SQLite keeps them in a table of their
// own, core/store/sqlite/openproblems.h): retrying, needing attention (of the hotel ?, when
// oneHotel).
QString problemCountsSql(bool oneHotel);
// Open problems of each hotel: hotel, retrying, needing attention.
QString problemCountsByHotelSql();
// Wrong Duve credentials since the last request that passed them (read backwards from the
// newest entry: only the burst itself is walked): count and first time; the value is
// credentialFailureReason(), then (oneHotel) the hotel twice.
QString credentialFailuresSql(bool oneHotel);
QString credentialFailureReason();

// Reason::isOtherTraffic() in SQL, the one definition the counts, the filters and the problems
// use.
QString otherTrafficSql();
// The entry is the newest of its order, or has no order.
QString newestOfItsOrderSql();
// The newest entry of each order that failed and is not handled (problemRows, problemCounts);
// with oneHotel, of the hotel ?.
QString problemWhere(bool oneHotel);
// The entries of the order of the entry with id ?, a subquery ("order_key = (...)").
QString sameOrderAsSql();

// The rows `retention` lets go: `timeColumn` before the cutoff of their hotel (the `hotel`
// column). A clause that matches nothing when it keeps everything.
Where retentionWhere(const Retention &retention, const QString &timeColumn);

// '?' placeholders numbered $1, $2, ... (PostgreSQL's), outside quoted text.
QString numbered(const QString &sql);

} // namespace StoreSql
