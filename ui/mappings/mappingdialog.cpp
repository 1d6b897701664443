// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/mappings/mappingdialog.h"

#include "core/duve/payloadparser.h"
#include "core/store/historystore.h"
#include "ui/widgets/noticelabel.h"
#include "ui/widgets/tasktypes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MappingDialog::MappingDialog(const QList<MappingRow> &existing, const MappingRow &row,
    const TaskTypeDirectory *types, QWidget *parent)
    : QDialog(parent)
    , m_types(types)
    , m_original(row.duveExternalId)
    , m_externalId(new QLineEdit(this))
    , m_taskType(new QComboBox(this))
    , m_label(new QLineEdit(this))
    , m_enabled(new QCheckBox(tr("Send orders with this ID to Hub OS"), this))
    , m_error(new NoticeLabel(this))
{
    for (const MappingRow &r : existing)
        m_existing.insert(PayloadParser::normalizeExternalId(r.duveExternalId), r);
    const bool adding = row.duveExternalId.isEmpty();
    setWindowTitle(adding ? tr("Add mapping") : tr("Edit mapping"));
    setMinimumWidth(460);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(14);
    auto *intro = new QLabel(tr("When a guest orders a Duve service with this external ID, "
                                "Hubbridge creates a Hub OS task of the chosen type."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_externalId->setText(row.duveExternalId);
    m_externalId->setPlaceholderText(tr("e.g. 4"));
    m_externalId->setAccessibleName(tr("Duve external ID"));
    m_externalId->setToolTip(tr("The number set as External ID on the service in Duve"));
    form->addRow(tr("Duve &external ID:"), m_externalId);

    for (const TaskType &type : types->types())
        m_taskType->addItem(
            tr("%1 (type %2)").arg(types->displayName(type.id)).arg(type.id), type.id);
    if (row.hubOsTaskTypeId > 0 && m_taskType->findData(row.hubOsTaskTypeId) < 0)
        m_taskType->addItem(tr("Task type %1").arg(row.hubOsTaskTypeId), row.hubOsTaskTypeId);
    const int current = m_taskType->findData(row.hubOsTaskTypeId);
    m_taskType->setCurrentIndex(current >= 0 ? current : -1);
    m_taskType->setPlaceholderText(tr("Choose a task type"));
    m_taskType->setAccessibleName(tr("Hub OS task type"));
    m_taskType->setMaxVisibleItems(15);
    form->addRow(tr("Hub OS &task type:"), m_taskType);

    // An untouched default label is the catalogue's English name: shown in the window's language.
    m_suggestedLabel = types->displayName(row.hubOsTaskTypeId);
    m_label->setText(!row.label.isEmpty() && row.label == HubOsTaskTypes::name(row.hubOsTaskTypeId)
            ? TaskTypes::name(row.hubOsTaskTypeId)
            : row.label);
    m_label->setPlaceholderText(tr("Optional, e.g. Extra towels"));
    m_label->setAccessibleName(tr("Label"));
    form->addRow(tr("&Label:"), m_label);

    m_enabled->setChecked(adding || row.enabled);
    m_enabled->setAccessibleName(tr("Enabled"));
    form->addRow(QString(), m_enabled);
    layout->addLayout(form);

    m_error->setAccessibleName(tr("What needs fixing"));
    m_error->setProblem(true);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MappingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MappingDialog::reject);
    // A message goes away as soon as the person fixes what it is about.
    auto recheck = [this] {
        if (m_error->isHidden())
            return;
        const QString error = validationError();
        if (error.isEmpty())
            m_error->hide();
        else
            showError(error);
    };
    connect(m_externalId, &QLineEdit::textChanged, this, recheck);
    connect(m_taskType, &QComboBox::currentIndexChanged, this, recheck);
    // The label follows the task type while it is empty or the previous type's name; a label of
    // the person's own (typed now, or saved before) stays.
    connect(m_taskType, &QComboBox::currentIndexChanged, this, [this] {
        const QString suggestion = m_types->displayName(m_taskType->currentData().toInt());
        const QString label = m_label->text().trimmed();
        if (label.isEmpty() || label == m_suggestedLabel)
            m_label->setText(suggestion);
        m_suggestedLabel = suggestion;
    });
    m_externalId->setFocus();
}

MappingRow MappingDialog::row() const
{
    MappingRow row;
    row.duveExternalId = PayloadParser::normalizeExternalId(m_externalId->text());
    row.hubOsTaskTypeId = m_taskType->currentData().toInt();
    row.label = m_label->text().trimmed();
    row.enabled = m_enabled->isChecked();
    return row;
}

QString MappingDialog::validationError() const
{
    const QString typed = m_externalId->text().trimmed();
    if (typed.isEmpty())
        return tr("Enter the Duve external ID (a number, e.g. 4).");
    bool numeric = false;
    typed.toULongLong(&numeric);
    if (!numeric)
        return tr("The Duve external ID must be a whole number, e.g. 4. \"%1\" is not.").arg(typed);
    if (m_taskType->currentIndex() < 0 || m_taskType->currentData().toInt() <= 0)
        return tr("Choose the Hub OS task type these orders become.");
    const MappingRow r = row();
    if (r.duveExternalId.size() > 18)
        return tr("The Duve external ID \"%1\" is too long (at most 18 digits).").arg(typed);
    const QString original = PayloadParser::normalizeExternalId(m_original);
    if (r.duveExternalId != original && m_existing.contains(r.duveExternalId)) {
        const MappingRow other = m_existing.value(r.duveExternalId);
        const QString name = m_types->displayName(other.hubOsTaskTypeId);
        return tr("External ID %1 is already mapped (to %2). Edit that row instead.")
            .arg(r.duveExternalId, name.isEmpty() ? QString::number(other.hubOsTaskTypeId) : name);
    }
    return Mapping::validateRow(r);
}

QString MappingDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void MappingDialog::accept()
{
    const QString error = validationError();
    if (!error.isEmpty()) {
        showError(error);
        m_externalId->setFocus();
        return;
    }
    QDialog::accept();
}

void MappingDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
    // The form grows to make room for the message (two lines, or more in some languages)
    // instead of squeezing the fields, which would move under the pointer.
    QLayout *box = layout();
    box->activate();
    const int needed = box->hasHeightForWidth() ? box->totalHeightForWidth(width())
                                                : box->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}
