// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

// Where the fields of a Duve payload are looked for. Every list is tried in order and the
// first non-empty value wins (see ../shared/contracts/duve-inbound.md).
struct PayloadPaths
{
    QStringList orderKey;
    QStringList orderNumber;
    QStringList reservationId;
    QStringList room;
    QStringList firstName;
    QStringList lastName;
    QStringList items; // arrays whose elements are the ordered items
    QStringList itemExternalId; // relative to one element of `items`
    QStringList itemQuantity; // relative to one element of `items`
    QStringList itemName; // relative to one element of `items`
    QStringList externalId; // single-item orders
    QStringList deliveryAt;
    QStringList specialRequest;
    QStringList serviceName;
    QStringList price;
    QStringList currency;
};
