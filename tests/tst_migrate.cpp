// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `hubbridge migrate`: a hotel's SQLite history moves into a group's PostgreSQL database, with
// its attempts, handling, orders, mappings and room names, verified, and a second run adds
// nothing. The real executable, a real SQLite file and a real PostgreSQL (tests/with-postgres.sh).
#include "core/config/settings.h"
#include "core/hubos/hubosclient.h"
#include "core/store/historystore.h"
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMigrate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_url;

    QString dataDir() const { return m_dir.filePath(u"hotel"_s); }

    // Runs `hubbridge migrate`; its exit code, and what it printed.
    int migrate(const QString &to, QByteArray *output = nullptr, const QStringList &more = {},
        const QString &from = {})
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(TestSupport::hubbridgeBinary(),
            QStringList {
                u"migrate"_s, u"--from"_s, from.isEmpty() ? dataDir() : from, u"--to"_s, to }
                + more);
        if (!p.waitForFinished(60000))
            return -1;
        if (output)
            *output = p.readAll();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    }

    static qint64 insert(HistoryStore &store, const QString &orderKey, Outcome outcome)
    {
        HistoryEntry e;
        e.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        e.method = u"POST"_s;
        e.path = u"/webhooks/duve"_s;
        e.event = u"orderCreated"_s;
        e.orderKey = orderKey;
        e.room = u"204"_s;
        e.guest = u"Zoë Müller"_s;
        e.body = R"({"event":"orderCreated"})";
        e.bodySize = e.body.size();
        e.outcome = outcome;
        e.httpStatus = 200;
        e.answeredAt = e.receivedAt.addMSecs(80);
        qint64 id = -1;
        store.insertEntry(e, [&id](bool ok, qint64 newId) { id = ok ? newId : 0; });
        store.waitForWrites();
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestSupport::onPostgres(), "run by tests/with-postgres.sh");
        QVERIFY(m_dir.isValid());
        m_url = TestSupport::freshStoreUrl(u"hubbridge_migrate"_s);
        QVERIFY(!m_url.isEmpty());
    }

    void aHotelsHistoryMovesInOnceAndIsVerified()
    {
        QDir().mkpath(dataDir());
        const QString file = Settings(dataDir()).databasePath();
        {
            const std::unique_ptr<HistoryStore> hotel = HistoryStore::create(file);
            QVERIFY(hotel->open());
            const qint64 created = insert(*hotel, u"ord-created"_s, Outcome::Created);
            const qint64 pending = insert(*hotel, u"ord-pending"_s, Outcome::Pending);
            const qint64 failed = insert(*hotel, u"ord-failed"_s, Outcome::Failed);
            QVERIFY(created > 0 && pending > 0 && failed > 0);
            HubOsAttempt a;
            a.startedAt = QDateTime::currentDateTimeUtc();
            a.number = 1;
            a.method = "POST";
            a.url = QUrl(u"http://hubos.test/v1/tasks"_s);
            a.requestBody = R"({"taskTypeId":4})";
            a.httpStatus = 201;
            a.taskId = u"HT-1"_s;
            hotel->addAttempt(created, u"create"_s, 0, a);
            hotel->markHandled(failed, Handling { u"called the guest"_s, u"anna"_s, a.startedAt });

            OrderRecord done;
            done.orderKey = u"ord-created"_s;
            done.state = DeliveryState::Created;
            done.entryId = created;
            done.answer = R"({"status":"created","orderId":"ord-created"})";
            done.tasks = { TaskRecord {
                0, u"4"_s, 4, 1, u"duve:ord-created:0"_s, u"HT-1"_s, DeliveryState::Created } };
            hotel->saveOrder(done);
            OrderRecord waiting;
            waiting.orderKey = u"ord-pending"_s;
            waiting.entryId = pending;
            waiting.retryRound = 2;
            waiting.nextRetryAt = QDateTime::currentDateTimeUtc().addSecs(600);
            hotel->saveOrder(waiting);

            hotel->saveMapping(MappingRow { u"77"_s, 12, u"Baby cot"_s, true });
            hotel->saveRoomMapping(RoomMapping { u"Suite 1"_s, u"S-101"_s });
            hotel->rememberRoom(u"res-9"_s, u"305"_s);
            QVERIFY(hotel->waitForWrites());
        }

        QByteArray output;
        QCOMPARE(migrate(m_url, &output), 0);
        QVERIFY2(output.contains("3 copied now, 0 copied before"), output.constData());
        QVERIFY2(output.contains("verified"), output.constData());

        const std::unique_ptr<HistoryStore> group = HistoryStore::create(m_url);
        QVERIFY(group->open());
        QCOMPARE(group->entryCount(), 3);
        const std::optional<OrderRecord> created = group->order(u"ord-created"_s);
        QVERIFY(created);
        QCOMPARE(created->state, DeliveryState::Created);
        QCOMPARE(created->answer, QByteArray(R"({"status":"created","orderId":"ord-created"})"));
        QCOMPARE(created->tasks.size(), 1);
        QCOMPARE(created->tasks.front().taskId, u"HT-1"_s);
        const std::optional<HistoryEntry> entry = group->entry(created->entryId);
        QVERIFY(entry); // the order points at its entry's copy
        QCOMPARE(entry->orderKey, u"ord-created"_s);
        QCOMPARE(entry->guest, u"Zoë Müller"_s);
        QCOMPARE(group->attempts(entry->id).size(), 1);
        QCOMPARE(group->attempts(entry->id).front().taskId, u"HT-1"_s);
        const std::optional<OrderRecord> pending = group->order(u"ord-pending"_s);
        QVERIFY(pending);
        QCOMPARE(pending->retryRound, 2);
        QVERIFY(pending->nextRetryAt > QDateTime::currentDateTimeUtc().addSecs(500));
        QCOMPARE(group->pendingOrderCount(), 1); // the group's service retries it when due
        QCOMPARE(group->problemCounts().needsAttention, 0); // the failed one was handled by hand
        QCOMPARE(group->mapping(u"77"_s)->hubOsTaskTypeId, 12);
        QCOMPARE(group->hubOsRoomFor(u"Suite 1"_s), u"S-101"_s);
        QCOMPARE(group->roomForReservation(u"res-9"_s), u"305"_s);
        HistoryFilter search;
        search.search = u"muller"_s; // the copies are in the search, as the hotel's were
        QCOMPARE(group->count(search), 3);

        // Again: nothing is copied twice.
        QCOMPARE(migrate(m_url, &output), 0);
        QVERIFY2(output.contains("0 copied now, 3 copied before"), output.constData());
        QCOMPARE(group->entryCount(), 3);

        // What arrived at the hotel since is copied by the next run.
        {
            const std::unique_ptr<HistoryStore> hotel = HistoryStore::create(file);
            QVERIFY(hotel->open());
            QVERIFY(insert(*hotel, u"ord-late"_s, Outcome::Created) > 0);
        }
        QCOMPARE(migrate(m_url, &output), 0);
        QVERIFY2(output.contains("1 copied now, 3 copied before"), output.constData());
        QCOMPARE(group->entryCount(), 4);
    }

    // A hotel joining a group: its history becomes the hotel's, its table the hotel's own rows.
    void intoAHotelOfTheGroup()
    {
        const QString porto = m_dir.filePath(u"porto"_s);
        QDir().mkpath(porto);
        {
            const std::unique_ptr<HistoryStore> hotel
                = HistoryStore::create(Settings(porto).databasePath());
            QVERIFY(hotel->open());
            const qint64 id = insert(*hotel, u"porto-1"_s, Outcome::Created);
            OrderRecord done;
            done.orderKey = u"porto-1"_s;
            done.state = DeliveryState::Created;
            done.entryId = id;
            done.answer = R"({"status":"created","orderId":"porto-1"})";
            hotel->saveOrder(done);
            hotel->saveMapping(MappingRow { u"77"_s, 20, u"Porto cot"_s, true });
            hotel->saveRoomMapping(RoomMapping { u"Suite 1"_s, u"P-1"_s });
            QVERIFY(hotel->waitForWrites());
        }
        QByteArray output;
        // The hotel is added first (hubbridge hotels add).
        QCOMPARE(migrate(m_url, &output, { u"--hotel"_s, u"porto"_s }, porto), 1);
        QVERIFY2(output.contains("has no hotel porto"), output.constData());
        const std::unique_ptr<HistoryStore> group = HistoryStore::create(m_url);
        QVERIFY(group->open());
        group->saveHotel({ u"porto"_s, u"Porto"_s, {}, -1, true, {} });
        QVERIFY(group->waitForWrites());
        const qint64 before = group->entryCount();

        QCOMPARE(migrate(m_url, &output, { u"--hotel"_s, u"porto"_s }, porto), 0);
        QVERIFY2(output.contains("1 copied now, 0 copied before"), output.constData());
        QCOMPARE(group->entryCount(), before + 1);
        const std::optional<OrderRecord> order = group->order(u"porto-1"_s);
        QVERIFY(order);
        QCOMPARE(order->hotel, u"porto"_s);
        QCOMPARE(group->entry(order->entryId)->hotel, u"porto"_s);
        HistoryFilter filter;
        filter.hotel = u"porto"_s;
        QCOMPARE(group->count(filter), 1);
        // Porto's rows replace the group's for Porto alone.
        QCOMPARE(group->mapping(u"77"_s, u"porto"_s)->hubOsTaskTypeId, 20);
        QCOMPARE(group->mapping(u"77"_s)->hubOsTaskTypeId, 12);
        QCOMPARE(group->hubOsRoomFor(u"Suite 1"_s, u"porto"_s), u"P-1"_s);
        QCOMPARE(group->hubOsRoomFor(u"Suite 1"_s), u"S-101"_s);
        QCOMPARE(migrate(m_url, &output, { u"--hotel"_s, u"porto"_s }, porto), 0);
        QVERIFY2(output.contains("0 copied now, 1 copied before"), output.constData());
    }

    void whatCannotBeMovedIsSaid()
    {
        QByteArray output;
        QCOMPARE(migrate(m_dir.filePath(u"other.sqlite"_s), &output), 1);
        QVERIFY2(output.contains("postgresql://"), output.constData());
        QCOMPARE(migrate(u"postgresql:///hubbridge_migrate?password=secret"_s, &output), 1);
        QVERIFY2(output.contains("password"), output.constData());
        QVERIFY2(!output.contains("secret"), output.constData()); // never echoed
    }
};

QTEST_GUILESS_MAIN(TestMigrate)
#include "tst_migrate.moc"
