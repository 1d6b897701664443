// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDebug>
#include <QLoggingCategory>
#include <QString>
#include <optional>

// One category per subsystem; switch them with QT_LOGGING_RULES, e.g.
// QT_LOGGING_RULES="hubbridge.hubos.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcListener)
Q_DECLARE_LOGGING_CATEGORY(lcGuard)
Q_DECLARE_LOGGING_CATEGORY(lcPayload)
Q_DECLARE_LOGGING_CATEGORY(lcDelivery)
Q_DECLARE_LOGGING_CATEGORY(lcHubOs)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcCli)

// How log lines are written. Text is Qt's usual "category: message" (QT_MESSAGE_PATTERN
// applies); Json is one object per line for a log collector: time, level, category, message and
// the fields the line names (order, hotel), e.g.
//   {"time":"2026-12-07T06:30:00.123Z","level":"info","category":"hubbridge.listener",
//    "message":"POST /webhooks/duve orderCreated order 16801-ab -> 200 created",
//    "order":"16801-ab"}
namespace Log {

enum class Format { Text, Json };

// Installs the message handler for the whole process (the command line and the window call it
// first thing). Thread-safe: the store's writer threads log too.
void install(Format format);
Format installed();
// "json" or "text" (case-insensitive); nullopt for anything else.
std::optional<Format> formatFromName(QStringView name);
// HUBBRIDGE_LOG_FORMAT, else Text.
Format formatFromEnvironment();

// A field of a log line: `qCInfo(lcDelivery) << Log::order(key) << "retried"`. Text shows it as
// "order KEY"; JSON also gives it a key of its own, so that a collector can follow one order
// (or one hotel) through every line. An empty value writes nothing.
struct Field
{
    const char *name;
    QString value;
};
inline Field order(const QString &orderKey)
{
    return { "order", orderKey };
}
inline Field hotel(const QString &hotelKey) // HotelRecord::key: never a credential
{
    return { "hotel", hotelKey };
}

} // namespace Log

QDebug operator<<(QDebug debug, const Log::Field &field);
