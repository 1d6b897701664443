// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/mappings/mappingspage.h"

#include "core/service/runtime.h"
#include "core/store/historystore.h"
#include "ui/mappings/mappingdialog.h"
#include "ui/mappings/roomsmapping.h"
#include "ui/widgets/confirm.h"
#include "ui/widgets/noticelabel.h"
#include "ui/widgets/tasktypes.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum Column { IdColumn, TypeColumn, LabelColumn, EnabledColumn };

// QTableView::selectRow() selected nothing in a right-to-left layout with Qt 6.4 (seen in
// tst_gui_translations); selecting through the selection model works in both directions.
void selectRow(QTableView *table, int row)
{
    const QModelIndex index = table->model()->index(row, 0);
    table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

// The folder of the CSV file last chosen in this session (import or export, mappings or rooms).
QString &lastCsvFolder()
{
    static QString folder;
    return folder;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}
} // namespace

MappingsPage::MappingsPage(Runtime *control, QWidget *parent)
    : QWidget(parent)
    , m_control(control)
    , m_types(TaskTypeDirectory::of(control))
    , m_model(new QStandardItemModel(0, 4, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_notice(new NoticeLabel(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_rooms(new RoomsMapping(control->store(), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(10);

    auto *upper = new QWidget(this);
    auto *services = new QVBoxLayout(upper);
    services->setContentsMargins(0, 0, 0, 0);
    services->setSpacing(8);
    services->addWidget(heading(tr("Duve services → Hub OS task types"), upper));
    auto *intro = new QLabel(tr("Each Duve service carries an external ID. This table says which "
                                "Hub OS task an order for it becomes. Changes apply to the next "
                                "order."),
        upper);
    intro->setWordWrap(true);
    services->addWidget(intro);

    setupToolBar(services, upper);
    setupTable();
    services->addWidget(m_table, 1);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    services->addWidget(m_notice);

    auto *lower = new QWidget(this);
    auto *rooms = new QVBoxLayout(lower);
    rooms->setContentsMargins(0, 8, 0, 0);
    rooms->setSpacing(8);
    rooms->addWidget(heading(tr("Duve room names → Hub OS rooms"), lower));
    rooms->addWidget(m_rooms, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(upper);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    connect(
        m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, &MappingsPage::updateButtons);
    connect(m_add, &QPushButton::clicked, this, [this] { addMapping(); });
    connect(m_edit, &QPushButton::clicked, this, &MappingsPage::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &MappingsPage::deleteSelected);
    connect(m_table, &QTableView::activated, this, &MappingsPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MappingsPage::updateButtons);
    connect(m_control->store(), &HistoryStore::mappingsChanged, this, &MappingsPage::reload);
    // Hub OS listed its task types: rows of a type of its own show its name.
    connect(m_types, &TaskTypeDirectory::changed, this, &MappingsPage::reload);
    connect(m_rooms, &RoomsMapping::noticed, m_notice, &NoticeLabel::setNotice);
    reload();
}

void MappingsPage::setupToolBar(QVBoxLayout *services, QWidget *upper)
{
    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    m_search->setPlaceholderText(tr("Search ID, task type or label…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the mappings"));
    bar->addWidget(m_search, 1);
    m_add->setToolTip(tr("Map another Duve external ID (Ctrl+N)"));
    m_add->setAccessibleName(tr("Add a mapping"));
    m_edit->setAccessibleName(tr("Edit the selected mapping"));
    m_delete->setAccessibleName(tr("Delete the selected mapping"));
    m_delete->setShortcut(QKeySequence::Delete);
    auto *import = new QPushButton(tr("&Import CSV…"), upper);
    auto *exportButton = new QPushButton(tr("E&xport CSV…"), upper);
    auto *reset = new QPushButton(tr("Reset to defaults…"), upper);
    import->setAccessibleName(tr("Import mappings from a CSV file"));
    exportButton->setAccessibleName(tr("Export mappings to a CSV file"));
    reset->setAccessibleName(tr("Reset the mappings to the 25 defaults"));
    for (QPushButton *b : { m_add, m_edit, m_delete, import, exportButton, reset })
        bar->addWidget(b);
    services->addLayout(bar);
    connect(import, &QPushButton::clicked, this, &MappingsPage::importCsv);
    connect(exportButton, &QPushButton::clicked, this, &MappingsPage::exportCsv);
    connect(reset, &QPushButton::clicked, this, &MappingsPage::resetToDefaults);
}

void MappingsPage::setupTable()
{
    m_model->setHorizontalHeaderLabels(
        { tr("Duve external ID"), tr("Hub OS task type"), tr("Label"), tr("Enabled") });
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::UserRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(IdColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    // "No — orders refused" whole: the label column gives way.
    m_table->horizontalHeader()->setSectionResizeMode(EnabledColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(IdColumn, 150);
    m_table->setColumnWidth(TypeColumn, 260);
    m_table->setAccessibleName(tr("External-ID mappings"));
}

void MappingsPage::reload()
{
    const QString keep = selectedRow().duveExternalId;
    m_rows = m_control->store()->mappings();
    m_model->removeRows(0, m_model->rowCount());
    for (const MappingRow &row : std::as_const(m_rows)) {
        auto *id = new QStandardItem(row.duveExternalId);
        id->setData(row.duveExternalId.toLongLong(), Qt::UserRole);
        const QString name = m_types->displayName(row.hubOsTaskTypeId);
        auto *type = new QStandardItem(name.isEmpty()
                ? tr("Task type %1 (not in the catalogue)").arg(row.hubOsTaskTypeId)
                : tr("%1 (type %2)").arg(name).arg(row.hubOsTaskTypeId));
        type->setData(name, Qt::UserRole);
        // An untouched default label is the catalogue's English name: shown translated.
        const QString labelText
            = !row.label.isEmpty() && row.label == HubOsTaskTypes::name(row.hubOsTaskTypeId)
            ? TaskTypes::name(row.hubOsTaskTypeId)
            : row.label;
        auto *label = new QStandardItem(labelText);
        label->setData(labelText, Qt::UserRole);
        auto *enabled = new QStandardItem(row.enabled ? tr("Yes") : tr("No — orders refused"));
        enabled->setData(row.enabled ? 1 : 0, Qt::UserRole);
        const QList<QStandardItem *> items { id, type, label, enabled };
        if (!row.enabled) {
            for (QStandardItem *item : items)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        }
        m_model->appendRow(items);
    }
    m_proxy->sort(m_table->horizontalHeader()->sortIndicatorSection(),
        m_table->horizontalHeader()->sortIndicatorOrder());
    if (!keep.isEmpty()) {
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            if (m_proxy->index(r, IdColumn).data().toString() == keep) {
                selectRow(m_table, r);
                m_table->scrollTo(m_proxy->index(r, IdColumn));
            }
        }
    }
    updateButtons();
}

QString MappingsPage::selectedExternalId() const
{
    return selectedRow().duveExternalId;
}

void MappingsPage::showRow(const QString &externalId)
{
    auto find = [this, &externalId] {
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            if (m_proxy->index(r, IdColumn).data().toString() == externalId)
                return r;
        }
        return -1;
    };
    int row = find();
    if (row < 0 && !m_search->text().isEmpty()) {
        m_search->clear(); // the search hid it
        row = find();
    }
    if (row < 0)
        return;
    selectRow(m_table, row);
    m_table->scrollTo(m_proxy->index(row, IdColumn), QAbstractItemView::EnsureVisible);
}

QString MappingsPage::csvFolder()
{
    if (!lastCsvFolder().isEmpty() && QFileInfo(lastCsvFolder()).isDir())
        return lastCsvFolder();
    // An existing folder: Qt's dialog shows a missing one as a file name to open.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void MappingsPage::rememberCsvFolder(const QString &path)
{
    lastCsvFolder() = QFileInfo(path).absolutePath();
}

int MappingsPage::visibleRowCount() const
{
    return m_proxy->rowCount();
}

QString MappingsPage::noticeText() const
{
    return m_notice->text();
}

QList<MappingRow> MappingsPage::currentRows() const
{
    return m_rows;
}

MappingRow MappingsPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()
        ? m_table->selectionModel()->selectedRows(IdColumn)
        : QModelIndexList();
    if (rows.isEmpty())
        return {};
    const QString id = rows.first().data().toString();
    for (const MappingRow &row : m_rows) {
        if (row.duveExternalId == id)
            return row;
    }
    return {};
}

void MappingsPage::updateButtons()
{
    const bool selected = !selectedRow().duveExternalId.isEmpty();
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
}

void MappingsPage::openDialog(MappingDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    QPointer<MappingsPage> self(this);
    connect(dialog, &QDialog::accepted, this, [self, dialog] {
        if (!self)
            return;
        const MappingRow row = dialog->row();
        const QString previous = dialog->originalExternalId();
        self->m_control->store()->saveMapping(row, previous, [self, row](bool ok) {
            if (!self)
                return;
            const QString type = self->m_types->displayName(row.hubOsTaskTypeId);
            if (!ok)
                self->m_notice->setNotice(tr("The mapping could not be saved (the database "
                                             "refused the write)."),
                    true);
            else if (row.enabled)
                self->m_notice->setNotice(tr("Saved: external ID %1 → %2. The next order uses it.")
                                              .arg(row.duveExternalId, type));
            else
                self->m_notice->setNotice(
                    tr("Saved: external ID %1 → %2, switched off. Its orders are refused until "
                       "you switch it on again.")
                        .arg(row.duveExternalId, type));
            if (!ok)
                return;
            // The row, new or changed, selected where the person can see it.
            self->reload();
            self->showRow(row.duveExternalId);
            Q_EMIT self->saved();
        });
    });
    dialog->open();
}

MappingDialog *MappingsPage::addMapping(const QString &externalId)
{
    MappingRow fresh;
    const QString wanted = externalId.trimmed();
    for (const MappingRow &row : std::as_const(m_rows)) {
        if (!wanted.isEmpty() && row.duveExternalId == wanted) {
            MappingRow on = row;
            on.enabled = true; // what the person came for
            auto *dialog = new MappingDialog(m_rows, on, m_types, this);
            openDialog(dialog);
            return dialog;
        }
    }
    auto *dialog = new MappingDialog(m_rows, fresh, m_types, this);
    if (!wanted.isEmpty()) {
        dialog->externalIdEdit()->setText(wanted);
        dialog->taskTypeBox()->setFocus();
    }
    openDialog(dialog);
    return dialog;
}

MappingDialog *MappingsPage::editSelected()
{
    const MappingRow row = selectedRow();
    if (row.duveExternalId.isEmpty())
        return nullptr;
    auto *dialog = new MappingDialog(m_rows, row, m_types, this);
    openDialog(dialog);
    return dialog;
}

void MappingsPage::deleteSelected()
{
    const MappingRow row = selectedRow();
    if (row.duveExternalId.isEmpty())
        return;
    QPointer<MappingsPage> self(this);
    Confirm::ask(this, Confirm::Kind::Destructive, tr("Delete mapping"),
        tr("Delete the mapping of external ID %1 (%2)?")
            .arg(row.duveExternalId, m_types->displayName(row.hubOsTaskTypeId)),
        tr("Orders for this service will be refused as \"unknown external "
           "ID\" until it is mapped again."),
        tr("Delete"), [self, row] {
            if (!self)
                return;
            self->m_control->store()->removeMapping(row.duveExternalId, [self, row](bool ok) {
                if (!self)
                    return;
                self->m_notice->setNotice(ok
                        ? tr("Deleted the mapping of external ID %1.").arg(row.duveExternalId)
                        : tr("The mapping could not be deleted."),
                    !ok);
                if (ok)
                    Q_EMIT self->saved();
            });
        });
}

void MappingsPage::replaceAll(const QList<MappingRow> &rows, const QString &done)
{
    QPointer<MappingsPage> self(this);
    m_control->store()->replaceMappings(rows, [self, done](bool ok) {
        if (!self)
            return;
        self->m_notice->setNotice(ok ? done : tr("The mappings could not be saved."), !ok);
        if (ok)
            Q_EMIT self->saved();
    });
}

void MappingsPage::resetToDefaults()
{
    Confirm::ask(this, Confirm::Kind::Destructive, tr("Reset mappings"),
        tr("Replace the %n current mapping(s) with the 25 default ones?", nullptr,
            int(m_rows.size())),
        tr("Each default maps an external ID to the Hub OS task type with the same number."),
        tr("Reset"),
        [this] { replaceAll(MappingRow::defaults(), tr("The 25 default mappings are back.")); });
}

void MappingsPage::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import mappings"), csvFolder(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberCsvFolder(path);
    importFrom(path);
}

bool MappingsPage::importFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import mappings"),
            tr("%1 cannot be read:\n%2").arg(path, file.errorString()));
        return false;
    }
    // The same task types as the form offers.
    const CsvImport parsed
        = Mapping::parseCsv(file.readAll(), [types = m_types](int id) { return types->knows(id); });
    if (!parsed.ok()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import mappings"),
            tr("Nothing was imported: %n line(s) of the file need fixing.", nullptr,
                int(parsed.errors.size())),
            QMessageBox::Ok, this);
        box->setInformativeText(parsed.errors.mid(0, 15).join(u'\n')
            + (parsed.errors.size() > 15
                    ? tr("\n… and %n more", nullptr, int(parsed.errors.size() - 15))
                    : QString()));
        box->setDetailedText(parsed.errors.join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        box->open();
        m_notice->setNotice(tr("Import refused: %1").arg(parsed.errors.join(u"; "_s)), true);
        return false;
    }
    askImport(parsed.rows, path);
    return true;
}

namespace {

// One row for the list of what an import does: "31 → Request cleaning (type 3): Late checkout".
QString describe(const MappingRow &row, const TaskTypeDirectory *types)
{
    const QString name = types->displayName(row.hubOsTaskTypeId);
    QString text = MappingsPage::tr("%1 → %2 (type %3)")
                       .arg(row.duveExternalId, name.isEmpty() ? MappingsPage::tr("unknown") : name)
                       .arg(row.hubOsTaskTypeId);
    if (!row.label.isEmpty() && row.label != HubOsTaskTypes::name(row.hubOsTaskTypeId))
        text += MappingsPage::tr(", label \"%1\"").arg(row.label);
    if (!row.enabled)
        text += MappingsPage::tr(", switched off");
    return text;
}

} // namespace

void MappingsPage::askImport(const QList<MappingRow> &rows, const QString &path)
{
    const MappingImportPlan plan = Mapping::planImport(m_rows, rows);
    const QString file = QFileInfo(path).fileName();
    if (plan.changesNothing(ImportMode::Replace)) {
        m_notice->setNotice(
            tr("%1 holds the same mappings as the table: nothing to import.").arg(file));
        return;
    }
    Confirm::ImportQuestion question;
    question.title = tr("Import mappings");
    question.question = tr("Import %n mapping(s) from %1?", nullptr, int(rows.size())).arg(file);
    question.comparison = { tr("Compared with the table now:"),
        tr("%n new external ID(s) added", nullptr, int(plan.added.size())),
        tr("%n mapping(s) changed", nullptr, int(plan.changed.size())),
        tr("%n the same as now", nullptr, plan.unchanged),
        tr("%n in the table but not in the file", nullptr, int(plan.removed.size())) };
    question.removes = !plan.removed.isEmpty();
    question.replaceWarning
        = tr("\"Replace the table\" removes the %n mapping(s) not in the file: orders "
             "for them are then refused as \"unknown external ID\". \"Add and update "
             "only\" keeps them.",
            nullptr, int(plan.removed.size()));
    question.importLabel = tr("Import");
    question.replaceLabel = tr("Replace the table");
    question.mergeLabel = tr("Add and update only");
    for (const MappingRow &row : plan.added)
        question.details.append(tr("Added: %1").arg(describe(row, m_types)));
    for (const MappingRow &row : plan.changed)
        question.details.append(tr("Changed: %1").arg(describe(row, m_types)));
    for (const MappingRow &row : plan.removed)
        question.details.append(tr("Not in the file: %1").arg(describe(row, m_types)));
    QPointer<MappingsPage> self(this);
    Confirm::askImport(this, question, [self, rows, plan, file](std::optional<ImportMode> mode) {
        if (!self)
            return;
        if (!mode) {
            self->m_notice->setNotice(tr("Nothing was imported."));
            return;
        }
        const int removed = *mode == ImportMode::Replace ? int(plan.removed.size()) : 0;
        const QStringList counts { tr("%n added", nullptr, int(plan.added.size())),
            tr("%n changed", nullptr, int(plan.changed.size())),
            tr("%n removed", nullptr, removed) };
        self->replaceAll(Mapping::applyImport(self->m_rows, rows, *mode),
            tr("Imported from %1: %2.").arg(file, counts.join(u", "_s)));
    });
}

void MappingsPage::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export mappings"),
        csvFolder() + u"/hubbridge-mappings.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    rememberCsvFolder(path);
    exportTo(path);
}

bool MappingsPage::exportTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(Mapping::toCsv(m_rows)) < 0
        || !file.commit()) {
        QMessageBox::warning(this, tr("Export mappings"),
            tr("%1 cannot be written:\n%2").arg(path, file.errorString()));
        return false;
    }
    m_notice->setNotice(tr("Exported %n mapping(s) to %1.", nullptr, int(m_rows.size())).arg(path));
    return true;
}
