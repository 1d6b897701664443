// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Unit tests for OrderValidator: free/paid orders and the data Duve must send
// (room number, external ID, verified first name, order id).

#include "core/config/settings.h"
#include "core/duve/ordervalidator.h"
#include "core/duve/payloadparser.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(OrderVerdict::Kind)

namespace {

PayloadPaths defaultPaths()
{
    return Settings::defaultPayloadPaths();
}

// A complete free single-item order.
OrderData validOrder()
{
    OrderData o;
    o.orderKey = u"63be7b757c2370fadee27c01"_s;
    o.orderNumber = u"16801"_s;
    o.room = u"204"_s;
    o.firstName = u"Bobby"_s;
    o.lastName = u"Smith"_s;
    o.price = 0.0;
    o.currency = u"USD"_s;
    o.items = { OrderItem { 0, u"4"_s, 1, u"Towel service"_s } };
    return o;
}

OrderData parsed(const QByteArray &body)
{
    const DuvePayload p = PayloadParser::parse(body, defaultPaths());
    if (!p.ok)
        qFatal("test payload does not parse: %s", qPrintable(p.error));
    return p.order;
}

} // namespace

class TestOrderValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validOrderIsAccepted();
    void freeOrderIsAcceptedWhetherOrNotPaidIsAllowed();
    void paidOrderSkippedUnlessAllowed_data();
    void paidOrderSkippedUnlessAllowed();
    void paidCheckComesBeforeMissingData();
    void paidAllowedStillNeedsData();
    void missingField_data();
    void missingField();
    void everyMissingFieldIsNamed();
    void multiItemOrderWithItemLackingExternalId();
    void itemsAreCapped();
    void samples();
};

void TestOrderValidator::validOrderIsAccepted()
{
    const OrderVerdict v = OrderValidator::validate(validOrder(), false);
    QCOMPARE(v.kind, OrderVerdict::Accept);
    QVERIFY2(v.detail.isEmpty(), qPrintable(v.detail));

    OrderData multi = validOrder();
    multi.items = { OrderItem { 0, u"2"_s, 1, {} }, OrderItem { 1, u"6"_s, 2, {} } };
    QCOMPARE(OrderValidator::validate(multi, false).kind, OrderVerdict::Accept);

    // Only the first name is required; no price at all means free.
    OrderData minimal = validOrder();
    minimal.lastName.clear();
    minimal.price.reset();
    minimal.currency.clear();
    QCOMPARE(OrderValidator::validate(minimal, false).kind, OrderVerdict::Accept);
}

void TestOrderValidator::freeOrderIsAcceptedWhetherOrNotPaidIsAllowed()
{
    for (bool allowPaid : { false, true }) {
        const OrderVerdict v = OrderValidator::validate(validOrder(), allowPaid);
        QCOMPARE(v.kind, OrderVerdict::Accept);
        QVERIFY(v.detail.isEmpty());
    }
}

void TestOrderValidator::paidOrderSkippedUnlessAllowed_data()
{
    QTest::addColumn<double>("price");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("allowPaid");
    QTest::addColumn<OrderVerdict::Kind>("kind");
    QTest::addColumn<QString>("detailPart");

    QTest::newRow("90 USD, not allowed")
        << 90.0 << u"USD"_s << false << OrderVerdict::SkipPaid << u"(90 USD)"_s;
    QTest::newRow("0.5 EUR, not allowed")
        << 0.5 << u"EUR"_s << false << OrderVerdict::SkipPaid << u"(0.5 EUR)"_s;
    QTest::newRow("no currency, not allowed")
        << 12.0 << QString() << false << OrderVerdict::SkipPaid << u"(12)"_s;
    QTest::newRow("90 USD, allowed")
        << 90.0 << u"USD"_s << true << OrderVerdict::Accept << QString();
    QTest::newRow("free, not allowed")
        << 0.0 << u"USD"_s << false << OrderVerdict::Accept << QString();
}

void TestOrderValidator::paidOrderSkippedUnlessAllowed()
{
    QFETCH(double, price);
    QFETCH(QString, currency);
    QFETCH(bool, allowPaid);
    QFETCH(OrderVerdict::Kind, kind);
    QFETCH(QString, detailPart);

    OrderData o = validOrder();
    o.price = price;
    o.currency = currency;
    const OrderVerdict v = OrderValidator::validate(o, allowPaid);
    QCOMPARE(v.kind, kind);
    if (kind == OrderVerdict::SkipPaid) {
        QVERIFY2(v.detail.contains(u"Paid order"_s), qPrintable(v.detail));
        QVERIFY2(v.detail.contains(detailPart), qPrintable(v.detail));
        QVERIFY2(v.detail.contains(u"free services"_s), qPrintable(v.detail));
    } else {
        QVERIFY2(v.detail.isEmpty(), qPrintable(v.detail));
    }
}

void TestOrderValidator::paidCheckComesBeforeMissingData()
{
    // The contract checks "paid order" before "data missing": a paid order without a room is
    // skipped, not rejected.
    OrderData o;
    o.price = 90.0;
    o.currency = u"USD"_s;
    const OrderVerdict v = OrderValidator::validate(o, false);
    QCOMPARE(v.kind, OrderVerdict::SkipPaid);
}

void TestOrderValidator::paidAllowedStillNeedsData()
{
    OrderData o = validOrder();
    o.price = 90.0;
    o.room.clear();
    const OrderVerdict v = OrderValidator::validate(o, true);
    QCOMPARE(v.kind, OrderVerdict::MissingData);
    QVERIFY2(v.detail.contains(u"room number"_s), qPrintable(v.detail));
}

void TestOrderValidator::missingField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("detailPart");
    QTest::newRow("room") << u"room"_s << u"room number"_s;
    QTest::newRow("external id") << u"items"_s << u"external ID"_s;
    QTest::newRow("first name") << u"firstName"_s << u"first name"_s;
    QTest::newRow("order id") << u"orderKey"_s << u"order id"_s;
}

void TestOrderValidator::missingField()
{
    QFETCH(QString, field);
    QFETCH(QString, detailPart);

    OrderData o = validOrder();
    if (field == u"room"_s)
        o.room.clear();
    else if (field == u"items"_s)
        o.items.clear();
    else if (field == u"firstName"_s)
        o.firstName.clear();
    else if (field == u"orderKey"_s)
        o.orderKey.clear();
    else
        QFAIL("unknown field");

    for (bool allowPaid : { false, true }) {
        const OrderVerdict v = OrderValidator::validate(o, allowPaid);
        QCOMPARE(v.kind, OrderVerdict::MissingData);
        QVERIFY2(v.detail.contains(detailPart, Qt::CaseInsensitive), qPrintable(v.detail));
        QVERIFY2(v.detail.startsWith(u"Missing"_s), qPrintable(v.detail));
        // Only the missing field is named.
        const QStringList all { u"room number"_s, u"external ID"_s, u"first name"_s,
            u"order id"_s };
        for (const QString &other : all) {
            if (other != detailPart)
                QVERIFY2(!v.detail.contains(other, Qt::CaseInsensitive), qPrintable(v.detail));
        }
    }
}

void TestOrderValidator::everyMissingFieldIsNamed()
{
    const OrderVerdict v = OrderValidator::validate(OrderData {}, false);
    QCOMPARE(v.kind, OrderVerdict::MissingData);
    for (const QString &part :
        { u"room number"_s, u"external ID"_s, u"first name"_s, u"order id"_s })
        QVERIFY2(v.detail.contains(part, Qt::CaseInsensitive), qPrintable(v.detail));
}

void TestOrderValidator::multiItemOrderWithItemLackingExternalId()
{
    OrderData o = validOrder();
    o.items = { OrderItem { 0, u"2"_s, 1, u"Change bed sheets"_s },
        OrderItem { 1, QString(), 2, u"Serve pillows"_s } };
    o.itemsWithoutExternalId = 1;
    OrderVerdict v = OrderValidator::validate(o, false);
    QCOMPARE(v.kind, OrderVerdict::MissingData);
    QVERIFY2(v.detail.contains(u"external ID"_s), qPrintable(v.detail));
    QVERIFY2(v.detail.contains(u"1 item"_s), qPrintable(v.detail));

    // The same, through the parser.
    const QJsonObject resource = QJsonDocument::fromJson(R"({
        "roomNumber": "204", "verifiedFirstName": "Bobby",
        "order": {"id": "o-9", "chargeAmount": 0, "bookingDetails": {"selectedVariables": [
            {"name": "Change bed sheets", "amount": 1, "externalId": "2"},
            {"name": "Serve pillows", "amount": 2}]}}})")
                                     .object();
    QVERIFY(!resource.isEmpty());
    const QByteArray body = QJsonDocument(
        QJsonObject { { u"event"_s, u"orderCreated"_s },
            { u"resource"_s,
                resource } }).toJson();
    const OrderData fromPayload = parsed(body);
    QCOMPARE(fromPayload.items.size(), 2);
    QCOMPARE(fromPayload.itemsWithoutExternalId, 1);
    v = OrderValidator::validate(fromPayload, false);
    QCOMPARE(v.kind, OrderVerdict::MissingData);
    QVERIFY2(v.detail.contains(u"external ID"_s), qPrintable(v.detail));
    QVERIFY2(!v.detail.contains(u"room"_s), qPrintable(v.detail));
}

void TestOrderValidator::itemsAreCapped()
{
    OrderData o = validOrder();
    o.items.clear();
    for (int i = 0; i < 5; ++i)
        o.items.append(OrderItem { i, u"4"_s, 1, {} });
    QCOMPARE(OrderValidator::validate(o, false, 5).kind, OrderVerdict::Accept);
    o.items.append(OrderItem { 5, u"4"_s, 1, {} });
    OrderVerdict v = OrderValidator::validate(o, false, 5);
    QCOMPARE(v.kind, OrderVerdict::TooManyItems);
    QVERIFY2(
        v.detail.contains(u"6 items"_s) && v.detail.contains(u"at most 5"_s), qPrintable(v.detail));
    // Items without an external ID count too: each would be a task to plan.
    o.items.removeLast();
    o.itemsWithoutExternalId = 1;
    QCOMPARE(OrderValidator::validate(o, false, 5).kind, OrderVerdict::TooManyItems);
    // The default cap holds a hotel's real orders (Duve's multi-item orders have a few).
    o.itemsWithoutExternalId = 0;
    QCOMPARE(OrderValidator::validate(o, false).kind, OrderVerdict::Accept);
}

void TestOrderValidator::samples()
{
    // The custom-service and multi-item samples are complete free orders.
    for (const QString &name :
        { u"orderCreated.custom-service.json"_s, u"orderCreated.multiple-items.json"_s }) {
        const OrderVerdict v = OrderValidator::validate(parsed(TestSupport::sample(name)), false);
        QCOMPARE(v.kind, OrderVerdict::Accept);
    }

    // The published orderCreated is a paid massage (90 USD) without data points.
    const OrderData paid = parsed(TestSupport::sample(u"orderCreated.json"_s));
    OrderVerdict v = OrderValidator::validate(paid, false);
    QCOMPARE(v.kind, OrderVerdict::SkipPaid);
    QVERIFY2(v.detail.contains(u"90 USD"_s), qPrintable(v.detail));
    v = OrderValidator::validate(paid, true);
    QCOMPARE(v.kind, OrderVerdict::MissingData);
    QVERIFY2(v.detail.contains(u"room number"_s), qPrintable(v.detail));
    QVERIFY2(v.detail.contains(u"external ID"_s), qPrintable(v.detail));
    QVERIFY2(!v.detail.contains(u"first name"_s), qPrintable(v.detail)); // resource.firstName
    QVERIFY2(!v.detail.contains(u"order id"_s), qPrintable(v.detail));
}

QTEST_GUILESS_MAIN(TestOrderValidator)
#include "tst_ordervalidator.moc"
