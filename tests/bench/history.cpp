// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "history.h"

#include "benchutil.h"
#include "core/store/historystore.h"
#include "core/store/postgres/pgconnection.h"
#include "core/store/postgres/postgreshistorystore.h"
#include "core/store/sqlite/sqlitehistorystore.h"
#ifdef HUBBRIDGE_BENCH_MODEL
#include "ui/history/historymodel.h"
#endif

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>
#include <QThread>
#include <memory>
#include <random>
#include <sqlite3.h>
#include <string>

using namespace Qt::StringLiterals;

namespace HistoryBench {

namespace {

// The search column of a generated row, made as the store makes it.
QString searchDocument(const QString &guest, const QString &room, const QString &orderKey,
    const QString &number, const QString &service, const QByteArray &body)
{
    HistoryEntry e;
    e.guest = guest;
    e.room = room;
    e.orderKey = orderKey;
    e.orderNumber = number;
    e.service = service;
    e.body = body;
    return PostgresHistoryStore::searchDocument(e);
}

constexpr int kPageRows = 200; // what a history view fetches at a time
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr qint64 kSpanMs = 90 * kDayMs;
constexpr int kRowsPerTransaction = 25000;

const char *const kFirstNames[] = { "Bobby", "Emma", "Lucas", "Chloe", "Noah", "Mia", "Liam",
    "Sofia", "Hugo", "Lea", "Arthur", "Manon", "Louis", "Camille", "Jules", "Sarah", "Adam", "Ines",
    "Gabriel", "Julia", "Raphael", "Alice", "Paul", "Zoe", "Nathan", "Anna", "Ethan", "Eva", "Tom",
    "Lina", "Leo", "Rose", "Oscar", "Nina", "Victor", "Clara", "Samuel", "Lucie", "Martin", "Elena",
    "David", "Maria", "Daniel", "Laura", "Marco", "Giulia", "Pedro", "Ana", "Jan", "Katarina",
    "Yuki", "Hiro", "Omar", "Leila", "Ivan", "Olga", "Sean", "Aoife", "Lars", "Ingrid" };
const char *const kLastNames[] = { "Smith", "Martin", "Bernard", "Dubois", "Thomas", "Robert",
    "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel",
    "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "Andre",
    "Mercier", "Dupont", "Lambert", "Bonnet", "Francois", "Martinez", "Rossi", "Russo", "Ferrari",
    "Esposito", "Bianchi", "Muller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
    "Becker", "Schulz", "Hoffmann", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis",
    "Wilson", "Anderson", "Taylor", "Tanaka", "Suzuki", "Novak", "Kowalski", "Nielsen", "OBrien" };
struct Service
{
    const char *name;
    const char *externalId;
    const char *request;
};
const Service kServices[] = {
    { "Towel service", "4", "2 extra bath towels please" },
    { "Room cleaning", "1", "Please clean after 2pm" },
    { "Baby cot", "7", "For a 10 month old, thank you" },
    { "Extra pillows", "5", "Two firm pillows" },
    { "Turndown service", "2", "" },
    { "Bathrobe and slippers", "6", "Size M robe" },
    { "Iron and ironing board", "8", "" },
    { "Extra blanket", "3", "Hypoallergenic if possible" },
    { "Minibar refill", "9", "Sparkling water only" },
    { "Late check-out", "10", "Until 2pm if possible" },
};
const char *const kIgnoredEvents[]
    = { "guestLinkOpened", "preCheckInDone", "preCheckOutDone", "guestDocumentUploaded" };
const char *const kRejections[][3] = {
    { "401", "WEB_HUK_INVALID_CREDS", "Invalid credentials" },
    { "400", "WEB_HUK_INVALID_BODY", "Invalid body" },
    { "422", "WEB_HUK_UNKNOWN_EXTERNAL_ID", "Unknown external ID" },
};

template<typename T, std::size_t N> constexpr std::size_t countOf(const T (&)[N])
{
    return N;
}

QString roomName(int floor, int number)
{
    return QString::number(floor * 100 + number);
}

bool exec(sqlite3 *db, const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(message ? message : "unknown error") + u" in: "_s
        + QString::fromUtf8(sql).left(80);
    sqlite3_free(message);
    return false;
}

class Generator
{
public:
    explicit Generator(quint64 seed)
        : m_rng(seed)
    { }

    quint32 next(quint32 n) { return quint32(m_rng() % n); }

    std::string hex(int n)
    {
        static const char digits[] = "0123456789abcdef";
        std::string s(std::size_t(n), '0');
        for (int i = 0; i < n; ++i)
            s[std::size_t(i)] = digits[next(16)];
        return s;
    }
    std::string uuid()
    {
        return hex(8) + '-' + hex(4) + '-' + hex(4) + '-' + hex(4) + '-' + hex(12);
    }

private:
    std::mt19937_64 m_rng;
};

std::string isoDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toStdString();
}

// One generated entry: what both engines' bulk loaders write.
struct Row
{
    qint64 at = 0;
    const char *outcome = "";
    const char *event = "";
    std::string headers, body, orderKey, number, reservation, room, guest, externalIds, code,
        message, detail, answer, tasks;
    int status = 200;
    int attempts = 0;
    qint64 answeredAt = 0;
    const char *service = "";
};

// The entries of a history of `rows` over the last kSpanMs, oldest first, the same for a seed
// whichever engine they go to: 85% created, 5% failed, 5% rejected, 3% ignored, 2% pending.
class RowSource
{
public:
    explicit RowSource(qint64 rows)
        : m_rows(rows)
        , m_step(double(kSpanMs) / double(std::max<qint64>(rows, 1)))
        , lastMs(QDateTime::currentMSecsSinceEpoch())
        , firstMs(lastMs - kSpanMs)
    { }

    void make(qint64 i, Row &row);

private:
    Generator m_g { 20240601 };
    qint64 m_rows;
    double m_step;
    int m_taskNumber = 1000;
    const std::string m_account = "6368c35588d770ea9b0ae2e1";
    const std::string m_headers
        = R"({"host":"hotel.example.com:8080","user-agent":"Duve-Webhooks/2.1",)"
          R"("content-type":"application/json","accept-encoding":"gzip",)"
          R"("custom_hotel_id":"***","custom_access_token":"***",)"
          R"("custom_password_token":"***","x-request-id":")";

public:
    const qint64 lastMs;
    const qint64 firstMs;
};

void RowSource::make(qint64 i, Row &row)
{
    Generator &g = m_g;
    const std::string &account = m_account;
    const qint64 at = firstMs + qint64(double(i) * m_step) + g.next(quint32(std::max(1.0, m_step)));
    const quint32 pick = g.next(100);
    const char *outcome = pick < 85 ? "created"
        : pick < 90                 ? "failed"
        : pick < 95                 ? "rejected"
        : pick < 98                 ? "ignored"
                                    : "pending";
    const bool ignored = pick >= 95 && pick < 98;
    const char *event = ignored ? kIgnoredEvents[g.next(countOf(kIgnoredEvents))] : "orderCreated";
    const char *first = kFirstNames[g.next(countOf(kFirstNames))];
    const char *last = kLastNames[g.next(countOf(kLastNames))];
    row.guest = std::string(first) + ' ' + last;
    row.room = roomName(1 + int(g.next(6)), 1 + int(g.next(40))).toStdString();
    const Service &svc = kServices[g.next(countOf(kServices))];
    const std::string orderKey = g.hex(24);
    row.reservation = g.hex(24);
    const std::string &reservation = row.reservation;
    const int orderNumber = 10000 + int(i);
    const int amount = 1 + int(g.next(3));
    const std::string reqId = g.uuid();
    const std::string stay = isoDate(at + 2 * kDayMs).substr(0, 10);

    row.headers = m_headers + reqId + "\"}";
    std::string &body = row.body;
    body = R"({"accountId":")" + account + R"(","event":")" + event + R"(","resource":{"id":")"
        + reservation + R"(","externalId":")" + g.uuid() + R"(","pmsExternalId":")"
        + std::to_string(14000 + g.next(90000)) + R"(","startDate":")" + stay
        + R"(T14:00:00.000Z","endDate":")" + stay + R"(T10:00:00.000Z","firstName":")" + first
        + R"(","lastName":")" + last + R"(","bookingStatus":"Confirmed","guestExternalId":")"
        + g.uuid() + R"(","src":")" + account + R"(","link":"https://x.duve.com/reservations/)"
        + reservation + R"(")";
    if (!ignored) {
        body += R"(,"order":{"id":")" + orderKey + R"(","orderId":)" + std::to_string(orderNumber)
            + R"(,"status":0,"chargeAmount":0,"requiresApproval":false,"currency":"EUR",)"
            + R"("orderedAt":")" + isoDate(at) + R"(","deliveryAt":")" + isoDate(at + 3600000)
            + R"(","isCash":true,"service":{"type":5,"id":")" + g.hex(9) + R"(","name":")"
            + svc.name + R"("},"bookingDetails":{"selectedDate":")" + stay
            + R"(","selectedTime":"17:30","hasSpecialRequest":)"
            + (svc.request[0] ? "true" : "false") + R"(,"specialRequest":")" + svc.request
            + R"(","selectedVariables":[{"name":"Units","price":0,"amount":)"
            + std::to_string(amount) + R"(,"calculateType":1}]}},"product":{"id":")" + g.hex(24)
            + R"(","name":")" + svc.name + R"(","externalId":")" + svc.externalId + R"("})";
    }
    body += R"(,"company":{"name":"Duve Hotel","preferredLanguage":"en","country":"FR",)"
            R"("tz":"Europe/Paris"},"humanReadableComment":"Booked - )"
        + std::string(svc.name) + " #" + std::to_string(orderNumber) + " - " + stay
        + R"( (free)\nhttps://x.duve.com/orders/)" + orderKey + R"(","roomNumber":")" + row.room
        + R"(","verifiedFirstName":")" + first + R"(","verifiedLastName":")" + last + R"("}})";

    row.status = 200;
    row.code.clear();
    row.message.clear();
    row.detail.clear();
    row.tasks = "[]";
    row.attempts = 0;
    const std::string taskId = "HT-" + std::to_string(++m_taskNumber);
    if (ignored) {
        row.answer = R"({"status":"ignored","event":")" + std::string(event) + R"("})";
    } else if (pick < 85) {
        row.tasks = R"([{"externalId":")" + std::string(svc.externalId) + R"(","taskTypeId":)"
            + svc.externalId + R"(,"taskId":")" + taskId + R"("}])";
        row.answer
            = R"({"status":"created","orderId":")" + orderKey + R"(","tasks":)" + row.tasks + "}";
        row.attempts = 1;
    } else if (pick < 90) {
        row.status = 500;
        row.code = "WEB_HUK_HUBOS_FAILED";
        row.message = "Hub OS request failed (HTTP 500)";
        row.detail = "Hub OS answered HTTP 500 three times. Given up after 6 background retries.";
        row.answer = R"({"code":")" + row.code + R"(","message":")" + row.message + R"("})";
        row.attempts = 3;
    } else if (pick < 95) {
        const auto &r = kRejections[g.next(countOf(kRejections))];
        row.status = std::atoi(r[0]);
        row.code = r[1];
        row.message = r[2];
        row.answer = R"({"code":")" + row.code + R"(","message":")" + row.message + R"("})";
    } else {
        row.status = 202;
        row.message = "Hub OS unreachable; retried in the background";
        row.detail = "Connection refused. Next try in the background.";
        row.answer = R"({"status":"pending","orderId":")" + orderKey + R"("})";
        row.attempts = 3;
    }
    row.externalIds = ignored ? "[]" : R"([")" + std::string(svc.externalId) + R"("])";
    row.at = at;
    row.outcome = outcome;
    row.event = event;
    row.orderKey = ignored ? std::string() : orderKey;
    row.number = ignored ? std::string() : std::to_string(orderNumber);
    row.answeredAt = at + 40 + g.next(400);
    row.service = ignored ? "" : svc.name;
}

QString text(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QByteArray bytes(const std::string &s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

} // namespace

QString searchName()
{
    return u"Lucas Moreau"_s;
}

QString searchWord()
{
    return u"moreau"_s;
}

QString roomForFilter()
{
    return roomName(3, 17);
}

namespace {

// Waits (events running, for the store's timers) until the search index of `path` has
// reached its last entry; 30 minutes at most.
bool indexCaughtUp(const QString &path, HistoryStore *store, QString *error)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return false;
    }
    sqlite3_stmt *behind = nullptr;
    sqlite3_prepare_v2(db,
        "SELECT (SELECT coalesce(max(id), 0) FROM entries) - (SELECT indexed_upto FROM "
        "fts_progress)",
        -1, &behind, nullptr);
    QElapsedTimer clock;
    clock.start();
    qint64 left = -1;
    while (clock.elapsed() < 30 * 60 * 1000) {
        left = behind && sqlite3_step(behind) == SQLITE_ROW ? sqlite3_column_int64(behind, 0) : -1;
        sqlite3_reset(behind);
        if (left <= 0)
            break;
        store->waitForWrites(1000);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 200);
        QThread::msleep(200);
    }
    sqlite3_finalize(behind);
    sqlite3_close(db);
    if (left != 0)
        *error = u"the search index did not catch up (%1 entries left)"_s.arg(left);
    return left == 0;
}

} // namespace

bool generate(const QString &path, qint64 rows, Generated *out, QString *error)
{
    QElapsedTimer clock;
    clock.start();
    {
        SqliteHistoryStore store(path); // the schema, exactly as Hubbridge creates it
        if (!store.open(error))
            return false;
        store.close();
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return false;
    }
    bool ok = exec(db, "PRAGMA journal_mode=OFF", error)
        && exec(db, "PRAGMA synchronous=OFF", error) && exec(db, "PRAGMA cache_size=-131072", error)
        && exec(db, "PRAGMA temp_store=MEMORY", error);
    sqlite3_stmt *insert = nullptr;
    if (ok
        && sqlite3_prepare_v2(db,
               "INSERT INTO entries(received_at, remote_address, method, path, headers, body, "
               "body_size, event, order_key, order_number, reservation_id, room, guest, "
               "external_ids, outcome, http_status, code, message, detail, answer, tasks, "
               "attempts, answered_at, service) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
               "?,?,?)",
               -1, &insert, nullptr)
            != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        ok = false;
    }

    RowSource source(rows);
    Row row;
    for (qint64 i = 0; ok && i < rows; ++i) {
        if (i % kRowsPerTransaction == 0 && !(ok = exec(db, "BEGIN", error)))
            break;
        source.make(i, row);
        int c = 0;
        const auto text = [&](const std::string &s) {
            sqlite3_bind_text(insert, ++c, s.data(), int(s.size()), SQLITE_STATIC);
        };
        const auto ctext
            = [&](const char *s) { sqlite3_bind_text(insert, ++c, s, -1, SQLITE_STATIC); };
        sqlite3_bind_int64(insert, ++c, row.at);
        ctext("::ffff:34.240.12.7");
        ctext("POST");
        ctext("/webhooks/duve");
        text(row.headers);
        sqlite3_bind_blob(insert, ++c, row.body.data(), int(row.body.size()), SQLITE_STATIC);
        sqlite3_bind_int64(insert, ++c, qint64(row.body.size()));
        ctext(row.event);
        text(row.orderKey);
        text(row.number);
        text(row.reservation);
        text(row.room);
        text(row.guest);
        text(row.externalIds);
        ctext(row.outcome);
        sqlite3_bind_int(insert, ++c, row.status);
        text(row.code);
        text(row.message);
        text(row.detail);
        sqlite3_bind_blob(insert, ++c, row.answer.data(), int(row.answer.size()), SQLITE_STATIC);
        text(row.tasks);
        sqlite3_bind_int(insert, ++c, row.attempts);
        sqlite3_bind_int64(insert, ++c, row.answeredAt);
        ctext(row.service);
        if (sqlite3_step(insert) != SQLITE_DONE) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            ok = false;
        }
        sqlite3_reset(insert);
        if ((i + 1) % kRowsPerTransaction == 0 || i + 1 == rows) {
            ok = ok && exec(db, "COMMIT", error);
            if (ok && (i + 1) % 200000 == 0)
                QTextStream(stderr) << "  ... " << (i + 1) << " rows, " << clock.elapsed() / 1000
                                    << " s" << Qt::endl;
        }
    }
    sqlite3_finalize(insert);
    // The rows went around the store, which keeps the open problems and the entry counts as it
    // writes: the open below fills them again (core/store/sqlite/openproblems.h,
    // entrycounts.h), as after an upgrade.
    ok = ok && exec(db, "DELETE FROM derived", error);
    // Back to what Hubbridge runs with.
    ok = ok && exec(db, "PRAGMA journal_mode=WAL", error);
    sqlite3_close(db);
    if (!ok)
        return false;
    {
        // Hubbridge indexes entries for search within a second of writing them; its writer
        // catches up on whatever is unindexed when it starts, which is all of the above. The
        // open fills the open problems.
        SqliteHistoryStore store(path);
        if (!store.open(error))
            return false;
        if (!store.waitForWrites(30 * 60 * 1000)) {
            *error = u"the search index did not catch up"_s;
            return false;
        }
        // waitForWrites returns once nothing is queued, while the writer's idle-time indexing
        // may still be under way: until it has reached the last entry, a search would scan the
        // rest (two of three runs of 2026-12-07 measured that scan, not the index).
        if (!indexCaughtUp(path, &store, error))
            return false;
        store.close();
    }
    out->rows = rows;
    out->seconds = double(clock.elapsed()) / 1000.0;
    out->dbMb = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
    out->firstMs = source.firstMs;
    out->lastMs = source.lastMs;
    return true;
}

bool generatePostgres(const QString &url, qint64 rows, Generated *out, QString *error)
{
    QElapsedTimer clock;
    clock.start();
    {
        // The schema, exactly as Hubbridge creates it (its migrations).
        const std::unique_ptr<HistoryStore> store = HistoryStore::create(url);
        if (!store->open(error))
            return false;
        store->close();
    }
    PgConnection db;
    if (!db.open(url + u"?application_name=hubbridge-bench"_s, error))
        return false;
    const auto run = [&](const QString &sql, const PgParams &params = {}) {
        const PgResult r = db.exec(sql, params);
        if (!r.ok() && error->isEmpty())
            *error = r.error() + u" in: "_s + sql.left(80);
        return r;
    };
    // Only this loading session: its commits need not wait for the disk; big sorts for the
    // index builds.
    bool ok = run(u"SET synchronous_commit = off"_s).ok()
        && run(u"SET maintenance_work_mem = '512MB'"_s).ok();

    // Bulk-load practice: the secondary indexes of entries (the GIN index of the search above
    // all) are dropped and built again afterwards from their own definitions, much faster than
    // maintained row by row. Indexes that back a constraint (the primary key) stay.
    const PgResult indexes = run(u"SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x "
                                 "JOIN pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = "
                                 "'entries'::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint "
                                 "c WHERE c.conindid = x.indexrelid) ORDER BY 1"_s);
    ok = ok && indexes.ok();
    QStringList definitions;
    for (int i = 0; ok && i < indexes.rows(); ++i) {
        definitions.append(indexes.text(i, 1));
        ok = run(u"DROP INDEX "_s + indexes.text(i, 0)).ok();
    }

    // Multi-row INSERTs with parameters (bodies and answers as binary bytea, as the store sends
    // them); the search column filled as the store fills it
    // (PostgresHistoryStore::searchDocument).
    constexpr int kColumns = 25;
    constexpr int kRowsPerStatement = 500; // 12,500 parameters (libpq allows 65,535)
    const auto insertSql = [](int n) {
        QString sql = u"INSERT INTO entries(received_at, remote_address, method, path, headers, "
                      "body, body_size, event, order_key, order_number, reservation_id, room, "
                      "guest, external_ids, outcome, http_status, code, message, detail, answer, "
                      "tasks, attempts, answered_at, service, search) VALUES "_s;
        for (int r = 0; r < n; ++r) {
            sql += r ? u",("_s : u"("_s;
            for (int c = 1; c < kColumns; ++c)
                sql += u'$' + QString::number(r * kColumns + c) + u',';
            sql += u"array_to_tsvector($"_s + QString::number((r + 1) * kColumns) + u"::text[]))"_s;
        }
        return sql;
    };
    const QString fullSql = insertSql(kRowsPerStatement);
    RowSource source(rows);
    Row row;
    PgParams params;
    int inStatement = 0;
    for (qint64 i = 0; ok && i < rows; ++i) {
        if (i % kRowsPerTransaction == 0 && !(ok = run(u"BEGIN"_s).ok()))
            break;
        source.make(i, row);
        const QString orderKey = text(row.orderKey);
        const QString number = text(row.number);
        const QString service = QString::fromUtf8(row.service);
        const QString guest = text(row.guest);
        const QString room = text(row.room);
        const QString body = text(row.body);
        params.add(row.at)
            .add(u"::ffff:34.240.12.7"_s)
            .add(u"POST"_s)
            .add(u"/webhooks/duve"_s)
            .addJson(bytes(row.headers))
            .addBytes(bytes(row.body))
            .add(qint64(row.body.size()))
            .add(QString::fromUtf8(row.event))
            .add(orderKey)
            .add(number)
            .add(text(row.reservation))
            .add(room)
            .add(guest)
            .addJson(bytes(row.externalIds))
            .add(QString::fromUtf8(row.outcome))
            .add(row.status)
            .add(text(row.code))
            .add(text(row.message))
            .add(text(row.detail))
            .addBytes(bytes(row.answer))
            .addJson(bytes(row.tasks))
            .add(row.attempts)
            .addTimeMs(row.answeredAt)
            .add(service)
            .add(searchDocument(guest, room, orderKey, number, service, bytes(row.body)));
        const bool last = i + 1 == rows || (i + 1) % kRowsPerTransaction == 0;
        if (++inStatement == kRowsPerStatement || last) {
            ok = run(inStatement == kRowsPerStatement ? fullSql : insertSql(inStatement), params)
                     .ok();
            params = PgParams();
            inStatement = 0;
        }
        if ((i + 1) % kRowsPerTransaction == 0 || i + 1 == rows) {
            ok = ok && run(u"COMMIT"_s).ok();
            if (ok && (i + 1) % 200000 == 0)
                QTextStream(stderr) << "  ... " << (i + 1) << " rows, " << clock.elapsed() / 1000
                                    << " s" << Qt::endl;
        }
    }
    if (ok)
        QTextStream(stderr) << "  ... rows in, " << clock.elapsed() / 1000
                            << " s; building the indexes" << Qt::endl;
    for (const QString &definition : std::as_const(definitions))
        ok = ok && run(definition).ok();
    // What autovacuum does to a table that grew by a million rows (statistics for the planner,
    // the visibility map for index-only scans), and a checkpoint so that the measurement does
    // not share the disk with the loading's dirty pages.
    if (ok) {
        const PgResult vacuumed = db.script(u"VACUUM (ANALYZE) entries"_s);
        if (!vacuumed.ok()) {
            *error = vacuumed.error();
            ok = false;
        }
        db.script(u"CHECKPOINT"_s); // needs pg_checkpoint or a superuser; optional
    }
    const PgResult size = ok ? run(u"SELECT pg_database_size(current_database())"_s) : PgResult();
    if (!ok)
        return false;
    out->rows = rows;
    out->seconds = double(clock.elapsed()) / 1000.0;
    out->dbMb = size.rows() ? double(size.integer(0, 0)) / (1024.0 * 1024.0) : 0;
    out->firstMs = source.firstMs;
    out->lastMs = source.lastMs;
    return true;
}

// ---------------------------------------------------------------------------------------------

int runMeasureChild(QCoreApplication &app, const QString &location, qint64 firstMs, qint64 lastMs)
{
    Q_UNUSED(app);
    Q_UNUSED(firstMs);
    QJsonObject o;
    QElapsedTimer t;
    const auto ms = [&t] { return double(t.nsecsElapsed()) / 1e6; };
    o.insert(u"rss_start_mb"_s, Bench::rssMb());

    t.start();
    const std::unique_ptr<HistoryStore> opened = HistoryStore::create(location);
    HistoryStore &store = *opened;
    QString error;
    if (!store.open(&error)) {
        QTextStream(stderr) << "cannot open " << HistoryStore::displayLocation(location) << ": "
                            << error << Qt::endl;
        return 1;
    }
    o.insert(u"open_ms"_s, ms());
    o.insert(u"rss_open_mb"_s, Bench::rssMb());

    double maxRss = 0;
    const auto timePage = [&](const QString &name, const HistoryFilter &f, qint64 before = 0) {
        t.start();
        const QList<HistoryRow> rows = store.page(f, before, kPageRows);
        o.insert(name + u"_ms"_s, ms());
        o.insert(name + u"_rows"_s, rows.size());
        const double rss = Bench::rssMb();
        o.insert(name + u"_rss_mb"_s, rss);
        maxRss = std::max(maxRss, rss);
        return rows;
    };
    const auto timeCount = [&](const QString &name, const HistoryFilter &f) {
        t.start();
        const qint64 n = store.count(f);
        o.insert(name + u"_ms"_s, ms());
        o.insert(name + u"_value"_s, n);
        const double rss = Bench::rssMb();
        o.insert(name + u"_rss_mb"_s, rss);
        maxRss = std::max(maxRss, rss);
    };

    // The view opens: the newest page, then scrolling one page down (keyset).
    const QList<HistoryRow> first = timePage(u"first_page"_s, {});
#ifdef HUBBRIDGE_BENCH_MODEL
    {
        // What the History page does: the model opened on the first page with every cell
        // formatted, then five more pages fetched as staff scroll.
        const auto formatAll = [](const HistoryModel &model, int fromRow) {
            for (int r = fromRow; r < model.rowCount(); ++r)
                for (int c = 0; c < model.columnCount(); ++c)
                    model.data(model.index(r, c));
        };
        t.start();
        HistoryModel model(&store);
        formatAll(model, 0);
        o.insert(u"model_first_page_ms"_s, ms());
        t.start();
        for (int i = 0; i < 5 && model.canFetchMore({}); ++i) {
            const int before = model.rowCount();
            model.fetchMore({});
            formatAll(model, before);
        }
        o.insert(u"model_scroll_ms"_s, ms());
        o.insert(u"model_rows"_s, model.rowCount());
        const double rss = Bench::rssMb();
        maxRss = std::max(maxRss, rss);
    }
#endif
    timePage(u"second_page"_s, {}, first.isEmpty() ? 0 : first.last().id);

    HistoryFilter byOutcome;
    byOutcome.outcomes = { Outcome::Failed };
    timePage(u"filter_outcome"_s, byOutcome);
    HistoryFilter byRoom;
    byRoom.room = roomForFilter();
    timePage(u"filter_room"_s, byRoom);
    HistoryFilter byDate; // one week, a month ago
    byDate.from = QDateTime::fromMSecsSinceEpoch(lastMs - 37 * kDayMs, Qt::UTC);
    byDate.to = QDateTime::fromMSecsSinceEpoch(lastMs - 30 * kDayMs, Qt::UTC);
    timePage(u"filter_date"_s, byDate);
    HistoryFilter byEvent;
    byEvent.events = { u"preCheckInDone"_s };
    timePage(u"filter_event"_s, byEvent);
    HistoryFilter byOutcomeAndDate = byDate;
    byOutcomeAndDate.outcomes = { Outcome::Failed };
    timePage(u"filter_outcome_date"_s, byOutcomeAndDate);

    HistoryFilter byName;
    byName.search = searchName();
    timePage(u"search_name"_s, byName);
    HistoryFilter byWord;
    byWord.search = searchWord();
    timePage(u"search_word"_s, byWord);

    timeCount(u"count_all"_s, {});
    timeCount(u"count_outcome"_s, byOutcome);
    timeCount(u"count_room"_s, byRoom);
    timeCount(u"count_date"_s, byDate);
    timeCount(u"count_search"_s, byName);

    // What the Overview reads: the problems (the newest entry of each order that needs a person
    // or is being retried) and their counts.
    t.start();
    const QList<HistoryRow> problems = store.problemRows(kPageRows);
    o.insert(u"problem_rows_ms"_s, ms());
    o.insert(u"problem_rows_rows"_s, problems.size());
    t.start();
    const ProblemCounts counts = store.problemCounts();
    o.insert(u"problem_counts_ms"_s, ms());
    o.insert(u"problem_counts_value"_s, counts.needsAttention + counts.retrying);
    maxRss = std::max(maxRss, Bench::rssMb());

    o.insert(u"rss_max_mb"_s, maxRss);
    store.close();
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

} // namespace HistoryBench
