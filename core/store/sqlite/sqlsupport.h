// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/store/storesql.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <functional>

class QSqlError;

// What every part of the SQLite store shares: connections (WAL, foreign keys, the search
// functions), statements compiled once per connection and transactions (the columns and their
// conversions are both engines': core/store/storesql.h). Only core/store/ includes this.
namespace StoreSql {

// Opens `path` as connection `name` in the calling thread (the connection stays there).
// `error` is empty on success; `corrupt` says whether the file is damaged or not a database.
QSqlDatabase openConnection(
    const QString &name, const QString &path, QString &error, bool *corrupt = nullptr);

bool exec(QSqlQuery &q, QString &error);
bool execSql(QSqlDatabase &db, const QString &sql, QString &error);
bool inTransaction(QSqlDatabase &db, QString &error, const std::function<bool()> &work);
QString pragmaText(QSqlDatabase &db, const QString &pragma);
bool isCorruption(const QSqlError &error); // SQLite's codes for a damaged file

// A table derived from the history and kept by the writes (open problems, entry counts): when the
// definition it was filled with, recorded in the table `derived` (schema 11), is not
// `definition` (a new or older database, a changed definition), `statements` drop, create and
// fill it again, in one transaction. `filled` then says how long it took. False, with `error`,
// when that failed.
bool refreshDerived(QSqlDatabase &db, const QString &name, const QString &definition,
    const QStringList &statements, QString &error, qint64 *filledMs);

// Runs `work` on a connection of its own to `path`, opened with `options` in the calling thread,
// then closes and removes it (with its compiled statements). False, with `error`, when the file
// cannot be opened; else what `work` returns.
bool withOwnConnection(const QString &path, const QString &options, QString *error,
    const std::function<bool(QSqlDatabase &db)> &work);

// Forget a connection's compiled statements (SqliteStatement) before closing it.
void forgetStatements(const QString &connectionName);

} // namespace StoreSql
