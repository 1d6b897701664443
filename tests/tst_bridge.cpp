// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The whole data path in one process: a real listener, real HTTP through QNetworkAccessManager,
// a real SQLite file and the Hub OS sandbox. Every row of the inbound contract's answer table.
#include "core/config/settings.h"
#include "core/delivery/bridge.h"
#include "core/hubos/huboshealth.h"
#include "core/hubos/hubossandbox.h"
#include "core/store/historystore.h"
#include "rawhttp.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::Reply;

using Headers = QList<QPair<QByteArray, QByteArray>>;

namespace {
QByteArray edit(const QByteArray &sample, const std::function<void(QJsonObject &resource)> &change)
{
    QJsonObject root = QJsonDocument::fromJson(sample).object();
    QJsonObject resource = root.value(u"resource"_s).toObject();
    change(resource);
    root.insert(u"resource"_s, resource);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
} // namespace

class TestBridge : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HubOsSandbox> m_sandbox;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<Bridge> m_bridge;
    QNetworkAccessManager m_nam;
    int m_orderCounter = 0;

    QUrl url(const char *path = Bridge::kWebhookPath) const
    {
        QUrl u = m_bridge->webhookUrl();
        u.setPath(QString::fromLatin1(path));
        return u;
    }

    Reply post(const QByteArray &body, bool hyphen = false)
    {
        return TestSupport::send(m_nam, "POST", url(), body,
            TestSupport::duveHeaders(TestSupport::testCredentials(), hyphen));
    }

    QString freshOrderId()
    {
        return u"order-%1-%2"_s.arg(QDateTime::currentMSecsSinceEpoch()).arg(++m_orderCounter);
    }

    QByteArray towelOrder()
    {
        return TestSupport::withOrderId(
            TestSupport::sample(u"orderCreated.custom-service.json"_s), freshOrderId());
    }

    static void checkError(
        const Reply &r, int status, const QString &code, const QString &message = {})
    {
        QCOMPARE(r.status, status);
        QCOMPARE(r.json.value(u"code"_s).toString(), code);
        if (!message.isEmpty())
            QCOMPARE(r.json.value(u"message"_s).toString(), message);
    }

    HistoryEntry lastEntry() const
    {
        HistoryEntry last;
        m_store->forEachEntry([&last](const HistoryEntry &e) {
            last = e;
            return true;
        });
        return last;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_sandbox = std::make_unique<HubOsSandbox>();
        m_sandbox->setCredentials(TestSupport::testCredentials());
        QVERIFY(m_sandbox->listen(QHostAddress::LocalHost, 0));

        m_settings = std::make_unique<Settings>(m_dir->path());
        m_settings->setValue(Settings::Key::HubOsUrl, m_sandbox->url().toString());
        m_settings->setValue(Settings::Key::DeliveryBackoffMs, 50);
        m_settings->setValue(Settings::Key::DeliveryAttemptTimeoutMs, 1000);
        m_settings->setValue(Settings::Key::DeliveryAnswerWithinMs, 6000);
        m_settings->setValue(Settings::Key::ListenerMaxBodyBytes, 65536);
        m_store = HistoryStore::create(m_settings->databasePath());
        QVERIFY(m_store->open());
        m_bridge = std::make_unique<Bridge>(m_settings.get(), m_store.get());
        m_bridge->setCredentials(TestSupport::testCredentials());
        QString error;
        QVERIFY2(m_bridge->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_bridge.reset();
        m_store.reset();
        m_settings.reset();
        m_sandbox.reset();
        m_dir.reset();
    }

    void publicWebhookUrlIsWhatDuveCanReach()
    {
        // Bound to loopback: only this computer can send, the local URL is all there is.
        QCOMPARE(m_bridge->publicWebhookUrl(), m_bridge->webhookUrl());

        // Bound to every interface: a network address of this computer, never loopback.
        m_bridge->stop();
        QString error;
        QVERIFY2(m_bridge->start(QHostAddress::AnyIPv4, 0, &error), qPrintable(error));
        const QUrl lan = m_bridge->publicWebhookUrl();
        QCOMPARE(lan.port(), m_bridge->webhookUrl().port());
        QCOMPARE(lan.path(), u"/webhooks/duve"_s);
        bool hasNetwork = false;
        for (const QHostAddress &a : QNetworkInterface::allAddresses())
            hasNetwork = hasNetwork || (!a.isLoopback() && !a.isLinkLocal());
        if (hasNetwork)
            QVERIFY2(!QHostAddress(lan.host()).isLoopback(), qPrintable(lan.toString()));

        // A proxy or tunnel in front: the configured URL, as written.
        m_settings->setValue(
            Settings::Key::ListenerPublicUrl, u"https://hotel.example.com/webhooks/duve"_s);
        QCOMPARE(m_bridge->publicWebhookUrl(), QUrl(u"https://hotel.example.com/webhooks/duve"_s));
    }

    void healthAnswersWithoutCredentials()
    {
        const Reply r = TestSupport::send(m_nam, "GET", url(Bridge::kHealthPath));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(r.json.value(u"listening"_s).toBool(), true);
        QCOMPARE(r.json.value(u"pending"_s).toInt(), 0);
        QVERIFY(!r.json.value(u"version"_s).toString().isEmpty());
        QCOMPARE(m_store->entryCount(), 0); // probes are not history
    }

    void notPostIs405()
    {
        for (const QByteArray method : { "GET", "PUT", "DELETE" }) {
            const Reply r = TestSupport::send(m_nam, method, url());
            checkError(r, 405, u"METHOD_NOT_ALLOWED"_s);
        }
        QCOMPARE(m_store->entryCount(), 3);
    }

    void oversizedBodyIs413()
    {
        QByteArray body = towelOrder();
        body.append(QByteArray(70000, ' '));
        checkError(post(body), 413, u"PAYLOAD_TOO_LARGE"_s);
        const HistoryEntry e = lastEntry();
        QCOMPARE(e.httpStatus, 413);
        QCOMPARE(e.bodySize, body.size());
    }

    // A request the connection guard refuses after its whole body arrived (a chunked body with a
    // trailer, which QHttpServer 6.4 cannot read) keeps that body in the history, so that staff
    // can re-send it; only when it carried the right credentials (a resend does not check them).
    void guardRefusalKeepsAWholeBodyForResend()
    {
        const QByteArray order = towelOrder();
        const QByteArray chunked = QByteArray::number(order.size(), 16) + "\r\n" + order
            + "\r\n0\r\nX-Trailer: 1\r\n\r\n";
        auto request = [&](const Headers &headers) {
            QByteArray head = "POST /webhooks/duve HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                              "Transfer-Encoding: chunked\r\n";
            for (const auto &h : headers)
                head += h.first + ": " + h.second + "\r\n";
            return RawHttp::exchange(quint16(url().port()), head + "\r\n" + chunked);
        };
        QCOMPARE(request(TestSupport::duveHeaders(TestSupport::testCredentials())).status, 400);
        m_store->waitForWrites();
        const HistoryEntry kept = lastEntry();
        QCOMPARE(kept.httpStatus, 400);
        QCOMPARE(kept.body, order);
        QVERIFY(kept.detail.contains(u"was kept"_s));
        QVERIFY(Bridge::isReplayable(kept));

        QCOMPARE(request({}).status, 400); // anyone's: not kept
        m_store->waitForWrites();
        const HistoryEntry anonymous = lastEntry();
        QVERIFY(anonymous.body.isEmpty());
        QVERIFY(!Bridge::isReplayable(anonymous));
    }

    // Credentials under a name Hubbridge does not check are still never stored in clear.
    void credentialValuesAreRedactedWhateverTheHeader()
    {
        const HubOsCredentials c = TestSupport::testCredentials();
        const Headers headers { { "custom__hotel_id", c.hotelId.toUtf8() },
            { "X-Api-Key", c.accessToken.toUtf8() },
            { "Authorization", "Bearer " + c.passwordToken.toUtf8() },
            { "X-Request-Id", "req-1" } };
        const Reply r = TestSupport::send(m_nam, "POST", url(), towelOrder(), headers);
        checkError(r, 400, u"WEB_HUK_INVALID_CREDS"_s, u"Invalid credentials."_s);
        m_store->waitForWrites();
        const HistoryEntry e = lastEntry();
        int redacted = 0;
        for (const auto &h : e.headers) {
            for (const QString &secret : { c.hotelId, c.accessToken, c.passwordToken })
                QVERIFY2(!h.second.contains(secret.toUtf8()), h.first.constData());
            redacted += h.second == "***";
            if (h.first == "X-Request-Id")
                QCOMPARE(h.second, QByteArray("req-1"));
        }
        QCOMPARE(redacted, 3);
    }

    void credentialsAreChecked_data()
    {
        QTest::addColumn<Headers>("headers");
        const HubOsCredentials c = TestSupport::testCredentials();
        QTest::newRow("none") << Headers {};
        auto wrong = TestSupport::duveHeaders(c);
        wrong[1].second = "access-TEST-7f3a9d";
        QTest::newRow("wrong access token") << wrong;
        auto missing = TestSupport::duveHeaders(c);
        missing.removeAt(2);
        QTest::newRow("password token missing") << missing;
        auto twice = TestSupport::duveHeaders(c);
        twice.append(qMakePair(QByteArray("custom-hotel-id"), QByteArray("other")));
        QTest::newRow("hotel id twice") << twice;
        auto empty = TestSupport::duveHeaders(c);
        empty[0].second = "";
        QTest::newRow("empty hotel id") << empty;
    }

    void credentialsAreChecked()
    {
        QFETCH(Headers, headers);
        const Reply r = TestSupport::send(m_nam, "POST", url(), towelOrder(), headers);
        checkError(r, 400, u"WEB_HUK_INVALID_CREDS"_s, u"Invalid credentials."_s);
        QCOMPARE(m_sandbox->createdTaskCount(), 0);
        const HistoryEntry e = lastEntry();
        QCOMPARE(e.code, u"WEB_HUK_INVALID_CREDS"_s);
        for (const auto &h : e.headers) {
            if (h.first.startsWith("custom"))
                QCOMPARE(h.second, QByteArray("***"));
        }
    }

    void hyphenatedHeadersAreAccepted()
    {
        const Reply r = post(towelOrder(), true);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"status"_s).toString(), u"created"_s);
    }

    void malformedJsonIs400_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("chat sample as documented")
            << TestSupport::sample(u"chatMessageSent.as-documented.txt"_s);
        QTest::newRow("refund sample as documented")
            << TestSupport::sample(u"orderRefunded.as-documented.txt"_s);
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("no event") << QByteArray(R"({"resource":{}})");
        QTest::newRow("numeric event") << QByteArray(R"({"event":5})");
        QTest::newRow("empty") << QByteArray(" ");
    }

    void malformedJsonIs400()
    {
        QFETCH(QByteArray, body);
        const Reply r = post(body);
        checkError(r, 400, u"WEB_HUK_MALFORMED_JSON"_s);
        QVERIFY(!r.json.value(u"message"_s).toString().isEmpty());
        QCOMPARE(lastEntry().body, body);
    }

    void malformedJsonSaysWhere()
    {
        const Reply r = post(TestSupport::sample(u"chatMessageSent.as-documented.txt"_s));
        QVERIFY2(r.json.value(u"message"_s).toString().contains(u"offset"_s), r.body.constData());
    }

    void otherEventsAreIgnored_data()
    {
        QTest::addColumn<QString>("sample");
        for (const char *s : { "preCheckInDone.json", "preCheckOutUpdated.json",
                 "preCheckOutDone.json", "guestDocumentUploaded.json", "guestLinkOpened.json" })
            QTest::newRow(s) << QString::fromLatin1(s);
    }

    void otherEventsAreIgnored()
    {
        QFETCH(QString, sample);
        const Reply r = post(TestSupport::sample(sample));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json, (QJsonObject { { u"status"_s, u"ignored"_s } }));
        QCOMPARE(lastEntry().outcome, Outcome::Ignored);
        QCOMPARE(m_sandbox->calls().size(), 0u);
    }

    void unknownEventIsIgnored()
    {
        const Reply r = post(R"({"accountId":"x","event":"somethingNew","resource":{}})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"status"_s).toString(), u"ignored"_s);
    }

    void paidOrderIsSkipped()
    {
        const Reply r
            = post(TestSupport::sample(u"orderCreated.json"_s)); // Swedish Massage, 90 USD
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"status"_s).toString(), u"skipped"_s);
        QVERIFY(!r.json.value(u"reason"_s).toString().isEmpty());
        QCOMPARE(m_sandbox->calls().size(), 0u);
    }

    void missingDataIs403_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray base = towelOrder();
        QTest::newRow("no room") << edit(base, [](QJsonObject &r) { r.remove(u"roomNumber"_s); });
        QTest::newRow("no external id") << edit(base, [](QJsonObject &r) {
            QJsonObject product = r.value(u"product"_s).toObject();
            product.remove(u"externalId"_s);
            r.insert(u"product"_s, product);
        });
        QTest::newRow("no first name") << edit(base, [](QJsonObject &r) {
            r.remove(u"verifiedFirstName"_s);
            r.remove(u"firstName"_s);
        });
    }

    void missingDataIs403()
    {
        QFETCH(QByteArray, body);
        const Reply r = post(body);
        checkError(r, 403, u"WEB_HUK_INVALID_BODY"_s,
            u"Please provide the proper Room Number, External Id, and Verified First Name."_s);
        QCOMPARE(m_sandbox->calls().size(), 0u);
        QVERIFY(lastEntry().detail.contains(u"Missing"_s));
    }

    void unknownExternalIdIs400()
    {
        const QByteArray body = edit(towelOrder(), [](QJsonObject &r) {
            QJsonObject product = r.value(u"product"_s).toObject();
            product.insert(u"externalId"_s, 999);
            r.insert(u"product"_s, product);
        });
        const Reply r = post(body);
        checkError(r, 400, u"WEB_HUK_HUBOS_REQUEST_FAIL"_s, u"Unknown external ID 999"_s);
        QCOMPARE(m_sandbox->calls().size(), 0u);
        QCOMPARE(lastEntry().reason, Reason(Reason::Code::UnknownExternalId, u"999"_s));
    }

    void hubOsRejectingCredentialsIs400()
    {
        m_sandbox->setRejectCredentials(true);
        const Reply r = post(towelOrder());
        checkError(r, 400, u"WEB_HUK_INVALID_CREDS"_s, u"Invalid credentials."_s);
        QCOMPARE(m_sandbox->calls().size(), 1u); // never retried
        QCOMPARE(lastEntry().outcome, Outcome::Failed);
        // Duve's code is the one for credentials, but it is Hub OS that refused Hubbridge's.
        QCOMPARE(lastEntry().reason, Reason(Reason::Code::HubOsCredentials));
        QVERIFY(m_bridge->hubOsHealth()->isFailing());
    }

    void unknownRoomIs400()
    {
        const QByteArray body
            = edit(towelOrder(), [](QJsonObject &r) { r.insert(u"roomNumber"_s, u"9999"_s); });
        const Reply r = post(body);
        checkError(r, 400, u"WEB_HUK_HUBOS_REQUEST_FAIL"_s, u"Unknown room"_s);
        QCOMPARE(m_sandbox->calls().size(), 1u);
        // Issue 15, items 4 and 5: the order's problem, with the room; Hub OS works.
        QCOMPARE(lastEntry().reason, Reason(Reason::Code::UnknownRoom, u"9999"_s));
        QVERIFY(!m_bridge->hubOsHealth()->isFailing());
    }

    void unreachableHubOsIs403AfterEveryAttempt()
    {
        m_sandbox->failNext(100, 503);
        const Reply r = post(towelOrder());
        checkError(r, 403, u"WEB_HUK_REQUEST_ATTEMPT_FAILED"_s,
            u"Operation failed after 3 attempt, Please check credentials and request body."_s);
        QCOMPARE(m_sandbox->calls().size(), 3u);
        const HistoryEntry e = lastEntry();
        QCOMPARE(e.attempts, 3);
        QCOMPARE(m_store->attempts(e.id).size(), 3);
        QCOMPARE(m_store->attempts(e.id).front().httpStatus, 503);
        QCOMPARE(e.reason, Reason(Reason::Code::HubOsUnavailable));
        QVERIFY(m_bridge->hubOsHealth()->isFailing());
    }

    void transientFailureThenSuccess()
    {
        m_sandbox->failNext(2, 502);
        const Reply r = post(towelOrder());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"status"_s).toString(), u"created"_s);
        QCOMPARE(lastEntry().attempts, 3);
        QCOMPARE(m_sandbox->createdTaskCount(), 1);
    }

    void createdOrderAndHubOsFields()
    {
        const QByteArray body = towelOrder();
        const QString orderId
            = QJsonDocument::fromJson(body)[u"resource"_s][u"order"_s][u"id"_s].toString();
        const Reply r = post(body);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"status"_s).toString(), u"created"_s);
        QCOMPARE(r.json.value(u"orderId"_s).toString(), orderId);
        const QJsonArray tasks = r.json.value(u"tasks"_s).toArray();
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks[0][u"externalId"_s].toString(), u"4"_s);
        QCOMPARE(tasks[0][u"taskTypeId"_s].toInt(), 4);
        QVERIFY(tasks[0][u"taskId"_s].toString().startsWith(u"HT-"_s));

        const HubOsSandbox::Call &call = m_sandbox->calls().back();
        QCOMPARE(call.method, QByteArray("POST"));
        QCOMPARE(call.path, u"/v1/tasks"_s);
        QVERIFY(call.credentialsOk);
        QCOMPARE(call.idempotencyKey, (u"duve:"_s + orderId + u":0"_s).toUtf8());
        QCOMPARE(call.body.value(u"externalRef"_s).toString(), u"duve:"_s + orderId + u":0"_s);
        QCOMPARE(call.body.value(u"room"_s).toString(), u"204"_s);
        QCOMPARE(call.body.value(u"guestName"_s).toString(), u"Bobby Smith"_s);
        QCOMPARE(call.body.value(u"taskTypeId"_s).toInt(), 4);
        QCOMPARE(call.body.value(u"quantity"_s).toInt(), 1);
        QCOMPARE(call.body.value(u"dueAt"_s).toString(), u"2023-01-14T16:30:00Z"_s);
        QVERIFY(call.body.value(u"notes"_s).toString().contains(u"2 extra bath towels"_s));

        const HistoryEntry e = lastEntry();
        QCOMPARE(e.outcome, Outcome::Created);
        QCOMPARE(e.orderKey, orderId);
        QCOMPARE(e.orderNumber, u"16801"_s);
        QCOMPARE(e.room, u"204"_s);
        QCOMPARE(e.guest, u"Bobby Smith"_s);
        QCOMPARE(e.externalIds, QStringList { u"4"_s });
        QCOMPARE(e.tasks, tasks);
        QCOMPARE(QJsonDocument::fromJson(e.answer).object(), r.json);
    }

    void multipleItemsMakeOneTaskEach()
    {
        const QByteArray body = TestSupport::withOrderId(
            TestSupport::sample(u"orderCreated.multiple-items.json"_s), freshOrderId());
        const Reply r = post(body);
        QCOMPARE(r.status, 200);
        const QJsonArray tasks = r.json.value(u"tasks"_s).toArray();
        QCOMPARE(tasks.size(), 2);
        QCOMPARE(tasks[0][u"taskTypeId"_s].toInt(), 2);
        QCOMPARE(tasks[1][u"taskTypeId"_s].toInt(), 6);
        QCOMPARE(m_sandbox->createdTaskCount(), 2);
        // The items go out side by side, so Hub OS may see them in either order.
        QHash<QString, QJsonObject> byRef;
        for (const HubOsSandbox::Task &t : m_sandbox->tasks())
            byRef.insert(t.externalRef.section(u':', -1), t.body);
        QCOMPARE(byRef.size(), 2);
        QCOMPARE(byRef.value(u"0"_s).value(u"quantity"_s).toInt(), 1);
        QCOMPARE(byRef.value(u"1"_s).value(u"quantity"_s).toInt(), 2);
        QCOMPARE(byRef.value(u"1"_s).value(u"taskTypeId"_s).toInt(), 6);
    }

    // An order of thousands of items (a bug or abuse at the sender, within the 1 MiB body
    // limit) is refused before any Hub OS call; 20,000 items took 26 s of event loop and
    // 478 MB before (findings/security.md).
    void tooManyItemsAreRefusedBeforeHubOs()
    {
        QJsonObject root = QJsonDocument::fromJson(
            TestSupport::withOrderId(
                TestSupport::sample(u"orderCreated.multiple-items.json"_s), freshOrderId()))
                               .object();
        QJsonObject resource = root[u"resource"_s].toObject();
        QJsonObject order = resource[u"order"_s].toObject();
        QJsonObject details = order[u"bookingDetails"_s].toObject();
        const QJsonArray two = details[u"selectedVariables"_s].toArray();
        QJsonArray many;
        for (int i = 0; i < 400; ++i)
            many.append(two.at(i % 2));
        details[u"selectedVariables"_s] = many;
        order[u"bookingDetails"_s] = details;
        resource[u"order"_s] = order;
        root[u"resource"_s] = resource;
        const QByteArray body = QJsonDocument(root).toJson(QJsonDocument::Compact);
        QVERIFY(body.size() < 65536); // this test's listener limit
        const int callsBefore = int(m_sandbox->calls().size());
        QElapsedTimer clock;
        clock.start();
        const Reply r = post(body);
        qInfo("400 items answered in %lld ms", clock.elapsed());
        checkError(r, 403, u"WEB_HUK_INVALID_BODY"_s);
        QCOMPARE(int(m_sandbox->calls().size()), callsBefore);
        const HistoryEntry e = lastEntry();
        QVERIFY2(e.detail.contains(u"400 items"_s), qPrintable(e.detail));
        QVERIFY2(e.detail.contains(u"maxItems"_s), qPrintable(e.detail));
    }

    void duplicateIsAnsweredFromTheFirstAnswer()
    {
        const QByteArray body = towelOrder();
        const Reply first = post(body);
        QCOMPARE(first.status, 200);
        const Reply again = post(body);
        QCOMPARE(again.status, 200);
        QJsonObject expected = first.json;
        expected.insert(u"duplicate"_s, true);
        QCOMPARE(again.json, expected);
        QCOMPARE(m_sandbox->calls().size(), 1u); // Hub OS not called again
        QCOMPARE(lastEntry().outcome, Outcome::Duplicate);
    }

    void failedOrderIsRetriedByTheNextDelivery()
    {
        const QByteArray body = towelOrder();
        m_sandbox->failNext(3, 500);
        QCOMPARE(post(body).status, 403);
        const Reply again = post(body); // Duve re-sends: this time Hub OS answers
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(u"status"_s).toString(), u"created"_s);
        QVERIFY(!again.json.contains(u"duplicate"_s));
        QCOMPARE(m_sandbox->createdTaskCount(), 1);
    }

    void concurrentDuplicatesCreateOneTask()
    {
        m_sandbox->setLatencyMs(400);
        const QByteArray body = towelOrder();
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 3; ++i) {
            QNetworkRequest request(url());
            for (const auto &h : TestSupport::duveHeaders(TestSupport::testCredentials()))
                request.setRawHeader(h.first, h.second);
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            replies.append(m_nam.post(request, body));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(),
                                     [](QNetworkReply *r) { return r->isFinished(); }),
            10000);
        int created = 0;
        int duplicates = 0;
        for (QNetworkReply *reply : replies) {
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
            (o.value(u"duplicate"_s).toBool() ? duplicates : created)++;
            reply->deleteLater();
        }
        QCOMPARE(created, 1);
        QCOMPARE(duplicates, 2);
        QCOMPARE(m_sandbox->createdTaskCount(), 1);
        QCOMPARE(m_store->entryCount(), 3);
    }

    void roomIsRememberedFromReservationEvents()
    {
        const QByteArray assign = edit(
            TestSupport::sample(u"reservationRoomAssign.assumed.json"_s), [](QJsonObject &r) {
                r.insert(u"id"_s, u"res-305"_s);
                r.insert(u"roomNumber"_s, u"305"_s);
            });
        const Reply recorded = post(assign);
        QCOMPARE(recorded.status, 200);
        QCOMPARE(recorded.json, (QJsonObject { { u"status"_s, u"recorded"_s } }));

        const QByteArray order = edit(towelOrder(), [](QJsonObject &r) {
            r.remove(u"roomNumber"_s);
            r.insert(u"id"_s, u"res-305"_s);
        });
        const Reply r = post(order);
        QCOMPARE(r.status, 200);
        QCOMPARE(m_sandbox->tasks().back().body.value(u"room"_s).toString(), u"305"_s);
        QCOMPARE(lastEntry().room, u"305"_s);

        // reservationCreated without a room is recorded too.
        const Reply created = post(TestSupport::sample(u"reservationCreated.json"_s));
        QCOMPARE(created.json.value(u"status"_s).toString(), u"recorded"_s);
    }

    void cancellationCancelsTheTasks()
    {
        const QString orderId = freshOrderId();
        const QByteArray order = TestSupport::withOrderId(
            TestSupport::sample(u"orderCreated.multiple-items.json"_s), orderId);
        QCOMPARE(post(order).status, 200);

        const QByteArray cancel
            = TestSupport::withOrderId(TestSupport::sample(u"orderCancelled.json"_s), orderId);
        const Reply r = post(cancel);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(r.json.value(u"tasks"_s).toArray().size(), 2);
        for (const HubOsSandbox::Task &t : m_sandbox->tasks())
            QCOMPARE(t.state, u"cancelled"_s);
        QCOMPARE(lastEntry().outcome, Outcome::Cancelled);

        const Reply again = post(cancel);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(u"duplicate"_s).toBool(), true);

        // Duve re-sending the original order now does not bring the tasks back.
        const Reply reorder = post(order);
        QCOMPARE(reorder.json.value(u"duplicate"_s).toBool(), true);
        QCOMPARE(m_sandbox->createdTaskCount(), 2);
    }

    void cancellationOfAnUnknownOrderIsIgnored()
    {
        const Reply r = post(TestSupport::withOrderId(
            TestSupport::sample(u"orderCancelled.json"_s), freshOrderId()));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json, (QJsonObject { { u"status"_s, u"ignored"_s } }));
        QCOMPARE(m_sandbox->calls().size(), 0u);
    }

    void mappingChangesApplyToTheNextOrder()
    {
        bool saved = false;
        m_store->saveMapping(
            { u"200"_s, 4, u"Towel service"_s, true }, {}, [&saved](bool ok) { saved = ok; });
        QTRY_VERIFY(saved);
        const QByteArray body = edit(towelOrder(), [](QJsonObject &r) {
            QJsonObject product = r.value(u"product"_s).toObject();
            product.insert(u"externalId"_s, u" 200 "_s);
            r.insert(u"product"_s, product);
        });
        const Reply r = post(body);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[u"tasks"_s][0][u"externalId"_s].toString(), u"200"_s);
        QCOMPARE(r.json[u"tasks"_s][0][u"taskTypeId"_s].toInt(), 4);
    }

    void roomNamesAreMappedToHubOsRooms()
    {
        bool saved = false;
        m_store->saveRoomMapping(
            { u"Garden Suite"_s, u"105"_s }, {}, [&saved](bool ok) { saved = ok; });
        QTRY_VERIFY(saved);
        const QByteArray body = edit(
            towelOrder(), [](QJsonObject &r) { r.insert(u"roomNumber"_s, u"Garden Suite"_s); });
        const Reply r = post(body);
        QCOMPARE(r.status, 200);
        QCOMPARE(m_sandbox->tasks().back().body.value(u"room"_s).toString(), u"105"_s);
        QCOMPARE(lastEntry().room, u"105"_s);
        QVERIFY(lastEntry().detail.contains(u"Garden Suite"_s));
    }

    void healthStaysPromptWhileOrdersWaitOnSlowHubOs()
    {
        m_sandbox->setLatencyMs(1500);
        m_settings->setValue(Settings::Key::DeliveryAttemptTimeoutMs, 4000);
        m_bridge->reloadSettings();
        const int orders = 40;
        QList<QNetworkReply *> replies;
        // Duve is many clients: QNetworkAccessManager opens only 6 connections per host.
        std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
        for (int i = 0; i < 8; ++i)
            clients.push_back(std::make_unique<QNetworkAccessManager>());
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < orders; ++i) {
            QNetworkRequest request(url());
            for (const auto &h : TestSupport::duveHeaders(TestSupport::testCredentials()))
                request.setRawHeader(h.first, h.second);
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            replies.append(clients[i % clients.size()]->post(request, towelOrder()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_bridge->pendingCount() >= orders / 2, 5000);

        QNetworkAccessManager other; // its own connections, not queued behind the orders
        QElapsedTimer health;
        health.start();
        const Reply r = TestSupport::send(other, "GET", url(Bridge::kHealthPath));
        const qint64 healthMs = health.elapsed();
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(u"pending"_s).toInt() > 0);
        QVERIFY2(healthMs < 300, qPrintable(u"/healthz took %1 ms"_s.arg(healthMs)));

        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(),
                                     [](QNetworkReply *r) { return r->isFinished(); }),
            15000);
        const qint64 allMs = clock.elapsed();
        for (QNetworkReply *reply : replies) {
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            reply->deleteLater();
        }
        // The waits overlap: 40 orders at 1.5 s each take nowhere near 40 x 1.5 s.
        QVERIFY2(allMs < 6000, qPrintable(u"40 orders took %1 ms"_s.arg(allMs)));
        QCOMPARE(m_sandbox->createdTaskCount(), orders);
        QTRY_COMPARE(m_bridge->pendingCount(), 0);
    }

    void unknownPathIs404AndRecorded()
    {
        const Reply r = TestSupport::send(m_nam, "GET", url("/wp-login.php"));
        checkError(r, 404, u"NOT_FOUND"_s);
        QCOMPARE(lastEntry().path, u"/wp-login.php"_s);
    }

    void everyRequestIsRecordedBeforeItIsAnswered()
    {
        // When the answer arrives, its entry is already in the database.
        connect(m_bridge.get(), &Bridge::answered, this,
            [this](qint64 id, const DuveAnswer &) { QVERIFY(m_store->entry(id).has_value()); });
        post(towelOrder());
        post(R"({"event":"guestLinkOpened"})");
        TestSupport::send(m_nam, "GET", url());
        QCOMPARE(m_store->entryCount(), 3);
    }

    void shutdownClosesKeepAliveConnectionsAndAnswersWhatArrived()
    {
        // Issue 14, item 8: after the stop, open keep-alive connections took new requests.
        const quint16 port = m_bridge->port();
        RawHttp::Client idle(port);
        QVERIFY(idle.waitConnected());
        idle.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(idle.takeResponse().status, 200); // and the connection stays open

        m_sandbox->setLatencyMs(600);
        RawHttp::Client busy(port);
        QVERIFY(busy.waitConnected());
        QVERIFY(busy.write(RawHttp::post("/webhooks/duve", towelOrder(),
            TestSupport::duveHeaders(TestSupport::testCredentials()))));
        QTRY_VERIFY(
            m_bridge->openRequestCount() == 1 && m_bridge->pendingCount() == 1); // on Hub OS

        bool done = false;
        m_bridge->shutdown([&done] { done = true; });
        QVERIFY2(idle.waitClosed(1000), "an idle keep-alive connection must close at once");
        QVERIFY(!done);
        const RawHttp::Response r = busy.takeResponse(5000);
        QCOMPARE(r.status, 200); // what arrived is answered
        QCOMPARE(r.header("Connection").toLower(), QByteArray("close"));
        QVERIFY(busy.waitClosed(1000));
        QTRY_VERIFY(done);
        RawHttp::Client late(port); // and nobody new gets in
        QVERIFY(!late.waitConnected(1000) || late.waitClosed(1000));
    }

    // Testers' round two (issue 14, item 8): a request already in the socket when the stop
    // comes (its readyRead not yet delivered) was dropped with a reset, unrecorded. It is read
    // and answered, with Connection: close, before the stop completes.
    void requestArrivingAtTheStopIsAnswered()
    {
        const quint16 port = m_bridge->port();
        RawHttp::Client kept(port);
        QVERIFY(kept.waitConnected());
        kept.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(kept.takeResponse().status, 200); // idle keep-alive now

        const qint64 before = m_store->entryCount();
        QVERIFY(kept.write(RawHttp::post("/webhooks/duve", towelOrder(),
            TestSupport::duveHeaders(TestSupport::testCredentials()))));
        // In the server's socket, unread: no event loop turn has delivered its readyRead.
        QVERIFY(kept.socket()->waitForBytesWritten(1000));
        bool done = false;
        m_bridge->shutdown([&done] { done = true; });
        QVERIFY(!done);
        const RawHttp::Response r = kept.takeResponse(5000);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Connection").toLower(), QByteArray("close"));
        QTRY_VERIFY(done);
        QVERIFY(m_store->waitForWrites());
        QCOMPARE(m_store->entryCount(), before + 1);
    }

    void publicHealthIsMinimal()
    {
        // Issue 14, item 5: /healthz showed Hub OS's last error to anyone. Through a proxy in
        // front (it says whom it forwards for), only whether Hubbridge is up.
        m_sandbox->setRejectCredentials(true);
        QCOMPARE(post(towelOrder()).status, 400); // a Hub OS error to hide
        const quint16 port = m_bridge->port();
        const RawHttp::Response local
            = RawHttp::exchange(port, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(local.status, 200);
        QVERIFY(local.json.contains(u"lastError"_s)); // this computer sees the detail
        const RawHttp::Response proxied = RawHttp::exchange(
            port, "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 203.0.113.9\r\n\r\n");
        QCOMPARE(proxied.status, 200);
        QCOMPARE(proxied.json, (QJsonObject { { u"status"_s, u"ok"_s } }));
        // The hotel's own credentials show the detail from anywhere.
        QByteArray withCredentials
            = "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 203.0.113.9\r\n";
        for (const auto &h : TestSupport::duveHeaders(TestSupport::testCredentials()))
            withCredentials += h.first + ": " + h.second + "\r\n";
        const RawHttp::Response detailed = RawHttp::exchange(port, withCredentials + "\r\n");
        QVERIFY(!detailed.json.value(u"lastError"_s).toString().isEmpty());
    }

    void anonymousBodiesAreKeptShort()
    {
        // Issue 14, item 3: 1 MiB bodies with wrong credentials were stored and indexed whole,
        // and delayed real orders behind them on the writer.
        QJsonObject root = QJsonDocument::fromJson(towelOrder()).object();
        root.insert(u"padding"_s, QString(60000, u'x'));
        const QByteArray big = QJsonDocument(root).toJson(QJsonDocument::Compact);
        const HubOsCredentials wrong { u"x"_s, u"y"_s, u"z"_s };
        QCOMPARE(TestSupport::send(
                     m_nam, "POST", m_bridge->webhookUrl(), big, TestSupport::duveHeaders(wrong))
                     .status,
            400);
        HistoryEntry e = lastEntry();
        QCOMPARE(e.code, u"WEB_HUK_INVALID_CREDS"_s);
        QCOMPARE(e.bodySize, big.size()); // the size is known
        QCOMPARE(e.body, big.left(4096)); // the start, to see what it was
        QVERIFY(e.headers.size() > 0);
        // The same for a path that is not the webhook.
        QCOMPARE(TestSupport::send(m_nam, "POST", url("/upload"), big).status, 404);
        QCOMPARE(lastEntry().body.size(), 4096);
        // The hotel's own order keeps its whole body (staff may resend it).
        QCOMPARE(post(big).status, 200);
        QCOMPARE(lastEntry().body, big);
    }
};

QTEST_GUILESS_MAIN(TestBridge)
#include "tst_bridge.moc"
