// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/store/records.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

struct HubOsAttempt;

// The one interface the rest of Hubbridge uses to record and read requests, orders, attempts
// and the hotel's mappings. It knows no database engine: each engine implements it in its own
// folder (core/store/sqlite/, core/store/postgres/), and nothing outside core/store/ includes an
// engine's headers (scripts/check-layers.sh checks it). create() picks the engine.
//
// Writes are asynchronous and durable: `done` runs in this object's thread once the write is on
// disk (ok) or has failed, in the order the writes were made. Reads are synchronous, on a
// connection that belongs to this object's thread.
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(bool ok)>;
    using Inserted = std::function<void(bool ok, qint64 id)>;

    // The store for the database at `location`: a postgresql:// URL (a server database, for a
    // hotel group), else the path of a SQLite file.
    static std::unique_ptr<HistoryStore> create(const QString &location);
    static bool isServerUrl(const QString &location);
    // `location` as it may be shown and logged (a URL without its password).
    static QString displayLocation(const QString &location);

    ~HistoryStore() override = default;

    // Opens (creating or migrating as needed). A damaged database is set aside and a fresh one
    // started; recoveryNotice() then says what happened, for staff.
    virtual bool open(QString *error = nullptr) = 0;
    virtual QString recoveryNotice() const = 0;
    virtual void close() = 0; // finishes queued writes first
    virtual bool isOpen() const = 0;
    virtual int schemaVersion() const = 0;
    // How many reads have failed since the store opened. A read that fails looks like "not
    // found" to its caller (no mapping, no order): the bridge compares the count before and after
    // a decision and answers 503 instead of a refusal made on a read that did not happen. The
    // SQLite engine's reads of a local file do not fail that way (a damaged file is caught at
    // open and by the integrity check): it stays 0 there.
    virtual quint64 readFailures() const { return 0; }
    // Why orders cannot be recorded safely now (the last commit failed: disk full, read-only;
    // or a check found damage); empty when they can. /healthz reports it.
    virtual QString problem() const = 0;

    // Writes.
    virtual void insertEntry(const HistoryEntry &entry, Inserted done) = 0;
    virtual void updateEntry(const HistoryEntry &entry, Done done = {}) = 0;
    // In one statement, so that it never undoes an answer written meanwhile (by this instance or,
    // on a shared database, by another one).
    virtual void noteOnEntry(qint64 entryId, const EntryNote &note, Done done = {}) = 0;
    virtual void addAttempt(
        qint64 entryId, const QString &kind, int itemIndex, const HubOsAttempt &attempt)
        = 0;
    virtual void saveOrder(const OrderRecord &order, Done done = {}) = 0;
    // Both in one transaction; the order's entryId becomes the new entry's id.
    virtual void insertEntryWithOrder(
        const HistoryEntry &entry, const OrderRecord &order, Inserted done)
        = 0;
    virtual void rememberRoom(const QString &reservationId, const QString &room, Done done = {})
        = 0;
    // The external-ID table and the room names: the group's ("" also a single hotel's own) and,
    // for a hotel of a group, its own rows, which replace the group's row by row. Reads of one
    // row (mapping, hubOsRoomFor) give the hotel's row, else the group's; lists and writes
    // are of one table: `hotel`'s own rows ("" the group's).
    virtual void replaceMappings(
        const QList<MappingRow> &rows, Done done = {}, const QString &hotel = {})
        = 0;
    virtual void saveMapping(const MappingRow &row, const QString &previousExternalId = {},
        Done done = {}, const QString &hotel = {})
        = 0;
    virtual void removeMapping(const QString &externalId, Done done = {}, const QString &hotel = {})
        = 0;
    virtual void saveRoomMapping(const RoomMapping &row, const QString &previousDuveRoom = {},
        Done done = {}, const QString &hotel = {})
        = 0;
    virtual void removeRoomMapping(
        const QString &duveRoom, Done done = {}, const QString &hotel = {})
        = 0;
    // The hotels of a group (HotelRecord): added or changed by key; removed with their row only
    // (their history stays, under their key).
    virtual void saveHotel(const HotelRecord &hotel, Done done = {}) = 0;
    virtual void removeHotel(const QString &key, Done done = {}) = 0;
    // Marks the problem of entry `entryId` handled by a person; it leaves the problems.
    virtual void markHandled(qint64 entryId, const Handling &handling, Done done = {}) = 0;
    // Entries received before `receivedBefore` and never answered become "interrupted"; orders
    // whose delivery was cut off are due for a retry now. A single instance calls it at
    // start-up with the current time; instances sharing a database call it regularly with the
    // oldest time a live instance could still be answering.
    virtual void recoverInterruptedWork(const QDateTime &receivedBefore, Done done = {}) = 0;
    // Deletes up to `batch` entries `retention` does not keep (oldest first) and, when none are
    // left, the settled orders it does not keep. `removed` counts the entries deleted.
    virtual void pruneBatch(
        const Retention &retention, int batch, std::function<void(bool ok, int removed)> done)
        = 0;
    virtual bool waitForWrites(int timeoutMs = 30000) = 0; // blocks; for the command line, tests
    // Moving a history in (hubbridge migrate): an entry of another store with its Hub OS attempts
    // and its handling, in one transaction, under `origin`, a key that names it where it came
    // from: importing it again finds it instead of adding a second copy. `done` gets its id in
    // this store and whether it was added now. Only a server store takes histories in; the
    // SQLite file answers false.
    using Imported = std::function<void(bool ok, qint64 id, bool added)>;
    virtual void importEntry(const HistoryEntry &entry, const QList<StoredAttempt> &attempts,
        const std::optional<Handling> &handling, const QString &origin, Imported done)
    {
        Q_UNUSED(entry);
        Q_UNUSED(attempts);
        Q_UNUSED(handling);
        Q_UNUSED(origin);
        done(false, 0, false);
    }

    // Reads.
    virtual std::optional<MappingRow> mapping(
        const QString &externalId, const QString &hotel = {}) const = 0;
    virtual QList<MappingRow> mappings(const QString &hotel = {}) const = 0;
    virtual QList<RoomMapping> roomMappings(const QString &hotel = {}) const = 0;
    virtual QList<HotelRecord> hotels() const = 0; // by key
    // The Hub OS room for a Duve room: the mapped one, else the same name.
    virtual QString hubOsRoomFor(const QString &duveRoom, const QString &hotel = {}) const = 0;
    virtual QString roomForReservation(const QString &reservationId) const = 0;
    // Every reservation's remembered room (moving a history in).
    virtual QList<RoomMapping> reservationRooms() const = 0; // duveRoom: the reservation ID
    virtual std::optional<OrderRecord> order(const QString &orderKey) const = 0;
    virtual qint64 entryCount() const = 0;
    virtual std::optional<HistoryEntry> entry(qint64 id) const = 0;
    virtual QList<StoredAttempt> attempts(qint64 entryId) const = 0;
    // Calls `visit` for every entry, oldest first, until it returns false.
    virtual bool forEachEntry(const std::function<bool(const HistoryEntry &)> &visit) const = 0;
    virtual QList<HistoryEntry> entriesBefore(const Retention &retention, int limit) const = 0;

    // Browsing: up to `limit` rows matching `filter` with an id below `beforeId` (0: from the
    // newest), newest first. Keyset paging: each page costs the same, however deep.
    virtual QList<HistoryRow> page(
        const HistoryFilter &filter, qint64 beforeId, int limit) const = 0;
    virtual qint64 count(const HistoryFilter &filter) const = 0;
    // Entries per outcome in each of `hours` consecutive hours from `from`, in one query:
    // element h counts the entries received in [from + h hours, from + h + 1 hours).
    virtual QList<QHash<Outcome, int>> outcomesPerHour(const QDateTime &from, int hours) const = 0;
    // Rows newer than `afterId` that match (new entries arriving while staff look).
    virtual QList<HistoryRow> newerThan(
        const HistoryFilter &filter, qint64 afterId, int limit) const = 0;
    // The newest matching entry of each order (and every matching entry without an order).
    virtual QList<qint64> entriesToResend(const HistoryFilter &filter) const = 0;

    // Problems (see ProblemCounts): the newest entry of each order that needs a person or is
    // being retried, newest first; and the counts. Everyone's, or one hotel's ("" the data
    // folder's own).
    virtual QList<HistoryRow> problemRows(
        int limit, const std::optional<QString> &hotel = std::nullopt) const = 0;
    virtual ProblemCounts problemCounts(
        const std::optional<QString> &hotel = std::nullopt) const = 0;
    // Each hotel's orders needing a person and being retried, in one look (no credential
    // failures): /healthz for a group of many hotels.
    virtual QHash<QString, ProblemCounts> problemCountsByHotel() const = 0;
    virtual std::optional<Handling> handling(qint64 entryId) const = 0;
    // The newest entry of the same order after `entryId` (what resolved, or followed, it).
    virtual std::optional<HistoryRow> laterEntryOfOrder(qint64 entryId) const = 0;
    // Every request of the order of entry `entryId`, oldest first (its timeline).
    virtual QList<HistoryRow> orderTimeline(qint64 entryId) const = 0;

    // Several instances on one database (a hotel group's PostgreSQL): an order is worked on by
    // one instance at a time. Before it calls Hub OS, an instance claims the order for `leaseMs`
    // and gets a fence, a number never handed out twice. Once the lease has run out another
    // instance may claim the order (the first died or stalled): the first's saves of the order
    // (OrderRecord::fence) are then dropped, so a stalled instance cannot overwrite what the
    // one that took over did. Releasing ends the claim early. A store that only one instance
    // uses (SQLite) is not shared: there OrderLocks is enough and these do nothing.
    virtual bool isShared() const { return false; }
    struct Claim
    {
        enum class Result : quint8 { Held, Busy, Failed } result = Result::Held;
        qint64 fence = 0;
    };
    virtual Claim claimOrder(const QString &orderKey, int leaseMs)
    {
        Q_UNUSED(orderKey);
        Q_UNUSED(leaseMs);
        return {};
    }
    virtual void releaseOrder(const QString &orderKey, qint64 fence)
    {
        Q_UNUSED(orderKey);
        Q_UNUSED(fence);
    }
    // Whether retryScheduled() is heard now (a shared store's LISTEN connection is up): the
    // outbox then polls the database less often. Correctness never rests on it.
    virtual bool hearsRetries() const { return false; }

    // The outbox. The orders due at `now`, most overdue first, leaving out those of the hotels
    // in `skipHotels` ("" the data folder's own): the outbox's hotels with as many retries
    // running as they may have, so that they cannot fill every claim.
    virtual QList<OrderRecord> dueOrders(
        const QDateTime &now, int limit, const QStringList &skipHotels = {}) const = 0;
    // The due orders this instance may retry, each claimed (with its fence) and its next try
    // moved to the end of the lease, so that no other instance takes it meanwhile. A shared
    // store claims them in one statement (FOR UPDATE SKIP LOCKED); else dueOrders.
    virtual QList<OrderRecord> claimDueOrders(
        const QDateTime &now, int limit, int leaseMs, const QStringList &skipHotels = {})
    {
        Q_UNUSED(leaseMs);
        return dueOrders(now, limit, skipHotels);
    }
    virtual QDateTime nextRetryAt() const = 0; // invalid when nothing is scheduled
    virtual int pendingOrderCount() const = 0;

    // A copy of the database that Hubbridge keeps itself (the daily backup), as a job that runs
    // in any thread and writes the file `target`. Empty when the engine's backups are the
    // database administrator's job.
    struct BackupJob
    {
        QString fileSuffix; // e.g. ".sqlite"
        std::function<bool(const QString &target, QString *error)> run;
    };
    virtual BackupJob backupJob() const = 0;

Q_SIGNALS:
    void entryChanged(qint64 id);
    void mappingsChanged();
    void roomMappingsChanged();
    void hotelsChanged();
    void writeFailed(const QString &error);
    void writeRecovered(); // the first commit that succeeded after writeFailed
    void integrityProblem(const QString &notice); // found by a background check
    // A shared store: an instance (maybe this one) scheduled a background retry for `when`.
    void retryScheduled(const QDateTime &when);

protected:
    HistoryStore() = default;

    // The engines' callbacks of a queued write, run in this object's thread once it is durable
    // (or failed): `changed` (if any) is emitted on success, then `done` runs.
    using Completion = std::function<void(bool ok, qint64 id)>;
    Completion completion(Done done, void (HistoryStore::*changed)() = nullptr);
    // A write of entry `id`: entryChanged(id) on success, then done(ok, id) / done(ok).
    Completion entryCompletion(Inserted done);
    Completion entryCompletion(Done done);
};
