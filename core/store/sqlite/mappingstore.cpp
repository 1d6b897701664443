// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// SqliteHistoryStore: the hotel's set-up kept with the history — the external-ID table, room names
// (Duve -> Hub OS) and the rooms of reservations.
#include "core/common/logging.h"
#include "core/store/sqlite/openproblems.h"
#include "core/store/sqlite/sqlitehistorystore.h"
#include "core/store/sqlite/sqlitestatement.h"
#include "core/store/sqlite/sqlsupport.h"

#include <QPointer>

using namespace Qt::StringLiterals;
using namespace StoreSql;

namespace {
bool insertMapping(QSqlDatabase &db, const MappingRow &row, const QString &hotel, QString &error)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO mappings(hotel, duve_external_id, hubos_task_type_id, label, enabled) "
              "VALUES(?, ?, ?, ?, ?) ON CONFLICT(hotel, duve_external_id) DO UPDATE SET "
              "hubos_task_type_id=excluded.hubos_task_type_id, label=excluded.label, "
              "enabled=excluded.enabled"_s);
    q.addBindValue(text(hotel));
    q.addBindValue(row.duveExternalId);
    q.addBindValue(row.hubOsTaskTypeId);
    q.addBindValue(text(row.label));
    q.addBindValue(row.enabled ? 1 : 0);
    return exec(q, error);
}

bool deleteOf(
    QSqlDatabase &db, const QString &sql, const QString &hotel, const QString &key, QString &error)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(text(hotel));
    if (!key.isNull())
        q.addBindValue(key);
    return exec(q, error);
}
} // namespace

void SqliteHistoryStore::replaceMappings(
    const QList<MappingRow> &rows, Done done, const QString &hotel)
{
    enqueue(
        [rows, hotel](QSqlDatabase &db, qint64 &, QString &error) {
            if (!deleteOf(db, u"DELETE FROM mappings WHERE hotel=?"_s, hotel, {}, error))
                return false;
            for (const MappingRow &row : rows) {
                if (!insertMapping(db, row, hotel, error))
                    return false;
            }
            return true;
        },
        completion(done, &HistoryStore::mappingsChanged));
}

void SqliteHistoryStore::saveMapping(
    const MappingRow &row, const QString &previousExternalId, Done done, const QString &hotel)
{
    enqueue(
        [row, previousExternalId, hotel](QSqlDatabase &db, qint64 &, QString &error) {
            if (!previousExternalId.isEmpty() && previousExternalId != row.duveExternalId
                && !deleteOf(db, u"DELETE FROM mappings WHERE hotel=? AND duve_external_id=?"_s,
                    hotel, previousExternalId, error))
                return false;
            return insertMapping(db, row, hotel, error);
        },
        completion(done, &HistoryStore::mappingsChanged));
}

void SqliteHistoryStore::removeMapping(const QString &externalId, Done done, const QString &hotel)
{
    enqueue(
        [externalId, hotel](QSqlDatabase &db, qint64 &, QString &error) {
            return deleteOf(db, u"DELETE FROM mappings WHERE hotel=? AND duve_external_id=?"_s,
                hotel, externalId, error);
        },
        completion(done, &HistoryStore::mappingsChanged));
}

std::optional<MappingRow> SqliteHistoryStore::mapping(
    const QString &externalId, const QString &hotel) const
{
    // The hotel's own row sorts after the group's (''). A single hotel's (or the group's own)
    // is one look-up of the primary key, not two and a sort: it is every request's.
    SqliteStatement &q = hotel.isEmpty()
        ? SqliteStatement::cached(readDb(),
            "SELECT duve_external_id, hubos_task_type_id, label, enabled FROM mappings "
            "WHERE hotel='' AND duve_external_id=?1")
        : SqliteStatement::cached(readDb(),
            "SELECT duve_external_id, hubos_task_type_id, label, enabled FROM mappings "
            "WHERE duve_external_id=?1 AND hotel IN (?2, '') ORDER BY hotel DESC LIMIT 1");
    q.bind(1, externalId);
    if (!hotel.isEmpty())
        q.bind(2, hotel);
    auto rows = q.rows();
    if (!rows.next())
        return std::nullopt;
    return MappingRow { rows.text(0), int(rows.integer(1)), rows.text(2), rows.integer(3) != 0 };
}

QList<MappingRow> SqliteHistoryStore::mappings(const QString &hotel) const
{
    QList<MappingRow> rows;
    QSqlQuery q(readDb());
    // Numeric IDs in numeric order.
    q.prepare(u"SELECT duve_external_id, hubos_task_type_id, label, enabled FROM mappings "
              "WHERE hotel=? ORDER BY length(duve_external_id), duve_external_id"_s);
    q.addBindValue(text(hotel));
    q.exec();
    while (q.next()) {
        rows.append({ q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
            q.value(3).toInt() != 0 });
    }
    return rows;
}

void SqliteHistoryStore::saveRoomMapping(
    const RoomMapping &row, const QString &previousDuveRoom, Done done, const QString &hotel)
{
    enqueue(
        [row, previousDuveRoom, hotel](QSqlDatabase &db, qint64 &, QString &error) {
            if (!previousDuveRoom.isEmpty() && previousDuveRoom != row.duveRoom
                && !deleteOf(db, u"DELETE FROM room_mappings WHERE hotel=? AND duve_room=?"_s,
                    hotel, previousDuveRoom, error))
                return false;
            QSqlQuery q(db);
            q.prepare(u"INSERT INTO room_mappings(hotel, duve_room, hubos_room) VALUES(?, ?, ?) "
                      "ON CONFLICT(hotel, duve_room) DO UPDATE SET "
                      "hubos_room=excluded.hubos_room"_s);
            q.addBindValue(text(hotel));
            q.addBindValue(text(row.duveRoom));
            q.addBindValue(text(row.hubOsRoom));
            return exec(q, error);
        },
        completion(done, &HistoryStore::roomMappingsChanged));
}

void SqliteHistoryStore::removeRoomMapping(const QString &duveRoom, Done done, const QString &hotel)
{
    enqueue(
        [duveRoom, hotel](QSqlDatabase &db, qint64 &, QString &error) {
            return deleteOf(db, u"DELETE FROM room_mappings WHERE hotel=? AND duve_room=?"_s, hotel,
                duveRoom, error);
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
            return exec(q, error) && OpenProblems::handled(db, entryId, error);
        },
        entryCompletion(std::move(done)));
}

QList<RoomMapping> SqliteHistoryStore::roomMappings(const QString &hotel) const
{
    QList<RoomMapping> rows;
    QSqlQuery q(readDb());
    q.prepare(
        u"SELECT duve_room, hubos_room FROM room_mappings WHERE hotel=? ORDER BY duve_room"_s);
    q.addBindValue(text(hotel));
    q.exec();
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

QString SqliteHistoryStore::hubOsRoomFor(const QString &duveRoom, const QString &hotel) const
{
    // As mapping(): one look-up for a single hotel.
    SqliteStatement &q = hotel.isEmpty()
        ? SqliteStatement::cached(
            readDb(), "SELECT hubos_room FROM room_mappings WHERE hotel='' AND duve_room=?1")
        : SqliteStatement::cached(readDb(),
            "SELECT hubos_room FROM room_mappings WHERE duve_room=?1 AND hotel IN (?2, '') "
            "ORDER BY hotel DESC LIMIT 1");
    q.bind(1, duveRoom);
    if (!hotel.isEmpty())
        q.bind(2, hotel);
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
