// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The settings page against a real Secret Service (run inside with-keyring.sh): credentials
// typed into the form end up in the keychain and never in the INI file; Test connection says
// plainly what is wrong; the sandbox choice; settings reach the bridge without a restart.
#include "core/config/credentialstore.h"
#include "core/config/settings.h"
#include "core/delivery/bridge.h"
#include "core/hubos/hubosclient.h"
#include "core/hubos/hubossandbox.h"
#include "core/service/runtime.h"
#include "core/store/historystore.h"
#include "testsupport.h"
#include "ui/settings/settingspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestGuiSettings : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HubOsSandbox> m_sandbox;
    std::unique_ptr<Runtime> m_control; // owns the three below
    Settings *m_settings = nullptr;
    HistoryStore *m_store = nullptr;
    Bridge *m_bridge = nullptr;

    static HubOsCredentials keychain()
    {
        CredentialStore store;
        HubOsCredentials result;
        bool done = false;
        store.load([&](const HubOsCredentials &c, const QString &) {
            result = c;
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done; }, 20000))
            return {};
        return result;
    }

    static void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *name :
            { "HUBBRIDGE_HOTEL_ID", "HUBBRIDGE_ACCESS_TOKEN", "HUBBRIDGE_PASSWORD_TOKEN" })
            qunsetenv(name);
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
            "run inside tests/with-keyring.sh");
    }

    void init()
    {
        CredentialStore clear;
        bool cleared = false;
        clear.clear([&cleared](const QString &) { cleared = true; });
        QTRY_VERIFY(cleared);
        m_dir = std::make_unique<QTemporaryDir>();
        m_sandbox = std::make_unique<HubOsSandbox>();
        m_sandbox->setCredentials(TestSupport::testCredentials());
        QVERIFY(m_sandbox->listen(QHostAddress::LocalHost, 0));
        m_control = std::make_unique<Runtime>(m_dir->path());
        m_settings = m_control->settings();
        m_settings->setValue(Settings::Key::ListenerBind, u"127.0.0.1"_s);
        m_settings->setValue(Settings::Key::ListenerPort, 0);
        QVERIFY(m_control->open());
        m_store = m_control->store();
        m_bridge = m_control->bridge();
        bool loaded = false;
        m_control->loadCredentials([&loaded] { loaded = true; });
        QTRY_VERIFY(loaded);
        QVERIFY2(m_control->keychainError().isEmpty(), qPrintable(m_control->keychainError()));
    }

    void cleanup()
    {
        m_control.reset();
        m_sandbox.reset();
        m_dir.reset();
    }

    void credentialsGoToTheKeychainNotTheIni()
    {
        SettingsPage page(m_control.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!m_control->effectiveCredentials().isComplete());
        const HubOsCredentials c = TestSupport::testCredentials();
        typeInto(page.urlEdit(), m_sandbox->url().toString());
        typeInto(page.hotelIdEdit(), c.hotelId);
        typeInto(page.accessTokenEdit(), c.accessToken);
        typeInto(page.passwordTokenEdit(), c.passwordToken);
        // Tokens are masked until "Show" is pressed.
        QCOMPARE(page.accessTokenEdit()->echoMode(), QLineEdit::Password);
        page.accessTokenEdit()->actions().first()->trigger();
        QCOMPARE(page.accessTokenEdit()->echoMode(), QLineEdit::Normal);
        page.accessTokenEdit()->actions().first()->trigger();
        QCOMPARE(page.accessTokenEdit()->echoMode(), QLineEdit::Password);

        QSignalSpy saved(&page, &SettingsPage::credentialsSaved);
        QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(saved.first().first().toString(), QString());
        QVERIFY(page.credentialStatus().contains(u"keychain"_s));

        const HubOsCredentials stored = keychain();
        QCOMPARE(stored.hotelId, c.hotelId);
        QCOMPARE(stored.accessToken, c.accessToken);
        QCOMPARE(stored.passwordToken, c.passwordToken);
        QFile ini(m_settings->iniPath());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray text = ini.readAll();
        QVERIFY(text.contains(m_sandbox->url().toString().toUtf8())); // the URL is saved...
        QVERIFY(!text.contains(c.accessToken.toUtf8())); // ...the secrets are not
        QVERIFY(!text.contains(c.passwordToken.toUtf8()));
        QVERIFY(!text.contains(c.hotelId.toUtf8()));

        // The bridge uses them at once: an order goes through.
        QVERIFY(m_control->startListener());
        QNetworkAccessManager nam;
        const TestSupport::Reply r = TestSupport::send(nam, "POST", m_bridge->webhookUrl(),
            TestSupport::withOrderId(
                TestSupport::sample(u"orderCreated.custom-service.json"_s), u"settings-order"_s),
            TestSupport::duveHeaders(c));
        QCOMPARE(r.status, 200);
        QCOMPARE(m_sandbox->createdTaskCount(), 1);

        // A fresh start reads them back from the keychain.
        CredentialStore keychain;
        HubOsCredentials again;
        bool loaded = false;
        keychain.load([&](const HubOsCredentials &read, const QString &) {
            again = read;
            loaded = true;
        });
        QTRY_VERIFY(loaded);
        QCOMPARE(again.accessToken, c.accessToken);
    }

    void testConnectionSaysWhatIsWrong()
    {
        SettingsPage page(m_control.get());
        page.show();
        QSignalSpy tested(&page, &SettingsPage::testFinished);
        const HubOsCredentials c = TestSupport::testCredentials();

        page.testConnection();
        QCOMPARE(tested.count(), 1);
        QVERIFY(page.testResult().contains(u"Enter the Hub OS URL first"_s));

        typeInto(page.urlEdit(), m_sandbox->url().toString());
        typeInto(page.hotelIdEdit(), c.hotelId);
        page.testConnection();
        QVERIFY(page.testResult().contains(u"both tokens"_s));

        typeInto(page.accessTokenEdit(), u"wrong-token"_s);
        typeInto(page.passwordTokenEdit(), c.passwordToken);
        QTest::mouseClick(page.testButton(), Qt::LeftButton);
        QTRY_COMPARE(tested.count(), 3);
        QCOMPARE(tested.last().at(0).toBool(), false);
        QVERIFY2(page.testResult().contains(u"refused the credentials"_s),
            qPrintable(page.testResult()));

        typeInto(page.accessTokenEdit(), c.accessToken);
        QTest::mouseClick(page.testButton(), Qt::LeftButton);
        QTRY_COMPARE(tested.count(), 4);
        QCOMPARE(tested.last().at(0).toBool(), true);
        QVERIFY(page.testResult().contains(u"Connected"_s));
        QVERIFY(page.testResult().contains(u"25 task type"_s));

        // Nothing listens there.
        const quint16 port = m_sandbox->port();
        m_sandbox.reset();
        typeInto(page.urlEdit(), u"http://127.0.0.1:%1"_s.arg(port));
        QTest::mouseClick(page.testButton(), Qt::LeftButton);
        QTRY_COMPARE(tested.count(), 5);
        QVERIFY2(
            page.testResult().contains(u"could not be reached"_s), qPrintable(page.testResult()));
    }

    void sandboxChoiceRunsTheBuiltInSandbox()
    {
        SettingsPage page(m_control.get());
        page.show();
        QVERIFY(!m_control->sandbox());
        page.sandboxBox()->setChecked(true);
        QVERIFY(!page.urlEdit()->isEnabled());
        QVERIFY(page.save());
        QVERIFY(m_control->sandbox());
        QVERIFY(m_settings->value(Settings::Key::HubOsUseSandbox).toBool());
        QCOMPARE(m_bridge->hubOsClient()->baseUrl(), m_control->sandbox()->url());
        QVERIFY(m_control->effectiveCredentials().isComplete()); // the demo credentials
        QSignalSpy tested(&page, &SettingsPage::testFinished);
        page.testConnection();
        QTRY_COMPARE(tested.count(), 1);
        QCOMPARE(tested.first().at(0).toBool(), true);

        QVERIFY(m_control->startListener());
        QNetworkAccessManager nam;
        const TestSupport::Reply r = TestSupport::send(nam, "POST", m_bridge->webhookUrl(),
            TestSupport::withOrderId(
                TestSupport::sample(u"orderCreated.custom-service.json"_s), u"sandbox-order"_s),
            TestSupport::duveHeaders(m_control->effectiveCredentials()));
        QCOMPARE(r.status, 200);
        QCOMPARE(m_control->sandbox()->createdTaskCount(), 1);

        page.sandboxBox()->setChecked(false);
        QVERIFY(page.save());
        QVERIFY(!m_control->sandbox());
    }

    void otherSettingsAndPayloadPreview()
    {
        SettingsPage page(m_control.get());
        page.show();
        page.portBox()->setValue(18123);
        typeInto(page.payloadEdit(Settings::Key::PayloadRoom), u"resource.nothing"_s);
        QVERIFY(page.save());
        QCOMPARE(m_settings->port(), quint16(18123));
        QCOMPARE(m_settings->payloadPaths().room, QStringList { u"resource.nothing"_s });

        // Invalid input is refused with a plain message.
        page.payloadEdit(Settings::Key::PayloadRoom)->clear();
        QVERIFY(!page.save());
        QVERIFY(page.noticeText().contains(u"at least one path"_s));
        page.load();

        // The preview reads the last order received.
        m_settings->setValue(Settings::Key::HubOsUseSandbox, true);
        m_control->applySettings();
        QVERIFY(m_control->startListener());
        QNetworkAccessManager nam;
        TestSupport::send(nam, "POST", m_bridge->webhookUrl(),
            TestSupport::withOrderId(
                TestSupport::sample(u"orderCreated.custom-service.json"_s), u"preview-order"_s),
            TestSupport::duveHeaders(m_control->effectiveCredentials()));
        QVERIFY(m_store->waitForWrites());
        page.load();
        typeInto(page.payloadEdit(Settings::Key::PayloadRoom), u"resource.roomNumber"_s);
        QVERIFY(page.payloadPreview(Settings::Key::PayloadRoom).contains(u"204"_s));
        typeInto(page.payloadEdit(Settings::Key::PayloadRoom), u"resource.firstName"_s);
        QVERIFY(page.payloadPreview(Settings::Key::PayloadRoom).contains(u"Bobby"_s));
        QVERIFY(page.payloadPreview(Settings::Key::PayloadOrderKey).contains(u"preview-order"_s));

        const QString shots = qEnvironmentVariable("SCREENSHOT_DIR", QDir::tempPath());
        QDir().mkpath(shots);
        page.resize(1000, 1500);
        QVERIFY(page.grab().save(shots + u"/settings-full.png"_s));
    }
};

QTEST_MAIN(TestGuiSettings)
#include "tst_gui_settings.moc"
