// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/storesql.h"

#include "core/common/jsonobjectwriter.h"
#include "core/hubos/hubosclient.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace StoreSql {

// Qt binds a null QString as SQL NULL; the text columns want ''.
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

qint64 toMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(qint64 ms) // 0 (or NULL, read as 0): no time
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QDateTime fromMs(const QVariant &v)
{
    return fromMs(v.isNull() ? 0 : v.toLongLong());
}

// {"name": "value", ...}: names lower-cased, a repeated header's values joined by ", ",
// credentials redacted.
QByteArray headersJson(const HttpHeaders &headers)
{
    QList<std::pair<QByteArray, QString>> merged;
    merged.reserve(headers.size());
    for (const auto &h : Http::redacted(headers)) {
        const QByteArray name = h.first.toLower();
        const QString value = QString::fromUtf8(h.second);
        auto same = std::find_if(
            merged.begin(), merged.end(), [&name](const auto &m) { return m.first == name; });
        if (same == merged.end())
            merged.append({ name, value });
        else
            same->second += u", "_s + value;
    }
    JsonObjectWriter o(512);
    for (const auto &[name, value] : std::as_const(merged))
        o.add(QLatin1StringView(name), value);
    return o.take();
}

HttpHeaders headersFromJson(const QString &json)
{
    HttpHeaders headers;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        headers.append({ it.key().toLatin1(), it.value().toString().toUtf8() });
    return headers;
}

QByteArray toJsonText(const QJsonArray &a) // compact, UTF-8
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QByteArray externalIdsJson(const QStringList &ids)
{
    QJsonArray array;
    for (const QString &id : ids)
        array.append(id);
    return toJsonText(array);
}

QByteArray attemptRequestJson(const HubOsAttempt &a)
{
    // The bodies Hubbridge sends are JSON objects it serialized itself: embedded as they are,
    // not parsed again; anything else is a string.
    QByteArray body = a.requestBody;
    if (!body.startsWith('{')) {
        body.clear();
        JsonObjectWriter::appendString(body, QString::fromUtf8(a.requestBody));
    }
    return JsonObjectWriter(body.size() + a.requestHeaders.size() + 32)
        .addJson("body"_L1, body)
        .addJson("headers"_L1, a.requestHeaders.isEmpty() ? "{}" : a.requestHeaders)
        .take();
}

namespace {

constexpr const char *kEntryColumnNames[EntryColumnCount] = { "id", "received_at", "remote_address",
    "method", "path", "headers", "body", "body_size", "event", "order_key", "order_number",
    "reservation_id", "room", "guest", "external_ids", "outcome", "http_status", "code", "message",
    "detail", "answer", "tasks", "attempts", "answered_at", "service", "reason", "hotel" };

constexpr const char *kRowColumnNames[RowColumnCount] = { "id", "received_at", "event", "order_key",
    "order_number", "room", "guest", "service", "external_ids", "outcome", "http_status", "code",
    "tasks", "attempts", "reason", "message", "hotel" };

QStringList stringList(const QVariant &json)
{
    QStringList list;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toByteArray()).array())
        list.append(v.toString());
    return list;
}

QJsonArray jsonArray(const QVariant &json)
{
    return QJsonDocument::fromJson(json.toByteArray()).array();
}

Outcome outcomeOf(const QVariant &name)
{
    return outcomeFromName(name.toString()).value_or(Outcome::Received);
}

} // namespace

const QString kEntryColumns = columnList(kEntryColumnNames);
const QString kRowColumns = columnList(kRowColumnNames);

HistoryEntry readEntry(const ColumnValue &value)
{
    HistoryEntry e;
    e.id = value(Id).toLongLong();
    e.receivedAt = fromMs(value(ReceivedAt));
    e.remoteAddress = value(RemoteAddress).toString();
    e.method = value(Method).toString();
    e.path = value(Path).toString();
    e.headers = headersFromJson(value(Headers).toString());
    e.body = value(Body).toByteArray();
    e.bodySize = value(BodySize).toLongLong();
    e.event = value(Event).toString();
    e.orderKey = value(OrderKey).toString();
    e.orderNumber = value(OrderNumber).toString();
    e.reservationId = value(ReservationId).toString();
    e.room = value(Room).toString();
    e.guest = value(Guest).toString();
    e.externalIds = stringList(value(ExternalIds));
    e.outcome = outcomeOf(value(OutcomeColumn));
    e.httpStatus = value(HttpStatus).toInt();
    e.code = value(Code).toString();
    e.message = value(Message).toString();
    e.detail = value(Detail).toString();
    e.answer = value(Answer).toByteArray();
    e.tasks = jsonArray(value(Tasks));
    e.attempts = value(Attempts).toInt();
    e.answeredAt = fromMs(value(AnsweredAt));
    e.service = value(Service).toString();
    e.reason = Reason::fromStored(value(ReasonColumn).toString());
    e.hotel = value(HotelColumn).toString();
    return e;
}

HistoryRow readRow(const ColumnValue &value)
{
    HistoryRow r;
    r.id = value(RowId).toLongLong();
    r.receivedAt = fromMs(value(RowReceivedAt));
    r.event = value(RowEvent).toString();
    r.orderKey = value(RowOrderKey).toString();
    r.orderNumber = value(RowOrderNumber).toString();
    r.room = value(RowRoom).toString();
    r.guest = value(RowGuest).toString();
    r.service = value(RowService).toString();
    r.externalIds = stringList(value(RowExternalIds));
    r.outcome = outcomeOf(value(RowOutcome));
    r.httpStatus = value(RowHttpStatus).toInt();
    r.code = value(RowCode).toString();
    r.tasks = jsonArray(value(RowTasks));
    r.attempts = value(RowAttempts).toInt();
    r.reason = Reason::fromStored(value(RowReason).toString());
    r.message = value(RowMessage).toString();
    r.hotel = value(RowHotel).toString();
    return r;
}

QString Where::sql() const
{
    return clauses.isEmpty() ? QString() : u" WHERE "_s + clauses.join(u" AND "_s);
}

bool hasDateRange(const HistoryFilter &f)
{
    return f.from.isValid() || f.to.isValid();
}

Where whereFor(const HistoryFilter &f, const Dialect &dialect)
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
    in(hasDateRange(f) ? dialect.eventInDateRange : u"event"_s, f.events);
    if (!f.room.isEmpty()) {
        w.clauses.append(u"room = ?"_s);
        w.values.append(f.room);
    }
    if (f.hotel && f.hotel->isEmpty()) {
        w.clauses.append(u"hotel = ''"_s);
    } else if (f.hotel) {
        // The literal term lets both engines use the partial index entries_hotel_id.
        w.clauses.append(u"hotel = ? AND hotel <> ''"_s);
        w.values.append(*f.hotel);
    }
    if (!f.search.trimmed().isEmpty())
        dialect.addSearch(f.search, w);
    if (f.newestOfEachOrder)
        w.clauses.append(newestOfItsOrderSql());
    if (f.traffic == HistoryFilter::Traffic::Orders)
        w.clauses.append(u"NOT "_s + otherTrafficSql());
    else if (f.traffic == HistoryFilter::Traffic::Other)
        w.clauses.append(otherTrafficSql());
    return w;
}

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

QString pageSql(const HistoryFilter &filter, const Dialect &dialect, Where &w,
    const QString &keyset, qint64 key, const QString &order, int limit)
{
    if (key > 0) {
        w.clauses.append(keyset);
        w.values.append(key);
    }
    w.values.append(limit);
    if (!hasDateRange(filter))
        return u"SELECT "_s + kRowColumns + u" FROM entries"_s + w.sql() + u" ORDER BY id "_s
            + order + u" LIMIT ?"_s;
    // The ids first, from the index alone, sorted; then only the page's rows are read.
    return u"SELECT "_s + kRowColumns + u" FROM entries WHERE id IN (SELECT id FROM entries"_s
        + w.sql() + u" ORDER BY "_s + dialect.unindexedId + u' ' + order
        + u" LIMIT ?) ORDER BY id "_s + order;
}

QString entriesToResendSql(const Where &w)
{
    const QString where = w.clauses.isEmpty() ? QString() : w.clauses.join(u" AND "_s) + u" AND "_s;
    return u"SELECT max(id) FROM entries WHERE "_s + where
        + u"order_key <> '' GROUP BY order_key UNION ALL SELECT id FROM entries WHERE "_s + where
        + u"order_key = '' ORDER BY 1"_s;
}

QString outcomesPerHourSql()
{
    return u"SELECT (received_at - ?) / 3600000 AS hour, outcome, count(*) FROM entries "
           "WHERE received_at >= ? AND received_at < ? GROUP BY hour, outcome"_s;
}

QString skippedHotelsSql(const QString &findFunction)
{
    // Each key is written "h" + key, so that the own hotel's ("") is "h" and an empty list
    // (which Qt may bind as NULL) leaves out nobody.
    return u"%1(',' || coalesce(?, '') || ',', ',h' || hotel || ',') = 0"_s.arg(findFunction);
}

QString skippedHotelsValue(const QStringList &hotels)
{
    QStringList values;
    for (const QString &h : hotels)
        values.append(u'h' + h);
    return values.join(u',');
}

QString problemCountsSql(bool oneHotel)
{
    return u"SELECT count(*) - count(NULLIF(outcome, 'pending')), count(NULLIF(outcome, "
           "'pending')) FROM entries WHERE "_s
        + problemWhere(oneHotel);
}

QString problemCountsByHotelSql()
{
    return u"SELECT hotel, count(*) - count(NULLIF(outcome, 'pending')), count(NULLIF(outcome, "
           "'pending')) FROM entries WHERE "_s
        + problemWhere(false) + u" GROUP BY hotel"_s;
}

QString credentialFailuresSql(bool oneHotel)
{
    const QString hotel = oneHotel ? u" AND hotel = ?"_s : QString();
    return u"SELECT count(*), min(received_at) FROM entries WHERE reason = ?%1 AND id > "
           "coalesce((SELECT id FROM entries WHERE event <> ''%1 ORDER BY id DESC LIMIT 1), 0)"_s
               .arg(hotel);
}

QString credentialFailureReason()
{
    return Reason(Reason::Code::DuveCredentials, u"wrong"_s).stored();
}

QString newestOfItsOrderSql()
{
    return u"(order_key = '' OR NOT EXISTS (SELECT 1 FROM entries later WHERE "
           "later.order_key = entries.order_key AND later.order_key <> '' AND "
           "later.id > entries.id))"_s;
}

// A later entry of the same order (a resend that worked, Duve's own re-send, a cancel) settles
// an order's problem.
QString problemWhere(bool oneHotel)
{
    static const QString outcomes
        = u"'"_s + outcomeNames(problemOutcomes()).join(u"', '"_s) + u"'"_s; // 'failed', ...
    return u"outcome IN (%1) AND NOT %2 "
           "AND NOT EXISTS (SELECT 1 FROM handled h WHERE h.entry_id = entries.id) AND %3%4"_s.arg(
               outcomes, otherTrafficSql(), newestOfItsOrderSql(),
               oneHotel ? u" AND hotel = ?"_s : QString());
}

QString sameOrderAsSql()
{
    return u"order_key = (SELECT order_key FROM entries WHERE id = ? AND order_key <> '') AND "
           "order_key <> ''"_s;
}

Where retentionWhere(const Retention &retention, const QString &timeColumn)
{
    Where w;
    QStringList alternatives;
    for (auto it = retention.hotels.cbegin(); it != retention.hotels.cend(); ++it) {
        if (!it.value().isValid())
            continue; // that hotel's history is kept forever
        alternatives.append(u"(hotel = ? AND %1 < ?)"_s.arg(timeColumn));
        w.values << it.key() << toMs(it.value());
    }
    if (retention.cutoff.isValid()) {
        // Everyone else: the hotels with a retention of their own are not.
        if (retention.hotels.isEmpty()) {
            alternatives.append(u"%1 < ?"_s.arg(timeColumn));
        } else {
            alternatives.append(u"(hotel NOT IN (%1) AND %2 < ?)"_s.arg(
                QStringList(retention.hotels.size(), u"?"_s).join(u','), timeColumn));
            for (auto it = retention.hotels.cbegin(); it != retention.hotels.cend(); ++it)
                w.values << it.key();
        }
        w.values << toMs(retention.cutoff);
    }
    w.clauses.append(
        alternatives.isEmpty() ? u"1 = 0"_s : u"("_s + alternatives.join(u" OR "_s) + u')');
    return w;
}

QString numbered(const QString &sql)
{
    QString out;
    out.reserve(sql.size() + 16);
    int n = 0;
    bool quoted = false;
    for (const QChar c : sql) {
        if (c == u'\'')
            quoted = !quoted;
        if (c == u'?' && !quoted)
            out += u'$' + QString::number(++n);
        else
            out += c;
    }
    return out;
}

} // namespace StoreSql
