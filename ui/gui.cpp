// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/gui.h"

#include "core/config/settings.h"
#include "core/delivery/bridge.h"
#include "core/service/runtime.h"
#include "core/store/historystore.h"
#include "ui/mainwindow.h"
#include "ui/singleinstance.h"
#include "ui/widgets/icons.h"
#include "ui/wizard/firstrunwizard.h"

#include <QApplication>
#include <QDir>
#include <QGuiApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QSystemTrayIcon>
#include <QTranslator>

using namespace Qt::StringLiterals;

QList<QPair<QString, QString>> Gui::availableLanguages()
{
    QList<QPair<QString, QString>> languages { { u"en"_s, u"English"_s } };
    const QStringList files = QDir(u":/i18n"_s).entryList({ u"hubbridge_*.qm"_s }, QDir::Files);
    for (const QString &file : files) {
        const QString code = file.mid(10).chopped(3);
        if (code == u"en")
            continue;
        const QLocale locale(code);
        // Qt names some languages with their country ("español de España"): not for a menu.
        static const QHash<QString, QString> shipped { { u"de"_s, u"Deutsch"_s },
            { u"es"_s, u"Español"_s }, { u"fr"_s, u"Français"_s }, { u"he"_s, u"עברית"_s } };
        QString name = shipped.value(code, locale.nativeLanguageName());
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        languages.append({ code, name.isEmpty() ? code : name });
    }
    return languages;
}

void Gui::installTranslations(const QString &code)
{
    // Called again with another language, the previous translators go first.
    static QPointer<QTranslator> qt;
    static QPointer<QTranslator> own;
    for (QPointer<QTranslator> *old : { &qt, &own }) {
        if (*old) {
            QCoreApplication::removeTranslator(*old);
            delete old->data();
        }
    }
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    qt = new QTranslator(qApp);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    // Installed last, so it is asked first; it also carries the few Qt texts the window shows
    // (OK, Cancel, Next >), for systems without Qt's own translations.
    own = new QTranslator(qApp);
    const bool ownLanguage = own->load(locale, u"hubbridge"_s, u"_"_s, u":/i18n"_s);
    // No translation of ours for this locale (C.UTF-8, POSIX, a language we do not ship): the
    // window is in English, with English plural forms ("1 entry", not "1 entries").
    if (!ownLanguage && !own->load(u"hubbridge_en"_s, u":/i18n"_s))
        delete own;
    else
        QCoreApplication::installTranslator(own);
    // Hebrew (and any right-to-left language) lays the window out from the right. Explicit,
    // because Qt's own translation that would say so may not be installed. English when no
    // translation of ours matches, so the layout follows the text that is actually shown.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        QGuiApplication::setLayoutDirection(ownLanguage ? locale.textDirection() : Qt::LeftToRight);
    }
}

int Gui::run(int argc, char **argv, const QString &dataDir)
{
    QApplication app(argc, argv);
    // Wayland app id and X11 startup notification: the installed io.hubbridge.Hubbridge.desktop.
    QApplication::setDesktopFileName(u"io.hubbridge.Hubbridge"_s);
    // One window per person and data folder: a second start brings the first to the front.
    SingleInstance instance(dataDir);
    if (!instance.claim())
        return 0;
    QApplication::setApplicationDisplayName(QApplication::tr("Hubbridge"));
    QApplication::setWindowIcon(Icons::app());

    Runtime runtime(dataDir);
    Settings &settings = *runtime.settings();
    installTranslations(settings.value(Settings::Key::UiLanguage).toString());
    QString error;
    if (!runtime.open(&error)) {
        QMessageBox::critical(nullptr, QApplication::tr("Hubbridge"), error);
        return 1;
    }
    runtime.startMaintenance();
    // With a tray, closing the window keeps the listener running; without one it quits.
    QApplication::setQuitOnLastWindowClosed(!QSystemTrayIcon::isSystemTrayAvailable());

    std::unique_ptr<MainWindow> window;
    QObject::connect(&instance, &SingleInstance::activationRequested, &app, [&window] {
        if (window)
            window->bringBack(); // as it was: maximized stays maximized
        else
            SingleInstance::bringToFront(nullptr); // the wizard
    });
    auto openWindow = [&] {
        window = std::make_unique<MainWindow>(&runtime);
        window->show();
        if (!runtime.recoveryNotice().isEmpty())
            QMessageBox::warning(
                window.get(), QApplication::tr("Hubbridge"), runtime.recoveryNotice());
    };
    runtime.loadCredentials([&] {
        if (runtime.needsSetup()) {
            auto *wizard = new FirstRunWizard(&runtime);
            wizard->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(wizard, &QWizard::finished, &app, [&] {
                if (!runtime.bridge()->isListening()
                    && settings.value(Settings::Key::ListenerStartOnLaunch).toBool())
                    runtime.startListener();
                openWindow();
            });
            wizard->show();
            return;
        }
        if (settings.value(Settings::Key::ListenerStartOnLaunch).toBool())
            runtime.startListener();
        openWindow();
    });
    const int code = app.exec();
    if (window)
        window->saveState();
    runtime.stopListener();
    window.reset();
    return code; // the runtime closes the history
}
