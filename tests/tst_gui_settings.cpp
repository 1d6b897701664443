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
#include "guirig.h"
#include "testsupport.h"
#include "ui/settings/settingspage.h"
#include "ui/widgets/duvesetup.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

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
        QTest::mouseClick(page.showAccessTokenButton(), Qt::LeftButton);
        QCOMPARE(page.accessTokenEdit()->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(page.showAccessTokenButton(), Qt::LeftButton);
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
        // The fields are folded away until asked for.
        QVERIFY(!page.payloadEdit(Settings::Key::PayloadRoom)->isVisible());
        QTest::mouseClick(page.payloadToggle(), Qt::LeftButton);
        QVERIFY(page.payloadEdit(Settings::Key::PayloadRoom)->isVisible());
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

    // Issue 15, item 7: the eye buttons are reached with Tab and work with Space; a token shown
    // is hidden again by Save and by leaving the page.
    void tokensAreShownByKeyboardAndHiddenAgain()
    {
        QStackedWidget pages; // as in the window: another page to go to
        auto *page = new SettingsPage(m_control.get());
        auto *other = new QWidget;
        pages.addWidget(page);
        pages.addWidget(other);
        pages.resize(1024, 600);
        pages.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pages));
        const HubOsCredentials c = TestSupport::testCredentials();
        typeInto(page->urlEdit(), m_sandbox->url().toString());
        typeInto(page->hotelIdEdit(), c.hotelId);
        typeInto(page->accessTokenEdit(), c.accessToken);
        typeInto(page->passwordTokenEdit(), c.passwordToken);

        // Tab from the access token: its eye button, then the password token and its eye.
        page->accessTokenEdit()->setFocus();
        QTRY_VERIFY(page->accessTokenEdit()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), page->showAccessTokenButton());
        QCOMPARE(page->showAccessTokenButton()->accessibleName(), u"Show the access token"_s);
        QTest::keyClick(page->showAccessTokenButton(), Qt::Key_Space);
        QCOMPARE(page->accessTokenEdit()->echoMode(), QLineEdit::Normal);
        QCOMPARE(page->showAccessTokenButton()->accessibleName(), u"Hide the access token"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), page->passwordTokenEdit());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), page->showPasswordTokenButton());
        QTest::keyClick(page->showPasswordTokenButton(), Qt::Key_Space);
        QCOMPARE(page->passwordTokenEdit()->echoMode(), QLineEdit::Normal);
        QVERIFY(pages.grab().save(GuiRig::shotPath(u"settings-token-shown-1024x600"_s)));

        // Save hides both.
        QSignalSpy saved(page, &SettingsPage::credentialsSaved);
        QTest::keyClick(page, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(page->accessTokenEdit()->echoMode(), QLineEdit::Password);
        QCOMPARE(page->passwordTokenEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(!page->showAccessTokenButton()->isChecked());
        if (auto *reminder = page->findChild<QMessageBox *>(u"duveReminder"_s))
            reminder->reject();

        // Shown again, then the person goes to another page and back: hidden.
        QTest::mouseClick(page->showAccessTokenButton(), Qt::LeftButton);
        QCOMPARE(page->accessTokenEdit()->echoMode(), QLineEdit::Normal);
        pages.setCurrentWidget(other);
        pages.setCurrentWidget(page);
        QCOMPARE(page->accessTokenEdit()->echoMode(), QLineEdit::Password);
        // ...or closes the window to the tray.
        QTest::mouseClick(page->showPasswordTokenButton(), Qt::LeftButton);
        QCOMPARE(page->passwordTokenEdit()->echoMode(), QLineEdit::Normal);
        pages.hide();
        pages.show();
        QCOMPARE(page->passwordTokenEdit()->echoMode(), QLineEdit::Password);
    }

    // Issue 15, item 9: "Copy everything for Duve" in Settings, and after new credentials are
    // saved a reminder that Duve's headers must change too.
    void newCredentialsRemindThatDuveMustChangeToo()
    {
        SettingsPage page(m_control.get());
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const HubOsCredentials c = TestSupport::testCredentials();

        // Nothing saved yet: nothing to copy, and it says why.
        QApplication::clipboard()->clear();
        QTest::mouseClick(page.copyForDuveButton(), Qt::LeftButton);
        QVERIFY(QApplication::clipboard()->text().isEmpty());
        QVERIFY2(page.noticeText().contains(u"credentials first"_s), qPrintable(page.noticeText()));

        typeInto(page.urlEdit(), m_sandbox->url().toString());
        typeInto(page.hotelIdEdit(), c.hotelId);
        typeInto(page.accessTokenEdit(), c.accessToken);
        typeInto(page.passwordTokenEdit(), c.passwordToken);
        QSignalSpy saved(&page, &SettingsPage::credentialsSaved);
        QVERIFY(page.save());
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY2(page.noticeText().contains(u"Duve must send the new credentials too"_s),
            qPrintable(page.noticeText()));
        QMessageBox *reminder = nullptr;
        QTRY_VERIFY((reminder = page.findChild<QMessageBox *>(u"duveReminder"_s)));
        QVERIFY(reminder->informativeText().contains(u"WEB_HUK_INVALID_CREDS"_s));
        QVERIFY(reminder->grab().save(GuiRig::shotPath(u"settings-duve-reminder"_s)));
        QAbstractButton *copy = nullptr;
        for (QAbstractButton *button : reminder->buttons()) {
            if (button->text() == u"Copy everything for Duve")
                copy = button;
        }
        QVERIFY(copy);
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString expected
            = DuveSetup::text(m_bridge->publicWebhookUrl(), m_control->effectiveCredentials());
        QTRY_COMPARE(QApplication::clipboard()->text(), expected);
        QVERIFY(expected.contains(u"custom_access_token: "_s + c.accessToken));
        QVERIFY(expected.startsWith(m_bridge->publicWebhookUrl().toString() + u"\n\n"_s));

        // The same button on the page, any time later.
        QApplication::clipboard()->clear();
        QTest::mouseClick(page.copyForDuveButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), expected);
        QVERIFY(page.noticeText().contains(u"Copied"_s));

        // Saving other settings (the credentials unchanged): no reminder.
        page.portBox()->setValue(18124);
        QVERIFY(page.save());
        QTest::qWait(200);
        QVERIFY(!page.findChild<QMessageBox *>(u"duveReminder"_s));
        QVERIFY(!page.noticeText().contains(u"Duve must send"_s));
    }

    // Issue 15, item 8: a language change says it shows after Quit, not after closing.
    void languageChangeSaysWhenItShows()
    {
        SettingsPage page(m_control.get());
        page.show();
        QComboBox *language = nullptr;
        for (QComboBox *box : page.findChildren<QComboBox *>()) {
            if (box->accessibleName() == u"Language")
                language = box;
        }
        QVERIFY(language);
        language->setCurrentIndex(language->findData(u"de"_s));
        QVERIFY(page.save());
        // Offscreen there is no tray: closing and starting again applies it.
        QVERIFY2(page.noticeText().contains(u"close Hubbridge and start it again"_s),
            qPrintable(page.noticeText()));
    }

    // Issue 15, item 10: the field preview follows the newest order, and a connection test's
    // result goes when the values it was made with change.
    void previewFollowsTheNewestOrder()
    {
        m_settings->setValue(Settings::Key::HubOsUseSandbox, true);
        m_control->applySettings();
        QVERIFY(m_control->startListener());
        QNetworkAccessManager nam;
        auto send = [&](const QString &orderId) {
            return TestSupport::send(nam, "POST", m_bridge->webhookUrl(),
                TestSupport::withOrderId(
                    TestSupport::sample(u"orderCreated.custom-service.json"_s), orderId),
                TestSupport::duveHeaders(m_control->effectiveCredentials()));
        };
        QCOMPARE(send(u"first-order"_s).status, 200);
        QVERIFY(m_store->waitForWrites());
        SettingsPage page(m_control.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.payloadPreview(Settings::Key::PayloadOrderKey).contains(u"first-order"_s));
        QCOMPARE(send(u"second-order"_s).status, 200);
        QTRY_VERIFY2(
            page.payloadPreview(Settings::Key::PayloadOrderKey).contains(u"second-order"_s),
            qPrintable(page.payloadPreview(Settings::Key::PayloadOrderKey)));

        QSignalSpy tested(&page, &SettingsPage::testFinished);
        page.testConnection();
        QTRY_COMPARE(tested.count(), 1);
        QVERIFY(!page.testResult().isEmpty());
        page.sandboxBox()->setChecked(false);
        QVERIFY(page.testResult().isEmpty());
        page.testConnection();
        QVERIFY(!page.testResult().isEmpty());
        QTest::keyClicks(page.urlEdit(), u"x"_s);
        QVERIFY(page.testResult().isEmpty());
    }
};

QTEST_MAIN(TestGuiSettings)
#include "tst_gui_settings.moc"
