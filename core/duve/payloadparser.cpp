// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/duve/payloadparser.h"

#include "core/common/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringTokenizer>
#include <cmath>

using namespace Qt::StringLiterals;

QString OrderData::guestName() const
{
    return QStringList { firstName, lastName }.join(u' ').trimmed();
}

QStringList OrderData::externalIds() const
{
    QStringList ids;
    for (const OrderItem &item : items)
        ids.append(item.externalId);
    return ids;
}

QJsonValue PayloadParser::valueAt(const QJsonValue &root, const QString &path)
{
    // Runs for every configured path of every request: views, no copies of the path.
    QJsonValue current = root;
    for (const QStringView segment : QStringTokenizer(path, u'.')) {
        QStringView key = segment;
        int index = -1;
        const qsizetype bracket = segment.indexOf(u'[');
        if (bracket >= 0 && segment.endsWith(u']')) {
            key = segment.left(bracket);
            bool ok = false;
            index = segment.mid(bracket + 1, segment.size() - bracket - 2).toInt(&ok);
            if (!ok || index < 0)
                return QJsonValue(QJsonValue::Undefined);
        }
        if (!key.isEmpty()) {
            if (!current.isObject())
                return QJsonValue(QJsonValue::Undefined);
            current = current.toObject().value(key);
        }
        if (index >= 0) {
            if (!current.isArray() || index >= current.toArray().size())
                return QJsonValue(QJsonValue::Undefined);
            current = current.toArray().at(index);
        }
    }
    return current;
}

QString PayloadParser::scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 15);
    }
    return QString();
}

QString PayloadParser::firstText(const QJsonValue &root, const QStringList &paths)
{
    for (const QString &path : paths) {
        const QString text = scalarText(valueAt(root, path));
        if (!text.isEmpty())
            return text;
    }
    return QString();
}

QString PayloadParser::normalizeExternalId(const QString &text)
{
    QString id = text.trimmed();
    bool digitsOnly = !id.isEmpty();
    for (QChar c : id)
        digitsOnly = digitsOnly && c >= u'0' && c <= u'9';
    if (digitsOnly) {
        while (id.size() > 1 && id.front() == u'0')
            id.remove(0, 1);
    }
    return id;
}

QString PayloadParser::normalizeExternalId(const QJsonValue &value)
{
    return normalizeExternalId(scalarText(value));
}

namespace {

std::optional<double> firstNumber(const QJsonValue &root, const QStringList &paths)
{
    for (const QString &path : paths) {
        const QJsonValue v = PayloadParser::valueAt(root, path);
        if (v.isDouble())
            return v.toDouble();
        if (v.isString()) {
            bool ok = false;
            const double d = v.toString().trimmed().toDouble(&ok);
            if (ok)
                return d;
        }
    }
    return std::nullopt;
}

void readItems(const QJsonValue &root, const PayloadPaths &paths, OrderData &order)
{
    using namespace PayloadParser;
    QJsonArray elements;
    for (const QString &path : paths.items) {
        const QJsonValue v = valueAt(root, path);
        if (v.isArray() && !v.toArray().isEmpty()) {
            elements = v.toArray();
            break;
        }
    }

    // Multi-item order: the variables carry their own external IDs.
    bool anyExternalId = false;
    for (const QJsonValue &element : std::as_const(elements)) {
        if (!normalizeExternalId(firstText(element, paths.itemExternalId)).isEmpty())
            anyExternalId = true;
    }
    if (anyExternalId) {
        int index = 0;
        for (const QJsonValue &element : std::as_const(elements)) {
            OrderItem item;
            item.index = index++;
            item.externalId = normalizeExternalId(firstText(element, paths.itemExternalId));
            item.name = firstText(element, paths.itemName);
            bool ok = false;
            const int quantity = firstText(element, paths.itemQuantity).toInt(&ok);
            item.quantity = ok && quantity > 0 ? quantity : 1;
            if (item.externalId.isEmpty())
                ++order.itemsWithoutExternalId;
            order.items.append(item);
        }
        return;
    }

    // Single-item order: one external ID for the product; the quantity is the sum of units.
    const QString id = normalizeExternalId(firstText(root, paths.externalId));
    if (id.isEmpty())
        return;
    OrderItem item;
    item.externalId = id;
    int quantity = 0;
    for (const QJsonValue &element : std::as_const(elements)) {
        bool ok = false;
        const int q = firstText(element, paths.itemQuantity).toInt(&ok);
        if (ok && q > 0)
            quantity += q;
    }
    item.quantity = quantity > 0 ? quantity : 1;
    item.name = order.serviceName;
    order.items.append(item);
}

QDateTime parseTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        qCInfo(lcPayload).noquote() << "unreadable delivery time" << text;
        return {};
    }
    return t.toUTC();
}

} // namespace

DuvePayload PayloadParser::parse(const QByteArray &body, const PayloadPaths &paths)
{
    DuvePayload payload;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        payload.errorOffset = error.offset;
        payload.error = u"Body is not valid JSON: %1 at offset %2."_s.arg(error.errorString())
                            .arg(error.offset);
        return payload;
    }
    if (!doc.isObject()) {
        payload.error
            = u"Body must be a JSON object with the fields accountId, event and resource."_s;
        return payload;
    }
    payload.root = doc.object();
    const QJsonValue event = payload.root.value(u"event"_s);
    if (!event.isString() || event.toString().trimmed().isEmpty()) {
        payload.error = event.isUndefined() ? u"Field \"event\" is missing."_s
                                            : u"Field \"event\" must be a non-empty string."_s;
        return payload;
    }
    payload.ok = true;
    payload.event = event.toString().trimmed();
    payload.accountId = scalarText(payload.root.value(u"accountId"_s));

    const QJsonValue root(payload.root);
    OrderData &order = payload.order;
    order.orderKey = firstText(root, paths.orderKey);
    order.orderNumber = firstText(root, paths.orderNumber);
    order.reservationId = firstText(root, paths.reservationId);
    order.room = firstText(root, paths.room);
    order.firstName = firstText(root, paths.firstName);
    order.lastName = firstText(root, paths.lastName);
    order.serviceName = firstText(root, paths.serviceName);
    order.specialRequest = firstText(root, paths.specialRequest);
    order.deliveryAt = parseTime(firstText(root, paths.deliveryAt));
    order.price = firstNumber(root, paths.price);
    order.currency = firstText(root, paths.currency);
    readItems(root, paths, order);
    return payload;
}
