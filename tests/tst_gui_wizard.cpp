// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The first-run wizard: the sandbox or Hub OS credentials, the listener port, the URL and
// headers for Duve, and a test order through the running listener. Also: without a keychain
// the credentials are kept for the session only, never in the INI file.
#include "core/config/settings.h"
#include "core/delivery/bridge.h"
#include "core/hubos/hubossandbox.h"
#include "core/service/runtime.h"
#include "core/store/historystore.h"
#include "testsupport.h"
#include "ui/wizard/firstrunwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestGuiWizard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Runtime> m_control; // owns the three below
    Settings *m_settings = nullptr;
    HistoryStore *m_store = nullptr;
    Bridge *m_bridge = nullptr;

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    static QString shot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("SCREENSHOT_DIR", QDir::tempPath());
        QDir().mkpath(dir);
        return dir + u'/' + name + u".png"_s;
    }

    static void next(QWizard &wizard)
    {
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *name :
            { "HUBBRIDGE_HOTEL_ID", "HUBBRIDGE_ACCESS_TOKEN", "HUBBRIDGE_PASSWORD_TOKEN" })
            qunsetenv(name);
        // No keychain service here: there is no session bus to find one on.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/hubbridge-test-bus");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_control = std::make_unique<Runtime>(m_dir->path());
        m_settings = m_control->settings();
        QVERIFY(m_control->open());
        m_store = m_control->store();
        m_bridge = m_control->bridge();
        bool loaded = false;
        m_control->loadCredentials([&loaded] { loaded = true; });
        QTRY_VERIFY_WITH_TIMEOUT(loaded, 30000);
        QVERIFY(m_control->needsSetup());
    }

    void cleanup()
    {
        m_control.reset();
        m_dir.reset();
    }

    void sandboxRouteWithTestOrder()
    {
        FirstRunWizard wizard(m_control.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::CredentialsPage));
        QVERIFY(wizard.grab().save(shot(u"wizard-1-credentials"_s)));

        // Hub OS chosen but nothing entered: it says what is missing.
        next(wizard);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::CredentialsPage));
        QVERIFY(wizard.pageError().contains(u"Hub OS URL"_s));

        QTest::mouseClick(wizard.sandboxChoice(), Qt::LeftButton);
        QVERIFY(wizard.sandboxChoice()->isChecked());
        next(wizard);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::ListenerPage));
        QVERIFY(m_control->usesSandbox());
        QVERIFY(m_control->sandbox());
        QVERIFY(!m_control->needsSetup());

        const quint16 port = freePort();
        wizard.portBox()->setValue(port);
        QVERIFY(wizard.grab().save(shot(u"wizard-2-listener"_s)));
        next(wizard);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::DuvePage));
        QVERIFY(m_bridge->isListening());
        QCOMPARE(m_bridge->port(), port);
        QCOMPARE(m_settings->port(), port);
        QVERIFY(wizard.webhookUrlText().endsWith(u":%1/webhooks/duve"_s.arg(port)));
        const HubOsCredentials demo = HubOsSandbox::defaultCredentials();
        QVERIFY(wizard.headersText().contains(u"custom_hotel_id: "_s + demo.hotelId));
        QVERIFY(wizard.headersText().contains(u"custom_access_token: "_s + demo.accessToken));
        QVERIFY(wizard.headersText().contains(u"custom_password_token: "_s + demo.passwordToken));
        // Demo values: the page says they are not what Duve should get in the end.
        bool demoNoted = false;
        for (const QLabel *label : wizard.currentPage()->findChildren<QLabel *>())
            demoNoted
                = demoNoted || (label->isVisible() && label->text().contains(u"demo values"_s));
        QVERIFY(demoNoted);
        QVERIFY(wizard.grab().save(shot(u"wizard-3-duve"_s)));

        next(wizard);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::TestPage));
        QSignalSpy answered(&wizard, &FirstRunWizard::testOrderAnswered);
        QTest::mouseClick(wizard.sendTestButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, 30000);
        QCOMPARE(answered.first().at(0).toInt(), 200);
        QCOMPARE(answered.first().at(1).toString(), u"created"_s);
        QVERIFY2(wizard.testResult().contains(u"was created"_s), qPrintable(wizard.testResult()));
        QCOMPARE(m_control->sandbox()->createdTaskCount(), 1);
        QCOMPARE(m_store->entryCount(), 1);
        QVERIFY(wizard.grab().save(shot(u"wizard-4-test-order"_s)));

        next(wizard);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::DonePage));
        QVERIFY(wizard.grab().save(shot(u"wizard-5-done"_s)));
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
    }

    void hubOsRouteWithoutKeychainKeepsCredentialsForTheSession()
    {
        HubOsSandbox sandbox;
        sandbox.setCredentials(TestSupport::testCredentials());
        QVERIFY(sandbox.listen(QHostAddress::LocalHost, 0));
        FirstRunWizard wizard(m_control.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        const HubOsCredentials c = TestSupport::testCredentials();
        QTest::keyClicks(wizard.urlEdit(), sandbox.url().toString());
        QTest::keyClicks(wizard.hotelIdEdit(), c.hotelId);
        next(wizard);
        QVERIFY(wizard.pageError().contains(u"both tokens"_s));
        QTest::keyClicks(wizard.accessTokenEdit(), c.accessToken);
        QTest::keyClicks(wizard.passwordTokenEdit(), c.passwordToken);
        QSignalSpy changed(m_control.get(), &Runtime::credentialsChanged);
        next(wizard);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::ListenerPage));
        QTRY_VERIFY_WITH_TIMEOUT(m_control->sessionOnly(), 30000);
        QCOMPARE(m_control->credentials().accessToken, c.accessToken); // kept for the session
        QVERIFY(!m_control->usesSandbox());

        wizard.portBox()->setValue(freePort());
        next(wizard);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::DuvePage));
        QVERIFY(wizard.headersText().contains(c.accessToken));
        next(wizard);
        QSignalSpy answered(&wizard, &FirstRunWizard::testOrderAnswered);
        QTest::mouseClick(wizard.sendTestButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, 30000);
        QCOMPARE(answered.first().at(0).toInt(), 200);
        QCOMPARE(sandbox.createdTaskCount(), 1);

        QFile ini(m_settings->iniPath());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray text = ini.readAll();
        QVERIFY(text.contains(sandbox.url().toString().toUtf8()));
        QVERIFY(!text.contains(c.accessToken.toUtf8()));
        QVERIFY(!text.contains(c.passwordToken.toUtf8()));
    }
};

QTEST_MAIN(TestGuiWizard)
#include "tst_gui_wizard.moc"
