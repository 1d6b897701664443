#include "core/store/historystore.h"

#include "core/common/jsonobjectwriter.h"
#include "core/common/logging.h"
#include "core/hubos/hubosclient.h"
#include "core/net/httpheaders.h"
#include "core/store/sqlitestatement.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QPointer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <QWaitCondition>
#include <algorithm>
#include <atomic>
#include <deque>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

// Numbered schema migrations; PRAGMA user_version says how many ran. Never edit a released one:
// add the next.
const char *const kMigrations[] = {
    // 1: history, Hub OS attempts, orders and their tasks, rooms, mappings
    R"(
    CREATE TABLE entries(
        id INTEGER PRIMARY KEY,
        received_at INTEGER NOT NULL,
        remote_address TEXT NOT NULL DEFAULT '',
        method TEXT NOT NULL DEFAULT '',
        path TEXT NOT NULL DEFAULT '',
        headers TEXT NOT NULL DEFAULT '{}',
        body BLOB,
        body_size INTEGER NOT NULL DEFAULT 0,
        event TEXT NOT NULL DEFAULT '',
        order_key TEXT NOT NULL DEFAULT '',
        order_number TEXT NOT NULL DEFAULT '',
        reservation_id TEXT NOT NULL DEFAULT '',
        room TEXT NOT NULL DEFAULT '',
        guest TEXT NOT NULL DEFAULT '',
        external_ids TEXT NOT NULL DEFAULT '[]',
        outcome TEXT NOT NULL DEFAULT 'received',
        http_status INTEGER NOT NULL DEFAULT 0,
        code TEXT NOT NULL DEFAULT '',
        message TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT '',
        answer BLOB,
        tasks TEXT NOT NULL DEFAULT '[]',
        attempts INTEGER NOT NULL DEFAULT 0,
        answered_at INTEGER
    );
    CREATE INDEX entries_received_at ON entries(received_at);
    CREATE INDEX entries_order_key ON entries(order_key) WHERE order_key <> '';
    CREATE INDEX entries_outcome ON entries(outcome, received_at);
    CREATE TABLE attempts(
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        item_index INTEGER NOT NULL DEFAULT 0,
        number INTEGER NOT NULL DEFAULT 1,
        started_at INTEGER NOT NULL,
        method TEXT NOT NULL,
        url TEXT NOT NULL,
        request BLOB,
        http_status INTEGER NOT NULL DEFAULT 0,
        response BLOB,
        error TEXT NOT NULL DEFAULT '',
        latency_ms INTEGER NOT NULL DEFAULT 0,
        task_id TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX attempts_entry ON attempts(entry_id);
    CREATE TABLE orders(
        order_key TEXT PRIMARY KEY,
        state TEXT NOT NULL,
        answer BLOB,
        cancel_answer BLOB,
        entry_id INTEGER,
        updated_at INTEGER NOT NULL
    );
    CREATE TABLE tasks(
        order_key TEXT NOT NULL REFERENCES orders(order_key) ON DELETE CASCADE,
        item_index INTEGER NOT NULL,
        external_id TEXT NOT NULL,
        task_type_id INTEGER NOT NULL,
        quantity INTEGER NOT NULL DEFAULT 1,
        external_ref TEXT NOT NULL,
        task_id TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL,
        PRIMARY KEY(order_key, item_index)
    );
    CREATE TABLE reservation_rooms(
        reservation_id TEXT PRIMARY KEY,
        room TEXT NOT NULL,
        updated_at INTEGER NOT NULL
    );
    CREATE TABLE mappings(
        duve_external_id TEXT PRIMARY KEY,
        hubos_task_type_id INTEGER NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        enabled INTEGER NOT NULL DEFAULT 1
    );
    )",
    // 2: the outbox (background retries) and the exact task each retry sends
    R"(
    ALTER TABLE orders ADD COLUMN retry_round INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE orders ADD COLUMN next_retry_at INTEGER;
    ALTER TABLE orders ADD COLUMN last_error TEXT NOT NULL DEFAULT '';
    ALTER TABLE tasks ADD COLUMN request TEXT NOT NULL DEFAULT '{}';
    CREATE INDEX orders_next_retry ON orders(next_retry_at) WHERE next_retry_at IS NOT NULL;
    CREATE INDEX orders_state ON orders(state, updated_at);
    )",
    // 3: browsing at scale: the service name, keyset-friendly indexes, full-text search
    R"(
    ALTER TABLE entries ADD COLUMN service TEXT NOT NULL DEFAULT '';
    DROP INDEX entries_outcome;
    CREATE INDEX entries_outcome_id ON entries(outcome, id);
    CREATE INDEX entries_event_id ON entries(event, id);
    CREATE INDEX entries_room_id ON entries(room, id);
    CREATE VIRTUAL TABLE entries_fts USING fts5(
        guest, room, order_key, order_number, service, body,
        content='entries', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
    INSERT INTO entries_fts(entries_fts) VALUES('rebuild');
    CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
        INSERT INTO entries_fts(rowid, guest, room, order_key, order_number, service, body)
        VALUES (new.id, new.guest, new.room, new.order_key, new.order_number, new.service,
                CAST(new.body AS TEXT));
    END;
    CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
        INSERT INTO entries_fts(entries_fts, rowid, guest, room, order_key, order_number, service, body)
        VALUES ('delete', old.id, old.guest, old.room, old.order_key, old.order_number, old.service,
                CAST(old.body AS TEXT));
    END;
    CREATE TRIGGER entries_fts_update AFTER UPDATE OF guest, room, order_key, order_number, service,
            body ON entries BEGIN
        INSERT INTO entries_fts(entries_fts, rowid, guest, room, order_key, order_number, service, body)
        VALUES ('delete', old.id, old.guest, old.room, old.order_key, old.order_number, old.service,
                CAST(old.body AS TEXT));
        INSERT INTO entries_fts(rowid, guest, room, order_key, order_number, service, body)
        VALUES (new.id, new.guest, new.room, new.order_key, new.order_number, new.service,
                CAST(new.body AS TEXT));
    END
    )",
    // 4: Duve room names -> Hub OS rooms
    R"(
    CREATE TABLE room_mappings(
        duve_room TEXT PRIMARY KEY,
        hubos_room TEXT NOT NULL
    );
    )",
    // 5: the search index follows the entries in large steps (the writer, see indexForSearch)
    // instead of one small FTS segment per commit; the newest entries it has not reached yet
    // are matched by a plain scan (whereFor).
    R"(
    CREATE TABLE fts_progress(indexed_upto INTEGER NOT NULL);
    INSERT INTO fts_progress VALUES ((SELECT coalesce(max(id), 0) FROM entries));
    DROP TRIGGER entries_fts_insert;
    DROP TRIGGER entries_fts_delete;
    DROP TRIGGER entries_fts_update;
    CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries
            WHEN old.id <= (SELECT indexed_upto FROM fts_progress) BEGIN
        INSERT INTO entries_fts(entries_fts, rowid, guest, room, order_key, order_number, service, body)
        VALUES ('delete', old.id, old.guest, old.room, old.order_key, old.order_number, old.service,
                CAST(old.body AS TEXT));
    END;
    CREATE TRIGGER entries_fts_update AFTER UPDATE OF guest, room, order_key, order_number, service,
            body ON entries WHEN old.id <= (SELECT indexed_upto FROM fts_progress) BEGIN
        INSERT INTO entries_fts(entries_fts, rowid, guest, room, order_key, order_number, service, body)
        VALUES ('delete', old.id, old.guest, old.room, old.order_key, old.order_number, old.service,
                CAST(old.body AS TEXT));
        INSERT INTO entries_fts(rowid, guest, room, order_key, order_number, service, body)
        VALUES (new.id, new.guest, new.room, new.order_key, new.order_number, new.service,
                CAST(new.body AS TEXT));
    END
    )",
    // 6: outcome within a date range (the overview's problems of a day, "failed last week")
    // from the index alone
    R"(
    CREATE INDEX entries_outcome_time ON entries(outcome, received_at);
    )",
};

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

bool exec(QSqlQuery &q, QString &error)
{
    if (q.exec())
        return true;
    error = q.lastError().text();
    return false;
}

bool execSql(QSqlDatabase &db, const QString &sql, QString &error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    error = q.lastError().text() + u" in: "_s + sql.simplified().left(120);
    return false;
}

// BEGIN IMMEDIATE, `work`, COMMIT; ROLLBACK when any of them fails (`error` says why).
bool inTransaction(QSqlDatabase &db, QString &error, const std::function<bool()> &work)
{
    if (!SqliteStatement::cached(db, "BEGIN IMMEDIATE").run(error))
        return false;
    if (work() && SqliteStatement::cached(db, "COMMIT").run(error))
        return true;
    QString ignored;
    SqliteStatement::cached(db, "ROLLBACK").run(ignored);
    return false;
}

// Statements compiled once per connection (SQLite's parser was a visible share of the time per
// order). Each thread only touches its own connections' entries. Forget a connection's
// statements before closing it.
thread_local QHash<QString, QHash<QString, QSqlQuery>> t_statements;

QSqlQuery &cached(const QSqlDatabase &db, const QString &sql)
{
    QHash<QString, QSqlQuery> &mine = t_statements[db.connectionName()];
    auto it = mine.find(sql);
    if (it == mine.end()) {
        QSqlQuery q(db);
        q.prepare(sql);
        it = mine.insert(sql, q);
    }
    return *it;
}

void forgetStatements(const QString &connectionName)
{
    t_statements.remove(connectionName);
    SqliteStatement::forget(connectionName);
}

// A cached statement used for one read on the read connection. finish() at the end of the scope
// ends SQLite's read transaction, so that a cached statement never pins the WAL.
class CachedRead
{
public:
    CachedRead(const QSqlDatabase &db, const QString &sql)
        : m_q(cached(db, sql))
    { }
    ~CachedRead() { m_q.finish(); }
    CachedRead(const CachedRead &) = delete;
    CachedRead &operator=(const CachedRead &) = delete;
    QSqlQuery *operator->() const { return &m_q; }

private:
    QSqlQuery &m_q;
};

QString pragmaText(QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery q(db);
    if (q.exec(u"PRAGMA "_s + pragma) && q.next())
        return q.value(0).toString();
    return QString();
}

// SQLite's result codes for a file that is damaged or not a database at all.
bool isCorruption(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == u"11"_s || code == u"26"_s;
}

// Text as the search index sees it, for the scan of the entries the index has not reached
// (SQL hb_fold(text)): lower case, without diacritics ("Müller" -> "muller"), every character
// that is not a letter or a digit a space, and a space in front, so that instr(folded,
// ' ' || word) finds words that start with `word`, as the index's prefix queries do.
QString foldForSearch(const QString &text)
{
    QString folded(1, u' ');
    folded.reserve(text.size() + 1);
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c.isLetterOrNumber() ? c.toLower() : QChar(u' '));
    }
    return folded;
}

void sqlFold(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const int size = sqlite3_value_bytes(argv[0]);
    if (!text) {
        sqlite3_result_null(context);
        return;
    }
    QByteArray folded;
    if (std::all_of(text, text + size, [](char c) { return uchar(c) < 0x80; })) {
        // The usual case (JSON bodies), and much cheaper.
        folded.reserve(size + 1);
        folded.append(' ');
        for (const char c : QByteArrayView(text, size)) {
            if (c >= 'A' && c <= 'Z')
                folded.append(char(c - 'A' + 'a'));
            else
                folded.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : ' ');
        }
    } else {
        folded = foldForSearch(QString::fromUtf8(text, size)).toUtf8();
    }
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

QSqlDatabase openConnection(
    const QString &name, const QString &path, QString &error, bool *corrupt = nullptr)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open()) {
        error = db.lastError().text();
        return db;
    }
    QSqlQuery wal(db);
    if (!wal.exec(u"PRAGMA journal_mode=WAL"_s) || !wal.next()
        || wal.value(0).toString().toLower() != u"wal"_s) {
        error = wal.lastError().isValid() ? wal.lastError().text()
                                          : u"the database refused WAL journaling"_s;
        if (corrupt)
            *corrupt = isCorruption(wal.lastError());
        wal.finish();
        db.close();
        return db;
    }
    QString ignored;
    execSql(db, u"PRAGMA foreign_keys=ON"_s, ignored);
    sqlite3_create_function_v2(SqliteStatement::handle(db), "hb_fold", 1,
        SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr, sqlFold, nullptr, nullptr,
        nullptr);
    return db;
}

HistoryEntry readEntry(const QSqlQuery &q)
{
    HistoryEntry e;
    e.id = q.value(0).toLongLong();
    e.receivedAt = fromMs(q.value(1));
    e.remoteAddress = q.value(2).toString();
    e.method = q.value(3).toString();
    e.path = q.value(4).toString();
    e.headers = headersFromJson(q.value(5).toString());
    e.body = q.value(6).toByteArray();
    e.bodySize = q.value(7).toLongLong();
    e.event = q.value(8).toString();
    e.orderKey = q.value(9).toString();
    e.orderNumber = q.value(10).toString();
    e.reservationId = q.value(11).toString();
    e.room = q.value(12).toString();
    e.guest = q.value(13).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(14).toByteArray()).array())
        e.externalIds.append(v.toString());
    e.outcome = q.value(15).toString();
    e.httpStatus = q.value(16).toInt();
    e.code = q.value(17).toString();
    e.message = q.value(18).toString();
    e.detail = q.value(19).toString();
    e.answer = q.value(20).toByteArray();
    e.tasks = QJsonDocument::fromJson(q.value(21).toByteArray()).array();
    e.attempts = q.value(22).toInt();
    e.answeredAt = fromMs(q.value(23));
    e.service = q.value(24).toString();
    return e;
}

const QString kEntryColumns = u"id, received_at, remote_address, method, path, headers, body, "
                              "body_size, event, order_key, order_number, reservation_id, room, "
                              "guest, external_ids, outcome, http_status, code, message, detail, "
                              "answer, tasks, attempts, answered_at, service"_s;

} // namespace

// ---------------------------------------------------------------------------------------------
// The writer thread: owns the only writing connection and commits in batches.

class HistoryStore::Writer : public QThread
{
public:
    struct Job
    {
        Work work;
        std::function<void(bool ok, qint64 id)> done;
    };

    Writer(HistoryStore *store, QString path)
        : m_store(store)
        , m_path(std::move(path))
    {
        setObjectName(u"HistoryWriter"_s);
    }

    void push(Job job)
    {
        QMutexLocker lock(&m_mutex);
        m_queue.push_back(std::move(job));
        m_wake.wakeOne();
    }

    void stop()
    {
        {
            QMutexLocker lock(&m_mutex);
            m_stopping = true;
            m_wake.wakeAll();
        }
        wait();
    }

    bool waitIdle(int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        QMutexLocker lock(&m_mutex);
        while (!m_queue.empty() || m_busy) {
            if (!m_idle.wait(&m_mutex, deadline))
                return false;
        }
        return true;
    }

    bool started() const { return m_openOk; }
    QString openError() const { return m_openError; }

    // Opens the connection in this thread; returns once that is done.
    bool startAndOpen()
    {
        start();
        QMutexLocker lock(&m_mutex);
        while (!m_opened)
            m_openedCond.wait(&m_mutex);
        return m_openOk;
    }

protected:
    void run() override
    {
        const QString name = u"hubbridge-writer-"_s + QUuid::createUuid().toString(QUuid::Id128);
        {
            QString error;
            QSqlDatabase db = openConnection(name, m_path, error);
            if (error.isEmpty()) {
                // Durable before we answer: full sync on every commit.
                execSql(db, u"PRAGMA synchronous=FULL"_s, error);
            }
            {
                QMutexLocker lock(&m_mutex);
                m_openOk = error.isEmpty();
                m_openError = error;
                m_opened = true;
                m_openedCond.wakeAll();
            }
            if (m_openOk)
                loop(db);
            forgetStatements(name);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

private:
    void loop(QSqlDatabase &db)
    {
        // The search index follows the writes once the writer has had nothing to do for
        // kIndexWhenIdleMs (steps of kIndexStep entries; a write arriving ends the catch-up);
        // during a burst only when it trails by kIndexBacklog entries, in short steps of
        // kBurstIndexStep. Answers come first: an index step (and the FTS merges it sets off)
        // holds up the commits behind it. Searches scan the entries it has not reached.
        bool catchUp = true; // entries left unindexed by the last run are indexed first
        bool tailUnindexed = false;
        qint64 writesSinceLook = 0;
        qint64 behind = 0; // entries the index had not reached when last asked
        for (;;) {
            std::deque<Job> batch;
            {
                QMutexLocker lock(&m_mutex);
                while (m_queue.empty() && !m_stopping && !catchUp) {
                    m_busy = false;
                    m_idle.wakeAll();
                    if (!tailUnindexed)
                        m_wake.wait(&m_mutex);
                    else if (!m_wake.wait(&m_mutex, QDeadlineTimer(kIndexWhenIdleMs)))
                        catchUp = true; // idle: index the tail
                }
                if (m_queue.empty() && m_stopping) {
                    m_busy = false;
                    m_idle.wakeAll();
                    return;
                }
                batch.swap(m_queue);
                m_busy = true;
            }
            if (!batch.empty()) {
                runBatch(db, batch);
                tailUnindexed = true;
                catchUp = false;
                writesSinceLook += qint64(batch.size());
            }
            // How far behind the index is takes a query: asked after every kIndexStep writes, at
            // a moment when no write waits, since a step holds up the writes queued behind it.
            // Each write adds at most one entry: behind + writesSinceLook bounds the backlog, and
            // past twice kIndexBacklog the index goes on even while writes wait.
            bool writesWaiting = false;
            if (!catchUp && writesSinceLook >= kIndexStep
                && behind + writesSinceLook < 2 * kIndexBacklog) {
                QMutexLocker lock(&m_mutex);
                writesWaiting = !m_queue.empty();
            }
            if (catchUp || (writesSinceLook >= kIndexStep && !writesWaiting)) {
                writesSinceLook = 0;
                behind = catchUp ? indexForSearch(db, 1, kIndexStep)
                                 : indexForSearch(db, kIndexBacklog, kBurstIndexStep);
                catchUp = catchUp && behind > 0;
                tailUnindexed = behind > 0;
            }
        }
    }

    // Adds up to `step` entries past the indexed mark to the search index, in one
    // transaction, when at least minBehind are waiting. Returns how many are left unindexed
    // (0 as well when the step failed: it is tried again after the next write).
    static qint64 indexForSearch(QSqlDatabase &db, qint64 minBehind, qint64 step)
    {
        QSqlQuery &marks = cached(db,
            u"SELECT indexed_upto, (SELECT coalesce(max(id), 0) FROM entries) FROM fts_progress"_s);
        if (!marks.exec() || !marks.next())
            return 0; // not migrated yet
        const qint64 indexed = marks.value(0).toLongLong();
        const qint64 newest = marks.value(1).toLongLong();
        marks.finish();
        if (newest - indexed < minBehind)
            return newest - indexed;
        // Short burst steps keep pace with orders (four writes, one entry each); a flood of
        // one-write entries (refused requests) would outrun them: past twice the backlog the
        // steps are full size again.
        if (newest - indexed > 2 * kIndexBacklog)
            step = std::max(step, kIndexStep);
        const qint64 upto = std::min(newest, indexed + step);
        QString error;
        // The index can always be rebuilt from the entries: no disk wait of its own (WAL frames
        // commit atomically, so the index and its mark are lost together or not at all).
        execSql(db, u"PRAGMA synchronous=NORMAL"_s, error);
        const bool ok = inTransaction(db, error, [&] {
            QSqlQuery &add = cached(db,
                u"INSERT INTO entries_fts(rowid, guest, room, order_key, order_number, service, "
                "body) SELECT id, guest, room, order_key, order_number, service, "
                "CAST(body AS TEXT) FROM entries WHERE id > ? AND id <= ?"_s);
            add.addBindValue(indexed);
            add.addBindValue(upto);
            QSqlQuery &mark = cached(db, u"UPDATE fts_progress SET indexed_upto=?"_s);
            mark.addBindValue(upto);
            return ::exec(add, error) && ::exec(mark, error);
        });
        QString ignored;
        execSql(db, u"PRAGMA synchronous=FULL"_s, ignored);
        if (!ok) {
            qCWarning(lcStore).noquote() << "search index not updated:" << error;
            return 0;
        }
        return newest - upto;
    }

    // Writes wait while a step runs: 200 entries take ~7 ms (up to ~16 ms with the merges they
    // set off), 50 about a quarter of that. The entries the index has not reached are found by
    // a plain scan (whereFor): 10,000 of them take ~45 ms; in a long burst up to about twice
    // kIndexBacklog may wait.
    static constexpr qint64 kIndexStep = 200;
    static constexpr qint64 kBurstIndexStep = 50;
    static constexpr qint64 kIndexBacklog = 10000;
    static constexpr int kIndexWhenIdleMs = 200;

    void runBatch(QSqlDatabase &db, std::deque<Job> &batch)
    {
        struct Result
        {
            bool ok;
            qint64 id;
        };
        std::vector<Result> results(batch.size(), Result { false, 0 });
        QString error;
        // Optimistic first: the whole batch in one transaction, no savepoints (a savepoint per
        // job journals every page it touches, which cost more than the writes themselves).
        // Should any job fail, the batch is rolled back and run again with each job in its own
        // savepoint, so that one bad job does not sink its neighbours.
        bool isolate = false;
        bool committed = inTransaction(db, error, [&] {
            for (std::size_t i = 0; i < batch.size(); ++i) {
                qint64 id = 0;
                if (!batch[i].work(db, id, error)) {
                    isolate = true;
                    return false;
                }
                results[i] = { true, id };
            }
            return true;
        });
        if (isolate) {
            error.clear();
            committed = inTransaction(db, error, [&] {
                for (std::size_t i = 0; i < batch.size(); ++i) {
                    QString jobError;
                    execSql(db, u"SAVEPOINT job"_s, jobError);
                    qint64 id = 0;
                    const bool ok = batch[i].work(db, id, jobError);
                    execSql(db, ok ? u"RELEASE job"_s : u"ROLLBACK TO job"_s, jobError);
                    if (!ok) {
                        execSql(db, u"RELEASE job"_s, jobError);
                        qCWarning(lcStore).noquote() << "write failed:" << jobError;
                        error = jobError;
                    }
                    results[i] = { ok, id };
                }
                return true; // a failed job was rolled back to its savepoint; the rest commits
            });
        }
        if (!committed)
            qCCritical(lcStore).noquote() << "cannot write the history:" << error;

        // Hand the results back to the store's thread.
        std::vector<std::function<void()>> callbacks;
        for (std::size_t i = 0; i < batch.size(); ++i) {
            const bool ok = committed && results[i].ok;
            const qint64 id = results[i].id;
            if (batch[i].done)
                callbacks.push_back([done = std::move(batch[i].done), ok, id] { done(ok, id); });
        }
        const QString failure = committed ? QString() : error;
        QMetaObject::invokeMethod(
            m_store,
            [store = m_store, callbacks = std::move(callbacks), failure] {
                const bool wasFailing = std::exchange(store->m_writeFailing, !failure.isEmpty());
                if (!failure.isEmpty())
                    Q_EMIT store->writeFailed(failure);
                else if (wasFailing)
                    Q_EMIT store->writeRecovered();
                for (const auto &cb : callbacks)
                    cb();
            },
            Qt::QueuedConnection);
    }

    HistoryStore *m_store;
    QString m_path;
    QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_idle;
    QWaitCondition m_openedCond;
    std::deque<Job> m_queue;
    bool m_stopping = false;
    bool m_busy = false;
    bool m_opened = false;
    bool m_openOk = false;
    QString m_openError;
};

// ---------------------------------------------------------------------------------------------

HistoryStore::HistoryStore(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_connectionName(u"hubbridge-read-"_s + QUuid::createUuid().toString(QUuid::Id128))
{ }

HistoryStore::~HistoryStore()
{
    close();
}

int HistoryStore::latestSchemaVersion()
{
    return int(std::size(kMigrations));
}

QSqlDatabase HistoryStore::readDb() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool HistoryStore::open(QString *errorOut)
{
    QString error;
    bool corrupt = false;
    m_recoveryNotice.clear();
    if (!openOnce(&error, &corrupt) && corrupt) {
        QString movedTo;
        if (moveAside(&movedTo)) {
            QFile::remove(checkFailedMarker());
            m_recoveryNotice = tr("The history database was damaged (%1). It was moved aside to "
                                  "%2 and a new, empty history was started.")
                                   .arg(error, movedTo);
            qCCritical(lcStore).noquote() << m_recoveryNotice;
            error.clear();
            corrupt = false;
            openOnce(&error, &corrupt);
        }
    }
    if (!error.isEmpty()) {
        if (errorOut)
            *errorOut = error;
        qCCritical(lcStore).noquote() << "cannot open" << m_path << ":" << error;
        return false;
    }
    return true;
}

bool HistoryStore::moveAside(QString *movedTo)
{
    close();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    *movedTo = m_path + u".damaged-"_s + stamp;
    bool ok = QFile::rename(m_path, *movedTo);
    for (const QString &suffix : { u"-wal"_s, u"-shm"_s }) {
        if (QFile::exists(m_path + suffix))
            ok = QFile::rename(m_path + suffix, *movedTo + suffix) && ok;
    }
    if (!ok)
        qCCritical(lcStore).noquote() << "cannot move the damaged database aside";
    return ok;
}

namespace {

// PRAGMA quick_check: "" when the file is sound, else the first problem (the report can be
// pages long).
QString quickCheckProblem(QSqlDatabase &db)
{
    QSqlQuery check(db);
    if (check.exec(u"PRAGMA quick_check"_s) && check.next() && check.value(0).toString() == u"ok"_s)
        return QString();
    return check.lastError().isValid() ? check.lastError().text()
                                       : u"integrity check: "_s
            + check.value(0).toString().section(u'\n', 0, 1).replace(u'\n', u' ').left(200);
}

} // namespace

// The check of a large file, on its own connection in its own thread, while the store works.
struct HistoryStore::BackgroundCheck
{
    std::unique_ptr<QThread> thread;
    QMutex mutex; // guards handle
    sqlite3 *handle = nullptr; // to interrupt the check when the store closes
    std::atomic<bool> stopping { false };
};

void HistoryStore::startBackgroundCheck()
{
    m_check = std::make_unique<BackgroundCheck>();
    BackgroundCheck *check = m_check.get();
    const QString path = m_path;
    QPointer<HistoryStore> self(this);
    check->thread.reset(QThread::create([check, path, self] {
        const QString name = u"hubbridge-check-"_s + QUuid::createUuid().toString(QUuid::Id128);
        QString problem;
        {
            QString error;
            QSqlDatabase db = openConnection(name, path, error);
            if (error.isEmpty()) {
                {
                    QMutexLocker lock(&check->mutex);
                    check->handle = SqliteStatement::handle(db);
                }
                QElapsedTimer clock;
                clock.start();
                problem = quickCheckProblem(db);
                qCInfo(lcStore).noquote()
                    << "background integrity check:" << (problem.isEmpty() ? u"ok"_s : problem)
                    << "in" << clock.elapsed() << "ms";
                QMutexLocker lock(&check->mutex);
                check->handle = nullptr;
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (problem.isEmpty() || check->stopping)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, problem] {
                if (!self)
                    return;
                // Moved aside at the next start, when nothing has the file open.
                QFile marker(self->checkFailedMarker());
                if (marker.open(QIODevice::WriteOnly | QIODevice::Truncate))
                    marker.write(problem.toUtf8());
                const QString notice
                    = tr("The history database is damaged (%1). Hubbridge goes on working; at its "
                         "next start it moves the damaged file aside and starts a fresh history. "
                         "Backups are in the backups folder next to it.")
                          .arg(problem);
                qCCritical(lcStore).noquote() << notice;
                Q_EMIT self->integrityProblem(notice);
            },
            Qt::QueuedConnection);
    }));
    check->thread->setObjectName(u"HistoryCheck"_s);
    check->thread->start(QThread::LowPriority);
}

void HistoryStore::stopBackgroundCheck()
{
    if (!m_check)
        return;
    m_check->stopping = true;
    {
        QMutexLocker lock(&m_check->mutex);
        if (m_check->handle)
            sqlite3_interrupt(m_check->handle);
    }
    m_check->thread->wait();
    m_check.reset();
}

bool HistoryStore::openOnce(QString *errorOut, bool *corrupt)
{
    QString error;
    bool checkLater = false;
    {
        QSqlDatabase db = openConnection(m_connectionName, m_path, error, corrupt);
        QFile marker(checkFailedMarker());
        if (error.isEmpty() && marker.exists()) {
            // The background check of the last run found damage.
            marker.open(QIODevice::ReadOnly);
            error = QString::fromUtf8(marker.readAll().left(300));
            marker.close();
            *corrupt = true; // open() moves the file aside, then the marker goes
        } else if (error.isEmpty()) {
            // A quick integrity check before anything is written (large files: right after).
            checkLater = QFileInfo(m_path).size() > m_checkBeforeOpenLimit;
            if (!checkLater) {
                error = quickCheckProblem(db);
                *corrupt = !error.isEmpty();
            }
        }
        if (error.isEmpty() && !migrate(&error))
            *corrupt = *corrupt || error.contains(u"malformed"_s);
        if (!error.isEmpty()) {
            forgetStatements(m_connectionName); // the migrations' (SQLite's own, not Qt's)
            db.close();
        }
    }
    if (!error.isEmpty()) {
        QSqlDatabase::removeDatabase(m_connectionName);
        *errorOut = error;
        return false;
    }
    m_writer = std::make_unique<Writer>(this, m_path);
    if (!m_writer->startAndOpen()) {
        error = m_writer->openError();
        m_writer->stop();
        m_writer.reset();
        close();
        *errorOut = error;
        return false;
    }
    qCDebug(lcStore).noquote() << "history at" << m_path << "schema" << schemaVersion() << "journal"
                               << journalMode();
    if (checkLater) {
        QPointer<HistoryStore> self(this);
        QTimer::singleShot(m_checkLaterDelayMs, this, [self] {
            if (self && self->isOpen() && !self->m_check)
                self->startBackgroundCheck();
        });
    }
    return true;
}

void HistoryStore::close()
{
    stopBackgroundCheck();
    if (m_writer) {
        m_writer->stop();
        m_writer.reset();
        // Deliver the callbacks of the last batch.
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    }
    if (QSqlDatabase::contains(m_connectionName)) {
        forgetStatements(m_connectionName);
        readDb().close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool HistoryStore::isOpen() const
{
    return m_writer && readDb().isOpen();
}

QString HistoryStore::journalMode() const
{
    QSqlDatabase db = readDb();
    return pragmaText(db, u"journal_mode"_s);
}

int HistoryStore::schemaVersion() const
{
    QSqlDatabase db = readDb();
    return pragmaText(db, u"user_version"_s).toInt();
}

bool HistoryStore::migrate(QString *error)
{
    QSqlDatabase db = readDb();
    const int current = schemaVersion();
    if (current > latestSchemaVersion()) {
        *error = u"the database was written by a newer Hubbridge (schema %1, this one knows %2)"_s
                     .arg(current)
                     .arg(latestSchemaVersion());
        return false;
    }
    for (int version = current; version < latestSchemaVersion(); ++version) {
        QString e;
        const bool ok = inTransaction(db, e, [&] {
            // The whole script at once: SQLite itself splits it (triggers hold semicolons).
            char *message = nullptr;
            bool done = sqlite3_exec(SqliteStatement::handle(db), kMigrations[version], nullptr,
                            nullptr, &message)
                == SQLITE_OK;
            if (!done)
                e = QString::fromUtf8(message);
            sqlite3_free(message);
            if (done && version == 0) {
                // A fresh install maps each catalogue task type to itself.
                QSqlQuery q(db);
                q.prepare(u"INSERT INTO mappings(duve_external_id, hubos_task_type_id, label, "
                          "enabled) VALUES(?, ?, ?, 1)"_s);
                for (const MappingRow &row : MappingRow::defaults()) {
                    q.addBindValue(row.duveExternalId);
                    q.addBindValue(row.hubOsTaskTypeId);
                    q.addBindValue(text(row.label));
                    done = done && exec(q, e);
                }
            }
            return done && execSql(db, u"PRAGMA user_version=%1"_s.arg(version + 1), e);
        });
        if (!ok) {
            *error = u"migration %1 failed: %2"_s.arg(version + 1).arg(e);
            return false;
        }
        qCInfo(lcStore) << "applied schema migration" << version + 1;
    }
    return true;
}

std::function<void(bool, qint64)> HistoryStore::completion(
    Done done, void (HistoryStore::*changed)())
{
    // Emits `changed` when the write succeeded, then tells the caller.
    QPointer<HistoryStore> self(this);
    return [self, done = std::move(done), changed](bool ok, qint64) {
        if (ok && self && changed)
            Q_EMIT(self->*changed)();
        if (done)
            done(ok);
    };
}

void HistoryStore::enqueue(Work work, std::function<void(bool, qint64)> done)
{
    if (!m_writer) {
        qCWarning(lcStore) << "write to a closed history store dropped";
        if (done)
            QMetaObject::invokeMethod(
                this, [done] { done(false, 0); }, Qt::QueuedConnection);
        return;
    }
    m_writer->push({ std::move(work), std::move(done) });
}

bool HistoryStore::waitForWrites(int timeoutMs)
{
    const bool ok = !m_writer || m_writer->waitIdle(timeoutMs);
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    return ok;
}

namespace {

// What the answer sets on an entry, bound from parameter `first` on in this order: outcome,
// http_status, code, message, detail, answer, tasks, attempts, answered_at (NULL when unset).
void bindAnswerFields(SqliteStatement &q, int first, const HistoryEntry &e)
{
    q.bind(first, e.outcome)
        .bind(first + 1, e.httpStatus)
        .bind(first + 2, e.code)
        .bind(first + 3, e.message)
        .bind(first + 4, e.detail)
        .bind(first + 5, e.answer)
        .bindUtf8(first + 6, toJsonText(e.tasks))
        .bind(first + 7, e.attempts);
    if (e.answeredAt.isValid())
        q.bind(first + 8, toMs(e.answeredAt));
}

bool writeEntry(QSqlDatabase &db, const HistoryEntry &e, qint64 &id, QString &error)
{
    QJsonArray ids;
    for (const QString &externalId : e.externalIds)
        ids.append(externalId);
    SqliteStatement &q = SqliteStatement::cached(db,
        "INSERT INTO entries(received_at, remote_address, method, path, headers, body, "
        "body_size, event, order_key, order_number, reservation_id, room, guest, external_ids, "
        "outcome, http_status, code, message, detail, answer, tasks, attempts, answered_at, "
        "service) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
        "?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)");
    q.bind(1, toMs(e.receivedAt))
        .bind(2, e.remoteAddress)
        .bind(3, e.method)
        .bind(4, e.path)
        .bindUtf8(5, headersJson(e.headers))
        .bind(6, e.body)
        .bind(7, e.bodySize)
        .bind(8, e.event)
        .bind(9, e.orderKey)
        .bind(10, e.orderNumber)
        .bind(11, e.reservationId)
        .bind(12, e.room)
        .bind(13, e.guest)
        .bindUtf8(14, toJsonText(ids))
        .bind(24, e.service);
    bindAnswerFields(q, 15, e);
    if (!q.run(error))
        return false;
    id = q.lastInsertId();
    return true;
}

bool writeOrder(QSqlDatabase &db, const OrderRecord &order, QString &error)
{
    SqliteStatement &q = SqliteStatement::cached(db,
        "INSERT INTO orders(order_key, state, answer, cancel_answer, entry_id, updated_at, "
        "retry_round, next_retry_at, last_error) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
        "ON CONFLICT(order_key) DO UPDATE SET state=excluded.state, answer=excluded.answer, "
        "cancel_answer=excluded.cancel_answer, entry_id=excluded.entry_id, "
        "updated_at=excluded.updated_at, retry_round=excluded.retry_round, "
        "next_retry_at=excluded.next_retry_at, last_error=excluded.last_error");
    q.bind(1, order.orderKey)
        .bind(2, order.state)
        .bind(3, order.answer)
        .bind(4, order.cancelAnswer)
        .bind(5, order.entryId)
        .bind(6, QDateTime::currentMSecsSinceEpoch())
        .bind(7, order.retryRound)
        .bind(9, order.lastError);
    if (order.nextRetryAt.isValid())
        q.bind(8, toMs(order.nextRetryAt));
    if (!q.run(error))
        return false;
    SqliteStatement &t = SqliteStatement::cached(db,
        "INSERT INTO tasks(order_key, item_index, external_id, task_type_id, quantity, "
        "external_ref, task_id, state, request) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
        "ON CONFLICT(order_key, item_index) DO UPDATE SET external_id=excluded.external_id, "
        "task_type_id=excluded.task_type_id, quantity=excluded.quantity, "
        "external_ref=excluded.external_ref, task_id=excluded.task_id, state=excluded.state, "
        "request=excluded.request");
    for (const TaskRecord &task : order.tasks) {
        t.bind(1, order.orderKey)
            .bind(2, task.itemIndex)
            .bind(3, task.externalId)
            .bind(4, task.taskTypeId)
            .bind(5, task.quantity)
            .bind(6, task.externalRef)
            .bind(7, task.taskId)
            .bind(8, task.state)
            .bindUtf8(9, task.request);
        if (!t.run(error))
            return false;
    }
    return true;
}

} // namespace

void HistoryStore::insertEntry(const HistoryEntry &entry, std::function<void(bool, qint64)> done)
{
    QPointer<HistoryStore> self(this);
    enqueue([entry](QSqlDatabase &db, qint64 &id,
                QString &error) { return writeEntry(db, entry, id, error); },
        [self, done](bool ok, qint64 id) {
            if (ok && self)
                Q_EMIT self->entryChanged(id);
            if (done)
                done(ok, id);
        });
}

void HistoryStore::updateEntry(const HistoryEntry &entry, Done done)
{
    QPointer<HistoryStore> self(this);
    enqueue(
        [entry](QSqlDatabase &db, qint64 &id, QString &error) {
            // Only what the answer changes: the request itself (and its search index) stays.
            SqliteStatement &q = SqliteStatement::cached(db,
                "UPDATE entries SET outcome=?1, http_status=?2, code=?3, message=?4, detail=?5, "
                "answer=?6, tasks=?7, attempts=?8, answered_at=?9 WHERE id=?10");
            bindAnswerFields(q, 1, entry);
            q.bind(10, entry.id);
            id = entry.id;
            return q.run(error);
        },
        [self, done](bool ok, qint64 id) {
            if (ok && self)
                Q_EMIT self->entryChanged(id);
            if (done)
                done(ok);
        });
}

void HistoryStore::addAttempt(
    qint64 entryId, const QString &kind, int itemIndex, const HubOsAttempt &a)
{
    // {"body": ..., "headers": {...}}. The bodies Hubbridge sends are JSON objects it
    // serialized itself: embedded as they are, not parsed again; anything else is a string.
    QByteArray body = a.requestBody;
    if (!body.startsWith('{')) {
        body.clear();
        JsonObjectWriter::appendString(body, QString::fromUtf8(a.requestBody));
    }
    const QByteArray request
        = JsonObjectWriter(body.size() + a.requestHeaders.size() + 32)
              .addJson("body"_L1, body)
              .addJson("headers"_L1, a.requestHeaders.isEmpty() ? "{}" : a.requestHeaders)
              .take();
    enqueue(
        [=](QSqlDatabase &db, qint64 &id, QString &error) {
            SqliteStatement &q = SqliteStatement::cached(db,
                "INSERT INTO attempts(entry_id, kind, item_index, number, started_at, method, "
                "url, request, http_status, response, error, latency_ms, task_id) "
                "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
            q.bind(1, entryId)
                .bind(2, kind)
                .bind(3, itemIndex)
                .bind(4, a.number)
                .bind(5, toMs(a.startedAt))
                .bind(6, QString::fromLatin1(a.method))
                .bind(7, a.url.toString())
                .bind(8, request)
                .bind(9, a.httpStatus)
                .bind(10, a.responseBody)
                .bind(11, a.error)
                .bind(12, a.latencyMs)
                .bind(13, a.taskId);
            if (!q.run(error))
                return false;
            id = q.lastInsertId();
            return true;
        },
        {});
}

void HistoryStore::saveOrder(const OrderRecord &order, Done done)
{
    enqueue([order](QSqlDatabase &db, qint64 &,
                QString &error) { return writeOrder(db, order, error); },
        completion(done));
}

void HistoryStore::insertEntryWithOrder(
    const HistoryEntry &entry, const OrderRecord &order, std::function<void(bool, qint64)> done)
{
    QPointer<HistoryStore> self(this);
    enqueue(
        [entry, order](QSqlDatabase &db, qint64 &id, QString &error) {
            if (!writeEntry(db, entry, id, error))
                return false;
            OrderRecord withEntry = order;
            withEntry.entryId = id;
            return writeOrder(db, withEntry, error);
        },
        [self, done](bool ok, qint64 id) {
            if (ok && self)
                Q_EMIT self->entryChanged(id);
            if (done)
                done(ok, id);
        });
}

void HistoryStore::rememberRoom(const QString &reservationId, const QString &room, Done done)
{
    enqueue(
        [=](QSqlDatabase &db, qint64 &, QString &error) {
            QSqlQuery q(db);
            q.prepare(u"INSERT INTO reservation_rooms(reservation_id, room, updated_at) "
                      "VALUES(?, ?, ?) ON CONFLICT(reservation_id) DO UPDATE SET "
                      "room=excluded.room, updated_at=excluded.updated_at"_s);
            q.addBindValue(reservationId);
            q.addBindValue(room);
            q.addBindValue(QDateTime::currentMSecsSinceEpoch());
            return exec(q, error);
        },
        completion(done));
}

namespace {
bool insertMapping(QSqlDatabase &db, const MappingRow &row, QString &error)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO mappings(duve_external_id, hubos_task_type_id, label, enabled) "
              "VALUES(?, ?, ?, ?) ON CONFLICT(duve_external_id) DO UPDATE SET "
              "hubos_task_type_id=excluded.hubos_task_type_id, label=excluded.label, "
              "enabled=excluded.enabled"_s);
    q.addBindValue(row.duveExternalId);
    q.addBindValue(row.hubOsTaskTypeId);
    q.addBindValue(text(row.label));
    q.addBindValue(row.enabled ? 1 : 0);
    return exec(q, error);
}
} // namespace

void HistoryStore::replaceMappings(const QList<MappingRow> &rows, Done done)
{
    enqueue(
        [rows](QSqlDatabase &db, qint64 &, QString &error) {
            if (!execSql(db, u"DELETE FROM mappings"_s, error))
                return false;
            for (const MappingRow &row : rows) {
                if (!insertMapping(db, row, error))
                    return false;
            }
            return true;
        },
        completion(done, &HistoryStore::mappingsChanged));
}

void HistoryStore::saveMapping(const MappingRow &row, const QString &previousExternalId, Done done)
{
    enqueue(
        [row, previousExternalId](QSqlDatabase &db, qint64 &, QString &error) {
            if (!previousExternalId.isEmpty() && previousExternalId != row.duveExternalId) {
                QSqlQuery q(db);
                q.prepare(u"DELETE FROM mappings WHERE duve_external_id=?"_s);
                q.addBindValue(previousExternalId);
                if (!exec(q, error))
                    return false;
            }
            return insertMapping(db, row, error);
        },
        completion(done, &HistoryStore::mappingsChanged));
}

void HistoryStore::removeMapping(const QString &externalId, Done done)
{
    enqueue(
        [externalId](QSqlDatabase &db, qint64 &, QString &error) {
            QSqlQuery q(db);
            q.prepare(u"DELETE FROM mappings WHERE duve_external_id=?"_s);
            q.addBindValue(externalId);
            return exec(q, error);
        },
        completion(done, &HistoryStore::mappingsChanged));
}

std::optional<MappingRow> HistoryStore::mapping(const QString &externalId) const
{
    SqliteStatement &q = SqliteStatement::cached(readDb(),
        "SELECT duve_external_id, hubos_task_type_id, label, enabled FROM mappings "
        "WHERE duve_external_id=?1");
    q.bind(1, externalId);
    auto rows = q.rows();
    if (!rows.next())
        return std::nullopt;
    return MappingRow { rows.text(0), int(rows.integer(1)), rows.text(2), rows.integer(3) != 0 };
}

QList<MappingRow> HistoryStore::mappings() const
{
    QList<MappingRow> rows;
    QSqlQuery q(readDb());
    // Numeric IDs in numeric order.
    q.exec(u"SELECT duve_external_id, hubos_task_type_id, label, enabled FROM mappings "
           "ORDER BY length(duve_external_id), duve_external_id"_s);
    while (q.next()) {
        rows.append({ q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
            q.value(3).toInt() != 0 });
    }
    return rows;
}

QString HistoryStore::roomForReservation(const QString &reservationId) const
{
    if (reservationId.isEmpty())
        return QString();
    SqliteStatement &q = SqliteStatement::cached(
        readDb(), "SELECT room FROM reservation_rooms WHERE reservation_id=?1");
    q.bind(1, reservationId);
    auto rows = q.rows();
    return rows.next() ? rows.text(0) : QString();
}

std::optional<OrderRecord> HistoryStore::order(const QString &orderKey) const
{
    SqliteStatement &q = SqliteStatement::cached(readDb(),
        "SELECT state, answer, cancel_answer, entry_id, retry_round, next_retry_at, last_error "
        "FROM orders WHERE order_key=?1");
    q.bind(1, orderKey);
    OrderRecord order;
    {
        auto rows = q.rows();
        if (!rows.next())
            return std::nullopt;
        order.orderKey = orderKey;
        order.state = rows.text(0);
        order.answer = rows.blob(1);
        order.cancelAnswer = rows.blob(2);
        order.entryId = rows.integer(3);
        order.retryRound = int(rows.integer(4));
        order.nextRetryAt = fromMs(rows.integer(5));
        order.lastError = rows.text(6);
    }
    SqliteStatement &t = SqliteStatement::cached(readDb(),
        "SELECT item_index, external_id, task_type_id, quantity, external_ref, task_id, state, "
        "request FROM tasks WHERE order_key=?1 ORDER BY item_index");
    t.bind(1, orderKey);
    for (auto rows = t.rows(); rows.next();) {
        TaskRecord task;
        task.itemIndex = int(rows.integer(0));
        task.externalId = rows.text(1);
        task.taskTypeId = int(rows.integer(2));
        task.quantity = int(rows.integer(3));
        task.externalRef = rows.text(4);
        task.taskId = rows.text(5);
        task.state = rows.text(6);
        task.request = rows.blob(7);
        order.tasks.append(task);
    }
    return order;
}

qint64 HistoryStore::entryCount() const
{
    QSqlQuery q(readDb());
    return q.exec(u"SELECT count(*) FROM entries"_s) && q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<HistoryEntry> HistoryStore::entry(qint64 id) const
{
    QSqlQuery q(readDb());
    q.prepare(u"SELECT "_s + kEntryColumns + u" FROM entries WHERE id=?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readEntry(q);
}

QList<StoredAttempt> HistoryStore::attempts(qint64 entryId) const
{
    QList<StoredAttempt> list;
    QSqlQuery q(readDb());
    q.prepare(u"SELECT kind, item_index, number, started_at, method, url, request, http_status, "
              "response, error, latency_ms, task_id FROM attempts WHERE entry_id=? ORDER BY id"_s);
    q.addBindValue(entryId);
    q.exec();
    while (q.next()) {
        StoredAttempt a;
        a.kind = q.value(0).toString();
        a.itemIndex = q.value(1).toInt();
        a.number = q.value(2).toInt();
        a.startedAt = fromMs(q.value(3));
        a.method = q.value(4).toString();
        a.url = q.value(5).toString();
        a.request = q.value(6).toByteArray();
        a.httpStatus = q.value(7).toInt();
        a.response = q.value(8).toByteArray();
        a.error = q.value(9).toString();
        a.latencyMs = q.value(10).toLongLong();
        a.taskId = q.value(11).toString();
        list.append(a);
    }
    return list;
}

bool HistoryStore::forEachEntry(const std::function<bool(const HistoryEntry &)> &visit) const
{
    QSqlQuery q(readDb());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + kEntryColumns + u" FROM entries ORDER BY id"_s)) {
        qCWarning(lcStore).noquote() << "cannot read the history:" << q.lastError().text();
        return false;
    }
    while (q.next()) {
        if (!visit(readEntry(q)))
            break;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Health, outbox, retention

void HistoryStore::setMaxPageCount(qint64 pages, Done done)
{
    enqueue(
        [pages](QSqlDatabase &db, qint64 &, QString &error) {
            // SQLite's own ceiling when uncapped.
            const qint64 value = pages > 0 ? pages : 1073741823;
            return execSql(db, u"PRAGMA max_page_count=%1"_s.arg(value), error);
        },
        completion(done));
}

void HistoryStore::recoverInterruptedWork(Done done)
{
    enqueue(
        [](QSqlDatabase &db, qint64 &, QString &error) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            return execSql(db,
                       u"UPDATE entries SET outcome='interrupted', detail=trim(detail || ' "
                       "Hubbridge stopped before it could answer.') WHERE outcome='received'"_s,
                       error)
                && execSql(db,
                    u"UPDATE orders SET next_retry_at=%1 WHERE state='pending' AND "
                    "next_retry_at IS NULL"_s.arg(now),
                    error);
        },
        completion(done));
}

void HistoryStore::pruneBatch(
    const QDateTime &cutoff, int batch, std::function<void(bool ok, int removed)> done)
{
    const qint64 before = toMs(cutoff);
    enqueue(
        [before, batch](QSqlDatabase &db, qint64 &removed, QString &error) {
            QSqlQuery q(db);
            q.prepare(u"DELETE FROM entries WHERE id IN (SELECT id FROM entries WHERE "
                      "received_at < ? ORDER BY id LIMIT ?)"_s);
            q.addBindValue(before);
            q.addBindValue(batch);
            if (!exec(q, error))
                return false;
            removed = q.numRowsAffected();
            if (removed > 0)
                return true;
            // Entries done: settled orders of the same age go too (their tasks cascade).
            QSqlQuery o(db);
            o.prepare(u"DELETE FROM orders WHERE updated_at < ? AND state <> 'pending'"_s);
            o.addBindValue(before);
            QSqlQuery r(db);
            r.prepare(u"DELETE FROM reservation_rooms WHERE updated_at < ?"_s);
            r.addBindValue(before);
            return exec(o, error) && exec(r, error);
        },
        [done](bool ok, qint64 removed) { done(ok, int(removed)); });
}

QList<HistoryEntry> HistoryStore::entriesBefore(const QDateTime &cutoff, int limit) const
{
    QList<HistoryEntry> list;
    QSqlQuery q(readDb());
    q.prepare(u"SELECT "_s + kEntryColumns
        + u" FROM entries WHERE received_at < ? ORDER BY id LIMIT ?"_s);
    q.addBindValue(toMs(cutoff));
    q.addBindValue(limit);
    q.exec();
    while (q.next())
        list.append(readEntry(q));
    return list;
}

QList<qint64> HistoryStore::entriesToResend(const EntryFilter &filter) const
{
    QStringList where { u"1=1"_s };
    QVariantList values;
    const auto in = [&](const QString &column, const QStringList &list) {
        if (list.isEmpty())
            return;
        where.append(column + u" IN ("_s + QStringList(list.size(), u"?"_s).join(u',') + u')');
        for (const QString &v : list)
            values.append(v);
    };
    in(u"outcome"_s, filter.outcomes);
    in(u"event"_s, filter.events);
    if (filter.since.isValid()) {
        where.append(u"received_at >= ?"_s);
        values.append(toMs(filter.since));
    }
    if (filter.until.isValid()) {
        where.append(u"received_at < ?"_s);
        values.append(toMs(filter.until));
    }
    // One entry per order: the newest. Entries without an order key stand alone.
    const QString sql = u"SELECT max(id) FROM entries WHERE "_s + where.join(u" AND "_s)
        + u" AND order_key <> '' GROUP BY order_key UNION ALL SELECT id FROM entries WHERE "_s
        + where.join(u" AND "_s) + u" AND order_key = '' ORDER BY 1"_s;
    QSqlQuery q(readDb());
    q.prepare(sql);
    for (int pass = 0; pass < 2; ++pass) {
        for (const QVariant &v : std::as_const(values))
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

QList<OrderRecord> HistoryStore::dueOrders(const QDateTime &now, int limit) const
{
    QStringList keys;
    {
        QSqlQuery q(readDb());
        q.prepare(u"SELECT order_key FROM orders WHERE next_retry_at IS NOT NULL AND "
                  "next_retry_at <= ? ORDER BY next_retry_at LIMIT ?"_s);
        q.addBindValue(toMs(now));
        q.addBindValue(limit);
        q.exec();
        while (q.next())
            keys.append(q.value(0).toString());
    }
    QList<OrderRecord> orders;
    for (const QString &key : std::as_const(keys)) {
        if (std::optional<OrderRecord> o = order(key))
            orders.append(*o);
    }
    return orders;
}

QDateTime HistoryStore::nextRetryAt() const
{
    QSqlQuery q(readDb());
    if (q.exec(u"SELECT min(next_retry_at) FROM orders WHERE next_retry_at IS NOT NULL"_s)
        && q.next())
        return fromMs(q.value(0));
    return QDateTime();
}

int HistoryStore::pendingOrderCount() const
{
    CachedRead q(readDb(), u"SELECT count(*) FROM orders WHERE state='pending'"_s);
    return q->exec() && q->next() ? q->value(0).toInt() : 0;
}

int HistoryStore::failedOrderCount() const
{
    CachedRead q(readDb(), u"SELECT count(*) FROM orders WHERE state='failed'"_s);
    return q->exec() && q->next() ? q->value(0).toInt() : 0;
}

bool HistoryStore::backup(const QString &dbPath, const QString &target, QString *error)
{
    const QString name = u"hubbridge-backup-"_s + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            sqlite3 *source = SqliteStatement::handle(db);
            sqlite3 *dest = nullptr;
            const QString partial = target + u".part"_s;
            QFile::remove(partial);
            if (sqlite3_open(QFile::encodeName(partial).constData(), &dest) != SQLITE_OK) {
                *error = QString::fromUtf8(sqlite3_errmsg(dest));
            } else {
                sqlite3_backup *b = sqlite3_backup_init(dest, "main", source, "main");
                if (!b) {
                    *error = QString::fromUtf8(sqlite3_errmsg(dest));
                } else {
                    // Small steps: writers are never held up for long.
                    int rc = SQLITE_OK;
                    while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                        rc = sqlite3_backup_step(b, 256);
                        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                            sqlite3_sleep(20);
                    }
                    sqlite3_backup_finish(b);
                    ok = rc == SQLITE_DONE;
                    if (!ok)
                        *error = QString::fromUtf8(sqlite3_errstr(rc));
                }
            }
            sqlite3_close(dest);
            if (ok) {
                QFile::remove(target);
                ok = QFile::rename(partial, target);
                if (!ok)
                    *error = u"cannot rename the backup into place"_s;
            } else {
                QFile::remove(partial);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// ---------------------------------------------------------------------------------------------
// Browsing

QString HistoryStore::ftsQuery(const QString &typed)
{
    // Each word quoted (so that no character is FTS syntax) and matched as a prefix.
    QStringList terms;
    for (QString word : typed.split(u' ', Qt::SkipEmptyParts)) {
        word.replace(u'"', u' ');
        word = word.trimmed();
        if (!word.isEmpty())
            terms.append(u'"' + word + u"\"*"_s);
    }
    return terms.join(u' ');
}

namespace {

struct Where
{
    QStringList clauses;
    QVariantList values;
};

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
    in(u"outcome"_s, f.outcomes);
    // With a date range the event index would walk every entry of the event since the newest;
    // the range (received_at) narrows far better (the unary + keeps the planner off it).
    in(hasDateRange(f) ? u"+event"_s : u"event"_s, f.events);
    if (!f.room.isEmpty()) {
        w.clauses.append(u"room = ?"_s);
        w.values.append(f.room);
    }
    const QString fts = HistoryStore::ftsQuery(f.search);
    if (!fts.isEmpty()) {
        // Entries past the index's mark (at most the writer's kIndexBacklog) are scanned: every
        // word must start a word in one of the searchable fields (see foldForSearch).
        QStringList words;
        QVariantList wordValues;
        for (const QString &word : foldForSearch(f.search).split(u' ', Qt::SkipEmptyParts)) {
            words.append(u"instr(hb_fold(guest || ' ' || room || ' ' || order_key || ' ' || "
                         "order_number || ' ' || service || ' ' || CAST(body AS TEXT)), ?) > 0"_s);
            wordValues.append(QString(u' ' + word));
        }
        // One id list (so that pages are rowid lookups, not a walk of the table).
        w.clauses.append(u"id IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? "
                         "UNION ALL SELECT id FROM entries WHERE id > (SELECT indexed_upto FROM "
                         "fts_progress) AND "_s
            + words.join(u" AND "_s) + u")"_s);
        w.values.append(fts);
        w.values += wordValues;
    }
    return w;
}

const QString kRowColumns = u"id, received_at, event, order_key, order_number, room, guest, "
                            "service, external_ids, outcome, http_status, code, tasks, "
                            "attempts"_s;

HistoryRow readRow(const QSqlQuery &q)
{
    HistoryRow r;
    r.id = q.value(0).toLongLong();
    r.receivedAt = fromMs(q.value(1));
    r.event = q.value(2).toString();
    r.orderKey = q.value(3).toString();
    r.orderNumber = q.value(4).toString();
    r.room = q.value(5).toString();
    r.guest = q.value(6).toString();
    r.service = q.value(7).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(8).toByteArray()).array())
        r.externalIds.append(v.toString());
    r.outcome = q.value(9).toString();
    r.httpStatus = q.value(10).toInt();
    r.code = q.value(11).toString();
    r.tasks = QJsonDocument::fromJson(q.value(12).toByteArray()).array();
    r.attempts = q.value(13).toInt();
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

QList<HistoryRow> HistoryStore::page(const HistoryFilter &filter, qint64 beforeId, int limit) const
{
    return rows(readDb(), filter, u"id < ?"_s, beforeId, u"DESC"_s, limit);
}

QList<HistoryRow> HistoryStore::newerThan(
    const HistoryFilter &filter, qint64 afterId, int limit) const
{
    QList<HistoryRow> list
        = rows(readDb(), filter, u"id > ?"_s, std::max<qint64>(afterId, 0), u"ASC"_s, limit);
    std::reverse(list.begin(), list.end()); // newest first, like page()
    return list;
}

qint64 HistoryStore::count(const HistoryFilter &filter) const
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

QList<QHash<QString, int>> HistoryStore::outcomesPerHour(const QDateTime &from, int hours) const
{
    QList<QHash<QString, int>> perHour(std::max(hours, 0));
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
        if (hour >= 0 && hour < perHour.size())
            perHour[hour].insert(q.value(1).toString(), q.value(2).toInt());
    }
    return perHour;
}

// ---------------------------------------------------------------------------------------------
// Room mappings

void HistoryStore::saveRoomMapping(
    const RoomMapping &row, const QString &previousDuveRoom, Done done)
{
    enqueue(
        [row, previousDuveRoom](QSqlDatabase &db, qint64 &, QString &error) {
            if (!previousDuveRoom.isEmpty() && previousDuveRoom != row.duveRoom) {
                QSqlQuery d(db);
                d.prepare(u"DELETE FROM room_mappings WHERE duve_room=?"_s);
                d.addBindValue(previousDuveRoom);
                if (!exec(d, error))
                    return false;
            }
            QSqlQuery q(db);
            q.prepare(u"INSERT INTO room_mappings(duve_room, hubos_room) VALUES(?, ?) "
                      "ON CONFLICT(duve_room) DO UPDATE SET hubos_room=excluded.hubos_room"_s);
            q.addBindValue(text(row.duveRoom));
            q.addBindValue(text(row.hubOsRoom));
            return exec(q, error);
        },
        completion(done, &HistoryStore::roomMappingsChanged));
}

void HistoryStore::removeRoomMapping(const QString &duveRoom, Done done)
{
    enqueue(
        [duveRoom](QSqlDatabase &db, qint64 &, QString &error) {
            QSqlQuery q(db);
            q.prepare(u"DELETE FROM room_mappings WHERE duve_room=?"_s);
            q.addBindValue(duveRoom);
            return exec(q, error);
        },
        completion(done, &HistoryStore::roomMappingsChanged));
}

QList<RoomMapping> HistoryStore::roomMappings() const
{
    QList<RoomMapping> rows;
    QSqlQuery q(readDb());
    q.exec(u"SELECT duve_room, hubos_room FROM room_mappings ORDER BY duve_room"_s);
    while (q.next())
        rows.append({ q.value(0).toString(), q.value(1).toString() });
    return rows;
}

QString HistoryStore::hubOsRoomFor(const QString &duveRoom) const
{
    SqliteStatement &q = SqliteStatement::cached(
        readDb(), "SELECT hubos_room FROM room_mappings WHERE duve_room=?1");
    q.bind(1, duveRoom);
    auto rows = q.rows();
    return rows.next() ? rows.text(0) : duveRoom;
}
