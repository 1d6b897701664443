// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/duve/webhookreader.h"

#include "core/duve/duvecredentials.h"
#include "core/duve/duveevents.h"

using namespace Qt::StringLiterals;

namespace {

WebhookRead::Kind kindOf(const QString &event)
{
    if (event == DuveEvent::OrderCreated || event == DuveEvent::PendingOrderCreated)
        return WebhookRead::Kind::Order;
    if (event == DuveEvent::OrderCancelled)
        return WebhookRead::Kind::Cancel;
    if (event == DuveEvent::ReservationRoomAssign || event == DuveEvent::ReservationCreated)
        return WebhookRead::Kind::Reservation;
    return WebhookRead::Kind::Ignored;
}

} // namespace

WebhookRead WebhookReader::read(const HttpHeaders &headers, const QByteArray &body,
    const HubOsCredentials &credentials, const PayloadPaths &paths, bool trusted)
{
    WebhookRead read;
    if (!trusted) {
        const CredentialCheck check = DuveCredentials::verifyHeaders(headers, credentials);
        if (!check.ok) {
            read.answer = DuveAnswer::invalidCredentials(check.detail);
            // Wrong values under Duve's header names: most likely Duve with old credentials
            // (a burst of those is a problem); missing headers: anyone else.
            read.answer.reason = Reason(
                Reason::Code::DuveCredentials, check.presented ? u"wrong"_s : u"missing"_s);
            return read;
        }
    }
    read.payload = PayloadParser::parse(body, paths);
    if (!read.payload.ok) {
        read.answer = DuveAnswer::malformedJson(read.payload.error);
        return read;
    }
    read.kind = kindOf(read.payload.event);
    if (read.kind == WebhookRead::Kind::Ignored)
        read.answer = DuveAnswer::ignored(read.payload.event);
    return read;
}
