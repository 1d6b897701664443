// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/duve/duveanswer.h"
#include "core/duve/payloadparser.h"
#include "core/hubos/huboscredentials.h"
#include "core/net/httpheaders.h"

// The "read" step of the data path: a webhook's credentials, then its body, then what kind of
// event it is. Pure: no store, no network; the caller acts on the result.
struct WebhookRead
{
    enum class Kind {
        Order, // a guest ordered a service: validate, map, deliver
        Cancel, // cancel the order's tasks
        Reservation, // remember the reservation's room
        Ignored, // an event that creates no task: recorded, answered 200 "ignored"
        Refused, // wrong credentials or not a Duve payload: `answer` says why
    };
    Kind kind = Kind::Refused;
    DuvePayload payload; // parsed when the credentials were right
    DuveAnswer answer; // when reading alone decides it: Refused and Ignored
};

namespace WebhookReader {

// `trusted`: the request is a staff resend from the history, whose credential values are masked
// there; the credentials are not checked again.
WebhookRead read(const HttpHeaders &headers, const QByteArray &body,
    const HubOsCredentials &credentials, const PayloadPaths &paths, bool trusted = false);

} // namespace WebhookReader
