// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// SqliteHistoryStore: the hotel's set-up kept with the history — the external-ID table, room names
// (Duve -> Hub OS) and the rooms of reservations.
#include "core/common/logging.h"
#include "core/store/sqlite/sqlitehistorystore.h"
#include "core/store/sqlite/sqlitestatement.h"
#include "core/store/sqlite/sqlsupport.h"

#include <QPointer>

using namespace Qt::StringLiterals;
using namespace StoreSql;

namespace {
bool insertMapping(QSqlDatabase &db, const MappingRow &row, QString &error)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO mappings(duve_external_id, hubos_task_type_id, label, enabled) "
              "VALUES(?, ?, ?, ?) ON CONFLICT(duve_external_id) DO UPDATE SET "
              "hubos_task_type_id=excluded.hubos_task_type_id, label=excluded.label, "
              "enabled=excluded.enabled"_s);
    q.addBindValue(row.duveExternalId);
    q.addBindValue(row.hubOsTaskTypeId);
    q.addBindValue(text(row.label));
    q.addBindValue(row.enabled ? 1 : 0);
    return exec(q, error);
}
} // namespace

void SqliteHistoryStore::replaceMappings(const QList<MappingRow> &rows, Done done)
{
    enqueue(
        [rows](QSqlDatabase &db, qint64 &, QString &error) {
            if (!execSql(db, u"DELETE FROM mappings"_s, error))
                return false;
            for (const MappingRow &row : rows) {
                if (!insertMapping(db, row, error))
                    return false;
            }
            return true;
        },
        completion(done, &HistoryStore::mappingsChanged));
}

void SqliteHistoryStore::saveMapping(
    const MappingRow &row, const QString &previousExternalId, Done done)
{
    enqueue(
        [row, previousExternalId](QSqlDatabase &db, qint64 &, QString &error) {
            if (!previousExternalId.isEmpty() && previousExternalId != row.duveExternalId) {
                QSqlQuery q(db);
                q.prepare(u"DELETE FROM mappings WHERE duve_external_id=?"_s);
                q.addBindValue(previousExternalId);
                if (!exec(q, error))
                    return false;
            }
            return insertMapping(db, row, error);
        },
        completion(done, &HistoryStore::mappingsChanged));
}

void SqliteHistoryStore::removeMapping(const QString &externalId, Done done)
{
    enqueue(
        [externalId](QSqlDatabase &db, qint64 &, QString &error) {
            QSqlQuery q(db);
            q.prepare(u"DELETE FROM mappings WHERE duve_external_id=?"_s);
            q.addBindValue(externalId);
            return exec(q, error);
        },
        completion(done, &HistoryStore::mappingsChanged));
}

std::optional<MappingRow> SqliteHistoryStore::mapping(const QString &externalId) const
{
    SqliteStatement &q = SqliteStatement::cached(readDb(),
        "SELECT duve_external_id, hubos_task_type_id, label, enabled FROM mappings "
        "WHERE duve_external_id=?1");
    q.bind(1, externalId);
    auto rows = q.rows();
    if (!rows.next())
        return std::nullopt;
    return MappingRow { rows.text(0), int(rows.integer(1)), rows.text(2), rows.integer(3) != 0 };
}

QList<MappingRow> SqliteHistoryStore::mappings() const
{
    QList<MappingRow> rows;
    QSqlQuery q(readDb());
    // Numeric IDs in numeric order.
    q.exec(u"SELECT duve_external_id, hubos_task_type_id, label, enabled FROM mappings "
           "ORDER BY length(duve_external_id), duve_external_id"_s);
    while (q.next()) {
        rows.append({ q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
            q.value(3).toInt() != 0 });
    }
    return rows;
}

void SqliteHistoryStore::saveRoomMapping(
    const RoomMapping &row, const QString &previousDuveRoom, Done done)
{
    enqueue(
        [row, previousDuveRoom](QSqlDatabase &db, qint64 &, QString &error) {
            if (!previousDuveRoom.isEmpty() && previousDuveRoom != row.duveRoom) {
                QSqlQuery d(db);
                d.prepare(u"DELETE FROM room_mappings WHERE duve_room=?"_s);
                d.addBindValue(previousDuveRoom);
                if (!exec(d, error))
                    return false;
            }
            QSqlQuery q(db);
            q.prepare(u"INSERT INTO room_mappings(duve_room, hubos_room) VALUES(?, ?) "
                      "ON CONFLICT(duve_room) DO UPDATE SET hubos_room=excluded.hubos_room"_s);
            q.addBindValue(text(row.duveRoom));
            q.addBindValue(text(row.hubOsRoom));
            return exec(q, error);
        },
        completion(done, &HistoryStore::roomMappingsChanged));
}

void SqliteHistoryStore::removeRoomMapping(const QString &duveRoom, Done done)
{
    enqueue(
        [duveRoom](QSqlDatabase &db, qint64 &, QString &error) {
            QSqlQuery q(db);
            q.prepare(u"DELETE FROM room_mappings WHERE duve_room=?"_s);
            q.addBindValue(duveRoom);
            return exec(q, error);
        },
        completion(done, &HistoryStore::roomMappingsChanged));
}

void SqliteHistoryStore::saveHotel(const HotelRecord &hotel, Done done)
{
    enqueue(
        [hotel](QSqlDatabase &db, qint64 &, QString &error) {
            QSqlQuery q(db);
            q.prepare(
                u"INSERT INTO hotels(key, name, hubos_url, retention_days, enabled, added_at) "
                "VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET "
                "name=excluded.name, hubos_url=excluded.hubos_url, "
                "retention_days=excluded.retention_days, enabled=excluded.enabled"_s);
            q.addBindValue(hotel.key);
            q.addBindValue(text(hotel.name));
            q.addBindValue(text(hotel.hubOsUrl));
            q.addBindValue(hotel.retentionDays);
            q.addBindValue(hotel.enabled ? 1 : 0);
            q.addBindValue(
                toMs(hotel.addedAt.isValid() ? hotel.addedAt : QDateTime::currentDateTimeUtc()));
            return exec(q, error);
        },
        completion(done, &HistoryStore::hotelsChanged));
}

void SqliteHistoryStore::removeHotel(const QString &key, Done done)
{
    enqueue(
        [key](QSqlDatabase &db, qint64 &, QString &error) {
            QSqlQuery q(db);
            q.prepare(u"DELETE FROM hotels WHERE key=?"_s);
            q.addBindValue(key);
            return exec(q, error);
        },
        completion(done, &HistoryStore::hotelsChanged));
}

QList<HotelRecord> SqliteHistoryStore::hotels() const
{
    QList<HotelRecord> rows;
    QSqlQuery q(readDb());
    q.exec(u"SELECT key, name, hubos_url, retention_days, enabled, added_at FROM hotels "
           "ORDER BY key"_s);
    while (q.next()) {
        rows.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toInt(), q.value(4).toInt() != 0, fromMs(q.value(5).toLongLong()) });
    }
    return rows;
}

void SqliteHistoryStore::markHandled(qint64 entryId, const Handling &handling, Done done)
{
    enqueue(
        [entryId, handling](QSqlDatabase &db, qint64 &id, QString &error) {
            QSqlQuery q(db);
            q.prepare(
                u"INSERT OR REPLACE INTO handled(entry_id, note, by, at) VALUES(?, ?, ?, ?)"_s);
            q.addBindValue(entryId);
            q.addBindValue(text(handling.note));
            q.addBindValue(text(handling.by));
            q.addBindValue(toMs(handling.at));
            id = entryId;
            return exec(q, error);
        },
        entryCompletion(std::move(done)));
}

QList<RoomMapping> SqliteHistoryStore::roomMappings() const
{
    QList<RoomMapping> rows;
    QSqlQuery q(readDb());
    q.exec(u"SELECT duve_room, hubos_room FROM room_mappings ORDER BY duve_room"_s);
    while (q.next())
        rows.append({ q.value(0).toString(), q.value(1).toString() });
    return rows;
}

QList<RoomMapping> SqliteHistoryStore::reservationRooms() const
{
    QList<RoomMapping> rows;
    QSqlQuery q(readDb());
    q.exec(u"SELECT reservation_id, room FROM reservation_rooms ORDER BY reservation_id"_s);
    while (q.next())
        rows.append({ q.value(0).toString(), q.value(1).toString() });
    return rows;
}

QString SqliteHistoryStore::hubOsRoomFor(const QString &duveRoom) const
{
    SqliteStatement &q = SqliteStatement::cached(
        readDb(), "SELECT hubos_room FROM room_mappings WHERE duve_room=?1");
    q.bind(1, duveRoom);
    auto rows = q.rows();
    return rows.next() ? rows.text(0) : duveRoom;
}

void SqliteHistoryStore::rememberRoom(const QString &reservationId, const QString &room, Done done)
{
    enqueue(
        [=](QSqlDatabase &db, qint64 &, QString &error) {
            QSqlQuery q(db);
            q.prepare(u"INSERT INTO reservation_rooms(reservation_id, room, updated_at) "
                      "VALUES(?, ?, ?) ON CONFLICT(reservation_id) DO UPDATE SET "
                      "room=excluded.room, updated_at=excluded.updated_at"_s);
            q.addBindValue(reservationId);
            q.addBindValue(room);
            q.addBindValue(QDateTime::currentMSecsSinceEpoch());
            return exec(q, error);
        },
        completion(done));
}

QString SqliteHistoryStore::roomForReservation(const QString &reservationId) const
{
    if (reservationId.isEmpty())
        return QString();
    SqliteStatement &q = SqliteStatement::cached(
        readDb(), "SELECT room FROM reservation_rooms WHERE reservation_id=?1");
    q.bind(1, reservationId);
    auto rows = q.rows();
    return rows.next() ? rows.text(0) : QString();
}
