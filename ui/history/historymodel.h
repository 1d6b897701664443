// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/store/historystore.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QTimer>

// The history as a table, newest first, for a QTableView. Rows come from HistoryStore::page in
// keyset pages of 200 as the view scrolls (canFetchMore/fetchMore): opening a million-row
// history costs one page. New entries are inserted at the top and changed ones updated in place
// (HistoryStore::entryChanged), so the view keeps its selection and scroll position.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        EventColumn,
        OrderColumn,
        RoomColumn,
        GuestColumn,
        ServiceColumn,
        OutcomeColumn,
        StatusColumn,
        ReasonColumn,
        TasksColumn,
        AttemptsColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1 }; // Qt::UserRole holds the raw outcome
    static constexpr int kPageSize = 200;

    explicit HistoryModel(HistoryStore *store, QObject *parent = nullptr);

    HistoryFilter filter() const { return m_filter; }
    void setFilter(const HistoryFilter &filter); // resets and loads the first page
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    qint64 watermark() const { return m_watermark; } // the newest entry considered
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const; // -1 when not loaded
    HistoryRow rowAt(int row) const { return m_rows.value(row); }

    static QString eventLabel(const QString &event);
    static QStringList knownEvents();
    static QString reasonText(const HistoryRow &row); // why, in the reader's language
    static QString timeText(const QDateTime &at);
    static QString serviceText(const HistoryRow &row);
    static QString tasksText(const HistoryRow &row);

Q_SIGNALS:
    void rowsArrived(int count); // new entries inserted at the top

private:
    void entryChanged(qint64 id);
    void applyChanges();
    bool matches(const HistoryRow &row) const; // the filter, for one fresh row
    qint64 newestIdInStore() const;

    HistoryStore *m_store;
    HistoryFilter m_filter;
    QList<HistoryRow> m_rows; // newest first: ids strictly descending
    bool m_atEnd = false;
    qint64 m_watermark = 0; // every entry up to this id has been considered
    QSet<qint64> m_changed;
    QTimer m_changeTimer;
};
