// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Unit tests for Settings: the declared keys and defaults, hubbridge.ini written by hand, invalid
// values, payload paths as lists, and what setValue writes.

#include "core/config/settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using K = Settings::Key;

struct Expected
{
    K key;
    const char *name;
    QVariant value;
};

// The table of app/settings.cpp, restated.
QList<Expected> expectedKeys()
{
    return {
        { K::HubOsUrl, "hubos/url", QString() },
        { K::ListenerBind, "listener/bind", u"0.0.0.0"_s },
        { K::ListenerPort, "listener/port", 8080 },
        { K::ListenerMaxBodyBytes, "listener/maxBodyBytes", 1048576 },
        { K::ListenerIdleTimeoutMs, "listener/idleTimeoutMs", 10000 },
        { K::DeliveryAttempts, "delivery/attempts", 3 },
        { K::DeliveryBackoffMs, "delivery/backoffMs", 500 },
        { K::DeliveryAttemptTimeoutMs, "delivery/attemptTimeoutMs", 5000 },
        { K::DeliveryAnswerWithinMs, "delivery/answerWithinMs", 15000 },
        { K::DeliveryRetrySchedule, "delivery/retrySchedule",
            QStringList { u"60"_s, u"300"_s, u"900"_s, u"1800"_s, u"3600"_s, u"7200"_s } },
        { K::DeliveryAllowPaid, "delivery/allowPaid", false },
        { K::PayloadOrderKey, "payload/orderKey", QStringList { u"resource.order.id"_s } },
        { K::PayloadOrderNumber, "payload/orderNumber",
            QStringList { u"resource.order.orderId"_s } },
        { K::PayloadReservationId, "payload/reservationId", QStringList { u"resource.id"_s } },
        { K::PayloadRoom, "payload/room",
            QStringList { u"resource.roomNumber"_s, u"resource.room.number"_s, u"resource.room"_s,
                u"resource.apartmentNumber"_s } },
        { K::PayloadFirstName, "payload/firstName",
            QStringList { u"resource.verifiedFirstName"_s, u"resource.firstName"_s } },
        { K::PayloadLastName, "payload/lastName",
            QStringList { u"resource.verifiedLastName"_s, u"resource.lastName"_s } },
        { K::PayloadItems, "payload/items",
            QStringList { u"resource.order.bookingDetails.selectedVariables"_s } },
        { K::PayloadItemExternalId, "payload/itemExternalId", QStringList { u"externalId"_s } },
        { K::PayloadItemQuantity, "payload/itemQuantity", QStringList { u"amount"_s } },
        { K::PayloadItemName, "payload/itemName", QStringList { u"name"_s } },
        { K::PayloadExternalId, "payload/externalId",
            QStringList {
                u"resource.product.externalId"_s, u"resource.order.service.externalId"_s } },
        { K::PayloadDeliveryAt, "payload/deliveryAt",
            QStringList { u"resource.order.deliveryAt"_s } },
        { K::PayloadSpecialRequest, "payload/specialRequest",
            QStringList { u"resource.order.bookingDetails.specialRequest"_s } },
        { K::PayloadServiceName, "payload/serviceName",
            QStringList { u"resource.order.service.name"_s, u"resource.product.name"_s } },
        { K::PayloadPrice, "payload/price", QStringList { u"resource.order.chargeAmount"_s } },
        { K::PayloadCurrency, "payload/currency", QStringList { u"resource.order.currency"_s } },
    };
}

// The keys added after the first issue: listener limits and TLS, history, the window.
QList<Expected> laterKeys()
{
    return {
        { K::ListenerMaxConnections, "listener/maxConnections", 256 },
        { K::ListenerMaxConnectionsPerAddress, "listener/maxConnectionsPerAddress", 32 },
        { K::ListenerAllowFrom, "listener/allowFrom", QString() },
        { K::ListenerTlsCert, "listener/tlsCert", QString() },
        { K::ListenerTlsKey, "listener/tlsKey", QString() },
        { K::HistoryRetentionDays, "history/retentionDays", 90 },
        { K::HistoryArchive, "history/archive", false },
        { K::HistoryBackupsKept, "history/backupsKept", 7 },
        { K::HubOsUseSandbox, "hubos/useSandbox", false },
        { K::ListenerStartOnLaunch, "listener/startOnLaunch", true },
        { K::UiLanguage, "ui/language", QString() },
        { K::UiStartAtLogin, "ui/startAtLogin", false },
        { K::UiGeometry, "ui/geometry", QByteArray() },
        { K::UiLastPage, "ui/lastPage", 0 },
        { K::UiTrayHintShown, "ui/trayHintShown", false },
        { K::ListenerPublicUrl, "listener/publicUrl", QString() },
        { K::DeliveryMaxItems, "delivery/maxItems", 50 },
    };
}

bool writeIni(const QString &dir, const QByteArray &text)
{
    QFile f(dir + u"/hubbridge.ini"_s);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(text) == text.size();
}

QByteArray readIni(const QString &dir)
{
    QFile f(dir + u"/hubbridge.ini"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void keysAndDefaults();
    void freshDirectoryGivesDefaults();
    void pathsInsideDataDir();
    void dataDirIsCreated();
    void handWrittenIniIsReadTyped();
    void qsettingsWrittenIniIsReadTyped();
    void invalidValuesFallBack_data();
    void invalidValuesFallBack();
    void numbersBeyondIntAreInvalid();
    void bindAddress();
    void retryScheduleSkipsBadEntries();
    void allowPaidSpellings_data();
    void allowPaidSpellings();
    void payloadPathsAsLists();
    void setValueOfDefaultRemovesKey();
    void setValuePersists();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSettings::keysAndDefaults()
{
    const QList<Expected> expected = expectedKeys();
    QCOMPARE(expected.size(), 27);
    QSet<QString> names;
    for (const Expected &e : expected) {
        QCOMPARE(Settings::keyName(e.key), QString::fromLatin1(e.name));
        QCOMPARE(Settings::defaultValue(e.key), e.value);
        names.insert(Settings::keyName(e.key));
    }
    QCOMPARE(names.size(), 27); // no INI name is used twice
    for (const Expected &e : laterKeys()) {
        QCOMPARE(Settings::keyName(e.key), QString::fromLatin1(e.name));
        QCOMPARE(Settings::defaultValue(e.key), e.value);
        names.insert(Settings::keyName(e.key));
    }
    QCOMPARE(names.size(), 27 + laterKeys().size()); // every key restated, none twice
    QCOMPARE(names.size(), int(K::ListenerPublicUrl) + 1);
}

void TestSettings::freshDirectoryGivesDefaults()
{
    Settings s(m_dir->path());
    for (const Expected &e : expectedKeys())
        QCOMPARE(s.value(e.key), e.value);

    QVERIFY(s.hubOsUrl().isEmpty());
    QCOMPARE(s.bindAddress(), QHostAddress(QHostAddress::AnyIPv4));
    QCOMPARE(s.port(), quint16(8080));
    QCOMPARE(s.maxBodyBytes(), qint64(1048576));
    QCOMPARE(s.idleTimeoutMs(), 10000);

    const DeliveryPolicy d = s.deliveryPolicy();
    QCOMPARE(d.attempts, 3);
    QCOMPARE(d.backoffMs, 500);
    QCOMPARE(d.attemptTimeoutMs, 5000);
    QCOMPARE(d.answerWithinMs, 15000);
    QCOMPARE(d.retryScheduleSeconds, (QList<int> { 60, 300, 900, 1800, 3600, 7200 }));
    QCOMPARE(d.allowPaid, false);

    const PayloadPaths p = s.payloadPaths();
    QCOMPARE(p.orderKey, QStringList { u"resource.order.id"_s });
    QCOMPARE(p.orderNumber, QStringList { u"resource.order.orderId"_s });
    QCOMPARE(p.reservationId, QStringList { u"resource.id"_s });
    QCOMPARE(p.room,
        (QStringList { u"resource.roomNumber"_s, u"resource.room.number"_s, u"resource.room"_s,
            u"resource.apartmentNumber"_s }));
    QCOMPARE(
        p.firstName, (QStringList { u"resource.verifiedFirstName"_s, u"resource.firstName"_s }));
    QCOMPARE(p.lastName, (QStringList { u"resource.verifiedLastName"_s, u"resource.lastName"_s }));
    QCOMPARE(p.items, QStringList { u"resource.order.bookingDetails.selectedVariables"_s });
    QCOMPARE(p.itemExternalId, QStringList { u"externalId"_s });
    QCOMPARE(p.itemQuantity, QStringList { u"amount"_s });
    QCOMPARE(p.itemName, QStringList { u"name"_s });
    QCOMPARE(p.externalId,
        (QStringList { u"resource.product.externalId"_s, u"resource.order.service.externalId"_s }));
    QCOMPARE(p.deliveryAt, QStringList { u"resource.order.deliveryAt"_s });
    QCOMPARE(p.specialRequest, QStringList { u"resource.order.bookingDetails.specialRequest"_s });
    QCOMPARE(p.serviceName,
        (QStringList { u"resource.order.service.name"_s, u"resource.product.name"_s }));
    QCOMPARE(p.price, QStringList { u"resource.order.chargeAmount"_s });
    QCOMPARE(p.currency, QStringList { u"resource.order.currency"_s });

    // Reading defaults writes nothing.
    s.sync();
    QVERIFY(readIni(m_dir->path()).trimmed().isEmpty());
}

void TestSettings::pathsInsideDataDir()
{
    Settings s(m_dir->path());
    const QString dir = QDir(m_dir->path()).absolutePath();
    QCOMPARE(s.dataDir(), dir);
    QCOMPARE(s.iniPath(), dir + u"/hubbridge.ini"_s);
    QCOMPARE(s.databasePath(), dir + u"/hubbridge.sqlite"_s);
    QCOMPARE(QFileInfo(s.iniPath()).absolutePath(), dir);
    QCOMPARE(QFileInfo(s.databasePath()).absolutePath(), dir);

    // A path with "." and ".." parts is made absolute and clean.
    Settings messy(m_dir->path() + u"/sub/../."_s);
    QCOMPARE(messy.dataDir(), dir);
    QCOMPARE(messy.iniPath(), dir + u"/hubbridge.ini"_s);
}

void TestSettings::dataDirIsCreated()
{
    const QString nested = m_dir->path() + u"/a/b/data"_s;
    QVERIFY(!QFileInfo::exists(nested));
    Settings s(nested);
    QVERIFY(QFileInfo(nested).isDir());
    s.setValue(K::ListenerPort, 9000);
    s.sync();
    QVERIFY(QFileInfo::exists(nested + u"/hubbridge.ini"_s));
}

void TestSettings::handWrittenIniIsReadTyped()
{
    QVERIFY(writeIni(m_dir->path(),
        "[hubos]\n"
        "url=https://hubos.example.com/api\n"
        "\n"
        "[listener]\n"
        "bind=127.0.0.1\n"
        "port=9090\n"
        "maxBodyBytes=2048\n"
        "idleTimeoutMs=250\n"
        "\n"
        "[delivery]\n"
        "attempts=5\n"
        "backoffMs=0\n"
        "attemptTimeoutMs=1500\n"
        "answerWithinMs=9000\n"
        "retrySchedule=10, 20\n"
        "allowPaid=true\n"));
    Settings s(m_dir->path());
    QCOMPARE(s.hubOsUrl(), QUrl(u"https://hubos.example.com/api"_s));
    QCOMPARE(s.bindAddress(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(s.port(), quint16(9090));
    QCOMPARE(s.maxBodyBytes(), qint64(2048));
    QCOMPARE(s.idleTimeoutMs(), 250);

    const DeliveryPolicy d = s.deliveryPolicy();
    QCOMPARE(d.attempts, 5);
    QCOMPARE(d.backoffMs, 0);
    QCOMPARE(d.attemptTimeoutMs, 1500);
    QCOMPARE(d.answerWithinMs, 9000);
    QCOMPARE(d.retryScheduleSeconds, (QList<int> { 10, 20 }));
    QCOMPARE(d.allowPaid, true);

    // Keys not in the file keep their defaults.
    QCOMPARE(s.payloadPaths().orderKey, QStringList { u"resource.order.id"_s });
}

void TestSettings::qsettingsWrittenIniIsReadTyped()
{
    {
        QSettings ini(m_dir->path() + u"/hubbridge.ini"_s, QSettings::IniFormat);
        ini.setValue(u"delivery/attempts"_s, 7);
        ini.setValue(u"delivery/retrySchedule"_s, QStringList { u"5"_s, u"15"_s, u"45"_s });
        ini.setValue(u"delivery/allowPaid"_s, true);
        ini.setValue(u"listener/port"_s, 0);
        ini.setValue(
            u"payload/room"_s, QStringList { u"resource.extra.roomNo"_s, u"resource.room"_s });
        ini.sync();
        QCOMPARE(ini.status(), QSettings::NoError);
    }
    Settings s(m_dir->path());
    QCOMPARE(s.deliveryPolicy().attempts, 7);
    QCOMPARE(s.deliveryPolicy().retryScheduleSeconds, (QList<int> { 5, 15, 45 }));
    QCOMPARE(s.deliveryPolicy().allowPaid, true);
    QCOMPARE(s.port(), quint16(0)); // 0: any free port, allowed
    QCOMPARE(
        s.payloadPaths().room, (QStringList { u"resource.extra.roomNo"_s, u"resource.room"_s }));
}

void TestSettings::invalidValuesFallBack_data()
{
    QTest::addColumn<QByteArray>("ini");

    QTest::newRow("not numbers") << QByteArray("[listener]\nport=http\nmaxBodyBytes=lots\n"
                                               "idleTimeoutMs=\n"
                                               "[delivery]\nattempts=three\nbackoffMs=1.5x\n"
                                               "attemptTimeoutMs=soon\nanswerWithinMs=later\n");
    QTest::newRow("out of range") << QByteArray("[listener]\nport=70000\nmaxBodyBytes=10\n"
                                                "idleTimeoutMs=5\n"
                                                "[delivery]\nattempts=0\nbackoffMs=-1\n"
                                                "attemptTimeoutMs=99\nanswerWithinMs=100\n");
    QTest::newRow("too large") << QByteArray("[listener]\nport=-1\nmaxBodyBytes=99999999999\n"
                                             "idleTimeoutMs=3600001\n"
                                             "[delivery]\nattempts=21\nbackoffMs=600001\n"
                                             "attemptTimeoutMs=600001\nanswerWithinMs=3600001\n"
                                             "maxItems=10000\n");
}

void TestSettings::invalidValuesFallBack()
{
    QFETCH(QByteArray, ini);
    QVERIFY(writeIni(m_dir->path(), ini));
    Settings s(m_dir->path());
    QCOMPARE(s.port(), quint16(8080));
    QCOMPARE(s.maxBodyBytes(), qint64(1048576));
    QCOMPARE(s.idleTimeoutMs(), 10000);
    // 10,000 items held the event loop 17 s (testers' round two): at most 200 are accepted.
    QCOMPARE(s.deliveryPolicy().maxItems, 50);
    const DeliveryPolicy d = s.deliveryPolicy();
    QCOMPARE(d.attempts, 3);
    QCOMPARE(d.backoffMs, 500);
    QCOMPARE(d.attemptTimeoutMs, 5000);
    QCOMPARE(d.answerWithinMs, 15000);
}

void TestSettings::numbersBeyondIntAreInvalid()
{
    // 2^32 + 1 and 2^32 + 5 must not wrap around to 1 and 5.
    QVERIFY(writeIni(m_dir->path(),
        "[listener]\nport=4294967297\n"
        "[delivery]\nattempts=4294967301\n"
        "retrySchedule=4294967356, 60\n"));
    Settings s(m_dir->path());
    QCOMPARE(s.port(), quint16(8080));
    QCOMPARE(s.deliveryPolicy().attempts, 3);
    QCOMPARE(s.deliveryPolicy().retryScheduleSeconds, QList<int> { 60 });
}

void TestSettings::bindAddress()
{
    const QList<std::pair<QByteArray, QHostAddress>> cases {
        { "0.0.0.0", QHostAddress(QHostAddress::AnyIPv4) },
        { "127.0.0.1", QHostAddress(QHostAddress::LocalHost) },
        { "localhost", QHostAddress(QHostAddress::LocalHost) },
        { "192.168.1.20", QHostAddress(u"192.168.1.20"_s) },
        { "::1", QHostAddress(QHostAddress::LocalHostIPv6) },
        { "LocalHost", QHostAddress(QHostAddress::LocalHost) },
        // A typo fails closed: loopback only, never every interface.
        { "not-an-address", QHostAddress(QHostAddress::LocalHost) },
        { "300.1.1.1", QHostAddress(QHostAddress::LocalHost) },
    };
    for (const auto &[text, address] : cases) {
        QVERIFY(writeIni(m_dir->path(), "[listener]\nbind=\"" + text + "\"\n"));
        Settings s(m_dir->path());
        QCOMPARE(s.bindAddress(), address);
    }
}

void TestSettings::retryScheduleSkipsBadEntries()
{
    QVERIFY(writeIni(m_dir->path(), "[delivery]\nretrySchedule=30, soon, -5, 0, 120\n"));
    Settings s(m_dir->path());
    QCOMPARE(s.deliveryPolicy().retryScheduleSeconds, (QList<int> { 30, 120 }));

    QVERIFY(writeIni(m_dir->path(), "[delivery]\nretrySchedule=45\n")); // a single entry
    Settings single(m_dir->path());
    QCOMPARE(single.deliveryPolicy().retryScheduleSeconds, QList<int> { 45 });
}

void TestSettings::allowPaidSpellings_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("true") << QByteArray("true") << true;
    QTest::newRow("TRUE") << QByteArray("TRUE") << true;
    QTest::newRow("1") << QByteArray("1") << true;
    QTest::newRow("yes") << QByteArray("yes") << true;
    QTest::newRow("on") << QByteArray("on") << true;
    QTest::newRow("false") << QByteArray("false") << false;
    QTest::newRow("0") << QByteArray("0") << false;
    QTest::newRow("no") << QByteArray("no") << false;
    QTest::newRow("empty") << QByteArray("") << false;
    QTest::newRow("garbage") << QByteArray("perhaps") << false;
}

void TestSettings::allowPaidSpellings()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, allowed);
    QVERIFY(writeIni(m_dir->path(), "[delivery]\nallowPaid=" + text + "\n"));
    Settings s(m_dir->path());
    QCOMPARE(s.deliveryPolicy().allowPaid, allowed);
}

void TestSettings::payloadPathsAsLists()
{
    QVERIFY(writeIni(m_dir->path(),
        "[payload]\n"
        "room=resource.extra.roomNo, resource.roomNumber\n"
        "firstName=resource.guest.first\n"
        "items=\"resource.lines,resource.order.items\"\n"
        "externalId=resource.a,,  resource.b  ,\n"
        "price=\n"));
    Settings s(m_dir->path());
    const PayloadPaths p = s.payloadPaths();
    QCOMPARE(p.room, (QStringList { u"resource.extra.roomNo"_s, u"resource.roomNumber"_s }));
    QCOMPARE(p.firstName, QStringList { u"resource.guest.first"_s }); // single entry: a list of one
    QCOMPARE(p.items, (QStringList { u"resource.lines"_s, u"resource.order.items"_s }));
    QCOMPARE(p.externalId, (QStringList { u"resource.a"_s, u"resource.b"_s })); // blanks dropped
    QVERIFY(p.price.isEmpty()); // switched off
    QCOMPARE(p.lastName,
        (QStringList { u"resource.verifiedLastName"_s, u"resource.lastName"_s })); // default
}

void TestSettings::setValueOfDefaultRemovesKey()
{
    Settings s(m_dir->path());
    s.setValue(K::DeliveryAttempts, 6);
    s.setValue(K::PayloadRoom, QStringList { u"resource.extra.roomNo"_s });
    s.setValue(K::HubOsUrl, u"https://hubos.example/"_s);
    s.sync();
    QCOMPARE(s.deliveryPolicy().attempts, 6);
    QByteArray ini = readIni(m_dir->path());
    QVERIFY2(ini.contains("attempts=6"), ini.constData());
    QVERIFY2(ini.contains("room="), ini.constData());
    QVERIFY2(ini.contains("url="), ini.constData());

    s.setValue(K::DeliveryAttempts, 3);
    s.setValue(K::PayloadRoom, Settings::defaultValue(K::PayloadRoom));
    s.setValue(K::HubOsUrl, QString());
    s.sync();
    ini = readIni(m_dir->path());
    QVERIFY2(!ini.contains("attempts"), ini.constData());
    QVERIFY2(!ini.contains("room"), ini.constData());
    QVERIFY2(!ini.contains("url"), ini.constData());
    QCOMPARE(s.deliveryPolicy().attempts, 3);
    QCOMPARE(s.payloadPaths().room, Settings::defaultValue(K::PayloadRoom).toStringList());

    QSettings raw(s.iniPath(), QSettings::IniFormat);
    QVERIFY(!raw.contains(u"delivery/attempts"_s));
    QVERIFY(!raw.contains(u"payload/room"_s));
    QVERIFY(!raw.contains(u"hubos/url"_s));

    // Writing a default that was never set writes nothing either.
    s.setValue(K::ListenerPort, 8080);
    s.setValue(K::DeliveryAllowPaid, false);
    s.sync();
    QSettings again(s.iniPath(), QSettings::IniFormat);
    QVERIFY(!again.contains(u"listener/port"_s));
    QVERIFY(!again.contains(u"delivery/allowPaid"_s));
}

void TestSettings::setValuePersists()
{
    {
        Settings s(m_dir->path());
        s.setValue(K::ListenerPort, 8443);
        s.setValue(K::DeliveryAllowPaid, true);
        s.setValue(K::DeliveryRetrySchedule, QStringList { u"5"_s, u"50"_s });
        s.setValue(K::PayloadRoom, QStringList { u"resource.x"_s, u"resource.y"_s });
        s.setValue(K::ListenerBind, u"127.0.0.1"_s);
        s.sync();
    }
    Settings s(m_dir->path());
    QCOMPARE(s.port(), quint16(8443));
    QCOMPARE(s.deliveryPolicy().allowPaid, true);
    QCOMPARE(s.deliveryPolicy().retryScheduleSeconds, (QList<int> { 5, 50 }));
    QCOMPARE(s.payloadPaths().room, (QStringList { u"resource.x"_s, u"resource.y"_s }));
    QCOMPARE(s.bindAddress(), QHostAddress(QHostAddress::LocalHost));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
