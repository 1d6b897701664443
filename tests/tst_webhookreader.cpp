// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Unit tests for WebhookReader, the "read" step: credentials, then the body, then the kind of
// event, on Duve's sample payloads. The reader is pure: these tests need no store and no network.

#include "core/config/settings.h"
#include "core/duve/duveevents.h"
#include "core/duve/webhookreader.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(WebhookRead::Kind)

namespace {

WebhookRead readSample(const QByteArray &body, const HttpHeaders &headers, bool trusted = false)
{
    return WebhookReader::read(
        headers, body, TestSupport::testCredentials(), Settings::defaultPayloadPaths(), trusted);
}

HttpHeaders goodHeaders(bool hyphen = false)
{
    return TestSupport::duveHeaders(TestSupport::testCredentials(), hyphen);
}

} // namespace

class TestWebhookReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eventsAreClassified_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("event");
        QTest::addColumn<WebhookRead::Kind>("kind");
        const auto row = [](const char *sample, const QString &event, WebhookRead::Kind kind) {
            QTest::newRow(sample) << QString::fromLatin1(sample) << event << kind;
        };
        using K = WebhookRead::Kind;
        row("orderCreated.json", DuveEvent::OrderCreated, K::Order);
        row("orderCreated.multiple-items.json", DuveEvent::OrderCreated, K::Order);
        row("orderCancelled.json", DuveEvent::OrderCancelled, K::Cancel);
        row("reservationCreated.json", DuveEvent::ReservationCreated, K::Reservation);
        row("reservationRoomAssign.assumed.json", DuveEvent::ReservationRoomAssign, K::Reservation);
        row("preCheckInDone.json", DuveEvent::PreCheckInDone, K::Ignored);
        row("preCheckOutDone.json", DuveEvent::PreCheckOutDone, K::Ignored);
        row("guestLinkOpened.json", DuveEvent::GuestLinkOpened, K::Ignored);
        row("guestDocumentUploaded.json", DuveEvent::GuestDocumentUploaded, K::Ignored);
    }

    void eventsAreClassified()
    {
        QFETCH(QString, sample);
        QFETCH(QString, event);
        QFETCH(WebhookRead::Kind, kind);
        const WebhookRead read = readSample(TestSupport::sample(sample), goodHeaders());
        QCOMPARE(read.kind, kind);
        QVERIFY(read.payload.ok);
        QCOMPARE(read.payload.event, event);
        if (kind == WebhookRead::Kind::Ignored) {
            QCOMPARE(read.answer.httpStatus, 200);
            QCOMPARE(read.answer.body.value(u"status"_s).toString(), u"ignored"_s);
            QVERIFY(read.answer.detail.contains(event));
        }
    }

    void pendingOrderIsAnOrder()
    {
        QByteArray body = TestSupport::sample(u"orderCreated.json"_s);
        body.replace("\"orderCreated\"", "\"pendingOrderCreated\"");
        const WebhookRead read = readSample(body, goodHeaders());
        QCOMPARE(read.kind, WebhookRead::Kind::Order);
        QCOMPARE(read.payload.event, DuveEvent::PendingOrderCreated);
    }

    void unknownEventIsIgnored()
    {
        const WebhookRead read = readSample(
            R"({"accountId":"a","event":"somethingNew","resource":{}})", goodHeaders());
        QCOMPARE(read.kind, WebhookRead::Kind::Ignored);
        QCOMPARE(read.answer.httpStatus, 200);
    }

    void hyphenSpelledHeadersAreAccepted()
    {
        const WebhookRead read
            = readSample(TestSupport::sample(u"orderCreated.json"_s), goodHeaders(true));
        QCOMPARE(read.kind, WebhookRead::Kind::Order);
    }

    void wrongCredentialsAreRefusedBeforeTheBodyIsRead()
    {
        HttpHeaders headers = goodHeaders();
        headers.last().second = "not-the-token";
        // Not even JSON: the credentials are checked first, so the answer is about them.
        const WebhookRead read = readSample("{not json", headers);
        QCOMPARE(read.kind, WebhookRead::Kind::Refused);
        QCOMPARE(read.answer.httpStatus, 400);
        QCOMPARE(read.answer.code(), u"WEB_HUK_INVALID_CREDS"_s);
        QVERIFY(!read.payload.ok); // never parsed
        QVERIFY(!read.answer.detail.contains(u"not-the-token"_s)); // no value in the detail
    }

    void missingCredentialsAreRefused()
    {
        const WebhookRead read = readSample(TestSupport::sample(u"orderCreated.json"_s), {});
        QCOMPARE(read.kind, WebhookRead::Kind::Refused);
        QCOMPARE(read.answer.code(), u"WEB_HUK_INVALID_CREDS"_s);
    }

    void malformedBodiesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not JSON") << QByteArray("{\"event\": ");
        QTest::newRow("an array") << QByteArray("[1,2,3]");
        QTest::newRow("no event") << QByteArray(R"({"resource":{}})");
        QTest::newRow("event not a string") << QByteArray(R"({"event":42,"resource":{}})");
        QTest::newRow("empty") << QByteArray();
    }

    void malformedBodiesAreRefused()
    {
        QFETCH(QByteArray, body);
        const WebhookRead read = readSample(body, goodHeaders());
        QCOMPARE(read.kind, WebhookRead::Kind::Refused);
        QCOMPARE(read.answer.httpStatus, 400);
        QCOMPARE(read.answer.code(), u"WEB_HUK_MALFORMED_JSON"_s);
        QVERIFY(!read.answer.message().isEmpty()); // says what is wrong
    }

    void aStaffResendSkipsTheCredentials()
    {
        // The history keeps credential values masked; a resend is staff's own request.
        const HttpHeaders masked { { "custom_hotel_id", "***" }, { "custom_access_token", "***" },
            { "custom_password_token", "***" } };
        const QByteArray body = TestSupport::sample(u"orderCreated.json"_s);
        QCOMPARE(readSample(body, masked).kind, WebhookRead::Kind::Refused);
        QCOMPARE(readSample(body, masked, true).kind, WebhookRead::Kind::Order);
    }
};

QTEST_GUILESS_MAIN(TestWebhookReader)
#include "tst_webhookreader.moc"
