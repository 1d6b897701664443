// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/sqlite/sqlitehistorystore.h"

#include "core/common/jsonobjectwriter.h"
#include "core/common/logging.h"
#include "core/hubos/hubosclient.h"
#include "core/net/httpheaders.h"
#include "core/store/sqlite/entrycounts.h"
#include "core/store/sqlite/migrations.h"
#include "core/store/sqlite/openproblems.h"
#include "core/store/sqlite/searchindex.h"
#include "core/store/sqlite/sqlitestatement.h"
#include "core/store/sqlite/sqlsupport.h"
#include "core/store/sqlite/storewriter.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QPointer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <QWaitCondition>
#include <algorithm>
#include <atomic>
#include <deque>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace StoreSql;

namespace {

HistoryEntry readEntry(const QSqlQuery &q)
{
    return StoreSql::readEntry([&q](int column) { return q.value(column); });
}

} // namespace

// ---------------------------------------------------------------------------------------------

SqliteHistoryStore::SqliteHistoryStore(const QString &path)
    : m_path(path)
    , m_connectionName(u"hubbridge-read-"_s + QUuid::createUuid().toString(QUuid::Id128))
{ }

SqliteHistoryStore::~SqliteHistoryStore()
{
    close();
}

QSqlDatabase SqliteHistoryStore::readDb() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool SqliteHistoryStore::open(QString *errorOut)
{
    QString error;
    bool corrupt = false;
    m_recoveryNotice.clear();
    if (!openOnce(&error, &corrupt) && corrupt) {
        QString movedTo;
        if (moveAside(&movedTo)) {
            QFile::remove(checkFailedMarker());
            m_recoveryNotice = tr("The history database was damaged (%1). It was moved aside to "
                                  "%2 and a new history was started.")
                                   .arg(error, movedTo);
            error.clear();
            corrupt = false;
            if (openOnce(&error, &corrupt))
                m_recoveryNotice += u' ' + salvage(movedTo);
            qCCritical(lcStore).noquote() << m_recoveryNotice;
        }
    }
    if (!error.isEmpty()) {
        error = withDiskFullExplained(error);
        if (errorOut)
            *errorOut = error;
        qCCritical(lcStore).noquote() << "cannot open" << m_path << ":" << error;
        return false;
    }
    const QStorageInfo disk(QFileInfo(m_path).absolutePath());
    if (disk.isValid() && disk.bytesAvailable() < kMinimumFreeBytes)
        qCWarning(lcStore).noquote()
            << "the disk holding" << m_path << "has only" << disk.bytesAvailable() << "bytes free";
    return true;
}

QString SqliteHistoryStore::withDiskFullExplained(const QString &sqliteError) const
{
    // SQLite says "disk I/O error", not "disk is full", when it cannot grow its shared-memory
    // file; so the disk is asked directly.
    const QString dir = QFileInfo(m_path).absolutePath();
    const QStorageInfo disk(dir);
    if (!disk.isValid() || disk.bytesAvailable() >= kMinimumFreeBytes)
        return sqliteError;
    const QLocale locale;
    return tr("The disk holding %1 is full: %2 free, and Hubbridge needs at least %3 free there "
              "to record orders. Free some space on that disk (%4), or move the data folder to "
              "another disk. (SQLite: %5)")
        .arg(dir, locale.formattedDataSize(std::max<qint64>(0, disk.bytesAvailable())),
            locale.formattedDataSize(kMinimumFreeBytes), disk.rootPath(), sqliteError);
}

bool SqliteHistoryStore::moveAside(QString *movedTo)
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
struct SqliteHistoryStore::BackgroundCheck
{
    std::unique_ptr<QThread> thread;
    QMutex mutex; // guards handle
    sqlite3 *handle = nullptr; // to interrupt the check when the store closes
    std::atomic<bool> stopping { false };
};

void SqliteHistoryStore::startBackgroundCheck()
{
    m_check = std::make_unique<BackgroundCheck>();
    BackgroundCheck *check = m_check.get();
    const QString path = m_path;
    QPointer<SqliteHistoryStore> self(this);
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
                self->m_damage = problem;
                Q_EMIT self->integrityProblem(notice);
            },
            Qt::QueuedConnection);
    }));
    check->thread->setObjectName(u"HistoryCheck"_s);
    check->thread->start(QThread::LowPriority);
}

void SqliteHistoryStore::stopBackgroundCheck()
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

bool SqliteHistoryStore::openOnce(QString *errorOut, bool *corrupt)
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
        if (error.isEmpty()
            && (!Migrations::run(db, &error) || !OpenProblems::ensure(db, &error)
                || !EntryCounts::ensure(db, &error)))
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
    StoreWriter::IndexPacing pacing;
    pacing.step = SearchIndex::kStep;
    pacing.burstStep = SearchIndex::kBurstStep;
    pacing.backlog = SearchIndex::kBacklog;
    pacing.whenIdleMs = SearchIndex::kWhenIdleMs;
    m_writer = std::make_unique<StoreWriter>(
        m_path, this,
        [this](const QString &failure) {
            const bool wasFailing = std::exchange(m_writeFailing, !failure.isEmpty());
            m_writeFailure = failure.isEmpty() ? failure : withDiskFullExplained(failure);
            if (!failure.isEmpty())
                Q_EMIT writeFailed(failure);
            else if (wasFailing)
                Q_EMIT writeRecovered();
        },
        SearchIndex::step, pacing);
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
        QPointer<SqliteHistoryStore> self(this);
        QTimer::singleShot(m_checkLaterDelayMs, this, [self] {
            if (self && self->isOpen() && !self->m_check)
                self->startBackgroundCheck();
        });
    }
    return true;
}

void SqliteHistoryStore::close()
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

bool SqliteHistoryStore::isOpen() const
{
    return m_writer && readDb().isOpen();
}

QString SqliteHistoryStore::journalMode() const
{
    QSqlDatabase db = readDb();
    return pragmaText(db, u"journal_mode"_s);
}

int SqliteHistoryStore::schemaVersion() const
{
    QSqlDatabase db = readDb();
    return pragmaText(db, u"user_version"_s).toInt();
}

QString SqliteHistoryStore::problem() const
{
    if (m_writeFailing)
        return u"the history cannot be written: %1"_s.arg(m_writeFailure);
    if (!m_damage.isEmpty())
        return u"the history database is damaged: %1"_s.arg(m_damage);
    return {};
}

void SqliteHistoryStore::enqueue(Work work, std::function<void(bool, qint64)> done)
{
    StoreWriter::enqueue(m_writer.get(), this, std::move(work), std::move(done));
}

bool SqliteHistoryStore::waitForWrites(int timeoutMs)
{
    return StoreWriter::waitForWrites(m_writer.get(), this, timeoutMs);
}

namespace {

// What the answer sets on an entry, bound from parameter `first` on in this order: outcome,
// http_status, code, message, detail, answer, tasks, attempts, answered_at (NULL when unset).
void bindAnswerFields(SqliteStatement &q, int first, const HistoryEntry &e)
{
    q.bind(first, outcomeName(e.outcome))
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
    // The columns in EntryColumn order, without the id: parameter ?N is column N.
    SqliteStatement &q = SqliteStatement::cached(db,
        "INSERT INTO entries(received_at, remote_address, method, path, headers, body, "
        "body_size, event, order_key, order_number, reservation_id, room, guest, external_ids, "
        "outcome, http_status, code, message, detail, answer, tasks, attempts, answered_at, "
        "service, reason, hotel) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
        "?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26)");
    q.bind(ReceivedAt, toMs(e.receivedAt))
        .bind(RemoteAddress, e.remoteAddress)
        .bind(Method, e.method)
        .bind(Path, e.path)
        .bindUtf8(Headers, headersJson(e.headers))
        .bind(Body, e.body)
        .bind(BodySize, e.bodySize)
        .bind(Event, e.event)
        .bind(OrderKey, e.orderKey)
        .bind(OrderNumber, e.orderNumber)
        .bind(ReservationId, e.reservationId)
        .bind(Room, e.room)
        .bind(Guest, e.guest)
        .bindUtf8(ExternalIds, externalIdsJson(e.externalIds))
        .bind(Service, e.service)
        .bind(ReasonColumn, e.reason.stored())
        .bind(HotelColumn, e.hotel);
    bindAnswerFields(q, OutcomeColumn, e);
    if (!q.run(error))
        return false;
    id = q.lastInsertId();
    return EntryCounts::added(db, e.hotel, error)
        && OpenProblems::inserted(db, id, e.orderKey, e.outcome, error);
}

bool writeOrder(QSqlDatabase &db, const OrderRecord &order, QString &error)
{
    SqliteStatement &q = SqliteStatement::cached(db,
        "INSERT INTO orders(order_key, state, answer, cancel_answer, entry_id, updated_at, "
        "retry_round, next_retry_at, last_error, hotel) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
        "?9, ?10) ON CONFLICT(order_key) DO UPDATE SET state=excluded.state, "
        "answer=excluded.answer, "
        "cancel_answer=excluded.cancel_answer, entry_id=excluded.entry_id, "
        "updated_at=excluded.updated_at, retry_round=excluded.retry_round, "
        "next_retry_at=excluded.next_retry_at, last_error=excluded.last_error");
    q.bind(1, order.orderKey)
        .bind(2, deliveryStateName(order.state))
        .bind(3, order.answer)
        .bind(4, order.cancelAnswer)
        .bind(5, order.entryId)
        .bind(6, QDateTime::currentMSecsSinceEpoch())
        .bind(7, order.retryRound)
        .bind(9, order.lastError)
        .bind(10, order.hotel);
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
            .bind(8, deliveryStateName(task.state))
            .bindUtf8(9, task.request);
        if (!t.run(error))
            return false;
    }
    return true;
}

} // namespace

void SqliteHistoryStore::insertEntry(
    const HistoryEntry &entry, std::function<void(bool, qint64)> done)
{
    enqueue([entry](QSqlDatabase &db, qint64 &id,
                QString &error) { return writeEntry(db, entry, id, error); },
        entryCompletion(std::move(done)));
}

void SqliteHistoryStore::updateEntry(const HistoryEntry &entry, Done done)
{
    enqueue(
        [entry](QSqlDatabase &db, qint64 &id, QString &error) {
            // Only what the answer changes: the request itself (and its search index) stays.
            SqliteStatement &q = SqliteStatement::cached(db,
                "UPDATE entries SET outcome=?1, http_status=?2, code=?3, message=?4, detail=?5, "
                "answer=?6, tasks=?7, attempts=?8, answered_at=?9, reason=?10 WHERE id=?11");
            bindAnswerFields(q, 1, entry);
            q.bind(10, entry.reason.stored()).bind(11, entry.id);
            id = entry.id;
            return q.run(error) && OpenProblems::changed(db, id, entry.outcome, error);
        },
        entryCompletion(std::move(done)));
}

void SqliteHistoryStore::noteOnEntry(qint64 entryId, const EntryNote &note, Done done)
{
    enqueue(
        [entryId, note](QSqlDatabase &db, qint64 &id, QString &error) {
            SqliteStatement &q = SqliteStatement::cached(db,
                "UPDATE entries SET outcome=?1, reason=?2, tasks=?3, attempts=attempts+?4, "
                "detail=trim(detail || ' ' || ?5) WHERE id=?6");
            q.bind(1, outcomeName(note.outcome))
                .bind(2, note.reason.stored())
                .bindUtf8(3, toJsonText(note.tasks))
                .bind(4, note.addedAttempts)
                .bind(5, text(note.addedDetail))
                .bind(6, entryId);
            id = entryId;
            return q.run(error) && OpenProblems::changed(db, id, note.outcome, error);
        },
        entryCompletion(std::move(done)));
}

void SqliteHistoryStore::addAttempt(
    qint64 entryId, const QString &kind, int itemIndex, const HubOsAttempt &a)
{
    const QByteArray request = attemptRequestJson(a);
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

void SqliteHistoryStore::saveOrder(const OrderRecord &order, Done done)
{
    enqueue([order](QSqlDatabase &db, qint64 &,
                QString &error) { return writeOrder(db, order, error); },
        completion(done));
}

void SqliteHistoryStore::insertEntryWithOrder(
    const HistoryEntry &entry, const OrderRecord &order, std::function<void(bool, qint64)> done)
{
    enqueue(
        [entry, order](QSqlDatabase &db, qint64 &id, QString &error) {
            if (!writeEntry(db, entry, id, error))
                return false;
            OrderRecord withEntry = order;
            withEntry.entryId = id;
            return writeOrder(db, withEntry, error);
        },
        entryCompletion(std::move(done)));
}

qint64 SqliteHistoryStore::entryCount() const
{
    return count(HistoryFilter()); // the kept count, or counting if it cannot be read
}

std::optional<HistoryEntry> SqliteHistoryStore::entry(qint64 id) const
{
    QSqlQuery q(readDb());
    q.prepare(u"SELECT "_s + kEntryColumns + u" FROM entries WHERE id=?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readEntry(q);
}

QList<StoredAttempt> SqliteHistoryStore::attempts(qint64 entryId) const
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

bool SqliteHistoryStore::forEachEntry(const std::function<bool(const HistoryEntry &)> &visit) const
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

void SqliteHistoryStore::setMaxPageCount(qint64 pages, Done done)
{
    enqueue(
        [pages](QSqlDatabase &db, qint64 &, QString &error) {
            // SQLite's own ceiling when uncapped.
            const qint64 value = pages > 0 ? pages : 1073741823;
            return execSql(db, u"PRAGMA max_page_count=%1"_s.arg(value), error);
        },
        completion(done));
}

void SqliteHistoryStore::recoverInterruptedWork(const QDateTime &receivedBefore, Done done)
{
    const qint64 before = toMs(receivedBefore);
    enqueue(
        [before](QSqlDatabase &db, qint64 &, QString &error) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            const QString reason = Reason::codeName(Reason::Code::Interrupted);
            Where marked;
            marked.clauses
                = { u"outcome = 'interrupted'"_s, u"reason = ?"_s, u"received_at < ?"_s };
            marked.values = { reason, before };
            return execSql(db,
                       u"UPDATE entries SET outcome='interrupted', reason='%1', detail=trim(detail "
                       "|| ' Hubbridge stopped before it could answer.') WHERE outcome='received' "
                       "AND received_at < %2"_s.arg(reason)
                           .arg(before),
                       error)
                && OpenProblems::addWhere(db, marked, error)
                && execSql(db,
                    u"UPDATE orders SET next_retry_at=%1 WHERE state='pending' AND "
                    "next_retry_at IS NULL"_s.arg(now),
                    error);
        },
        completion(done));
}

void SqliteHistoryStore::pruneBatch(
    const Retention &retention, int batch, std::function<void(bool ok, int removed)> done)
{
    const Where entries = retentionWhere(retention, u"received_at"_s);
    const Where orders = retentionWhere(retention, u"updated_at"_s);
    // A reservation's room belongs to no hotel: it goes with everyone's cutoff.
    const qint64 roomsBefore = toMs(retention.cutoff);
    enqueue(
        [entries, orders, roomsBefore, batch](QSqlDatabase &db, qint64 &removed, QString &error) {
            const QString ids
                = u"SELECT id FROM entries"_s + entries.sql() + u" ORDER BY id LIMIT ?"_s;
            const QVariantList values = entries.values + QVariantList { batch };
            if (!OpenProblems::forgetEntries(db, ids, values, error))
                return false;
            if (!EntryCounts::deleteEntries(db, ids, values, removed, error))
                return false;
            if (removed > 0)
                return true;
            // Entries done: settled orders of the same age go too (their tasks cascade).
            QSqlQuery o(db);
            o.prepare(u"DELETE FROM orders"_s + orders.sql() + u" AND state <> 'pending'"_s);
            for (const QVariant &v : orders.values)
                o.addBindValue(v);
            if (!exec(o, error))
                return false;
            if (roomsBefore == 0)
                return true;
            QSqlQuery r(db);
            r.prepare(u"DELETE FROM reservation_rooms WHERE updated_at < ?"_s);
            r.addBindValue(roomsBefore);
            return exec(r, error);
        },
        [done](bool ok, qint64 removed) { done(ok, int(removed)); });
}

QList<HistoryEntry> SqliteHistoryStore::entriesBefore(const Retention &retention, int limit) const
{
    const Where w = retentionWhere(retention, u"received_at"_s);
    QList<HistoryEntry> list;
    QSqlQuery q(readDb());
    q.prepare(
        u"SELECT "_s + kEntryColumns + u" FROM entries"_s + w.sql() + u" ORDER BY id LIMIT ?"_s);
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.exec();
    while (q.next())
        list.append(readEntry(q));
    return list;
}

int SqliteHistoryStore::latestSchemaVersion()
{
    return Migrations::latest();
}
