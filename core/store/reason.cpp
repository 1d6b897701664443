// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/reason.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {
constexpr std::array kNames { "", "unknown_external_id", "unknown_room", "unknown_task_type",
    "missing_order_data", "too_many_items", "malformed_json", "hubos_rejected", "hubos_unavailable",
    "hubos_credentials", "duve_credentials", "not_a_webhook", "refused_unread", "refused",
    "store_unavailable", "interrupted", "handled_by_hand", "order_busy" };
static_assert(kNames.size() == size_t(Reason::Code::OrderBusy) + 1);

// The fields MissingOrderData names, in the staff's words.
QString fieldText(const QString &field)
{
    if (field == u"room"_s)
        return Reason::tr("room number");
    if (field == u"external_id"_s)
        return Reason::tr("external ID");
    if (field == u"first_name"_s)
        return Reason::tr("verified first name");
    if (field == u"order_id"_s)
        return Reason::tr("order ID");
    return field;
}
} // namespace

QString Reason::codeName(Code code)
{
    return QString::fromLatin1(kNames.at(size_t(code)));
}

QString Reason::stored() const
{
    if (m_code == Code::None)
        return {};
    return m_value.isEmpty() ? codeName(m_code) : codeName(m_code) + u':' + m_value;
}

Reason Reason::fromStored(QStringView text)
{
    const qsizetype colon = text.indexOf(u':');
    const QStringView name = colon < 0 ? text : text.left(colon);
    for (size_t i = 1; i < kNames.size(); ++i) {
        if (name == QLatin1String(kNames[i]))
            return Reason(Code(i), colon < 0 ? QString() : text.mid(colon + 1).toString());
    }
    return {};
}

QString Reason::text() const
{
    switch (m_code) {
    case Code::None:
        return {};
    case Code::UnknownExternalId:
        return tr("External ID %1 is not in the mapping table (or is switched off). Add it on the "
                  "Mappings page, then resend the order.")
            .arg(m_value);
    case Code::UnknownRoom:
        return tr("Hub OS does not know room %1. Check the room's name in Hub OS, or map it on "
                  "the Mappings page (Rooms), then resend the order.")
            .arg(m_value);
    case Code::UnknownTaskType:
        return tr("Hub OS does not know task type %1. Correct the mapping on the Mappings page, "
                  "then resend the order.")
            .arg(m_value);
    case Code::MissingOrderData: {
        QStringList fields;
        for (const QString &f : m_value.split(u',', Qt::SkipEmptyParts))
            fields.append(fieldText(f));
        return tr("The order from Duve is missing: %1.").arg(fields.join(tr(", ")));
    }
    case Code::TooManyItems:
        return tr("The order has %1 items, more than Hubbridge takes in one order.").arg(m_value);
    case Code::MalformedJson:
        return tr("The request carried the hotel's credentials but not a Duve order Hubbridge "
                  "can read.");
    case Code::HubOsRejected:
        return tr("Hub OS refused the task with an unexpected answer (HTTP %1).").arg(m_value);
    case Code::HubOsUnavailable:
        return tr("Hub OS could not be reached or did not answer in time.");
    case Code::HubOsCredentials:
        return tr("Hub OS refused Hubbridge's credentials. Check them in Settings.");
    case Code::DuveCredentials:
        return tr("The request did not carry the hotel's Duve credentials.");
    case Code::NotAWebhook:
        return tr("Not a Duve webhook (%1).").arg(m_value);
    case Code::RefusedUnread:
        return tr("Refused before it was read (HTTP %1).").arg(m_value);
    case Code::Refused:
        return tr("An order from Duve was refused before it was read (HTTP %1): it was too large "
                  "or too slow.")
            .arg(m_value);
    case Code::StoreUnavailable:
        return tr("The history could not record the request; Duve was asked to send it again.");
    case Code::Interrupted:
        return tr("Hubbridge stopped before it could answer.");
    case Code::HandledByHand:
        return tr("Handled by hand by %1.").arg(m_value);
    case Code::OrderBusy:
        return tr("Another Hubbridge instance was still delivering this order; Duve was asked to "
                  "send it again.");
    }
    return {};
}

QString Reason::causeTitle() const
{
    switch (m_code) {
    case Code::UnknownExternalId:
        return tr("Unknown external ID %1").arg(m_value);
    case Code::UnknownRoom:
        return tr("Hub OS does not know room %1").arg(m_value);
    case Code::UnknownTaskType:
        return tr("Hub OS does not know task type %1").arg(m_value);
    case Code::MissingOrderData:
    case Code::TooManyItems:
    case Code::MalformedJson:
        return tr("Orders Duve sent incomplete");
    case Code::HubOsRejected:
        return tr("Hub OS refused the task (HTTP %1)").arg(m_value);
    case Code::HubOsUnavailable:
        return tr("Hub OS unreachable");
    case Code::HubOsCredentials:
        return tr("Hub OS refuses Hubbridge's credentials");
    case Code::DuveCredentials:
        return tr("Duve's credentials no longer match");
    case Code::Refused:
        return tr("Orders refused before they were read");
    case Code::StoreUnavailable:
        return tr("The history could not record orders");
    case Code::Interrupted:
        return tr("Interrupted by a stop");
    case Code::OrderBusy:
        return tr("Delivered by another instance");
    case Code::None:
    case Code::NotAWebhook:
    case Code::RefusedUnread:
    case Code::HandledByHand:
        break;
    }
    return text();
}

bool Reason::isHubOsFault() const
{
    return m_code == Code::HubOsUnavailable || m_code == Code::HubOsCredentials;
}

bool Reason::isOtherTraffic() const
{
    return m_code == Code::DuveCredentials || m_code == Code::NotAWebhook
        || m_code == Code::RefusedUnread;
}

QStringList Reason::otherTrafficNames()
{
    return { codeName(Code::DuveCredentials), codeName(Code::NotAWebhook),
        codeName(Code::RefusedUnread) };
}
