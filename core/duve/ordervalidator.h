// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/duve/payloadparser.h"
#include "core/hubos/deliverypolicy.h" // kDefaultMaxItems
#include "core/store/reason.h"

// Decides whether an order may go to Hub OS (after parsing, before mapping).
struct OrderVerdict
{
    enum Kind {
        Accept,
        SkipPaid, // 200 skipped: only free services go to Hub OS
        MissingData, // 403 WEB_HUK_INVALID_BODY
        TooManyItems, // 403 WEB_HUK_INVALID_BODY: more items than [delivery] maxItems
    };
    Kind kind = Accept;
    QString detail; // for staff: what exactly is missing, or why it was skipped
    Reason reason; // MissingOrderData or TooManyItems
};

namespace OrderValidator {
OrderVerdict validate(const OrderData &order, bool allowPaid, int maxItems = kDefaultMaxItems);
}
