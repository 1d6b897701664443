// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/hubos/hubostasktypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace {

struct Entry
{
    int id;
    const char *name;
};

// Marked for lupdate: the window shows these names in its language.
const Entry kEntries[] = {
    { 2, QT_TRANSLATE_NOOP("TaskType", "Change bed sheets") },
    { 3, QT_TRANSLATE_NOOP("TaskType", "Request cleaning") },
    { 4, QT_TRANSLATE_NOOP("TaskType", "Serve towels") },
    { 5, QT_TRANSLATE_NOOP("TaskType", "Check minibar") },
    { 6, QT_TRANSLATE_NOOP("TaskType", "Serve pillows") },
    { 7, QT_TRANSLATE_NOOP("TaskType", "Serve amenities") },
    { 8, QT_TRANSLATE_NOOP("TaskType", "Install baby cot") },
    { 9, QT_TRANSLATE_NOOP("TaskType", "Install extra bed") },
    { 10, QT_TRANSLATE_NOOP("TaskType", "Deep cleaning") },
    { 11, QT_TRANSLATE_NOOP("TaskType", "Taps purge") },
    { 12, QT_TRANSLATE_NOOP("TaskType", "Turndown service") },
    { 13, QT_TRANSLATE_NOOP("TaskType", "Other task") },
    { 14, QT_TRANSLATE_NOOP("TaskType", "Zip beds") },
    { 15, QT_TRANSLATE_NOOP("TaskType", "Separate beds") },
    { 16, QT_TRANSLATE_NOOP("TaskType", "Room service tray") },
    { 17, QT_TRANSLATE_NOOP("TaskType", "Check") },
    { 18, QT_TRANSLATE_NOOP("TaskType", "Review") },
    { 19, QT_TRANSLATE_NOOP("TaskType", "Ventilate") },
    { 20, QT_TRANSLATE_NOOP("TaskType", "Minibar restocking") },
    { 21, QT_TRANSLATE_NOOP("TaskType", "Bellboy") },
    { 22, QT_TRANSLATE_NOOP("TaskType", "Luggage") },
    { 23, QT_TRANSLATE_NOOP("TaskType", "Ice bucket") },
    { 24, QT_TRANSLATE_NOOP("TaskType", "Laundry") },
    { 25, QT_TRANSLATE_NOOP("TaskType", "Valet") },
    { 26, QT_TRANSLATE_NOOP("TaskType", "Security") },
};

} // namespace

const QList<TaskType> &HubOsTaskTypes::catalogue()
{
    static const QList<TaskType> types = [] {
        QList<TaskType> list;
        for (const Entry &e : kEntries)
            list.append({ e.id, QString::fromLatin1(e.name) });
        return list;
    }();
    return types;
}

QString HubOsTaskTypes::name(int id)
{
    for (const Entry &e : kEntries) {
        if (e.id == id)
            return QString::fromLatin1(e.name);
    }
    return {};
}

QList<TaskType> HubOsTaskTypes::fromAnswer(const QByteArray &body, bool *ok)
{
    QList<TaskType> types;
    const QJsonValue list = QJsonDocument::fromJson(body).object().value(u"taskTypes"_s);
    if (ok)
        *ok = list.isArray();
    for (const QJsonValue &value : list.toArray()) {
        const QJsonObject type = value.toObject();
        const int id = type.value(u"id"_s).toInt();
        if (id > 0)
            types.append({ id, type.value(u"name"_s).toString().trimmed() });
    }
    return types;
}
