// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Hub OS credentials in a real Secret Service through QtKeychain (see with-keyring.sh), and the
// environment variables that override them.
#include "core/config/credentialstore.h"
#include "testsupport.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    struct Loaded
    {
        HubOsCredentials credentials;
        QString error;
    };

    static Loaded load(CredentialStore &store)
    {
        bool done = false;
        Loaded result;
        store.load([&](const HubOsCredentials &c, const QString &error) {
            result = { c, error };
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done; }, 20000))
            result.error = u"timed out"_s;
        return result;
    }

    static QString save(CredentialStore &store, const HubOsCredentials &c)
    {
        bool done = false;
        QString result;
        store.save(c, [&](const QString &error) {
            result = error;
            done = true;
        });
        return QTest::qWaitFor([&done] { return done; }, 20000) ? result : u"timed out"_s;
    }

    static QString clear(CredentialStore &store)
    {
        bool done = false;
        QString result;
        store.clear([&](const QString &error) {
            result = error;
            done = true;
        });
        return QTest::qWaitFor([&done] { return done; }, 20000) ? result : u"timed out"_s;
    }

private Q_SLOTS:
    void init()
    {
        for (const char *name :
            { "HUBBRIDGE_HOTEL_ID", "HUBBRIDGE_ACCESS_TOKEN", "HUBBRIDGE_PASSWORD_TOKEN" })
            qunsetenv(name);
    }

    void savesLoadsAndClearsInTheKeychain()
    {
        CredentialStore store;
        const HubOsCredentials c = TestSupport::testCredentials();
        const QString saveError = save(store, c);
        QVERIFY2(saveError.isEmpty(), qPrintable(u"keychain: "_s + saveError));

        CredentialStore other; // a new reader sees what was stored
        const Loaded loaded = load(other);
        QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
        QCOMPARE(loaded.credentials.hotelId, c.hotelId);
        QCOMPARE(loaded.credentials.accessToken, c.accessToken);
        QCOMPARE(loaded.credentials.passwordToken, c.passwordToken);

        QVERIFY(clear(store).isEmpty());
        const Loaded cleared = load(store);
        QVERIFY2(cleared.error.isEmpty(), qPrintable(cleared.error)); // "not found" is no error
        QVERIFY(!cleared.credentials.isComplete());
        QVERIFY(cleared.credentials.accessToken.isEmpty());
    }

    void environmentOverridesValueByValue()
    {
        CredentialStore store;
        QVERIFY(save(store, TestSupport::testCredentials()).isEmpty());
        qputenv("HUBBRIDGE_ACCESS_TOKEN", "from-environment");
        const Loaded loaded = load(store);
        QCOMPARE(loaded.credentials.accessToken, u"from-environment"_s);
        QCOMPARE(loaded.credentials.hotelId, TestSupport::testCredentials().hotelId);
        QVERIFY(clear(store).isEmpty());
    }

    void environmentAloneNeedsNoKeychain()
    {
        qputenv("HUBBRIDGE_HOTEL_ID", "h");
        qputenv("HUBBRIDGE_ACCESS_TOKEN", "a");
        qputenv("HUBBRIDGE_PASSWORD_TOKEN", "p");
        QVERIFY(CredentialStore::environmentOverridesAll());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
        CredentialStore store;
        const Loaded loaded = load(store);
        QVERIFY(loaded.error.isEmpty());
        QCOMPARE(loaded.credentials.hotelId, u"h"_s);
        QCOMPARE(loaded.credentials.passwordToken, u"p"_s);
    }

    void missingKeychainIsReportedPlainly()
    {
        // In a process whose session bus does not exist (this process is already connected).
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
        env.remove(u"DISPLAY"_s);
        p.setProcessEnvironment(env);
        p.start(TestSupport::hubbridgeBinary(), { u"credentials"_s, u"status"_s });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2); // not complete
        const QByteArray out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(out.contains("hotel ID: not set"), out.constData());
        QVERIFY2(err.contains("keychain:"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
