// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/postgres/postgreshistorystore.h"

#include "core/common/logging.h"
#include "core/hubos/hubosclient.h"
#include "core/store/postgres/pgconnection.h"
#include "core/store/postgres/pgmigrations.h"
#include "core/store/postgres/pgwriter.h"
#include "core/store/searchwords.h"
#include "core/store/storesql.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSet>
#include <QSocketNotifier>
#include <QSysInfo>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace StoreSql;

namespace {

PgParams &addAnswerFields(PgParams &p, const HistoryEntry &e)
{
    return p.add(outcomeName(e.outcome))
        .add(e.httpStatus)
        .add(e.code)
        .add(e.message)
        .add(e.detail)
        .addBytes(e.answer)
        .addJson(toJsonText(e.tasks))
        .add(e.attempts)
        .addTimeMs(toMs(e.answeredAt));
}

bool failed(const PgResult &r, QString &error)
{
    if (r.ok())
        return false;
    error = r.error();
    return true;
}

bool writeEntry(PgConnection &db, const HistoryEntry &e, qint64 &id, QString &error)
{
    PgParams p;
    p.add(toMs(e.receivedAt))
        .add(e.remoteAddress)
        .add(e.method)
        .add(e.path)
        .addJson(headersJson(e.headers))
        .addBytes(e.body)
        .add(e.bodySize)
        .add(e.event)
        .add(e.orderKey)
        .add(e.orderNumber)
        .add(e.reservationId)
        .add(e.room)
        .add(e.guest)
        .addJson(externalIdsJson(e.externalIds));
    addAnswerFields(p, e)
        .add(e.service)
        .add(e.reason.stored())
        .add(PostgresHistoryStore::searchDocument(e))
        .add(e.hotel);
    const PgResult r = db.exec(
        u"INSERT INTO entries(received_at, remote_address, method, path, headers, body, "
        "body_size, event, order_key, order_number, reservation_id, room, guest, external_ids, "
        "outcome, http_status, code, message, detail, answer, tasks, attempts, answered_at, "
        "service, reason, search, hotel) VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, "
        "$13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, "
        "array_to_tsvector($26::text[]), $27) "
        "RETURNING id"_s,
        p);
    if (failed(r, error))
        return false;
    id = r.integer(0, 0);
    return true;
}

// One Hub OS exchange of an entry (addAttempt as it happens, importEntry when moving one in).
const QString kInsertAttempt
    = u"INSERT INTO attempts(entry_id, kind, item_index, number, started_at, method, url, "
      "request, http_status, response, error, latency_ms, task_id) VALUES($1, $2, $3, $4, $5, "
      "$6, $7, $8, $9, $10, $11, $12, $13)"_s;

// The server's clock in milliseconds: leases compare times of one clock, whichever instance
// wrote them.
#define HB_SERVER_NOW_MS "(extract(epoch FROM clock_timestamp()) * 1000)::bigint"

// Singletons among the instances on one database (pg_try_advisory_xact_lock keys; the high
// bytes spell "hubb" so that pg_locks says whose they are).
constexpr qint64 kRetentionLock = 0x6875626200000001;

// Each instance's read session holds pg_advisory_lock(kOwnerLockSpace, its owner key) while it
// lives. A claim whose owner's lock is gone belongs to a dead instance (kill -9, a crash, a
// lost connection: PostgreSQL ends the session and its locks with it) and is taken over at once;
// a live owner's claim only when its lease has run out (the owner stalled).
constexpr int kOwnerLockSpace = 0x68756262; // "hubb"
constexpr int kRelistenMs = 5000; // a broken LISTEN connection is replaced after this
// The read connection runs on the event loop, and claims write on it: a claim row another
// instance holds locked (inside its save's transaction) is waited for this long at most, then
// the order counts as busy (claimOrder) or is left for the next look (claimDueOrders).
constexpr int kReadLockTimeoutMs = 250;
#define HB_OWNER_ALIVE(claim)                                                                      \
    "EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.classid = 1752523362 "   \
    "AND l.objsubid = 2 AND l.granted AND l.objid::bigint = " claim ".owner_key)"
#define HB_CLAIM_LIVE(claim)                                                                       \
    "(" claim ".lease_until >= " HB_SERVER_NOW_MS " AND " HB_OWNER_ALIVE(claim) ")"
static_assert(kOwnerLockSpace == 1752523362);

// Takes or renews nothing: true when `order` was claimed under its fence and still is (or it
// has no fence), false when another instance took it over since. Locks the claim until commit.
bool claimStands(PgConnection &db, const OrderRecord &order, bool &stands, QString &error)
{
    stands = true;
    if (order.fence == 0)
        return true;
    const PgResult r
        = db.exec(u"SELECT 1 FROM order_claims WHERE order_key=$1 AND fence=$2 FOR UPDATE"_s,
            PgParams().add(order.orderKey).add(order.fence));
    if (failed(r, error))
        return false;
    stands = r.rows() == 1;
    if (!stands)
        qCWarning(lcStore).noquote()
            << Log::order(order.orderKey) << "was taken over by another instance (claim"
            << order.fence << "expired): this instance's result is not saved";
    return true;
}

bool writeOrder(PgConnection &db, const OrderRecord &order, QString &error)
{
    bool stands = true;
    if (!claimStands(db, order, stands, error))
        return false;
    if (!stands)
        return true;
    PgResult r = db.exec(
        u"INSERT INTO orders(order_key, state, answer, cancel_answer, entry_id, updated_at, "
        "retry_round, next_retry_at, last_error, hotel) VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, "
        "$10) ON CONFLICT(order_key) DO UPDATE SET state=excluded.state, answer=excluded.answer, "
        "cancel_answer=excluded.cancel_answer, entry_id=excluded.entry_id, "
        "updated_at=excluded.updated_at, retry_round=excluded.retry_round, "
        "next_retry_at=excluded.next_retry_at, last_error=excluded.last_error"_s,
        PgParams()
            .add(order.orderKey)
            .add(deliveryStateName(order.state))
            .addBytes(order.answer)
            .addBytes(order.cancelAnswer)
            .add(order.entryId)
            .add(QDateTime::currentMSecsSinceEpoch())
            .add(order.retryRound)
            .addTimeMs(toMs(order.nextRetryAt))
            .add(order.lastError)
            .add(order.hotel));
    if (failed(r, error))
        return false;
    for (const TaskRecord &task : order.tasks) {
        r = db.exec(u"INSERT INTO tasks(order_key, item_index, external_id, task_type_id, "
                    "quantity, external_ref, task_id, state, request) VALUES($1, $2, $3, $4, $5, "
                    "$6, $7, $8, $9) ON CONFLICT(order_key, item_index) DO UPDATE SET "
                    "external_id=excluded.external_id, task_type_id=excluded.task_type_id, "
                    "quantity=excluded.quantity, external_ref=excluded.external_ref, "
                    "task_id=excluded.task_id, state=excluded.state, request=excluded.request"_s,
            PgParams()
                .add(order.orderKey)
                .add(task.itemIndex)
                .add(task.externalId)
                .add(task.taskTypeId)
                .add(task.quantity)
                .add(task.externalRef)
                .add(task.taskId)
                .add(deliveryStateName(task.state))
                .addJson(task.request));
        if (failed(r, error))
            return false;
    }
    return true;
}

bool upsertMapping(PgConnection &db, const MappingRow &row, const QString &hotel, QString &error)
{
    return !failed(db.exec(u"INSERT INTO mappings(hotel, duve_external_id, hubos_task_type_id, "
                           "label, enabled) VALUES($1, $2, $3, $4, $5) ON CONFLICT(hotel, "
                           "duve_external_id) DO UPDATE SET "
                           "hubos_task_type_id=excluded.hubos_task_type_id, "
                           "label=excluded.label, enabled=excluded.enabled"_s,
                       PgParams()
                           .add(hotel)
                           .add(row.duveExternalId)
                           .add(row.hubOsTaskTypeId)
                           .add(row.label)
                           .add(row.enabled ? u"true"_s : u"false"_s)),
        error);
}

bool run(PgConnection &db, const QString &sql, const PgParams &params, QString &error)
{
    return !failed(db.exec(sql, params), error);
}

} // namespace

// The words an entry is found by (SearchWords), each once, as a text[] for array_to_tsvector
// (about 9 times cheaper than to_tsvector parsing the text again). A body beyond this is not
// searched past it (a tsvector holds at most 1 MB); a "word" longer than a lexeme may be (2 KB)
// is nothing anyone types.
constexpr qsizetype kSearchedBodyBytes = 256 * 1024;
constexpr qsizetype kLongestWord = 200;

QString PostgresHistoryStore::searchDocument(const HistoryEntry &e)
{
    const QStringList words = SearchWords::words(QStringList { e.guest, e.room, e.orderKey,
        e.orderNumber, e.service, QString::fromUtf8(e.body.left(kSearchedBodyBytes)) }
                                                     .join(u' '));
    QStringList elements;
    QSet<QString> seen;
    for (const QString &word : words) {
        if (word.size() <= kLongestWord && !seen.contains(word)) {
            seen.insert(word);
            elements.append(u'"' + word + u'"'); // letters and digits only: nothing to escape
        }
    }
    return u'{' + elements.join(u',') + u'}';
}

PostgresHistoryStore::PostgresHistoryStore(const QString &url)
    : m_url(url)
{ }

PostgresHistoryStore::~PostgresHistoryStore()
{
    close();
}

bool PostgresHistoryStore::urlHasPassword(const QString &url)
{
    const QUrl parsed(url);
    if (!parsed.password().isEmpty())
        return true;
    const QString query = parsed.query(QUrl::FullyDecoded);
    return query.startsWith(u"password="_s) || query.contains(u"&password="_s);
}

QString PostgresHistoryStore::displayUrl(const QString &url)
{
    // The password of user:password@ and of ?password=... (libpq takes both).
    QUrl shown(url);
    QUrlQuery query(shown);
    if (query.hasQueryItem(u"password"_s)) {
        query.removeAllQueryItems(u"password"_s);
        query.addQueryItem(u"password"_s, u"***"_s);
        shown.setQuery(query);
    }
    return shown.toString(QUrl::RemovePassword);
}

bool PostgresHistoryStore::open(QString *errorOut)
{
    close();
    QString error;
    if (urlHasPassword(m_url)) {
        error = tr("The database URL holds a password. Hubbridge does not keep it in its settings: "
                   "put it in a PostgreSQL password file (~/.pgpass, or the file PGPASSFILE "
                   "names), in PGPASSWORD, or in a systemd credential, and remove it from the "
                   "URL.");
    } else {
        m_read = std::make_unique<PgConnection>();
        if (m_read->open(m_url, &error, kReadLockTimeoutMs) && PgMigrations::run(*m_read, &error)
            && !holdOwnerLock())
            error = u"cannot take this instance's lock (pg_advisory_lock)"_s;
    }
    if (error.isEmpty()) {
        m_writer = std::make_unique<PgWriter>(m_url, this, [this](const QString &failure) {
            const bool wasFailing = std::exchange(m_writeFailing, !failure.isEmpty());
            m_writeFailure = failure;
            if (!failure.isEmpty())
                Q_EMIT writeFailed(failure);
            else if (wasFailing)
                Q_EMIT writeRecovered();
        });
        if (!m_writer->startAndOpen())
            error = m_writer->openError();
    }
    if (error.isEmpty())
        listen();
    if (!error.isEmpty()) {
        qCCritical(lcStore).noquote() << "cannot open" << displayUrl(m_url) << ":" << error;
        close();
        if (errorOut)
            *errorOut = error;
        return false;
    }
    qCDebug(lcStore).noquote() << "history at" << displayUrl(m_url) << "schema" << schemaVersion();
    return true;
}

void PostgresHistoryStore::listen()
{
    if (!m_relisten) {
        m_relisten = new QTimer(this);
        m_relisten->setSingleShot(true);
        m_relisten->setInterval(kRelistenMs);
        connect(m_relisten, &QTimer::timeout, this, &PostgresHistoryStore::listen);
    }
    auto connection = std::make_unique<PgConnection>();
    QString error;
    if (!connection->open(m_url, &error) || !connection->exec(u"LISTEN hubbridge_retries"_s).ok()) {
        qCInfo(lcStore).noquote() << "not hearing other instances' retries for now (the outbox "
                                     "polls):"
                                  << error;
        m_relisten->start();
        return;
    }
    m_listen = std::move(connection);
    m_listenNotifier = std::make_unique<QSocketNotifier>(m_listen->socket(), QSocketNotifier::Read);
    connect(m_listenNotifier.get(), &QSocketNotifier::activated, this,
        &PostgresHistoryStore::readNotifications);
}

void PostgresHistoryStore::readNotifications()
{
    bool ok = false;
    const QList<QByteArray> payloads = m_listen->takeNotifications(&ok);
    for (const QByteArray &payload : payloads) {
        const qint64 ms = payload.toLongLong();
        if (ms > 0)
            Q_EMIT retryScheduled(fromMs(ms));
    }
    if (ok)
        return;
    // The server went away (or cut this connection): poll meanwhile, listen again later.
    m_listenNotifier.reset();
    m_listen.reset();
    m_relisten->start();
}

void PostgresHistoryStore::close()
{
    if (m_relisten)
        m_relisten->stop();
    m_listenNotifier.reset();
    m_listen.reset();
    if (m_writer) {
        m_writer->stop();
        m_writer.reset();
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    }
    m_read.reset();
}

bool PostgresHistoryStore::isOpen() const
{
    return m_writer && m_read;
}

int PostgresHistoryStore::schemaVersion() const
{
    return m_read ? PgMigrations::current(*m_read) : 0;
}

int PostgresHistoryStore::latestSchemaVersion()
{
    return PgMigrations::latest();
}

QString PostgresHistoryStore::problem() const
{
    if (m_writeFailing)
        return u"the history cannot be written: %1"_s.arg(m_writeFailure);
    return {};
}

PgResult PostgresHistoryStore::read(const QString &sql, const PgParams &params) const
{
    if (!m_read)
        return PgResult();
    PgResult r = m_read->exec(sql, params);
    if (!r.ok() && m_read->connectionLost() && m_read->reconnect() && holdOwnerLock())
        r = m_read->exec(sql, params);
    if (!r.ok() && r.sqlState() == PgConnection::kLockNotAvailable) {
        qCInfo(lcStore).noquote() << "a row another instance holds stayed locked:" << r.error();
    } else if (!r.ok()) {
        ++m_readFailures;
        qCWarning(lcStore).noquote() << "history query failed:" << r.error();
    }
    return r;
}

PgResult PostgresHistoryStore::read(const QString &sql) const
{
    return read(sql, PgParams());
}

// --- writes

void PostgresHistoryStore::enqueue(Work work, std::function<void(bool, qint64)> done)
{
    PgWriter::enqueue(m_writer.get(), this, std::move(work), std::move(done));
}

bool PostgresHistoryStore::waitForWrites(int timeoutMs)
{
    return PgWriter::waitForWrites(m_writer.get(), this, timeoutMs);
}

void PostgresHistoryStore::insertEntry(const HistoryEntry &entry, Inserted done)
{
    enqueue([entry](PgConnection &db, qint64 &id,
                QString &error) { return writeEntry(db, entry, id, error); },
        entryCompletion(std::move(done)));
}

void PostgresHistoryStore::updateEntry(const HistoryEntry &entry, Done done)
{
    enqueue(
        [entry](PgConnection &db, qint64 &id, QString &error) {
            PgParams p;
            addAnswerFields(p, entry).add(entry.reason.stored()).add(entry.id);
            id = entry.id;
            return run(db,
                u"UPDATE entries SET outcome=$1, http_status=$2, code=$3, message=$4, detail=$5, "
                "answer=$6, tasks=$7, attempts=$8, answered_at=$9, reason=$10 WHERE id=$11"_s,
                p, error);
        },
        entryCompletion(std::move(done)));
}

void PostgresHistoryStore::noteOnEntry(qint64 entryId, const EntryNote &note, Done done)
{
    enqueue(
        [entryId, note](PgConnection &db, qint64 &id, QString &error) {
            id = entryId;
            return run(db,
                u"UPDATE entries SET outcome=$1, reason=$2, tasks=$3, attempts=attempts+$4, "
                "detail=btrim(detail || ' ' || $5) WHERE id=$6"_s,
                PgParams()
                    .add(outcomeName(note.outcome))
                    .add(note.reason.stored())
                    .addJson(toJsonText(note.tasks))
                    .add(note.addedAttempts)
                    .add(text(note.addedDetail))
                    .add(entryId),
                error);
        },
        entryCompletion(std::move(done)));
}

void PostgresHistoryStore::addAttempt(
    qint64 entryId, const QString &kind, int itemIndex, const HubOsAttempt &a)
{
    const QByteArray request = attemptRequestJson(a);
    enqueue(
        [=](PgConnection &db, qint64 &, QString &error) {
            return run(db, kInsertAttempt,
                PgParams()
                    .add(entryId)
                    .add(kind)
                    .add(itemIndex)
                    .add(a.number)
                    .add(toMs(a.startedAt))
                    .add(QString::fromLatin1(a.method))
                    .add(a.url.toString())
                    .addBytes(request)
                    .add(a.httpStatus)
                    .addBytes(a.responseBody)
                    .add(a.error)
                    .add(a.latencyMs)
                    .add(a.taskId),
                error);
        },
        {});
}

void PostgresHistoryStore::saveOrder(const OrderRecord &order, Done done)
{
    // A settled order with a background retry: every instance hears when it is due (NOTIFY is
    // delivered at commit; the same payload twice in one commit is delivered once).
    const bool notify = order.state == DeliveryState::Pending && order.nextRetryAt.isValid();
    enqueue(
        [order, notify](PgConnection &db, qint64 &, QString &error) {
            return writeOrder(db, order, error)
                && (!notify
                    || run(db, u"SELECT pg_notify('hubbridge_retries', $1)"_s,
                        PgParams().add(QString::number(toMs(order.nextRetryAt))), error));
        },
        completion(done));
}

void PostgresHistoryStore::insertEntryWithOrder(
    const HistoryEntry &entry, const OrderRecord &order, Inserted done)
{
    enqueue(
        [entry, order](PgConnection &db, qint64 &id, QString &error) {
            if (!writeEntry(db, entry, id, error))
                return false;
            OrderRecord withEntry = order;
            withEntry.entryId = id;
            return writeOrder(db, withEntry, error);
        },
        entryCompletion(std::move(done)));
}

void PostgresHistoryStore::rememberRoom(
    const QString &reservationId, const QString &room, Done done)
{
    enqueue(
        [=](PgConnection &db, qint64 &, QString &error) {
            return run(db,
                u"INSERT INTO reservation_rooms(reservation_id, room, updated_at) VALUES($1, $2, "
                "$3) ON CONFLICT(reservation_id) DO UPDATE SET room=excluded.room, "
                "updated_at=excluded.updated_at"_s,
                PgParams().add(reservationId).add(room).add(QDateTime::currentMSecsSinceEpoch()),
                error);
        },
        completion(done));
}

void PostgresHistoryStore::replaceMappings(
    const QList<MappingRow> &rows, Done done, const QString &hotel)
{
    enqueue(
        [rows, hotel](PgConnection &db, qint64 &, QString &error) {
            if (!run(db, u"DELETE FROM mappings WHERE hotel=$1"_s, PgParams().add(hotel), error))
                return false;
            for (const MappingRow &row : rows) {
                if (!upsertMapping(db, row, hotel, error))
                    return false;
            }
            return true;
        },
        completion(done, &HistoryStore::mappingsChanged));
}

void PostgresHistoryStore::saveMapping(
    const MappingRow &row, const QString &previousExternalId, Done done, const QString &hotel)
{
    enqueue(
        [row, previousExternalId, hotel](PgConnection &db, qint64 &, QString &error) {
            if (!previousExternalId.isEmpty() && previousExternalId != row.duveExternalId
                && !run(db, u"DELETE FROM mappings WHERE hotel=$1 AND duve_external_id=$2"_s,
                    PgParams().add(hotel).add(previousExternalId), error))
                return false;
            return upsertMapping(db, row, hotel, error);
        },
        completion(done, &HistoryStore::mappingsChanged));
}

void PostgresHistoryStore::removeMapping(const QString &externalId, Done done, const QString &hotel)
{
    enqueue(
        [externalId, hotel](PgConnection &db, qint64 &, QString &error) {
            return run(db, u"DELETE FROM mappings WHERE hotel=$1 AND duve_external_id=$2"_s,
                PgParams().add(hotel).add(externalId), error);
        },
        completion(done, &HistoryStore::mappingsChanged));
}

void PostgresHistoryStore::saveRoomMapping(
    const RoomMapping &row, const QString &previousDuveRoom, Done done, const QString &hotel)
{
    enqueue(
        [row, previousDuveRoom, hotel](PgConnection &db, qint64 &, QString &error) {
            if (!previousDuveRoom.isEmpty() && previousDuveRoom != row.duveRoom
                && !run(db, u"DELETE FROM room_mappings WHERE hotel=$1 AND duve_room=$2"_s,
                    PgParams().add(hotel).add(previousDuveRoom), error))
                return false;
            return run(db,
                u"INSERT INTO room_mappings(hotel, duve_room, hubos_room) VALUES($1, $2, $3) "
                "ON CONFLICT(hotel, duve_room) DO UPDATE SET hubos_room=excluded.hubos_room"_s,
                PgParams().add(hotel).add(row.duveRoom).add(row.hubOsRoom), error);
        },
        completion(done, &HistoryStore::roomMappingsChanged));
}

void PostgresHistoryStore::removeRoomMapping(
    const QString &duveRoom, Done done, const QString &hotel)
{
    enqueue(
        [duveRoom, hotel](PgConnection &db, qint64 &, QString &error) {
            return run(db, u"DELETE FROM room_mappings WHERE hotel=$1 AND duve_room=$2"_s,
                PgParams().add(hotel).add(duveRoom), error);
        },
        completion(done, &HistoryStore::roomMappingsChanged));
}

void PostgresHistoryStore::saveHotel(const HotelRecord &hotel, Done done)
{
    enqueue(
        [hotel](PgConnection &db, qint64 &, QString &error) {
            return run(db,
                u"INSERT INTO hotels(key, name, hubos_url, retention_days, enabled, added_at) "
                "VALUES($1, $2, $3, $4, $5, $6) ON CONFLICT(key) DO UPDATE SET "
                "name=excluded.name, hubos_url=excluded.hubos_url, "
                "retention_days=excluded.retention_days, enabled=excluded.enabled"_s,
                PgParams()
                    .add(hotel.key)
                    .add(hotel.name)
                    .add(hotel.hubOsUrl)
                    .add(hotel.retentionDays)
                    .add(hotel.enabled ? u"t"_s : u"f"_s)
                    .add(toMs(
                        hotel.addedAt.isValid() ? hotel.addedAt : QDateTime::currentDateTimeUtc())),
                error);
        },
        completion(done, &HistoryStore::hotelsChanged));
}

void PostgresHistoryStore::removeHotel(const QString &key, Done done)
{
    enqueue(
        [key](PgConnection &db, qint64 &, QString &error) {
            return run(db, u"DELETE FROM hotels WHERE key=$1"_s, PgParams().add(key), error);
        },
        completion(done, &HistoryStore::hotelsChanged));
}

void PostgresHistoryStore::importEntry(const HistoryEntry &entry,
    const QList<StoredAttempt> &attempts, const std::optional<Handling> &handling,
    const QString &origin, Imported done)
{
    enqueue(
        [entry, attempts, handling, origin](PgConnection &db, qint64 &id, QString &error) {
            // Known already (an earlier run): its id, negated to say so.
            PgResult known
                = db.exec(u"SELECT id FROM entries WHERE origin=$1"_s, PgParams().add(origin));
            if (failed(known, error))
                return false;
            if (known.rows() == 1) {
                id = -known.integer(0, 0);
                return true;
            }
            if (!writeEntry(db, entry, id, error)
                || !run(db, u"UPDATE entries SET origin=$1 WHERE id=$2"_s,
                    PgParams().add(origin).add(id), error))
                return false;
            for (const StoredAttempt &a : attempts) {
                if (!run(db, kInsertAttempt,
                        PgParams()
                            .add(id)
                            .add(a.kind)
                            .add(a.itemIndex)
                            .add(a.number)
                            .add(toMs(a.startedAt))
                            .add(a.method)
                            .add(a.url)
                            .addBytes(a.request)
                            .add(a.httpStatus)
                            .addBytes(a.response)
                            .add(a.error)
                            .add(a.latencyMs)
                            .add(a.taskId),
                        error))
                    return false;
            }
            return !handling
                || run(db,
                    u"INSERT INTO handled(entry_id, note, \"by\", at) VALUES($1, $2, $3, $4)"_s,
                    PgParams()
                        .add(id)
                        .add(handling->note)
                        .add(handling->by)
                        .add(toMs(handling->at)),
                    error);
        },
        [done](bool ok, qint64 id) { done(ok, std::abs(id), ok && id > 0); });
}

void PostgresHistoryStore::markHandled(qint64 entryId, const Handling &handling, Done done)
{
    enqueue(
        [entryId, handling](PgConnection &db, qint64 &id, QString &error) {
            id = entryId;
            return run(db,
                u"INSERT INTO handled(entry_id, note, \"by\", at) VALUES($1, $2, $3, $4) "
                "ON CONFLICT(entry_id) DO UPDATE SET note=excluded.note, \"by\"=excluded.\"by\", "
                "at=excluded.at"_s,
                PgParams().add(entryId).add(handling.note).add(handling.by).add(toMs(handling.at)),
                error);
        },
        entryCompletion(std::move(done)));
}

void PostgresHistoryStore::recoverInterruptedWork(const QDateTime &receivedBefore, Done done)
{
    const qint64 before = toMs(receivedBefore);
    enqueue(
        [before](PgConnection &db, qint64 &, QString &error) {
            return run(db,
                       u"UPDATE entries SET outcome='interrupted', reason=$1, detail=trim(detail "
                       "|| ' Hubbridge stopped before it could answer.') WHERE outcome='received' "
                       "AND received_at < $2"_s,
                       PgParams().add(Reason::codeName(Reason::Code::Interrupted)).add(before),
                       error)
                && run(db,
                    u"UPDATE orders SET next_retry_at=$1 WHERE state='pending' AND "
                    "next_retry_at IS NULL"_s,
                    PgParams().add(QDateTime::currentMSecsSinceEpoch()), error);
        },
        completion(done));
}

void PostgresHistoryStore::pruneBatch(
    const Retention &retention, int batch, std::function<void(bool ok, int removed)> done)
{
    const Where entries = retentionWhere(retention, u"received_at"_s);
    const Where orders = retentionWhere(retention, u"updated_at"_s);
    // A reservation's room belongs to no hotel: it goes with everyone's cutoff.
    const qint64 roomsBefore = toMs(retention.cutoff);
    enqueue(
        [entries, orders, roomsBefore, batch](PgConnection &db, qint64 &removed, QString &error) {
            // One instance prunes at a time; the others find the lock taken and skip the round.
            const PgResult lock = db.exec(
                u"SELECT pg_try_advisory_xact_lock($1)"_s, PgParams().add(kRetentionLock));
            if (failed(lock, error))
                return false;
            if (lock.text(0, 0) != u"t"_s)
                return true;
            const PgResult r = db.exec(numbered(u"DELETE FROM entries WHERE id IN (SELECT id "
                                                "FROM entries"_s
                                           + entries.sql() + u" ORDER BY id LIMIT ?)"_s),
                paramsOf(QVariantList(entries.values) << batch));
            if (failed(r, error))
                return false;
            removed = r.affected();
            if (removed > 0)
                return true;
            if (!run(db,
                    numbered(u"DELETE FROM orders"_s + orders.sql() + u" AND state <> 'pending'"_s),
                    paramsOf(orders.values), error))
                return false;
            return roomsBefore == 0
                || run(db, u"DELETE FROM reservation_rooms WHERE updated_at < $1"_s,
                    PgParams().add(roomsBefore), error);
        },
        [done](bool ok, qint64 removed) { done(ok, int(removed)); });
}

// --- reads: entries, orders, mappings

qint64 PostgresHistoryStore::entryCount() const
{
    const PgResult r = read(u"SELECT count(*) FROM entries"_s);
    return r.rows() ? r.integer(0, 0) : 0;
}

std::optional<HistoryEntry> PostgresHistoryStore::entry(qint64 id) const
{
    const PgResult r
        = read(u"SELECT "_s + kEntryColumns + u" FROM entries WHERE id=$1"_s, PgParams().add(id));
    if (r.rows() == 0)
        return std::nullopt;
    return readEntry([&r](int column) { return r.value(0, column); });
}

QList<StoredAttempt> PostgresHistoryStore::attempts(qint64 entryId) const
{
    QList<StoredAttempt> list;
    const PgResult r
        = read(u"SELECT kind, item_index, number, started_at, method, url, request, http_status, "
               "response, error, latency_ms, task_id FROM attempts WHERE entry_id=$1 ORDER BY id"_s,
            PgParams().add(entryId));
    for (int i = 0; i < r.rows(); ++i) {
        StoredAttempt a;
        a.kind = r.text(i, 0);
        a.itemIndex = int(r.integer(i, 1));
        a.number = int(r.integer(i, 2));
        a.startedAt = fromMs(r.integer(i, 3));
        a.method = r.text(i, 4);
        a.url = r.text(i, 5);
        a.request = r.bytes(i, 6);
        a.httpStatus = int(r.integer(i, 7));
        a.response = r.bytes(i, 8);
        a.error = r.text(i, 9);
        a.latencyMs = r.integer(i, 10);
        a.taskId = r.text(i, 11);
        list.append(a);
    }
    return list;
}

bool PostgresHistoryStore::forEachEntry(
    const std::function<bool(const HistoryEntry &)> &visit) const
{
    // Keyset pages, so that a history of millions is never held in memory at once.
    constexpr int kPage = 1000;
    qint64 after = 0;
    for (;;) {
        const PgResult r = read(
            u"SELECT "_s + kEntryColumns + u" FROM entries WHERE id > $1 ORDER BY id LIMIT $2"_s,
            PgParams().add(after).add(kPage));
        if (!r.ok())
            return false;
        for (int i = 0; i < r.rows(); ++i) {
            const HistoryEntry e = readEntry([&r, i](int column) { return r.value(i, column); });
            if (!visit(e))
                return true;
            after = e.id;
        }
        if (r.rows() < kPage)
            return true;
    }
}

QList<HistoryEntry> PostgresHistoryStore::entriesBefore(const Retention &retention, int limit) const
{
    const Where w = retentionWhere(retention, u"received_at"_s);
    QList<HistoryEntry> list;
    const PgResult r = read(numbered(u"SELECT "_s + kEntryColumns + u" FROM entries"_s + w.sql()
                                + u" ORDER BY id LIMIT ?"_s),
        paramsOf(QVariantList(w.values) << limit));
    for (int i = 0; i < r.rows(); ++i)
        list.append(readEntry([&r, i](int column) { return r.value(i, column); }));
    return list;
}

std::optional<OrderRecord> PostgresHistoryStore::order(const QString &orderKey) const
{
    const PgResult o = read(u"SELECT state, answer, cancel_answer, entry_id, retry_round, "
                            "next_retry_at, last_error, hotel FROM orders WHERE order_key=$1"_s,
        PgParams().add(orderKey));
    if (o.rows() == 0)
        return std::nullopt;
    OrderRecord order;
    order.orderKey = orderKey;
    order.state = deliveryStateFromString(o.text(0, 0));
    order.answer = o.bytes(0, 1);
    order.cancelAnswer = o.bytes(0, 2);
    order.entryId = o.integer(0, 3);
    order.retryRound = int(o.integer(0, 4));
    order.nextRetryAt = fromMs(o.integer(0, 5));
    order.lastError = o.text(0, 6);
    order.hotel = o.text(0, 7);
    const PgResult t = read(u"SELECT item_index, external_id, task_type_id, quantity, "
                            "external_ref, task_id, state, request FROM tasks WHERE order_key=$1 "
                            "ORDER BY item_index"_s,
        PgParams().add(orderKey));
    for (int i = 0; i < t.rows(); ++i) {
        TaskRecord task;
        task.itemIndex = int(t.integer(i, 0));
        task.externalId = t.text(i, 1);
        task.taskTypeId = int(t.integer(i, 2));
        task.quantity = int(t.integer(i, 3));
        task.externalRef = t.text(i, 4);
        task.taskId = t.text(i, 5);
        task.state = deliveryStateFromString(t.text(i, 6));
        task.request = t.text(i, 7).toUtf8();
        order.tasks.append(task);
    }
    return order;
}

QList<OrderRecord> PostgresHistoryStore::dueOrders(
    const QDateTime &now, int limit, const QStringList &skipHotels) const
{
    QList<OrderRecord> orders;
    const PgResult r
        = read(numbered(u"SELECT order_key FROM orders WHERE next_retry_at IS NOT "
                        "NULL AND next_retry_at <= ? AND "_s
                   + skippedHotelsSql(u"strpos"_s) + u" ORDER BY next_retry_at LIMIT ?"_s),
            PgParams().add(toMs(now)).add(skippedHotelsValue(skipHotels)).add(limit));
    for (int i = 0; i < r.rows(); ++i) {
        if (std::optional<OrderRecord> o = order(r.text(i, 0)))
            orders.append(*o);
    }
    return orders;
}

bool PostgresHistoryStore::holdOwnerLock() const
{
    // A session lock on the read connection: held until it closes (or the process dies).
    return m_read
        ->exec(
            u"SELECT pg_advisory_lock($1, $2)"_s, PgParams().add(kOwnerLockSpace).add(m_ownerKey))
        .ok();
}

QString PostgresHistoryStore::instanceName()
{
    static const QString name
        = u"%1:%2"_s.arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid());
    return name;
}

HistoryStore::Claim PostgresHistoryStore::claimOrder(const QString &orderKey, int leaseMs)
{
    // A new claim, or one whose lease has run out taken over with a new fence; none while
    // another instance's lease runs.
    const PgResult r = read(
        u"INSERT INTO order_claims(order_key, fence, owner, owner_key, lease_until) VALUES($1, "
        "nextval('order_claim_fence'), $2, $3, " HB_SERVER_NOW_MS " + $4) ON CONFLICT(order_key) "
        "DO UPDATE SET fence=excluded.fence, owner=excluded.owner, owner_key=excluded.owner_key, "
        "lease_until=excluded.lease_until WHERE NOT " HB_CLAIM_LIVE(
            "order_claims") " "
                            "RETURNING fence"_s,
        PgParams().add(orderKey).add(instanceName()).add(m_ownerKey).add(leaseMs));
    if (!r.ok() && r.sqlState() == PgConnection::kLockNotAvailable)
        return { Claim::Result::Busy, 0 }; // the claim row is locked by a save under way
    if (!r.ok())
        return { Claim::Result::Failed, 0 };
    if (r.rows() == 0)
        return { Claim::Result::Busy, 0 };
    return { Claim::Result::Held, r.integer(0, 0) };
}

void PostgresHistoryStore::releaseOrder(const QString &orderKey, qint64 fence)
{
    if (fence == 0)
        return;
    enqueue(
        [orderKey, fence](PgConnection &db, qint64 &, QString &error) {
            return run(db, u"DELETE FROM order_claims WHERE order_key=$1 AND fence=$2"_s,
                PgParams().add(orderKey).add(fence), error);
        },
        {});
}

QList<OrderRecord> PostgresHistoryStore::claimDueOrders(
    const QDateTime &now, int limit, int leaseMs, const QStringList &skipHotels)
{
    // Due orders no other instance is claiming right now (SKIP LOCKED) nor holds (a live lease),
    // of no hotel in skipHotels (skippedHotelsSql, its value as $7), claimed in one statement;
    // their next try moves to the lease's end, so that the order is due again should this instance
    // die with it.
    const qint64 nowMs = toMs(now);
    const PgResult r = read(
        u"WITH due AS MATERIALIZED (SELECT order_key FROM orders WHERE next_retry_at IS NOT NULL "
        "AND (next_retry_at <= $1 OR EXISTS (SELECT 1 FROM order_claims c WHERE "
        "c.order_key=orders.order_key AND NOT " HB_OWNER_ALIVE(
            "c") ")) "
                 "AND NOT EXISTS (SELECT 1 FROM order_claims c WHERE c.order_key=orders.order_key "
                 "AND " HB_CLAIM_LIVE("c") ") AND "_s
            + QString(skippedHotelsSql(u"strpos"_s)).replace(u'?', u"$7"_s)
            + u" ORDER BY next_retry_at LIMIT $2 FOR UPDATE SKIP LOCKED), "
              "claimed AS (INSERT INTO order_claims(order_key, fence, owner, "
              "owner_key, lease_until) "
              "SELECT order_key, nextval('order_claim_fence'), $3, "
              "$4, " HB_SERVER_NOW_MS " + $5 "
              "FROM due ON CONFLICT(order_key) DO UPDATE SET fence=excluded.fence, "
              "owner=excluded.owner, owner_key=excluded.owner_key, "
              "lease_until=excluded.lease_until "
              "WHERE NOT " HB_CLAIM_LIVE(
                  "order_claims") " RETURNING order_key, fence) "
                                  "UPDATE orders SET next_retry_at=$6 FROM claimed "
                                  "WHERE orders.order_key=claimed.order_key "
                                  "RETURNING orders.order_key, claimed.fence"_s,
        PgParams()
            .add(nowMs)
            .add(limit)
            .add(instanceName())
            .add(m_ownerKey)
            .add(leaseMs)
            .add(QDateTime::currentMSecsSinceEpoch() + leaseMs)
            .add(skippedHotelsValue(skipHotels)));
    QList<OrderRecord> orders;
    for (int i = 0; i < r.rows(); ++i) {
        if (std::optional<OrderRecord> o = order(r.text(i, 0))) {
            o->fence = r.integer(i, 1);
            orders.append(*o);
        }
    }
    return orders;
}

QDateTime PostgresHistoryStore::nextRetryAt() const
{
    const PgResult r = read(u"SELECT min(next_retry_at) FROM orders"_s);
    return r.rows() && !r.isNull(0, 0) ? fromMs(r.integer(0, 0)) : QDateTime();
}

int PostgresHistoryStore::pendingOrderCount() const
{
    const PgResult r = read(u"SELECT count(*) FROM orders WHERE state='pending'"_s);
    return r.rows() ? int(r.integer(0, 0)) : 0;
}

std::optional<MappingRow> PostgresHistoryStore::mapping(
    const QString &externalId, const QString &hotel) const
{
    // The hotel's own row sorts after the group's ('').
    const PgResult r = read(u"SELECT duve_external_id, hubos_task_type_id, label, enabled FROM "
                            "mappings WHERE duve_external_id=$1 AND hotel IN ($2, '') "
                            "ORDER BY hotel DESC LIMIT 1"_s,
        PgParams().add(externalId).add(hotel));
    if (r.rows() == 0)
        return std::nullopt;
    return MappingRow { r.text(0, 0), int(r.integer(0, 1)), r.text(0, 2), r.text(0, 3) == u"t"_s };
}

QList<MappingRow> PostgresHistoryStore::mappings(const QString &hotel) const
{
    QList<MappingRow> rows;
    // Byte order ("C"), as SQLite sorts: the same table in the same order on both engines.
    const PgResult r = read(u"SELECT duve_external_id, hubos_task_type_id, label, enabled FROM "
                            "mappings WHERE hotel=$1 ORDER BY length(duve_external_id), "
                            "duve_external_id COLLATE \"C\""_s,
        PgParams().add(hotel));
    for (int i = 0; i < r.rows(); ++i)
        rows.append({ r.text(i, 0), int(r.integer(i, 1)), r.text(i, 2), r.text(i, 3) == u"t"_s });
    return rows;
}

QList<RoomMapping> PostgresHistoryStore::roomMappings(const QString &hotel) const
{
    QList<RoomMapping> rows;
    const PgResult r = read(u"SELECT duve_room, hubos_room FROM room_mappings WHERE hotel=$1 "
                            "ORDER BY duve_room COLLATE \"C\""_s,
        PgParams().add(hotel));
    for (int i = 0; i < r.rows(); ++i)
        rows.append({ r.text(i, 0), r.text(i, 1) });
    return rows;
}

QList<HotelRecord> PostgresHistoryStore::hotels() const
{
    QList<HotelRecord> rows;
    const PgResult r = read(u"SELECT key, name, hubos_url, retention_days, enabled, added_at "
                            "FROM hotels ORDER BY key COLLATE \"C\""_s);
    for (int i = 0; i < r.rows(); ++i) {
        rows.append({ r.text(i, 0), r.text(i, 1), r.text(i, 2), int(r.integer(i, 3)),
            r.text(i, 4) == u"t"_s, fromMs(r.integer(i, 5)) });
    }
    return rows;
}

QList<RoomMapping> PostgresHistoryStore::reservationRooms() const
{
    QList<RoomMapping> rows;
    const PgResult r = read(u"SELECT reservation_id, room FROM reservation_rooms ORDER BY "
                            "reservation_id COLLATE \"C\""_s);
    for (int i = 0; i < r.rows(); ++i)
        rows.append({ r.text(i, 0), r.text(i, 1) });
    return rows;
}

QString PostgresHistoryStore::hubOsRoomFor(const QString &duveRoom, const QString &hotel) const
{
    const PgResult r = read(u"SELECT hubos_room FROM room_mappings WHERE duve_room=$1 AND hotel IN "
                            "($2, '') ORDER BY hotel DESC LIMIT 1"_s,
        PgParams().add(duveRoom).add(hotel));
    return r.rows() ? r.text(0, 0) : duveRoom;
}

QString PostgresHistoryStore::roomForReservation(const QString &reservationId) const
{
    if (reservationId.isEmpty())
        return QString();
    const PgResult r = read(u"SELECT room FROM reservation_rooms WHERE reservation_id=$1"_s,
        PgParams().add(reservationId));
    return r.rows() ? r.text(0, 0) : QString();
}

std::optional<Handling> PostgresHistoryStore::handling(qint64 entryId) const
{
    const PgResult r = read(
        u"SELECT note, \"by\", at FROM handled WHERE entry_id = $1"_s, PgParams().add(entryId));
    if (r.rows() == 0)
        return std::nullopt;
    return Handling { r.text(0, 0), r.text(0, 1), fromMs(r.integer(0, 2)) };
}
