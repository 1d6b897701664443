// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Resender: the one resend loop of the command line and the History page, and its one rule for
// what a resend achieved. The rule as a table, then real resends through a real bridge (real
// listener, the sandbox as Hub OS, a real SQLite file): an order that is fixed by then, one that
// still fails, one Hub OS cannot take now, and an entry that is not an order.
#include "core/config/settings.h"
#include "core/delivery/bridge.h"
#include "core/delivery/resender.h"
#include "core/hubos/hubossandbox.h"
#include "core/store/historystore.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Result = Resender::Result;

Q_DECLARE_METATYPE(Resender::Summary)
Q_DECLARE_METATYPE(Outcome)

class TestResender : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    HubOsSandbox m_sandbox;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<Bridge> m_bridge;
    QNetworkAccessManager m_nam;

    static QByteArray order(const QString &id, const QString &externalId, const QString &room)
    {
        QJsonObject root = QJsonDocument::fromJson(
            TestSupport::withOrderId(
                TestSupport::sample(u"orderCreated.custom-service.json"_s), id))
                               .object();
        QJsonObject resource = root[u"resource"_s].toObject();
        resource[u"roomNumber"_s] = room;
        QJsonObject product = resource[u"product"_s].toObject();
        product[u"externalId"_s] = externalId;
        resource[u"product"_s] = product;
        root[u"resource"_s] = resource;
        return QJsonDocument(root).toJson(QJsonDocument::Compact);
    }

    int post(const QByteArray &body)
    {
        return TestSupport::send(m_nam, "POST", m_bridge->webhookUrl(), body,
            TestSupport::duveHeaders(TestSupport::testCredentials()))
            .status;
    }

    qint64 lastEntryId()
    {
        qint64 id = 0;
        m_store->waitForWrites();
        m_store->forEachEntry([&](const HistoryEntry &e) {
            id = std::max(id, e.id);
            return true;
        });
        return id;
    }

    static DuveAnswer answer(Outcome outcome, int status)
    {
        DuveAnswer a;
        a.outcome = outcome;
        a.httpStatus = status;
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Resender::Summary>();
        m_sandbox.setCredentials(TestSupport::testCredentials());
        QVERIFY(m_sandbox.listen(QHostAddress::LocalHost, 0));
        m_settings = std::make_unique<Settings>(m_dir.path());
        m_settings->setValue(Settings::Key::HubOsUrl, m_sandbox.url().toString());
        m_settings->setValue(Settings::Key::DeliveryAttempts, 1);
        m_settings->setValue(Settings::Key::DeliveryBackoffMs, 20);
        m_settings->setValue(Settings::Key::DeliveryAttemptTimeoutMs, 500);
        m_store = HistoryStore::create(m_settings->databasePath());
        QVERIFY(m_store->open());
        m_bridge = std::make_unique<Bridge>(m_settings.get(), m_store.get());
        m_bridge->setCredentials(TestSupport::testCredentials());
        QVERIFY(m_bridge->start(QHostAddress::LocalHost, 0));
    }

    void cleanupTestCase()
    {
        m_bridge.reset();
        m_store.reset();
    }

    void classify_data()
    {
        QTest::addColumn<bool>("replayed");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<int>("status");
        QTest::addColumn<Result>("expected");
        QTest::newRow("created") << true << Outcome::Created << 200 << Result::Resolved;
        QTest::newRow("duplicate") << true << Outcome::Duplicate << 200 << Result::Resolved;
        QTest::newRow("cancelled") << true << Outcome::Cancelled << 200 << Result::Resolved;
        QTest::newRow("recorded") << true << Outcome::Recorded << 200 << Result::Resolved;
        QTest::newRow("ignored") << true << Outcome::Ignored << 200 << Result::Resolved;
        QTest::newRow("pending") << true << Outcome::Pending << 503 << Result::Pending;
        QTest::newRow("failed") << true << Outcome::Failed << 403 << Result::Failed;
        QTest::newRow("rejected") << true << Outcome::Rejected << 400 << Result::Failed;
        QTest::newRow("interrupted") << true << Outcome::Interrupted << 500 << Result::Failed;
        QTest::newRow("any 4xx") << true << Outcome::Created << 409 << Result::Failed;
        QTest::newRow("not replayed") << false << Outcome::Received << 200 << Result::Skipped;
    }

    void classify()
    {
        QFETCH(bool, replayed);
        QFETCH(Outcome, outcome);
        QFETCH(int, status);
        QFETCH(Result, expected);
        QCOMPARE(Resender::classify(replayed, answer(outcome, status)), expected);
    }

    void resendsCountedWithTheOneRule()
    {
        // Refused for an external ID the table does not know yet.
        QCOMPARE(post(order(u"later-mapped"_s, u"300"_s, u"101"_s)), 400);
        const qint64 fixed = lastEntryId();
        // Refused for a room Hub OS does not know, and it still does not.
        QCOMPARE(post(order(u"no-such-room"_s, u"4"_s, u"9999"_s)), 400);
        const qint64 stillWrong = lastEntryId();
        // Not an order at all.
        TestSupport::send(m_nam, "GET", m_bridge->webhookUrl());
        const qint64 notAnOrder = lastEntryId();

        bool saved = false;
        m_store->saveMapping({ u"300"_s, 4, u"Towels"_s, true }, {}, [&](bool ok) { saved = ok; });
        QTRY_VERIFY(saved);

        const int tasksBefore = m_sandbox.createdTaskCount();
        Resender resender(m_bridge.get(), { fixed, stillWrong, notAnOrder });
        QSignalSpy done(&resender, &Resender::entryDone);
        QSignalSpy progress(&resender, &Resender::progress);
        QSignalSpy finished(&resender, &Resender::finished);
        resender.start();
        QVERIFY(resender.isRunning());
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!resender.isRunning());

        QCOMPARE(done.count(), 3);
        QCOMPARE(done.at(0).at(0).toLongLong(), fixed);
        QCOMPARE(done.at(0).at(1).value<Result>(), Result::Resolved);
        QCOMPARE(done.at(1).at(1).value<Result>(), Result::Failed);
        QCOMPARE(done.at(2).at(1).value<Result>(), Result::Skipped);
        QCOMPARE(progress.count(), 3);
        QCOMPARE(progress.last().at(0).toInt(), 3);
        QCOMPARE(progress.last().at(1).toInt(), 3);

        const Resender::Summary s = resender.summary();
        QCOMPARE(s.total, 3);
        QCOMPARE(s.sent, 3);
        QCOMPARE(s.resolved, 1);
        QCOMPARE(s.failed, 1);
        QCOMPARE(s.skipped, 1);
        QCOMPARE(s.pending, 0);
        QVERIFY(!s.stopped);
        QVERIFY(!s.allResolved());
        QCOMPARE(m_sandbox.createdTaskCount(), tasksBefore + 1);

        // Once more: the fixed order is already in Hub OS (no second task), still resolved.
        Resender again(m_bridge.get(), { fixed });
        QSignalSpy againDone(&again, &Resender::finished);
        again.start();
        QTRY_COMPARE(againDone.count(), 1);
        QCOMPARE(again.summary().resolved, 1);
        QVERIFY(again.summary().allResolved());
        QCOMPARE(m_sandbox.createdTaskCount(), tasksBefore + 1);
    }

    void hubOsAwayIsPendingNotFailed()
    {
        QCOMPARE(post(order(u"while-away"_s, u"4"_s, u"102"_s)), 200);
        const qint64 id = lastEntryId();
        m_sandbox.failNext(100, 503);
        Resender resender(m_bridge.get(), { id });
        QSignalSpy finished(&resender, &Resender::finished);
        resender.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        // The order already has its task: a resend answers from the record, Hub OS not needed.
        QCOMPARE(resender.summary().resolved, 1);

        QCOMPARE(post(order(u"new-while-away"_s, u"4"_s, u"103"_s)), 403);
        const qint64 away = lastEntryId();
        Resender pending(m_bridge.get(), { away });
        QSignalSpy pendingDone(&pending, &Resender::entryDone);
        pending.start();
        QTRY_COMPARE_WITH_TIMEOUT(pendingDone.count(), 1, 20000);
        // Still away: the order stays with the background retries, which is not a failure.
        QCOMPARE(pendingDone.first().at(1).value<Result>(), Result::Pending);
        QCOMPARE(pending.summary().pending, 1);
        QVERIFY(!pending.summary().allResolved());
        m_sandbox.failNext(0, 503);
    }

    void stopEndsAfterTheEntryUnderWay()
    {
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(post(order(u"stop-%1"_s.arg(i), u"4"_s, u"104"_s)), 200);
            ids.append(lastEntryId());
        }
        Resender resender(m_bridge.get(), ids);
        QSignalSpy finished(&resender, &Resender::finished);
        connect(&resender, &Resender::entryDone, &resender, &Resender::stop);
        resender.start();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(resender.summary().sent, 1);
        QVERIFY(resender.summary().stopped);
    }
};

QTEST_GUILESS_MAIN(TestResender)
#include "tst_resender.moc"
