#pragma once

#include "core/store/historystore.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>
#include <functional>

// Background retries. Orders whose Hub OS delivery failed for a transient reason (network,
// timeout, 5xx, 429) stay "pending" in the store with the time of their next try; the outbox
// wakes up when the earliest one is due and hands each due order to the runner (the bridge).
// The schedule is [delivery] retrySchedule, each delay within +/-20%; after its last step an
// order is given up as failed. The times live in the database, so pending work survives a
// restart and resumes.
class Outbox : public QObject
{
    Q_OBJECT
public:
    // Starts a retry of `order`; false when the order is busy (it is looked at again later).
    using Runner = std::function<bool(const OrderRecord &order)>;

    Outbox(HistoryStore *store, Runner runner, QObject *parent = nullptr);

    void setSchedule(const QList<int> &seconds);
    // When to try after `round` background retries; invalid when the schedule is used up.
    QDateTime nextRetryFor(int round) const;

    void start();
    void stop();
    // An order was saved with its next try at `when` (invalid: none): wakes up by then at the
    // latest. Cheap (no query): called for every settled order. Waking up early is harmless.
    void wakeBy(const QDateTime &when);

private:
    void reschedule(); // asks the store for the earliest due time
    void runDue();

    HistoryStore *m_store;
    Runner m_runner;
    QList<int> m_schedule;
    QTimer m_timer;
    bool m_started = false;
};
