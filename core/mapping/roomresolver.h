// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <functional>

// Which Hub OS room an order's tasks go to. Duve may leave the room out of an order placed
// before the guest's room was assigned: then the room Duve later assigned to the reservation
// (reservationRoomAssign) is used. Hotels whose Duve room names differ from Hub OS's map them
// (Mappings page, "Room names"). `note` tells staff what was done, "" when nothing was.
struct ResolvedRoom
{
    QString room; // "" when neither the order nor its reservation says
    QString note;
};

namespace RoomResolver {

using ReservationRoom = std::function<QString(const QString &reservationId)>; // "" unknown
using HubOsRoomFor = std::function<QString(const QString &duveRoom)>; // itself when unmapped

ResolvedRoom resolve(const QString &orderRoom, const QString &reservationId,
    const ReservationRoom &reservationRoom, const HubOsRoomFor &hubOsRoomFor);

} // namespace RoomResolver
