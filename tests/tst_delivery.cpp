// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Unit tests for Delivery, the "plan" and "deliver" steps: one Hub OS task per mapped item, the
// same bytes on every try, what an earlier try created kept, and Hub OS's answers turned into
// Duve's. Real HTTP to the Hub OS sandbox on a local port, a real SQLite file for the attempts.

#include "core/delivery/delivery.h"
#include "core/hubos/hubossandbox.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

OrderData twoItemOrder(const QString &orderKey, const QString &room = u"204"_s)
{
    OrderData o;
    o.orderKey = orderKey;
    o.orderNumber = u"16801"_s;
    o.room = room;
    o.firstName = u"Bobby"_s;
    o.lastName = u"Smith"_s;
    o.serviceName = u"Housekeeping"_s;
    o.specialRequest = u"after 3 pm"_s;
    o.items = { OrderItem { 0, u"4"_s, 2, u"Towels"_s }, OrderItem { 1, u"7"_s, 1, u"Cot"_s } };
    return o;
}

QList<MappedItem> mapped(const OrderData &o)
{
    return { MappedItem { o.items[0], 4 }, MappedItem { o.items[1], 7 } };
}

struct Finished
{
    DuveAnswer answer;
    OrderRecord record;
    int attempts = -1;
};

} // namespace

class TestDelivery : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HubOsSandbox> m_sandbox;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<HubOsClient> m_client;

    // An entry for the attempts to hang on, as the bridge records one before delivering.
    qint64 newEntry()
    {
        HistoryEntry e;
        e.receivedAt = QDateTime::currentDateTimeUtc();
        e.method = u"POST"_s;
        e.path = u"/webhooks/duve"_s;
        qint64 id = 0;
        m_store->insertEntry(e, [&id](bool ok, qint64 newId) { id = ok ? newId : -1; });
        [&] { QTRY_VERIFY(id != 0); }();
        return id;
    }

    Finished run(Delivery *delivery)
    {
        Finished f;
        bool done = false;
        connect(delivery, &Delivery::finished, this,
            [&](const DuveAnswer &a, const OrderRecord &r, int attempts) {
                f = { a, r, attempts };
                done = true;
            });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return f;
    }

    Finished create(const OrderRecord &planned, qint64 entryId)
    {
        return run(Delivery::createTasks(
            m_client.get(), m_store.get(), entryId, planned, QDeadlineTimer(10000), this));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_sandbox = std::make_unique<HubOsSandbox>();
        m_sandbox->setCredentials(TestSupport::testCredentials());
        QVERIFY(m_sandbox->listen(QHostAddress::LocalHost, 0));
        m_store = HistoryStore::create(m_dir->filePath(u"history.sqlite"_s));
        QVERIFY(m_store->open());
        m_client = std::make_unique<HubOsClient>();
        m_client->setBaseUrl(m_sandbox->url());
        m_client->setCredentials(TestSupport::testCredentials());
        DeliveryPolicy policy;
        policy.attempts = 2;
        policy.backoffMs = 10;
        policy.attemptTimeoutMs = 1000;
        m_client->setPolicy(policy);
    }

    void cleanup()
    {
        m_client.reset();
        m_store.reset();
        m_sandbox.reset();
        m_dir.reset();
    }

    void planMakesOneTaskPerItem()
    {
        const OrderData order = twoItemOrder(u"plan-1"_s);
        const OrderRecord planned = Delivery::plan(order, mapped(order), OrderRecord());
        QCOMPARE(planned.orderKey, u"plan-1"_s);
        QCOMPARE(planned.state, DeliveryState::Pending);
        QCOMPARE(planned.tasks.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const TaskRecord &t = planned.tasks[i];
            QCOMPARE(t.itemIndex, i);
            QCOMPARE(t.state, DeliveryState::Pending);
            QCOMPARE(t.externalRef, HubOsTask::externalRefFor(u"plan-1"_s, i));
            const QJsonObject body = QJsonDocument::fromJson(t.request).object();
            QCOMPARE(body.value(u"taskTypeId"_s).toInt(), i == 0 ? 4 : 7);
            QCOMPARE(body.value(u"externalRef"_s).toString(), t.externalRef);
        }
        QCOMPARE(planned.tasks[0].quantity, 2);
        // The notes say what the guest asked for, the service once.
        const QString notes = QJsonDocument::fromJson(planned.tasks[0].request)
                                  .object()
                                  .value(u"notes"_s)
                                  .toString();
        QCOMPARE(notes, u"Housekeeping - Towels - after 3 pm"_s);
    }

    void planKeepsWhatAnEarlierTryCreated()
    {
        const OrderData order = twoItemOrder(u"plan-2"_s);
        OrderRecord earlier = Delivery::plan(order, mapped(order), OrderRecord());
        earlier.tasks[0].state = DeliveryState::Created;
        earlier.tasks[0].taskId = u"task-already"_s;
        const QByteArray firstRequest = earlier.tasks[1].request;
        const OrderRecord again = Delivery::plan(order, mapped(order), earlier);
        QCOMPARE(again.tasks[0].state, DeliveryState::Created);
        QCOMPARE(again.tasks[0].taskId, u"task-already"_s);
        QCOMPARE(again.tasks[1].state, DeliveryState::Pending);
        QCOMPARE(again.tasks[1].request, firstRequest); // the same bytes on every try
    }

    void everyTaskCreated()
    {
        const OrderData order = twoItemOrder(u"create-1"_s);
        const qint64 entry = newEntry();
        const Finished f = create(Delivery::plan(order, mapped(order), OrderRecord()), entry);
        QCOMPARE(f.answer.httpStatus, 200);
        QCOMPARE(f.answer.outcome, Outcome::Created);
        QCOMPARE(f.record.state, DeliveryState::Created);
        QCOMPARE(f.attempts, 2);
        QCOMPARE(m_sandbox->createdTaskCount(), 2);
        const QJsonArray tasks = f.answer.body.value(u"tasks"_s).toArray();
        QCOMPARE(tasks.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QVERIFY(!f.record.tasks[i].taskId.isEmpty());
            QCOMPARE(tasks[i][u"taskId"_s].toString(), f.record.tasks[i].taskId);
        }
        QCOMPARE(f.record.answer, f.answer.bodyBytes()); // kept for the duplicate answer
        QTRY_COMPARE(m_store->attempts(entry).size(), 2); // every exchange recorded
    }

    void onlyWhatIsMissingIsSentAgain()
    {
        const OrderData order = twoItemOrder(u"create-2"_s);
        OrderRecord planned = Delivery::plan(order, mapped(order), OrderRecord());
        planned.tasks[0].state = DeliveryState::Created;
        planned.tasks[0].taskId = u"task-from-before"_s;
        const Finished f = create(planned, newEntry());
        QCOMPARE(f.answer.outcome, Outcome::Created);
        QCOMPARE(m_sandbox->createdTaskCount(), 1);
        QCOMPARE(f.record.tasks[0].taskId, u"task-from-before"_s);
        QCOMPARE(f.answer.body.value(u"tasks"_s).toArray().size(), 2);
    }

    void hubOsDownIsWorthARetry()
    {
        m_sandbox->failNext(1000, 503);
        const OrderData order = twoItemOrder(u"down-1"_s);
        const Finished f = create(Delivery::plan(order, mapped(order), OrderRecord()), newEntry());
        QCOMPARE(f.answer.httpStatus, 403);
        QCOMPARE(f.answer.code(), u"WEB_HUK_REQUEST_ATTEMPT_FAILED"_s);
        QVERIFY(f.answer.message().contains(u"after 2 attempt"_s));
        QCOMPARE(f.answer.outcome, Outcome::Pending); // transient: the outbox tries again
        QCOMPARE(f.record.state, DeliveryState::Pending);
        QCOMPARE(f.attempts, 4); // two items, two attempts each
        QVERIFY(!f.record.lastError.isEmpty());
    }

    void unknownRoomNeedsAPerson()
    {
        m_sandbox->setRooms({ u"101"_s });
        const OrderData order = twoItemOrder(u"room-1"_s, u"999"_s);
        const Finished f = create(Delivery::plan(order, mapped(order), OrderRecord()), newEntry());
        QCOMPARE(f.answer.httpStatus, 400);
        QCOMPARE(f.answer.code(), u"WEB_HUK_HUBOS_REQUEST_FAIL"_s);
        QCOMPARE(f.answer.message(), u"Unknown room"_s);
        QCOMPARE(f.answer.outcome, Outcome::Failed); // not retried in the background
        QCOMPARE(f.record.state, DeliveryState::Failed);
        QCOMPARE(f.attempts, 2); // one each: a 4xx is not retried
    }

    void rejectedCredentialsAreSaid()
    {
        m_sandbox->setRejectCredentials(true);
        const OrderData order = twoItemOrder(u"creds-1"_s);
        const Finished f = create(Delivery::plan(order, mapped(order), OrderRecord()), newEntry());
        QCOMPARE(f.answer.code(), u"WEB_HUK_INVALID_CREDS"_s);
        QCOMPARE(f.answer.outcome, Outcome::Failed);
    }

    void cancelCancelsTheCreatedTasks()
    {
        const OrderData order = twoItemOrder(u"cancel-1"_s);
        const Finished created
            = create(Delivery::plan(order, mapped(order), OrderRecord()), newEntry());
        QCOMPARE(created.record.state, DeliveryState::Created);
        const Finished f = run(Delivery::cancelTasks(m_client.get(), m_store.get(), newEntry(),
            created.record, QDeadlineTimer(10000), this));
        QCOMPARE(f.answer.httpStatus, 200);
        QCOMPARE(f.answer.outcome, Outcome::Cancelled);
        QCOMPARE(f.record.state, DeliveryState::Cancelled);
        QCOMPARE(f.answer.body.value(u"tasks"_s).toArray().size(), 2);
        QVERIFY(!f.record.cancelAnswer.isEmpty());
    }

    void nothingToCreateStillFinishes()
    {
        // Every task created before: no call, and the signal still comes (from the event loop,
        // after the caller connected).
        const OrderData order = twoItemOrder(u"done-1"_s);
        OrderRecord planned = Delivery::plan(order, mapped(order), OrderRecord());
        for (TaskRecord &t : planned.tasks) {
            t.state = DeliveryState::Created;
            t.taskId = u"t-"_s + QString::number(t.itemIndex);
        }
        const Finished f = create(planned, newEntry());
        QCOMPARE(f.answer.outcome, Outcome::Created);
        QCOMPARE(f.attempts, 0);
        QCOMPARE(m_sandbox->createdTaskCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDelivery)
#include "tst_delivery.moc"
