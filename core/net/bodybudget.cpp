// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/net/bodybudget.h"

#include <algorithm>
#include <tuple>

namespace {

constexpr qint64 kMinWindow = 4 * 1024;
constexpr qint64 kMaxWindow = 64 * 1024;
constexpr qint64 kMinGrant = 1024; // a smaller grant is not worth a wake-up (unless it is all)

} // namespace

BodyBudget::BodyBudget(qint64 pool)
    : m_pool(std::max<qint64>(1, pool))
    , m_window(std::clamp(m_pool / 64, kMinWindow, kMaxWindow))
{ }

qint64 BodyBudget::holding(Id id) const
{
    const auto it = m_holders.constFind(id);
    return it == m_holders.cend() ? 0 : it->total();
}

qint64 BodyBudget::share(const QByteArray &key) const
{
    const qsizetype addresses = m_keys.size() + (m_keys.contains(key) ? 0 : 1);
    return m_pool / std::max<qsizetype>(1, addresses);
}

bool BodyBudget::isWaiting(Id id) const
{
    const auto it = m_holders.constFind(id);
    return it != m_holders.cend() && it->waiting;
}

bool BodyBudget::anyWaiting() const
{
    return std::any_of(
        m_holders.cbegin(), m_holders.cend(), [](const Holder &h) { return h.waiting; });
}

QList<BodyBudget::Id> BodyBudget::waiting() const
{
    QList<Id> ids;
    for (auto it = m_holders.cbegin(); it != m_holders.cend(); ++it)
        if (it->waiting)
            ids.append(it.key());
    std::sort(ids.begin(), ids.end(), [this](Id a, Id b) {
        return std::make_pair(holding(a), a) < std::make_pair(holding(b), b);
    });
    return ids;
}

BodyBudget::Holder &BodyBudget::holder(Id id, const QByteArray &key)
{
    auto it = m_holders.find(id);
    if (it == m_holders.end()) {
        it = m_holders.insert(id, Holder { key });
        ++m_keys[key].holders;
    }
    return *it;
}

void BodyBudget::add(Holder &h, qint64 delta)
{
    m_used += delta;
    m_keys[h.key].used += delta;
}

void BodyBudget::dropIfEmpty(Id id)
{
    const auto it = m_holders.find(id);
    if (it == m_holders.end() || it->total() != 0 || it->waiting)
        return;
    const auto key = m_keys.find(it->key);
    if (key != m_keys.end() && --key->holders <= 0)
        m_keys.erase(key);
    m_holders.erase(it);
}

void BodyBudget::charge(Id id, const QByteArray &key, qint64 bytes)
{
    if (bytes <= 0)
        return;
    Holder &h = holder(id, key);
    const qint64 fromWindow = std::min(h.window, bytes);
    h.window -= fromWindow;
    h.receiving += bytes;
    add(h, bytes - fromWindow);
}

qint64 BodyBudget::grant(Id id, const QByteArray &key, qint64 wanted)
{
    Holder &h = holder(id, key);
    if (wanted <= h.window) {
        const qint64 window = h.window;
        h.waiting = false;
        dropIfEmpty(id); // `h` may be gone now
        return window;
    }
    qint64 room = m_pool - m_used;
    if (m_keys.size() > 1)
        room = std::min(room, share(key) - usedBy(key));
    const qint64 missing = wanted - h.window;
    const qint64 extra = std::min(missing, room);
    if (extra > 0 && extra >= std::min(missing, kMinGrant)) {
        h.window += extra;
        add(h, extra);
    }
    h.waiting = h.window == 0;
    return h.window;
}

std::optional<BodyBudget::Id> BodyBudget::victimFor(
    Id id, const QByteArray &key, qint64 wanted) const
{
    const qint64 mine = holding(id) + wanted;
    const bool withinShare = usedBy(key) + wanted <= share(key);
    std::optional<Id> best;
    std::tuple<qint64, qint64, Id> bestRank {};
    for (auto it = m_holders.cbegin(); it != m_holders.cend(); ++it) {
        const Holder &v = *it;
        const qint64 size = v.receiving + v.window; // only a request still receiving is shed
        if (it.key() == id || size == 0)
            continue;
        if (v.key == key ? size <= mine : (!withinShare || usedBy(v.key) <= share(v.key)))
            continue;
        // The address holding the most, its biggest request, the oldest connection.
        const auto rank = std::make_tuple(usedBy(v.key), size, ~it.key());
        if (!best || rank > bestRank) {
            best = it.key();
            bestRank = rank;
        }
    }
    return best;
}

void BodyBudget::finishReceiving(Id id)
{
    const auto it = m_holders.find(id);
    if (it == m_holders.end())
        return;
    add(*it, -it->window);
    it->held += it->receiving;
    it->receiving = 0;
    it->window = 0;
    it->waiting = false;
    dropIfEmpty(id);
}

void BodyBudget::dropReceiving(Id id)
{
    const auto it = m_holders.find(id);
    if (it == m_holders.end())
        return;
    add(*it, -(it->receiving + it->window));
    it->receiving = 0;
    it->window = 0;
    it->waiting = false;
    dropIfEmpty(id);
}

void BodyBudget::release(Id id)
{
    const auto it = m_holders.find(id);
    if (it == m_holders.end())
        return;
    add(*it, -it->held);
    it->held = 0;
    dropIfEmpty(id);
}

void BodyBudget::remove(Id id)
{
    const auto it = m_holders.find(id);
    if (it == m_holders.end())
        return;
    add(*it, -it->total());
    it->held = it->receiving = it->window = 0;
    it->waiting = false;
    dropIfEmpty(id);
}
