// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/store/records.h"

#include <QDateTime>
#include <QJsonArray>
#include <QObject>
#include <QSqlDatabase>
#include <functional>
#include <memory>
#include <optional>

struct HubOsAttempt;
class StoreWriter;

// The local SQLite history (WAL), and the one interface the rest of Hubbridge uses to record
// and read requests, orders, attempts and the hotel's mappings. Writes go to one writer thread
// (StoreWriter) that batches whatever is queued into one transaction (group commit) with
// synchronous=FULL; a write's callback runs in this object's thread only once it is on disk.
// Reads use this thread's own connection. All SQL of Hubbridge lives in core/store/, by job:
//   historystore.cpp   opening, health checks, recovery, entries, orders and the outbox
//   historyquery.cpp   what staff browse (pages, counts, the chart), one filter to SQL
//   mappingstore.cpp   the external-ID table, room names, reservation rooms
//   historybackup.cpp  the backup copy
//   migrations.cpp     the schema; searchindex.cpp the search; storewriter.cpp group commit;
//   sqlsupport.cpp     connections, cached statements, conversions.
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(bool ok)>;

    explicit HistoryStore(const QString &path, QObject *parent = nullptr);
    ~HistoryStore() override;

    // Opens (creating or migrating as needed) after a quick integrity check. A damaged file is
    // moved aside (kept, named with a timestamp), a fresh database is started and
    // recoveryNotice() says so. A file larger than the limit below is checked in the background
    // a while after it is open instead (reading gigabytes first would keep Duve and the front
    // desk waiting for minutes on a slow disk, and reading them during the start-up rush would
    // slow down everything else): a problem found then is reported (integrityProblem) and the
    // file is moved aside at the next start.
    bool open(QString *error = nullptr);
    static constexpr qint64 kCheckBeforeOpenBytes = 256 * 1024 * 1024;
    static constexpr int kCheckLaterDelayMs = 2 * 60 * 1000;
    void setCheckBeforeOpenLimit(qint64 bytes, int laterDelayMs = kCheckLaterDelayMs)
    {
        m_checkBeforeOpenLimit = bytes;
        m_checkLaterDelayMs = laterDelayMs;
    }
    QString recoveryNotice() const { return m_recoveryNotice; }
    void close(); // finishes queued writes first
    bool isOpen() const;
    QString path() const { return m_path; }
    QString journalMode() const;
    int schemaVersion() const;
    static int latestSchemaVersion();

    // Writes. `done` runs here once the write is durable (ok) or has failed.
    void insertEntry(const HistoryEntry &entry, std::function<void(bool ok, qint64 id)> done);
    void updateEntry(const HistoryEntry &entry, Done done = {});
    void addAttempt(
        qint64 entryId, const QString &kind, int itemIndex, const HubOsAttempt &attempt);
    void saveOrder(const OrderRecord &order, Done done = {});
    // Both in one transaction; the order's entryId becomes the new entry's id.
    void insertEntryWithOrder(const HistoryEntry &entry, const OrderRecord &order,
        std::function<void(bool ok, qint64 id)> done);
    void rememberRoom(const QString &reservationId, const QString &room, Done done = {});
    void replaceMappings(const QList<MappingRow> &rows, Done done = {});
    void saveMapping(const MappingRow &row, const QString &previousExternalId = {}, Done done = {});
    void removeMapping(const QString &externalId, Done done = {});
    void saveRoomMapping(
        const RoomMapping &row, const QString &previousDuveRoom = {}, Done done = {});
    void removeRoomMapping(const QString &duveRoom, Done done = {});
    // Caps the database at `pages` pages (0: no cap). A full database fails writes like a full
    // disk does; tests use it to simulate one.
    void setMaxPageCount(qint64 pages, Done done = {});
    // At start-up: entries never answered become "interrupted"; orders whose delivery was cut
    // off are due for a retry now.
    void recoverInterruptedWork(Done done = {});
    // Deletes up to `batch` entries received before `cutoff` (oldest first) and, when none are
    // left, orders settled before it. `removed` counts the entries deleted.
    void pruneBatch(
        const QDateTime &cutoff, int batch, std::function<void(bool ok, int removed)> done);
    bool waitForWrites(int timeoutMs = 30000); // blocks; for the command line and tests

    // Reads (this thread's connection).
    std::optional<MappingRow> mapping(const QString &externalId) const;
    QList<MappingRow> mappings() const;
    QList<RoomMapping> roomMappings() const;
    // The Hub OS room for a Duve room: the mapped one, else the same name.
    QString hubOsRoomFor(const QString &duveRoom) const;
    QString roomForReservation(const QString &reservationId) const;
    std::optional<OrderRecord> order(const QString &orderKey) const;
    qint64 entryCount() const;
    std::optional<HistoryEntry> entry(qint64 id) const;
    QList<StoredAttempt> attempts(qint64 entryId) const;
    // Calls `visit` for every entry, oldest first, until it returns false.
    bool forEachEntry(const std::function<bool(const HistoryEntry &)> &visit) const;
    QList<HistoryEntry> entriesBefore(const QDateTime &cutoff, int limit) const; // oldest first

    // Browsing: up to `limit` rows matching `filter` with an id below `beforeId` (0: from the
    // newest), newest first. Keyset paging: each page costs the same, however deep.
    QList<HistoryRow> page(const HistoryFilter &filter, qint64 beforeId, int limit) const;
    qint64 count(const HistoryFilter &filter) const;
    // Entries per outcome in each of `hours` consecutive hours from `from`, in one query:
    // element h counts the entries received in [from + h hours, from + h + 1 hours).
    QList<QHash<QString, int>> outcomesPerHour(const QDateTime &from, int hours) const;
    // Rows newer than `afterId` that match (new entries arriving while staff look).
    QList<HistoryRow> newerThan(const HistoryFilter &filter, qint64 afterId, int limit) const;
    // The FTS5 query for what a person typed: every word must appear, as a prefix.
    static QString ftsQuery(const QString &typed);
    // The newest matching entry of each order (and every matching entry without an order).
    QList<qint64> entriesToResend(const HistoryFilter &filter) const;

    // The outbox.
    QList<OrderRecord> dueOrders(const QDateTime &now, int limit) const;
    QDateTime nextRetryAt() const; // invalid when nothing is scheduled
    int pendingOrderCount() const;
    int failedOrderCount() const;

    // An online copy of the database at `dbPath` into `target`, with the SQLite backup API.
    // Opens its own connection in the calling thread (run it in a worker thread).
    static bool backup(const QString &dbPath, const QString &target, QString *error);

Q_SIGNALS:
    void entryChanged(qint64 id);
    void mappingsChanged();
    void roomMappingsChanged();
    void writeFailed(const QString &error);
    void writeRecovered(); // the first commit that succeeded after writeFailed
    void integrityProblem(const QString &notice); // found by the background check

private:
    using Work = std::function<bool(QSqlDatabase &db, qint64 &id, QString &error)>;
    void enqueue(Work work, std::function<void(bool ok, qint64 id)> done);
    std::function<void(bool ok, qint64 id)> completion(
        Done done, void (HistoryStore::*changed)() = nullptr);
    bool openOnce(QString *error, bool *corrupt);
    bool moveAside(QString *movedTo);
    QString checkFailedMarker() const { return m_path + QStringLiteral(".check-failed"); }
    void startBackgroundCheck();
    void stopBackgroundCheck();
    QSqlDatabase readDb() const;

    QString m_path;
    QString m_connectionName;
    QString m_recoveryNotice;
    bool m_writeFailing = false; // the last commit failed (disk full, read-only)
    qint64 m_checkBeforeOpenLimit = kCheckBeforeOpenBytes;
    int m_checkLaterDelayMs = kCheckLaterDelayMs;
    struct BackgroundCheck;
    std::unique_ptr<BackgroundCheck> m_check;
    std::unique_ptr<StoreWriter> m_writer;
};
