// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QThread>
#include <QWaitCondition>
#include <deque>
#include <functional>

// The history's writer thread: it owns the only writing connection and commits whatever is
// queued in one transaction (group commit) with synchronous=FULL; each job's callback runs in
// the context object's thread once the job is on disk. It knows no table: a job is a function
// of the connection, and between batches it gives the search index a step (IndexStep), paced
// so that answers come first.
class StoreWriter : public QThread
{
public:
    using Work = std::function<bool(QSqlDatabase &db, qint64 &id, QString &error)>;
    using Done = std::function<void(bool ok, qint64 id)>;
    // After each batch, in the context's thread, before the jobs' callbacks: "" or why the
    // commit failed (disk full, read-only, ...).
    using BatchReport = std::function<void(const QString &failure)>;
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

    bool startAndOpen(); // opens the connection in the thread; returns once that is done
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
    void loop(QSqlDatabase &db);
    void runBatch(QSqlDatabase &db, std::deque<Job> &batch);

    QString m_path;
    QPointer<QObject> m_context;
    BatchReport m_report;
    IndexStep m_indexStep;
    IndexPacing m_pacing;
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
