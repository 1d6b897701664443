// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/duve/payloadparser.h" // OrderItem
#include "core/hubos/hubostasktypes.h"
#include "core/store/records.h" // MappingRow

#include <QList>
#include <QString>
#include <functional>
#include <optional>

struct MappedItem
{
    OrderItem item;
    int taskTypeId = 0;
};

struct MappingResult
{
    bool ok = false;
    QString unknownExternalId; // the first ID the table does not know (or has disabled)
    QList<MappedItem> items;
};

struct CsvImport
{
    QList<MappingRow> rows;
    QStringList errors; // "line N: what is wrong", one per bad row
    bool ok() const { return errors.isEmpty(); }
};

namespace Mapping {

using Lookup = std::function<std::optional<MappingRow>(const QString &externalId)>;
MappingResult mapItems(const QList<OrderItem> &items, const Lookup &lookup);

// CSV with the header duve_external_id,hubos_task_type_id,label (optional 4th column enabled).
CsvImport parseCsv(const QByteArray &csv);
QByteArray toCsv(const QList<MappingRow> &rows);

// Checks one row as a form would: numeric external ID, positive task type. "" when fine.
QString validateRow(const MappingRow &row);

} // namespace Mapping
