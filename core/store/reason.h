// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Why a request ended as it did, recorded as a code with its value (the room, the external ID,
// the HTTP status...) and turned into a sentence only when it is shown, in the reader's
// language. Stored as "code" or "code:value"; the codes never change (older entries, written
// before reasons were recorded, have none and keep the text stored with them).
class Reason
{
    Q_DECLARE_TR_FUNCTIONS(Reason)
public:
    enum class Code : quint8 {
        None,
        // The order needs a person (fix the set-up, then resend).
        UnknownExternalId, // value: the external ID
        UnknownRoom, // value: the room
        UnknownTaskType, // value: the task type
        MissingOrderData, // value: the missing fields, e.g. "room,first_name"
        TooManyItems, // value: how many
        MalformedJson,
        HubOsRejected, // value: the HTTP status of an answer Hub OS is not expected to give
        // Hub OS itself.
        HubOsUnavailable, // unreachable, 5xx, 429 or too slow
        HubOsCredentials, // Hub OS refused Hubbridge's credentials
        // Not a Duve order ("other traffic").
        DuveCredentials, // the hotel's Duve credentials were missing or wrong
        NotAWebhook, // value: the path (or method) that is not Duve's webhook
        RefusedUnread, // value: the HTTP status; the guard answered before reading credentials
        // Hubbridge itself.
        Refused, // value: the HTTP status; the guard refused a request from Duve (413, ...)
        StoreUnavailable,
        Interrupted,
        HandledByHand, // value: who
        // Another instance on the same database was delivering the order past this request's
        // time (it died or stalled): Duve was asked to send it again.
        OrderBusy,
    };

    Reason() = default;
    Reason(Code code, const QString &value = {})
        : m_code(code)
        , m_value(value)
    { }

    Code code() const { return m_code; }
    QString value() const { return m_value; }
    bool isNone() const { return m_code == Code::None; }

    QString stored() const; // "unknown_room:999"; "" for None
    static Reason fromStored(QStringView text); // unknown codes read as None
    static QString codeName(Code code);

    // The sentence staff read, in the current language.
    QString text() const;
    // The same cause for several orders, as a heading: "Hub OS does not know room 999".
    QString causeTitle() const;

    // Whether the reason says something about Hub OS itself (unreachable, refusing
    // Hubbridge's credentials), as opposed to one order (an unknown room or task type).
    bool isHubOsFault() const;
    // Whether the request was not a Duve order at all: kept apart from orders and problems.
    bool isOtherTraffic() const;
    // The stored names of the codes isOtherTraffic() holds for: one definition for the store.
    static QStringList otherTrafficNames();

    bool operator==(const Reason &o) const { return m_code == o.m_code && m_value == o.m_value; }

private:
    Code m_code = Code::None;
    QString m_value;
};
