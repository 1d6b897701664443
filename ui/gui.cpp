#include "gui.h"

#include "bridge.h"
#include "cli.h"
#include "credentials.h"
#include "historystore.h"
#include "maintenance.h"
#include "mainwindow.h"
#include "settings.h"

#include <QApplication>
#include <QMessageBox>

int Gui::run(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QApplication::tr("Hubbridge"));

    Settings settings(Cli::dataDirFromArguments(app.arguments()));
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
    MainWindow window(&settings, &store, &bridge);
    window.show();
    if (!store.recoveryNotice().isEmpty())
        QMessageBox::warning(&window, QApplication::tr("Hubbridge"), store.recoveryNotice());

    CredentialStore credentials;
    credentials.load([&](const HubOsCredentials &c, const QString &keychainError) {
        bridge.setCredentials(c);
        window.setKeychainError(keychainError);
        QString listenError;
        if (!bridge.start(&listenError))
            window.setListenError(listenError);
    });
    const int code = app.exec();
    bridge.stop();
    store.close();
    return code;
}
