// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/mapping/roomresolver.h"

using namespace Qt::StringLiterals;

ResolvedRoom RoomResolver::resolve(const QString &orderRoom, const QString &reservationId,
    const ReservationRoom &reservationRoom, const HubOsRoomFor &hubOsRoomFor)
{
    ResolvedRoom r { orderRoom, QString() };
    if (r.room.isEmpty() && !reservationId.isEmpty()) {
        r.room = reservationRoom(reservationId);
        if (!r.room.isEmpty())
            r.note = u"Room %1 taken from the reservation's room assignment."_s.arg(r.room);
    }
    if (!r.room.isEmpty()) {
        const QString hubOsRoom = hubOsRoomFor(r.room);
        if (!hubOsRoom.isEmpty() && hubOsRoom != r.room) {
            r.note = QString(r.note + u" Duve room %1 is Hub OS room %2."_s.arg(r.room, hubOsRoom))
                         .trimmed();
            r.room = hubOsRoom;
        }
    }
    return r;
}
