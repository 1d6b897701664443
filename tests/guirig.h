// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What the front-desk window runs on, for the GUI tests: a Hub OS sandbox, settings in a
// temporary data folder, the history store, the bridge and the Runtime the pages use.

#include "core/config/settings.h"
#include "core/delivery/bridge.h"
#include "core/hubos/hubossandbox.h"
#include "core/service/runtime.h"
#include "core/store/historystore.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

struct GuiRig
{
    struct Options
    {
        bool sandbox = true; // start a Hub OS sandbox and point [hubos] url at it
        QStringList extraRooms; // rooms the sandbox knows besides its defaults
        std::function<void(Settings &)> configure; // more settings, before the store opens
        int credentialsTimeoutMs = 5000;
    };

    QTemporaryDir dir;
    std::unique_ptr<HubOsSandbox> sandbox;
    std::unique_ptr<Runtime> control; // the window's composition root, as Gui::run builds it
    Settings *settings = nullptr; // control's
    HistoryStore *store = nullptr;
    Bridge *bridge = nullptr;

    ~GuiRig()
    {
        control.reset();
        sandbox.reset();
    }

    // Everything up to loaded credentials (from the keychain or the environment). On failure
    // `why` says what did not work (use with QVERIFY2).
    bool build(const Options &options, QString *why)
    {
        using namespace Qt::StringLiterals;
        if (options.sandbox) {
            sandbox = std::make_unique<HubOsSandbox>();
            sandbox->setCredentials(TestSupport::testCredentials());
            if (!options.extraRooms.isEmpty())
                sandbox->setRooms(HubOsSandbox::defaultRooms() + options.extraRooms);
            if (!sandbox->listen(QHostAddress::LocalHost, 0))
                return fail(why, u"the sandbox cannot listen"_s);
        }
        control = std::make_unique<Runtime>(dir.path());
        settings = control->settings();
        if (sandbox)
            settings->setValue(Settings::Key::HubOsUrl, sandbox->url().toString());
        settings->setValue(Settings::Key::ListenerBind, u"127.0.0.1"_s);
        settings->setValue(Settings::Key::ListenerPort, 0);
        settings->setValue(Settings::Key::DeliveryBackoffMs, 20);
        settings->setValue(Settings::Key::DeliveryAttemptTimeoutMs, 1000);
        if (options.configure)
            options.configure(*settings);
        QString error;
        if (!control->open(&error))
            return fail(why, u"the store cannot be opened: "_s + error);
        store = control->store();
        bridge = control->bridge();
        bool loaded = false;
        control->loadCredentials([&loaded] { loaded = true; });
        if (!QTest::qWaitFor([&loaded] { return loaded; }, options.credentialsTimeoutMs))
            return fail(why, u"the credentials did not load"_s);
        return true;
    }

    // The test credentials, as a server passes them (no keychain involved).
    static void credentialsFromEnvironment()
    {
        const HubOsCredentials c = TestSupport::testCredentials();
        qputenv("HUBBRIDGE_HOTEL_ID", c.hotelId.toUtf8());
        qputenv("HUBBRIDGE_ACCESS_TOKEN", c.accessToken.toUtf8());
        qputenv("HUBBRIDGE_PASSWORD_TOKEN", c.passwordToken.toUtf8());
    }

    // Where a screenshot goes: SCREENSHOT_DIR (build/screenshots under CTest) or the temp dir.
    static QString shotPath(const QString &name)
    {
        using namespace Qt::StringLiterals;
        const QString folder = qEnvironmentVariable("SCREENSHOT_DIR", QDir::tempPath());
        QDir().mkpath(folder);
        return folder + u'/' + name + u".png"_s;
    }

    // The custom-service sample as a new order for `room`, ordering `externalId`.
    static QByteArray orderFor(const QString &orderId, const QString &room,
        const QString &externalId = QStringLiteral("4"))
    {
        using namespace Qt::StringLiterals;
        QJsonObject root = QJsonDocument::fromJson(
            TestSupport::withOrderId(
                TestSupport::sample(u"orderCreated.custom-service.json"_s), orderId))
                               .object();
        QJsonObject resource = root.value(u"resource"_s).toObject();
        resource.insert(u"roomNumber"_s, room);
        QJsonObject product = resource.value(u"product"_s).toObject();
        product.insert(u"externalId"_s, externalId);
        resource.insert(u"product"_s, product);
        root.insert(u"resource"_s, resource);
        return QJsonDocument(root).toJson(QJsonDocument::Compact);
    }

private:
    static bool fail(QString *why, const QString &what)
    {
        if (why)
            *why = what;
        return false;
    }
};

// The message box `parent` shows (with that object name, when one is given), once it is
// visible; null if none appears.
inline QMessageBox *shownMessageBox(QWidget *parent, const QString &objectName = {})
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        box = parent->findChild<QMessageBox *>(objectName);
        return box && box->isVisible();
    });
    return shown ? box : nullptr;
}

// Clicks the button of `box` that reads `text` (fails the test when there is none).
inline void clickButton(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == text) {
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no button ") + text));
}
