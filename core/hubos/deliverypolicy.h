#pragma once

#include <QList>

// How hard the bridge tries to reach Hub OS before answering Duve.
struct DeliveryPolicy
{
    int attempts = 3;
    int backoffMs = 500;
    int attemptTimeoutMs = 5000;
    int answerWithinMs = 15000;
    QList<int> retryScheduleSeconds;
    bool allowPaid = false;
};
