#pragma once

#include "payloadparser.h" // OrderItem

#include <QList>
#include <QString>
#include <functional>
#include <optional>

// A Hub OS task type, as listed in Duve's article "External ID for Each Type of Service".
struct TaskType
{
    int id = 0;
    QString name;
};

// One row of the external-ID table: Duve external ID -> Hub OS task type.
struct MappingRow
{
    QString duveExternalId;
    int hubOsTaskTypeId = 0;
    QString label;
    bool enabled = true;

    bool operator==(const MappingRow &o) const
    {
        return duveExternalId == o.duveExternalId && hubOsTaskTypeId == o.hubOsTaskTypeId
            && label == o.label && enabled == o.enabled;
    }
};

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

const QList<TaskType> &catalogue();
QString taskTypeName(int id); // "" when not in the catalogue
QList<MappingRow> defaultRows(); // every catalogue type mapped to itself

using Lookup = std::function<std::optional<MappingRow>(const QString &externalId)>;
MappingResult mapItems(const QList<OrderItem> &items, const Lookup &lookup);

// CSV with the header duve_external_id,hubos_task_type_id,label (optional 4th column enabled).
CsvImport parseCsv(const QByteArray &csv);
QByteArray toCsv(const QList<MappingRow> &rows);

// Checks one row as a form would: numeric external ID, positive task type. "" when fine.
QString validateRow(const MappingRow &row);

} // namespace Mapping
