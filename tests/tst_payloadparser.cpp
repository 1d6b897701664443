// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Unit tests for PayloadParser: every published Duve sample, the default data-point paths of
// ../shared/contracts/duve-inbound.md, malformed bodies, and the path / external-ID helpers.

#include "core/config/settings.h"
#include "core/duve/payloadparser.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// The default paths, exactly as Settings declares them (no data dir needed).
PayloadPaths defaultPaths()
{
    return Settings::defaultPayloadPaths();
}

QByteArray body(const QJsonObject &resource, const QString &event = u"orderCreated"_s)
{
    const QJsonObject root { { u"accountId"_s, u"acc-1"_s }, { u"event"_s, event },
        { u"resource"_s, resource } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

class TestPayloadParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultPathsAreComplete();
    void samples_data();
    void samples();
    void everySampleIsCovered();
    void customServiceOrder();
    void multipleItemsOrder();
    void paidOrderWithoutExternalId();
    void cancelledOrder();
    void normalizeExternalId_data();
    void normalizeExternalId();
    void externalIdVariantsInPayload_data();
    void externalIdVariantsInPayload();
    void roomFallback_data();
    void roomFallback();
    void roomFromRememberedReservationIsNotGuessed();
    void firstNameFallback();
    void multiItemWithOneItemLackingExternalId();
    void singleItemQuantityIsSumOfUnits();
    void malformed_data();
    void malformed();
    void deepNestingDoesNotCrash();
    void invalidUtf8IsRejected();
    void customPaths();
    void valueAt();
    void scalarText();
    void firstText();
    void deliveryAtUnreadableOrOffset();
    void guestNameAndExternalIds();
};

void TestPayloadParser::defaultPathsAreComplete()
{
    const PayloadPaths p = defaultPaths();
    QCOMPARE(p.orderKey, QStringList { u"resource.order.id"_s });
    QCOMPARE(p.room,
        (QStringList { u"resource.roomNumber"_s, u"resource.room.number"_s, u"resource.room"_s,
            u"resource.apartmentNumber"_s }));
    QCOMPARE(
        p.firstName, (QStringList { u"resource.verifiedFirstName"_s, u"resource.firstName"_s }));
    QCOMPARE(p.externalId,
        (QStringList { u"resource.product.externalId"_s, u"resource.order.service.externalId"_s }));
}

void TestPayloadParser::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("event");

    QTest::newRow("chatMessageSent.as-documented")
        << u"chatMessageSent.as-documented.txt"_s << false << QString();
    QTest::newRow("guestDocumentUploaded")
        << u"guestDocumentUploaded.json"_s << true << u"guestDocumentUploaded"_s;
    QTest::newRow("guestLinkOpened") << u"guestLinkOpened.json"_s << true << u"guestLinkOpened"_s;
    QTest::newRow("orderCancelled") << u"orderCancelled.json"_s << true << u"orderCancelled"_s;
    QTest::newRow("orderCreated.custom-service")
        << u"orderCreated.custom-service.json"_s << true << u"orderCreated"_s;
    QTest::newRow("orderCreated") << u"orderCreated.json"_s << true << u"orderCreated"_s;
    QTest::newRow("orderCreated.multiple-items")
        << u"orderCreated.multiple-items.json"_s << true << u"orderCreated"_s;
    QTest::newRow("orderRefunded.as-documented")
        << u"orderRefunded.as-documented.txt"_s << false << QString();
    QTest::newRow("preCheckInDone") << u"preCheckInDone.json"_s << true << u"preCheckInDone"_s;
    QTest::newRow("preCheckOutDone") << u"preCheckOutDone.json"_s << true << u"preCheckOutDone"_s;
    QTest::newRow("preCheckOutUpdated")
        << u"preCheckOutUpdated.json"_s << true << u"preCheckOutUpdated"_s;
    QTest::newRow("reservationCreated")
        << u"reservationCreated.json"_s << true << u"reservationCreated"_s;
    QTest::newRow("reservationRoomAssign.assumed")
        << u"reservationRoomAssign.assumed.json"_s << true << u"reservationRoomAssign"_s;
}

void TestPayloadParser::samples()
{
    QFETCH(QString, file);
    QFETCH(bool, ok);
    QFETCH(QString, event);

    const QByteArray data = TestSupport::sample(file);
    QVERIFY(!data.isEmpty());
    const DuvePayload p = PayloadParser::parse(data, defaultPaths());
    QCOMPARE(p.ok, ok);
    QCOMPARE(p.event, event);
    if (ok) {
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.errorOffset, -1);
        QVERIFY(!p.root.isEmpty());
        QCOMPARE(p.root.value(u"event"_s).toString(), event);
    } else {
        QVERIFY(p.errorOffset > 0);
        QVERIFY(p.errorOffset <= data.size());
        QVERIFY2(p.error.contains(u"offset"_s), qPrintable(p.error));
        QVERIFY2(p.error.contains(QString::number(p.errorOffset)), qPrintable(p.error));
        QVERIFY(p.order.items.isEmpty());
        QVERIFY(p.order.orderKey.isEmpty());
    }
}

void TestPayloadParser::everySampleIsCovered()
{
    // samples_data() must name every payload in tests/data/duve (README.md is not a payload).
    const QStringList files = QDir(TestSupport::dataPath(u"duve"_s))
                                  .entryList({ u"*.json"_s, u"*.txt"_s }, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 13);
    for (const QString &f : files) {
        const QByteArray data = readFile(TestSupport::dataPath(u"duve/"_s + f));
        QVERIFY2(!data.isEmpty(), qPrintable(f));
        const DuvePayload p = PayloadParser::parse(data, defaultPaths());
        QCOMPARE(p.ok, !f.endsWith(u".as-documented.txt"_s));
        if (p.ok)
            QVERIFY2(f.startsWith(p.event + u'.'), qPrintable(f));
    }
}

void TestPayloadParser::customServiceOrder()
{
    const DuvePayload p = PayloadParser::parse(
        TestSupport::sample(u"orderCreated.custom-service.json"_s), defaultPaths());
    QVERIFY2(p.ok, qPrintable(p.error));
    QCOMPARE(p.event, u"orderCreated"_s);
    QCOMPARE(p.accountId, u"6368c35588d770ea9b0ae2e1"_s);
    const OrderData &o = p.order;
    QCOMPARE(o.orderKey, u"63be7b757c2370fadee27c01"_s);
    QCOMPARE(o.orderNumber, u"16801"_s);
    QCOMPARE(o.reservationId, u"6368c383e44d30f1705bd53a"_s);
    QCOMPARE(o.room, u"204"_s);
    QCOMPARE(o.firstName, u"Bobby"_s);
    QCOMPARE(o.lastName, u"Smith"_s);
    QCOMPARE(o.guestName(), u"Bobby Smith"_s);
    QCOMPARE(o.serviceName, u"Towel service"_s);
    QCOMPARE(o.specialRequest, u"2 extra bath towels please"_s);
    QVERIFY(o.deliveryAt.isValid());
    QCOMPARE(o.deliveryAt.timeSpec(), Qt::UTC);
    QCOMPARE(o.deliveryAt, QDateTime(QDate(2023, 1, 14), QTime(16, 30), Qt::UTC));
    QCOMPARE(o.deliveryAt.toString(Qt::ISODate), u"2023-01-14T16:30:00Z"_s);
    QVERIFY(o.price.has_value());
    QCOMPARE(*o.price, 0.0);
    QCOMPARE(o.currency, u"USD"_s);
    QCOMPARE(o.items.size(), 1);
    QCOMPARE(o.items[0].externalId, u"4"_s);
    QCOMPARE(o.items[0].quantity, 1);
    QCOMPARE(o.items[0].index, 0);
    QCOMPARE(o.items[0].name, u"Towel service"_s);
    QCOMPARE(o.itemsWithoutExternalId, 0);
    QCOMPARE(o.externalIds(), QStringList { u"4"_s });
}

void TestPayloadParser::multipleItemsOrder()
{
    const DuvePayload p = PayloadParser::parse(
        TestSupport::sample(u"orderCreated.multiple-items.json"_s), defaultPaths());
    QVERIFY2(p.ok, qPrintable(p.error));
    const OrderData &o = p.order;
    QCOMPARE(o.orderKey, u"63be7b757c2370fadee27c02"_s);
    QCOMPARE(o.orderNumber, u"16802"_s);
    QCOMPARE(o.room, u"204"_s);
    QCOMPARE(o.firstName, u"Bobby"_s);
    QCOMPARE(o.items.size(), 2);
    QCOMPARE(o.items[0].index, 0);
    QCOMPARE(o.items[0].externalId, u"2"_s);
    QCOMPARE(o.items[0].quantity, 1);
    QCOMPARE(o.items[0].name, u"Change bed sheets"_s);
    // The second ID arrives as the JSON number 6.
    QVERIFY(p.root.value(u"resource"_s)
                .toObject()
                .value(u"order"_s)
                .toObject()
                .value(u"bookingDetails"_s)
                .toObject()
                .value(u"selectedVariables"_s)
                .toArray()
                .at(1)
                .toObject()
                .value(u"externalId"_s)
                .isDouble());
    QCOMPARE(o.items[1].index, 1);
    QCOMPARE(o.items[1].externalId, u"6"_s);
    QCOMPARE(o.items[1].quantity, 2);
    QCOMPARE(o.items[1].name, u"Serve pillows"_s);
    QCOMPARE(o.itemsWithoutExternalId, 0);
    QCOMPARE(o.externalIds(), (QStringList { u"2"_s, u"6"_s }));
    QVERIFY(o.price.has_value());
    QCOMPARE(*o.price, 0.0);
    QCOMPARE(o.serviceName, u"Housekeeping requests"_s);
    QVERIFY(o.specialRequest.isEmpty());
}

void TestPayloadParser::paidOrderWithoutExternalId()
{
    // The published orderCreated: a paid massage, no data points ticked.
    const DuvePayload p
        = PayloadParser::parse(TestSupport::sample(u"orderCreated.json"_s), defaultPaths());
    QVERIFY2(p.ok, qPrintable(p.error));
    const OrderData &o = p.order;
    QCOMPARE(o.orderKey, u"63be7b757c2370fadee27bd1"_s);
    QCOMPARE(o.orderNumber, u"16800"_s);
    QVERIFY(o.room.isEmpty());
    QCOMPARE(o.firstName, u"Bobby"_s); // from resource.firstName
    QVERIFY(o.items.isEmpty());
    QVERIFY(o.price.has_value());
    QCOMPARE(*o.price, 90.0);
    QCOMPARE(o.currency, u"USD"_s);
    QCOMPARE(o.serviceName, u"Swedish Massage"_s);
    QCOMPARE(o.deliveryAt, QDateTime(QDate(2023, 1, 17), QTime(0, 45), Qt::UTC));
}

void TestPayloadParser::cancelledOrder()
{
    const DuvePayload p
        = PayloadParser::parse(TestSupport::sample(u"orderCancelled.json"_s), defaultPaths());
    QVERIFY2(p.ok, qPrintable(p.error));
    QCOMPARE(p.event, u"orderCancelled"_s);
    QCOMPARE(p.order.orderKey, u"63be7b757c2370fadee27bd1"_s);
    QCOMPARE(p.order.reservationId, u"6368c383e44d30f1705bd53a"_s);
}

void TestPayloadParser::normalizeExternalId_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("number 4") << QJsonValue(4) << u"4"_s;
    QTest::newRow("number 4.0") << QJsonValue(4.0) << u"4"_s;
    QTest::newRow("string 4") << QJsonValue(u"4"_s) << u"4"_s;
    QTest::newRow("padded string") << QJsonValue(u" 4 "_s) << u"4"_s;
    QTest::newRow("leading zeros") << QJsonValue(u"004"_s) << u"4"_s;
    QTest::newRow("padded leading zeros") << QJsonValue(u"  004\t"_s) << u"4"_s;
    QTest::newRow("zero") << QJsonValue(u"0"_s) << u"0"_s;
    QTest::newRow("zeros") << QJsonValue(u"000"_s) << u"0"_s;
    QTest::newRow("large") << QJsonValue(u"200"_s) << u"200"_s;
    QTest::newRow("large number") << QJsonValue(100) << u"100"_s;
    QTest::newRow("non-numeric kept") << QJsonValue(u" A-07 "_s) << u"A-07"_s;
    QTest::newRow("empty") << QJsonValue(u""_s) << QString();
    QTest::newRow("blank") << QJsonValue(u"   "_s) << QString();
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QString();
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << QString();
    QTest::newRow("bool") << QJsonValue(true) << QString();
    QTest::newRow("object") << QJsonValue(QJsonObject { { u"id"_s, 4 } }) << QString();
    QTest::newRow("array") << QJsonValue(QJsonArray { 4 }) << QString();
}

void TestPayloadParser::normalizeExternalId()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QCOMPARE(PayloadParser::normalizeExternalId(value), expected);
    if (value.isString())
        QCOMPARE(PayloadParser::normalizeExternalId(value.toString()), expected);
}

void TestPayloadParser::externalIdVariantsInPayload_data()
{
    QTest::addColumn<QJsonValue>("id");
    QTest::newRow("4") << QJsonValue(4);
    QTest::newRow("\"4\"") << QJsonValue(u"4"_s);
    QTest::newRow("\" 4 \"") << QJsonValue(u" 4 "_s);
    QTest::newRow("\"004\"") << QJsonValue(u"004"_s);
}

void TestPayloadParser::externalIdVariantsInPayload()
{
    QFETCH(QJsonValue, id);
    const QJsonObject base { { u"roomNumber"_s, u"101"_s }, { u"verifiedFirstName"_s, u"Ann"_s },
        { u"order"_s, QJsonObject { { u"id"_s, u"o-1"_s } } } };

    // single item: resource.product.externalId
    QJsonObject single = base;
    single.insert(u"product"_s, QJsonObject { { u"externalId"_s, id } });
    DuvePayload p = PayloadParser::parse(body(single), defaultPaths());
    QVERIFY2(p.ok, qPrintable(p.error));
    QCOMPARE(p.order.externalIds(), QStringList { u"4"_s });

    // single item, second path: resource.order.service.externalId
    QJsonObject service = base;
    service.insert(u"order"_s,
        QJsonObject {
            { u"id"_s, u"o-1"_s }, { u"service"_s, QJsonObject { { u"externalId"_s, id } } } });
    p = PayloadParser::parse(body(service), defaultPaths());
    QVERIFY2(p.ok, qPrintable(p.error));
    QCOMPARE(p.order.externalIds(), QStringList { u"4"_s });

    // multiple items: selectedVariables[i].externalId
    QJsonObject multi = base;
    multi.insert(u"order"_s,
        QJsonObject { { u"id"_s, u"o-1"_s },
            { u"bookingDetails"_s,
                QJsonObject { { u"selectedVariables"_s,
                    QJsonArray {
                        QJsonObject { { u"externalId"_s, id }, { u"amount"_s, 3 } } } } } } });
    p = PayloadParser::parse(body(multi), defaultPaths());
    QVERIFY2(p.ok, qPrintable(p.error));
    QCOMPARE(p.order.externalIds(), QStringList { u"4"_s });
    QCOMPARE(p.order.items[0].quantity, 3);
}

void TestPayloadParser::roomFallback_data()
{
    QTest::addColumn<QJsonObject>("resource");
    QTest::addColumn<QString>("room");

    const QJsonObject roomObject { { u"number"_s, u"302"_s } };
    QTest::newRow("roomNumber wins over all")
        << QJsonObject { { u"roomNumber"_s, u"101"_s }, { u"room"_s, roomObject } } << u"101"_s;
    QTest::newRow("roomNumber wins over plain room")
        << QJsonObject { { u"roomNumber"_s, u"101"_s }, { u"room"_s, u"999"_s } } << u"101"_s;
    QTest::newRow("room.number") << QJsonObject { { u"room"_s, roomObject } } << u"302"_s;
    QTest::newRow("room.number as number")
        << QJsonObject { { u"room"_s, QJsonObject { { u"number"_s, 303 } } } } << u"303"_s;
    QTest::newRow("plain room") << QJsonObject { { u"room"_s, u"404"_s } } << u"404"_s;
    QTest::newRow("plain room as number") << QJsonObject { { u"room"_s, 405 } } << u"405"_s;
    QTest::newRow("empty roomNumber falls through")
        << QJsonObject { { u"roomNumber"_s, u"  "_s }, { u"room"_s, roomObject } } << u"302"_s;
    QTest::newRow("null roomNumber falls through") << QJsonObject {
        { u"roomNumber"_s, QJsonValue(QJsonValue::Null) }, { u"room"_s, u"404"_s }
    } << u"404"_s;
    QTest::newRow("room object without number")
        << QJsonObject { { u"room"_s, QJsonObject { { u"floor"_s, 3 } } } } << QString();
    QTest::newRow("trimmed") << QJsonObject { { u"roomNumber"_s, u" 12A "_s } } << u"12A"_s;
    // Duve's developer documentation names the room data point apartmentNumber.
    QTest::newRow("apartmentNumber")
        << QJsonObject { { u"apartmentNumber"_s, u"7B"_s } } << u"7B"_s;
    QTest::newRow("roomNumber before apartmentNumber")
        << QJsonObject { { u"roomNumber"_s, u"101"_s }, { u"apartmentNumber"_s, u"7B"_s } }
        << u"101"_s;
    QTest::newRow("none") << QJsonObject { { u"firstName"_s, u"Ann"_s } } << QString();
}

void TestPayloadParser::roomFallback()
{
    QFETCH(QJsonObject, resource);
    QFETCH(QString, room);
    const DuvePayload p = PayloadParser::parse(body(resource), defaultPaths());
    QVERIFY2(p.ok, qPrintable(p.error));
    QCOMPARE(p.order.room, room);
}

void TestPayloadParser::roomFromRememberedReservationIsNotGuessed()
{
    // The parser reads only the payload; the reservation id is what the bridge remembers by.
    const QJsonObject resource { { u"id"_s, u"res-77"_s }, { u"firstName"_s, u"Ann"_s } };
    const DuvePayload p = PayloadParser::parse(body(resource), defaultPaths());
    QVERIFY(p.ok);
    QVERIFY(p.order.room.isEmpty());
    QCOMPARE(p.order.reservationId, u"res-77"_s);
}

void TestPayloadParser::firstNameFallback()
{
    DuvePayload p = PayloadParser::parse(
        body({ { u"verifiedFirstName"_s, u"Robert"_s }, { u"firstName"_s, u"Bobby"_s },
            { u"verifiedLastName"_s, u"Smyth"_s }, { u"lastName"_s, u"Smith"_s } }),
        defaultPaths());
    QVERIFY(p.ok);
    QCOMPARE(p.order.firstName, u"Robert"_s);
    QCOMPARE(p.order.lastName, u"Smyth"_s);

    p = PayloadParser::parse(
        body({ { u"firstName"_s, u"Bobby"_s }, { u"lastName"_s, u"Smith"_s } }), defaultPaths());
    QVERIFY(p.ok);
    QCOMPARE(p.order.firstName, u"Bobby"_s);
    QCOMPARE(p.order.lastName, u"Smith"_s);

    p = PayloadParser::parse(
        body({ { u"verifiedFirstName"_s, u""_s }, { u"firstName"_s, u"Bobby"_s } }),
        defaultPaths());
    QVERIFY(p.ok);
    QCOMPARE(p.order.firstName, u"Bobby"_s);

    p = PayloadParser::parse(body({ { u"roomNumber"_s, u"1"_s } }), defaultPaths());
    QVERIFY(p.ok);
    QVERIFY(p.order.firstName.isEmpty());
    QVERIFY(p.order.guestName().isEmpty());
}

void TestPayloadParser::multiItemWithOneItemLackingExternalId()
{
    const QJsonObject resource = json(R"({"order": {"id": "o-2", "bookingDetails": {
        "selectedVariables": [{"name": "A", "externalId": "2"}, {"name": "B"},
                              {"name": "C", "externalId": " "}]}}})");
    const DuvePayload p = PayloadParser::parse(body(resource), defaultPaths());
    QVERIFY(p.ok);
    QCOMPARE(p.order.items.size(), 3);
    QCOMPARE(p.order.itemsWithoutExternalId, 2);
    QCOMPARE(p.order.items[0].externalId, u"2"_s);
    QVERIFY(p.order.items[1].externalId.isEmpty());
    QCOMPARE(p.order.items[1].name, u"B"_s);
    QCOMPARE(p.order.items[2].index, 2);
}

void TestPayloadParser::singleItemQuantityIsSumOfUnits()
{
    const QJsonObject resource = json(R"({
        "product": {"externalId": 7, "name": "Amenities"},
        "order": {"id": "o-3", "bookingDetails": {"selectedVariables": [
            {"amount": 2}, {"amount": "3"}, {"amount": 0}]}}})");
    const DuvePayload p = PayloadParser::parse(body(resource), defaultPaths());
    QVERIFY(p.ok);
    QCOMPARE(p.order.items.size(), 1);
    QCOMPARE(p.order.items[0].externalId, u"7"_s);
    QCOMPARE(p.order.items[0].quantity, 5);
    QCOMPARE(p.order.serviceName, u"Amenities"_s); // resource.product.name fallback
    QCOMPARE(p.order.items[0].name, u"Amenities"_s);
}

void TestPayloadParser::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("errorPart");
    QTest::addColumn<bool>("hasOffset");

    QTest::newRow("empty body") << QByteArray() << u"not valid JSON"_s << true;
    QTest::newRow("whitespace body") << QByteArray("  \n ") << u"not valid JSON"_s << true;
    QTest::newRow("array") << QByteArray("[{\"event\":\"orderCreated\"}]") << u"JSON object"_s
                           << false;
    QTest::newRow("empty array") << QByteArray("[]") << u"JSON object"_s << false;
    QTest::newRow("scalar number") << QByteArray("42") << QString() << false;
    QTest::newRow("scalar string") << QByteArray("\"orderCreated\"") << QString() << false;
    QTest::newRow("null") << QByteArray("null") << QString() << false;
    QTest::newRow("missing event") << QByteArray("{\"accountId\":\"a\",\"resource\":{}}")
                                   << u"\"event\" is missing"_s << false;
    QTest::newRow("empty object") << QByteArray("{}") << u"\"event\" is missing"_s << false;
    QTest::newRow("numeric event")
        << QByteArray("{\"event\":42}") << u"\"event\" must be a non-empty string"_s << false;
    QTest::newRow("null event") << QByteArray("{\"event\":null}")
                                << u"\"event\" must be a non-empty string"_s << false;
    QTest::newRow("object event") << QByteArray("{\"event\":{\"name\":\"orderCreated\"}}")
                                  << u"\"event\" must be a non-empty string"_s << false;
    QTest::newRow("empty event") << QByteArray("{\"event\":\"\"}")
                                 << u"\"event\" must be a non-empty string"_s << false;
    QTest::newRow("blank event") << QByteArray("{\"event\":\"   \"}")
                                 << u"\"event\" must be a non-empty string"_s << false;
    QTest::newRow("truncated") << QByteArray("{\"event\":\"orderCreated\",\"resource\":{")
                               << u"offset"_s << true;
    QTest::newRow("trailing comma")
        << QByteArray("{\"event\":\"orderCreated\",}") << u"offset"_s << true;
    QTest::newRow("comment") << QByteArray("{\"event\":\"x\" // note\n}") << u"offset"_s << true;
    QTest::newRow("garbage after object")
        << QByteArray("{\"event\":\"x\"} trailing") << u"offset"_s << true;
    QTest::newRow("nul bytes") << QByteArray("\0\0\0", 3) << QString() << true;
    QTest::newRow("form encoded") << QByteArray("event=orderCreated&resource=1") << u"offset"_s
                                  << true;
}

void TestPayloadParser::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, errorPart);
    QFETCH(bool, hasOffset);

    const DuvePayload p = PayloadParser::parse(input, defaultPaths());
    QVERIFY(!p.ok);
    QVERIFY(!p.error.isEmpty());
    QVERIFY(p.event.isEmpty());
    QVERIFY(p.order.items.isEmpty());
    QVERIFY(p.order.orderKey.isEmpty());
    if (!errorPart.isEmpty())
        QVERIFY2(p.error.contains(errorPart), qPrintable(p.error));
    if (hasOffset) {
        QVERIFY(p.errorOffset >= 0);
        QVERIFY2(p.error.contains(u"offset %1"_s.arg(p.errorOffset)), qPrintable(p.error));
    }
}

void TestPayloadParser::deepNestingDoesNotCrash()
{
    for (int depth : { 2000, 100000 }) {
        QByteArray input = "{\"event\":\"orderCreated\",\"resource\":";
        input += QByteArray(depth, '[');
        input += QByteArray(depth, ']');
        input += '}';
        const DuvePayload p = PayloadParser::parse(input, defaultPaths());
        QVERIFY(!p.ok);
        QVERIFY2(p.error.contains(u"offset"_s), qPrintable(p.error));
        QVERIFY(p.errorOffset > 0);
    }

    // Deeply nested objects as well, unterminated.
    QByteArray objects = "{\"event\":\"orderCreated\",\"resource\":";
    for (int i = 0; i < 5000; ++i)
        objects += "{\"a\":";
    const DuvePayload p = PayloadParser::parse(objects, defaultPaths());
    QVERIFY(!p.ok);
    QVERIFY(!p.error.isEmpty());

    // Nesting that JSON allows is read normally, and paths into it work.
    QByteArray moderate = "{\"event\":\"orderCreated\",\"resource\":";
    for (int i = 0; i < 100; ++i)
        moderate += "{\"a\":";
    moderate += "\"deep\"";
    moderate += QByteArray(100, '}');
    moderate += '}';
    const DuvePayload ok = PayloadParser::parse(moderate, defaultPaths());
    QVERIFY2(ok.ok, qPrintable(ok.error));
    QStringList segments { u"resource"_s };
    for (int i = 0; i < 100; ++i)
        segments.append(u"a"_s);
    QCOMPARE(
        PayloadParser::valueAt(QJsonValue(ok.root), segments.join(u'.')).toString(), u"deep"_s);
}

void TestPayloadParser::invalidUtf8IsRejected()
{
    const QByteArray inputs[] = {
        QByteArray("{\"event\":\"orderCreated\",\"resource\":{\"roomNumber\":\"2\xff"
                   "4\"}}"),
        QByteArray("{\"event\":\"order\xc3\x28\"}"),
        QByteArray("{\"event\":\"orderCreated\",\"resource\":{\"firstName\":\"\xed\xa0\x80\"}}"),
        QByteArray("{\"event\":\"orderCreated\",\"res\xfe\":1}"),
    };
    for (const QByteArray &input : inputs) {
        const DuvePayload p = PayloadParser::parse(input, defaultPaths());
        QVERIFY2(!p.ok, input.toHex().constData());
        QVERIFY(!p.error.isEmpty());
        QVERIFY2(p.error.contains(u"offset"_s), qPrintable(p.error));
        QVERIFY(p.errorOffset > 0);
    }

    // Valid multi-byte UTF-8 is fine.
    const DuvePayload p = PayloadParser::parse(
        QByteArray("{\"event\":\"orderCreated\",\"resource\":{\"firstName\":\"Zo\xc3\xab\"}}"),
        defaultPaths());
    QVERIFY2(p.ok, qPrintable(p.error));
    QCOMPARE(p.order.firstName, QStringLiteral("Zo\u00eb"));
}

void TestPayloadParser::customPaths()
{
    const QJsonObject resource { { u"roomNumber"_s, u"101"_s },
        { u"extra"_s,
            QJsonObject { { u"roomNo"_s, u"512"_s },
                { u"guest"_s,
                    QJsonObject { { u"given"_s, u"Lena"_s }, { u"family"_s, u"Berg"_s } } },
                { u"lines"_s,
                    QJsonArray { QJsonObject {
                        { u"code"_s, u"09"_s }, { u"qty"_s, 4 }, { u"title"_s, u"Ice"_s } } } },
                { u"ref"_s, u"K-1"_s }, { u"when"_s, u"2024-03-01T10:00:00+02:00"_s },
                { u"cost"_s, u"12.5"_s } } } };

    PayloadPaths paths = defaultPaths();
    paths.room = { u"resource.extra.roomNo"_s };
    paths.firstName = { u"resource.extra.guest.given"_s };
    paths.lastName = { u"resource.extra.guest.family"_s };
    paths.orderKey = { u"resource.nothing"_s, u"resource.extra.ref"_s };
    paths.items = { u"resource.extra.lines"_s };
    paths.itemExternalId = { u"code"_s };
    paths.itemQuantity = { u"qty"_s };
    paths.itemName = { u"title"_s };
    paths.deliveryAt = { u"resource.extra.when"_s };
    paths.price = { u"resource.extra.cost"_s };

    const DuvePayload p = PayloadParser::parse(body(resource), paths);
    QVERIFY2(p.ok, qPrintable(p.error));
    QCOMPARE(p.order.room, u"512"_s); // the default resource.roomNumber is no longer looked at
    QCOMPARE(p.order.firstName, u"Lena"_s);
    QCOMPARE(p.order.lastName, u"Berg"_s);
    QCOMPARE(p.order.orderKey, u"K-1"_s);
    QCOMPARE(p.order.items.size(), 1);
    QCOMPARE(p.order.items[0].externalId, u"9"_s);
    QCOMPARE(p.order.items[0].quantity, 4);
    QCOMPARE(p.order.items[0].name, u"Ice"_s);
    QCOMPARE(p.order.deliveryAt, QDateTime(QDate(2024, 3, 1), QTime(8, 0), Qt::UTC));
    QCOMPARE(p.order.deliveryAt.timeSpec(), Qt::UTC);
    QVERIFY(p.order.price.has_value());
    QCOMPARE(*p.order.price, 12.5);

    // An array index inside a configured path.
    PayloadPaths indexed = defaultPaths();
    indexed.room = { u"resource.extra.lines[0].code"_s };
    QCOMPARE(PayloadParser::parse(body(resource), indexed).order.room, u"09"_s);

    // Empty path lists yield empty fields, not a crash.
    const DuvePayload none = PayloadParser::parse(body(resource), PayloadPaths {});
    QVERIFY(none.ok);
    QVERIFY(none.order.room.isEmpty());
    QVERIFY(none.order.items.isEmpty());
    QVERIFY(!none.order.price.has_value());
    QVERIFY(!none.order.deliveryAt.isValid());
}

void TestPayloadParser::valueAt()
{
    const QJsonObject doc = QJsonDocument::fromJson(R"({
        "a": {"list": [{"b": "first"}, {"b": "second", "c": [10, 20]}], "n": 5},
        "top": [[1, 2], [3]],
        "x": null
    })")
                                .object();
    const QJsonValue root(doc);
    using PayloadParser::valueAt;

    QCOMPARE(valueAt(root, u"a.list[1].b"_s).toString(), u"second"_s);
    QCOMPARE(valueAt(root, u"a.list[0].b"_s).toString(), u"first"_s);
    QCOMPARE(valueAt(root, u"a.list[1].c[1]"_s).toInt(), 20);
    QCOMPARE(valueAt(root, u"a.n"_s).toInt(), 5);
    QVERIFY(valueAt(root, u"a.list"_s).isArray());
    QCOMPARE(valueAt(root, u"a.list"_s).toArray().size(), 2);
    QVERIFY(valueAt(root, u"x"_s).isNull());
    QCOMPARE(valueAt(root, u"top[1]"_s).toArray().size(), 1);

    QVERIFY(valueAt(root, u"a.list[2].b"_s).isUndefined()); // out of range
    QVERIFY(valueAt(root, u"a.list[-1].b"_s).isUndefined());
    QVERIFY(valueAt(root, u"a.list[x].b"_s).isUndefined());
    QVERIFY(valueAt(root, u"a.n[0]"_s).isUndefined()); // not an array
    QVERIFY(valueAt(root, u"a.n.deeper"_s).isUndefined()); // not an object
    QVERIFY(valueAt(root, u"a.missing"_s).isUndefined());
    QVERIFY(valueAt(root, u"nothing.at.all"_s).isUndefined());
    QVERIFY(valueAt(root, u"x.y"_s).isUndefined());
    QVERIFY(valueAt(QJsonValue(), u"a"_s).isUndefined());
}

void TestPayloadParser::scalarText()
{
    using PayloadParser::scalarText;
    QCOMPARE(scalarText(QJsonValue(u"  text "_s)), u"text"_s);
    QCOMPARE(scalarText(QJsonValue(16801)), u"16801"_s);
    QCOMPARE(scalarText(QJsonValue(16801.0)), u"16801"_s);
    QCOMPARE(scalarText(QJsonValue(-3)), u"-3"_s);
    QCOMPARE(scalarText(QJsonValue(12.5)), u"12.5"_s);
    QCOMPARE(scalarText(QJsonValue(0)), u"0"_s);
    QVERIFY(scalarText(QJsonValue(true)).isEmpty());
    QVERIFY(scalarText(QJsonValue(QJsonValue::Null)).isEmpty());
    QVERIFY(scalarText(QJsonValue(QJsonValue::Undefined)).isEmpty());
    QVERIFY(scalarText(QJsonValue(QJsonObject { { u"a"_s, 1 } })).isEmpty());
    QVERIFY(scalarText(QJsonValue(QJsonArray { 1 })).isEmpty());
}

void TestPayloadParser::firstText()
{
    const QJsonValue root(QJsonObject {
        { u"a"_s, u""_s }, { u"b"_s, QJsonValue::Null }, { u"c"_s, 0 }, { u"d"_s, u"dee"_s } });
    using PayloadParser::firstText;
    QCOMPARE(firstText(root, { u"a"_s, u"b"_s, u"d"_s }), u"dee"_s);
    QCOMPARE(firstText(root, { u"c"_s, u"d"_s }), u"0"_s);
    QCOMPARE(firstText(root, { u"zz"_s, u"a"_s }), QString());
    QCOMPARE(firstText(root, {}), QString());
}

void TestPayloadParser::deliveryAtUnreadableOrOffset()
{
    const auto at = [](const QJsonValue &when) {
        return PayloadParser::parse(
            body({ { u"order"_s, QJsonObject { { u"deliveryAt"_s, when } } } }), defaultPaths())
            .order.deliveryAt;
    };
    QCOMPARE(
        at(u"2023-01-14T16:30:00.000Z"_s), QDateTime(QDate(2023, 1, 14), QTime(16, 30), Qt::UTC));
    QCOMPARE(at(u"2023-01-14T16:30:00Z"_s), QDateTime(QDate(2023, 1, 14), QTime(16, 30), Qt::UTC));
    const QDateTime shifted = at(u"2023-01-14T17:30:00+01:00"_s);
    QCOMPARE(shifted, QDateTime(QDate(2023, 1, 14), QTime(16, 30), Qt::UTC));
    QCOMPARE(shifted.timeSpec(), Qt::UTC);
    QVERIFY(!at(u"next tuesday"_s).isValid());
    QVERIFY(!at(u""_s).isValid());
    QVERIFY(!at(QJsonValue(QJsonValue::Null)).isValid());
}

void TestPayloadParser::guestNameAndExternalIds()
{
    OrderData o;
    QCOMPARE(o.guestName(), QString());
    o.firstName = u"Bobby"_s;
    QCOMPARE(o.guestName(), u"Bobby"_s);
    o.lastName = u"Smith"_s;
    QCOMPARE(o.guestName(), u"Bobby Smith"_s);
    o.firstName.clear();
    QCOMPARE(o.guestName(), u"Smith"_s);
    QVERIFY(o.externalIds().isEmpty());
    o.items = { OrderItem { 0, u"2"_s, 1, {} }, OrderItem { 1, u"6"_s, 2, {} } };
    QCOMPARE(o.externalIds(), (QStringList { u"2"_s, u"6"_s }));
}

QTEST_GUILESS_MAIN(TestPayloadParser)
#include "tst_payloadparser.moc"
