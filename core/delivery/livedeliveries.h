// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QString>
#include <chrono>
#include <set>

// The orders each hotel has waiting on its Hub OS right now, by when each started. Duve's
// webhooks for every hotel of a group arrive over the same connections (the listener's caps are
// per address and in all): a hotel whose Hub OS stops answering would hold them for its whole
// answer budget, and the other hotels' orders would wait behind. Bridge asks isBacklogged()
// before calling a group hotel's Hub OS, and sends the order to the background retries at once
// when that hotel is backlogged.
class LiveDeliveries
{
public:
    using Clock = std::chrono::steady_clock;

    Clock::time_point start(const QString &hotel)
    {
        const Clock::time_point now = Clock::now();
        m_started[hotel].insert(now);
        return now;
    }

    void finish(const QString &hotel, Clock::time_point started)
    {
        const auto it = m_started.find(hotel);
        if (it == m_started.end())
            return;
        if (const auto one = it->find(started); one != it->end())
            it->erase(one);
        if (it->empty())
            m_started.erase(it);
    }

    // At least `count` orders of the hotel in flight, and the oldest waiting `age` or longer:
    // its Hub OS is not keeping up (a healthy one answers well within a second).
    bool isBacklogged(const QString &hotel, int count, std::chrono::milliseconds age) const
    {
        const auto it = m_started.constFind(hotel);
        return it != m_started.cend() && int(it->size()) >= count
            && Clock::now() - *it->begin() >= age;
    }

private:
    QHash<QString, std::multiset<Clock::time_point>> m_started;
};
