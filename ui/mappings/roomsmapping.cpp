// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/mappings/roomsmapping.h"

#include "core/mapping/mapping.h"
#include "core/store/historystore.h"
#include "ui/mappings/mappingspage.h"
#include "ui/widgets/confirm.h"
#include "ui/widgets/noticelabel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

RoomsMapping::RoomsMapping(HistoryStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new QStandardItemModel(0, 2, this))
    , m_table(new QTableView(this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(10);
    layout->setVerticalSpacing(6);
    m_model->setHorizontalHeaderLabels({ tr("Room name in Duve"), tr("Room in Hub OS") });
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Room mappings"));
    layout->addWidget(m_table, 0, 0);
    layout->setColumnStretch(0, 1);
    layout->setRowStretch(0, 1);

    auto *side = new QVBoxLayout;
    side->setSpacing(6);
    auto *add = new QPushButton(tr("Add room…"), this);
    add->setAccessibleName(tr("Add a room mapping"));
    m_edit->setAccessibleName(tr("Edit the selected room mapping"));
    m_delete->setAccessibleName(tr("Delete the selected room mapping"));
    // The words of the external-ID table's buttons, without their shortcut letters (taken there).
    auto *import = new QPushButton(MappingsPage::tr("&Import CSV…").remove(u'&'), this);
    auto *exportButton = new QPushButton(MappingsPage::tr("E&xport CSV…").remove(u'&'), this);
    import->setAccessibleName(tr("Import room names from a CSV file"));
    exportButton->setAccessibleName(tr("Export room names to a CSV file"));
    side->addWidget(add);
    side->addWidget(m_edit);
    side->addWidget(m_delete);
    side->addSpacing(4);
    side->addWidget(import);
    side->addWidget(exportButton);
    side->addStretch();
    layout->addLayout(side, 0, 1);
    // Under the table, so that the buttons fit beside it on a 1024×600 screen.
    auto *hint = new QLabel(tr("Rooms not listed keep their Duve name."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint, 1, 0, 1, 2);

    connect(add, &QPushButton::clicked, this, [this] { addRoom(); });
    connect(m_edit, &QPushButton::clicked, this, &RoomsMapping::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &RoomsMapping::deleteSelected);
    connect(import, &QPushButton::clicked, this, &RoomsMapping::importCsv);
    connect(exportButton, &QPushButton::clicked, this, &RoomsMapping::exportCsv);
    connect(m_table, &QTableView::activated, this, &RoomsMapping::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const bool selected = !selectedRow().duveRoom.isEmpty();
        m_edit->setEnabled(selected);
        m_delete->setEnabled(selected);
    });
    connect(store, &HistoryStore::roomMappingsChanged, this, &RoomsMapping::reload);
    reload();
}

void RoomsMapping::reload()
{
    m_rows = m_store->roomMappings();
    m_model->removeRows(0, m_model->rowCount());
    for (const RoomMapping &row : std::as_const(m_rows))
        m_model->appendRow({ new QStandardItem(row.duveRoom), new QStandardItem(row.hubOsRoom) });
    m_edit->setEnabled(false);
    m_delete->setEnabled(false);
}

RoomMapping RoomsMapping::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? RoomMapping() : m_rows.value(rows.first().row());
}

QDialog *RoomsMapping::addRoom(const QString &duveRoom)
{
    const QString wanted = duveRoom.trimmed();
    for (const RoomMapping &row : std::as_const(m_rows)) {
        if (!wanted.isEmpty() && row.duveRoom == wanted)
            return openForm(row);
    }
    return openForm({ wanted, {} });
}

QDialog *RoomsMapping::editSelected()
{
    const RoomMapping row = selectedRow();
    return row.duveRoom.isEmpty() ? nullptr : openForm(row);
}

QDialog *RoomsMapping::openForm(const RoomMapping &given)
{
    const bool known = std::any_of(m_rows.cbegin(), m_rows.cend(),
        [&given](const RoomMapping &r) { return r.duveRoom == given.duveRoom; });
    // The row as it is stored: a new one (even with its Duve room filled in) has none.
    const RoomMapping row = known ? given : RoomMapping();
    auto *dialog = new QDialog(this);
    dialog->setWindowTitle(known ? tr("Edit room mapping") : tr("Add room mapping"));
    dialog->setMinimumWidth(420);
    auto *layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(10);
    auto *duve = new QLineEdit(given.duveRoom, dialog);
    duve->setObjectName(u"duveRoom"_s);
    duve->setPlaceholderText(tr("As Duve sends it, e.g. Room 12"));
    duve->setAccessibleName(tr("Room name in Duve"));
    auto *hubOs = new QLineEdit(given.hubOsRoom, dialog);
    hubOs->setObjectName(u"hubOsRoom"_s);
    hubOs->setPlaceholderText(tr("As Hub OS knows it, e.g. 012"));
    hubOs->setAccessibleName(tr("Room in Hub OS"));
    form->addRow(tr("Room name in &Duve:"), duve);
    form->addRow(tr("Room in &Hub OS:"), hubOs);
    if (!given.duveRoom.isEmpty() && given.hubOsRoom.isEmpty())
        hubOs->setFocus(); // the Duve room came filled in
    layout->addLayout(form);
    auto *error = new NoticeLabel(dialog);
    error->setProblem(true);
    error->hide();
    layout->addWidget(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QPointer<RoomsMapping> self(this);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [self, dialog, duve, hubOs, error, row] {
        const RoomMapping edited { duve->text().trimmed(), hubOs->text().trimmed() };
        QString problem;
        if (edited.duveRoom.isEmpty() || edited.hubOsRoom.isEmpty())
            problem = tr("Enter both room names.");
        for (const RoomMapping &other : self->m_rows) {
            if (problem.isEmpty() && other.duveRoom == edited.duveRoom
                && other.duveRoom != row.duveRoom)
                problem = tr("Duve room \"%1\" is already mapped to \"%2\".")
                              .arg(other.duveRoom, other.hubOsRoom);
        }
        if (!problem.isEmpty()) {
            error->setText(problem);
            error->show();
            return;
        }
        self->m_store->saveRoomMapping(edited, row.duveRoom, [self](bool ok) {
            if (self && ok)
                Q_EMIT self->saved();
        });
        dialog->accept();
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

void RoomsMapping::deleteSelected()
{
    const RoomMapping row = selectedRow();
    if (row.duveRoom.isEmpty())
        return;
    QPointer<RoomsMapping> self(this);
    Confirm::ask(this, Confirm::Kind::Destructive, tr("Delete room mapping"),
        tr("Delete the mapping of Duve room \"%1\"? Orders for it will go to Hub OS room \"%1\".")
            .arg(row.duveRoom),
        QString(), tr("Delete"), [self, row] {
            if (!self)
                return;
            self->m_store->removeRoomMapping(row.duveRoom, [self](bool ok) {
                if (self && ok)
                    Q_EMIT self->saved();
            });
        });
}

void RoomsMapping::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import room names"),
        MappingsPage::csvFolder(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    MappingsPage::rememberCsvFolder(path);
    importFrom(path);
}

void RoomsMapping::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export room names"),
        MappingsPage::csvFolder() + u"/hubbridge-rooms.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    MappingsPage::rememberCsvFolder(path);
    exportTo(path);
}

bool RoomsMapping::exportTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(Mapping::roomsToCsv(m_rows)) < 0
        || !file.commit()) {
        QMessageBox::warning(this, tr("Export room names"),
            tr("%1 cannot be written:\n%2").arg(path, file.errorString()));
        return false;
    }
    Q_EMIT noticed(
        tr("Exported %n room name(s) to %1.", nullptr, int(m_rows.size())).arg(path), false);
    return true;
}

bool RoomsMapping::importFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import room names"),
            tr("%1 cannot be read:\n%2").arg(path, file.errorString()));
        return false;
    }
    const RoomCsvImport parsed = Mapping::parseRoomCsv(file.readAll());
    if (!parsed.ok()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import room names"),
            tr("Nothing was imported: %n line(s) of the file need fixing.", nullptr,
                int(parsed.errors.size())),
            QMessageBox::Ok, this);
        box->setInformativeText(parsed.errors.mid(0, 15).join(u'\n'));
        box->setDetailedText(parsed.errors.join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        box->open();
        Q_EMIT noticed(tr("Import refused: %1").arg(parsed.errors.join(u"; "_s)), true);
        return false;
    }
    askImport(parsed.rows, path);
    return true;
}

void RoomsMapping::askImport(const QList<RoomMapping> &rows, const QString &path)
{
    const RoomImportPlan plan = Mapping::planRoomImport(m_rows, rows);
    const QString file = QFileInfo(path).fileName();
    if (plan.changesNothing(ImportMode::Replace)) {
        Q_EMIT noticed(
            tr("%1 holds the same room names as the list: nothing to import.").arg(file), false);
        return;
    }
    Confirm::ImportQuestion question;
    question.title = tr("Import room names");
    question.question = tr("Import %n room name(s) from %1?", nullptr, int(rows.size())).arg(file);
    question.comparison = { tr("Compared with the list now:"),
        tr("%n room(s) added", nullptr, int(plan.added.size())),
        tr("%n room(s) changed", nullptr, int(plan.changed.size())),
        tr("%n the same as now", nullptr, plan.unchanged),
        tr("%n in the list but not in the file", nullptr, int(plan.removed.size())) };
    question.removes = !plan.removed.isEmpty();
    question.replaceWarning
        = tr("\"Replace the list\" removes the %n room name(s) not in the file: those "
             "rooms then go to Hub OS as Duve names them. \"Add and update only\" "
             "keeps them.",
            nullptr, int(plan.removed.size()));
    question.importLabel = tr("Import");
    question.replaceLabel = tr("Replace the list");
    question.mergeLabel = tr("Add and update only");
    for (const RoomMapping &row : plan.added)
        question.details.append(tr("Added: %1 → %2").arg(row.duveRoom, row.hubOsRoom));
    for (const RoomMapping &row : plan.changed)
        question.details.append(tr("Changed: %1 → %2").arg(row.duveRoom, row.hubOsRoom));
    for (const RoomMapping &row : plan.removed)
        question.details.append(tr("Not in the file: %1 → %2").arg(row.duveRoom, row.hubOsRoom));
    QPointer<RoomsMapping> self(this);
    Confirm::askImport(this, question, [self, plan, file](std::optional<ImportMode> mode) {
        if (!self)
            return;
        if (!mode) {
            Q_EMIT self->noticed(tr("Nothing was imported."), false);
            return;
        }
        const bool replacing = *mode == ImportMode::Replace;
        const QStringList counts { tr("%n added", nullptr, int(plan.added.size())),
            tr("%n changed", nullptr, int(plan.changed.size())),
            tr("%n removed", nullptr, replacing ? int(plan.removed.size()) : 0) };
        self->applyImport(plan.added + plan.changed,
            replacing ? plan.removed : QList<RoomMapping>(),
            tr("Imported room names from %1: %2.").arg(file, counts.join(u", "_s)));
    });
}

void RoomsMapping::applyImport(
    const QList<RoomMapping> &write, const QList<RoomMapping> &remove, const QString &done)
{
    // One write per row, queued in order (the store has no single write for the whole list, as
    // replaceMappings is for the external IDs); the notice waits for the last answer.
    auto failed = std::make_shared<bool>(false);
    QPointer<RoomsMapping> self(this);
    const qsizetype total = write.size() + remove.size();
    if (total == 0) {
        Q_EMIT noticed(done, false);
        return;
    }
    auto remaining = std::make_shared<qsizetype>(total);
    auto finish = [self, failed, remaining, done](bool ok) {
        *failed = *failed || !ok;
        if (--*remaining > 0 || !self)
            return;
        Q_EMIT self->noticed(*failed ? tr("Some room names could not be saved.") : done, *failed);
        if (!*failed)
            Q_EMIT self->saved();
    };
    for (const RoomMapping &row : remove)
        m_store->removeRoomMapping(row.duveRoom, finish);
    for (const RoomMapping &row : write)
        m_store->saveRoomMapping(row, row.duveRoom, finish);
}
