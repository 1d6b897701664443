// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The mappings page: add, edit and delete through the form (and see it in the database and in
// the next order's Hub OS task), the form's messages, search, CSV import/export with the line of
// every bad row, reset to the defaults, and room names.
#include "core/config/settings.h"
#include "core/delivery/bridge.h"
#include "core/hubos/hubossandbox.h"
#include "core/service/runtime.h"
#include "core/store/historystore.h"
#include "guirig.h"
#include "testsupport.h"
#include "ui/mappings/mappingdialog.h"
#include "ui/mappings/mappingspage.h"
#include "ui/mappings/roomsmapping.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestGuiMappings : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiRig> m_rig;
    QNetworkAccessManager m_nam;
    int m_orders = 0;

    TestSupport::Reply postOrder(const QString &externalId, const QString &room = u"204"_s)
    {
        QJsonObject root = QJsonDocument::fromJson(
            TestSupport::withOrderId(TestSupport::sample(u"orderCreated.custom-service.json"_s),
                u"map-%1-%2"_s.arg(QDateTime::currentMSecsSinceEpoch()).arg(++m_orders)))
                               .object();
        QJsonObject resource = root.value(u"resource"_s).toObject();
        QJsonObject product = resource.value(u"product"_s).toObject();
        product.insert(u"externalId"_s, externalId);
        resource.insert(u"product"_s, product);
        resource.insert(u"roomNumber"_s, room);
        root.insert(u"resource"_s, resource);
        return TestSupport::send(m_nam, "POST", m_rig->bridge->webhookUrl(),
            QJsonDocument(root).toJson(QJsonDocument::Compact),
            TestSupport::duveHeaders(TestSupport::testCredentials()));
    }

    QJsonObject lastTask() const
    {
        const QList<HubOsSandbox::Task> tasks = m_rig->sandbox->tasks();
        return tasks.isEmpty() ? QJsonObject() : tasks.last().body;
    }

    static bool selectId(MappingsPage &page, const QString &id)
    {
        QAbstractItemModel *model = page.table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == id) {
                page.table()->selectRow(row);
                return true;
            }
        }
        return false;
    }

    static void clickSave(QDialog *dialog)
    {
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    }

    static void clickButton(QMessageBox *box, const QString &text)
    {
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == text) {
                QTest::mouseClick(button, Qt::LeftButton);
                return;
            }
        }
        QFAIL(qPrintable(u"no button "_s + text));
    }

private Q_SLOTS:
    void initTestCase() { GuiRig::credentialsFromEnvironment(); }

    void init()
    {
        m_rig = std::make_unique<GuiRig>();
        GuiRig::Options options;
        options.extraRooms = { u"112"_s };
        QString why;
        QVERIFY2(m_rig->build(options, &why), qPrintable(why));
        QVERIFY(m_rig->control->startListener());
    }

    void cleanup() { m_rig.reset(); }

    void addEditDeleteThroughTheForm()
    {
        MappingsPage page(m_rig->control.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.visibleRowCount(), 25);
        QCOMPARE(postOrder(u"40"_s).status, 400); // not mapped yet

        // Add 40 -> Install baby cot.
        QSignalSpy saved(&page, &MappingsPage::saved);
        MappingDialog *dialog = page.addMapping();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::keyClicks(dialog->externalIdEdit(), u"40"_s);
        QComboBox *type = dialog->taskTypeBox();
        type->setCurrentIndex(type->findData(8));
        QCOMPARE(dialog->labelEdit()->text(), u"Install baby cot"_s); // suggested
        dialog->labelEdit()->clear();
        QTest::keyClicks(dialog->labelEdit(), u"Baby cot"_s);
        clickSave(dialog);
        QTRY_COMPARE(saved.count(), 1);
        const std::optional<MappingRow> added = m_rig->store->mapping(u"40"_s);
        QVERIFY(added);
        QCOMPARE(added->hubOsTaskTypeId, 8);
        QCOMPARE(added->label, u"Baby cot"_s);
        QTRY_COMPARE(page.visibleRowCount(), 26);
        QVERIFY(page.noticeText().contains(u"next order"_s));
        QCOMPARE(postOrder(u"40"_s).status, 200);
        QCOMPARE(lastTask().value(u"taskTypeId"_s).toInt(), 8);

        // Edit it to Turndown service, through the keyboard (Enter on the row opens the form).
        QVERIFY(selectId(page, u"40"_s));
        page.table()->setFocus();
        QTest::keyClick(page.table(), Qt::Key_Return);
        dialog = page.findChild<MappingDialog *>();
        QTRY_VERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->externalIdEdit()->text(), u"40"_s);
        dialog->taskTypeBox()->setCurrentIndex(dialog->taskTypeBox()->findData(12));
        clickSave(dialog);
        QTRY_COMPARE(saved.count(), 2);
        QCOMPARE(m_rig->store->mapping(u"40"_s)->hubOsTaskTypeId, 12);
        QCOMPARE(postOrder(u"40"_s).status, 200);
        QCOMPARE(lastTask().value(u"taskTypeId"_s).toInt(), 12);

        // Delete it, after a confirmation.
        QTRY_VERIFY(selectId(page, u"40"_s));
        page.deleteSelected();
        auto *ask = page.findChild<QMessageBox *>();
        QVERIFY(ask);
        QVERIFY(ask->text().contains(u"40"_s));
        clickButton(ask, u"Delete"_s);
        QTRY_COMPARE(saved.count(), 3);
        QVERIFY(!m_rig->store->mapping(u"40"_s));
        QTRY_COMPARE(page.visibleRowCount(), 25);
        const TestSupport::Reply refused = postOrder(u"40"_s);
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.body.contains("40"));
    }

    void theFormExplainsWhatIsWrong()
    {
        MappingsPage page(m_rig->control.get());
        page.show();
        MappingDialog *dialog = page.addMapping();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        clickSave(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorText().contains(u"Enter the Duve external ID"_s));
        QTest::keyClicks(dialog->externalIdEdit(), u"towels"_s);
        clickSave(dialog);
        QVERIFY(dialog->errorText().contains(u"whole number"_s));
        dialog->externalIdEdit()->setText(u"4"_s);
        dialog->taskTypeBox()->setCurrentIndex(0);
        clickSave(dialog);
        QVERIFY2(
            dialog->errorText().contains(u"already mapped"_s), qPrintable(dialog->errorText()));
        QVERIFY(dialog->errorText().contains(u"Serve towels"_s));
        dialog->externalIdEdit()->setText(u"004"_s); // the same ID, as Duve compares them
        clickSave(dialog);
        QVERIFY(dialog->errorText().contains(u"already mapped"_s));
        dialog->externalIdEdit()->setText(u"99"_s);
        QVERIFY(dialog->errorText().isEmpty()); // fixed: the message goes away
        QSignalSpy saved(&page, &MappingsPage::saved);
        clickSave(dialog);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(m_rig->store->mapping(u"99"_s)->hubOsTaskTypeId, 2);
    }

    void searchNarrowsTheTable()
    {
        MappingsPage page(m_rig->control.get());
        page.show();
        QTest::keyClicks(page.searchBox(), u"towel"_s);
        QCOMPARE(page.visibleRowCount(), 1);
        page.searchBox()->clear();
        QTest::keyClicks(page.searchBox(), u"bed"_s);
        QCOMPARE(page.visibleRowCount(), 4); // bed sheets, extra bed, zip beds, separate beds
        page.searchBox()->clear();
        QCOMPARE(page.visibleRowCount(), 25);
    }

    void importExportAndReset()
    {
        MappingsPage page(m_rig->control.get());
        page.show();
        QTemporaryDir files;
        const QString bad = files.filePath(u"bad.csv"_s);
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write(
            "duve_external_id,hubos_task_type_id,label\n4,4,Towels\nx,3,Oops\n5,-2,Neg\n");
        badFile.close();
        QVERIFY(!page.importFrom(bad));
        auto *report = page.findChild<QMessageBox *>();
        QVERIFY(report);
        QVERIFY2(
            report->informativeText().contains(u"line 3"_s), qPrintable(report->informativeText()));
        QVERIFY(report->informativeText().contains(u"line 4"_s));
        QVERIFY(report->text().contains(u"Nothing was imported"_s));
        report->accept();
        QCOMPARE(m_rig->store->mappings().size(), 25);

        const QString good = files.filePath(u"good.csv"_s);
        QFile goodFile(good);
        QVERIFY(goodFile.open(QIODevice::WriteOnly));
        goodFile.write("duve_external_id,hubos_task_type_id,label,enabled\n4,4,Towels,true\n"
                       "31,8,Cot,true\n32,3,Clean,false\n");
        goodFile.close();
        QSignalSpy saved(&page, &MappingsPage::saved);
        QVERIFY(page.importFrom(good));
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(m_rig->store->mappings().size(), 3);
        QTRY_COMPARE(page.visibleRowCount(), 3);
        QVERIFY(!m_rig->store->mapping(u"32"_s)->enabled);

        const QString exported = files.filePath(u"out.csv"_s);
        QVERIFY(page.exportTo(exported));
        QFile out(exported);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll(), Mapping::toCsv(m_rig->store->mappings()));

        page.resetToDefaults();
        auto *ask = page.findChild<QMessageBox *>();
        QVERIFY(ask);
        QVERIFY(ask->text().contains(u"25 default"_s));
        clickButton(ask, u"Reset"_s);
        QTRY_COMPARE(saved.count(), 2);
        QCOMPARE(m_rig->store->mappings(), MappingRow::defaults());
        QTRY_COMPARE(page.visibleRowCount(), 25);
    }

    void roomNamesMapToHubOsRooms()
    {
        MappingsPage page(m_rig->control.get());
        page.show();
        RoomsMapping *rooms = page.rooms();
        QSignalSpy saved(rooms, &RoomsMapping::saved);
        QDialog *form = rooms->addRoom();
        QVERIFY(QTest::qWaitForWindowExposed(form));
        QTest::keyClicks(form->findChild<QLineEdit *>(u"duveRoom"_s), u"Room 12"_s);
        clickSave(form); // the Hub OS room is missing
        QVERIFY(form->isVisible());
        QTest::keyClicks(form->findChild<QLineEdit *>(u"hubOsRoom"_s), u"112"_s);
        clickSave(form);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(m_rig->store->hubOsRoomFor(u"Room 12"_s), u"112"_s);
        QTRY_COMPARE(rooms->table()->model()->rowCount(), 1);
        QCOMPARE(postOrder(u"4"_s, u"Room 12"_s).status, 200);
        QCOMPARE(lastTask().value(u"room"_s).toString(), u"112"_s);

        rooms->table()->selectRow(0);
        rooms->deleteSelected();
        auto *ask = rooms->findChild<QMessageBox *>();
        QVERIFY(ask);
        clickButton(ask, u"Delete"_s);
        QTRY_COMPARE(saved.count(), 2);
        QVERIFY(m_rig->store->roomMappings().isEmpty());
    }
};

QTEST_MAIN(TestGuiMappings)
#include "tst_gui_mappings.moc"
