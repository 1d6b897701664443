// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>

inline constexpr int kDefaultMaxItems = 50;
inline constexpr int kMaxItemsLimit = 200; // the most [delivery] maxItems may say

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
};
