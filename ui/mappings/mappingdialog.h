// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/mapping/mapping.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class NoticeLabel;
class QLineEdit;
class TaskTypeDirectory;

// The add/edit form for one row of the external-ID table. It checks what a person typed
// before anything is saved: a numeric Duve external ID, not mapped twice, a task type chosen
// by name from those Hub OS has (TaskTypeDirectory: the catalogue and what Hub OS lists). A
// label the person wrote stays when the task type changes.
class MappingDialog : public QDialog
{
    Q_OBJECT
public:
    // `existing`: the rows already in the table (to refuse duplicates). `row`: the row being
    // edited; empty external ID for a new row. `types`: the task types to offer.
    MappingDialog(const QList<MappingRow> &existing, const MappingRow &row,
        const TaskTypeDirectory *types, QWidget *parent = nullptr);

    MappingRow row() const;
    QString originalExternalId() const { return m_original; }
    QString validationError() const; // "" when the form can be saved

    QLineEdit *externalIdEdit() const { return m_externalId; }
    QComboBox *taskTypeBox() const { return m_taskType; }
    QLineEdit *labelEdit() const { return m_label; }
    QCheckBox *enabledBox() const { return m_enabled; }
    QString errorText() const;

    void accept() override;

private:
    void showError(const QString &text);

    const TaskTypeDirectory *m_types;
    QHash<QString, MappingRow> m_existing; // by normalised external ID
    QString m_suggestedLabel; // the task type's name, as last put into the label
    QString m_original;
    QLineEdit *m_externalId;
    QComboBox *m_taskType;
    QLineEdit *m_label;
    QCheckBox *m_enabled;
    NoticeLabel *m_error;
};
