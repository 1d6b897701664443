// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/common/logging.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QWaitCondition>
#include <deque>
#include <functional>
#include <vector>

// What both engines' writer threads (StoreWriter, PgWriter) share: the queue of write jobs, each a
// function of the engine's connection (which lives in the thread); opening that connection in
// the thread while the caller waits; stopping after the queue is done; waiting until idle; and
// handing each batch's results back to the store's thread. How a batch is committed is the
// engine's (run() and its batches).
template<typename Connection> class WriterThread : public QThread
{
public:
    using Work = std::function<bool(Connection &db, qint64 &id, QString &error)>;
    using Done = std::function<void(bool ok, qint64 id)>;
    // After each batch, in the context's thread, before the jobs' callbacks: "" or why the
    // commit failed (disk full, read-only, the server gone ...).
    using BatchReport = std::function<void(const QString &failure)>;

    // Starts the thread and returns once it has opened its connection (or failed to).
    bool startAndOpen()
    {
        start();
        QMutexLocker lock(&m_mutex);
        while (!m_opened)
            m_openedCond.wait(&m_mutex);
        return m_openOk;
    }
    QString openError() const { return m_openError; }

    void push(Work work, Done done)
    {
        QMutexLocker lock(&m_mutex);
        m_queue.push_back({ std::move(work), std::move(done) });
        m_wake.wakeOne();
    }

    // Finishes what is queued, then the thread ends.
    void stop()
    {
        {
            QMutexLocker lock(&m_mutex);
            m_stopping = true;
            m_wake.wakeAll();
        }
        wait();
    }

    bool waitIdle(int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        QMutexLocker lock(&m_mutex);
        while (!m_queue.empty() || m_busy) {
            if (!m_idle.wait(&m_mutex, deadline))
                return false;
        }
        return true;
    }

    // The store's write: to `writer`, or, when the store is closed (no writer), failed in
    // `store`'s thread.
    static void enqueue(WriterThread *writer, QObject *store, Work work, Done done)
    {
        if (writer)
            return writer->push(std::move(work), std::move(done));
        qCWarning(lcStore) << "write to a closed history store dropped";
        if (done)
            QMetaObject::invokeMethod(
                store, [done] { done(false, 0); }, Qt::QueuedConnection);
    }
    // The store's waitForWrites: everything written, and the callbacks due in `store` run.
    static bool waitForWrites(WriterThread *writer, QObject *store, int timeoutMs)
    {
        const bool ok = !writer || writer->waitIdle(timeoutMs);
        QCoreApplication::sendPostedEvents(store, QEvent::MetaCall);
        return ok;
    }

protected:
    struct Job
    {
        Work work;
        Done done;
    };
    struct Result
    {
        bool ok = false;
        qint64 id = 0;
    };

    WriterThread(QObject *context, BatchReport report)
        : m_context(context)
        , m_report(std::move(report))
    {
        setObjectName(QStringLiteral("HistoryWriter"));
    }

    // From run(), once the connection is open or has failed: startAndOpen() returns.
    void opened(bool ok, const QString &error)
    {
        QMutexLocker lock(&m_mutex);
        m_openOk = ok;
        m_openError = error;
        m_opened = true;
        m_openedCond.wakeAll();
    }

    // Called with m_mutex held and nothing queued: the thread is idle until woken.
    void markIdle()
    {
        m_busy = false;
        m_idle.wakeAll();
    }

    // Takes what is queued, marking the thread busy (with m_mutex held).
    std::deque<Job> takeQueued()
    {
        std::deque<Job> batch;
        batch.swap(m_queue);
        m_busy = true;
        return batch;
    }

    // Each job's callback with its result (all failed unless committed), after the report of
    // `failure` (empty: the history is writable), in the store's thread.
    void handBack(std::deque<Job> &batch, const std::vector<Result> &results, bool committed,
        const QString &failure)
    {
        std::vector<std::function<void()>> callbacks;
        for (std::size_t i = 0; i < batch.size(); ++i) {
            const bool ok = committed && results[i].ok;
            const qint64 id = results[i].id;
            if (batch[i].done)
                callbacks.push_back([done = std::move(batch[i].done), ok, id] { done(ok, id); });
        }
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

    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Job> m_queue;
    bool m_stopping = false;

private:
    QPointer<QObject> m_context;
    BatchReport m_report;
    QWaitCondition m_idle;
    QWaitCondition m_openedCond;
    bool m_busy = false;
    bool m_opened = false;
    bool m_openOk = false;
    QString m_openError;
};
