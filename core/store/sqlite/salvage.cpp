// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// SqliteHistoryStore: what can still be read from a damaged database that was moved aside — the
// hotel's set-up (mappings, room names, reservation rooms) and the orders waiting for a retry —
// written into the fresh one.
#include "core/common/logging.h"
#include "core/store/sqlite/migrations.h"
#include "core/store/sqlite/sqlitehistorystore.h"
#include "core/store/sqlite/sqlsupport.h"

#include <QFile>
#include <QScopeGuard>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace StoreSql;

namespace {

QStringList pendingOrderKeys(const QSqlDatabase &db)
{
    QStringList keys;
    QSqlQuery q(db);
    if (q.exec(u"SELECT order_key FROM orders WHERE state='pending'"_s)) {
        while (q.next())
            keys.append(q.value(0).toString());
    }
    return keys;
}

} // namespace

QString SqliteHistoryStore::salvage(const QString &damagedPath)
{
    // Reading a WAL database makes SQLite create its -wal and -shm files; those it made for
    // this read (nothing is written through a read-only connection) go again afterwards.
    QStringList madeHere;
    for (const QString &suffix : { u"-wal"_s, u"-shm"_s }) {
        if (!QFile::exists(damagedPath + suffix))
            madeHere.append(damagedPath + suffix);
    }
    const auto cleanUp = qScopeGuard([&madeHere] {
        for (const QString &file : std::as_const(madeHere))
            QFile::remove(file);
    });
    QList<MappingRow> mappingRows;
    QList<RoomMapping> rooms;
    QList<RoomMapping> reservations; // duveRoom: the reservation ID
    QList<QPair<HistoryEntry, OrderRecord>> pending;
    QString ignored;
    const bool read = withOwnConnection(
        damagedPath, u"QSQLITE_OPEN_READONLY"_s, &ignored, [&](QSqlDatabase &db) {
            QSqlQuery version(db);
            if (!version.exec(u"PRAGMA user_version"_s) || !version.next()
                || version.value(0).toInt() != Migrations::latest())
                return false;
            version.finish();
            // The readers of this store, pointed at the damaged file for a moment.
            const QString own = std::exchange(m_connectionName, db.connectionName());
            mappingRows = mappings();
            rooms = roomMappings();
            reservations = reservationRooms();
            for (const QString &key : pendingOrderKeys(db)) {
                const std::optional<OrderRecord> o = order(key);
                const std::optional<HistoryEntry> e = o ? entry(o->entryId) : std::nullopt;
                if (o && e)
                    pending.append({ *e, *o });
            }
            m_connectionName = own;
            return true;
        });
    if (!read)
        return tr("Nothing could be read from the damaged file.");

    if (!mappingRows.isEmpty())
        replaceMappings(mappingRows);
    for (const RoomMapping &room : std::as_const(rooms))
        saveRoomMapping(room);
    for (const RoomMapping &reservation : std::as_const(reservations))
        rememberRoom(reservation.duveRoom, reservation.hubOsRoom);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto [e, o] : std::as_const(pending)) {
        e.id = 0;
        o.nextRetryAt = now; // due at once
        insertEntryWithOrder(e, o, {});
    }
    qCWarning(lcStore).noquote() << "recovered from" << damagedPath << ":" << mappingRows.size()
                                 << "mappings," << rooms.size() << "room names,"
                                 << reservations.size() << "reservation rooms," << pending.size()
                                 << "orders waiting for a retry";
    return tr("Recovered from it: %n mapping(s), ", nullptr, int(mappingRows.size()))
        + tr("%n room name(s), ", nullptr, int(rooms.size()))
        + tr("%n reservation room(s) and ", nullptr, int(reservations.size()))
        + tr("%n order(s) waiting for a retry. ", nullptr, int(pending.size()))
        + tr("The rest of the history was not carried over; it is still in the damaged file.");
}
