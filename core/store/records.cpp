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
