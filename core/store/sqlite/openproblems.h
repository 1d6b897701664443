// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/store/outcome.h"
#include "core/store/storesql.h"

#include <QSqlDatabase>
#include <QString>

// The open problems (StoreSql::problemWhere: the newest entry of each order that failed, is
// waiting for a retry or was refused, and that nobody marked handled) kept in a table of their
// own, open_problems(entry_id, hotel, pending, order_key), by the writes of the SQLite store, and
// counted in open_problem_counts(hotel, pending, n). Reading their newest page then costs what
// it shows and counting them a row per hotel, not a walk over every failed entry of the history
// (1 s at 1,000,000 entries) nor over the open ones (167 ms at 1.2M): /healthz, the tray and the
// Overview read them on the event loop. Each statement that adds or deletes rows returns them
// (RETURNING), and the job adds them up into the counts in the same transaction.
//
// Kept by the writer's jobs, not by triggers: a trigger on entries gives every INSERT a
// statement journal, and the writer thread's allocations for it halved the ingest. Each job
// that writes an entry calls the function below for it, in its own transaction. The table is
// derived: ensure() fills it again from problemWhere when the definition it was filled with is
// not this Hubbridge's (a new or older database, a changed definition), which the table
// `derived` records (schemas 11 and 12, so that a Hubbridge which does not keep the table and
// its counts cannot write the history).
namespace OpenProblems {

// On a connection that may write, after the migrations. False, with `error`, when it failed.
bool ensure(QSqlDatabase &db, QString *error);

// After entry `id` was inserted: a later entry of an order settles the earlier ones.
bool inserted(
    QSqlDatabase &db, qint64 id, const QString &orderKey, Outcome outcome, QString &error);
// After entry `id`'s outcome (or reason) was written, or it was marked handled.
bool changed(QSqlDatabase &db, qint64 id, Outcome outcome, QString &error);
bool handled(QSqlDatabase &db, qint64 id, QString &error);
// After entries matching `where` became problems at once (interrupted by a stop): added.
bool addWhere(QSqlDatabase &db, const StoreSql::Where &where, QString &error);
// Before the entries with the ids `idsSql` selects (with `values`) are deleted.
bool forgetEntries(
    QSqlDatabase &db, const QString &idsSql, const QVariantList &values, QString &error);

// The SELECT of open problems' rows, newest first: values (hotel when oneHotel), limit.
QString newestSql(const QString &columns, bool oneHotel);
// Retrying, needing attention: values (hotel when oneHotel).
QString countsSql(bool oneHotel);
// hotel, retrying, needing attention.
QString countsByHotelSql();

} // namespace OpenProblems
