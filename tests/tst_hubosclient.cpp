// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// HubOsClient against a real HubOsSandbox over real HTTP on 127.0.0.1 (same process, same event
// loop). The contract under test: ../shared/contracts/hubos-outbound.md.

#include "core/hubos/hubosclient.h"
#include "core/hubos/hubossandbox.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// What one HubOsCall did, collected from its signals.
struct CallRun
{
    bool finished = false; // finished() arrived before the timeout
    int finishedCount = 0; // how many times finished() was emitted (must be 1)
    bool deleted = false; // the call deleted itself afterwards
    HubOsResult result;
    QList<HubOsAttempt> attempts;
    qint64 elapsedMs = 0; // from the call being made to finished()
};

// Fast numbers so the whole test runs in a few seconds.
DeliveryPolicy fastPolicy()
{
    DeliveryPolicy p;
    p.attempts = 3;
    p.backoffMs = 50;
    p.attemptTimeoutMs = 500;
    p.answerWithinMs = 10000;
    return p;
}

HubOsTask sampleTask(const QString &externalRef = u"duve:63be7b757c2370fadee27bd1:0"_s)
{
    HubOsTask t;
    t.taskTypeId = 4;
    t.room = u"204"_s;
    t.guestName = u"Bobby Smith"_s;
    // 01:45 at UTC+1 is 00:45 UTC: the client must send UTC with a Z.
    t.dueAt = QDateTime(QDate(2023, 1, 17), QTime(1, 45), QTimeZone(3600));
    t.quantity = 2;
    t.notes = u"Towel service - 2 extra bath towels"_s;
    t.externalRef = externalRef;
    return t;
}

// Gap between the end of `a` and the start of `b`, in ms.
qint64 gapMs(const HubOsAttempt &a, const HubOsAttempt &b)
{
    return a.startedAt.addMSecs(a.latencyMs).msecsTo(b.startedAt);
}

} // namespace

class TestHubOsClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createTaskSendsContractRequest();
    void sameExternalRefReturnsSameTask();
    void badCredentialsAreNotRetried();
    void unknownRoomAndTaskTypeAreNotRetried();
    void serverErrorsAreRetriedUntilSuccess();
    void persistentServerErrorsExhaustAttempts();
    void throttlingHonoursRetryAfter();
    void slowHubOsTimesOutEachAttempt();
    void connectionRefusedIsRetriedThenExhausted();
    void deadlineBoundsTheAttempt();
    void cancelTask();
    void referenceData();
    void emptyBaseUrlFailsCleanly();
    void attemptRecordsNeverContainCredentials();
    void backoffGrowsBetweenAttempts();

private:
    CallRun run(HubOsCall *call, int timeoutMs = 20000);
    QJsonObject control(const QByteArray &method, const QString &what, const QByteArray &body = {});

    std::unique_ptr<HubOsSandbox> m_sandbox;
    std::unique_ptr<HubOsClient> m_client;
    std::unique_ptr<QNetworkAccessManager> m_nam; // for the sandbox's control endpoints
};

void TestHubOsClient::initTestCase()
{
    qRegisterMetaType<HubOsResult>();
    qRegisterMetaType<HubOsAttempt>();
}

void TestHubOsClient::init()
{
    m_sandbox = std::make_unique<HubOsSandbox>();
    QString error;
    QVERIFY2(m_sandbox->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    QVERIFY(m_sandbox->port() != 0);
    m_sandbox->setCredentials(TestSupport::testCredentials());

    m_client = std::make_unique<HubOsClient>();
    m_client->setBaseUrl(m_sandbox->url());
    m_client->setCredentials(TestSupport::testCredentials());
    m_client->setPolicy(fastPolicy());

    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestHubOsClient::cleanup()
{
    m_client.reset(); // its calls and their replies go with it
    m_nam.reset();
    m_sandbox.reset(); // pending delayed answers are dropped with it
    QTest::qWait(10); // let deferred deletes run before the next test
}

CallRun TestHubOsClient::run(HubOsCall *call, int timeoutMs)
{
    CallRun r;
    if (!call)
        return r;
    QElapsedTimer timer;
    timer.start();
    QPointer<HubOsCall> guard(call);
    QSignalSpy finished(call, &HubOsCall::finished);
    QSignalSpy attempts(call, &HubOsCall::attemptFinished);
    if (finished.isEmpty())
        finished.wait(timeoutMs);
    r.elapsedMs = timer.elapsed();
    r.finished = !finished.isEmpty();
    if (!r.finished)
        return r;
    // finished() must come exactly once and the call must clean itself up.
    for (int i = 0; i < 100 && guard; ++i)
        QTest::qWait(10);
    r.deleted = guard.isNull();
    r.finishedCount = int(finished.count());
    r.result = finished.at(0).at(0).value<HubOsResult>();
    for (const QList<QVariant> &args : attempts)
        r.attempts.append(args.at(0).value<HubOsAttempt>());
    return r;
}

QJsonObject TestHubOsClient::control(
    const QByteArray &method, const QString &what, const QByteArray &body)
{
    QUrl url = m_sandbox->url();
    url.setPath(u"/_sandbox/"_s + what);
    const TestSupport::Reply reply = TestSupport::send(*m_nam, method, url, body, {}, 10000);
    return reply.json;
}

#define VERIFY_RUN(r)                                                                              \
    do {                                                                                           \
        QVERIFY2((r).finished, "HubOsCall::finished() was not emitted in time");                   \
        QCOMPARE((r).finishedCount, 1);                                                            \
        QVERIFY2((r).deleted, "HubOsCall did not delete itself after finishing");                  \
    } while (false)

void TestHubOsClient::createTaskSendsContractRequest()
{
    const HubOsTask task = sampleTask();
    const CallRun r = run(m_client->createTask(task, QDeadlineTimer(10000)));
    VERIFY_RUN(r);

    QCOMPARE(r.result.outcome, HubOsResult::Ok);
    QCOMPARE(r.result.taskId, u"HT-1001"_s);
    QCOMPARE(r.result.status, u"created"_s);
    QCOMPARE(r.result.httpStatus, 201);
    QCOMPARE(r.result.attempts, 1);
    QVERIFY2(r.result.error.isEmpty(), qPrintable(r.result.error));
    QCOMPARE(r.attempts.size(), 1);
    QCOMPARE(r.attempts.at(0).number, 1);
    QCOMPARE(r.attempts.at(0).httpStatus, 201);
    QCOMPARE(r.attempts.at(0).method, "POST"_ba);
    QCOMPARE(r.attempts.at(0).taskId, u"HT-1001"_s);
    QCOMPARE(r.attempts.at(0).url.path(), u"/v1/tasks"_s);

    // Exactly one call reached Hub OS, with the contract's headers.
    QCOMPARE(m_sandbox->calls().size(), std::size_t(1));
    const HubOsSandbox::Call &call = m_sandbox->calls().front();
    QCOMPARE(call.method, "POST"_ba);
    QCOMPARE(call.path, u"/v1/tasks"_s);
    QCOMPARE(call.idempotencyKey, task.externalRef.toUtf8());
    QCOMPARE(call.accept, "application/json"_ba);
    QCOMPARE(call.contentType, "application/json; charset=utf-8"_ba);
    QVERIFY(call.credentialsOk);
    QCOMPARE(call.status, 201);

    // The same, as the sandbox reports it on its control endpoint.
    const QJsonArray reported = control("GET", u"calls"_s).value(u"calls"_s).toArray();
    QCOMPARE(reported.size(), 1);
    QCOMPARE(reported.at(0).toObject().value(u"credentials"_s).toString(), u"ok"_s);
    QCOMPARE(reported.at(0).toObject().value(u"idempotencyKey"_s).toString(), task.externalRef);

    // The body: exactly the contract's fields.
    const QJsonObject body = call.body;
    QCOMPARE(body.value(u"taskTypeId"_s).toInt(), 4);
    QCOMPARE(body.value(u"room"_s).toString(), u"204"_s);
    QCOMPARE(body.value(u"guestName"_s).toString(), u"Bobby Smith"_s);
    QCOMPARE(body.value(u"dueAt"_s).toString(), u"2023-01-17T00:45:00Z"_s);
    QCOMPARE(body.value(u"quantity"_s).toInt(), 2);
    QCOMPARE(body.value(u"notes"_s).toString(), u"Towel service - 2 extra bath towels"_s);
    QCOMPARE(body.value(u"externalRef"_s).toString(), task.externalRef);
    QStringList keys = body.keys();
    keys.sort();
    QCOMPARE(keys,
        (QStringList { u"dueAt"_s, u"externalRef"_s, u"guestName"_s, u"notes"_s, u"quantity"_s,
            u"room"_s, u"taskTypeId"_s }));
    QCOMPARE(QJsonDocument::fromJson(r.attempts.at(0).requestBody).object(), body);

    QCOMPARE(m_sandbox->createdTaskCount(), 1);
    QCOMPARE(m_sandbox->tasks().at(0).id, u"HT-1001"_s);
    QCOMPARE(m_sandbox->tasks().at(0).state, u"created"_s);
    QCOMPARE(m_sandbox->tasks().at(0).externalRef, task.externalRef);

    // Without a due time and notes, both fields are left out.
    HubOsTask bare = sampleTask(u"duve:63be7b757c2370fadee27bd1:1"_s);
    bare.dueAt = QDateTime();
    bare.notes.clear();
    const CallRun r2 = run(m_client->createTask(bare, QDeadlineTimer(10000)));
    VERIFY_RUN(r2);
    QCOMPARE(r2.result.outcome, HubOsResult::Ok);
    QCOMPARE(r2.result.taskId, u"HT-1002"_s);
    QCOMPARE(m_sandbox->calls().size(), std::size_t(2));
    const QJsonObject bareBody = m_sandbox->calls().back().body;
    QVERIFY(!bareBody.contains(u"dueAt"_s));
    QVERIFY(!bareBody.contains(u"notes"_s));
    keys = bareBody.keys();
    keys.sort();
    QCOMPARE(keys,
        (QStringList {
            u"externalRef"_s, u"guestName"_s, u"quantity"_s, u"room"_s, u"taskTypeId"_s }));
    QCOMPARE(m_sandbox->calls().back().idempotencyKey, bare.externalRef.toUtf8());
}

void TestHubOsClient::sameExternalRefReturnsSameTask()
{
    const HubOsTask task = sampleTask();
    const CallRun first = run(m_client->createTask(task, QDeadlineTimer(10000)));
    VERIFY_RUN(first);
    QCOMPARE(first.result.outcome, HubOsResult::Ok);
    QCOMPARE(first.result.status, u"created"_s);
    QVERIFY(!first.result.taskId.isEmpty());

    const CallRun second = run(m_client->createTask(task, QDeadlineTimer(10000)));
    VERIFY_RUN(second);
    QCOMPARE(second.result.outcome, HubOsResult::Ok);
    QCOMPARE(second.result.taskId, first.result.taskId);
    QCOMPARE(second.result.status, u"exists"_s);
    QCOMPARE(second.result.httpStatus, 200);
    QCOMPARE(second.result.attempts, 1);

    QCOMPARE(m_sandbox->createdTaskCount(), 1);
    QCOMPARE(m_sandbox->calls().size(), std::size_t(2));
    QCOMPARE(m_sandbox->calls().at(0).idempotencyKey, task.externalRef.toUtf8());
    QCOMPARE(m_sandbox->calls().at(1).idempotencyKey, task.externalRef.toUtf8());
}

void TestHubOsClient::badCredentialsAreNotRetried()
{
    // Wrong values on the client side.
    HubOsCredentials wrong = TestSupport::testCredentials();
    wrong.passwordToken = u"password-WRONG"_s;
    m_client->setCredentials(wrong);
    const CallRun r = run(m_client->createTask(sampleTask(), QDeadlineTimer(10000)));
    VERIFY_RUN(r);
    QCOMPARE(r.result.outcome, HubOsResult::BadCredentials);
    QCOMPARE(r.result.attempts, 1);
    QCOMPARE(r.result.httpStatus, 401);
    QVERIFY(!r.result.error.isEmpty());
    QCOMPARE(r.attempts.size(), 1);
    QTest::qWait(300); // several backoffs long: nothing else may arrive
    QCOMPARE(m_sandbox->calls().size(), std::size_t(1));
    QVERIFY(!m_sandbox->calls().front().credentialsOk);

    // Right values, but Hub OS rejects them.
    m_client->setCredentials(TestSupport::testCredentials());
    m_sandbox->setRejectCredentials(true);
    const CallRun rejected = run(m_client->createTask(sampleTask(), QDeadlineTimer(10000)));
    VERIFY_RUN(rejected);
    QCOMPARE(rejected.result.outcome, HubOsResult::BadCredentials);
    QCOMPARE(rejected.result.attempts, 1);
    QCOMPARE(rejected.result.httpStatus, 401);
    QCOMPARE(rejected.attempts.size(), 1);
    QTest::qWait(300);
    QCOMPARE(m_sandbox->calls().size(), std::size_t(2));
    QVERIFY(m_sandbox->calls().back().credentialsOk);

    // 403 means the same.
    m_sandbox->setRejectCredentials(false);
    m_sandbox->failNext(1, 403);
    const CallRun forbidden = run(m_client->createTask(sampleTask(), QDeadlineTimer(10000)));
    VERIFY_RUN(forbidden);
    QCOMPARE(forbidden.result.outcome, HubOsResult::BadCredentials);
    QCOMPARE(forbidden.result.attempts, 1);
    QCOMPARE(forbidden.result.httpStatus, 403);
    QTest::qWait(300);
    QCOMPARE(m_sandbox->calls().size(), std::size_t(3));
    QCOMPARE(m_sandbox->createdTaskCount(), 0);
}

void TestHubOsClient::unknownRoomAndTaskTypeAreNotRetried()
{
    HubOsTask task = sampleTask(u"duve:room:0"_s);
    task.room = u"9999"_s;
    const CallRun room = run(m_client->createTask(task, QDeadlineTimer(10000)));
    VERIFY_RUN(room);
    QCOMPARE(room.result.outcome, HubOsResult::UnknownRoom);
    QCOMPARE(room.result.attempts, 1);
    QCOMPARE(room.result.httpStatus, 422);
    QVERIFY(room.result.error.contains(u"room"_s));
    QCOMPARE(room.attempts.size(), 1);

    task = sampleTask(u"duve:type:0"_s);
    task.taskTypeId = 999;
    const CallRun type = run(m_client->createTask(task, QDeadlineTimer(10000)));
    VERIFY_RUN(type);
    QCOMPARE(type.result.outcome, HubOsResult::UnknownTaskType);
    QCOMPARE(type.result.attempts, 1);
    QCOMPARE(type.result.httpStatus, 422);
    QVERIFY(type.result.error.contains(u"task type"_s));
    QCOMPARE(type.attempts.size(), 1);

    QTest::qWait(300);
    QCOMPARE(m_sandbox->calls().size(), std::size_t(2));
    QCOMPARE(m_sandbox->createdTaskCount(), 0);
}

void TestHubOsClient::serverErrorsAreRetriedUntilSuccess()
{
    m_sandbox->failNext(2, 503);
    const HubOsTask task = sampleTask();
    const CallRun r = run(m_client->createTask(task, QDeadlineTimer(10000)));
    VERIFY_RUN(r);
    QCOMPARE(r.result.outcome, HubOsResult::Ok);
    QCOMPARE(r.result.attempts, 3);
    QCOMPARE(r.result.httpStatus, 201);
    QCOMPARE(r.result.taskId, u"HT-1001"_s);

    QCOMPARE(r.attempts.size(), 3);
    const QList<int> expected { 503, 503, 201 };
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(r.attempts.at(i).number, i + 1);
        QCOMPARE(r.attempts.at(i).httpStatus, expected.at(i));
    }
    QVERIFY(!r.attempts.at(0).error.isEmpty());
    QVERIFY(r.attempts.at(2).error.isEmpty());
    QCOMPARE(r.attempts.at(2).taskId, u"HT-1001"_s);
    // Every retry sends the same body and the same Idempotency-Key.
    QCOMPARE(r.attempts.at(0).requestBody, r.attempts.at(2).requestBody);

    QCOMPARE(m_sandbox->calls().size(), std::size_t(3));
    for (const HubOsSandbox::Call &c : m_sandbox->calls())
        QCOMPARE(c.idempotencyKey, task.externalRef.toUtf8());
    QCOMPARE(m_sandbox->createdTaskCount(), 1);
}

void TestHubOsClient::persistentServerErrorsExhaustAttempts()
{
    m_sandbox->failNext(5, 500);
    const CallRun r = run(m_client->createTask(sampleTask(), QDeadlineTimer(10000)));
    VERIFY_RUN(r);
    QCOMPARE(r.result.outcome, HubOsResult::Exhausted);
    QCOMPARE(r.result.attempts, m_client->policy().attempts);
    QCOMPARE(r.result.httpStatus, 500);
    QVERIFY2(r.result.error.contains(u"500"_s), qPrintable(r.result.error));
    QCOMPARE(r.attempts.size(), m_client->policy().attempts);
    for (const HubOsAttempt &a : r.attempts)
        QCOMPARE(a.httpStatus, 500);

    QTest::qWait(300); // no late extra attempt
    QCOMPARE(m_sandbox->calls().size(), std::size_t(m_client->policy().attempts));
    // Two injected failures are left unused.
    QCOMPARE(control("POST", u"faults"_s, "{}"_ba).value(u"failRemaining"_s).toInt(), 2);
    QCOMPARE(m_sandbox->createdTaskCount(), 0);
}

void TestHubOsClient::throttlingHonoursRetryAfter()
{
    m_sandbox->throttleNext(1, 1);

    // The contract says "waiting at least Retry-After". Start just past a 500 ms boundary of the
    // monotonic clock, so the retry is due just past one too: the worst case for a default
    // (Qt::CoarseTimer) QTimer, which aligns to such boundaries and may fire up to 5% early. A
    // client that really waits at least Retry-After passes in every phase.
    // (QElapsedTimer and Qt's timers both read CLOCK_MONOTONIC on Linux.)
    QElapsedTimer clock;
    for (int i = 0; i < 10000; ++i) { // at most ~2 s, normally under 500 ms
        clock.start();
        const qint64 phase = clock.msecsSinceReference() % 500;
        if (phase >= 25 && phase <= 28)
            break;
        QThread::usleep(200);
    }

    const CallRun r = run(m_client->createTask(sampleTask(), QDeadlineTimer(10000)));
    VERIFY_RUN(r);
    QCOMPARE(r.result.outcome, HubOsResult::Ok);
    QCOMPARE(r.result.attempts, 2);
    QCOMPARE(r.attempts.size(), 2);
    QCOMPARE(r.attempts.at(0).httpStatus, 429);
    QCOMPARE(r.attempts.at(1).httpStatus, 201);
    QCOMPARE(m_sandbox->createdTaskCount(), 1);

    // Retry-After: 1 wins over backoffMs 50: the retry starts at least 1000 ms after the 429.
    const qint64 gap = gapMs(r.attempts.at(0), r.attempts.at(1));
    QVERIFY2(
        gap >= 1000, qPrintable(u"retried %1 ms after the 429 with Retry-After: 1"_s.arg(gap)));
    QVERIFY2(r.elapsedMs >= 1000, qPrintable(u"finished after %1 ms"_s.arg(r.elapsedMs)));
    QVERIFY2(r.elapsedMs < 5000, qPrintable(u"finished after %1 ms"_s.arg(r.elapsedMs)));
}

void TestHubOsClient::slowHubOsTimesOutEachAttempt()
{
    DeliveryPolicy policy = fastPolicy();
    policy.attemptTimeoutMs = 300;
    m_client->setPolicy(policy);
    m_sandbox->setLatencyMs(2000);

    const CallRun r = run(m_client->createTask(sampleTask(), QDeadlineTimer(20000)));
    VERIFY_RUN(r);
    QCOMPARE(r.result.outcome, HubOsResult::Exhausted);
    QCOMPARE(r.result.attempts, policy.attempts);
    QCOMPARE(r.result.httpStatus, 0);
    QVERIFY2(r.result.error.contains(u"no answer"_s), qPrintable(r.result.error));
    QVERIFY2(r.result.error.contains(u"300 ms"_s), qPrintable(r.result.error));
    QCOMPARE(r.attempts.size(), policy.attempts);
    for (const HubOsAttempt &a : r.attempts) {
        QCOMPARE(a.httpStatus, 0);
        QVERIFY2(a.latencyMs >= 270 && a.latencyMs <= 700,
            qPrintable(u"attempt %1 took %2 ms"_s.arg(a.number).arg(a.latencyMs)));
        QVERIFY2(a.error.contains(u"no answer"_s), qPrintable(a.error));
    }
    // 3 x 300 ms plus two short backoffs, nowhere near the sandbox's 2 s.
    QVERIFY2(r.elapsedMs < 1900, qPrintable(u"finished after %1 ms"_s.arg(r.elapsedMs)));

    // The requests did reach the sandbox; its late answers to closed connections are harmless.
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->calls().size(), std::size_t(policy.attempts), 10000);
}

void TestHubOsClient::connectionRefusedIsRetriedThenExhausted()
{
    const quint16 port = TestSupport::freePort(); // nobody listens there
    QVERIFY(port != 0);
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port);
    m_client->setBaseUrl(url);

    const CallRun r = run(m_client->createTask(sampleTask(), QDeadlineTimer(10000)));
    VERIFY_RUN(r);
    QCOMPARE(r.result.outcome, HubOsResult::Exhausted);
    QCOMPARE(r.result.attempts, m_client->policy().attempts);
    QCOMPARE(r.result.httpStatus, 0);
    QVERIFY2(r.result.error.contains(u"cannot reach"_s), qPrintable(r.result.error));
    QCOMPARE(r.attempts.size(), m_client->policy().attempts);
    for (const HubOsAttempt &a : r.attempts) {
        QCOMPARE(a.httpStatus, 0);
        QVERIFY(!a.error.isEmpty());
    }
    QVERIFY2(r.elapsedMs < 5000, qPrintable(u"finished after %1 ms"_s.arg(r.elapsedMs)));
    QVERIFY(m_sandbox->calls().empty());
}

void TestHubOsClient::deadlineBoundsTheAttempt()
{
    DeliveryPolicy policy = fastPolicy();
    policy.attemptTimeoutMs = 5000;
    m_client->setPolicy(policy);
    m_sandbox->setLatencyMs(2000);

    QElapsedTimer timer;
    timer.start();
    const CallRun r = run(m_client->createTask(sampleTask(), QDeadlineTimer(400)));
    VERIFY_RUN(r);
    QCOMPARE(r.result.outcome, HubOsResult::Exhausted);
    QCOMPARE(r.result.httpStatus, 0);
    QVERIFY2(r.elapsedMs >= 350, qPrintable(u"finished after %1 ms"_s.arg(r.elapsedMs)));
    QVERIFY2(r.elapsedMs <= 700, qPrintable(u"finished after %1 ms"_s.arg(r.elapsedMs)));
    QVERIFY(r.result.attempts >= 1);
    QCOMPARE(r.attempts.size(), r.result.attempts);
    QVERIFY(r.attempts.at(0).latencyMs <= 600);
    QVERIFY2(r.result.error.contains(u"no answer"_s), qPrintable(r.result.error));

    // No attempt starts after the deadline.
    QTest::qWait(300);
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->calls().size(), std::size_t(r.result.attempts), 5000);
    QTest::qWait(200);
    QCOMPARE(m_sandbox->calls().size(), std::size_t(r.result.attempts));
}

void TestHubOsClient::cancelTask()
{
    const CallRun created = run(m_client->createTask(sampleTask(), QDeadlineTimer(10000)));
    VERIFY_RUN(created);
    QCOMPARE(created.result.outcome, HubOsResult::Ok);
    const QString taskId = created.result.taskId;

    const CallRun cancelled = run(m_client->cancelTask(taskId, QDeadlineTimer(10000)));
    VERIFY_RUN(cancelled);
    QCOMPARE(cancelled.result.outcome, HubOsResult::Ok);
    QCOMPARE(cancelled.result.httpStatus, 200);
    QCOMPARE(cancelled.result.attempts, 1);
    QCOMPARE(cancelled.result.status, u"cancelled"_s);
    QCOMPARE(cancelled.result.taskId, taskId);
    QCOMPARE(m_sandbox->tasks().size(), 1);
    QCOMPARE(m_sandbox->tasks().at(0).id, taskId);
    QCOMPARE(m_sandbox->tasks().at(0).state, u"cancelled"_s);

    const HubOsSandbox::Call &call = m_sandbox->calls().back();
    QCOMPARE(call.method, "POST"_ba);
    QCOMPARE(call.path, u"/v1/tasks/%1/cancel"_s.arg(taskId));
    QVERIFY(call.credentialsOk);
    QCOMPARE(call.accept, "application/json"_ba);
    QCOMPARE(call.contentType, "application/json; charset=utf-8"_ba);

    const CallRun unknown = run(m_client->cancelTask(u"HT-unknown"_s, QDeadlineTimer(10000)));
    VERIFY_RUN(unknown);
    QCOMPARE(unknown.result.outcome, HubOsResult::NotFound);
    QCOMPARE(unknown.result.httpStatus, 404);
    QCOMPARE(unknown.result.attempts, 1);
    QCOMPARE(m_sandbox->calls().back().path, u"/v1/tasks/HT-unknown/cancel"_s);
    QTest::qWait(300);
    QCOMPARE(m_sandbox->calls().size(), std::size_t(3));
    QCOMPARE(m_sandbox->tasks().at(0).state, u"cancelled"_s);
}

void TestHubOsClient::referenceData()
{
    const CallRun types = run(m_client->fetchTaskTypes());
    VERIFY_RUN(types);
    QCOMPARE(types.result.outcome, HubOsResult::Ok);
    QCOMPARE(types.result.httpStatus, 200);
    QCOMPARE(types.result.attempts, 1);
    const QJsonArray list
        = QJsonDocument::fromJson(types.result.body).object().value(u"taskTypes"_s).toArray();
    QCOMPARE(list.size(), 25);
    QCOMPARE(list.first().toObject().value(u"id"_s).toInt(), 2);
    QCOMPARE(list.first().toObject().value(u"name"_s).toString(), u"Change bed sheets"_s);
    QCOMPARE(list.last().toObject().value(u"id"_s).toInt(), 26);
    QCOMPARE(list.last().toObject().value(u"name"_s).toString(), u"Security"_s);
    QCOMPARE(m_sandbox->calls().back().method, "GET"_ba);
    QCOMPARE(m_sandbox->calls().back().path, u"/v1/task-types"_s);
    QCOMPARE(m_sandbox->calls().back().accept, "application/json"_ba);
    QVERIFY(m_sandbox->calls().back().idempotencyKey.isEmpty());
    QVERIFY(m_sandbox->calls().back().credentialsOk);

    const CallRun rooms = run(m_client->fetchRooms());
    VERIFY_RUN(rooms);
    QCOMPARE(rooms.result.outcome, HubOsResult::Ok);
    QCOMPARE(rooms.result.httpStatus, 200);
    const QJsonObject roomsBody = QJsonDocument::fromJson(rooms.result.body).object();
    QVERIFY(roomsBody.contains(u"rooms"_s));
    const QJsonArray roomList = roomsBody.value(u"rooms"_s).toArray();
    QCOMPARE(roomList.size(), HubOsSandbox::defaultRooms().size());
    QVERIFY(roomList.contains(QJsonValue(u"204"_s)));
    QCOMPARE(m_sandbox->calls().back().path, u"/v1/rooms"_s);
    QCOMPARE(m_sandbox->calls().size(), std::size_t(2));

    // A Hub OS with task types of its own lists them after the catalogue, and takes tasks of
    // those types.
    bool ok = false;
    QCOMPARE(HubOsTaskTypes::fromAnswer(types.result.body, &ok), HubOsTaskTypes::catalogue());
    QVERIFY(ok);
    m_sandbox->setExtraTaskTypes({ { 31, u"Pool towels"_s } });
    const CallRun more = run(m_client->fetchTaskTypes());
    VERIFY_RUN(more);
    const QList<TaskType> listed = HubOsTaskTypes::fromAnswer(more.result.body);
    QCOMPARE(listed.size(), 26);
    QCOMPARE(listed.last().id, 31);
    QCOMPARE(listed.last().name, u"Pool towels"_s);
    HubOsTask task = sampleTask(u"extra-type"_s);
    task.taskTypeId = 31;
    const CallRun created = run(m_client->createTask(task, QDeadlineTimer(5000)));
    VERIFY_RUN(created);
    QCOMPARE(created.result.outcome, HubOsResult::Ok);
    QVERIFY(!HubOsTaskTypes::fromAnswer("{\"rooms\":[]}", &ok).size());
    QVERIFY(!ok);
}

void TestHubOsClient::emptyBaseUrlFailsCleanly()
{
    m_client->setBaseUrl(QUrl());
    const CallRun r = run(m_client->createTask(sampleTask(), QDeadlineTimer(10000)), 5000);
    VERIFY_RUN(r);
    QCOMPARE(r.result.outcome, HubOsResult::Exhausted);
    QVERIFY2(r.result.error.contains(u"URL"_s), qPrintable(r.result.error));
    QVERIFY2(r.result.error.contains(u"not set"_s), qPrintable(r.result.error));
    QCOMPARE(r.result.attempts, 0);
    QCOMPARE(r.result.httpStatus, 0);
    QVERIFY(r.attempts.isEmpty());
    QVERIFY2(r.elapsedMs < 1000, qPrintable(u"finished after %1 ms"_s.arg(r.elapsedMs)));

    const CallRun types = run(m_client->fetchTaskTypes(), 5000);
    VERIFY_RUN(types);
    QCOMPARE(types.result.outcome, HubOsResult::Exhausted);
    QVERIFY(types.result.error.contains(u"not set"_s));
    QVERIFY(types.attempts.isEmpty());

    const CallRun cancel = run(m_client->cancelTask(u"HT-1001"_s, QDeadlineTimer(10000)), 5000);
    VERIFY_RUN(cancel);
    QCOMPARE(cancel.result.outcome, HubOsResult::Exhausted);
    QVERIFY(m_sandbox->calls().empty());
}

void TestHubOsClient::attemptRecordsNeverContainCredentials()
{
    const HubOsCredentials creds = TestSupport::testCredentials();
    QList<HubOsAttempt> attempts;
    QList<HubOsResult> results;
    auto collect = [&](const CallRun &r) {
        attempts.append(r.attempts);
        results.append(r.result);
    };

    m_sandbox->failNext(1, 503); // a retried call
    CallRun r = run(m_client->createTask(sampleTask(), QDeadlineTimer(10000)));
    VERIFY_RUN(r);
    QCOMPARE(r.result.outcome, HubOsResult::Ok);
    collect(r);
    r = run(m_client->cancelTask(r.result.taskId, QDeadlineTimer(10000)));
    VERIFY_RUN(r);
    collect(r);
    r = run(m_client->fetchTaskTypes());
    VERIFY_RUN(r);
    collect(r);
    m_sandbox->setRejectCredentials(true);
    r = run(m_client->fetchRooms());
    VERIFY_RUN(r);
    QCOMPARE(r.result.outcome, HubOsResult::BadCredentials);
    collect(r);
    QCOMPARE(attempts.size(), 5);

    // The credentials did reach Hub OS...
    for (const HubOsSandbox::Call &c : m_sandbox->calls())
        QVERIFY(c.credentialsOk);

    // ...but no record of an attempt shows them.
    const QStringList secrets { creds.hotelId, creds.accessToken, creds.passwordToken };
    for (const HubOsAttempt &a : attempts) {
        const QJsonObject headers = QJsonDocument::fromJson(a.requestHeaders).object();
        for (const QString &name :
            { u"X-Hotel-Id"_s, u"X-Access-Token"_s, u"X-Password-Token"_s }) {
            QVERIFY2(headers.contains(name), qPrintable(name));
            QCOMPARE(headers.value(name).toString(), u"***"_s);
        }
        if (a.url.path() == u"/v1/tasks"_s) // the create call's two attempts
            QCOMPARE(headers.value(u"Idempotency-Key"_s).toString(), sampleTask().externalRef);
        const QString recorded = QString::fromUtf8(a.requestHeaders + a.requestBody + a.responseBody
                                     + a.url.toEncoded() + a.method)
            + a.error;
        for (const QString &secret : secrets)
            QVERIFY2(!recorded.contains(secret), qPrintable(u"attempt %1"_s.arg(a.number)));
    }
    for (const HubOsResult &res : results) {
        const QString recorded = QString::fromUtf8(res.body) + res.error + res.taskId + res.status;
        for (const QString &secret : secrets)
            QVERIFY(!recorded.contains(secret));
    }
}

void TestHubOsClient::backoffGrowsBetweenAttempts()
{
    DeliveryPolicy policy = fastPolicy();
    policy.backoffMs = 200;
    m_client->setPolicy(policy);
    m_sandbox->failNext(2, 503);

    const CallRun r = run(m_client->createTask(sampleTask(), QDeadlineTimer(20000)));
    VERIFY_RUN(r);
    QCOMPARE(r.result.outcome, HubOsResult::Ok);
    QCOMPARE(r.attempts.size(), 3);

    // backoffMs, then twice that, each +/-20%: 160-240 ms, then 320-480 ms. Slack for scheduling
    // and coarse timers: at least 0.75x the lower bound, at most 2x the upper bound.
    const qint64 gap1 = gapMs(r.attempts.at(0), r.attempts.at(1));
    const qint64 gap2 = gapMs(r.attempts.at(1), r.attempts.at(2));
    const QByteArray gaps
        = "gaps " + QByteArray::number(gap1) + " ms, " + QByteArray::number(gap2) + " ms";
    QVERIFY2(gap1 >= 120 && gap1 <= 480, gaps.constData());
    QVERIFY2(gap2 >= 240 && gap2 <= 960, gaps.constData());
    QVERIFY2(gap2 > gap1, gaps.constData());
}

QTEST_GUILESS_MAIN(TestHubOsClient)
#include "tst_hubosclient.moc"
