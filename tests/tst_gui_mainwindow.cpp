// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The front-desk window: navigation, the status chip and title, remembered geometry and page,
// the overview, the tray, and a screenshot of every page in the light and dark palettes.
#include "core/config/settings.h"
#include "core/delivery/bridge.h"
#include "core/hubos/hubossandbox.h"
#include "core/service/runtime.h"
#include "core/store/historystore.h"
#include "core/store/problems.h"
#include "core/store/sqlite/sqlitehistorystore.h"
#include "guirig.h"
#include "testsupport.h"
#include "ui/gui.h"
#include "ui/history/historydetail.h"
#include "ui/history/historymodel.h"
#include "ui/history/historypage.h"
#include "ui/mainwindow.h"
#include "ui/mappings/mappingdialog.h"
#include "ui/mappings/mappingspage.h"
#include "ui/overview/overviewpage.h"
#include "ui/settings/settingspage.h"
#include "ui/trayicon.h"
#include "ui/widgets/icons.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QtCharts/QChart>
#include <QtCharts/QStackedBarSeries>

using namespace Qt::StringLiterals;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x35, 0x39));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

class TestGuiMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiRig> m_rig;
    QNetworkAccessManager m_nam;
    int m_orders = 0;

    TestSupport::Reply post(const QByteArray &body)
    {
        return TestSupport::send(m_nam, "POST", m_rig->bridge->webhookUrl(), body,
            TestSupport::duveHeaders(TestSupport::testCredentials()));
    }

    QString freshOrderId()
    {
        return u"gui-order-%1-%2"_s.arg(QDateTime::currentMSecsSinceEpoch()).arg(++m_orders);
    }

    // QTableView::selectRow() selects nothing right to left in Qt 6.4; the selection model does.
    static void selectRow(QTableView *table, int row)
    {
        const QModelIndex index = table->model()->index(row, 0);
        table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    void fillHistory()
    {
        for (const QString &room : { u"101"_s, u"204"_s, u"305"_s, u"412"_s })
            QCOMPARE(post(GuiRig::orderFor(freshOrderId(), room)).status, 200);
        QCOMPARE(
            post(GuiRig::orderFor(freshOrderId(), u"999"_s)).status, 400); // unknown room: failed
        QCOMPARE(
            post(GuiRig::orderFor(freshOrderId(), u"101"_s, u"77"_s)).status, 400); // unknown ID
        auto wrong = TestSupport::testCredentials();
        wrong.accessToken = u"nope"_s;
        QCOMPARE(TestSupport::send(m_nam, "POST", m_rig->bridge->webhookUrl(),
                     GuiRig::orderFor(freshOrderId(), u"101"_s), TestSupport::duveHeaders(wrong))
                     .status,
            400);
        QVERIFY(m_rig->store->waitForWrites());
    }

    // The question a step that stops Duve's orders asks (window-modal, not blocking).
    static QMessageBox *question(QWidget *window) { return shownMessageBox(window); }

private Q_SLOTS:
    void initTestCase()
    {
        GuiRig::credentialsFromEnvironment();
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    }

    void init()
    {
        m_rig = std::make_unique<GuiRig>();
        QString why;
        QVERIFY2(m_rig->build({}, &why), qPrintable(why));
        QVERIFY(m_rig->control->effectiveCredentials().isComplete());
    }

    void cleanup()
    {
        m_rig.reset();
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    void navigationTitleAndStatusChip()
    {
        MainWindow window(m_rig->control.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(u"listener stopped"_s));
        // Not the standard data folder: the title names it (two windows side by side differ).
        const QString folder = QDir(m_rig->dir.path()).dirName();
        QCOMPARE(window.dataFolderName(), folder);
        QVERIFY2(window.windowTitle().startsWith(u"Hubbridge (%1) — "_s.arg(folder)),
            qPrintable(window.windowTitle()));
        QVERIFY(window.statusText().contains(u"Listener stopped"_s));
        QVERIFY(window.statusText().contains(u"Hub OS not called yet"_s));

        QVERIFY(m_rig->control->startListener());
        QTRY_VERIFY(window.windowTitle().contains(u"listening"_s));
        QVERIFY(window.statusText().contains(u"Listening on port %1"_s.arg(m_rig->bridge->port())));
        QCOMPARE(post(GuiRig::orderFor(freshOrderId(), u"204"_s)).status, 200);
        QTRY_VERIFY(window.statusText().contains(u"Hub OS answered at"_s));
        QVERIFY(window.windowTitle().contains(u"Hub OS OK"_s));

        // Ctrl+1..4 switch pages; Ctrl+F goes to the history search.
        const int pages[] = { MainWindow::HistoryPageIndex, MainWindow::MappingsPageIndex,
            MainWindow::SettingsPageIndex, MainWindow::OverviewPageIndex };
        const Qt::Key keys[] = { Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_1 };
        for (int i = 0; i < 4; ++i) {
            QTest::keyClick(&window, keys[i], Qt::ControlModifier);
            QCOMPARE(window.currentPage(), pages[i]);
        }
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), int(MainWindow::HistoryPageIndex));
        QTRY_VERIFY(window.historyPage()->searchBox()->hasFocus());
        // The sidebar is keyboard-driven too.
        auto *nav = window.findChild<QListWidget *>();
        QVERIFY(nav);
        QCOMPARE(nav->accessibleName(), u"Pages"_s);
        nav->setFocus();
        QTest::keyClick(nav, Qt::Key_Down);
        QCOMPARE(window.currentPage(), int(MainWindow::MappingsPageIndex));

        // Issue 15, item 4: an order for a room Hub OS does not know is that order's problem
        // (the tray says so); Hub OS itself answered, so the chip and the title stay OK.
        QCOMPARE(post(GuiRig::orderFor(freshOrderId(), u"999"_s)).status, 400);
        QTRY_COMPARE(window.trayIcon()->state(), TrayIcon::State::Problem);
        QVERIFY(window.trayIcon()->lastNotification().contains(u"could not be sent"_s));
        // Who, where and why (issue 15, item 5).
        QVERIFY2(window.trayIcon()->lastNotification().contains(u"Bobby Smith, room 999"_s)
                && window.trayIcon()->lastNotification().contains(
                    u"Hub OS does not know room 999"_s),
            qPrintable(window.trayIcon()->lastNotification()));
        QVERIFY2(!window.statusText().contains(u"Hub OS error"_s), qPrintable(window.statusText()));
        QVERIFY(window.windowTitle().contains(u"Hub OS OK"_s));

        // Hub OS refusing Hubbridge's credentials is Hub OS failing: chip and title turn.
        m_rig->sandbox->setRejectCredentials(true);
        QCOMPARE(post(GuiRig::orderFor(freshOrderId(), u"204"_s)).status, 400);
        QTRY_VERIFY(window.statusText().contains(u"Hub OS error"_s));
        QVERIFY(window.windowTitle().contains(u"Hub OS error"_s));
        m_rig->sandbox->setRejectCredentials(false);
    }

    void historyThatCannotBeWrittenIsShownUntilItCanAgain()
    {
        MainWindow window(m_rig->control.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(m_rig->control->startListener());
        QVERIFY(!window.bannerText().contains(u"cannot write"_s));

        // The disk is full (simulated by capping the SQLite file).
        auto *sqlite = dynamic_cast<SqliteHistoryStore *>(m_rig->store);
        QVERIFY(sqlite);
        bool capped = false;
        sqlite->setMaxPageCount(1, [&](bool ok) { capped = ok; });
        QTRY_VERIFY(capped);
        // With some bulk, so that the entry needs new pages.
        QJsonObject bulky
            = QJsonDocument::fromJson(GuiRig::orderFor(freshOrderId(), u"204"_s)).object();
        bulky.insert(u"padding"_s, QString(20000, u'x'));
        QCOMPARE(post(QJsonDocument(bulky).toJson(QJsonDocument::Compact)).status, 503);
        QTRY_VERIFY(window.bannerText().contains(u"cannot write its history"_s));

        bool uncapped = false; // space again
        sqlite->setMaxPageCount(0, [&](bool ok) { uncapped = ok; });
        QTRY_VERIFY(uncapped);
        QCOMPARE(post(GuiRig::orderFor(freshOrderId(), u"204"_s)).status, 200);
        QTRY_VERIFY(!window.bannerText().contains(u"cannot write"_s));
    }

    void geometryAndPageAreRemembered()
    {
        {
            MainWindow window(m_rig->control.get());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1010, 690);
            window.setPage(MainWindow::MappingsPageIndex);
            QTest::qWait(50);
            window.close(); // no tray offscreen: the window really closes
        }
        QVERIFY(!m_rig->settings->value(Settings::Key::UiGeometry).toByteArray().isEmpty());
        Settings reread(m_rig->dir.path());
        QCOMPARE(
            reread.value(Settings::Key::UiLastPage).toInt(), int(MainWindow::MappingsPageIndex));
        MainWindow again(m_rig->control.get());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.currentPage(), int(MainWindow::MappingsPageIndex));
        QCOMPARE(again.size(), QSize(1010, 690));
    }

    void overviewShowsCountsChartAndErrors()
    {
        QVERIFY(m_rig->control->startListener());
        fillHistory();
        MainWindow window(m_rig->control.get());
        window.setPage(MainWindow::OverviewPageIndex);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        OverviewPage *overview = window.overviewPage();
        overview->refresh();
        QCOMPARE(overview->webhookUrlText(), m_rig->bridge->webhookUrl().toString());
        // The request with wrong credentials is other traffic: not an order, not a problem.
        QVERIFY2(overview->todayText().contains(u"Orders today: 6"_s),
            qPrintable(overview->todayText()));
        QVERIFY(overview->todayText().contains(u"Created today: 4"_s));
        QVERIFY(overview->todayText().contains(u"Needs attention: 2"_s));
        QCOMPARE(overview->hourlyTotals().size(), 24);
        QCOMPARE(overview->hourlyTotals().last(), 7);
        QVERIFY(overview->chart()->title().contains(u"24 hours"_s));
        // The problems, by cause, open the newest order of their cause in the history.
        QListWidget *errors = overview->latestErrors();
        QCOMPARE(errors->count(), 2); // unknown room 999, unknown external ID 77
        const qint64 id = errors->item(0)->data(Qt::UserRole).toLongLong();
        errors->setCurrentRow(0);
        errors->setFocus();
        QTest::keyClick(errors, Qt::Key_Return);
        QCOMPARE(window.currentPage(), int(MainWindow::HistoryPageIndex));
        QCOMPARE(window.historyPage()->selectedId(), id);

        // A bar of the chart says its count, and a click opens its hour in the history.
        QVERIFY2(
            overview->hourText(23).contains(u"7 request"_s), qPrintable(overview->hourText(23)));
        auto *series = qobject_cast<QStackedBarSeries *>(overview->chart()->series().value(0));
        QVERIFY(series);
        window.setPage(MainWindow::OverviewPageIndex);
        Q_EMIT series->clicked(23, series->barSets().value(0));
        QCOMPARE(window.currentPage(), int(MainWindow::HistoryPageIndex));
        QTRY_COMPARE(window.historyPage()->model()->rowCount(), 7);
        QCOMPARE(window.historyPage()->currentFilter().to,
            window.historyPage()->currentFilter().from.addSecs(3600));

        // The copy button puts the exact URL on the clipboard.
        window.setPage(MainWindow::OverviewPageIndex);
        QPushButton *copy = nullptr;
        for (QPushButton *button : overview->findChildren<QPushButton *>()) {
            if (button->accessibleName() == u"Copy the webhook URL")
                copy = button;
        }
        QVERIFY(copy);
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), m_rig->bridge->webhookUrl().toString());
    }

    // Issue 15, items 1-3: staff see orders and what still needs doing. Scanner noise is other
    // traffic; a resend that works resolves the order (and its first entry says by which
    // entry); a person can mark an order handled; a burst of wrong Duve credentials is one
    // problem. The Overview, the tray and /healthz count the same.
    void problemsAreOrdersThatNeedSomeone()
    {
        QVERIFY(m_rig->control->startListener());
        fillHistory();
        MainWindow window(m_rig->control.get());
        window.setPage(MainWindow::OverviewPageIndex);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        OverviewPage *overview = window.overviewPage();
        QListWidget *problems = overview->latestErrors();
        const auto problemTexts = [&] {
            window.setPage(MainWindow::OverviewPageIndex); // a hidden Overview waits
            overview->refresh();
            QStringList texts;
            for (int i = 0; i < problems->count(); ++i)
                texts.append(problems->item(i)->text());
            return texts.join(u" | "_s);
        };
        QVERIFY2(problemTexts().contains(u"Hub OS does not know room 999 — 1 order"_s),
            qPrintable(problemTexts()));
        QVERIFY(problemTexts().contains(u"Unknown external ID 77 — 1 order"_s));

        // Ten scanner requests: recorded, but no order, no problem, no count.
        QUrl scan = m_rig->bridge->webhookUrl();
        for (const QString &path : { u"/wp-login.php"_s, u"/.env"_s, u"/admin"_s, u"/"_s,
                 u"/phpmyadmin/"_s, u"/.git/config"_s, u"/cgi-bin/luci"_s, u"/boaform"_s,
                 u"/owa/"_s, u"/robots.txt"_s }) {
            scan.setPath(path);
            QCOMPARE(TestSupport::send(m_nam, "GET", scan).status, 404);
        }
        QVERIFY(m_rig->store->waitForWrites());
        QCOMPARE(problems->count(), 2);
        QVERIFY2(problemTexts().count(u'|') == 1, qPrintable(problemTexts()));
        QVERIFY2(overview->todayText().contains(u"Orders today: 6"_s),
            qPrintable(overview->todayText()));
        const ProblemCounts before = m_rig->store->problemCounts();
        QCOMPARE(before.needsAttention, 2);

        // Map 77, resend the refused order: it is resolved, and its first entry says so.
        HistoryFilter refused;
        refused.search = u"77"_s;
        refused.outcomes = { Outcome::Rejected };
        const QList<HistoryRow> unknownId = m_rig->store->page(refused, 0, 10);
        QCOMPARE(unknownId.size(), 1);
        bool saved = false;
        m_rig->store->saveMapping(
            { u"77"_s, 4, u"Extra towels"_s, true }, {}, [&](bool ok) { saved = ok; });
        QTRY_VERIFY(saved);
        window.setPage(MainWindow::HistoryPageIndex);
        HistoryPage *history = window.historyPage();
        history->showEntry(unknownId.first().id);
        QTRY_COMPARE(history->selectedId(), unknownId.first().id);
        QVERIFY(history->handledButton()->isEnabled()); // an open problem
        QSignalSpy resent(history, &HistoryPage::resendFinished);
        history->resendSelected();
        QTRY_COMPARE(resent.count(), 1);
        QCOMPARE(resent.first().at(2).value<Outcome>(), Outcome::Created);
        QTRY_COMPARE(m_rig->store->problemCounts().needsAttention, 1);
        QVERIFY2(!problemTexts().contains(u"Unknown external ID 77"_s), qPrintable(problemTexts()));
        window.setPage(MainWindow::HistoryPageIndex);
        history->showEntry(unknownId.first().id);
        QTRY_VERIFY2(history->detail()->findChildren<QLabel *>().size() > 0, "detail");
        QString summary;
        for (const QLabel *label : history->detail()->findChildren<QLabel *>())
            summary += label->text();
        QVERIFY2(summary.contains(u"Resolved by entry"_s) && summary.contains(u"Created"_s),
            qPrintable(summary));
        QVERIFY(!history->handledButton()->isEnabled());

        // The orders view: each order once, as it stands (the refused request of order 77 is
        // replaced by its resend); the detail pane lists the order's requests.
        history->setOrdersView(true);
        QTRY_VERIFY(history->currentFilter().newestOfEachOrder);
        QTRY_COMPARE(history->model()->rowOf(unknownId.first().id), -1);
        const std::optional<HistoryRow> resend
            = m_rig->store->laterEntryOfOrder(unknownId.first().id);
        QVERIFY(resend);
        QVERIFY(history->model()->rowOf(resend->id) >= 0);
        history->showEntry(resend->id);
        QTRY_VERIFY(
            history->detail()->timelineText().contains(u"entry %1"_s.arg(unknownId.first().id)));
        QCOMPARE(history->detail()->timelineText().count(u'\n'), 1); // two requests
        history->setOrdersView(false);

        // The order for room 999: handled by a person, with a note; it leaves the problems.
        HistoryFilter room999;
        room999.room = u"999"_s;
        const qint64 failed = m_rig->store->page(room999, 0, 1).value(0).id;
        QVERIFY(failed > 0);
        window.setPage(MainWindow::HistoryPageIndex);
        history->showEntry(failed);
        QTRY_VERIFY(history->handledButton()->isEnabled());
        history->markHandled(failed, u"Towels brought by the night porter"_s);
        QTRY_COMPARE(m_rig->store->problemCounts().needsAttention, 0);
        QTRY_VERIFY(!history->handledButton()->isEnabled());
        QCOMPARE(m_rig->store->handling(failed)->note, u"Towels brought by the night porter"_s);
        QVERIFY(problemTexts().contains(u"Nothing needs attention"_s));
        QTRY_COMPARE(window.trayIcon()->state(), TrayIcon::State::Ok);

        // Duve still sending the old credentials: one problem, however many requests.
        auto old = TestSupport::testCredentials();
        old.passwordToken = u"last-years-token"_s;
        for (int i = 0; i < 3; ++i)
            QCOMPARE(TestSupport::send(m_nam, "POST", m_rig->bridge->webhookUrl(),
                         GuiRig::orderFor(freshOrderId(), u"101"_s), TestSupport::duveHeaders(old))
                         .status,
                400);
        QVERIFY(m_rig->store->waitForWrites());
        QVERIFY2(problemTexts().contains(u"Duve's credentials no longer match: 3 request"_s),
            qPrintable(problemTexts())); // since the last request that passed
        QCOMPARE(problems->count(), 1);
        QCOMPARE(m_rig->store->problemCounts().needsAttention, 0); // no order is lost
        QVERIFY(problems->grab().save(GuiRig::shotPath(u"overview-problems"_s)));
    }

    // Issue 15, item 2: each cause on the Overview comes with its fix at hand. An unknown
    // external ID: "Add mapping for 77…" opens the mapping form filled in, over the Overview;
    // once mapped the cause offers to resend its orders, and the resend resolves them. The same
    // for a room Hub OS does not know, "Retry now" for orders waiting for Hub OS, and a cause's
    // orders marked handled at once.
    void overviewOffersTheFixOfEachCause()
    {
        QVERIFY(m_rig->control->startListener());
        QCOMPARE(post(GuiRig::orderFor(freshOrderId(), u"101"_s, u"77"_s)).status, 400);
        QCOMPARE(post(GuiRig::orderFor(freshOrderId(), u"999"_s)).status, 400);
        QCOMPARE(post(GuiRig::orderFor(freshOrderId(), u"102"_s, u"88"_s)).status, 400);
        QVERIFY(m_rig->store->waitForWrites());
        MainWindow window(m_rig->control.get());
        window.setPage(MainWindow::OverviewPageIndex);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        OverviewPage *overview = window.overviewPage();
        overview->refresh();
        QVERIFY2(overview->todayText().contains(u"Needs attention: 3"_s),
            qPrintable(overview->todayText()));
        const auto rowOf = [&](Reason::Code code, const QString &value = {}) {
            const QList<ProblemGroup> groups = overview->problemGroups();
            for (int i = 0; i < groups.size(); ++i) {
                if (groups.at(i).cause.code() == code
                    && (value.isEmpty() || groups.at(i).cause.value() == value))
                    return i;
            }
            return -1;
        };
        const auto isResendOne = [](const QString &text) {
            // English plural forms installed or not.
            return text == u"Resend this order"_s || text == u"Resend these 1 orders"_s;
        };
        const auto confirmResend = [&] {
            QMessageBox *box = question(&window);
            QVERIFY(box);
            QVERIFY2(box->text().contains(u"to Hub OS again"_s), qPrintable(box->text()));
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole) {
                    QTest::mouseClick(button, Qt::LeftButton);
                    return;
                }
            }
            QFAIL("no Resend button");
        };

        // Unknown external ID 77: the fix is to map it, in place.
        int row = rowOf(Reason::Code::UnknownExternalId, u"77"_s);
        QVERIFY(row >= 0);
        overview->selectGroup(row);
        QCOMPARE(overview->fixButton()->text(), u"Add mapping for 77…"_s);
        QVERIFY(overview->fixButton()->isVisible());
        QVERIFY(overview->groupHandledButton()->isVisible());
        QTest::mouseClick(overview->fixButton(), Qt::LeftButton);
        MappingDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<MappingDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->externalIdEdit()->text(), u"77"_s);
        QCOMPARE(window.currentPage(), int(MainWindow::OverviewPageIndex));
        dialog->taskTypeBox()->setCurrentIndex(dialog->taskTypeBox()->findData(4));
        auto *save = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(save);
        QTest::mouseClick(save->button(QDialogButtonBox::Save), Qt::LeftButton);
        QTRY_VERIFY(m_rig->store->mapping(u"77"_s).has_value());
        // The cause stays until its orders are sent again: its fix is now to resend them.
        row = rowOf(Reason::Code::UnknownExternalId, u"77"_s);
        QVERIFY(row >= 0);
        overview->selectGroup(row);
        QTRY_VERIFY2(
            isResendOne(overview->fixButton()->text()), qPrintable(overview->fixButton()->text()));
        QCOMPARE(
            overview->fixFor(overview->problemGroups().at(row)).kind, OverviewPage::Fix::Resend);
        const int tasksBefore = m_rig->sandbox->createdTaskCount();
        QTest::mouseClick(overview->fixButton(), Qt::LeftButton);
        confirmResend();
        QTRY_COMPARE(m_rig->store->problemCounts().needsAttention, 2);
        QTRY_COMPARE(m_rig->sandbox->createdTaskCount(), tasksBefore + 1);
        QTRY_COMPARE(rowOf(Reason::Code::UnknownExternalId, u"77"_s), -1);
        QTRY_VERIFY2(overview->todayText().contains(u"Needs attention: 2"_s),
            qPrintable(overview->todayText()));
        QVERIFY2(overview->problemNotice().contains(u"1 created"_s),
            qPrintable(overview->problemNotice()));

        // Hub OS does not know room 999: the room-name form comes filled in.
        row = rowOf(Reason::Code::UnknownRoom, u"999"_s);
        QVERIFY(row >= 0);
        overview->selectGroup(row);
        QCOMPARE(overview->fixButton()->text(), u"Add room name for 999…"_s);
        QTest::mouseClick(overview->fixButton(), Qt::LeftButton);
        QLineEdit *duveRoom = nullptr;
        QTRY_VERIFY(
            (duveRoom = window.findChild<QLineEdit *>(u"duveRoom"_s)) && duveRoom->isVisible());
        QCOMPARE(duveRoom->text(), u"999"_s);
        QDialog *form = qobject_cast<QDialog *>(duveRoom->window());
        QVERIFY(form);
        QTest::keyClicks(form->findChild<QLineEdit *>(u"hubOsRoom"_s), u"101"_s);
        QTest::mouseClick(
            form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QTRY_COMPARE(m_rig->store->hubOsRoomFor(u"999"_s), u"101"_s);
        row = rowOf(Reason::Code::UnknownRoom, u"999"_s);
        QVERIFY(row >= 0);
        overview->selectGroup(row);
        QTRY_VERIFY2(
            isResendOne(overview->fixButton()->text()), qPrintable(overview->fixButton()->text()));
        QTest::mouseClick(overview->fixButton(), Qt::LeftButton);
        confirmResend();
        QTRY_COMPARE(m_rig->store->problemCounts().needsAttention, 1);
        QTRY_COMPARE(rowOf(Reason::Code::UnknownRoom), -1);

        // Unknown external ID 88: the guest was served another way; marked handled at once.
        row = rowOf(Reason::Code::UnknownExternalId, u"88"_s);
        QVERIFY(row >= 0);
        const qint64 entry88 = overview->problemGroups().at(row).orders.value(0).id;
        overview->markGroupHandled(row, u"Served by the front desk"_s);
        QTRY_COMPARE(m_rig->store->problemCounts().needsAttention, 0);
        QCOMPARE(m_rig->store->handling(entry88)->note, u"Served by the front desk"_s);
        QTRY_COMPARE(overview->problemGroups().size(), 0);
        QVERIFY(!overview->fixButton()->isVisible());

        // Hub OS away: the order waits for its background retry (an hour off); Retry now.
        m_rig->settings->setValue(Settings::Key::DeliveryRetrySchedule, QStringList { u"3600"_s });
        m_rig->bridge->reloadSettings();
        m_rig->sandbox->failNext(1000, 503);
        QCOMPARE(post(GuiRig::orderFor(freshOrderId(), u"204"_s)).status, 403);
        QVERIFY(m_rig->store->waitForWrites());
        QTRY_COMPARE(m_rig->store->problemCounts().retrying, 1);
        overview->refresh();
        QCOMPARE(overview->problemGroups().size(), 1);
        QVERIFY(overview->problemGroups().first().retrying);
        overview->selectGroup(0);
        QCOMPARE(overview->fixButton()->text(), u"Retry now"_s);
        QVERIFY(!overview->groupHandledButton()->isVisible());
        QVERIFY(overview->grab().save(GuiRig::shotPath(u"overview-retry-now"_s)));
        m_rig->sandbox->failNext(0);
        QTest::mouseClick(overview->fixButton(), Qt::LeftButton);
        QTRY_COMPARE(m_rig->store->problemCounts().retrying, 0);
        QTRY_COMPARE(overview->problemGroups().size(), 0);

        // An order Duve sent without its room: nothing to fix here; its orders in the history.
        QCOMPARE(post(GuiRig::orderFor(freshOrderId(), QString())).status, 403); // invalid body
        QVERIFY(m_rig->store->waitForWrites());
        overview->refresh();
        row = rowOf(Reason::Code::MissingOrderData);
        QVERIFY(row >= 0);
        const qint64 incomplete = overview->problemGroups().at(row).orders.value(0).id;
        overview->selectGroup(row);
        QCOMPARE(overview->fixButton()->text(), u"Show in History"_s);
        QVERIFY(overview->groupHandledButton()->isVisible());
        QTest::mouseClick(overview->fixButton(), Qt::LeftButton);
        QCOMPARE(window.currentPage(), int(MainWindow::HistoryPageIndex));
        HistoryPage *history = window.historyPage();
        QVERIFY(history->currentFilter().newestOfEachOrder);
        QCOMPARE(history->currentFilter().outcomes, problemOutcomes());
        QTRY_COMPARE(history->selectedId(), incomplete);
        QVERIFY(history->model()->rowCount() >= 1);
        for (int i = 0; i < history->model()->rowCount(); ++i)
            QVERIFY(problemOutcomes().contains(history->model()->rowAt(i).outcome));

        // Duve sending old credentials: the fix is in Settings.
        auto old = TestSupport::testCredentials();
        old.hotelId = u"last-years-hotel"_s;
        for (int i = 0; i < Problems::kCredentialBurst; ++i)
            QCOMPARE(TestSupport::send(m_nam, "POST", m_rig->bridge->webhookUrl(),
                         GuiRig::orderFor(freshOrderId(), u"101"_s), TestSupport::duveHeaders(old))
                         .status,
                400);
        QVERIFY(m_rig->store->waitForWrites());
        window.setPage(MainWindow::OverviewPageIndex);
        overview->refresh();
        row = rowOf(Reason::Code::DuveCredentials);
        QCOMPARE(row, 0); // on top
        overview->selectGroup(row);
        QCOMPARE(overview->fixButton()->text(), u"Open Settings"_s);
        QVERIFY(!overview->groupHandledButton()->isVisible()); // requests, not orders
        QTest::mouseClick(overview->fixButton(), Qt::LeftButton);
        QCOMPARE(window.currentPage(), int(MainWindow::SettingsPageIndex));
    }

    void trayPausesTheListener()
    {
        QVERIFY(m_rig->control->startListener());
        MainWindow window(m_rig->control.get());
        TrayIcon *tray = window.trayIcon();
        QCOMPARE(tray->state(), TrayIcon::State::Ok);
        // Pausing asks first (issue 15, item 8); Cancel keeps the listener.
        tray->pauseAction()->trigger();
        QMessageBox *ask = question(&window);
        QVERIFY(ask);
        QVERIFY(m_rig->bridge->isListening());
        QVERIFY(!tray->pauseAction()->isChecked());
        clickButton(ask, u"Cancel"_s);
        QVERIFY(m_rig->bridge->isListening());
        tray->pauseAction()->trigger();
        ask = question(&window);
        QVERIFY(ask);
        clickButton(ask, u"Stop listener"_s);
        QTRY_VERIFY(!m_rig->bridge->isListening());
        QCOMPARE(tray->state(), TrayIcon::State::Paused);
        QVERIFY(tray->toolTip().contains(u"stopped"_s));
        // Not only a grey icon and a red chip: the banner says so too.
        QVERIFY2(window.bannerText().contains(u"Duve's orders are refused"_s),
            qPrintable(window.bannerText()));
        tray->pauseAction()->trigger(); // resuming asks nothing
        QVERIFY(m_rig->bridge->isListening());
        QCOMPARE(tray->state(), TrayIcon::State::Ok);
        QVERIFY(window.bannerText().isEmpty());
        QVERIFY(TrayIcon::colorFor(TrayIcon::State::Ok)
            != TrayIcon::colorFor(TrayIcon::State::Problem));

        // For the user guide: the tray menu, and the icon in each state (ok, waiting, problem,
        // paused).
        QMenu *menu = tray->contextMenu();
        menu->popup(QPoint(20, 20));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        QVERIFY(menu->grab().save(GuiRig::shotPath(u"tray-menu"_s)));
        menu->hide();
        const TrayIcon::State states[] = { TrayIcon::State::Ok, TrayIcon::State::Waiting,
            TrayIcon::State::Problem, TrayIcon::State::Paused };
        QImage strip(4 * 56 - 8, 48, QImage::Format_ARGB32_Premultiplied);
        strip.fill(Qt::transparent);
        QPainter painter(&strip);
        for (int i = 0; i < 4; ++i)
            painter.drawPixmap(
                i * 56, 0, Icons::app(TrayIcon::colorFor(states[i])).pixmap(QSize(48, 48)));
        painter.end();
        QVERIFY(strip.save(GuiRig::shotPath(u"tray-icons"_s)));
    }

    // Issue 15, item 8: tray Quit and Ctrl+Q say that Duve's orders will be refused and ask;
    // Cancel is the default.
    void quitAsksWhileOrdersAreReceived()
    {
        QVERIFY(m_rig->control->startListener());
        MainWindow window(m_rig->control.get());
        window.resize(1024, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.trayIcon()->quitAction()->trigger();
        QMessageBox *ask = question(&window);
        QVERIFY(ask);
        QVERIFY2(ask->text().contains(u"Duve's orders will be refused until it runs again"_s),
            qPrintable(ask->text()));
        QCOMPARE(ask->defaultButton(), ask->button(QMessageBox::Cancel));
        QVERIFY(ask->grab().save(GuiRig::shotPath(u"quit-question"_s)));
        QTest::keyClick(ask, Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<QMessageBox *>());
        QVERIFY(window.isVisible());
        QVERIFY(m_rig->bridge->isListening());

        // The window's Quit (QKeySequence::Quit: Ctrl+Q on Linux; the offscreen platform has no
        // key for it, so the action is triggered).
        QAction *quitAction = nullptr;
        for (QAction *action : window.actions()) {
            if (action->text() == u"Quit")
                quitAction = action;
        }
        QVERIFY(quitAction);
        quitAction->trigger();
        ask = question(&window);
        QVERIFY(ask);
        QTest::keyClick(ask, Qt::Key_Return); // the default: Cancel
        QTRY_VERIFY(!window.findChild<QMessageBox *>());
        QVERIFY(window.isVisible());

        window.trayIcon()->quitAction()->trigger();
        ask = question(&window);
        QVERIFY(ask);
        clickButton(ask, u"Quit"_s);
        QTRY_VERIFY(!window.isVisible());
        QVERIFY(!m_rig->settings->value(Settings::Key::UiGeometry).toByteArray().isEmpty());
    }

    void quitWithTheListenerStoppedDoesNotAsk()
    {
        MainWindow window(m_rig->control.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!m_rig->bridge->isListening());
        window.trayIcon()->quitAction()->trigger();
        QTRY_VERIFY(!window.isVisible());
        QVERIFY(!window.findChild<QMessageBox *>());
    }

    // The pages changed for issue 15 at the front desk's screen sizes, and in Hebrew (laid out
    // from the right), for a person to look at: build/screenshots/frontdesk-*.png.
    void screenshotsAtFrontDeskSizes_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        QTest::newRow("1366x768") << QSize(1366, 768) << u"en"_s;
        QTest::newRow("1024x600") << QSize(1024, 600) << u"en"_s;
        QTest::newRow("1024x600 he") << QSize(1024, 600) << u"he"_s;
        // The smallest the window goes (its minimum size).
        QTest::newRow("900x540") << QSize(900, 540) << u"en"_s;
        QTest::newRow("900x540 he") << QSize(900, 540) << u"he"_s;
    }

    // Every button of `page` shows whole: inside the page and not squeezed below its text.
    static bool buttonsWhole(QWidget *page, QString *which)
    {
        for (QPushButton *button : page->findChildren<QPushButton *>()) {
            if (!button->isVisibleTo(page) || button->window() != page->window())
                continue;
            const QRect at(button->mapTo(page, QPoint(0, 0)), button->size());
            if (!page->rect().contains(at) || button->width() < button->sizeHint().width()) {
                *which = u"\"%1\" at %2,%3 %4x%5 (wants %6 px) in %7 px"_s.arg(button->text())
                             .arg(at.x())
                             .arg(at.y())
                             .arg(at.width())
                             .arg(at.height())
                             .arg(button->sizeHint().width())
                             .arg(page->width());
                return false;
            }
        }
        return true;
    }

    void screenshotsAtFrontDeskSizes()
    {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        Gui::installTranslations(language);
        QVERIFY(m_rig->control->startListener());
        m_rig->store->saveRoomMapping({ u"Room 12"_s, u"012"_s });
        QVERIFY(m_rig->store->waitForWrites());
        MainWindow window(m_rig->control.get());
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString tag = u"frontdesk-%1x%2%3"_s.arg(size.width())
                                .arg(size.height())
                                .arg(language == u"en" ? QString() : u'-' + language);
        window.setPage(MainWindow::MappingsPageIndex);
        window.mappingsPage()->showRow(u"26"_s);
        QTest::qWait(100);
        QVERIFY(window.grab().save(GuiRig::shotPath(tag + u"-mappings"_s)));
        QString clipped;
        QVERIFY2(buttonsWhole(window.mappingsPage(), &clipped), qPrintable(clipped));
        // The Overview with causes of problems and their fixes.
        QCOMPARE(post(GuiRig::orderFor(freshOrderId(), u"Room 12"_s, u"77"_s)).status, 400);
        QCOMPARE(post(GuiRig::orderFor(freshOrderId(), u"999"_s)).status, 400);
        QVERIFY(m_rig->store->waitForWrites());
        window.setPage(MainWindow::OverviewPageIndex);
        window.overviewPage()->refresh();
        window.overviewPage()->selectGroup(1);
        QTest::qWait(100);
        QVERIFY(window.grab().save(GuiRig::shotPath(tag + u"-overview-problems"_s)));
        QVERIFY(window.overviewPage()->fixButton()->isVisible());
        QVERIFY2(buttonsWhole(window.overviewPage(), &clipped), qPrintable(clipped));
        window.setPage(MainWindow::SettingsPageIndex);
        SettingsPage *settings = window.settingsPage();
        QTest::mouseClick(settings->showAccessTokenButton(), Qt::LeftButton);
        QTest::qWait(100);
        QVERIFY(window.grab().save(GuiRig::shotPath(tag + u"-settings-top"_s)));
        auto *scroll = settings->findChild<QScrollArea *>();
        QVERIFY(scroll);
        scroll->ensureWidgetVisible(settings->copyForDuveButton(), 50, 200);
        QTest::qWait(100);
        QVERIFY(window.grab().save(GuiRig::shotPath(tag + u"-settings-listener"_s)));
        QTest::mouseClick(settings->payloadToggle(), Qt::LeftButton);
        scroll->ensureWidgetVisible(settings->payloadToggle(), 50, 50);
        QTest::qWait(100);
        QVERIFY(window.grab().save(GuiRig::shotPath(tag + u"-settings-fields"_s)));
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QTest::qWait(100);
        QVERIFY(window.grab().save(GuiRig::shotPath(tag + u"-settings-bottom"_s)));
        if (language == u"he")
            QCOMPARE(settings->layoutDirection(), Qt::RightToLeft);
        // Leaving the page hid the token again.
        window.setPage(MainWindow::OverviewPageIndex);
        QCOMPARE(settings->accessTokenEdit()->echoMode(), QLineEdit::Password);
        Gui::installTranslations(u"en"_s);
    }

    // Help > About Hubbridge: version and licence, the licence's full text under Details;
    // About Qt next to it. The boxes are modal: a timer reads and closes them.
    void aboutBoxNamesVersionAndLicence()
    {
        MainWindow window(m_rig->control.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *about = window.findChild<QAction *>(u"aboutAction"_s);
        auto *aboutQt = window.findChild<QAction *>(u"aboutQtAction"_s);
        QVERIFY(about && aboutQt);

        QString title;
        QString text;
        QString details;
        QImage shot; // the About box, for the user guide
        int closed = 0;
        QTimer closer;
        closer.setInterval(20);
        connect(&closer, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            title = box->windowTitle();
            text = box->text();
            details = box->detailedText();
            if (closed == 0)
                shot = box->grab().toImage();
            if (QAbstractButton *ok = box->button(QMessageBox::Ok))
                ok->click();
            else
                box->reject();
            ++closed;
        });
        closer.start();
        about->trigger();
        QCOMPARE(closed, 1);
        QCOMPARE(title, u"About Hubbridge"_s);
        QVERIFY2(text.contains(u"GNU General Public License"_s), qPrintable(text));
        QVERIFY2(text.contains(u"version 3 or later"_s), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(HUBBRIDGE_VERSION)), qPrintable(text));
        QVERIFY(details.contains(u"GNU GENERAL PUBLIC LICENSE"_s));
        QVERIFY(details.contains(u"Version 3, 29 June 2007"_s));
        QVERIFY(shot.save(GuiRig::shotPath(u"about-box"_s)));

        aboutQt->trigger();
        closer.stop();
        QCOMPARE(closed, 2);
        QVERIFY2(title.contains(u"Qt"_s), qPrintable(title));
    }

    // For the user guide (1280×800, English) and for looking at the front-desk sizes the issue
    // names: 1366×768 and 1024×600, light and dark, English and Hebrew (right to left).
    void screenshotsOfEveryPage_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        QTest::newRow("light") << false << QSize(1280, 800) << u"en"_s;
        QTest::newRow("dark") << true << QSize(1280, 800) << u"en"_s;
        for (const QSize size : { QSize(1366, 768), QSize(1024, 600) }) {
            for (const QString &language : { u"en"_s, u"he"_s }) {
                for (const bool dark : { false, true }) {
                    const QString name
                        = u"%1-%2-%3x%4"_s.arg(language, dark ? u"dark"_s : u"light"_s)
                              .arg(size.width())
                              .arg(size.height());
                    QTest::newRow(qPrintable(name)) << dark << size << language;
                }
            }
        }
    }

    void screenshotsOfEveryPage()
    {
        QFETCH(bool, dark);
        QFETCH(QSize, size);
        QFETCH(QString, language);
        if (dark)
            QApplication::setPalette(darkPalette());
        Gui::installTranslations(language);
        const auto english = qScopeGuard([] { Gui::installTranslations(u"en"_s); });
        QVERIFY(m_rig->control->startListener());
        fillHistory();
        m_rig->store->saveRoomMapping({ u"Room 12"_s, u"012"_s });
        QVERIFY(m_rig->store->waitForWrites());
        MainWindow window(m_rig->control.get());
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString suffix = dark ? u"-dark"_s : QString();
        if (size != QSize(1280, 800))
            suffix = u"-%1%2-%3x%4"_s.arg(language, dark ? u"-dark"_s : u"-light"_s)
                         .arg(size.width())
                         .arg(size.height());
        const QStringList names { u"overview"_s, u"history"_s, u"mappings"_s, u"settings"_s };
        for (int page = 0; page < 4; ++page) {
            window.setPage(page);
            if (page == MainWindow::HistoryPageIndex)
                selectRow(window.historyPage()->table(), 0);
            QTest::qWait(100);
            const QImage shot = window.grab().toImage();
            QVERIFY(!shot.isNull());
            QVERIFY(shot.save(GuiRig::shotPath(u"page-"_s + names.at(page) + suffix)));
        }
        // The history's detail pane on the failed order (room 999), its Hub OS attempts shown.
        window.setPage(MainWindow::HistoryPageIndex);
        HistoryPage *history = window.historyPage();
        for (int row = 0; row < history->model()->rowCount(); ++row) {
            if (history->model()->rowAt(row).outcome == Outcome::Failed)
                selectRow(history->table(), row);
        }
        if (auto *tabs = history->detail()->findChild<QTabWidget *>())
            tabs->setCurrentIndex(1);
        QTest::qWait(100);
        QVERIFY(window.grab().save(GuiRig::shotPath(u"history-failed-attempts"_s + suffix)));

        if (language != u"en"_s)
            return; // the dialog pictures are for the guide
        window.setPage(MainWindow::MappingsPageIndex);
        window.mappingsPage()->table()->selectRow(3);
        MappingDialog *dialog = window.mappingsPage()->editSelected();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->grab().save(GuiRig::shotPath(u"mapping-dialog"_s + suffix)));
        dialog->externalIdEdit()->setText(u"12a"_s);
        dialog->accept();
        QVERIFY(!dialog->errorText().isEmpty());
        QVERIFY(dialog->grab().save(GuiRig::shotPath(u"mapping-dialog-error"_s + suffix)));
        dialog->reject();
    }
};

QTEST_MAIN(TestGuiMainWindow)
#include "tst_gui_mainwindow.moc"
