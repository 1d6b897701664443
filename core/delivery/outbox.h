// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/duve/duveanswer.h"
#include "core/store/historystore.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>
#include <functional>

class HubOsClient;
class OrderLocks;

// Background retries, the whole loop in one place. Orders whose Hub OS delivery failed for a
// transient reason (network, timeout, 5xx, 429) stay "pending" in the store with the time of
// their next try (withNextRetry decides it, for the first delivery and for every retry). The
// outbox wakes up when the earliest one is due, takes the order (OrderLocks: never while a
// request works on it), marks it claimed, runs the delivery again with the same idempotency
// keys, schedules the next round or gives up, and notes the result on the order's history
// entry. The schedule is [delivery] retrySchedule, each delay within +/-20%; after its last
// step an order is given up as failed. The times live in the database, so pending work
// survives a restart and resumes.
// Several instances sharing a database (HistoryStore::isShared): each takes the due orders it
// can claim (HistoryStore::claimDueOrders), and an order claimed by an instance that died is
// due again when its lease runs out. The others' orders are not known here: the outbox looks
// at the database at least every few seconds, and hears the retries they schedule.
class Outbox : public QObject
{
    Q_OBJECT
public:
    // Saves a settled order and lets go of it (the pipeline's own settling: the same for a
    // request's delivery and a retry).
    using Settle = std::function<void(const OrderRecord &result, const DuveAnswer &answer)>;
    // The Hub OS client of an order's hotel (OrderRecord::hotel); null when it is not known.
    using ClientFor = std::function<HubOsClient *(const QString &hotel)>;

    Outbox(HistoryStore *store, ClientFor clientFor, OrderLocks *locks, Settle settle,
        QObject *parent = nullptr);

    void setSchedule(const QList<int> &seconds);
    void setAttemptBudgetMs(int ms) { m_budgetMs = ms; } // Hub OS time per retry
    void setClaimLeaseMs(int ms) { m_leaseMs = ms; } // a shared store's claim on a retried order
    // When to try after `round` background retries; invalid when the schedule is used up.
    QDateTime nextRetryFor(int round) const;
    // `record` as it is to be saved: a pending order gets its next try (or, past the schedule,
    // is given up as failed); `answer` says so for staff.
    OrderRecord withNextRetry(OrderRecord record, DuveAnswer &answer) const;

    void start();
    void stop();
    // An order was saved with its next try at `when` (invalid: none): wakes up by then at the
    // latest. Cheap (no query): called for every settled order. Waking up early is harmless.
    void wakeBy(const QDateTime &when);
    // Staff's "Retry now" (Hub OS is back): every order waiting for a background retry is tried
    // now instead of at its time, as many of a hotel at once as its background retries
    // (kRetriesPerHotel), the others as those end: a Hub OS that just came back is not sent a
    // thousand orders at the same moment. Such a try does not use up a step of the schedule:
    // when it fails the order waits as long as before. Returns how many orders were started or
    // queued (an order being delivered right now is left to that delivery).
    int retryNow();

private:
    // Asks the store for the earliest due time; waits at least `atLeastMs`.
    void reschedule(int atLeastMs = 0);
    void runDue();
    // false: the order is busy. `scheduled`: a round of the schedule (not staff's retryNow).
    bool retry(const OrderRecord &order, bool scheduled = true);
    void noteOnEntry(
        const OrderRecord &record, const DuveAnswer &answer, int attempts, bool scheduled);
    void finishedOne(const QString &hotel); // one of the hotel's retries ended
    void startQueuedRetries(const QString &hotel); // retryNow's next ones, while there is room

    HistoryStore *m_store;
    ClientFor m_clientFor;
    QHash<QString, bool> m_orphansSaid; // orders of removed hotels, warned about
    QHash<QString, int> m_running; // retries running now, per hotel ("" the own one)
    QHash<QString, QStringList> m_retryNowQueue; // order keys retryNow left for later, per hotel
    OrderLocks *m_locks;
    Settle m_settle;
    int m_budgetMs = 15000;
    int m_leaseMs = 60000;
    QList<int> m_schedule;
    QTimer m_timer;
    bool m_started = false;
};
