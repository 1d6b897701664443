#include "gui.h"

#include "bridge.h"
#include "bridgecontrol.h"
#include "cli.h"
#include "firstrunwizard.h"
#include "historystore.h"
#include "icons.h"
#include "maintenance.h"
#include "mainwindow.h"
#include "settings.h"

#include <QApplication>
#include <QDir>
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
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        languages.append({ code, name.isEmpty() ? code : name });
    }
    return languages;
}

void Gui::installTranslations(const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(qApp);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(qApp);
    if (own->load(locale, u"hubbridge"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

int Gui::run(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QApplication::tr("Hubbridge"));
    QApplication::setWindowIcon(Icons::app());

    Settings settings(Cli::dataDirFromArguments(app.arguments()));
    installTranslations(settings.value(Settings::Key::UiLanguage).toString());
    HistoryStore store(settings.databasePath());
    QString error;
    if (!store.open(&error)) {
        QMessageBox::critical(nullptr, QApplication::tr("Hubbridge"),
            QApplication::tr("The history database cannot be opened:\n%1").arg(error));
        return 1;
    }
    Bridge bridge(&settings, &store);
    Maintenance maintenance(&settings, &store);
    maintenance.start();
    BridgeControl control(&settings, &store, &bridge);
    // With a tray, closing the window keeps the listener running; without one it quits.
    QApplication::setQuitOnLastWindowClosed(!QSystemTrayIcon::isSystemTrayAvailable());

    std::unique_ptr<MainWindow> window;
    auto openWindow = [&] {
        window = std::make_unique<MainWindow>(&control);
        window->show();
        if (!store.recoveryNotice().isEmpty())
            QMessageBox::warning(
                window.get(), QApplication::tr("Hubbridge"), store.recoveryNotice());
    };
    control.loadCredentials([&] {
        if (control.needsSetup()) {
            auto *wizard = new FirstRunWizard(&control);
            wizard->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(wizard, &QWizard::finished, &app, [&] {
                if (!bridge.isListening()
                    && settings.value(Settings::Key::ListenerStartOnLaunch).toBool())
                    control.startListener();
                openWindow();
            });
            wizard->show();
            return;
        }
        if (settings.value(Settings::Key::ListenerStartOnLaunch).toBool())
            control.startListener();
        openWindow();
    });
    const int code = app.exec();
    if (window)
        window->saveState();
    bridge.stop();
    window.reset();
    store.close();
    return code;
}
