// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// What happened to a request, as staff filter it.
namespace Outcome {
inline const QString Received = QStringLiteral("received"); // recorded, answer pending
inline const QString Created = QStringLiteral("created"); // every Hub OS task created
inline const QString Duplicate = QStringLiteral("duplicate"); // order seen before, answered again
inline const QString Cancelled = QStringLiteral("cancelled");
inline const QString Ignored = QStringLiteral("ignored");
inline const QString Recorded = QStringLiteral("recorded");
inline const QString Skipped = QStringLiteral("skipped");
inline const QString Rejected
    = QStringLiteral("rejected"); // the request was wrong (4xx before Hub OS)
inline const QString Failed = QStringLiteral("failed"); // Hub OS did not take it
inline const QString Pending
    = QStringLiteral("pending"); // Hub OS unreachable; retried in the background
inline const QString Interrupted
    = QStringLiteral("interrupted"); // Hubbridge stopped before it could answer
} // namespace Outcome
