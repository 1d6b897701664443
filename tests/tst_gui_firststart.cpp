// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Issue 15, item 7: the first start fits a front-desk screen. Runs on an offscreen screen of
// 1024×600 (set in main() before the application starts): the window opens inside the screen's
// available area with its status bar visible, and comes back from the tray as it was. The rule
// for other screens (1366×768 with a taskbar, a large one) is WindowPlacement's.
#include "guirig.h"
#include "testsupport.h"
#include "ui/mainwindow.h"
#include "ui/trayicon.h"
#include "ui/widgets/windowplacement.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QScreen>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTest>

using namespace Qt::StringLiterals;

class TestGuiFirstStart : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiRig> m_rig;

private Q_SLOTS:
    void initTestCase()
    {
        GuiRig::credentialsFromEnvironment();
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QCOMPARE(QGuiApplication::primaryScreen()->geometry(), QRect(0, 0, 1024, 600));
    }

    void init()
    {
        m_rig = std::make_unique<GuiRig>();
        QString why;
        QVERIFY2(m_rig->build({}, &why), qPrintable(why));
    }

    void cleanup() { m_rig.reset(); }

    void placementRule_data()
    {
        QTest::addColumn<QRect>("available");
        QTest::addColumn<bool>("maximized");
        QTest::newRow("1366x768, 30 px taskbar") << QRect(0, 0, 1366, 738) << true;
        QTest::newRow("1366x768, no taskbar") << QRect(0, 0, 1366, 768) << true;
        QTest::newRow("1024x600") << QRect(0, 0, 1024, 600) << true;
        QTest::newRow("1920x1080, taskbar on the left") << QRect(48, 0, 1872, 1080) << false;
        QTest::newRow("1440x900 at the right of another") << QRect(1920, 0, 1440, 870) << false;
    }

    void placementRule()
    {
        QFETCH(QRect, available);
        QFETCH(bool, maximized);
        const QSize preferred(1180, 760);
        const WindowPlacement::Placement p
            = WindowPlacement::firstStart(available, preferred, QSize(700, 480));
        QCOMPARE(p.maximized, maximized);
        // Inside the area, with room for the title bar above it.
        QVERIFY2(available.contains(p.geometry),
            qPrintable(u"%1,%2 %3x%4"_s.arg(p.geometry.x())
                           .arg(p.geometry.y())
                           .arg(p.geometry.width())
                           .arg(p.geometry.height())));
        QVERIFY(p.geometry.top() - available.top() >= 32);
        if (!maximized)
            QCOMPARE(p.geometry.size(), preferred);
    }

    void firstStartFitsTheScreen()
    {
        QVERIFY(m_rig->settings->value(Settings::Key::UiGeometry).toByteArray().isEmpty());
        MainWindow window(m_rig->control.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        QTRY_VERIFY2(available.contains(window.frameGeometry()),
            qPrintable(u"%1x%2"_s.arg(window.frameGeometry().width())
                           .arg(window.frameGeometry().height())));
        QVERIFY(window.isMaximized());
        QStatusBar *status = window.statusBar();
        QVERIFY(status->isVisible());
        const QRect statusOnScreen(status->mapToGlobal(QPoint(0, 0)), status->size());
        QVERIFY(available.contains(statusOnScreen));
        QVERIFY(window.grab().save(GuiRig::shotPath(u"first-start-1024x600"_s)));

        // Un-maximized, it keeps a size that fits too.
        window.showNormal();
        QTRY_VERIFY(!window.isMaximized());
        QVERIFY(window.width() <= available.width());
        QVERIFY(window.height() <= available.height());
    }

    // Back from the tray (or a second start), as it was: maximized stays maximized.
    void backFromTheTrayAsItWas()
    {
        MainWindow window(m_rig->control.get());
        window.showMaximized();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.isMaximized());
        window.hide(); // closed to the tray
        window.trayIcon()->openAction()->trigger();
        QTRY_VERIFY(window.isVisible());
        QVERIFY(window.isMaximized());

        window.showMinimized();
        QTRY_VERIFY(window.isMinimized());
        window.trayIcon()->openAction()->trigger();
        QTRY_VERIFY(!window.isMinimized());
        QVERIFY(window.isMaximized());

        // A normal window comes back where it was, with its size.
        window.showNormal();
        QTRY_VERIFY(!window.isMaximized());
        window.setGeometry(60, 50, 900, 560);
        QTRY_COMPARE(window.geometry(), QRect(60, 50, 900, 560));
        window.hide();
        window.bringBack();
        QTRY_VERIFY(window.isVisible());
        QCOMPARE(window.geometry(), QRect(60, 50, 900, 560));
        QVERIFY(!window.isMaximized());
    }
};

int main(int argc, char **argv)
{
    // An offscreen screen of 1024×600, the smallest the window is made for.
    QTemporaryDir dir;
    const QString config = dir.filePath(u"screens.json"_s);
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(R"({"screens": [{"name": "small", "x": 0, "y": 0, "width": 1024,
            "height": 600, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
            < 0)
        return 2;
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    QApplication app(argc, argv);
    TestGuiFirstStart test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_firststart.moc"
