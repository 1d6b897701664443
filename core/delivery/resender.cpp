// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/delivery/resender.h"

#include "core/delivery/bridge.h"
#include "core/store/outcome.h"

#include <QTimer>

Resender::Result Resender::classify(bool replayed, const DuveAnswer &answer)
{
    if (!replayed)
        return Result::Skipped;
    if (answer.outcome == Outcome::Pending)
        return Result::Pending;
    if (answer.outcome == Outcome::Failed || answer.outcome == Outcome::Rejected
        || answer.outcome == Outcome::Interrupted || answer.httpStatus >= 400)
        return Result::Failed;
    return Result::Resolved;
}

Resender::Resender(Bridge *bridge, const QList<qint64> &entryIds, QObject *parent)
    : QObject(parent)
    , m_bridge(bridge)
    , m_ids(entryIds)
{
    m_summary.total = int(entryIds.size());
}

void Resender::start()
{
    if (m_running)
        return;
    m_running = true;
    QTimer::singleShot(0, this, &Resender::next);
}

void Resender::stop()
{
    m_stopping = true;
}

void Resender::next()
{
    if (m_stopping || !m_bridge || m_summary.sent >= m_ids.size()) {
        m_summary.stopped = m_summary.sent < m_ids.size();
        m_running = false;
        Q_EMIT finished(m_summary);
        return;
    }
    const qint64 id = m_ids.at(m_summary.sent);
    QPointer<Resender> self(this);
    m_bridge->resendEntry(id, [self, id](bool replayed, const DuveAnswer &answer) {
        if (!self)
            return;
        const Result result = classify(replayed, answer);
        Summary &s = self->m_summary;
        ++s.sent;
        ++(result == Result::Resolved       ? s.resolved
                : result == Result::Pending ? s.pending
                : result == Result::Failed  ? s.failed
                                            : s.skipped);
        Q_EMIT self->entryDone(id, result, replayed, answer);
        Q_EMIT self->progress(s.sent, s.total);
        // Not from inside the bridge's callback: the next order starts from the event loop.
        QTimer::singleShot(0, self, &Resender::next);
    });
}
