// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QTimer>
#include <QWidget>

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
// answering, today's numbers, orders per hour over the last 24 hours by outcome, and the
// latest problems (each opens its history entry).
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(Runtime *control, QWidget *parent = nullptr);

    void refresh();
    QString webhookUrlText() const;
    QString todayText() const; // the four counts, for tests and screen readers
    QListWidget *latestErrors() const { return m_errors; }
    QChart *chart() const { return m_chart; }
    QList<int> hourlyTotals() const { return m_hourlyTotals; }
    QString hourText(int index) const; // what a bar says when pointed at

Q_SIGNALS:
    void entryRequested(qint64 id);
    void hourRequested(const QDateTime &start); // a bar of the chart was clicked

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
    QTimer m_refreshTimer;
    QList<int> m_hourlyTotals;
    QDateTime m_firstHour; // of the chart's first bar
};
