// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// Duve's webhook event names (../shared/contracts/duve-inbound.md, "Events"), in one place.
namespace DuveEvent {
inline const QString OrderCreated = QStringLiteral("orderCreated");
inline const QString PendingOrderCreated = QStringLiteral("pendingOrderCreated");
inline const QString OrderCancelled = QStringLiteral("orderCancelled");
inline const QString OrderRefunded = QStringLiteral("orderRefunded");
inline const QString ReservationCreated = QStringLiteral("reservationCreated");
inline const QString ReservationRoomAssign = QStringLiteral("reservationRoomAssign");
inline const QString PreCheckInDone = QStringLiteral("preCheckInDone");
inline const QString PreCheckOutDone = QStringLiteral("preCheckOutDone");
inline const QString PreCheckOutUpdated = QStringLiteral("preCheckOutUpdated");
inline const QString GuestLinkOpened = QStringLiteral("guestLinkOpened");
inline const QString GuestDocumentUploaded = QStringLiteral("guestDocumentUploaded");
inline const QString ChatMessageSent = QStringLiteral("chatMessageSent");
} // namespace DuveEvent
