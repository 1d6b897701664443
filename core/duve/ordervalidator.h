#pragma once

#include "core/duve/payloadparser.h"

// Decides whether an order may go to Hub OS (after parsing, before mapping).
struct OrderVerdict
{
    enum Kind {
        Accept,
        SkipPaid, // 200 skipped: only free services go to Hub OS
        MissingData, // 403 WEB_HUK_INVALID_BODY
    };
    Kind kind = Accept;
    QString detail; // for staff: what exactly is missing, or why it was skipped
};

namespace OrderValidator {
OrderVerdict validate(const OrderData &order, bool allowPaid);
}
