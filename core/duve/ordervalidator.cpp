// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/duve/ordervalidator.h"

using namespace Qt::StringLiterals;

OrderVerdict OrderValidator::validate(const OrderData &order, bool allowPaid, int maxItems)
{
    OrderVerdict verdict;
    // Each item is a Hub OS task: an order of thousands (a bug or an abuse at the sender) must
    // not become thousands of calls, nor hold the event loop while it is planned.
    const qsizetype items = order.items.size() + order.itemsWithoutExternalId;
    if (items > maxItems) {
        verdict.kind = OrderVerdict::TooManyItems;
        verdict.reason = Reason(Reason::Code::TooManyItems, QString::number(items));
        verdict.detail = u"The order has %1 items; at most %2 are taken per order "
                         "([delivery] maxItems)."_s.arg(items)
                             .arg(maxItems);
        return verdict;
    }
    if (!allowPaid && order.price && *order.price > 0) {
        verdict.kind = OrderVerdict::SkipPaid;
        verdict.detail = u"Paid order (%1 %2): only free services are sent to Hub OS."_s
                             .arg(QString::number(*order.price), order.currency)
                             .replace(u" )"_s, u")"_s);
        return verdict;
    }

    QStringList missing;
    QStringList fields; // as Reason::MissingOrderData names them
    if (order.room.isEmpty()) {
        missing.append(u"room number"_s);
        fields.append(u"room"_s);
    }
    if (order.items.isEmpty() || order.itemsWithoutExternalId > 0)
        fields.append(u"external_id"_s);
    if (order.items.isEmpty())
        missing.append(u"external ID"_s);
    else if (order.itemsWithoutExternalId > 0)
        missing.append(u"external ID of %1 item(s)"_s.arg(order.itemsWithoutExternalId));
    if (order.firstName.isEmpty()) {
        missing.append(u"verified first name"_s);
        fields.append(u"first_name"_s);
    }
    if (order.orderKey.isEmpty()) {
        missing.append(u"order id"_s);
        fields.append(u"order_id"_s);
    }
    if (!missing.isEmpty()) {
        verdict.kind = OrderVerdict::MissingData;
        verdict.detail = u"Missing: %1."_s.arg(missing.join(u", "_s));
        verdict.reason = Reason(Reason::Code::MissingOrderData, fields.join(u','));
    }
    return verdict;
}
