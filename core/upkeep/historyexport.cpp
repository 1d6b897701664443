// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/upkeep/historyexport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

// JSON bodies stay JSON; anything else is kept as text.
QJsonValue bodyJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject())
        return doc.object();
    if (error.error == QJsonParseError::NoError && doc.isArray())
        return doc.array();
    return QString::fromUtf8(body);
}

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

QJsonObject HistoryExport::toJson(const HistoryEntry &e, const QList<StoredAttempt> &attempts)
{
    QJsonObject headers;
    for (const auto &h : e.headers)
        headers.insert(QString::fromLatin1(h.first), QString::fromUtf8(h.second));
    QJsonArray exchanges;
    for (const StoredAttempt &a : attempts) {
        exchanges.append(QJsonObject {
            { u"kind"_s, a.kind },
            { u"item"_s, a.itemIndex },
            { u"attempt"_s, a.number },
            { u"startedAt"_s, time(a.startedAt) },
            { u"method"_s, a.method },
            { u"url"_s, a.url },
            { u"request"_s, bodyJson(a.request) },
            { u"status"_s, a.httpStatus },
            { u"response"_s, bodyJson(a.response) },
            { u"error"_s, a.error },
            { u"latencyMs"_s, a.latencyMs },
            { u"taskId"_s, a.taskId },
        });
    }
    return QJsonObject {
        { u"id"_s, e.id },
        { u"receivedAt"_s, time(e.receivedAt) },
        { u"remoteAddress"_s, e.remoteAddress },
        { u"method"_s, e.method },
        { u"path"_s, e.path },
        { u"event"_s, e.event },
        { u"hotel"_s, e.hotel },
        { u"orderId"_s, e.orderKey },
        { u"orderNumber"_s, e.orderNumber },
        { u"reservationId"_s, e.reservationId },
        { u"room"_s, e.room },
        { u"guest"_s, e.guest },
        { u"externalIds"_s, QJsonArray::fromStringList(e.externalIds) },
        { u"outcome"_s, outcomeName(e.outcome) },
        { u"status"_s, e.httpStatus },
        { u"code"_s, e.code },
        { u"reason"_s, e.reason.stored() },
        { u"message"_s, e.message },
        { u"detail"_s, e.detail },
        { u"answer"_s, bodyJson(e.answer) },
        { u"answeredAt"_s, time(e.answeredAt) },
        { u"tasks"_s, e.tasks },
        { u"attempts"_s, exchanges },
        { u"headers"_s, headers },
        { u"bodySize"_s, e.bodySize },
        { u"body"_s, bodyJson(e.body) },
    };
}

QByteArray HistoryExport::toJsonLine(
    const HistoryEntry &entry, const QList<StoredAttempt> &attempts)
{
    return QJsonDocument(toJson(entry, attempts)).toJson(QJsonDocument::Compact) + '\n';
}
