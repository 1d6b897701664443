// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/store/storesql.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

// The history's search: an FTS5 index (entries_fts) that follows the writes a step at a time,
// and a scan of the entries it has not reached yet, which matches words exactly as the index
// does. Both halves of that trick live here: step() moves the "indexed up to" mark
// (fts_progress), addMatch() searches the index below the mark and scans above it.
namespace SearchIndex {

// Writes wait while a step runs: 200 entries take ~7 ms (up to ~16 ms with the merges they
// set off), 50 about a quarter of that. The entries the index has not reached are found by
// a plain scan: 10,000 of them take ~45 ms; in a long burst up to about twice kBacklog may wait.
inline constexpr qint64 kStep = 200; // when idle
inline constexpr qint64 kBurstStep = 50; // during a burst, once kBacklog entries wait
inline constexpr qint64 kBacklog = 10000;
inline constexpr int kWhenIdleMs = 200; // the writer idle this long: catch up

// Adds up to `step` entries past the indexed mark to the index, in one transaction, when at
// least minBehind are waiting. Returns how many are left unindexed (0 as well when the step
// failed: it is tried again after the next write). On the writer's connection.
qint64 step(QSqlDatabase &db, qint64 minBehind, qint64 step);

// The clause (and its values) that keeps the entries matching `search`: every word a prefix of
// a word in guest, room, order, service or body. Nothing when `search` is blank.
void addMatch(const QString &search, StoreSql::Where &w);

// Each word quoted (no character is FTS syntax) and matched as a prefix.
QString ftsQuery(const QString &typed);

// Registers hb_fold(text) (SearchWords::fold() in SQL) on a connection.
void addFunctions(QSqlDatabase &db);

} // namespace SearchIndex
