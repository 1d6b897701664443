// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/postgres/pgwriter.h"

#include "core/common/logging.h"
#include "core/store/postgres/pgconnection.h"

#include <QDeadlineTimer>

using namespace Qt::StringLiterals;

PgWriter::PgWriter(QString url, QObject *context, BatchReport report)
    : m_url(std::move(url))
    , m_context(context)
    , m_report(std::move(report))
{
    setObjectName(u"HistoryWriter"_s);
}

bool PgWriter::startAndOpen()
{
    start();
    QMutexLocker lock(&m_mutex);
    while (!m_opened)
        m_openedCond.wait(&m_mutex);
    return m_openOk;
}

void PgWriter::push(Work work, Done done)
{
    QMutexLocker lock(&m_mutex);
    m_queue.push_back({ std::move(work), std::move(done) });
    m_wake.wakeOne();
}

void PgWriter::stop()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    wait();
}

bool PgWriter::waitIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QMutexLocker lock(&m_mutex);
    while (!m_queue.empty() || m_busy) {
        if (!m_idle.wait(&m_mutex, deadline))
            return false;
    }
    return true;
}

void PgWriter::run()
{
    PgConnection db;
    QString error;
    const bool ok = db.open(m_url, &error);
    {
        QMutexLocker lock(&m_mutex);
        m_openOk = ok;
        m_openError = error;
        m_opened = true;
        m_openedCond.wakeAll();
    }
    if (!ok)
        return;
    for (;;) {
        std::deque<Job> batch;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && !m_stopping) {
                m_busy = false;
                m_idle.wakeAll();
                m_wake.wait(&m_mutex);
            }
            if (m_queue.empty()) { // stopping, and nothing left
                m_busy = false;
                m_idle.wakeAll();
                return;
            }
            batch.swap(m_queue);
            m_busy = true;
        }
        runBatch(db, batch);
    }
}

void PgWriter::runBatch(PgConnection &db, std::deque<Job> &batch)
{
    struct Result
    {
        bool ok;
        qint64 id;
    };
    std::vector<Result> results(batch.size(), Result { false, 0 });
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
            std::fill(results.begin(), results.end(), Result { false, 0 });
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

    std::vector<std::function<void()>> callbacks;
    for (std::size_t i = 0; i < batch.size(); ++i) {
        const bool ok = committed && results[i].ok;
        const qint64 id = results[i].id;
        if (batch[i].done)
            callbacks.push_back([done = std::move(batch[i].done), ok, id] { done(ok, id); });
    }
    const QString failure = committed ? QString() : error;
    QMetaObject::invokeMethod(
        m_context,
        [report = m_report, callbacks = std::move(callbacks), failure] {
            if (report)
                report(failure);
            for (const auto &cb : callbacks)
                cb();
        },
        Qt::QueuedConnection);
}
