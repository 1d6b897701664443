// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QString>

// The open problems (StoreSql::problemWhere: the newest entry of each order that failed, is
// waiting for a retry or was refused, and that nobody marked handled) kept in a table of their
// own, open_problems(entry_id, hotel, pending), by triggers on entries and handled. Counting
// them and reading their newest page then costs what they are, not a walk over every failed
// entry of the history: /healthz, the tray and the Overview read them (issue 17: 1 s at
// 1,000,000 entries before, on the event loop).
//
// The triggers are written from problemWhere itself, so they cannot drift from it: ensure()
// compares them with the database's and, when they differ (a new database, or a Hubbridge whose
// definition changed), recreates them and refills the table from the history, in one
// transaction.
namespace OpenProblems {

// On a connection that may write, after the migrations. False, with `error`, when it failed.
bool ensure(QSqlDatabase &db, QString *error);

// The SELECT of open problems' rows, newest first: values (hotel when oneHotel), limit.
QString newestSql(const QString &columns, bool oneHotel);
// Retrying, needing attention: values (hotel when oneHotel).
QString countsSql(bool oneHotel);
// hotel, retrying, needing attention.
QString countsByHotelSql();

} // namespace OpenProblems
