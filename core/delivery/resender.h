// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/duve/duveanswer.h"

#include <QList>
#include <QObject>
#include <QPointer>

class Bridge;

// Sends recorded orders through the bridge again, one after the other, as if Duve had re-sent
// them (same idempotency keys: Hub OS never gets a second task). `hubbridge history resend` and
// the History page both use it, so both count with the same rule (classify()).
class Resender : public QObject
{
    Q_OBJECT
public:
    enum class Result {
        Resolved, // the order's tasks exist now (created, already there, cancelled, recorded)
        Pending, // Hub OS still unreachable: the background retries carry on
        Failed, // refused again (Hub OS or the request said no)
        Skipped, // not something that can be sent again (not a whole, authenticated webhook)
    };
    Q_ENUM(Result)

    struct Summary
    {
        int total = 0;
        int sent = 0; // handled so far (every result counts)
        int resolved = 0;
        int pending = 0;
        int failed = 0;
        int skipped = 0;
        bool stopped = false; // stop() ended it early

        bool allResolved() const { return pending == 0 && failed == 0; }
    };

    // The one rule for what a resend achieved.
    static Result classify(bool replayed, const DuveAnswer &answer);

    Resender(Bridge *bridge, const QList<qint64> &entryIds, QObject *parent = nullptr);

    void start(); // from the event loop; one entry at a time
    void stop(); // no further entry is started; the one under way finishes
    const Summary &summary() const { return m_summary; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void entryDone(
        qint64 entryId, Resender::Result result, bool replayed, const DuveAnswer &answer);
    void progress(int sent, int total);
    void finished(const Resender::Summary &summary);

private:
    void next();

    QPointer<Bridge> m_bridge;
    QList<qint64> m_ids;
    Summary m_summary;
    bool m_running = false;
    bool m_stopping = false;
};
