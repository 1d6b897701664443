// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Unit tests for DuveAnswer: every answer the bridge gives Duve, against the table of
// ../shared/contracts/duve-inbound.md ("Answers") — status, code and message word for word, the
// history outcome, and the detail for staff that never goes to Duve.

#include "core/duve/duveanswer.h"
#include "core/net/httpanswer.h"
#include "core/store/outcome.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDuveAnswer : public QObject
{
    Q_OBJECT

    static void checkError(const DuveAnswer &a, int status, const QString &code,
        const QString &message, Outcome outcome)
    {
        QCOMPARE(a.httpStatus, status);
        QCOMPARE(a.code(), code);
        QCOMPARE(a.message(), message);
        QCOMPARE(a.outcome, outcome);
        // The body on the wire is exactly the error object the guard's refusals use too.
        QCOMPARE(a.bodyBytes(), HttpAnswer::errorBody(code, message));
    }

private Q_SLOTS:
    void duveCodesAreWordForWord()
    {
        checkError(DuveAnswer::invalidCredentials(u"custom_hotel_id is missing"_s), 400,
            u"WEB_HUK_INVALID_CREDS"_s, u"Invalid credentials."_s, Outcome::Rejected);
        checkError(DuveAnswer::invalidBody(
                       u"no room"_s, Reason(Reason::Code::MissingOrderData, u"room"_s)),
            403, u"WEB_HUK_INVALID_BODY"_s,
            u"Please provide the proper Room Number, External Id, and Verified First Name."_s,
            Outcome::Rejected);
        checkError(DuveAnswer::unknownExternalId(u"77"_s), 400, u"WEB_HUK_HUBOS_REQUEST_FAIL"_s,
            u"Unknown external ID 77"_s, Outcome::Rejected);
        checkError(DuveAnswer::unknownRoom(u"999"_s, u"Hub OS: no room 999"_s), 400,
            u"WEB_HUK_HUBOS_REQUEST_FAIL"_s, u"Unknown room"_s, Outcome::Failed);
        checkError(DuveAnswer::attemptsFailed(3, u"timeout"_s), 403,
            u"WEB_HUK_REQUEST_ATTEMPT_FAILED"_s,
            u"Operation failed after 3 attempt, Please check credentials and request body."_s,
            Outcome::Failed);
        checkError(DuveAnswer::malformedJson(u"unterminated object at offset 9"_s), 400,
            u"WEB_HUK_MALFORMED_JSON"_s, u"unterminated object at offset 9"_s, Outcome::Rejected);
    }

    void listenerAnswers()
    {
        checkError(DuveAnswer::methodNotAllowed(u"GET /webhooks/duve"_s), 405,
            u"METHOD_NOT_ALLOWED"_s, u"Only POST is accepted here."_s, Outcome::Rejected);
        QCOMPARE(DuveAnswer::notFound(u"GET /.env"_s).httpStatus, 404);
        QCOMPARE(DuveAnswer::notFound(u"GET /.env"_s).code(), u"NOT_FOUND"_s);
        // Not recorded, so not answered 200: Duve must try again.
        QCOMPARE(DuveAnswer::storeUnavailable().httpStatus, 503);
        QCOMPARE(DuveAnswer::storeUnavailable().outcome, Outcome::Failed);
    }

    void detailForStaffIsKeptApart()
    {
        const DuveAnswer a = DuveAnswer::invalidCredentials(u"custom_access_token differs"_s);
        QCOMPARE(a.detail, u"custom_access_token differs"_s);
        QVERIFY(!a.bodyBytes().contains("custom_access_token")); // never sent to Duve
        // Without a detail of its own, staff see the message.
        QCOMPARE(DuveAnswer::malformedJson(u"not JSON"_s).detail, u"not JSON"_s);
        QVERIFY(DuveAnswer::unknownExternalId(u"77"_s).detail.contains(u"mapping table"_s));
    }

    // Issue 15, item 5: each failure carries its reason as a code and its value, so that it
    // is shown in the reader's language and grouped by cause; Hub OS health and "other
    // traffic" are read from it.
    void reasonsAreCodesWithValues()
    {
        const Reason room = DuveAnswer::unknownRoom(u"999"_s, u"Hub OS: no room 999"_s).reason;
        QCOMPARE(room, Reason(Reason::Code::UnknownRoom, u"999"_s));
        QCOMPARE(room.stored(), u"unknown_room:999"_s);
        QCOMPARE(Reason::fromStored(room.stored()), room);
        QVERIFY(!room.isHubOsFault());
        QVERIFY(!room.isOtherTraffic());
        QVERIFY(room.text().contains(u"999"_s));

        const Reason id = DuveAnswer::unknownExternalId(u"77"_s).reason;
        QCOMPARE(id, Reason(Reason::Code::UnknownExternalId, u"77"_s));
        QVERIFY(id.text() != room.text()); // the same Duve code, two different reasons

        QVERIFY(DuveAnswer::attemptsFailed(3, u"timeout"_s).reason.isHubOsFault());
        for (const DuveAnswer &a : { DuveAnswer::invalidCredentials(u"wrong"_s),
                 DuveAnswer::notFound(u"GET /wp-login.php"_s),
                 DuveAnswer::methodNotAllowed(u"PUT /webhooks/duve"_s) })
            QVERIFY2(a.reason.isOtherTraffic(), qPrintable(a.reason.stored()));
        QVERIFY(!DuveAnswer::malformedJson(u"x"_s).reason.isOtherTraffic());
        QCOMPARE(DuveAnswer::notFound(u"GET /a:b"_s).reason.stored(), u"not_a_webhook:GET /a:b"_s);
        QCOMPARE(Reason::fromStored(u"not_a_webhook:GET /a:b"_s).value(), u"GET /a:b"_s);
        QVERIFY(Reason::fromStored(u"no_such_code:1"_s).isNone());
        QVERIFY(Reason::fromStored(QString()).isNone());
    }

    void successAnswers()
    {
        const QJsonArray tasks { QJsonObject {
            { u"externalId"_s, u"4"_s }, { u"taskTypeId"_s, 4 }, { u"taskId"_s, u"t-1"_s } } };
        const DuveAnswer created = DuveAnswer::created(u"order-1"_s, tasks);
        QCOMPARE(created.httpStatus, 200);
        QCOMPARE(created.outcome, Outcome::Created);
        QCOMPARE(created.body.value(u"status"_s).toString(), u"created"_s);
        QCOMPARE(created.body.value(u"orderId"_s).toString(), u"order-1"_s);
        QCOMPARE(created.body.value(u"tasks"_s).toArray(), tasks);
        QVERIFY(created.code().isEmpty());

        // The same order again: the first answer, marked.
        const DuveAnswer again = DuveAnswer::duplicateOf(created.bodyBytes());
        QCOMPARE(again.httpStatus, 200);
        QCOMPARE(again.outcome, Outcome::Duplicate);
        QJsonObject expected = created.body;
        expected.insert(u"duplicate"_s, true);
        QCOMPARE(again.body, expected);

        const DuveAnswer cancelled = DuveAnswer::cancelled(u"order-1"_s, tasks);
        QCOMPARE(cancelled.outcome, Outcome::Cancelled);
        QCOMPARE(cancelled.body.value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(cancelled.body.value(u"tasks"_s).toArray(), tasks);
    }

    void statusOnlyAnswers()
    {
        QCOMPARE(DuveAnswer::ignored(u"preCheckInDone"_s).bodyBytes(),
            QByteArray(R"({"status":"ignored"})"));
        QCOMPARE(DuveAnswer::ignored(u"preCheckInDone"_s).outcome, Outcome::Ignored);
        QCOMPARE(DuveAnswer::recorded().bodyBytes(), QByteArray(R"({"status":"recorded"})"));
        QCOMPARE(DuveAnswer::recorded().outcome, Outcome::Recorded);
        const DuveAnswer skipped = DuveAnswer::skipped(u"paid order (12.50 EUR)"_s);
        QCOMPARE(skipped.httpStatus, 200);
        QCOMPARE(skipped.outcome, Outcome::Skipped);
        QCOMPARE(skipped.body.value(u"status"_s).toString(), u"skipped"_s);
        QCOMPARE(skipped.body.value(u"reason"_s).toString(), u"paid order (12.50 EUR)"_s);
    }
};

QTEST_GUILESS_MAIN(TestDuveAnswer)
#include "tst_duveanswer.moc"
