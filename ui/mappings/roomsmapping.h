// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/store/historystore.h"

#include <QWidget>

class QDialog;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

// Duve room names and the Hub OS rooms they stand for, for hotels whose names differ (Duve
// "Room 12" is Hub OS "012"). Rooms without a row are sent to Hub OS as Duve names them.
class RoomsMapping : public QWidget
{
    Q_OBJECT
public:
    explicit RoomsMapping(HistoryStore *store, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    void reload();
    // Window-modal form; saved when confirmed. With a Duve room (the Overview's "Add room name
    // for 999…") it comes filled in, or, when that room has a row already, that row to edit.
    QDialog *addRoom(const QString &duveRoom = {});
    QDialog *editSelected();
    void deleteSelected();
    // CSV (duve_room,hubos_room), as for the external IDs: every bad line is reported and
    // nothing changes; otherwise the import says what it would add, change and remove and asks
    // whether to replace the list or add and update only.
    void importCsv();
    void exportCsv();
    bool importFrom(const QString &path); // without the file dialog (also for tests)
    bool exportTo(const QString &path);

Q_SIGNALS:
    void saved();
    void noticed(const QString &text, bool problem); // how an import or export went

private:
    // `row` to edit; a row whose Duve room is not in the list yet is a new one.
    QDialog *openForm(const RoomMapping &row);
    RoomMapping selectedRow() const;
    void askImport(const QList<RoomMapping> &rows, const QString &path);
    void applyImport(
        const QList<RoomMapping> &write, const QList<RoomMapping> &remove, const QString &done);

    HistoryStore *m_store;
    QList<RoomMapping> m_rows;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QPushButton *m_edit;
    QPushButton *m_delete;
};
