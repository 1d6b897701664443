// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QWaitCondition>
#include <deque>
#include <functional>

class PgConnection;

// The PostgreSQL engine's writer thread, the counterpart of the SQLite engine's StoreWriter: it
// owns the writing connection and commits whatever is queued in one transaction (group commit:
// one WAL flush for a burst of orders); each job's callback runs in the context object's thread
// once the transaction is committed (synchronous_commit on: durable). A job that fails is run
// again alone in a savepoint so that it does not sink its neighbours. When the server goes away
// the batch fails (the callers answer 503) and the next batch connects again first.
class PgWriter : public QThread
{
public:
    using Work = std::function<bool(PgConnection &db, qint64 &id, QString &error)>;
    using Done = std::function<void(bool ok, qint64 id)>;
    // After each batch, in the context's thread, before the jobs' callbacks: "" or why the
    // commit failed.
    using BatchReport = std::function<void(const QString &failure)>;

    PgWriter(QString url, QObject *context, BatchReport report);

    bool startAndOpen(); // connects in the thread; returns once that is done
    QString openError() const { return m_openError; }
    void push(Work work, Done done);
    void stop(); // finishes what is queued, then the thread ends
    bool waitIdle(int timeoutMs);

protected:
    void run() override;

private:
    struct Job
    {
        Work work;
        Done done;
    };
    void runBatch(PgConnection &db, std::deque<Job> &batch);

    QString m_url;
    QPointer<QObject> m_context;
    BatchReport m_report;
    QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_idle;
    QWaitCondition m_openedCond;
    std::deque<Job> m_queue;
    bool m_stopping = false;
    bool m_busy = false;
    bool m_opened = false;
    bool m_openOk = false;
    QString m_openError;
};
