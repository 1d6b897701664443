// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What only the PostgreSQL engine has: a server that other instances share and that can go away.
// Runs on a real PostgreSQL that tests/with-postgres.sh starts (CTest: "pgstore"); the behaviour
// both engines share is tst_historystore's, which runs on both.
#include "core/store/historystore.h"
#include "core/store/postgres/pgconnection.h"
#include "core/store/postgres/postgreshistorystore.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <openssl/crypto.h>

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
                OPENSSL_thread_stop(); // this thread's reads used libpq's OpenSSL (see PgWriter)
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
            QVERIFY(!HistoryStore::displayLocation(withPassword).contains(u"s3cret-pw"_s)
                || withPassword.contains(u"password="_s));
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
};

QTEST_GUILESS_MAIN(TestPgStore)
#include "tst_pgstore.moc"
