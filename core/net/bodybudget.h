// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <optional>

// The memory the connection guard lets request bodies take, every connection together: the
// accounting only (no sockets), so that it can be tested alone.
//
// Bodies are paid for as their bytes arrive, never on what a head declares: a connection that
// declares a 1 MiB body and sends nothing holds nothing but its window. A request still
// receiving its body holds
//   * what has arrived (`charge`), until its answer is written (`release`) or it is refused
//     (`dropReceiving`), and
//   * a window (`grant`): bytes it may still receive before it asks again. The guard caps the
//     socket's read buffer at what is there plus the window, so a request without a window is
//     not read at all (TCP flow control slows its sender; its idle timeout still runs).
// Windows come out of the pool, and one address (the guard's key: an IPv4 address or an IPv6
// /64) gets no more than a fair share of it while another address holds bytes or waits:
// share = pool / addresses holding or waiting. When the pool is short for a request within its
// share, `victimFor` names a request still receiving to shed: one of the address holding the
// most that is over its share, or of the same address one that holds more than the asker would.
// Bytes that arrived without a window (what the guard read with the head) are charged anyway:
// the pool can be overdrawn by that much, never more.
class BodyBudget
{
public:
    using Id = quint64; // the guard's connection number: older connections have smaller ones

    explicit BodyBudget(qint64 pool);

    qint64 pool() const { return m_pool; }
    qint64 window() const { return m_window; } // the most granted to one request at a time
    qint64 used() const { return m_used; } // charged and granted, every holder
    qint64 usedBy(const QByteArray &key) const { return m_keys.value(key).used; }
    qint64 holding(Id id) const; // charged and granted for `id`
    qint64 share(const QByteArray &key) const; // what `key` may hold now
    bool isWaiting(Id id) const; // asked for a window and got none
    QList<Id> waiting() const; // the waiting ones, smallest holding first, then oldest
    bool anyWaiting() const; // cheaper than waiting().isEmpty(): no list, no sort

    // Body bytes of `id` (from address `key`) arrived: they use its window, then the pool.
    void charge(Id id, const QByteArray &key, qint64 bytes);
    // Tops the window of `id` up to `wanted` as far as the pool and the address's share allow;
    // returns the window it has now (0: wait, the asker is noted as waiting).
    qint64 grant(Id id, const QByteArray &key, qint64 wanted);
    // Whom to shed so that `id` can get `wanted`; nothing when `id` must wait instead.
    std::optional<Id> victimFor(Id id, const QByteArray &key, qint64 wanted) const;
    // The request of `id` is complete: its window goes back, its bytes stay until the answer.
    void finishReceiving(Id id);
    // The request of `id` was refused: what it received and its window go back.
    void dropReceiving(Id id);
    // Every request of `id` that was complete is answered: its bytes go back.
    void release(Id id);
    void remove(Id id); // the connection is gone

private:
    struct Holder
    {
        QByteArray key;
        qint64 held = 0; // complete requests waiting for their answer
        qint64 receiving = 0; // arrived bytes of the request still receiving
        qint64 window = 0;
        bool waiting = false;

        qint64 total() const { return held + receiving + window; }
    };
    struct KeyUse
    {
        qint64 used = 0;
        int holders = 0;
    };

    Holder &holder(Id id, const QByteArray &key);
    void add(Holder &h, qint64 delta); // keeps m_used and m_keys in step
    void dropIfEmpty(Id id);

    qint64 m_pool;
    qint64 m_window;
    qint64 m_used = 0;
    QHash<Id, Holder> m_holders;
    QHash<QByteArray, KeyUse> m_keys;
};
