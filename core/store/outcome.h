// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHashFunctions>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// What happened to a request, as staff filter it. Stored by name (outcomeName), which never
// changes: the history, exports and `history resend --status` use the names.
enum class Outcome : quint8 {
    Received, // recorded, answer pending
    Created, // every Hub OS task created
    Duplicate, // order seen before, answered again
    Cancelled,
    Ignored,
    Recorded,
    Skipped,
    Rejected, // the request was wrong (4xx before Hub OS)
    Failed, // Hub OS did not take it
    Pending, // Hub OS unreachable; retried in the background
    Interrupted, // Hubbridge stopped before it could answer
};

QString outcomeName(Outcome outcome); // "created"
std::optional<Outcome> outcomeFromName(QStringView name);
QList<Outcome> allOutcomes();
// The outcomes that can leave an order needing someone: failed, refused (rejected), interrupted,
// and pending (retried in the background). The one list the problem queries and the History
// page's "Problems" use.
QList<Outcome> problemOutcomes();
// For places that hold outcomes as text (combo box data, settings): names, and back.
QStringList outcomeNames(const QList<Outcome> &outcomes);
QList<Outcome> outcomesFromNames(const QStringList &names); // unknown names left out

inline size_t qHash(Outcome outcome, size_t seed = 0) noexcept
{
    return ::qHash(int(outcome), seed);
}
