#include "core/store/records.h"

#include "core/hubos/hubostasktypes.h"

QList<MappingRow> MappingRow::defaults()
{
    QList<MappingRow> rows;
    for (const TaskType &t : HubOsTaskTypes::catalogue())
        rows.append({ QString::number(t.id), t.id, t.name, true });
    return rows;
}
