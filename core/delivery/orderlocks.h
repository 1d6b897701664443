// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <functional>

// One piece of work per Duve order at a time. While an order is with Hub OS, another request
// for it — Duve re-sending, a staff resend, a background retry — waits, then runs again and
// finds what the first one did (the answer it got, or the tasks it created): never a second
// task. Single-threaded, like the pipeline that uses it.
class OrderLocks
{
public:
    // Takes `orderKey`; false (and nothing taken) when it is held already.
    bool tryHold(const QString &orderKey);
    // When `orderKey` is held: queues `resume` for its release and returns true. Else false.
    bool waitIfHeld(const QString &orderKey, std::function<void()> resume);
    // Lets go of `orderKey`, then runs whatever waited for it, in arrival order.
    void release(const QString &orderKey);

    bool isHeld(const QString &orderKey) const { return m_held.contains(orderKey); }
    int heldCount() const { return int(m_held.size()); }
    bool isEmpty() const { return m_held.isEmpty(); }

private:
    QHash<QString, QList<std::function<void()>>> m_held; // order key -> who waits for it
};
