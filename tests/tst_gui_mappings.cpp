// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The mappings page: add, edit and delete through the form (and see it in the database and in
// the next order's Hub OS task), the form's messages, search, CSV import/export with the line of
// every bad row and a question before anything changes, reset to the defaults, the task types
// Hub OS lists, and room names (with their own CSV).
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
#include "ui/widgets/tasktypes.h"

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
#include <QRegularExpression>
#include <QScrollBar>
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

    static QString writeFile(QTemporaryDir &dir, const QString &name, const QByteArray &content)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

    // The number on the line of `text` that contains `words` ("• 23 in the table but not in the
    // file" -> 23), -1 when there is no such line. Independent of plural forms.
    static int countOn(const QString &text, const QString &words)
    {
        static const QRegularExpression number(u"(\\d+)"_s);
        for (const QString &line : text.split(u'\n')) {
            if (line.contains(words))
                return number.match(line).captured(1).toInt();
        }
        return -1;
    }

    // The question an import asks before it changes anything.
    static QMessageBox *importQuestion(QWidget *page)
    {
        return shownMessageBox(page, u"importQuestion"_s);
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
        QMessageBox *ask = importQuestion(&page);
        QVERIFY(ask);
        clickButton(ask, u"Replace the table"_s);
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
        ask = page.findChild<QMessageBox *>();
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

    // Issue 15, item 6: an import says what it would add, change and remove, and asks whether
    // to replace the table or add and update only. Nothing changes before the answer.
    void importAsksBeforeItChangesAnything()
    {
        MappingsPage page(m_rig->control.get());
        page.resize(1024, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTemporaryDir files;
        // 4 rows: 4 unchanged, 10 with another label, 31 and 32 new; 23 of the 25 are not in it.
        const QString path = writeFile(files, u"four.csv"_s,
            "duve_external_id,hubos_task_type_id,label\n4,4,Serve towels\n"
            "10,10,\"Deep, clean VIP\"\n31,3,Late checkout\n32,8,Cot\n");
        QSignalSpy saved(&page, &MappingsPage::saved);

        // Cancel: nothing changes.
        QVERIFY(page.importFrom(path));
        QMessageBox *ask = importQuestion(&page);
        QVERIFY(ask);
        QVERIFY2(ask->text().startsWith(u"Import 4 mapping"_s), qPrintable(ask->text()));
        QVERIFY(ask->text().contains(u"four.csv"_s));
        const QString counts = ask->informativeText();
        QCOMPARE(countOn(counts, u"added"_s), 2);
        QCOMPARE(countOn(counts, u"changed"_s), 1);
        QCOMPARE(countOn(counts, u"the same as now"_s), 1);
        QCOMPARE(countOn(counts, u"in the table but not in the file"_s), 23);
        QVERIFY(counts.contains(u"Replace the table"_s)); // says what each choice does
        QVERIFY(ask->detailedText().contains(u"Added: 31"_s));
        QVERIFY(ask->detailedText().contains(u"Not in the file: 2"_s));
        QVERIFY(ask->grab().save(GuiRig::shotPath(u"mappings-import-question"_s)));
        clickButton(ask, u"Cancel"_s);
        QTest::qWait(100);
        QCOMPARE(saved.count(), 0);
        QCOMPARE(m_rig->store->mappings(), MappingRow::defaults());

        // Add and update only: the 22 rows stay, 31 and 32 join, 10 gets its label.
        QVERIFY(page.importFrom(path));
        ask = importQuestion(&page);
        QVERIFY(ask);
        QCOMPARE(ask->defaultButton()->text(), u"Add and update only"_s); // Enter is the safe one
        clickButton(ask, u"Add and update only"_s);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(m_rig->store->mappings().size(), 27);
        QCOMPARE(m_rig->store->mapping(u"10"_s)->label, u"Deep, clean VIP"_s);
        QCOMPARE(m_rig->store->mapping(u"31"_s)->hubOsTaskTypeId, 3);
        QVERIFY2(page.noticeText().contains(u"2 added, 1 changed, 0 removed"_s),
            qPrintable(page.noticeText()));
        QCOMPARE(postOrder(u"2"_s).status, 200); // not in the file, still mapped

        // Replace the table: only the file's 4 rows are left.
        QVERIFY(page.importFrom(path));
        ask = importQuestion(&page);
        QVERIFY(ask);
        QCOMPARE(countOn(ask->informativeText(), u"in the table but not in the file"_s), 23);
        clickButton(ask, u"Replace the table"_s);
        QTRY_COMPARE(saved.count(), 2);
        QCOMPARE(m_rig->store->mappings().size(), 4);
        QTRY_COMPARE(page.visibleRowCount(), 4);
        QCOMPARE(postOrder(u"2"_s).status, 400);

        // The same file again: nothing to do, nothing asked.
        QVERIFY(page.importFrom(path));
        QTest::qWait(100);
        QVERIFY(!page.findChild<QMessageBox *>(u"importQuestion"_s));
        QVERIFY(page.noticeText().contains(u"nothing to import"_s));
    }

    // Issue 15, item 6: a label of the person's own stays when the task type changes.
    void editingKeepsACustomLabel()
    {
        m_rig->store->saveMapping({ u"999"_s, 4, u"Towels (new Duve ID)"_s, true });
        QVERIFY(m_rig->store->waitForWrites());
        MappingsPage page(m_rig->control.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(selectId(page, u"999"_s));
        QSignalSpy saved(&page, &MappingsPage::saved);
        MappingDialog *dialog = page.editSelected();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->labelEdit()->text(), u"Towels (new Duve ID)"_s);
        // Serve pillows, chosen with the keyboard: two steps down from Serve towels.
        QComboBox *type = dialog->taskTypeBox();
        type->setFocus();
        QTest::keyClick(type, Qt::Key_Down);
        QTest::keyClick(type, Qt::Key_Down);
        QCOMPARE(type->currentData().toInt(), 6);
        QCOMPARE(dialog->labelEdit()->text(), u"Towels (new Duve ID)"_s);
        QVERIFY(dialog->grab().save(GuiRig::shotPath(u"mapping-dialog-custom-label"_s)));
        clickSave(dialog);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(m_rig->store->mapping(u"999"_s)->hubOsTaskTypeId, 6);
        QCOMPARE(m_rig->store->mapping(u"999"_s)->label, u"Towels (new Duve ID)"_s);

        // An untouched label still follows the type: row 5 is "Check minibar".
        QVERIFY(selectId(page, u"5"_s));
        dialog = page.editSelected();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->taskTypeBox()->setCurrentIndex(dialog->taskTypeBox()->findData(7));
        QCOMPARE(dialog->labelEdit()->text(), u"Serve amenities"_s);
        dialog->reject();
    }

    // Issue 15, item 6: the form and the CSV import accept the same task types: the catalogue
    // and what Hub OS lists (GET /v1/task-types), nothing else.
    void formAndImportAcceptTheSameTaskTypes()
    {
        m_rig->sandbox->setExtraTaskTypes({ { 31, u"Pool towels"_s }, { 40, u"Spa booking"_s } });
        MappingsPage page(m_rig->control.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        TaskTypeDirectory *types = TaskTypeDirectory::of(m_rig->control.get());
        QTRY_VERIFY(types->knows(31));
        QVERIFY(!types->knows(99));

        QSignalSpy saved(&page, &MappingsPage::saved);
        MappingDialog *dialog = page.addMapping();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QComboBox *box = dialog->taskTypeBox();
        QCOMPARE(box->count(), 27);
        QCOMPARE(box->findData(99), -1);
        const int pool = box->findData(31);
        QVERIFY(pool >= 0);
        QCOMPARE(box->itemText(pool), u"Pool towels (type 31)"_s);
        QTest::keyClicks(dialog->externalIdEdit(), u"131"_s);
        box->setCurrentIndex(pool);
        QCOMPARE(dialog->labelEdit()->text(), u"Pool towels"_s);
        clickSave(dialog);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(m_rig->store->mapping(u"131"_s)->hubOsTaskTypeId, 31);
        QCOMPARE(postOrder(u"131"_s).status, 200);
        QCOMPARE(lastTask().value(u"taskTypeId"_s).toInt(), 31);

        // The import: 40 is listed by Hub OS, 99 is not.
        QTemporaryDir files;
        const QString bad = writeFile(files, u"types.csv"_s,
            "duve_external_id,hubos_task_type_id,label\n140,40,Spa\n199,99,Nothing\n");
        QVERIFY(!page.importFrom(bad));
        auto *report = page.findChild<QMessageBox *>();
        QVERIFY(report);
        QVERIFY2(
            report->informativeText().contains(u"line 3"_s), qPrintable(report->informativeText()));
        QVERIFY(report->informativeText().contains(u"99"_s));
        QVERIFY(!report->informativeText().contains(u"line 2"_s));
        report->accept();
        const QString good = writeFile(
            files, u"good.csv"_s, "duve_external_id,hubos_task_type_id,label\n140,40,Spa\n");
        QVERIFY(page.importFrom(good));
        QMessageBox *ask = importQuestion(&page);
        QVERIFY(ask);
        clickButton(ask, u"Add and update only"_s);
        QTRY_COMPARE(saved.count(), 2);
        QCOMPARE(m_rig->store->mapping(u"140"_s)->hubOsTaskTypeId, 40);
        // The table names Hub OS's own types.
        QTRY_VERIFY(selectId(page, u"140"_s));
        const QModelIndex typeCell = page.table()->selectionModel()->selectedRows(1).value(0);
        QCOMPARE(typeCell.data().toString(), u"Spa booking (type 40)"_s);
    }

    // Issue 15, item 6: a new row is selected and scrolled into view.
    void theNewRowIsSelectedAndShown()
    {
        MappingsPage page(m_rig->control.get());
        page.resize(1024, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::keyClicks(page.searchBox(), u"towel"_s); // a search that hides the new row
        QSignalSpy saved(&page, &MappingsPage::saved);
        MappingDialog *dialog = page.addMapping();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::keyClicks(dialog->externalIdEdit(), u"900"_s);
        dialog->taskTypeBox()->setCurrentIndex(dialog->taskTypeBox()->findData(24));
        QTest::keyClick(dialog->externalIdEdit(), Qt::Key_Return); // Enter saves
        QTRY_COMPARE(saved.count(), 1);
        QTRY_COMPARE(page.selectedExternalId(), u"900"_s);
        QTableView *table = page.table();
        const QModelIndex current = table->selectionModel()->selectedRows(0).value(0);
        QVERIFY(current.isValid());
        // Last in the ID order, below the fold at this size: scrolled to.
        QVERIFY(table->verticalScrollBar()->value() > 0);
        QVERIFY(table->viewport()->rect().contains(table->visualRect(current)));
        QVERIFY(page.noticeText().contains(u"900"_s));
        QVERIFY(page.grab().save(GuiRig::shotPath(u"mappings-new-row-1024x600"_s)));

        // Switched off: the notice does not say the next order uses it.
        QVERIFY(selectId(page, u"900"_s));
        dialog = page.editSelected();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->enabledBox()->setChecked(false);
        clickSave(dialog);
        QTRY_COMPARE(saved.count(), 2);
        QVERIFY2(page.noticeText().contains(u"switched off"_s), qPrintable(page.noticeText()));
        QVERIFY(!page.noticeText().contains(u"next order uses it"_s));
    }

    // Issue 15, item 6: room names are exported and imported as CSV, with the same question.
    void roomNamesImportAndExportAsCsv()
    {
        m_rig->store->saveRoomMapping({ u"Room 12"_s, u"112"_s });
        m_rig->store->saveRoomMapping({ u"Room 13"_s, u"113"_s });
        QVERIFY(m_rig->store->waitForWrites());
        MappingsPage page(m_rig->control.get());
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        RoomsMapping *rooms = page.rooms();
        QTRY_COMPARE(rooms->table()->model()->rowCount(), 2);
        QTemporaryDir files;
        const QString exported = files.filePath(u"rooms.csv"_s);
        QVERIFY(rooms->exportTo(exported));
        QFile out(exported);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll(), QByteArray("duve_room,hubos_room\nRoom 12,112\nRoom 13,113\n"));
        QVERIFY(page.noticeText().contains(u"Exported 2 room name"_s));

        const QString bad = writeFile(files, u"bad.csv"_s, "duve_room,hubos_room\nRoom 14,\n");
        QVERIFY(!rooms->importFrom(bad));
        auto *report = rooms->findChild<QMessageBox *>();
        QVERIFY(report);
        QVERIFY(report->informativeText().contains(u"line 2"_s));
        report->accept();

        const QString other
            = writeFile(files, u"other.csv"_s, "duve_room,hubos_room\nRoom 12,012\nRoom 14,114\n");
        QSignalSpy saved(rooms, &RoomsMapping::saved);
        QVERIFY(rooms->importFrom(other));
        QMessageBox *ask = importQuestion(rooms);
        QVERIFY(ask);
        QCOMPARE(countOn(ask->informativeText(), u"added"_s), 1);
        QCOMPARE(countOn(ask->informativeText(), u"changed"_s), 1);
        QCOMPARE(countOn(ask->informativeText(), u"in the list but not in the file"_s), 1);
        clickButton(ask, u"Add and update only"_s);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(m_rig->store->roomMappings().size(), 3);
        QCOMPARE(m_rig->store->hubOsRoomFor(u"Room 12"_s), u"012"_s);
        QCOMPARE(m_rig->store->hubOsRoomFor(u"Room 13"_s), u"113"_s);

        QVERIFY(rooms->importFrom(other));
        ask = importQuestion(rooms);
        QVERIFY(ask);
        clickButton(ask, u"Replace the list"_s);
        QTRY_COMPARE(saved.count(), 2);
        QCOMPARE(m_rig->store->roomMappings().size(), 2);
        QCOMPARE(m_rig->store->hubOsRoomFor(u"Room 13"_s), u"Room 13"_s); // not mapped any more
        QTRY_COMPARE(rooms->table()->model()->rowCount(), 2);
        QVERIFY(page.grab().save(GuiRig::shotPath(u"mappings-rooms-1366x768"_s)));
    }
};

QTEST_MAIN(TestGuiMappings)
#include "tst_gui_mappings.moc"
