// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/duve/payloadpaths.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// One ordered item: the Duve external ID and how many.
struct OrderItem
{
    int index = 0; // position in the order, part of the Hub OS externalRef
    QString externalId;
    int quantity = 1;
    QString name;
};

// What the bridge needs from an order event, read along the configured paths.
struct OrderData
{
    QString orderKey; // Duve's order id, the idempotency key
    QString orderNumber; // the human order number (#16801)
    QString reservationId;
    QString room;
    QString firstName;
    QString lastName;
    QString serviceName;
    QString specialRequest;
    QDateTime deliveryAt; // UTC; invalid when absent or unreadable
    std::optional<double> price;
    QString currency;
    QList<OrderItem> items;
    int itemsWithoutExternalId = 0; // items of a multi-item order that carry no external ID

    QString guestName() const;
    QStringList externalIds() const;
};

// A Duve webhook body after parsing. `ok` is false when the body is not a JSON object with a
// string `event`; `error` then says what and where.
struct DuvePayload
{
    bool ok = false;
    QString error;
    int errorOffset = -1;

    QString event;
    QString accountId;
    QJsonObject root;
    OrderData order; // filled for every event; empty fields where the payload has none
};

namespace PayloadParser {

DuvePayload parse(const QByteArray &body, const PayloadPaths &paths);

// The value at a dotted path ("resource.order.id", "a.list[0].b") or undefined.
QJsonValue valueAt(const QJsonValue &root, const QString &path);

// The first path that yields a non-empty scalar, as text ("" when none does).
QString firstText(const QJsonValue &root, const QStringList &paths);

// Text for a JSON scalar: trimmed strings, integral numbers without decimals; "" otherwise.
QString scalarText(const QJsonValue &value);

// Duve sends external IDs as numbers or strings: 4, "4", " 4 " and "004" are the same ID.
QString normalizeExternalId(const QJsonValue &value);
QString normalizeExternalId(const QString &text);

} // namespace PayloadParser
