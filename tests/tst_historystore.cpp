// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The history store, on either engine: migrations, durable group-committed writes, redaction,
// reads, search. The same suite runs twice under CTest: "historystore" on SQLite (with its own
// checks: WAL, the search index that trails the writes) and "historystore_postgres" on a real
// PostgreSQL that tests/with-postgres.sh starts (HUBBRIDGE_TEST_STORE=postgres).
#include "core/hubos/hubosclient.h"
#include "core/store/postgres/pgconnection.h"
#include "core/store/sqlite/sqlitehistorystore.h"
#include "core/store/storesql.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHistoryStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_store;
    QString path() const { return m_dir.filePath(u"history.sqlite"_s); }

    static bool onPostgres()
    {
        return qEnvironmentVariable("HUBBRIDGE_TEST_STORE") == u"postgres"_s;
    }
    static QString databaseName() { return u"hubbridge_test"_s; }
    // Where the store under test keeps its history.
    QString location() const
    {
        return onPostgres() ? u"postgresql:///"_s + databaseName() : path();
    }
    SqliteHistoryStore *sqlite() const { return dynamic_cast<SqliteHistoryStore *>(m_store.get()); }
    std::unique_ptr<HistoryStore> openStore()
    {
        auto store = HistoryStore::create(location());
        QString error;
        if (!store->open(&error))
            qWarning().noquote() << "cannot open the store:" << error;
        return store;
    }

    // The first value `statement` gives, on a connection of its own (not the store's).
    QVariant sql(const QString &statement) const
    {
        QVariant value;
        if (onPostgres()) {
            PgConnection db;
            QString error;
            if (!db.open(location() + u"?application_name=tests"_s, &error)) {
                qWarning().noquote() << error;
                return value;
            }
            const PgResult r = db.exec(statement);
            if (!r.ok())
                qWarning().noquote() << statement << r.error();
            else if (r.rows() > 0)
                value = r.value(0, 0);
            return value;
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"poke"_s);
            db.setDatabaseName(path());
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(statement) && q.next())
                    value = q.value(0);
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(u"poke"_s);
        return value;
    }

    void startFresh()
    {
        if (onPostgres()) {
            QCOMPARE(TestSupport::freshStoreUrl(databaseName()), location());
            return;
        }
        QFile::remove(path());
        QFile::remove(path() + u"-wal"_s);
        QFile::remove(path() + u"-shm"_s);
    }

    qint64 insert(const HistoryEntry &e)
    {
        qint64 id = -1;
        m_store->insertEntry(e, [&id](bool ok, qint64 newId) { id = ok ? newId : 0; });
        if (!QTest::qWaitFor([&id] { return id >= 0; }, 10000))
            return -1;
        return id;
    }

    static HistoryEntry sampleEntry()
    {
        HistoryEntry e;
        e.receivedAt = QDateTime::fromString(u"2026-01-02T03:04:05.678Z"_s, Qt::ISODateWithMs);
        e.remoteAddress = u"192.0.2.7"_s;
        e.method = u"POST"_s;
        e.path = u"/webhooks/duve"_s;
        const HubOsCredentials c = TestSupport::testCredentials();
        e.headers
            = { { "Content-Type", "application/json" }, { "custom_hotel_id", c.hotelId.toUtf8() },
                  { "Custom-Access-Token", c.accessToken.toUtf8() },
                  { "CUSTOM_PASSWORD_TOKEN", c.passwordToken.toUtf8() }, { "X-Trace", "abc" },
                  { "Forwarded", R"(for="192.0.2.60";proto=http)" }, { "x-trace", "d\\e" } };
        e.body = R"({"event":"orderCreated"})";
        e.bodySize = e.body.size();
        e.event = u"orderCreated"_s;
        e.orderKey = u"ord-1"_s;
        e.orderNumber = u"16801"_s;
        e.reservationId = u"res-1"_s;
        e.room = u"204"_s;
        e.guest = u"Bobby Smith"_s;
        e.externalIds = { u"4"_s, u"6"_s };
        return e;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        startFresh();
        m_store = HistoryStore::create(location());
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));
    }

    void cleanup() { m_store.reset(); }

    void freshDatabaseIsMigrated()
    {
        QVERIFY(m_store->schemaVersion() > 0);
        if (sqlite()) {
            QCOMPARE(m_store->schemaVersion(), SqliteHistoryStore::latestSchemaVersion());
            QCOMPARE(sqlite()->journalMode(), u"wal"_s);
        }
        const QList<MappingRow> rows = m_store->mappings();
        QCOMPARE(rows.size(), 25);
        QCOMPARE(rows.front().duveExternalId, u"2"_s);
        QCOMPARE(rows.front().hubOsTaskTypeId, 2);
        QCOMPARE(rows.back().duveExternalId, u"26"_s);
        QCOMPARE(m_store->mapping(u"4"_s)->label, u"Serve towels"_s);
        QVERIFY(!m_store->mapping(u"1"_s));
    }

    void reopeningKeepsDataAndDoesNotMigrateAgain()
    {
        bool done = false;
        m_store->removeMapping(u"4"_s, [&done](bool ok) { done = ok; });
        QTRY_VERIFY(done);
        QVERIFY(insert(sampleEntry()) > 0);
        const int schema = m_store->schemaVersion();
        m_store.reset();

        m_store = openStore();
        QVERIFY(m_store->isOpen());
        QCOMPARE(m_store->schemaVersion(), schema);
        QCOMPARE(m_store->entryCount(), 1);
        QVERIFY(!m_store->mapping(u"4"_s)); // the seed did not come back
        QCOMPARE(m_store->mappings().size(), 24);
    }

    void newerSchemaIsRefused()
    {
        const int newer = m_store->schemaVersion() + 1;
        m_store.reset();
        sql(onPostgres() ? u"UPDATE hubbridge_schema SET version=%1"_s.arg(newer)
                         : u"PRAGMA user_version=%1"_s.arg(newer));
        auto store = HistoryStore::create(location());
        QString error;
        QVERIFY(!store->open(&error));
        QVERIFY2(error.contains(u"newer"_s), qPrintable(error));
    }

    void entryRoundTripWithRedactedHeaders()
    {
        QSignalSpy changed(m_store.get(), &HistoryStore::entryChanged);
        HistoryEntry e = sampleEntry();
        e.outcome = Outcome::Created;
        e.httpStatus = 200;
        e.answer = R"({"status":"created"})";
        e.tasks = QJsonArray { QJsonObject { { u"taskId"_s, u"HT-1"_s } } };
        e.answeredAt = e.receivedAt.addMSecs(12);
        const qint64 id = insert(e);
        QVERIFY(id > 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.front().front().toLongLong(), id);

        const std::optional<HistoryEntry> back = m_store->entry(id);
        QVERIFY(back);
        QCOMPARE(back->receivedAt, e.receivedAt);
        QCOMPARE(back->answeredAt, e.answeredAt);
        QCOMPARE(back->remoteAddress, e.remoteAddress);
        QCOMPARE(back->room, u"204"_s);
        QCOMPARE(back->guest, u"Bobby Smith"_s);
        QCOMPARE(back->externalIds, (QStringList { u"4"_s, u"6"_s }));
        QCOMPARE(back->outcome, Outcome::Created);
        QCOMPARE(back->httpStatus, 200);
        QCOMPARE(back->body, e.body);
        QCOMPARE(back->tasks, e.tasks);
        int redacted = 0;
        for (const auto &h : back->headers) {
            if (h.first.startsWith("custom")) {
                QCOMPARE(h.second, QByteArray("***"));
                ++redacted;
            }
            if (h.first == "x-trace") // a repeated header's values joined
                QCOMPARE(h.second, QByteArray("abc, d\\e"));
            if (h.first == "forwarded")
                QCOMPARE(h.second, QByteArray(R"(for="192.0.2.60";proto=http)"));
        }
        QCOMPARE(redacted, 3);
    }

    void noCredentialValueReachesTheDisk()
    {
        HistoryEntry e = sampleEntry();
        QVERIFY(insert(e) > 0);
        HubOsAttempt a;
        a.startedAt = QDateTime::currentDateTimeUtc();
        a.number = 1;
        a.method = "POST";
        a.url = QUrl(u"http://127.0.0.1:1/v1/tasks"_s);
        a.requestHeaders = R"({"X-Access-Token":"***"})";
        a.requestBody = R"({"room":"204"})";
        a.httpStatus = 201;
        m_store->addAttempt(1, u"create"_s, 0, a);
        QVERIFY(m_store->waitForWrites());
        m_store.reset(); // checkpoint and close

        const HubOsCredentials c = TestSupport::testCredentials();
        if (onPostgres()) {
            // Every row of every table, as text.
            const QByteArray everything
                = sql(u"SELECT string_agg(t, ' ') FROM (SELECT e::text AS t FROM entries e "
                      "UNION ALL SELECT a::text FROM attempts a UNION ALL SELECT o::text FROM "
                      "orders o) rows"_s)
                      .toString()
                      .toUtf8();
            QVERIFY(everything.contains("X-Trace") || everything.contains("x-trace"));
            for (const QString &secret : { c.hotelId, c.accessToken, c.passwordToken })
                QVERIFY2(!everything.contains(secret.toUtf8()), qPrintable(secret));
            return;
        }
        QDirIterator it(m_dir.path(), QDir::Files);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            ++files;
            for (const QString &secret : { c.hotelId, c.accessToken, c.passwordToken })
                QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(f.fileName()));
        }
        QVERIFY(files >= 1);
    }

    void updateAndAttempts()
    {
        HistoryEntry e = sampleEntry();
        e.id = insert(e);
        QVERIFY(e.id > 0);
        for (int n = 1; n <= 2; ++n) {
            HubOsAttempt a;
            a.startedAt = QDateTime::currentDateTimeUtc();
            a.number = n;
            a.method = "POST";
            a.url = QUrl(u"http://hubos.test/v1/tasks"_s);
            a.requestBody = R"({"taskTypeId":4})";
            a.httpStatus = n == 1 ? 503 : 201;
            a.responseBody = n == 1 ? R"({"error":"x"})" : R"({"taskId":"HT-9"})";
            a.error = n == 1 ? u"Hub OS server error (HTTP 503)"_s : QString();
            a.latencyMs = 10 * n;
            a.taskId = n == 2 ? u"HT-9"_s : QString();
            m_store->addAttempt(e.id, u"create"_s, 0, a);
        }
        e.outcome = Outcome::Created;
        e.httpStatus = 200;
        e.attempts = 2;
        bool updated = false;
        m_store->updateEntry(e, [&updated](bool ok) { updated = ok; });
        QTRY_VERIFY(updated);
        QCOMPARE(m_store->entry(e.id)->outcome, Outcome::Created);
        QCOMPARE(m_store->entry(e.id)->attempts, 2);
        const QList<StoredAttempt> attempts = m_store->attempts(e.id);
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts[0].httpStatus, 503);
        QCOMPARE(attempts[0].error, u"Hub OS server error (HTTP 503)"_s);
        QCOMPARE(attempts[1].taskId, u"HT-9"_s);
        QCOMPARE(attempts[1].latencyMs, 20);
        const QJsonObject sent = QJsonDocument::fromJson(attempts[1].request).object();
        QCOMPARE(sent.value(u"body"_s).toObject().value(u"taskTypeId"_s).toInt(), 4);
        QVERIFY(sent.value(u"headers"_s).isObject());

        // A body that is not a JSON object (a GET's empty one, or text) is kept as a string.
        for (const QByteArray &body : { QByteArray(), QByteArray("plain \"text\"\n") }) {
            HubOsAttempt read;
            read.startedAt = QDateTime::currentDateTimeUtc();
            read.method = "GET";
            read.url = QUrl(u"http://hubos.test/v1/rooms"_s);
            read.requestBody = body;
            m_store->addAttempt(e.id, u"read"_s, 0, read);
            QVERIFY(m_store->waitForWrites());
            QJsonParseError error;
            const QJsonDocument stored
                = QJsonDocument::fromJson(m_store->attempts(e.id).last().request, &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(stored.object().value(u"body"_s).toString(), QString::fromUtf8(body));
        }
    }

    void aNoteOnAnEntryKeepsWhatDuveWasTold()
    {
        // A retry on another instance notes its result on the entry of the request that brought
        // the order, while that request's own answer may be written at the same moment: the note
        // changes only what it adds (the group rig once lost a "200 created" this way).
        HistoryEntry e = sampleEntry();
        e.id = insert(e);
        QVERIFY(e.id > 0);
        e.outcome = Outcome::Created;
        e.httpStatus = 200;
        e.code = u"created"_s;
        e.answer = R"({"status":"created"})";
        e.detail = u"Created at once."_s;
        e.attempts = 1;
        e.answeredAt = QDateTime::currentDateTimeUtc();
        m_store->updateEntry(e);
        EntryNote note;
        note.outcome = Outcome::Created;
        note.tasks = QJsonArray { QJsonObject { { u"taskId"_s, u"HT-1"_s } } };
        note.addedAttempts = 2;
        note.addedDetail = u"Background retry 1 created the task(s)."_s;
        m_store->noteOnEntry(e.id, note);
        QVERIFY(m_store->waitForWrites());
        const HistoryEntry stored = *m_store->entry(e.id);
        QCOMPARE(stored.httpStatus, 200);
        QCOMPARE(stored.code, u"created"_s);
        QCOMPARE(stored.answer, e.answer);
        QCOMPARE(stored.answeredAt.toMSecsSinceEpoch(), e.answeredAt.toMSecsSinceEpoch());
        QCOMPARE(stored.attempts, 3);
        QCOMPARE(stored.detail, u"Created at once. Background retry 1 created the task(s)."_s);
        QCOMPARE(stored.tasks, note.tasks);

        // On an entry without a detail yet, the note is the detail.
        HistoryEntry bare = sampleEntry();
        bare.id = insert(bare);
        note.outcome = Outcome::Pending;
        note.reason = Reason(Reason::Code::HubOsUnavailable);
        note.addedDetail = u"Background retry 2 failed: no route."_s;
        m_store->noteOnEntry(bare.id, note);
        QVERIFY(m_store->waitForWrites());
        const HistoryEntry noted = *m_store->entry(bare.id);
        QCOMPARE(noted.detail, note.addedDetail);
        QCOMPARE(noted.outcome, Outcome::Pending);
        QCOMPARE(noted.reason, note.reason);
        QCOMPARE(noted.httpStatus, 0);
    }

    void ordersAndTasks()
    {
        OrderRecord o;
        o.orderKey = u"ord-7"_s;
        o.state = DeliveryState::Pending;
        o.entryId = 3;
        o.tasks = { TaskRecord {
                        0, u"4"_s, 4, 2, u"duve:ord-7:0"_s, QString(), DeliveryState::Pending },
            TaskRecord { 1, u"6"_s, 6, 1, u"duve:ord-7:1"_s, QString(), DeliveryState::Pending } };
        bool saved = false;
        m_store->saveOrder(o, [&saved](bool ok) { saved = ok; });
        QTRY_VERIFY(saved);
        std::optional<OrderRecord> back = m_store->order(u"ord-7"_s);
        QVERIFY(back);
        QCOMPARE(back->state, DeliveryState::Pending);
        QCOMPARE(back->tasks.size(), 2);
        QCOMPARE(back->tasks[0].quantity, 2);
        QCOMPARE(back->tasks[1].externalRef, u"duve:ord-7:1"_s);

        o.state = DeliveryState::Created;
        o.answer = R"({"status":"created"})";
        o.tasks[0].taskId = u"HT-1"_s;
        o.tasks[0].state = DeliveryState::Created;
        saved = false;
        m_store->saveOrder(o, [&saved](bool ok) { saved = ok; });
        QTRY_VERIFY(saved);
        back = m_store->order(u"ord-7"_s);
        QCOMPARE(back->state, DeliveryState::Created);
        QCOMPARE(back->answer, o.answer);
        QCOMPARE(back->tasks[0].taskId, u"HT-1"_s);
        QCOMPARE(back->tasks.size(), 2);
        QVERIFY(!m_store->order(u"nope"_s));
    }

    // The outbox leaves out the hotels that have as many retries running as they may have: the
    // others' due orders are still taken (claimed, on a shared store).
    void dueOrdersLeaveOutTheHotelsAskedFor()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int i = 0;
        for (const QString &hotel : { QString(), u"porto"_s, u"lisbon"_s }) {
            OrderRecord o;
            o.orderKey = u"due-%1"_s.arg(hotel.isEmpty() ? u"own"_s : hotel);
            o.hotel = hotel;
            o.state = DeliveryState::Pending;
            o.entryId = insert(sampleEntry());
            o.nextRetryAt = now.addSecs(-10 + i++);
            m_store->saveOrder(o);
        }
        QVERIFY(m_store->waitForWrites());
        const auto keys = [](const QList<OrderRecord> &orders) {
            QStringList list;
            for (const OrderRecord &o : orders)
                list.append(o.orderKey);
            return list;
        };
        QCOMPARE(keys(m_store->dueOrders(now, 10)),
            (QStringList { u"due-own"_s, u"due-porto"_s, u"due-lisbon"_s }));
        QCOMPARE(keys(m_store->dueOrders(now, 10, { u"porto"_s })),
            (QStringList { u"due-own"_s, u"due-lisbon"_s }));
        QCOMPARE(keys(m_store->dueOrders(now, 10, { QString() })),
            (QStringList { u"due-porto"_s, u"due-lisbon"_s }));
        QCOMPARE(keys(m_store->dueOrders(now, 10, { QString(), u"lisbon"_s })),
            QStringList { u"due-porto"_s });
        QCOMPARE(keys(m_store->claimDueOrders(now, 10, 60000, { u"porto"_s, u"lisbon"_s })),
            QStringList { u"due-own"_s });
    }

    // What a live instance may still answer is left alone: only entries received before the
    // bound are marked interrupted (instances sharing a database pass the oldest time a live
    // one could still be answering).
    void interruptedWorkIsMarkedOnlyBeforeTheBound()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        qint64 oldId = 0, newId = 0;
        HistoryEntry e = sampleEntry();
        e.outcome = Outcome::Received;
        e.receivedAt = now.addSecs(-120);
        m_store->insertEntry(e, [&oldId](bool, qint64 id) { oldId = id; });
        e.receivedAt = now.addSecs(-1);
        m_store->insertEntry(e, [&newId](bool, qint64 id) { newId = id; });
        bool done = false;
        m_store->recoverInterruptedWork(now.addSecs(-60), [&done](bool ok) { done = ok; });
        QTRY_VERIFY(done);
        QCOMPARE(m_store->entry(oldId)->outcome, Outcome::Interrupted);
        QCOMPARE(m_store->entry(oldId)->reason.code(), Reason::Code::Interrupted);
        QCOMPARE(m_store->entry(newId)->outcome, Outcome::Received);
    }

    void remembersRooms()
    {
        m_store->rememberRoom(u"res-1"_s, u"101"_s);
        m_store->rememberRoom(u"res-1"_s, u"305"_s); // a room change wins
        m_store->rememberRoom(u"res-2"_s, u"110"_s);
        QVERIFY(m_store->waitForWrites());
        QCOMPARE(m_store->roomForReservation(u"res-1"_s), u"305"_s);
        QCOMPARE(m_store->roomForReservation(u"res-2"_s), u"110"_s);
        QCOMPARE(m_store->roomForReservation(u"res-3"_s), QString());
        QCOMPARE(m_store->roomForReservation(QString()), QString());
    }

    void editsMappings()
    {
        QSignalSpy changed(m_store.get(), &HistoryStore::mappingsChanged);
        m_store->saveMapping({ u"200"_s, 4, u"Towel service"_s, true });
        m_store->saveMapping({ u"100"_s, 3, u"Room cleaning"_s, false });
        QVERIFY(m_store->waitForWrites());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(m_store->mapping(u"200"_s)->hubOsTaskTypeId, 4);
        QCOMPARE(m_store->mapping(u"100"_s)->enabled, false);

        // Renaming the external ID moves the row.
        m_store->saveMapping({ u"201"_s, 4, u"Towels"_s, true }, u"200"_s);
        m_store->removeMapping(u"100"_s);
        QVERIFY(m_store->waitForWrites());
        QVERIFY(!m_store->mapping(u"200"_s));
        QCOMPARE(m_store->mapping(u"201"_s)->label, u"Towels"_s);
        QVERIFY(!m_store->mapping(u"100"_s));

        m_store->replaceMappings({ { u"7"_s, 7, u"Amenities"_s, true } });
        QVERIFY(m_store->waitForWrites());
        QCOMPARE(m_store->mappings().size(), 1);
    }

    void keepsAGroupsHotels()
    {
        QSignalSpy changed(m_store.get(), &HistoryStore::hotelsChanged);
        QVERIFY(m_store->hotels().isEmpty()); // a single hotel's Hubbridge has none
        const QDateTime added = QDateTime::fromMSecsSinceEpoch(1765000000000, Qt::UTC);
        m_store->saveHotel({ u"porto"_s, u"Porto Ribeira"_s, {}, 30, true, added });
        m_store->saveHotel({ u"lisbon"_s, u"Lisboa \u00c1gua"_s, u"https://hubos.example/api"_s, -1,
            false, added });
        QVERIFY(m_store->waitForWrites());
        QCOMPARE(changed.size(), 2);
        QList<HotelRecord> hotels = m_store->hotels();
        QCOMPARE(hotels.size(), 2);
        QCOMPARE(hotels[0].key, u"lisbon"_s); // by key
        QCOMPARE(hotels[0].name, u"Lisboa \u00c1gua"_s);
        QCOMPARE(hotels[0].hubOsUrl, u"https://hubos.example/api"_s);
        QCOMPARE(hotels[0].retentionDays, -1);
        QVERIFY(!hotels[0].enabled);
        QCOMPARE(hotels[1].retentionDays, 30);
        QCOMPARE(hotels[1].addedAt, added);

        // Saving again changes it in place; the day it was added stays.
        m_store->saveHotel(
            { u"porto"_s, u"Porto"_s, {}, 0, false, QDateTime::currentDateTimeUtc() });
        m_store->removeHotel(u"lisbon"_s);
        QVERIFY(m_store->waitForWrites());
        hotels = m_store->hotels();
        QCOMPARE(hotels.size(), 1);
        QCOMPARE(hotels[0].name, u"Porto"_s);
        QCOMPARE(hotels[0].retentionDays, 0);
        QVERIFY(!hotels[0].enabled);
        QCOMPARE(hotels[0].addedAt, added);
    }

    void aHotelsOwnRowsReplaceTheGroupsRowByRow()
    {
        m_store->replaceMappings(
            { { u"7"_s, 7, u"Amenities"_s, true }, { u"8"_s, 8, u"Minibar"_s, true } });
        m_store->saveRoomMapping({ u"101"_s, u"A-101"_s });
        // Porto's own: 7 goes elsewhere, 8 is off; its room 101 has another name.
        m_store->saveMapping({ u"7"_s, 12, u"Porto amenities"_s, true }, {}, {}, u"porto"_s);
        m_store->saveMapping({ u"8"_s, 8, u"Minibar"_s, false }, {}, {}, u"porto"_s);
        m_store->saveRoomMapping({ u"101"_s, u"P-101"_s }, {}, {}, u"porto"_s);
        QVERIFY(m_store->waitForWrites());

        QCOMPARE(m_store->mapping(u"7"_s)->hubOsTaskTypeId, 7); // the group's
        QCOMPARE(m_store->mapping(u"7"_s, u"porto"_s)->hubOsTaskTypeId, 12);
        QCOMPARE(m_store->mapping(u"7"_s, u"lisbon"_s)->hubOsTaskTypeId, 7); // no rows of its own
        QCOMPARE(m_store->mapping(u"8"_s, u"porto"_s)->enabled, false);
        QVERIFY(!m_store->mapping(u"9"_s, u"porto"_s));
        QCOMPARE(m_store->hubOsRoomFor(u"101"_s), u"A-101"_s);
        QCOMPARE(m_store->hubOsRoomFor(u"101"_s, u"porto"_s), u"P-101"_s);
        QCOMPARE(m_store->hubOsRoomFor(u"101"_s, u"lisbon"_s), u"A-101"_s);
        QCOMPARE(m_store->hubOsRoomFor(u"102"_s, u"porto"_s), u"102"_s);

        // Lists and writes are of one table.
        QCOMPARE(m_store->mappings().size(), 2);
        QCOMPARE(m_store->mappings(u"porto"_s).size(), 2);
        QCOMPARE(m_store->mappings(u"porto"_s).front().label, u"Porto amenities"_s);
        QCOMPARE(
            m_store->roomMappings(u"porto"_s), QList<RoomMapping>({ { u"101"_s, u"P-101"_s } }));
        m_store->removeMapping(u"7"_s, {}, u"porto"_s); // Porto follows the group's 7 again
        m_store->removeRoomMapping(u"101"_s, {}, u"porto"_s);
        m_store->replaceMappings({}, {}, u"lisbon"_s); // the group's table stays
        QVERIFY(m_store->waitForWrites());
        QCOMPARE(m_store->mapping(u"7"_s, u"porto"_s)->hubOsTaskTypeId, 7);
        QCOMPARE(m_store->hubOsRoomFor(u"101"_s, u"porto"_s), u"A-101"_s);
        QCOMPARE(m_store->mappings().size(), 2);
        QCOMPARE(m_store->mappings(u"porto"_s).size(), 1);
        m_store->replaceMappings({}, {}, u"porto"_s);
        QVERIFY(m_store->waitForWrites());
        QCOMPARE(m_store->mappings().size(), 2);
        QVERIFY(m_store->mappings(u"porto"_s).isEmpty());
    }

    void groupCommitKeepsOrderAndDurability()
    {
        const int n = 500;
        QList<qint64> ids;
        for (int i = 0; i < n; ++i) {
            HistoryEntry e = sampleEntry();
            e.orderKey = u"ord-%1"_s.arg(i);
            m_store->insertEntry(e, [&ids](bool ok, qint64 id) {
                QVERIFY(ok);
                ids.append(id);
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(ids.size(), n, 20000);
        for (int i = 1; i < n; ++i)
            QVERIFY(ids[i] > ids[i - 1]); // callbacks in submission order

        // What the callback reported is committed: a separate connection sees it.
        QCOMPARE(sql(u"SELECT count(*) FROM entries"_s).toInt(), n);
        if (sqlite())
            QCOMPARE(sql(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);

        int visited = 0;
        QString first;
        QString previous;
        m_store->forEachEntry([&](const HistoryEntry &e) -> bool {
            if (visited == 0)
                first = e.orderKey;
            previous = e.orderKey;
            return ++visited < 10; // stops when asked
        });
        QCOMPARE(visited, 10);
        QCOMPARE(first, u"ord-0"_s);
        QCOMPARE(previous, u"ord-9"_s);
    }

    void aFailingWriteDoesNotSinkItsBatch()
    {
        // Batches commit without savepoints; a job that fails sends its batch through again
        // with each job on its own. 400 writes queued at once land in a few batches, the bad
        // one (an attempt for an entry that does not exist: a foreign-key error) in the middle.
        const int n = 400;
        int okCount = 0;
        int failed = 0;
        for (int i = 0; i < n; ++i) {
            if (i == n / 2) {
                HubOsAttempt orphan;
                orphan.startedAt = QDateTime::currentDateTimeUtc();
                orphan.method = "POST";
                orphan.url = QUrl(u"http://hubos.invalid/tasks"_s);
                m_store->addAttempt(999999, u"create"_s, 0, orphan);
                m_store->saveMapping({ u"77"_s, 7, u"Cot"_s }, QString(),
                    [&okCount, &failed](bool ok) { ok ? ++okCount : ++failed; });
            }
            HistoryEntry e = sampleEntry();
            e.orderKey = u"ord-%1"_s.arg(i);
            m_store->insertEntry(
                e, [&okCount, &failed](bool ok, qint64) { ok ? ++okCount : ++failed; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(okCount + failed, n + 1, 20000);
        QCOMPARE(failed, 0);
        QCOMPARE(m_store->entryCount(), qint64(n));
        QVERIFY(m_store->mapping(u"77"_s).has_value());
        QVERIFY(m_store->attempts(999999).isEmpty());

        // The store goes on writing afterwards.
        QVERIFY(insert(sampleEntry()) > 0);
    }
    void browsingPagesFiltersAndSearch()
    {
        const QStringList guests { u"Bobby Smith"_s, u"Ana Müller"_s, u"Chen Wei"_s };
        const QList<Outcome> outcomes { Outcome::Created, Outcome::Failed, Outcome::Ignored };
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
        for (int i = 0; i < 300; ++i) {
            HistoryEntry e = sampleEntry();
            e.receivedAt = start.addSecs(i * 3600);
            e.guest = guests[i % 3];
            e.room = QString::number(100 + i % 10);
            e.orderKey = u"order-%1"_s.arg(i);
            e.service = i % 2 ? u"Towel service"_s : u"Deep cleaning"_s;
            e.outcome = outcomes[i % 3];
            e.event = i % 5 ? u"orderCreated"_s : u"orderCancelled"_s;
            e.body = QByteArray(R"({"note":"crib number )") + QByteArray::number(i) + "\"}";
            m_store->insertEntry(e, {});
        }
        QVERIFY(m_store->waitForWrites());

        // Newest first, page after page, no gaps, no repeats.
        HistoryFilter all;
        QCOMPARE(m_store->count(all), 300);
        QList<HistoryRow> first = m_store->page(all, 0, 100);
        QCOMPARE(first.size(), 100);
        QCOMPARE(first.front().orderKey, u"order-299"_s);
        QList<HistoryRow> second = m_store->page(all, first.back().id, 100);
        QCOMPARE(second.front().orderKey, u"order-199"_s);
        QCOMPARE(m_store->page(all, 1, 100).size(), 0);
        QCOMPARE(first.front().service, u"Towel service"_s);
        QCOMPARE(first.front().guest, u"Chen Wei"_s); // 299 % 3

        HistoryFilter failed;
        failed.outcomes = { Outcome::Failed };
        QCOMPARE(m_store->count(failed), 100);
        for (const HistoryRow &r : m_store->page(failed, 0, 50))
            QCOMPARE(r.outcome, Outcome::Failed);

        HistoryFilter room;
        room.room = u"105"_s;
        QCOMPARE(m_store->count(room), 30);

        HistoryFilter lastDay;
        lastDay.from = start.addSecs(299 * 3600 - 86400);
        QCOMPARE(m_store->count(lastDay), 25); // hours 275 to 299, from is inclusive

        HistoryFilter cancels;
        cancels.events = { u"orderCancelled"_s };
        QCOMPARE(m_store->count(cancels), 60);

        HistoryFilter search;
        search.search = u"smith"_s;
        QCOMPARE(m_store->count(search), 100);
        search.search = u"muller"_s; // diacritics folded: Müller
        QCOMPARE(m_store->count(search), 100);
        search.search = u"ana mül"_s; // every word, as a prefix
        QCOMPARE(m_store->count(search), 100);
        search.search = u"crib number 42"_s; // in the payload
        QCOMPARE(m_store->count(search), 1);
        search.search = u"\"unbalanced AND ("_s; // typed text is never FTS syntax
        QCOMPARE(m_store->count(search), 0);
        search.search = u"order-17"_s;
        QVERIFY(m_store->count(search) >= 1);

        HistoryFilter combined;
        combined.search = u"chen"_s;
        combined.outcomes = { Outcome::Ignored };
        const QList<HistoryRow> rows = m_store->page(combined, 0, 500);
        QCOMPARE(rows.size(), 100);
        QCOMPARE(m_store->count(combined), 100);

        // New entries after what is shown.
        HistoryEntry late = sampleEntry();
        late.guest = u"Late Guest"_s;
        const qint64 lateId = insert(late);
        const QList<HistoryRow> newer = m_store->newerThan(all, first.front().id, 10);
        QCOMPARE(newer.size(), 1);
        QCOMPARE(newer.front().id, lateId);

        // The search index follows deletions.
        bool pruned = false;
        m_store->pruneBatch(start.addSecs(150 * 3600), 1000, [&](bool ok, int) { pruned = ok; });
        QTRY_VERIFY(pruned);
        search.search = u"crib number 42"_s;
        QCOMPARE(m_store->count(search), 0);
        search.search = u"crib number 242"_s;
        QCOMPARE(m_store->count(search), 1);
    }

    void eachHotelKeepsItsHistoryForItsOwnTime()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Entries 20, 5 and 0 days old of the database's own hotel, Porto (keeps 3 days) and
        // Lisbon (keeps forever); each with a settled order.
        QHash<QString, qint64> ids;
        for (const QString &hotel : { QString(), u"porto"_s, u"lisbon"_s }) {
            for (int days : { 20, 5, 0 }) {
                HistoryEntry e = sampleEntry();
                e.hotel = hotel;
                e.receivedAt = now.addDays(-days);
                e.orderKey = u"%1-%2"_s.arg(hotel.isEmpty() ? u"own"_s : hotel).arg(days);
                ids.insert(e.orderKey, insert(e));
                OrderRecord o;
                o.orderKey = e.orderKey;
                o.hotel = hotel;
                o.state = DeliveryState::Created;
                o.entryId = ids.value(e.orderKey);
                m_store->saveOrder(o);
            }
        }
        QVERIFY(m_store->waitForWrites());

        Retention retention(now.addDays(-10)); // everyone else: 10 days
        retention.hotels.insert(u"porto"_s, now.addDays(-3));
        retention.hotels.insert(u"lisbon"_s, QDateTime());
        QCOMPARE(m_store->entriesBefore(retention, 100).size(), 3); // own-20, porto-20, porto-5
        int removed = -1;
        m_store->pruneBatch(retention, 100, [&removed](bool ok, int n) { removed = ok ? n : -2; });
        QTRY_COMPARE(removed, 3);
        for (const QString &gone : { u"own-20"_s, u"porto-20"_s, u"porto-5"_s })
            QVERIFY2(!m_store->entry(ids.value(gone)), qPrintable(gone));
        for (const QString &kept :
            { u"own-5"_s, u"own-0"_s, u"porto-0"_s, u"lisbon-20"_s, u"lisbon-5"_s, u"lisbon-0"_s })
            QVERIFY2(m_store->entry(ids.value(kept)), qPrintable(kept));

        // With no entry left to prune, the settled orders go by the same rules.
        Retention later(now.addSecs(60));
        later.hotels.insert(u"lisbon"_s, QDateTime());
        removed = -1;
        while (removed != 0) {
            removed = -1;
            m_store->pruneBatch(later, 100, [&removed](bool ok, int n) { removed = ok ? n : -2; });
            QTRY_VERIFY(removed >= 0);
        }
        QVERIFY(!m_store->order(u"own-0"_s) && !m_store->order(u"porto-0"_s));
        QVERIFY(m_store->order(u"lisbon-20"_s) && m_store->order(u"lisbon-0"_s));
        QVERIFY(!Retention().prunesAnything());
        Retention forever;
        forever.hotels.insert(u"lisbon"_s, QDateTime());
        QVERIFY(!forever.prunesAnything());
        QVERIFY(m_store->entriesBefore(forever, 100).isEmpty());
    }

    // The open problems follow every write: a failure, a retry waiting, a later entry of the
    // same order, a problem marked handled, an outcome changed, an entry pruned, orders
    // interrupted by a stop. On SQLite they are a table kept by the writes
    // (core/store/sqlite/openproblems.h); the oracle is the query that defines them, run over the
    // whole history.
    void entryCountsFollowEveryWrite()
    {
        // What count() answers for everything, and for one hotel, is what counting finds.
        const auto check = [this] {
            for (const std::optional<QString> &hotel :
                { std::optional<QString>(), std::optional<QString>(u""_s),
                    std::optional<QString>(u"porto"_s), std::optional<QString>(u"lisbon"_s) }) {
                HistoryFilter f;
                f.hotel = hotel;
                const qint64 counted = sql(u"SELECT count(*) FROM entries"_s
                    + (hotel ? u" WHERE hotel = '%1'"_s.arg(*hotel) : QString()))
                                           .toLongLong();
                if (m_store->count(f) != counted)
                    return false;
            }
            return m_store->entryCount() == sql(u"SELECT count(*) FROM entries"_s).toLongLong();
        };
        const auto entry = [](const QString &hotel, int daysAgo) {
            HistoryEntry e = sampleEntry();
            e.hotel = hotel;
            e.receivedAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
            return e;
        };
        QVERIFY(check());
        for (int i = 0; i < 3; ++i) {
            insert(entry(QString(), 40));
            insert(entry(u"porto"_s, 20 * i));
        }
        insert(entry(u"lisbon"_s, 1));
        QCOMPARE(m_store->count(HistoryFilter()), 7);
        QVERIFY(check());

        // Porto keeps 10 days, everyone else 30: five entries go, in batches of two.
        Retention retention(QDateTime::currentDateTimeUtc().addDays(-30));
        retention.hotels.insert(u"porto"_s, QDateTime::currentDateTimeUtc().addDays(-10));
        for (int expected : { 2, 2, 1, 0 }) {
            int removed = -1;
            m_store->pruneBatch(
                retention, 2, [&removed](bool ok, int n) { removed = ok ? n : -2; });
            QTRY_VERIFY(removed != -1);
            QCOMPARE(removed, expected);
            QVERIFY(check());
        }
        QCOMPARE(m_store->count(HistoryFilter()), 2);

        if (onPostgres())
            return;
        // Filled again when the history comes from before the counts (or from around the store).
        m_store.reset();
        sql(u"DELETE FROM derived WHERE name = 'entry_counts'"_s);
        sql(u"DELETE FROM entry_counts"_s);
        m_store = openStore();
        QVERIFY(check());
        QCOMPARE(m_store->count(HistoryFilter()), 2);
    }

    void openProblemsFollowEveryWrite()
    {
        const auto open = [this] {
            return sql(u"SELECT count(*) FROM entries WHERE "_s + StoreSql::problemWhere(false))
                .toInt();
        };
        const auto counts = [this](const std::optional<QString> &hotel = std::nullopt) {
            const ProblemCounts c = m_store->problemCounts(hotel);
            if (!onPostgres()) {
                // SQLite keeps the counts as it writes: they are what counting the table finds.
                const QString kept = u"SELECT group_concat(hotel || ':' || pending || '=' || n) "
                                     "FROM (SELECT * FROM open_problem_counts WHERE n <> 0 "
                                     "ORDER BY hotel, pending)"_s;
                const QString counted = u"SELECT group_concat(hotel || ':' || pending || '=' || "
                                        "n) FROM (SELECT hotel, pending, count(*) AS n FROM "
                                        "open_problems GROUP BY hotel, pending ORDER BY hotel, "
                                        "pending)"_s;
                [&] { QCOMPARE(sql(kept).toString(), sql(counted).toString()); }();
            }
            return std::make_pair(c.retrying, c.needsAttention);
        };
        const auto rowIds = [this](const std::optional<QString> &hotel = std::nullopt) {
            QList<qint64> ids;
            for (const HistoryRow &r : m_store->problemRows(10, hotel))
                ids.append(r.id);
            return ids;
        };
        const auto entry = [](const QString &order, Outcome outcome, const QString &hotel = {}) {
            HistoryEntry e = sampleEntry();
            e.orderKey = order;
            e.outcome = outcome;
            e.hotel = hotel;
            return e;
        };

        const qint64 failed = insert(entry(u"A"_s, Outcome::Failed));
        HistoryEntry retrying = entry(u"B"_s, Outcome::Pending, u"porto"_s);
        retrying.receivedAt = QDateTime::currentDateTimeUtc().addDays(-30);
        retrying.id = insert(retrying);
        QCOMPARE(counts(), std::make_pair(1, 1));
        QCOMPARE(counts(u"porto"_s), std::make_pair(1, 0));
        QCOMPARE(counts(u""_s), std::make_pair(0, 1));
        QCOMPARE(rowIds(), QList<qint64>({ retrying.id, failed }));
        QCOMPARE(rowIds(u"porto"_s), QList<qint64>({ retrying.id }));
        QCOMPARE(m_store->problemCountsByHotel().value(u"porto"_s).retrying, 1);
        QCOMPARE(open(), 2);

        // Duve sends order A again: the later entry settles the failed one, whatever it becomes.
        HistoryEntry again = entry(u"A"_s, Outcome::Received);
        again.id = insert(again);
        QCOMPARE(counts(), std::make_pair(1, 0));
        again.outcome = Outcome::Failed;
        bool updated = false;
        m_store->updateEntry(again, [&updated](bool ok) { updated = ok; });
        QTRY_VERIFY(updated);
        QCOMPARE(counts(), std::make_pair(1, 1));
        QCOMPARE(rowIds(), QList<qint64>({ again.id, retrying.id }));

        // Refused before any order was read: no problem. Refused with an order: one.
        HistoryEntry noise = entry(QString(), Outcome::Rejected);
        noise.event.clear();
        insert(noise);
        const qint64 refused = insert(entry(QString(), Outcome::Rejected));
        QCOMPARE(counts(), std::make_pair(1, 2));
        QCOMPARE(open(), 3);

        // Handled by a person.
        bool marked = false;
        m_store->markHandled(refused,
            Handling { u"called the guest"_s, u"desk"_s, QDateTime::currentDateTimeUtc() },
            [&marked](bool ok) { marked = ok; });
        QTRY_VERIFY(marked);
        QCOMPARE(counts(), std::make_pair(1, 1));

        // The retry gave up: Porto's order needs a person now.
        retrying.outcome = Outcome::Failed;
        updated = false;
        m_store->updateEntry(retrying, [&updated](bool ok) { updated = ok; });
        QTRY_VERIFY(updated);
        QCOMPARE(counts(u"porto"_s), std::make_pair(0, 1));
        QCOMPARE(counts(), std::make_pair(0, 2));

        // Porto keeps its history 10 days: its entry goes, and its problem with it.
        Retention retention;
        retention.hotels.insert(u"porto"_s, QDateTime::currentDateTimeUtc().addDays(-10));
        int removed = -1;
        m_store->pruneBatch(retention, 100, [&removed](bool ok, int n) { removed = ok ? n : -2; });
        QTRY_COMPARE(removed, 1);
        QCOMPARE(counts(), std::make_pair(0, 1));
        QCOMPARE(counts(u"porto"_s), std::make_pair(0, 0));
        QCOMPARE(rowIds(), QList<qint64>({ again.id }));
        QCOMPARE(open(), 1);

        if (onPostgres())
            return;
        // A history from before the table (or filled by a version whose definition differs) is
        // filled again when opened.
        m_store.reset();
        sql(u"UPDATE derived SET definition = 'older' WHERE name = 'open_problems'"_s);
        sql(u"DELETE FROM open_problems"_s);
        sql(u"DROP TABLE open_problem_counts"_s); // as before the counts were kept
        m_store = openStore();
        QCOMPARE(counts(), std::make_pair(0, 1));
        QCOMPARE(rowIds(), QList<qint64>({ again.id }));
        QVERIFY(sql(u"SELECT definition FROM derived WHERE name = 'open_problems'"_s)
                    .toString()
                    .contains(u"NOT EXISTS"_s));

        // Stopped while orders were in flight: they are marked interrupted at the next start,
        // and so become problems.
        HistoryEntry inFlight = entry(u"C"_s, Outcome::Received);
        inFlight.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
        inFlight.id = insert(inFlight);
        QCOMPARE(counts(), std::make_pair(0, 1));
        bool recovered = false;
        m_store->recoverInterruptedWork(QDateTime::currentDateTimeUtc().addSecs(-60),
            [&recovered](bool ok) { recovered = ok; });
        QTRY_VERIFY(recovered);
        QCOMPARE(counts(), std::make_pair(0, 2));
        QCOMPARE(open(), 2);

        // Everything pruned, the handled entry too: nothing comes back.
        removed = -1;
        m_store->pruneBatch(Retention(QDateTime::currentDateTimeUtc().addDays(1)), 100,
            [&removed](bool ok, int n) { removed = ok ? n : -2; });
        QTRY_VERIFY(removed > 0);
        QCOMPARE(counts(), std::make_pair(0, 0));
        QCOMPARE(open(), 0);
        QCOMPARE(sql(u"SELECT count(*) FROM open_problems"_s).toInt(), 0);
    }

    void outcomesPerHourInOneQuery()
    {
        const QDateTime from(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
        const QList<QPair<int, Outcome>> seeded { { -1, Outcome::Created }, // before: not counted
            { 0, Outcome::Created }, { 0, Outcome::Created }, { 0, Outcome::Failed },
            { 5, Outcome::Pending }, { 23, Outcome::Created }, { 24, Outcome::Created } };
        for (const auto &[hour, outcome] : seeded) {
            HistoryEntry e = sampleEntry();
            // Hours -1 and 24 fall outside; the others are 59 minutes into their hour.
            e.receivedAt = hour < 0 ? from.addSecs(-1) : from.addSecs(hour * 3600 + 59 * 60);
            e.outcome = outcome;
            m_store->insertEntry(e, {});
        }
        QVERIFY(m_store->waitForWrites());
        const QList<QHash<Outcome, int>> perHour = m_store->outcomesPerHour(from, 24);
        QCOMPARE(perHour.size(), 24);
        QCOMPARE(perHour[0].value(Outcome::Created), 2);
        QCOMPARE(perHour[0].value(Outcome::Failed), 1);
        QCOMPARE(perHour[5].value(Outcome::Pending), 1);
        QCOMPARE(perHour[23].value(Outcome::Created), 1);
        int total = 0;
        for (const auto &hour : perHour)
            for (int n : hour)
                total += n;
        QCOMPARE(total, 5);
    }

    void searchFindsWordsFromTheirStart()
    {
        // SQLite's writer indexes for search in steps, once it has had nothing to write for a
        // moment (or when far behind); until it has, the newest entries are matched by a scan.
        // There, an index that lags behind everything is simulated. PostgreSQL's index follows
        // each write; it must find the same entries.
        for (int i = 0; i < 5; ++i) {
            HistoryEntry e = sampleEntry();
            e.guest = i % 2 ? u"Noor Haddad"_s : u"Pia Lund"_s;
            e.body = QByteArray(R"({"note":"extra pillow )") + QByteArray::number(i) + "\"}";
            m_store->insertEntry(e, {});
        }
        HistoryEntry accented = sampleEntry();
        accented.guest = u"Zoë Müller-Øst"_s;
        accented.body = R"({"note":"cot"})";
        m_store->insertEntry(accented, {});
        QVERIFY(m_store->waitForWrites());
        if (sqlite()) {
            QTRY_COMPARE_WITH_TIMEOUT(
                sql(u"SELECT indexed_upto = (SELECT max(id) FROM entries) FROM fts_progress"_s)
                    .toInt(),
                1, 5000);
            sql(u"INSERT INTO entries_fts(entries_fts) VALUES('delete-all')"_s);
            sql(u"UPDATE fts_progress SET indexed_upto=0"_s);
            QCOMPARE(
                sql(u"SELECT count(*) FROM entries_fts WHERE entries_fts MATCH 'haddad'"_s).toInt(),
                0);
        }

        HistoryFilter search;
        search.search = u"HADDAD"_s;
        QCOMPARE(m_store->count(search), 2);
        search.search = u"noor pillow"_s;
        QCOMPARE(m_store->page(search, 0, 10).size(), 2);
        search.search = u"pia extra"_s;
        QCOMPARE(m_store->count(search), 3);
        search.search = u"nobody"_s;
        QCOMPARE(m_store->count(search), 0);
        // As the index matches: case and diacritics ignored, words matched from their start.
        search.search = u"MULLER zoe"_s;
        QCOMPARE(m_store->count(search), 1);
        search.search = u"øst"_s;
        QCOMPARE(m_store->count(search), 1);
        search.search = u"ller"_s;
        QCOMPARE(m_store->count(search), 0);

        search.search = u"\"pillow\" (extra):"_s; // no character is search syntax
        QCOMPARE(m_store->count(search), 5);
        if (!sqlite())
            return;
        // After the next write the writer catches up: everything indexed again, found once.
        insert(sampleEntry());
        QTRY_COMPARE_WITH_TIMEOUT(
            sql(u"SELECT indexed_upto = (SELECT max(id) FROM entries) FROM fts_progress"_s).toInt(),
            1, 5000);
        QCOMPARE(
            sql(u"SELECT count(*) FROM entries_fts WHERE entries_fts MATCH 'haddad'"_s).toInt(), 2);
        search.search = u"haddad"_s;
        QCOMPARE(m_store->count(search), 2);
    }

    void writesAfterCloseFailCleanly()
    {
        m_store->close();
        bool called = false;
        bool result = true;
        m_store->insertEntry(sampleEntry(), [&](bool ok, qint64) {
            called = true;
            result = ok;
        });
        QTRY_VERIFY(called);
        QVERIFY(!result);
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
