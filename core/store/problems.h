// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/store/records.h"

#include <QList>
#include <QString>
#include <optional>

class HistoryStore;

// The to-do list: open problems grouped by cause ("Unknown external ID 77 — 3 orders"), the one
// definition the window, the tray, /healthz and `hubbridge history problems` show.
struct ProblemGroup
{
    Reason cause; // None for entries recorded before reasons were: see title
    QString title; // worded for staff, in the current language
    bool retrying = false; // Hub OS unreachable: Hubbridge retries these by itself
    int requests = 0; // for the credentials group: how many requests
    QList<HistoryRow> orders; // the newest entry of each order, newest first
};

struct ProblemReport
{
    ProblemCounts counts;
    QList<ProblemGroup> groups; // the largest first; the credentials group (if any) on top
    bool isEmpty() const { return groups.isEmpty(); }
};

namespace Problems {

// Wrong Duve credentials from this many requests on, since the last that passed, are a problem.
inline constexpr int kCredentialBurst = 3;

ProblemReport report(
    const HistoryStore &store, int limit = 500, const std::optional<QString> &hotel = std::nullopt);
// A handling by the person at this computer (their user name), now.
Handling handledHere(const QString &note);
QList<ProblemGroup> group(const QList<HistoryRow> &rows);

} // namespace Problems
