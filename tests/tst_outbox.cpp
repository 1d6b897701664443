// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Background retries and resend, in one process: a real listener, the sandbox as Hub OS, a real
// SQLite file. Hub OS goes away and comes back; Hubbridge restarts in the middle.
#include "core/config/settings.h"
#include "core/delivery/bridge.h"
#include "core/hubos/hubossandbox.h"
#include "core/store/historystore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using TestSupport::Reply;

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HubOsSandbox> m_sandbox;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<Bridge> m_bridge;
    QNetworkAccessManager m_nam;

    void startBridge()
    {
        m_settings = std::make_unique<Settings>(m_dir->path());
        m_store = HistoryStore::create(m_settings->databasePath());
        QVERIFY(m_store->open());
        m_bridge = std::make_unique<Bridge>(m_settings.get(), m_store.get());
        m_bridge->setCredentials(TestSupport::testCredentials());
        QVERIFY(m_bridge->start(QHostAddress::LocalHost, 0));
    }

    void stopBridge()
    {
        m_bridge.reset();
        m_store.reset();
        m_settings.reset();
    }

    Reply post(const QByteArray &body)
    {
        return TestSupport::send(m_nam, "POST", m_bridge->webhookUrl(), body,
            TestSupport::duveHeaders(TestSupport::testCredentials()));
    }

    QJsonObject health()
    {
        QUrl url = m_bridge->webhookUrl();
        url.setPath(u"/healthz"_s);
        return TestSupport::send(m_nam, "GET", url).json;
    }

    static QByteArray towels(const QString &orderId)
    {
        return TestSupport::withOrderId(
            TestSupport::sample(u"orderCreated.custom-service.json"_s), orderId);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_sandbox = std::make_unique<HubOsSandbox>();
        m_sandbox->setCredentials(TestSupport::testCredentials());
        QVERIFY(m_sandbox->listen(QHostAddress::LocalHost, 0));
        Settings settings(m_dir->path());
        settings.setValue(Settings::Key::HubOsUrl, m_sandbox->url().toString());
        settings.setValue(Settings::Key::DeliveryAttempts, 2);
        settings.setValue(Settings::Key::DeliveryBackoffMs, 20);
        settings.setValue(Settings::Key::DeliveryAttemptTimeoutMs, 500);
        settings.setValue(
            Settings::Key::DeliveryRetrySchedule, QStringList { u"1"_s, u"1"_s, u"2"_s });
        settings.sync();
        startBridge();
    }

    void cleanup()
    {
        stopBridge();
        m_sandbox.reset();
        m_dir.reset();
    }

    void outageThenBackgroundDelivery()
    {
        m_sandbox->failNext(1000, 503);
        const Reply r = post(towels(u"outage-1"_s));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json.value(u"code"_s).toString(), u"WEB_HUK_REQUEST_ATTEMPT_FAILED"_s);
        QCOMPARE(r.json.value(u"message"_s).toString(),
            u"Operation failed after 2 attempt, Please check credentials and request body."_s);
        std::optional<OrderRecord> order = m_store->order(u"outage-1"_s);
        QVERIFY(order);
        QCOMPARE(order->state, DeliveryState::Pending);
        QVERIFY(order->nextRetryAt.isValid());
        QCOMPARE(m_store->entry(order->entryId)->outcome, Outcome::Pending);
        QTRY_COMPARE(health().value(u"pending"_s).toInt(), 1);
        QVERIFY(!health().value(u"lastError"_s).toString().isEmpty());

        m_sandbox->failNext(0); // Hub OS is back; nobody re-sends
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->createdTaskCount(), 1, 8000);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_store->order(u"outage-1"_s)->state, DeliveryState::Created, 5000);
        order = m_store->order(u"outage-1"_s);
        QVERIFY(!order->nextRetryAt.isValid());
        QTRY_COMPARE(m_store->entry(order->entryId)->outcome, Outcome::Created);
        const HistoryEntry e = *m_store->entry(order->entryId);
        QCOMPARE(e.httpStatus, 403); // what Duve was told stays on record
        QVERIFY(e.detail.contains(u"Background retry"_s));
        QCOMPARE(e.tasks.size(), 1);
        QCOMPARE(health().value(u"pending"_s).toInt(), 0);

        // Duve re-sending now gets the created answer, and Hub OS is not called again.
        const qsizetype calls = m_sandbox->calls().size();
        const Reply again = post(towels(u"outage-1"_s));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(u"duplicate"_s).toBool(), true);
        QCOMPARE(qsizetype(m_sandbox->calls().size()), calls);
    }

    // After an outage, the orders waiting for a background retry go back to Hub OS a few at a
    // time (16 at once at most), not all together with a connection each; all are delivered.
    void backgroundRetriesGoAFewAtATime()
    {
        stopBridge();
        {
            Settings settings(m_dir->path());
            settings.setValue(Settings::Key::DeliveryRetrySchedule, QStringList(8, u"1"_s));
        }
        startBridge();
        m_sandbox->failNext(100000, 503);
        constexpr int kOrders = 30;
        for (int i = 0; i < kOrders; ++i)
            QCOMPARE(post(towels(u"backlog-%1"_s.arg(i))).status, 403);
        // Hubbridge restarts once every order is due: all of them are due at once.
        stopBridge();
        QTest::qWait(1500);
        m_sandbox->failNext(0);
        m_sandbox->setLatencyMs(400);
        int most = 0;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this,
            [&] { most = std::max(most, m_sandbox->callsWaiting()); });
        watch.start(5);
        startBridge();
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->createdTaskCount(), kOrders, 20000);
        watch.stop();
        m_sandbox->setLatencyMs(0);
        QVERIFY2(most <= 16, qPrintable(QString::number(most)));
        QVERIFY2(most >= 8, qPrintable(QString::number(most))); // side by side all the same
    }

    void givesUpAfterTheSchedule()
    {
        m_sandbox->failNext(100000, 500);
        QSignalSpy counts(m_bridge.get(), &Bridge::workCountsChanged);
        QCOMPARE(post(towels(u"hopeless"_s)).status, 403);
        // 3 background rounds at about 1, 1 and 2 s.
        QTRY_COMPARE_WITH_TIMEOUT(
            m_store->order(u"hopeless"_s)->state, DeliveryState::Failed, 12000);
        const OrderRecord order = *m_store->order(u"hopeless"_s);
        QCOMPARE(order.retryRound, 3);
        QVERIFY(!order.nextRetryAt.isValid());
        QVERIFY(order.lastError.contains(u"503"_s) || order.lastError.contains(u"500"_s));
        const QJsonObject h = health();
        QCOMPARE(h.value(u"failed"_s).toInt(), 1);
        QCOMPARE(h.value(u"pending"_s).toInt(), 0);
        QVERIFY(h.value(u"lastError"_s).toString().contains(u"500"_s));
        QCOMPARE(m_store->entry(order.entryId)->outcome, Outcome::Failed);
        QCOMPARE(int(m_sandbox->calls().size()), 2 * 4); // 2 attempts, first try + 3 retries
        QVERIFY(!counts.isEmpty());
    }

    void permanentFailuresAreNotRetried()
    {
        m_sandbox->setRooms({ u"101"_s }); // Hub OS does not know room 204
        const Reply r = post(towels(u"unknown-room"_s));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(u"message"_s).toString(), u"Unknown room"_s);
        const OrderRecord order = *m_store->order(u"unknown-room"_s);
        QCOMPARE(order.state, DeliveryState::Failed);
        QVERIFY(!order.nextRetryAt.isValid());
        QTest::qWait(1500);
        QCOMPARE(int(m_sandbox->calls().size()), 1);
    }

    void reSentOrderJoinsThePendingWork()
    {
        m_settings->setValue(Settings::Key::DeliveryRetrySchedule, QStringList { u"3600"_s });
        m_bridge->reloadSettings();
        m_sandbox->failNext(2, 503);
        QCOMPARE(post(towels(u"joined"_s)).status, 403);
        QCOMPARE(m_store->order(u"joined"_s)->state, DeliveryState::Pending);
        const Reply r = post(towels(u"joined"_s)); // Duve re-sends before the retry is due
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"status"_s).toString(), u"created"_s);
        const OrderRecord order = *m_store->order(u"joined"_s);
        QCOMPARE(order.state, DeliveryState::Created);
        QVERIFY(!order.nextRetryAt.isValid()); // the pending work is done, not doubled
        QCOMPARE(m_sandbox->createdTaskCount(), 1);
    }

    // Staff's "Retry now" (the Overview's Hub OS unreachable group): every waiting order is
    // tried at once; a try that fails again does not use up a step of the schedule.
    void retryNowTriesWaitingOrdersAtOnce()
    {
        m_settings->setValue(Settings::Key::DeliveryRetrySchedule, QStringList { u"3600"_s });
        m_bridge->reloadSettings();
        m_sandbox->failNext(100000, 503);
        QCOMPARE(post(towels(u"now-1"_s)).status, 403);
        QCOMPARE(post(towels(u"now-2"_s)).status, 403);
        QCOMPARE(m_store->order(u"now-1"_s)->state, DeliveryState::Pending);
        const QDateTime firstTry = m_store->order(u"now-1"_s)->nextRetryAt;
        QVERIFY(QDateTime::currentDateTimeUtc().secsTo(firstTry) > 2000); // an hour away

        // Hub OS still away: both tried, both still waiting, the schedule not used up.
        const qsizetype callsBefore = m_sandbox->calls().size();
        QCOMPARE(m_bridge->retryPendingNow(), 2);
        QTRY_VERIFY(qsizetype(m_sandbox->calls().size()) >= callsBefore + 2);
        for (const QString &key : { u"now-1"_s, u"now-2"_s }) {
            QTRY_VERIFY(m_store->entry(m_store->order(key)->entryId)
                            ->detail.contains(u"Retry now (asked by staff) failed"_s));
            QVERIFY(m_store->waitForWrites());
            const OrderRecord waiting = *m_store->order(key);
            QCOMPARE(waiting.state, DeliveryState::Pending);
            QCOMPARE(waiting.retryRound, 0);
            QVERIFY(QDateTime::currentDateTimeUtc().secsTo(waiting.nextRetryAt) > 2000);
        }

        // Hub OS is back: Retry now delivers both without waiting for the hour.
        m_sandbox->failNext(0);
        QCOMPARE(m_bridge->retryPendingNow(), 2);
        QTRY_COMPARE(m_sandbox->createdTaskCount(), 2);
        QTRY_COMPARE(m_store->order(u"now-1"_s)->state, DeliveryState::Created);
        QTRY_COMPARE(m_store->order(u"now-2"_s)->state, DeliveryState::Created);
        const OrderRecord done = *m_store->order(u"now-1"_s);
        QVERIFY(!done.nextRetryAt.isValid());
        QTRY_COMPARE(m_store->entry(done.entryId)->outcome, Outcome::Created);
        QVERIFY(m_store->entry(done.entryId)
                    ->detail.contains(u"Retry now (asked by staff) created the task(s)."_s));
        QCOMPARE(m_store->problemCounts().retrying, 0);
        QCOMPARE(m_bridge->retryPendingNow(), 0); // nothing waits any more
    }

    // Retry now with more waiting orders than a hotel's Hub OS gets at once: 16 go, the others
    // follow as those end, each once; all are delivered.
    void retryNowKeepsToTheHotelsPace()
    {
        m_settings->setValue(Settings::Key::DeliveryRetrySchedule, QStringList { u"3600"_s });
        m_bridge->reloadSettings();
        m_sandbox->failNext(100000, 503);
        constexpr int kOrders = 40;
        for (int i = 0; i < kOrders; ++i)
            QCOMPARE(post(towels(u"paced-%1"_s.arg(i))).status, 403);
        QVERIFY(m_store->waitForWrites());
        m_sandbox->failNext(0);
        m_sandbox->setLatencyMs(300);
        const qsizetype callsBefore = m_sandbox->calls().size();
        int most = 0;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this,
            [&] { most = std::max(most, m_sandbox->callsWaiting()); });
        watch.start(5);
        QCOMPARE(m_bridge->retryPendingNow(), kOrders);
        QCOMPARE(m_bridge->retryPendingNow(), 0); // all of them taken (started or queued)
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->createdTaskCount(), kOrders, 20000);
        watch.stop();
        m_sandbox->setLatencyMs(0);
        QVERIFY2(most <= 16, qPrintable(QString::number(most)));
        QVERIFY2(most >= 8, qPrintable(QString::number(most)));
        QCOMPARE(qsizetype(m_sandbox->calls().size()), callsBefore + kOrders); // each once
        for (int i = 0; i < kOrders; ++i)
            QTRY_COMPARE(m_store->order(u"paced-%1"_s.arg(i))->state, DeliveryState::Created);
        QTRY_COMPARE(m_store->problemCounts().retrying, 0);
    }

    void restartInTheMiddleOfAnOutage()
    {
        m_sandbox->failNext(100000, 502);
        QCOMPARE(post(towels(u"restart-1"_s)).status, 403);
        QCOMPARE(post(towels(u"restart-2"_s)).status, 403);
        stopBridge(); // Hubbridge goes down while Hub OS is down

        m_sandbox->failNext(0);
        startBridge();
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->createdTaskCount(), 2, 8000);
        QTRY_COMPARE(m_store->order(u"restart-1"_s)->state, DeliveryState::Created);
        QTRY_COMPARE(m_store->order(u"restart-2"_s)->state, DeliveryState::Created);
        QTRY_COMPARE(health().value(u"pending"_s).toInt(), 0);
    }

    void resendAfterAnUnseenSuccess()
    {
        // Hub OS creates the task but answers too late: Hubbridge sees timeouts only.
        m_settings->setValue(Settings::Key::DeliveryRetrySchedule, QStringList { u"3600"_s });
        m_bridge->reloadSettings();
        m_sandbox->setLatencyMs(800);
        QCOMPARE(post(towels(u"unseen"_s)).status, 403);
        QTRY_COMPARE(m_sandbox->createdTaskCount(), 1);
        m_sandbox->setLatencyMs(0);

        HistoryFilter filter;
        filter.outcomes = { Outcome::Pending };
        const QList<qint64> ids = m_store->entriesToResend(filter);
        QCOMPARE(ids.size(), 1); // counted first
        bool replayed = false;
        DuveAnswer answer;
        m_bridge->resendEntry(ids.front(), [&](bool ok, const DuveAnswer &a) {
            replayed = ok;
            answer = a;
        });
        QTRY_VERIFY(replayed);
        QCOMPARE(answer.httpStatus, 200);
        QCOMPARE(answer.outcome, Outcome::Created);
        QCOMPARE(m_sandbox->createdTaskCount(), 1); // same idempotency key: "exists"
        QCOMPARE(answer.body[u"tasks"_s][0][u"taskId"_s].toString(), m_sandbox->tasks().front().id);
        QCOMPARE(m_sandbox->calls().back().status, 200);
    }

    void resendByFilterAfterFixingTheMapping()
    {
        // Three orders with an external ID the table does not know, one of them sent twice.
        auto withId = [](const QString &order) {
            QJsonObject root = QJsonDocument::fromJson(towels(order)).object();
            QJsonObject resource = root[u"resource"_s].toObject();
            QJsonObject product = resource[u"product"_s].toObject();
            product[u"externalId"_s] = u"200"_s;
            resource[u"product"_s] = product;
            root[u"resource"_s] = resource;
            return QJsonDocument(root).toJson(QJsonDocument::Compact);
        };
        for (const QString &order : { u"alpha"_s, u"bravo"_s, u"charlie"_s, u"alpha"_s })
            QCOMPARE(post(withId(order)).status, 400);
        // And one that is fine (not to be resent).
        QCOMPARE(post(towels(u"fine"_s)).status, 200);

        HistoryFilter filter;
        filter.outcomes = { Outcome::Rejected };
        // A forged order with wrong credentials is rejected too, but never resent.
        const Reply forged = TestSupport::send(m_nam, "POST", m_bridge->webhookUrl(),
            withId(u"forged"_s), TestSupport::duveHeaders({ u"x"_s, u"y"_s, u"z"_s }));
        QCOMPARE(forged.status, 400);
        QCOMPARE(m_store->entriesToResend(filter).size(), 4);
        const QList<qint64> ids = m_bridge->replayableEntries(filter);
        QCOMPARE(ids.size(), 3); // one per order, the forged one left out
        // The same filter with what staff typed in the search box: only that order's newest.
        HistoryFilter searched = filter;
        searched.search = u"alpha"_s;
        const QList<qint64> found = m_bridge->replayableEntries(searched);
        QCOMPARE(found.size(), 1);
        QVERIFY(ids.contains(found.front())); // the newest of alpha's two entries
        QVERIFY(m_store->entry(found.front())->orderKey.contains(u"alpha"_s));

        bool saved = false;
        m_store->saveMapping(
            { u"200"_s, 4, u"Towel service"_s, true }, {}, [&](bool ok) { saved = ok; });
        QTRY_VERIFY(saved);
        int created = 0;
        for (const qint64 id : ids) {
            bool done = false;
            m_bridge->resendEntry(id, [&](bool ok, const DuveAnswer &a) {
                created += ok && a.outcome == Outcome::Created;
                done = true;
            });
            QTRY_VERIFY(done);
        }
        QCOMPARE(created, 3);
        QCOMPARE(m_sandbox->createdTaskCount(), 4);
        qint64 forgedId = 0;
        m_store->forEachEntry([&](const HistoryEntry &e) {
            if (e.code == u"WEB_HUK_INVALID_CREDS"_s)
                forgedId = e.id;
            return true;
        });
        QVERIFY(forgedId > 0);
        bool forgedReplayed = true;
        m_bridge->resendEntry(forgedId, [&](bool ok, const DuveAnswer &) { forgedReplayed = ok; });
        QVERIFY(!forgedReplayed);
        // The resends are history too, marked as such.
        int resends = 0;
        m_store->forEachEntry([&](const HistoryEntry &e) {
            resends += e.remoteAddress.startsWith(u"resend of #"_s);
            return true;
        });
        QCOMPARE(resends, 3);
    }

    void resendRefusesWhatIsNotAnOrder()
    {
        TestSupport::send(m_nam, "GET", m_bridge->webhookUrl()); // a 405, recorded
        bool called = false;
        bool replayed = true;
        m_bridge->resendEntry(1, [&](bool ok, const DuveAnswer &) {
            called = true;
            replayed = ok;
        });
        QVERIFY(called);
        QVERIFY(!replayed);
    }

    void shutdownDoesNotWaitForABackgroundRetry()
    {
        // Issue 14, item 8: a stop while only a background retry ran waited for it to end.
        m_sandbox->failNext(1000, 503);
        QCOMPARE(post(towels(u"retry-at-stop"_s)).status, 403);
        m_sandbox->failNext(0);
        m_sandbox->setLatencyMs(3000); // the retry (in about 1 s) hangs on Hub OS
        QTRY_VERIFY_WITH_TIMEOUT(m_bridge->pendingCount() > 0, 5000); // the retry holds the order
        QElapsedTimer took;
        took.start();
        bool done = false;
        m_bridge->shutdown([&done] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QVERIFY2(took.elapsed() < 300, qPrintable(u"%1 ms"_s.arg(took.elapsed())));
        // The order is still due: the next start retries it.
        QCOMPARE(m_store->order(u"retry-at-stop"_s)->state, DeliveryState::Pending);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
