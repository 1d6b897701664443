// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/store/historystore.h"
#include "ui/history/historyexporter.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class Runtime;
class HistoryDetail;
class HistoryModel;
class QComboBox;
class QDateEdit;
class QLabel;
class NoticeLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QVBoxLayout;

// The history: filters (period, outcome, event, search), the table with its total, the detail
// pane, and the actions staff need (resend one, resend all matching, export).
class HistoryPage : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPage(Runtime *control, QWidget *parent = nullptr);

    HistoryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    HistoryDetail *detail() const { return m_detail; }
    QLineEdit *searchBox() const { return m_search; }
    HistoryFilter currentFilter() const;
    qint64 totalCount() const { return m_total; } // -1 while counting
    qint64 selectedId() const;

    void focusSearch();
    void refresh();
    void clearFilters();
    // Selects the entry (clearing the filters when they hide it) and shows its details.
    void showEntry(qint64 id);
    void resendSelected();
    void resendAllMatching();
    // Marks the selected order's problem handled by a person, with a note (asked for).
    void markSelectedHandled();
    void markHandled(qint64 id, const QString &note); // without asking (also for tests)
    QPushButton *handledButton() const { return m_handled; }
    void setOrdersView(bool orders); // one row per order instead of every request
    // The history of one hour (the Overview's chart bar), as a period of its own.
    void showHour(const QDateTime &start);
    // Orders of a cause of problems (the Overview's "Show in History"): the Orders view, its
    // problems, over the days those orders came in; the newest of them selected.
    void showOrders(const QList<HistoryRow> &orders);
    void setDetailsShown(bool shown);
    bool detailsShown() const;
    // Asks for a file, then exports. exportTo runs without asking (also for tests).
    void resendAll(const QList<qint64> &ids);
    void exportRows();
    bool exportTo(const QString &path, HistoryExporter::Format format);

Q_SIGNALS:
    void resendFinished(qint64 entryId, bool replayed, Outcome outcome);
    void resendAllFinished(int created, int notCreated);
    void exportFinished(bool ok, const QString &path);
    void countUpdated(qint64 total);

private:
    void setupFilters(QVBoxLayout *layout);
    void setupActions(QVBoxLayout *layout);
    void setupTable(QVBoxLayout *layout);
    void setupColumnWidths();
    void connectSignals();
    void filterEdited();
    void applyFilter();
    void updateCount();
    void periodChanged();
    void selectionChanged();
    void showDetail(qint64 id);
    void rowsAboutToArrive(int first);
    void rowsArrived(int first, int last);

    Runtime *m_control;
    HistoryStore *m_store;
    HistoryModel *m_model;
    QTableView *m_table;
    HistoryDetail *m_detail;
    QLineEdit *m_search;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_outcome;
    QComboBox *m_event;
    QLabel *m_count;
    NoticeLabel *m_notice;
    QPushButton *m_resend;
    QPushButton *m_handled;
    QPushButton *m_details;
    QComboBox *m_view; // all requests, or one row per order
    QSplitter *m_splitter = nullptr;
    QDateTime m_hourStart;
    QPushButton *m_resendAll;
    QPushButton *m_export;
    QTimer m_filterTimer;
    QTimer m_countTimer;
    qint64 m_total = -1;
    int m_scrollBefore = 0;
    int m_topRowBefore = 0;
};
