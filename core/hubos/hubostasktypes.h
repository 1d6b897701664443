// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

// A Hub OS task type, as listed in Duve's article "External ID for Each Type of Service".
struct TaskType
{
    int id = 0;
    QString name; // English, as Hub OS names it; the window translates it (context "TaskType")

    bool operator==(const TaskType &o) const { return id == o.id && name == o.name; }
};

namespace HubOsTaskTypes {

inline constexpr char kTranslationContext[] = "TaskType";

const QList<TaskType> &catalogue();
QString name(int id); // the English name; "" when not in the catalogue

// The task types in Hub OS's answer to GET /v1/task-types ({"taskTypes":[{"id","name"}]}),
// those with a positive id; `ok` is false when the body is not such an answer.
QList<TaskType> fromAnswer(const QByteArray &body, bool *ok = nullptr);

} // namespace HubOsTaskTypes
