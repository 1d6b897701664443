// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/store/problems.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class NoticeLabel;
class Runtime;
struct HistoryRow;
class QCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QValueAxis;
class QVBoxLayout;

// The dashboard: is the listener running and at which exact URL Duve must call, is Hub OS
// answering, today's numbers, orders per hour over the last 24 hours by outcome, and what needs
// attention, by cause (each opens its newest order in the history), with the fix at hand for
// the cause chosen in the list: add the missing mapping or room name and then resend its
// orders, retry now, open Settings, or show its orders; and mark its orders handled by hand.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    // What the fix button of a problem group does.
    enum class Fix {
        None,
        AddMapping, // value: the unknown external ID
        AddRoomName, // value: the Duve room
        Resend, // the set-up is fixed now: send the group's orders again
        RetryNow, // Hub OS unreachable: the waiting orders, now
        OpenSettings, // Duve's credentials no longer match
        ShowInHistory,
    };
    struct FixAction
    {
        Fix kind = Fix::None;
        QString value;
    };

    explicit OverviewPage(Runtime *control, QWidget *parent = nullptr);

    void refresh();
    QString webhookUrlText() const;
    QString todayText() const; // the four counts, for tests and screen readers
    QListWidget *latestErrors() const { return m_errors; }
    QChart *chart() const { return m_chart; }
    QList<int> hourlyTotals() const { return m_hourlyTotals; }
    QString hourText(int index) const; // what a bar says when pointed at

    // The problem groups as listed (row i of latestErrors() is group i), and the one chosen.
    QList<ProblemGroup> problemGroups() const { return m_groups; }
    void selectGroup(int row);
    FixAction fixFor(const ProblemGroup &group) const;
    QPushButton *fixButton() const { return m_fix; }
    QPushButton *groupHandledButton() const { return m_groupHandled; }
    QString problemNotice() const;
    // The fix of the chosen group (what its button does).
    void fixSelected();
    // Asks once for a note, then marks every order of the chosen group handled by hand.
    void markSelectedGroupHandled();
    void markGroupHandled(int row, const QString &note); // without asking (also for tests)

Q_SIGNALS:
    void entryRequested(qint64 id);
    void hourRequested(const QDateTime &start); // a bar of the chart was clicked
    // The fixes that live on other pages: the forms open over this one.
    void mappingRequested(const QString &externalId);
    void roomNameRequested(const QString &duveRoom);
    void settingsRequested();
    void ordersRequested(const QList<HistoryRow> &orders); // show them in the history

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setupListenerCard(QHBoxLayout *top);
    void setupHubOsCard(QHBoxLayout *top);
    void setupCounts(QVBoxLayout *layout);
    void setupChart(QHBoxLayout *bottom);
    void setupProblems(QHBoxLayout *bottom);
    void connectSignals();
    void refreshListener();
    void refreshHubOs();
    void refreshCounts();
    void refreshChart();
    void refreshErrors();
    void updateFix();
    void resendGroup(const ProblemGroup &group);
    static QString groupKey(const ProblemGroup &group);
    static QString orderText(const HistoryRow &row);
    static constexpr int kProblemRows = 500; // orders read for the problems list
    void applyChartTheme();
    void scheduleRefresh();

    Runtime *m_control;
    QLabel *m_listenerState;
    QLabel *m_url;
    QPushButton *m_copy;
    QPushButton *m_copyAll;
    QPushButton *m_startStop;
    QLabel *m_hubOsState;
    QLabel *m_hubOsTarget;
    QLabel *m_hubOsSuccess;
    QLabel *m_hubOsError;
    QList<QLabel *> m_countValues;
    QChart *m_chart;
    QChartView *m_chartView;
    QList<QBarSet *> m_sets;
    QCategoryAxis *m_hours;
    QValueAxis *m_values;
    QListWidget *m_errors;
    QList<ProblemGroup> m_groups; // as listed in m_errors
    QPushButton *m_fix;
    QPushButton *m_groupHandled;
    NoticeLabel *m_problemNotice;
    QTimer m_refreshTimer;
    QList<int> m_hourlyTotals;
    QDateTime m_firstHour; // of the chart's first bar
};
