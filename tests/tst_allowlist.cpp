// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// [listener] allowFrom on its own: what parses, what matches, and IPv4-mapped addresses, written
// in the list or arriving on a dual-stack socket, taken as the IPv4 address they carry.
#include "core/net/allowlist.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestAllowList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allowListMatching()
    {
        AllowList::Networks networks;
        QString error;
        QVERIFY(AllowList::parse(
            { u"192.168.1.0/24"_s, u"2001:db8::/32"_s, u"10.1.2.3"_s }, &networks, &error));
        QCOMPARE(networks.size(), 3);
        QVERIFY(AllowList::contains(QHostAddress(u"192.168.1.77"_s), networks));
        QVERIFY(AllowList::contains(QHostAddress(u"::ffff:192.168.1.77"_s), networks));
        QVERIFY(AllowList::contains(QHostAddress(u"2001:db8:1::5"_s), networks));
        QVERIFY(AllowList::contains(QHostAddress(u"10.1.2.3"_s), networks));
        QVERIFY(!AllowList::contains(QHostAddress(u"10.1.2.4"_s), networks));
        QVERIFY(!AllowList::contains(QHostAddress(u"192.168.2.1"_s), networks));
        QVERIFY(!AllowList::contains(QHostAddress(u"2001:db9::1"_s), networks));
    }

    void mappedEntriesMatchIpv4Peers()
    {
        // Written as IPv4-mapped (a habit of IPv6 tooling): they must still match.
        AllowList::Networks networks;
        QString error;
        QVERIFY2(AllowList::parse(
                     { u"::ffff:192.168.1.7"_s, u"::ffff:10.0.0.0/104"_s }, &networks, &error),
            qPrintable(error));
        QCOMPARE(networks.size(), 2);
        QCOMPARE(networks[0], (QPair<QHostAddress, int>(QHostAddress(u"192.168.1.7"_s), 32)));
        QCOMPARE(networks[1], (QPair<QHostAddress, int>(QHostAddress(u"10.0.0.0"_s), 8)));
        QVERIFY(AllowList::contains(QHostAddress(u"192.168.1.7"_s), networks));
        QVERIFY(AllowList::contains(QHostAddress(u"::ffff:192.168.1.7"_s), networks));
        QVERIFY(AllowList::contains(QHostAddress(u"10.200.0.1"_s), networks));
        QVERIFY(!AllowList::contains(QHostAddress(u"192.168.1.8"_s), networks));
        QVERIFY(!AllowList::contains(QHostAddress(u"11.0.0.1"_s), networks));
    }

    void canonical()
    {
        QCOMPARE(
            AllowList::canonical(QHostAddress(u"::ffff:1.2.3.4"_s)), QHostAddress(u"1.2.3.4"_s));
        QCOMPARE(AllowList::canonical(QHostAddress(u"1.2.3.4"_s)), QHostAddress(u"1.2.3.4"_s));
        QCOMPARE(
            AllowList::canonical(QHostAddress(u"2001:db8::1"_s)), QHostAddress(u"2001:db8::1"_s));
    }

    void typosNeverAllowAnotherNetwork_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::newRow("three parts") << u"192.168.1"_s;
        QTest::newRow("a name") << u"frontdesk"_s;
        QTest::newRow("bad prefix") << u"10.0.0.0/33"_s;
        QTest::newRow("empty network") << u"/24"_s;
    }

    void typosNeverAllowAnotherNetwork()
    {
        QFETCH(QString, entry);
        AllowList::Networks networks;
        QString error;
        QVERIFY(!AllowList::parse({ u"10.0.0.1"_s, entry }, &networks, &error));
        QVERIFY2(error.contains(entry), qPrintable(error));
    }
};

QTEST_APPLESS_MAIN(TestAllowList)
#include "tst_allowlist.moc"
