// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/store/historystore.h"

#include <QRandomGenerator>
#include <climits>
#include <memory>

class PgConnection;
class QSocketNotifier;
class QTimer;
class PgParams;
class PgResult;
class PgWriter;

// The PostgreSQL engine of the store ([store] url = postgresql://...): the history in a database
// a hotel group already runs and backs up. The same tables and the same behaviour as the SQLite
// engine (the store's tests run against both): writes go to one writer thread (PgWriter) that
// commits whatever is queued in one transaction; reads use a connection of this object's thread,
// which connects again by itself after the server went away. By job:
//   postgreshistorystore.cpp  opening, entries, orders, mappings, upkeep
//   pghistoryquery.cpp        what staff browse (pages, counts, problems, the chart)
//   pgmigrations.cpp          the schema; pgwriter.cpp group commit; pgconnection.cpp libpq.
// Backups are the database administrator's (pg_dump, base backups): backupJob() is empty.
class PostgresHistoryStore final : public HistoryStore
{
    Q_OBJECT
public:
    explicit PostgresHistoryStore(const QString &url);
    ~PostgresHistoryStore() override;

    // A URL with a password is refused: the password comes from libpq's passfile, PGPASSWORD or
    // a systemd credential, never from hubbridge.ini.
    static bool urlHasPassword(const QString &url);
    // The URL as it may be shown and logged.
    static QString displayUrl(const QString &url);
    // What the search column is made of: the entry's words (SearchWords), each once, as the
    // text[] literal that array_to_tsvector takes. Public for the bench's bulk loader.
    static QString searchDocument(const HistoryEntry &entry);

    bool open(QString *error = nullptr) override;
    QString recoveryNotice() const override { return {}; }
    void close() override;
    bool isOpen() const override;
    int schemaVersion() const override;
    QString problem() const override;
    quint64 readFailures() const override { return m_readFailures; }
    static int latestSchemaVersion();

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
    void importEntry(const HistoryEntry &entry, const QList<StoredAttempt> &attempts,
        const std::optional<Handling> &handling, const QString &origin, Imported done) override;

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

    bool isShared() const override { return true; }
    bool hearsRetries() const override { return m_listen != nullptr; }
    Claim claimOrder(const QString &orderKey, int leaseMs) override;
    void releaseOrder(const QString &orderKey, qint64 fence) override;
    QList<OrderRecord> claimDueOrders(
        const QDateTime &now, int limit, int leaseMs, const QStringList &skipHotels = {}) override;
    // Who holds a claim, as order_claims.owner says: host name and process id.
    static QString instanceName();

    QList<OrderRecord> dueOrders(
        const QDateTime &now, int limit, const QStringList &skipHotels = {}) const override;
    QDateTime nextRetryAt() const override;
    int pendingOrderCount() const override;

    BackupJob backupJob() const override { return {}; }

private:
    using Work = std::function<bool(PgConnection &db, qint64 &id, QString &error)>;
    void enqueue(Work work, std::function<void(bool ok, qint64 id)> done);
    // A read on this thread's connection; connects again once if the server went away.
    PgResult read(const QString &sql, const PgParams &params) const;
    PgResult read(const QString &sql) const;
    QList<HistoryRow> rows(const QString &sql, const PgParams &params) const;

    // This instance's lock that says it lives (claims of an owner without it are void).
    bool holdOwnerLock() const;
    // LISTEN on a connection of its own; connects again a while after it broke.
    void listen();
    void readNotifications();

    QString m_url;
    const qint32 m_ownerKey = qint32(QRandomGenerator::system()->bounded(1, INT_MAX));
    std::unique_ptr<PgConnection> m_read;
    std::unique_ptr<PgConnection> m_listen;
    std::unique_ptr<QSocketNotifier> m_listenNotifier;
    QTimer *m_relisten = nullptr;
    std::unique_ptr<PgWriter> m_writer;
    mutable quint64 m_readFailures = 0;
    bool m_writeFailing = false;
    QString m_writeFailure;
};
