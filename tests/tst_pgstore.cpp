// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What only the PostgreSQL engine has: a server that other instances share and that can go away.
// Runs on a real PostgreSQL that tests/with-postgres.sh starts (CTest: "pgstore"); the behaviour
// both engines share is tst_historystore's, which runs on both.
#include "core/store/historystore.h"
#include "core/store/postgres/libpq.h"
#include "core/store/postgres/pgconnection.h"
#include "core/store/postgres/postgreshistorystore.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

class TestPgStore : public QObject
{
    Q_OBJECT

private:
    static QString url() { return u"postgresql:///hubbridge_pgtest"_s; }

    // Runs `statement` as the tests' own client (not "hubbridge") on `database`.
    static PgResult admin(const QString &statement, const QString &database = u"postgres"_s)
    {
        PgConnection db;
        QString error;
        if (!db.open(u"postgresql:///%1?application_name=tests"_s.arg(database), &error)) {
            qWarning().noquote() << error;
            return PgResult();
        }
        return db.exec(statement);
    }

    // Cuts every connection Hubbridge holds, as a server restart or a failover does.
    static int terminateHubbridgeBackends()
    {
        const PgResult r = admin(u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                 "WHERE application_name = 'hubbridge'"_s);
        return r.rows() ? int(r.integer(0, 0)) : -1;
    }

    static qint64 insert(HistoryStore &store, const QString &orderKey)
    {
        HistoryEntry e;
        e.receivedAt = QDateTime::currentDateTimeUtc();
        e.method = u"POST"_s;
        e.path = u"/webhooks/duve"_s;
        e.orderKey = orderKey;
        qint64 id = -1;
        store.insertEntry(e, [&id](bool ok, qint64 newId) { id = ok ? newId : 0; });
        if (!QTest::qWaitFor([&id] { return id >= 0; }, 20000))
            return -1;
        return id;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY2(qEnvironmentVariable("HUBBRIDGE_TEST_STORE") == u"postgres"_s,
            "run by tests/with-postgres.sh, which starts the server");
        admin(u"DROP DATABASE IF EXISTS hubbridge_pgtest WITH (FORCE)"_s);
        QVERIFY(admin(u"CREATE DATABASE hubbridge_pgtest"_s).ok());
    }

    void createPicksTheEngineFromTheLocation()
    {
        QVERIFY(HistoryStore::isServerUrl(url()));
        QVERIFY(HistoryStore::isServerUrl(u"postgres://db.example/hotels"_s));
        QVERIFY(!HistoryStore::isServerUrl(u"/var/lib/hubbridge/hubbridge.sqlite"_s));
        QVERIFY(dynamic_cast<PostgresHistoryStore *>(HistoryStore::create(url()).get()));
    }

    void twoInstancesStartingTogetherMigrateOnce()
    {
        // Both open a fresh database at the same moment: the advisory lock lets one migrate,
        // the other waits and finds the schema there (no error, the defaults seeded once).
        std::atomic<int> opened { 0 };
        QStringList errors;
        QMutex mutex;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < 2; ++i) {
            threads.emplace_back(QThread::create([&] {
                PostgresHistoryStore store(url());
                QString error;
                if (store.open(&error))
                    ++opened;
                QMutexLocker lock(&mutex);
                if (!error.isEmpty())
                    errors.append(error);
                store.close();
                // This thread's reads used libpq's OpenSSL (see PgWriter).
                if (const LibPq *pq = LibPq::loaded(); pq && pq->OPENSSL_thread_stop)
                    pq->OPENSSL_thread_stop();
            }));
        }
        for (auto &t : threads)
            t->start();
        for (auto &t : threads)
            QVERIFY(t->wait(30000));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(opened.load(), 2);
        const PgResult r = admin(
            u"SELECT (SELECT count(*) FROM mappings), (SELECT max(version) FROM hubbridge_schema), "
            "(SELECT count(*) FROM hubbridge_schema)"_s,
            u"hubbridge_pgtest"_s);
        QCOMPARE(r.integer(0, 0), qint64(MappingRow::defaults().size()));
        QCOMPARE(r.integer(0, 1), qint64(PostgresHistoryStore::latestSchemaVersion()));
        QCOMPARE(r.integer(0, 2), 1);
    }

    void aPasswordInTheUrlIsRefused()
    {
        for (const QString &withPassword : { u"postgresql://hubbridge:s3cret-pw@localhost/hotels"_s,
                 u"postgresql://localhost/hotels?sslmode=require&password=s3cret-pw"_s }) {
            PostgresHistoryStore store(withPassword);
            QString error;
            QVERIFY(!store.open(&error));
            QVERIFY2(error.contains(u"password file"_s), qPrintable(error));
            QVERIFY(!error.contains(u"s3cret-pw"_s));
            // Neither form reaches what is shown or logged ("cannot open URL: ...").
            QVERIFY2(!HistoryStore::displayLocation(withPassword).contains(u"s3cret-pw"_s),
                qPrintable(HistoryStore::displayLocation(withPassword)));
        }
    }

    void anUnreachableServerIsSaidWithinTheTimeout()
    {
        // 192.0.2.1 (TEST-NET-1) never answers: only the connect timeout ends the wait.
        PostgresHistoryStore store(u"postgresql://hubbridge@192.0.2.1:5432/hotels"_s);
        QElapsedTimer clock;
        clock.start();
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(clock.elapsed() < (PgConnection::kConnectTimeoutS + 3) * 1000,
            qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!error.isEmpty());
        QVERIFY(!store.isOpen());
    }

    void terminatedConnectionsAreReplacedWithoutLosingAWrite()
    {
        PostgresHistoryStore store(url());
        QVERIFY(store.open());
        QVERIFY(insert(store, u"ord-1"_s) > 0);
        QCOMPARE(store.entryCount(), 1);
        QSignalSpy failed(&store, &HistoryStore::writeFailed);

        QVERIFY(terminateHubbridgeBackends() >= 2); // the writer's and the reader's
        // The writer finds its connection dead at BEGIN (nothing sent): it connects again and
        // writes; the reader does the same for its query.
        QVERIFY(insert(store, u"ord-2"_s) > 0);
        QCOMPARE(store.entryCount(), 2);
        QVERIFY(store.order(u"nope"_s) == std::nullopt);
        QCOMPARE(failed.count(), 0);
        QVERIFY(store.problem().isEmpty());
    }

    void anOutageFailsWritesAndSaysSoThenRecovers()
    {
        PostgresHistoryStore store(url());
        QVERIFY(store.open());
        QVERIFY(insert(store, u"ord-1"_s) > 0);
        QSignalSpy failed(&store, &HistoryStore::writeFailed);
        QSignalSpy recovered(&store, &HistoryStore::writeRecovered);

        // The database refuses new connections and the current ones are cut: an outage.
        QVERIFY(admin(u"ALTER DATABASE hubbridge_pgtest ALLOW_CONNECTIONS false"_s).ok());
        terminateHubbridgeBackends();
        QCOMPARE(insert(store, u"ord-2"_s), 0); // failed: the bridge answers 503, Duve retries
        QCOMPARE(failed.count(), 1);
        QVERIFY2(store.problem().contains(u"cannot be written"_s), qPrintable(store.problem()));

        QVERIFY(admin(u"ALTER DATABASE hubbridge_pgtest ALLOW_CONNECTIONS true"_s).ok());
        QVERIFY(insert(store, u"ord-3"_s) > 0);
        QCOMPARE(recovered.count(), 1);
        QVERIFY(store.problem().isEmpty());
        QCOMPARE(store.entryCount(), 2); // ord-1 and ord-3: the failed one was never acknowledged
    }
    // Two instances on one database: an order is one instance's at a time, and a claim whose
    // lease ran out goes to the other with a new fence.
    void anOrderIsClaimedByOneInstanceAtATime()
    {
        PostgresHistoryStore first(url()), second(url());
        QVERIFY(first.open());
        QVERIFY(second.open());
        QVERIFY(first.isShared());

        const HistoryStore::Claim a = first.claimOrder(u"ord-1"_s, 60000);
        QCOMPARE(a.result, HistoryStore::Claim::Result::Held);
        QVERIFY(a.fence > 0);
        QCOMPARE(second.claimOrder(u"ord-1"_s, 60000).result, HistoryStore::Claim::Result::Busy);
        QCOMPARE(second.claimOrder(u"ord-2"_s, 60000).result, HistoryStore::Claim::Result::Held);

        second.releaseOrder(u"ord-1"_s, a.fence + 1000); // not its claim: changes nothing
        QVERIFY(second.waitForWrites());
        QCOMPARE(second.claimOrder(u"ord-1"_s, 60000).result, HistoryStore::Claim::Result::Busy);
        first.releaseOrder(u"ord-1"_s, a.fence);
        QVERIFY(first.waitForWrites());
        const HistoryStore::Claim b = second.claimOrder(u"ord-1"_s, 60000);
        QCOMPARE(b.result, HistoryStore::Claim::Result::Held);
        QVERIFY(b.fence > a.fence);
    }

    void aStalledTransactionHoldsNoOtherInstanceUp()
    {
        PostgresHistoryStore first(url()), second(url());
        QVERIFY(first.open());
        QVERIFY(second.open());
        QCOMPARE(first.claimOrder(u"ord-1"_s, 60000).result, HistoryStore::Claim::Result::Held);
        // The first instance stops (SIGSTOP) while saving the order: its transaction keeps the
        // claim row locked. The group rig saw a second instance's event loop wait for it.
        PgConnection stalled;
        QString error;
        QVERIFY2(stalled.open(url(), &error), qPrintable(error));
        QVERIFY(stalled.exec(u"BEGIN"_s).ok());
        QCOMPARE(
            stalled.exec(u"SELECT 1 FROM order_claims WHERE order_key='ord-1' FOR UPDATE"_s).rows(),
            1);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(second.claimOrder(u"ord-1"_s, 60000).result, HistoryStore::Claim::Result::Busy);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(second.readFailures(), quint64(0)); // a locked row is not a broken database
        QCOMPARE(second.claimOrder(u"ord-2"_s, 60000).result, HistoryStore::Claim::Result::Held);

        // The server ends a transaction left idle, and its locks with it (the stalled process
        // finds its connection gone when it wakes up, and connects again).
        QTest::qWait(PgConnection::kIdleInTransactionMs + 1500);
        QVERIFY(!stalled.exec(u"SELECT 1"_s).ok());
        QVERIFY(stalled.connectionLost());
    }

    void aStalledInstanceCannotSaveAnOrderTakenOver()
    {
        PostgresHistoryStore stalled(url()), other(url());
        QVERIFY(stalled.open());
        QVERIFY(other.open());
        const qint64 entryId = insert(stalled, u"ord-1"_s);
        QVERIFY(entryId > 0);

        OrderRecord mine;
        mine.orderKey = u"ord-1"_s;
        mine.entryId = entryId;
        mine.fence = stalled.claimOrder(mine.orderKey, 300).fence;
        QVERIFY(mine.fence > 0);
        stalled.saveOrder(mine); // pending, under a claim that still stands: saved
        QVERIFY(stalled.waitForWrites());
        QCOMPARE(other.order(mine.orderKey)->state, DeliveryState::Pending);

        QTest::qWait(400); // the lease runs out while the first instance is stalled
        OrderRecord taken = mine;
        taken.fence = other.claimOrder(mine.orderKey, 60000).fence;
        QVERIFY(taken.fence > mine.fence);
        taken.state = DeliveryState::Failed;
        taken.lastError = u"the one that took over"_s;
        other.saveOrder(taken);
        QVERIFY(other.waitForWrites());

        mine.state = DeliveryState::Created; // the stalled one wakes up and settles: dropped
        mine.lastError = u"stale"_s;
        bool saved = false;
        stalled.saveOrder(mine, [&saved](bool ok) { saved = ok; });
        QVERIFY(stalled.waitForWrites());
        QVERIFY(saved); // not a failure of the store: /healthz stays ok
        QVERIFY(stalled.problem().isEmpty());
        QCOMPARE(other.order(mine.orderKey)->state, DeliveryState::Failed);
        QCOMPARE(other.order(mine.orderKey)->lastError, u"the one that took over"_s);
        stalled.releaseOrder(mine.orderKey, mine.fence); // neither does its release count
        QVERIFY(stalled.waitForWrites());
        QCOMPARE(
            stalled.claimOrder(mine.orderKey, 60000).result, HistoryStore::Claim::Result::Busy);
    }

    // An instance that dies (here: its sessions end) leaves claims with a long lease: the others
    // take its orders over at once, not when the lease runs out; a delivery it had under way is
    // due for them at once too.
    void aDeadInstancesClaimIsTakenOverAtOnce()
    {
        PostgresHistoryStore other(url());
        QVERIFY(other.open());
        qint64 deadFence = 0;
        {
            PostgresHistoryStore dead(url());
            QVERIFY(dead.open());
            deadFence = dead.claimOrder(u"ord-asked"_s, 600000).fence;
            QVERIFY(deadFence > 0);
            OrderRecord inFlight;
            inFlight.orderKey = u"ord-in-flight"_s;
            inFlight.entryId = insert(dead, inFlight.orderKey);
            inFlight.fence = dead.claimOrder(inFlight.orderKey, 600000).fence;
            inFlight.nextRetryAt = QDateTime::currentDateTimeUtc().addSecs(600); // the lease's end
            dead.saveOrder(inFlight);
            QVERIFY(dead.waitForWrites());
            QCOMPARE(
                other.claimOrder(u"ord-asked"_s, 60000).result, HistoryStore::Claim::Result::Busy);
            QVERIFY(other.claimDueOrders(QDateTime::currentDateTimeUtc(), 10, 60000).isEmpty());
        } // closed: its sessions, and the lock that said it lives, end (the server notices
        // within milliseconds)
        HistoryStore::Claim taken;
        QVERIFY(QTest::qWaitFor(
            [&] {
                taken = other.claimOrder(u"ord-asked"_s, 60000);
                return taken.result == HistoryStore::Claim::Result::Held;
            },
            5000));
        QVERIFY(taken.fence > deadFence);
        const QList<OrderRecord> due
            = other.claimDueOrders(QDateTime::currentDateTimeUtc(), 10, 60000);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.front().orderKey, u"ord-in-flight"_s);
    }

    void dueOrdersAreClaimedOnceAndMovedToTheLeasesEnd()
    {
        PostgresHistoryStore first(url()), second(url());
        QVERIFY(first.open());
        QVERIFY(second.open());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 5; ++i) {
            OrderRecord due;
            due.orderKey = u"ord-%1"_s.arg(i);
            due.entryId = insert(first, due.orderKey);
            due.nextRetryAt = now.addSecs(-10 + i);
            first.saveOrder(due);
        }
        OrderRecord held; // a due order another instance still works on (a live lease)
        held.orderKey = u"ord-held"_s;
        held.nextRetryAt = now.addSecs(-20);
        held.fence = second.claimOrder(held.orderKey, 60000).fence;
        first.saveOrder(held);
        QVERIFY(first.waitForWrites());

        const QList<OrderRecord> mine = first.claimDueOrders(now, 3, 60000);
        QCOMPARE(mine.size(), 3); // the three most overdue that are free, each with its fence
        QStringList keys;
        for (const OrderRecord &o : mine) {
            keys.append(o.orderKey);
            QVERIFY(o.fence > 0);
            QCOMPARE(
                second.claimOrder(o.orderKey, 60000).result, HistoryStore::Claim::Result::Busy);
        }
        QCOMPARE(keys, (QStringList { u"ord-0"_s, u"ord-1"_s, u"ord-2"_s }));
        // Claimed, they are not due for anyone until the lease runs out.
        QCOMPARE(first.order(u"ord-0"_s)->nextRetryAt > now.addSecs(50), true);
        const QList<OrderRecord> theirs = second.claimDueOrders(now, 10, 60000);
        QCOMPARE(theirs.size(), 2);
        QCOMPARE(theirs.at(0).orderKey, u"ord-3"_s);
        QCOMPARE(theirs.at(1).orderKey, u"ord-4"_s);
        QVERIFY(first.claimDueOrders(now, 10, 60000).isEmpty());
    }

    // A background retry one instance schedules is heard by the others (LISTEN/NOTIFY), which
    // wake up for it; the polling stays as the backstop.
    void otherInstancesHearAScheduledRetry()
    {
        PostgresHistoryStore first(url()), second(url());
        QVERIFY(first.open());
        QVERIFY(second.open());
        QVERIFY(second.hearsRetries());
        QSignalSpy heard(&second, &HistoryStore::retryScheduled);
        OrderRecord later;
        later.orderKey = u"ord-1"_s;
        later.entryId = insert(first, later.orderKey);
        later.nextRetryAt = QDateTime::currentDateTimeUtc().addSecs(30);
        first.saveOrder(later);
        QTRY_COMPARE(heard.count(), 1);
        QCOMPARE(heard.at(0).at(0).toDateTime().toMSecsSinceEpoch(),
            later.nextRetryAt.toMSecsSinceEpoch());

        later.state = DeliveryState::Created; // settled: nothing to hear
        later.nextRetryAt = QDateTime();
        first.saveOrder(later);
        QVERIFY(first.waitForWrites());
        QTest::qWait(200);
        QCOMPARE(heard.count(), 1);

        // The server cuts the listening connection: not heard for a while, then again.
        QVERIFY(terminateHubbridgeBackends() > 0);
        QTRY_VERIFY(!second.hearsRetries());
        QTRY_VERIFY_WITH_TIMEOUT(second.hearsRetries(), 10000);
        later.state = DeliveryState::Pending;
        later.nextRetryAt = QDateTime::currentDateTimeUtc().addSecs(60);
        first.saveOrder(later);
        QTRY_COMPARE(heard.count(), 2);
    }

    void onlyOneInstancePrunesAtATime()
    {
        PostgresHistoryStore first(url()), second(url());
        QVERIFY(first.open());
        QVERIFY(second.open());
        for (int i = 0; i < 4; ++i)
            QVERIFY(insert(first, u"ord-%1"_s.arg(i)) > 0);
        // Another instance is pruning: it holds the retention lock in its transaction.
        PgConnection pruning;
        QString error;
        QVERIFY2(pruning.open(url(), &error), qPrintable(error));
        QVERIFY(pruning.exec(u"BEGIN"_s).ok());
        QCOMPARE(
            pruning.exec(u"SELECT pg_try_advisory_xact_lock(7527030525265969153)"_s).text(0, 0),
            u"t"_s);
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(60);
        int removed = -1;
        second.pruneBatch(later, 10, [&removed](bool ok, int n) { removed = ok ? n : -2; });
        QTRY_COMPARE(removed, 0); // skipped this round: not an error
        QCOMPARE(second.entryCount(), 4);
        QVERIFY(pruning.exec(u"COMMIT"_s).ok());
        removed = -1;
        second.pruneBatch(later, 10, [&removed](bool ok, int n) { removed = ok ? n : -2; });
        QTRY_COMPARE(removed, 4);
    }
};

QTEST_GUILESS_MAIN(TestPgStore)
#include "tst_pgstore.moc"
