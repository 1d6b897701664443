// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/mapping/mapping.h"

#include <QWidget>

class Runtime;
class MappingDialog;
class QLabel;
class NoticeLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QVBoxLayout;
class RoomsMapping;
class TaskTypeDirectory;

// The external-ID table (Duve external ID -> Hub OS task type) and, below it, the room names.
// Every change is written to the history database at once; the bridge reads the table for
// each order, so the next order uses it without a restart.
class MappingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit MappingsPage(Runtime *control, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    RoomsMapping *rooms() const { return m_rooms; }
    int visibleRowCount() const;
    QString noticeText() const;

    void reload();
    // Each opens a window-modal form or question and returns at once; the change is saved
    // when the person confirms.
    // With an external ID (the Overview's "Add mapping for 77…"): the form comes with it filled
    // in, or, when the ID has a row already (switched off), that row to edit.
    MappingDialog *addMapping(const QString &externalId = {});
    MappingDialog *editSelected();
    void deleteSelected();
    void resetToDefaults();
    void importCsv();
    void exportCsv();
    // Without asking for a file (also for tests). Import reports every bad line and changes
    // nothing when there is one; otherwise it says what the file would add, change and remove
    // and asks (window-modal) whether to replace the table or add and update only. False when
    // the file cannot be used.
    bool importFrom(const QString &path);
    bool exportTo(const QString &path);
    // Selects the row of `externalId` and scrolls to it (clearing a search that hides it).
    void showRow(const QString &externalId);
    QString selectedExternalId() const;

    // The folder the CSV file dialogs open in: the one used last, else Documents, else home.
    static QString csvFolder();
    static void rememberCsvFolder(const QString &path);

Q_SIGNALS:
    void saved(); // a change reached the database

private:
    void setupToolBar(QVBoxLayout *services, QWidget *upper);
    void setupTable();
    QList<MappingRow> currentRows() const;
    MappingRow selectedRow() const;
    void openDialog(MappingDialog *dialog);
    void updateButtons();
    void replaceAll(const QList<MappingRow> &rows, const QString &done);
    void askImport(const QList<MappingRow> &rows, const QString &path);

    Runtime *m_control;
    TaskTypeDirectory *m_types;
    QList<MappingRow> m_rows;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_search;
    NoticeLabel *m_notice;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    RoomsMapping *m_rooms;
};
