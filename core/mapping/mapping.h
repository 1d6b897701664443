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

struct RoomCsvImport
{
    QList<RoomMapping> rows;
    QStringList errors; // "line N: what is wrong", one per bad row
    bool ok() const { return errors.isEmpty(); }
};

// How an import treats the rows of the table that are not in the file.
enum class ImportMode {
    Replace, // the table becomes the file: rows not in the file are removed
    Merge, // rows of the file are added or updated; the others stay
};

// What importing a file would do to a table, computed before anything changes, so that staff
// can be asked first. Rows are matched by their key (the normalised external ID, or the Duve
// room name); `changed` holds the rows as the file has them.
template<typename Row> struct ImportPlan
{
    QList<Row> added; // in the file, not in the table
    QList<Row> changed; // in both, different
    QList<Row> removed; // in the table, not in the file: removed by ImportMode::Replace only
    int unchanged = 0; // in both, the same

    bool changesNothing(ImportMode mode) const
    {
        return added.isEmpty() && changed.isEmpty()
            && (mode == ImportMode::Merge || removed.isEmpty());
    }
};
using MappingImportPlan = ImportPlan<MappingRow>;
using RoomImportPlan = ImportPlan<RoomMapping>;

namespace Mapping {

using Lookup = std::function<std::optional<MappingRow>(const QString &externalId)>;
MappingResult mapItems(const QList<OrderItem> &items, const Lookup &lookup);

// Whether Hub OS has a task type (the catalogue plus what Hub OS lists); empty: any positive
// number.
using KnownTaskType = std::function<bool(int taskTypeId)>;

// CSV with the header duve_external_id,hubos_task_type_id,label (optional 4th column enabled).
// With `known`, a task type it does not know makes its line wrong, as the form would.
CsvImport parseCsv(const QByteArray &csv, const KnownTaskType &known = {});
QByteArray toCsv(const QList<MappingRow> &rows);

// What importing `incoming` into `current` would do, and the table afterwards.
MappingImportPlan planImport(const QList<MappingRow> &current, const QList<MappingRow> &incoming);
QList<MappingRow> applyImport(
    const QList<MappingRow> &current, const QList<MappingRow> &incoming, ImportMode mode);

// Room names: CSV with the header duve_room,hubos_room. Names are kept as written (Duve's
// spelling and capitals), without the spaces around them.
RoomCsvImport parseRoomCsv(const QByteArray &csv);
QByteArray roomsToCsv(const QList<RoomMapping> &rows);
RoomImportPlan planRoomImport(
    const QList<RoomMapping> &current, const QList<RoomMapping> &incoming);

// Checks one row as a form would: numeric external ID, positive task type. "" when fine.
QString validateRow(const MappingRow &row);

} // namespace Mapping
