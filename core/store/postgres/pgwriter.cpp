// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/postgres/pgwriter.h"

#include "core/common/logging.h"
#include "core/store/postgres/libpq.h"
#include "core/store/postgres/pgconnection.h"

using namespace Qt::StringLiterals;

PgWriter::PgWriter(QString url, QObject *context, BatchReport report)
    : WriterThread(context, std::move(report))
    , m_url(std::move(url))
{ }

void PgWriter::run()
{
    {
        PgConnection db;
        QString error;
        const bool ok = db.open(m_url, &error);
        opened(ok, error);
        if (ok)
            loop(db);
    }
    // libpq's TLS and SCRAM leave OpenSSL state in this thread (its random generator). OpenSSL
    // frees it when the thread's TLS destructors run, which is after wait() has returned to
    // whoever stopped the writer: free it here, while the thread is still the writer's.
    if (const LibPq *pq = LibPq::loaded(); pq && pq->OPENSSL_thread_stop)
        pq->OPENSSL_thread_stop();
}

void PgWriter::loop(PgConnection &db)
{
    for (;;) {
        std::deque<Job> batch;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && !m_stopping) {
                markIdle();
                m_wake.wait(&m_mutex);
            }
            if (m_queue.empty()) { // stopping, and nothing left
                markIdle();
                return;
            }
            batch = takeQueued();
        }
        runBatch(db, batch);
    }
}

void PgWriter::runBatch(PgConnection &db, std::deque<Job> &batch)
{
    std::vector<Result> results(batch.size());
    QString error;
    bool committed = false;
    bool isolate = false;
    // Optimistic first: the whole batch in one transaction. Should a job fail, the batch is rolled
    // back and run again with each job in its own savepoint (below).
    // A connection the server dropped while idle (a restart, a failover, a terminated backend)
    // is found dead at BEGIN: nothing was sent, so the batch runs again on a new connection.
    for (int round = 0; round < 2 && !committed; ++round) {
        if (db.connectionLost() && !db.reconnect(&error)) {
            error = u"PostgreSQL cannot be reached: %1"_s.arg(error);
            break;
        }
        error.clear();
        bool begun = false;
        committed = db.inTransaction(
            error,
            [&] {
                for (std::size_t i = 0; i < batch.size(); ++i) {
                    qint64 id = 0;
                    if (!batch[i].work(db, id, error)) {
                        isolate = !db.connectionLost();
                        return false;
                    }
                    results[i] = { true, id };
                }
                return true;
            },
            &begun);
        if (begun || !db.connectionLost())
            break;
    }
    if (!committed) {
        if (isolate) {
            error.clear();
            std::fill(results.begin(), results.end(), Result());
            committed = db.inTransaction(error, [&] {
                for (std::size_t i = 0; i < batch.size(); ++i) {
                    QString jobError;
                    db.exec(u"SAVEPOINT job"_s);
                    qint64 id = 0;
                    const bool ok = batch[i].work(db, id, jobError);
                    db.exec(ok ? u"RELEASE job"_s : u"ROLLBACK TO job"_s);
                    if (!ok) {
                        if (db.connectionLost()) {
                            error = jobError;
                            return false;
                        }
                        qCWarning(lcStore).noquote() << "write failed:" << jobError;
                    }
                    results[i] = { ok, id };
                }
                return true;
            });
        }
    }
    if (!committed) {
        if (error.isEmpty() && db.connectionLost())
            error = u"the connection to PostgreSQL was lost"_s;
        qCCritical(lcStore).noquote() << "cannot write the history:" << error;
    }

    handBack(batch, results, committed, committed ? QString() : error);
}
