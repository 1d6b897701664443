// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/hubos/hubostasktypes.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class HubOsCall;
class Runtime;

// The Hub OS task types of HubOsTaskTypes::catalogue() as the window shows them: in the interface
// language. What is stored and sent to Hub OS stays the type number.
namespace TaskTypes {
// The translated name of task type `id`; empty when the catalogue does not know it.
QString name(int id);
} // namespace TaskTypes

// The task types a mapping may use, the same for the form and the CSV import: the catalogue,
// plus the types Hub OS itself lists (GET /v1/task-types), asked whenever the settings or the
// credentials change and kept from the last answer while Hub OS cannot be asked. One per
// Runtime, shared by the pages that need it.
class TaskTypeDirectory : public QObject
{
    Q_OBJECT
public:
    // The runtime's directory, made (and first asked for) on the first call.
    static TaskTypeDirectory *of(Runtime *control);

    // Catalogue types first, then the others Hub OS listed, each by number.
    QList<TaskType> types() const;
    bool knows(int id) const;
    // As the window shows it: the catalogue's translated name, else the name Hub OS gave; empty
    // for an unknown type.
    QString displayName(int id) const;
    // What Hub OS listed the last time it was asked (empty: not asked or not answered yet).
    QList<TaskType> reported() const { return m_reported; }

    void refresh(); // asks Hub OS again (the previous question is dropped)

Q_SIGNALS:
    void changed(); // the list differs from before

private:
    explicit TaskTypeDirectory(Runtime *control);
    void setReported(const QList<TaskType> &types);

    Runtime *m_control;
    QList<TaskType> m_reported;
    QPointer<HubOsCall> m_call;
};
