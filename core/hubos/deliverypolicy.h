// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>

inline constexpr int kDefaultMaxItems = 50;
inline constexpr int kMaxItemsLimit = 200; // the most [delivery] maxItems may say
inline constexpr int kClaimLeaseMarginMs = 2000; // a claim lasts at least answerWithinMs + this

// How hard the bridge tries to reach Hub OS before answering Duve.
struct DeliveryPolicy
{
    int attempts = 3;
    int backoffMs = 500;
    int attemptTimeoutMs = 5000;
    int answerWithinMs = 15000;
    QList<int> retryScheduleSeconds;
    bool allowPaid = false;
    int maxItems = kDefaultMaxItems; // items (Hub OS tasks) one order may ask for
    // Several instances on one database: how long an instance's claim on an order lasts
    // ([store] claimLeaseSeconds, at least answerWithinMs + kClaimLeaseMarginMs).
    int claimLeaseMs = 60000;
};
