// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/store/writerthread.h"

#include <QSqlDatabase>

// The history's writer thread: it owns the only writing connection and commits whatever is
// queued in one transaction (group commit) with synchronous=FULL; each job's callback runs in
// the context object's thread once the job is on disk. It knows no table: a job is a function
// of the connection, and between batches it gives the search index a step (IndexStep), paced
// so that answers come first.
class StoreWriter : public WriterThread<QSqlDatabase>
{
public:
    // (connection, at least this many waiting, at most this many) -> entries still behind.
    using IndexStep = std::function<qint64(QSqlDatabase &db, qint64 minBehind, qint64 step)>;
    struct IndexPacing
    {
        qint64 step = 200; // when idle
        qint64 burstStep = 50; // during a burst, once `backlog` entries wait
        qint64 backlog = 10000;
        int whenIdleMs = 200; // idle this long: catch up
    };

    StoreWriter(QString path, QObject *context, BatchReport report, IndexStep indexStep,
        IndexPacing pacing);

protected:
    void run() override;

private:
    void loop(QSqlDatabase &db);
    void runBatch(QSqlDatabase &db, std::deque<Job> &batch);

    QString m_path;
    IndexStep m_indexStep;
    IndexPacing m_pacing;
};
