// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/delivery/orderlocks.h"

#include "core/common/logging.h"

bool OrderLocks::tryHold(const QString &orderKey)
{
    if (m_held.contains(orderKey))
        return false;
    m_held.insert(orderKey, {});
    return true;
}

bool OrderLocks::waitIfHeld(const QString &orderKey, std::function<void()> resume)
{
    const auto it = m_held.find(orderKey);
    if (it == m_held.end())
        return false;
    qCInfo(lcDelivery).noquote() << Log::order(orderKey)
                                 << "is in flight; this request waits for it";
    it->append(std::move(resume));
    return true;
}

void OrderLocks::release(const QString &orderKey)
{
    const QList<std::function<void()>> waiting = m_held.take(orderKey);
    for (const auto &resume : waiting)
        resume();
}
