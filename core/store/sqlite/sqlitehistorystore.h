// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/store/historystore.h"

#include <QSqlDatabase>
#include <memory>

class StoreWriter;

// The SQLite engine of the store (WAL): the history of one Hubbridge in a file of its data folder.
// Writes go to one writer thread (StoreWriter) that batches whatever is queued into one
// transaction (group commit) with synchronous=FULL; a write's callback runs in this object's
// thread only once it is on disk. Reads use this thread's own connection. By job:
//   sqlitehistorystore.cpp  opening, health checks, recovery, entries
//   orderstore.cpp          orders and the outbox
//   historyquery.cpp        what staff browse (pages, counts, the chart), one filter to SQL
//   mappingstore.cpp        the external-ID table, room names, reservation rooms
//   historybackup.cpp       the backup copy
//   migrations.cpp          the schema; searchindex.cpp the search; storewriter.cpp group
//   commit; sqlsupport.cpp and sqlitestatement.cpp connections, statements, conversions.
class SqliteHistoryStore final : public HistoryStore
{
    Q_OBJECT
public:
    explicit SqliteHistoryStore(const QString &path);
    ~SqliteHistoryStore() override;

    // Opens after a quick integrity check. A damaged file is moved aside (kept, named with a
    // timestamp) and a fresh database is started. A file larger than the limit below is checked
    // in the background a while after it is open instead (reading gigabytes first would keep
    // Duve and the front desk waiting for minutes on a slow disk, and reading them during the
    // start-up rush would slow down everything else): a problem found then is reported
    // (integrityProblem) and the file is moved aside at the next start.
    bool open(QString *error = nullptr) override;
    // Below this much free space on its disk, a failure to open or write is explained as a full
    // disk: the write-ahead log alone grows to ~4 MiB between checkpoints, the search index and
    // a burst of orders come on top.
    static constexpr qint64 kMinimumFreeBytes = 16 * 1024 * 1024;
    static constexpr qint64 kCheckBeforeOpenBytes = 256 * 1024 * 1024;
    static constexpr int kCheckLaterDelayMs = 2 * 60 * 1000;
    void setCheckBeforeOpenLimit(qint64 bytes, int laterDelayMs = kCheckLaterDelayMs)
    {
        m_checkBeforeOpenLimit = bytes;
        m_checkLaterDelayMs = laterDelayMs;
    }
    QString recoveryNotice() const override { return m_recoveryNotice; }
    void close() override;
    bool isOpen() const override;
    QString path() const { return m_path; }
    QString journalMode() const;
    int schemaVersion() const override;
    QString problem() const override;
    static int latestSchemaVersion();
    // Caps the database at `pages` pages (0: no cap). A full database fails writes like a full
    // disk does; tests use it to simulate one.
    void setMaxPageCount(qint64 pages, Done done = {});

    void insertEntry(const HistoryEntry &entry, Inserted done) override;
    void updateEntry(const HistoryEntry &entry, Done done = {}) override;
    void noteOnEntry(qint64 entryId, const EntryNote &note, Done done = {}) override;
    void addAttempt(
        qint64 entryId, const QString &kind, int itemIndex, const HubOsAttempt &attempt) override;
    void saveOrder(const OrderRecord &order, Done done = {}) override;
    void insertEntryWithOrder(
        const HistoryEntry &entry, const OrderRecord &order, Inserted done) override;
    void rememberRoom(const QString &reservationId, const QString &room, Done done = {}) override;
    void replaceMappings(
        const QList<MappingRow> &rows, Done done = {}, const QString &hotel = {}) override;
    void saveMapping(const MappingRow &row, const QString &previousExternalId = {}, Done done = {},
        const QString &hotel = {}) override;
    void removeMapping(
        const QString &externalId, Done done = {}, const QString &hotel = {}) override;
    void saveRoomMapping(const RoomMapping &row, const QString &previousDuveRoom = {},
        Done done = {}, const QString &hotel = {}) override;
    void removeRoomMapping(
        const QString &duveRoom, Done done = {}, const QString &hotel = {}) override;
    void saveHotel(const HotelRecord &hotel, Done done = {}) override;
    void removeHotel(const QString &key, Done done = {}) override;
    void markHandled(qint64 entryId, const Handling &handling, Done done = {}) override;
    void recoverInterruptedWork(const QDateTime &receivedBefore, Done done = {}) override;
    void pruneBatch(const Retention &retention, int batch,
        std::function<void(bool ok, int removed)> done) override;
    bool waitForWrites(int timeoutMs = 30000) override;

    std::optional<MappingRow> mapping(
        const QString &externalId, const QString &hotel = {}) const override;
    QList<MappingRow> mappings(const QString &hotel = {}) const override;
    QList<RoomMapping> roomMappings(const QString &hotel = {}) const override;
    QList<HotelRecord> hotels() const override;
    QList<RoomMapping> reservationRooms() const override;
    QString hubOsRoomFor(const QString &duveRoom, const QString &hotel = {}) const override;
    QString roomForReservation(const QString &reservationId) const override;
    std::optional<OrderRecord> order(const QString &orderKey) const override;
    qint64 entryCount() const override;
    std::optional<HistoryEntry> entry(qint64 id) const override;
    QList<StoredAttempt> attempts(qint64 entryId) const override;
    bool forEachEntry(const std::function<bool(const HistoryEntry &)> &visit) const override;
    QList<HistoryEntry> entriesBefore(const Retention &retention, int limit) const override;

    QList<HistoryRow> page(const HistoryFilter &filter, qint64 beforeId, int limit) const override;
    qint64 count(const HistoryFilter &filter) const override;
    QList<QHash<Outcome, int>> outcomesPerHour(const QDateTime &from, int hours) const override;
    QList<HistoryRow> newerThan(
        const HistoryFilter &filter, qint64 afterId, int limit) const override;
    QList<qint64> entriesToResend(const HistoryFilter &filter) const override;
    QList<HistoryRow> problemRows(
        int limit, const std::optional<QString> &hotel = std::nullopt) const override;
    ProblemCounts problemCounts(const std::optional<QString> &hotel = std::nullopt) const override;
    QHash<QString, ProblemCounts> problemCountsByHotel() const override;
    std::optional<Handling> handling(qint64 entryId) const override;
    std::optional<HistoryRow> laterEntryOfOrder(qint64 entryId) const override;
    QList<HistoryRow> orderTimeline(qint64 entryId) const override;

    QList<OrderRecord> dueOrders(
        const QDateTime &now, int limit, const QStringList &skipHotels = {}) const override;
    QDateTime nextRetryAt() const override;
    int pendingOrderCount() const override;

    // A copy of one read snapshot (VACUUM INTO), synced and integrity-checked before it is
    // renamed into place; from its own connection in the calling thread.
    BackupJob backupJob() const override;
    static bool backup(const QString &dbPath, const QString &target, QString *error);

private:
    using Work = std::function<bool(QSqlDatabase &db, qint64 &id, QString &error)>;
    void enqueue(Work work, std::function<void(bool ok, qint64 id)> done);
    bool openOnce(QString *error, bool *corrupt);
    QString withDiskFullExplained(const QString &sqliteError) const;
    bool moveAside(QString *movedTo);
    // Copies what can be read from the damaged file into this (fresh) database; says what.
    QString salvage(const QString &damagedPath);
    QString checkFailedMarker() const { return m_path + QStringLiteral(".check-failed"); }
    void startBackgroundCheck();
    void stopBackgroundCheck();
    QSqlDatabase readDb() const;

    QString m_path;
    QString m_connectionName;
    QString m_recoveryNotice;
    bool m_writeFailing = false; // the last commit failed (disk full, read-only)
    QString m_writeFailure; // its error
    QString m_damage; // what the background check found
    qint64 m_checkBeforeOpenLimit = kCheckBeforeOpenBytes;
    int m_checkLaterDelayMs = kCheckLaterDelayMs;
    struct BackgroundCheck;
    std::unique_ptr<BackgroundCheck> m_check;
    std::unique_ptr<StoreWriter> m_writer;
};
