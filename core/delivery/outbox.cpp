#include "core/delivery/outbox.h"

#include "core/common/logging.h"

#include <QRandomGenerator>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int kDueBatch = 50; // orders started per wake-up
constexpr qint64 kBusyRecheckMs = 1000; // an order due but busy is looked at again after this
constexpr qint64 kLongestSleepMs = 600000; // re-read the clock at least every 10 minutes

int msUntil(const QDateTime &when) // timer interval: now or later, within kLongestSleepMs
{
    return int(
        std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(when), 0, kLongestSleepMs));
}
} // namespace

Outbox::Outbox(HistoryStore *store, Runner runner, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_runner(std::move(runner))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Outbox::runDue);
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
    reschedule();
}

void Outbox::stop()
{
    m_started = false;
    m_timer.stop();
}

void Outbox::reschedule()
{
    if (!m_started)
        return;
    const QDateTime next = m_store->nextRetryAt();
    if (!next.isValid()) {
        m_timer.stop();
        return;
    }
    m_timer.start(msUntil(next));
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
    const QList<OrderRecord> due = m_store->dueOrders(QDateTime::currentDateTimeUtc(), kDueBatch);
    int busy = 0;
    for (const OrderRecord &order : due) {
        qCInfo(lcDelivery).noquote()
            << "background retry" << order.retryRound + 1 << "of order" << order.orderKey;
        if (!m_runner(order))
            ++busy;
    }
    if (busy > 0 && busy == due.size()) {
        // Everything due is being worked on right now: look again a little later.
        m_timer.start(int(kBusyRecheckMs));
        return;
    }
    reschedule();
}
