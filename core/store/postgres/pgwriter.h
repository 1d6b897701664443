// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/store/writerthread.h"

class PgConnection;

// The PostgreSQL engine's writer thread, the counterpart of the SQLite engine's StoreWriter: it
// owns the writing connection and commits whatever is queued in one transaction (group commit:
// one WAL flush for a burst of orders); each job's callback runs in the context object's thread
// once the transaction is committed (synchronous_commit on: durable). A job that fails is run
// again alone in a savepoint so that it does not sink its neighbours. When the server goes away
// the batch fails (the callers answer 503) and the next batch connects again first.
class PgWriter : public WriterThread<PgConnection>
{
public:
    PgWriter(QString url, QObject *context, BatchReport report);

protected:
    void run() override;

private:
    void loop(PgConnection &db);
    void runBatch(PgConnection &db, std::deque<Job> &batch);

    QString m_url;
};
