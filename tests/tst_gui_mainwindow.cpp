// The placeholder front-desk window: it shows the listener state and the URL for Duve.
#include "bridge.h"
#include "historystore.h"
#include "mainwindow.h"
#include "settings.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestGuiMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsListenerStateAndUrl()
    {
        QTemporaryDir dir;
        Settings settings(dir.path());
        settings.setValue(Settings::Key::HubOsUrl, u"https://hubos.example/api"_s);
        HistoryStore store(settings.databasePath());
        QVERIFY(store.open());
        Bridge bridge(&settings, &store);
        MainWindow window(&settings, &store, &bridge);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto texts = [&window] {
            QStringList all;
            for (const QLabel *label : window.findChildren<QLabel *>())
                all.append(label->text());
            return all.join(u'\n');
        };
        QVERIFY(texts().contains(u"Stopped"_s));
        QVERIFY(bridge.start(QHostAddress::LocalHost, 0));
        QTRY_VERIFY(texts().contains(u"Running"_s));
        QVERIFY(texts().contains(bridge.webhookUrl().toString()));
        QVERIFY(texts().contains(u"https://hubos.example/api"_s));
        QVERIFY(texts().contains(u"Requests recorded: 0"_s));

        const QString shots = qEnvironmentVariable("SCREENSHOT_DIR", QDir::tempPath());
        QDir().mkpath(shots);
        QVERIFY(window.grab().save(shots + u"/mainwindow.png"_s));
    }
};

QTEST_MAIN(TestGuiMainWindow)
#include "tst_gui_mainwindow.moc"
