// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/delivery/outbox.h"

#include "core/common/logging.h"
#include "core/delivery/delivery.h"
#include "core/delivery/orderlocks.h"
#include "core/hubos/hubosclient.h"

#include <QDeadlineTimer>
#include <QPointer>
#include <QRandomGenerator>
#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
constexpr int kDueBatch = 50; // orders started per wake-up
constexpr qint64 kBusyRecheckMs = 1000; // an order due but busy is looked at again after this
constexpr qint64 kLongestSleepMs = 600000; // re-read the clock at least every 10 minutes
constexpr int kRetryNowBatch = 1000; // orders a "Retry now" starts at most
// Background retries of one hotel running at once: after a long outage its due orders go to its
// Hub OS a few at a time, not all together (one connection each), and a hotel at its cap is
// left out of the claims, so that the others' due orders are still taken.
constexpr int kRetriesPerHotel = 16;
// A shared store: other instances schedule orders too (heard through HistoryStore::
// retryScheduled while the store hears them), claimed ones may be due while another instance
// still holds them, and a dead instance's orders are due at once. The database is looked at
// this often at least: a backstop when retries are heard, the only way when they are not.
constexpr int kSharedPollMs = 1000;
constexpr int kSharedBackstopMs = 5000;

int msUntil(const QDateTime &when) // timer interval: now or later, within kLongestSleepMs
{
    return int(
        std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(when), 0, kLongestSleepMs));
}
} // namespace

Outbox::Outbox(
    HistoryStore *store, ClientFor clientFor, OrderLocks *locks, Settle settle, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clientFor(std::move(clientFor))
    , m_locks(locks)
    , m_settle(std::move(settle))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Outbox::runDue);
    connect(m_store, &HistoryStore::retryScheduled, this, &Outbox::wakeBy);
}

void Outbox::setSchedule(const QList<int> &seconds)
{
    m_schedule = seconds;
}

QDateTime Outbox::nextRetryFor(int round) const
{
    if (round < 0 || round >= m_schedule.size())
        return QDateTime();
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    const qint64 ms = qint64(m_schedule.at(round) * 1000.0 * jitter);
    return QDateTime::currentDateTimeUtc().addMSecs(std::max<qint64>(ms, 1));
}

void Outbox::start()
{
    m_started = true;
    if (m_store->isShared())
        m_timer.start(0); // other instances' orders may be due, a dead one's in flight
    else
        reschedule();
}

void Outbox::stop()
{
    m_started = false;
    m_timer.stop();
    m_retryNowQueue.clear(); // they wait for their scheduled time again
}

void Outbox::reschedule(int atLeastMs)
{
    if (!m_started)
        return;
    const QDateTime next = m_store->nextRetryAt();
    const bool shared = m_store->isShared();
    if (!next.isValid() && !shared) {
        m_timer.stop();
        return;
    }
    const int poll = m_store->hearsRetries() ? kSharedBackstopMs : kSharedPollMs;
    int wait = next.isValid() ? std::max(msUntil(next), atLeastMs) : poll;
    if (shared)
        wait = std::min(wait, poll);
    m_timer.start(wait);
}

void Outbox::wakeBy(const QDateTime &when)
{
    if (!m_started || !when.isValid())
        return;
    const int wait = msUntil(when);
    if (!m_timer.isActive() || m_timer.remainingTime() > wait)
        m_timer.start(wait);
}

void Outbox::runDue()
{
    QStringList full; // hotels with kRetriesPerHotel retries running
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        if (it.value() >= kRetriesPerHotel)
            full.append(it.key());
    }
    const QList<OrderRecord> due
        = m_store->claimDueOrders(QDateTime::currentDateTimeUtc(), kDueBatch, m_leaseMs, full);
    int busy = 0;
    for (const OrderRecord &order : due) {
        if (m_running.value(order.hotel) >= kRetriesPerHotel) {
            m_store->releaseOrder(order.orderKey, order.fence); // its hotel filled up meanwhile
            ++busy;
        } else if (!retry(order)) {
            ++busy;
        }
    }
    // Everything due is being worked on right now (here, or by another instance), or waits for
    // its hotel's running retries: look again a little later (or when one of those finishes).
    const bool nothingStarted
        = due.isEmpty() ? m_store->isShared() || !full.isEmpty() : busy == due.size();
    reschedule(nothingStarted ? int(kBusyRecheckMs) : 0);
}

void Outbox::finishedOne(const QString &hotel)
{
    const int running = m_running.value(hotel) - 1;
    if (running > 0)
        m_running.insert(hotel, running);
    else
        m_running.remove(hotel);
    if (m_retryNowQueue.contains(hotel))
        startQueuedRetries(hotel); // staff asked for those first
    if (running == kRetriesPerHotel - 1 && m_started)
        m_timer.start(0); // the hotel's due orders may be claimed again
}

int Outbox::retryNow()
{
    // Every order with a next try, however far off it is.
    const QDateTime any = QDateTime::currentDateTimeUtc().addYears(100);
    int started = 0;
    int queued = 0;
    for (const OrderRecord &order : m_store->claimDueOrders(any, kRetryNowBatch, m_leaseMs)) {
        if (m_locks->isHeld(order.orderKey)) { // being delivered right now
            m_store->releaseOrder(order.orderKey, order.fence);
            continue;
        }
        if (m_running.value(order.hotel) < kRetriesPerHotel) {
            started += retry(order, false) ? 1 : 0;
            continue;
        }
        // Its hotel's Hub OS has as many calls as it gets: this one when one of them ends,
        // claimed again then (a shared store's claim would run out while it waits).
        m_store->releaseOrder(order.orderKey, order.fence);
        QStringList &queue = m_retryNowQueue[order.hotel];
        if (!queue.contains(order.orderKey)) {
            queue.append(order.orderKey);
            ++queued;
        }
    }
    qCInfo(lcDelivery) << "retry now:" << started << "order(s) started," << queued << "queued";
    return started + queued;
}

void Outbox::startQueuedRetries(const QString &hotel)
{
    QStringList &queue = m_retryNowQueue[hotel];
    while (!queue.isEmpty() && m_running.value(hotel) < kRetriesPerHotel) {
        const QString key = queue.takeFirst();
        std::optional<OrderRecord> order = m_store->order(key);
        if (!order || order->state != DeliveryState::Pending || !order->nextRetryAt.isValid())
            continue; // delivered meanwhile (Duve re-sent it, another instance), or given up
        if (m_store->isShared()) {
            const HistoryStore::Claim claim = m_store->claimOrder(key, m_leaseMs);
            if (claim.result != HistoryStore::Claim::Result::Held)
                continue; // another instance is with it
            order->fence = claim.fence;
        }
        retry(*order, false);
    }
    if (queue.isEmpty())
        m_retryNowQueue.remove(hotel);
}

OrderRecord Outbox::withNextRetry(OrderRecord record, DuveAnswer &answer) const
{
    if (record.state != DeliveryState::Pending) {
        record.nextRetryAt = QDateTime();
        return record;
    }
    record.nextRetryAt = nextRetryFor(record.retryRound);
    if (!record.nextRetryAt.isValid()) {
        record.state = DeliveryState::Failed;
        answer.outcome = Outcome::Failed;
        answer.detail += u" Given up after %1 background retries."_s.arg(record.retryRound);
    } else {
        answer.detail += u" Next try in the background at %1."_s.arg(
            record.nextRetryAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
    }
    return record;
}

bool Outbox::retry(const OrderRecord &order, bool scheduled)
{
    HubOsClient *client = m_clientFor(order.hotel);
    if (!client) {
        // Its hotel was removed: no Hub OS to send it to (the order stays, and is tried again
        // should the hotel come back). Said once per order, not at every look.
        if (!std::exchange(m_orphansSaid[order.orderKey], true))
            qCWarning(lcDelivery).noquote()
                << Log::order(order.orderKey) << "belongs to hotel" << order.hotel
                << "which is not configured any more; it waits for the hotel to come back";
        m_store->releaseOrder(order.orderKey, order.fence);
        return false;
    }
    if (!m_locks->tryHold(order.orderKey)) {
        m_store->releaseOrder(order.orderKey, order.fence);
        return false; // being delivered right now
    }
    if (scheduled)
        qCInfo(lcDelivery).noquote() << "background retry" << order.retryRound + 1 << "of"
                                     << Log::hotel(order.hotel) << Log::order(order.orderKey);
    else
        qCInfo(lcDelivery).noquote()
            << "retry now of" << Log::hotel(order.hotel) << Log::order(order.orderKey);
    m_running[order.hotel] += 1; // until finishedOne
    OrderRecord running = order;
    // Claimed in a shared store, it is due again when the lease runs out. Else it is marked
    // claimed: should Hubbridge stop now, start-up finds it pending and unscheduled: due at once.
    if (running.fence == 0)
        running.nextRetryAt = QDateTime();
    QPointer<Outbox> self(this);
    const auto deliver = [self, client, running, scheduled](bool saved) {
        if (!self)
            return;
        if (!saved) {
            self->m_locks->release(running.orderKey);
            self->finishedOne(running.hotel);
            return;
        }
        Delivery *delivery = Delivery::createTasks(client, self->m_store, running.entryId, running,
            QDeadlineTimer(self->m_budgetMs), self);
        // A shared store's claim: once its lease has run out, another instance may have taken
        // the order over, and this one's result is dropped (the store checks the fence).
        const QDeadlineTimer lease(running.fence != 0 ? self->m_leaseMs : -1);
        connect(delivery, &Delivery::finished, self,
            [self, running, scheduled, lease](
                const DuveAnswer &a, const OrderRecord &result, int attempts) {
                self->finishedOne(running.hotel);
                OrderRecord r = result;
                r.retryRound = running.retryRound + (scheduled ? 1 : 0);
                DuveAnswer answer = a;
                r = self->withNextRetry(r, answer);
                self->m_settle(r, answer);
                if (!lease.hasExpired()) // else the entry is the one that took over's to note
                    self->noteOnEntry(r, answer, attempts, scheduled);
            });
    };
    if (running.fence != 0)
        deliver(true);
    else
        m_store->saveOrder(running, deliver);
    return true;
}

void Outbox::noteOnEntry(const OrderRecord &r, const DuveAnswer &a, int attempts, bool scheduled)
{
    // The entry keeps what Duve was told; its outcome follows the order.
    EntryNote note;
    note.outcome = r.state == DeliveryState::Created ? Outcome::Created : a.outcome;
    note.reason = r.state == DeliveryState::Created ? Reason() : a.reason;
    note.tasks = Delivery::tasksJson(r.tasks, DeliveryState::Created);
    note.addedAttempts = attempts;
    const QString which
        = scheduled ? u"Background retry %1"_s.arg(r.retryRound) : u"Retry now (asked by staff)"_s;
    note.addedDetail = r.state == DeliveryState::Created
        ? u"%1 created the task(s)."_s.arg(which)
        : u"%1 failed: %2"_s.arg(which, a.detail.trimmed());
    m_store->noteOnEntry(r.entryId, note);
}
