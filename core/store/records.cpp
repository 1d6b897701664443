// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/records.h"

#include "core/hubos/hubostasktypes.h"

QList<MappingRow> MappingRow::defaults()
{
    QList<MappingRow> rows;
    for (const TaskType &t : HubOsTaskTypes::catalogue())
        rows.append({ QString::number(t.id), t.id, t.name, true });
    return rows;
}

bool HotelRecord::isValidKey(const QString &key)
{
    if (key.isEmpty() || key.size() > 40 || key.front() == u'-')
        return false;
    for (const QChar c : key) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return false;
    }
    return true;
}

QString deliveryStateName(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Pending:
        break;
    case DeliveryState::Created:
        return QStringLiteral("created");
    case DeliveryState::Failed:
        return QStringLiteral("failed");
    case DeliveryState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("pending");
}

DeliveryState deliveryStateFromString(const QString &text)
{
    for (DeliveryState s :
        { DeliveryState::Created, DeliveryState::Failed, DeliveryState::Cancelled }) {
        if (text == deliveryStateName(s))
            return s;
    }
    return DeliveryState::Pending;
}
