// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The history page: lazy keyset paging, filters and search through the real widgets, live
// rows that keep the selection and scroll position, the detail pane, resend against the
// sandbox, and exports.
#include "core/config/settings.h"
#include "core/delivery/bridge.h"
#include "core/hubos/hubossandbox.h"
#include "core/service/runtime.h"
#include "core/store/historystore.h"
#include "guirig.h"
#include "testsupport.h"
#include "ui/history/historydetail.h"
#include "ui/history/historymodel.h"
#include "ui/history/historypage.h"
#include "ui/widgets/outcomechip.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestGuiHistory : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiRig> m_rig;
    QNetworkAccessManager m_nam;
    int m_orders = 0;

    void insert(int count, Outcome outcome = Outcome::Created, const QString &guest = u"Ann Lee"_s,
        const QString &room = u"101"_s, const QByteArray &body = "{}")
    {
        for (int i = 0; i < count; ++i) {
            HistoryEntry e;
            e.receivedAt = QDateTime::currentDateTimeUtc();
            e.remoteAddress = u"127.0.0.1"_s;
            e.method = u"POST"_s;
            e.path = u"/webhooks/duve"_s;
            e.event = u"orderCreated"_s;
            e.orderKey = u"order-%1"_s.arg(++m_orders);
            e.orderNumber = QString::number(20000 + m_orders);
            e.room = room;
            e.guest = guest;
            e.service = u"Towel service"_s;
            e.body = body;
            e.bodySize = body.size();
            e.outcome = outcome;
            e.httpStatus = outcome == Outcome::Created ? 200 : 500;
            m_rig->store->insertEntry(e, {});
        }
        QVERIFY(m_rig->store->waitForWrites());
    }

    QByteArray order(const QString &room = u"204"_s)
    {
        return TestSupport::withOrderId(TestSupport::sample(u"orderCreated.custom-service.json"_s),
            u"hist-%1-%2"_s.arg(QDateTime::currentMSecsSinceEpoch()).arg(++m_orders))
            .replace(QByteArray("\"204\""), QByteArray("\"" + room.toUtf8() + "\""));
    }

    TestSupport::Reply post(const QByteArray &body)
    {
        return TestSupport::send(m_nam, "POST", m_rig->bridge->webhookUrl(), body,
            TestSupport::duveHeaders(TestSupport::testCredentials()));
    }

    static void selectCombo(QComboBox *box, const QString &text)
    {
        const int index = box->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        box->setFocus();
        box->setCurrentIndex(index);
    }

private Q_SLOTS:
    void initTestCase() { GuiRig::credentialsFromEnvironment(); }

    void init()
    {
        m_rig = std::make_unique<GuiRig>();
        QString why;
        QVERIFY2(m_rig->build({}, &why), qPrintable(why));
        QVERIFY(m_rig->control->startListener());
    }

    void cleanup() { m_rig.reset(); }

    void modelFetchesPagesLazily()
    {
        insert(450);
        HistoryModel model(m_rig->store);
        QCOMPARE(model.rowCount(), HistoryModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.idAt(0), m_rig->store->page(HistoryFilter(), 0, 1).first().id);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 400);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        // Newest first, strictly.
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.idAt(row) < model.idAt(row - 1));
        QCOMPARE(model.index(0, HistoryModel::EventColumn).data().toString(), u"Order created"_s);
        QCOMPARE(
            OutcomeChip::outcomeAt(model.index(0, HistoryModel::OutcomeColumn)), Outcome::Created);
    }

    void filterAndSearchThroughWidgets()
    {
        insert(30, Outcome::Created, u"Ann Lee"_s, u"101"_s);
        insert(4, Outcome::Failed, u"Marta Kowalska"_s, u"305"_s,
            R"({"note":"extra pillows please"})");
        insert(2, Outcome::Pending, u"Marta Kowalska"_s, u"306"_s);
        HistoryPage page(m_rig->control.get());
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE(page.totalCount(), 36);

        QTest::keyClicks(page.searchBox(), u"kowal"_s);
        QTRY_COMPARE(page.model()->rowCount(), 6);
        QTRY_COMPARE(page.totalCount(), 6);

        auto *outcome = page.findChildren<QComboBox *>().at(1);
        QCOMPARE(outcome->accessibleName(), u"Outcome"_s);
        selectCombo(outcome, u"Failed"_s);
        QTRY_COMPARE(page.model()->rowCount(), 4);
        QTRY_COMPARE(page.totalCount(), 4);
        for (int row = 0; row < 4; ++row)
            QCOMPARE(page.model()->rowAt(row).outcome, Outcome::Failed);

        // The payload is searched too.
        page.searchBox()->clear();
        QTest::keyClicks(page.searchBox(), u"pillows"_s);
        QTRY_COMPARE(page.model()->rowCount(), 4);
        selectCombo(outcome, u"Created"_s);
        QTRY_COMPARE(page.model()->rowCount(), 0);
        QTRY_COMPARE(page.totalCount(), 0);

        // A room number, then the period.
        page.clearFilters();
        QTRY_COMPARE(page.totalCount(), 36);
        QTest::keyClicks(page.searchBox(), u"306"_s);
        QTRY_COMPARE(page.model()->rowCount(), 2);
        auto *period = page.findChildren<QComboBox *>().at(0);
        QCOMPARE(period->accessibleName(), u"Period"_s);
        selectCombo(period, u"Today"_s);
        QTRY_COMPARE(page.totalCount(), 2);
        page.clearFilters();
        QTRY_COMPARE(page.model()->rowCount(), 36);
    }

    void staffColumnsFitA1280PixelWindow()
    {
        insert(3, Outcome::Created, u"Ann Lee"_s, u"101"_s);
        // The history page's share of a 1280 x 800 main window (the navigation takes the rest).
        HistoryPage page(m_rig->control.get());
        page.resize(1080, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE(page.model()->rowCount(), 3);
        const QHeaderView *header = page.table()->horizontalHeader();
        const int visible = page.table()->viewport()->width();
        for (const int column : { int(HistoryModel::TimeColumn), int(HistoryModel::RoomColumn),
                 int(HistoryModel::GuestColumn), int(HistoryModel::ServiceColumn),
                 int(HistoryModel::OutcomeColumn), int(HistoryModel::ReasonColumn) }) {
            const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
            QVERIFY2(right <= visible,
                qPrintable(u"column %1 ends at %2 of %3 px"_s.arg(column).arg(right).arg(visible)));
        }
        // Why comes right after the outcome; Duve's technical answer (HTTP) last.
        QCOMPARE(header->visualIndex(HistoryModel::ReasonColumn),
            header->visualIndex(HistoryModel::OutcomeColumn) + 1);
        QCOMPARE(header->visualIndex(HistoryModel::StatusColumn), HistoryModel::ColumnCount - 1);
    }

    // Issue 15, item 7: Tab leaves the table instead of walking its cells; the detail pane folds
    // away so that the table gets the height; one hour of the Overview's chart is a period.
    void tableTabDetailsAndOneHour()
    {
        insert(3);
        HistoryPage page(m_rig->control.get());
        page.resize(1024, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE(page.model()->rowCount(), 3);

        page.table()->setFocus();
        page.table()->setCurrentIndex(page.model()->index(0, 0));
        QTRY_VERIFY(page.table()->hasFocus());
        QTest::keyClick(page.table(), Qt::Key_Tab);
        QVERIFY2(!page.table()->hasFocus(), "Tab stayed in the table");

        QVERIFY(page.detailsShown());
        const int tableHeight = page.table()->height();
        QPushButton *details = nullptr;
        for (QPushButton *button : page.findChildren<QPushButton *>()) {
            if (button->accessibleName() == u"Show the detail pane")
                details = button;
        }
        QVERIFY(details);
        QTest::mouseClick(details, Qt::LeftButton);
        QVERIFY(!page.detailsShown());
        QTRY_VERIFY(page.table()->height() > tableHeight + 100);
        QTest::mouseClick(details, Qt::LeftButton);
        QVERIFY(page.detailsShown());

        const QDateTime now = QDateTime::currentDateTime();
        const QDateTime thisHour(now.date(), QTime(now.time().hour(), 0));
        page.showHour(thisHour);
        QTRY_COMPARE(page.model()->rowCount(), 3);
        QCOMPARE(page.currentFilter().from, thisHour);
        QCOMPARE(page.currentFilter().to, thisHour.addSecs(3600));
        page.showHour(thisHour.addSecs(-3600 * 5));
        QTRY_COMPARE(page.model()->rowCount(), 0);
    }

    void liveRowsKeepSelectionAndScroll()
    {
        insert(300);
        HistoryPage page(m_rig->control.get());
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *table = page.table();

        // At the top, new entries show at the top.
        insert(1);
        QTRY_COMPARE(page.model()->idAt(0), m_rig->store->page(HistoryFilter(), 0, 1).first().id);
        QCOMPARE(table->verticalScrollBar()->value(), 0);

        // Scrolled away with a selection: both stay put.
        table->selectRow(40);
        const qint64 selected = page.selectedId();
        table->verticalScrollBar()->setValue(table->verticalHeader()->defaultSectionSize() * 30);
        const int topRowBefore = table->rowAt(0);
        const qint64 topIdBefore = page.model()->idAt(topRowBefore);
        const int rowsBefore = page.model()->rowCount();
        insert(3);
        QTRY_COMPARE(page.model()->rowCount(), rowsBefore + 3);
        QCOMPARE(page.selectedId(), selected);
        QCOMPARE(page.detail()->entryId(), selected);
        QTest::qWait(20);
        QCOMPARE(page.model()->idAt(table->rowAt(0)), topIdBefore);
        QTRY_COMPARE(page.totalCount(), 304);
    }

    void detailShowsRequestAttemptsAndAnswer()
    {
        QCOMPARE(post(order()).status, 200);
        QVERIFY(m_rig->store->waitForWrites());
        HistoryPage page(m_rig->control.get());
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 1);
        page.table()->selectRow(0);
        const HistoryDetail *detail = page.detail();
        const HubOsCredentials c = TestSupport::testCredentials();
        QVERIFY(detail->requestText().contains(u"custom_access_token: ***"_s));
        QVERIFY(detail->requestText().contains(u"\"roomNumber\": \"204\""_s));
        QVERIFY(!detail->requestText().contains(c.accessToken));
        QVERIFY(!detail->requestText().contains(c.passwordToken));
        QVERIFY(detail->attemptsText().contains(u"HTTP 201"_s));
        QVERIFY(detail->attemptsText().contains(u" ms"_s));
        QVERIFY(!detail->attemptsText().contains(c.accessToken));
        QVERIFY(detail->answerText().contains(u"HTTP 200"_s));
        QVERIFY(detail->answerText().contains(u"\"taskId\""_s));
    }

    void resendFailedEntryAgainstSandbox()
    {
        m_rig->sandbox->setRejectCredentials(true); // Hub OS refuses: the order fails
        QCOMPARE(post(order()).status, 400);
        QVERIFY(m_rig->store->waitForWrites());
        HistoryPage page(m_rig->control.get());
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->rowAt(0).outcome, Outcome::Failed);
        QCOMPARE(m_rig->sandbox->createdTaskCount(), 0);

        m_rig->sandbox->setRejectCredentials(false);
        page.table()->selectRow(0);
        auto *resend = page.findChild<QPushButton *>();
        for (QPushButton *button : page.findChildren<QPushButton *>()) {
            if (button->accessibleName() == u"Resend the selected entry")
                resend = button;
        }
        QVERIFY(resend->isEnabled());
        QSignalSpy done(&page, &HistoryPage::resendFinished);
        QTest::mouseClick(resend, Qt::LeftButton);
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(done.first().at(1).toBool(), true);
        QCOMPARE(done.first().at(2).value<Outcome>(), Outcome::Created);
        QCOMPARE(m_rig->sandbox->createdTaskCount(), 1);
        // The resend is a new entry; it appears live on top.
        QTRY_COMPARE(page.model()->rowCount(), 2);
        QTRY_COMPARE(page.model()->rowAt(0).outcome, Outcome::Created);
    }

    void resendAllMatchingStatesTheCount()
    {
        m_rig->sandbox->setRejectCredentials(true);
        QCOMPARE(post(order(u"101"_s)).status, 400);
        QCOMPARE(post(order(u"102"_s)).status, 400);
        m_rig->sandbox->setRejectCredentials(false);
        QCOMPARE(post(order(u"103"_s)).status, 200);
        QVERIFY(m_rig->store->waitForWrites());
        HistoryPage page(m_rig->control.get());
        page.show();
        selectCombo(page.findChildren<QComboBox *>().at(1), u"Failed"_s);
        QTRY_COMPARE(page.model()->rowCount(), 2);
        page.resendAllMatching();
        QMessageBox *ask = page.findChild<QMessageBox *>();
        QVERIFY(ask);
        QTRY_VERIFY(ask->isVisible());
        // For the user guide.
        const QString shots = qEnvironmentVariable("SCREENSHOT_DIR", QDir::tempPath());
        QDir().mkpath(shots);
        QVERIFY(ask->grab().save(shots + u"/history-resend-confirm.png"_s));
        QVERIFY2(ask->text().contains(u"Send 2 order(s)"_s), qPrintable(ask->text()));
        QPushButton *go = nullptr;
        for (QAbstractButton *button : ask->buttons()) {
            if (button->text() == u"Resend 2")
                go = qobject_cast<QPushButton *>(button);
        }
        QVERIFY(go);
        QSignalSpy finished(&page, &HistoryPage::resendAllFinished);
        QTest::mouseClick(go, Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toInt(), 2);
        QCOMPARE(m_rig->sandbox->createdTaskCount(), 3);
    }

    void exportsCsvAndJsonLines()
    {
        insert(620, Outcome::Created, u"Ann, \"the\" Lee"_s);
        insert(5, Outcome::Failed);
        HistoryPage page(m_rig->control.get());
        page.show();
        QTemporaryDir out;
        QSignalSpy finished(&page, &HistoryPage::exportFinished);
        QVERIFY(page.exportTo(out.filePath(u"all.csv"_s), HistoryExporter::Format::Csv));
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.first().at(0).toBool());
        QFile csv(out.filePath(u"all.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.size(), 1 + 625 + 1); // header, rows, empty after the last newline
        QVERIFY(lines.at(0).startsWith("id,received_at,event"));
        QVERIFY(lines.at(10).contains("\"Ann, \"\"the\"\" Lee\""));

        selectCombo(page.findChildren<QComboBox *>().at(1), u"Failed"_s);
        QTRY_COMPARE(page.model()->rowCount(), 5);
        QVERIFY(page.exportTo(out.filePath(u"failed.jsonl"_s), HistoryExporter::Format::JsonLines));
        QTRY_COMPARE(finished.count(), 2);
        QFile jsonl(out.filePath(u"failed.jsonl"_s));
        QVERIFY(jsonl.open(QIODevice::ReadOnly));
        const QList<QByteArray> records = jsonl.readAll().trimmed().split('\n');
        QCOMPARE(records.size(), 5);
        for (const QByteArray &record : records) {
            const QJsonObject json = QJsonDocument::fromJson(record).object();
            QCOMPARE(json.value(u"outcome"_s).toString(), u"failed"_s);
            QVERIFY(json.value(u"id"_s).toInteger() > 0);
        }
    }
};

QTEST_MAIN(TestGuiHistory)
#include "tst_gui_history.moc"
