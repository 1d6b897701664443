// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/sqlite/storewriter.h"

#include "core/common/logging.h"
#include "core/store/sqlite/sqlitestatement.h"
#include "core/store/sqlite/sqlsupport.h"

#include <QDeadlineTimer>
#include <QUuid>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace StoreSql;

namespace {

// SQLite's primary result codes that say the file cannot be written, whatever was written.
bool isStorageFailure(int code)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_CANTOPEN:
    case SQLITE_NOMEM:
        return true;
    default:
        return false;
    }
}

} // namespace

StoreWriter::StoreWriter(
    QString path, QObject *context, BatchReport report, IndexStep indexStep, IndexPacing pacing)
    : WriterThread(context, std::move(report))
    , m_path(std::move(path))
    , m_indexStep(std::move(indexStep))
    , m_pacing(pacing)
{ }

void StoreWriter::run()
{
    const QString name = u"hubbridge-writer-"_s + QUuid::createUuid().toString(QUuid::Id128);
    {
        QString error;
        QSqlDatabase db = openConnection(name, m_path, error);
        if (error.isEmpty()) {
            // Durable before we answer: full sync on every commit.
            execSql(db, u"PRAGMA synchronous=FULL"_s, error);
        }
        opened(error.isEmpty(), error);
        if (error.isEmpty())
            loop(db);
        forgetStatements(name);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void StoreWriter::loop(QSqlDatabase &db)
{
    // The search index follows the writes once the writer has had nothing to do for
    // m_pacing.whenIdleMs (steps of m_pacing.step entries; a write arriving ends the catch-up);
    // during a burst only when it trails by m_pacing.backlog entries, in short steps of
    // m_pacing.burstStep. Answers come first: an index step (and the FTS merges it sets off)
    // holds up the commits behind it. Searches scan the entries it has not reached.
    bool catchUp = true; // entries left unindexed by the last run are indexed first
    bool tailUnindexed = false;
    qint64 writesSinceLook = 0;
    qint64 behind = 0; // entries the index had not reached when last asked
    for (;;) {
        std::deque<Job> batch;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && !m_stopping && !catchUp) {
                markIdle();
                if (!tailUnindexed)
                    m_wake.wait(&m_mutex);
                else if (!m_wake.wait(&m_mutex, QDeadlineTimer(m_pacing.whenIdleMs)))
                    catchUp = true; // idle: index the tail
            }
            if (m_queue.empty() && m_stopping) {
                markIdle();
                return;
            }
            batch = takeQueued();
        }
        if (!batch.empty()) {
            runBatch(db, batch);
            tailUnindexed = true;
            catchUp = false;
            writesSinceLook += qint64(batch.size());
        }
        // How far behind the index is takes a query: asked after every m_pacing.step writes, at
        // a moment when no write waits, since a step holds up the writes queued behind it.
        // Each write adds at most one entry: behind + writesSinceLook bounds the backlog, and
        // past twice m_pacing.backlog the index goes on even while writes wait.
        bool writesWaiting = false;
        if (!catchUp && writesSinceLook >= m_pacing.step
            && behind + writesSinceLook < 2 * m_pacing.backlog) {
            QMutexLocker lock(&m_mutex);
            writesWaiting = !m_queue.empty();
        }
        if (catchUp || (writesSinceLook >= m_pacing.step && !writesWaiting)) {
            writesSinceLook = 0;
            behind = catchUp ? m_indexStep(db, 1, m_pacing.step)
                             : m_indexStep(db, m_pacing.backlog, m_pacing.burstStep);
            catchUp = catchUp && behind > 0;
            tailUnindexed = behind > 0;
        }
    }
}

void StoreWriter::runBatch(QSqlDatabase &db, std::deque<Job> &batch)
{
    std::vector<Result> results(batch.size());
    QString error;
    // Optimistic first: the whole batch in one transaction, no savepoints (a savepoint per
    // job journals every page it touches, which cost more than the writes themselves).
    // Should any job fail, the batch is rolled back and run again with each job in its own
    // savepoint, so that one bad job does not sink its neighbours.
    bool isolate = false;
    bool committed = inTransaction(db, error, [&] {
        for (std::size_t i = 0; i < batch.size(); ++i) {
            qint64 id = 0;
            if (!batch[i].work(db, id, error)) {
                isolate = true;
                return false;
            }
            results[i] = { true, id };
        }
        return true;
    });
    // A job that failed because the file cannot take it (disk full, I/O error, read-only) is the
    // history failing, although the rest commits: reported so (writeFailed), as a failed commit.
    QString storageError;
    if (isolate) {
        error.clear();
        committed = inTransaction(db, error, [&] {
            for (std::size_t i = 0; i < batch.size(); ++i) {
                QString jobError;
                execSql(db, u"SAVEPOINT job"_s, jobError);
                qint64 id = 0;
                const bool ok = batch[i].work(db, id, jobError);
                if (!ok && isStorageFailure(sqlite3_errcode(SqliteStatement::handle(db))))
                    storageError = jobError;
                execSql(db, ok ? u"RELEASE job"_s : u"ROLLBACK TO job"_s, jobError);
                if (!ok) {
                    execSql(db, u"RELEASE job"_s, jobError);
                    qCWarning(lcStore).noquote() << "write failed:" << jobError;
                    error = jobError;
                }
                results[i] = { ok, id };
            }
            return true; // a failed job was rolled back to its savepoint; the rest commits
        });
    }
    if (!committed)
        qCCritical(lcStore).noquote() << "cannot write the history:" << error;

    handBack(batch, results, committed, committed ? storageError : error);
}
