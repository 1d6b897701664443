// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/mappings/roomsmapping.h"

#include "core/store/historystore.h"
#include "ui/widgets/confirm.h"
#include "ui/widgets/noticelabel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RoomsMapping::RoomsMapping(HistoryStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new QStandardItemModel(0, 2, this))
    , m_table(new QTableView(this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
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
    layout->addWidget(m_table, 1);

    auto *side = new QVBoxLayout;
    side->setSpacing(8);
    auto *add = new QPushButton(tr("Add room…"), this);
    add->setAccessibleName(tr("Add a room mapping"));
    m_edit->setAccessibleName(tr("Edit the selected room mapping"));
    m_delete->setAccessibleName(tr("Delete the selected room mapping"));
    side->addWidget(add);
    side->addWidget(m_edit);
    side->addWidget(m_delete);
    auto *hint = new QLabel(tr("Rooms not listed keep their Duve name."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    side->addWidget(hint);
    side->addStretch();
    layout->addLayout(side);

    connect(add, &QPushButton::clicked, this, &RoomsMapping::addRoom);
    connect(m_edit, &QPushButton::clicked, this, &RoomsMapping::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &RoomsMapping::deleteSelected);
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

QDialog *RoomsMapping::addRoom()
{
    return openForm({});
}

QDialog *RoomsMapping::editSelected()
{
    const RoomMapping row = selectedRow();
    return row.duveRoom.isEmpty() ? nullptr : openForm(row);
}

QDialog *RoomsMapping::openForm(const RoomMapping &row)
{
    auto *dialog = new QDialog(this);
    dialog->setWindowTitle(
        row.duveRoom.isEmpty() ? tr("Add room mapping") : tr("Edit room mapping"));
    dialog->setMinimumWidth(420);
    auto *layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(10);
    auto *duve = new QLineEdit(row.duveRoom, dialog);
    duve->setObjectName(u"duveRoom"_s);
    duve->setPlaceholderText(tr("As Duve sends it, e.g. Room 12"));
    duve->setAccessibleName(tr("Room name in Duve"));
    auto *hubOs = new QLineEdit(row.hubOsRoom, dialog);
    hubOs->setObjectName(u"hubOsRoom"_s);
    hubOs->setPlaceholderText(tr("As Hub OS knows it, e.g. 012"));
    hubOs->setAccessibleName(tr("Room in Hub OS"));
    form->addRow(tr("Room name in &Duve:"), duve);
    form->addRow(tr("Room in &Hub OS:"), hubOs);
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
