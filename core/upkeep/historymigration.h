// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/store/historystore.h"

#include <functional>

// Moving a hotel's history into a group's database (`hubbridge migrate`): its mappings and room
// names, the rooms remembered for reservations, every history entry with its Hub OS attempts
// and handling, and every order (pending ones keep their next try, settled ones answer Duve's
// re-sends as duplicates), verified by counts. Repeatable: an entry copied before is found by its
// origin ("<source>:<id>:<received ms>"), the rest is upserted, so a second run adds nothing.
// Blocking (it waits for the target's writes): for the command line.
namespace HistoryMigration {

struct Report
{
    qint64 sourceEntries = 0;
    qint64 added = 0; // entries copied by this run
    qint64 found = 0; // entries copied by an earlier run
    int orders = 0;
    int mappings = 0;
    int roomMappings = 0;
    int reservationRooms = 0;
    QString error; // empty: copied, and the counts of the target agree
};

// `sourceName` prefixes each origin ("sqlite"). `hotel`: the group's hotel (HotelRecord::key) the
// history becomes: its entries and orders carry the key, its mappings and room names become the
// hotel's own rows; "" keeps them the database's own. `progress` gets the entries done.
Report run(HistoryStore &from, HistoryStore &to, const QString &sourceName, const QString &hotel,
    const std::function<void(qint64 done, qint64 total)> &progress = {});

} // namespace HistoryMigration
