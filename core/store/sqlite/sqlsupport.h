// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/net/httpheaders.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <functional>

class QSqlError;

// What every part of the SQLite store shares: connections (WAL, foreign keys, the search
// functions), statements compiled once per connection, transactions, and the conversions
// between Hubbridge's values and SQLite's columns. Only core/store/ includes this.
namespace StoreSql {

// Opens `path` as connection `name` in the calling thread (the connection stays there).
// `error` is empty on success; `corrupt` says whether the file is damaged or not a database.
QSqlDatabase openConnection(
    const QString &name, const QString &path, QString &error, bool *corrupt = nullptr);

QString text(const QString &s); // Qt binds a null QString as NULL; the text columns want ''
qint64 toMs(const QDateTime &t); // 0 for an invalid time
QDateTime fromMs(qint64 ms); // 0 (or NULL, read as 0): no time
QDateTime fromMs(const QVariant &v);
QByteArray headersJson(const HttpHeaders &headers); // redacted, compact JSON
HttpHeaders headersFromJson(const QString &json);
QByteArray toJsonText(const QJsonArray &a); // compact, UTF-8

// "a, b, c" for a SELECT list, from the column names an enum indexes.
template<std::size_t N> QString columnList(const char *const (&names)[N])
{
    QStringList list;
    for (const char *name : names)
        list.append(QLatin1String(name));
    return list.join(QStringLiteral(", "));
}

bool exec(QSqlQuery &q, QString &error);
bool execSql(QSqlDatabase &db, const QString &sql, QString &error);
bool inTransaction(QSqlDatabase &db, QString &error, const std::function<bool()> &work);
QString pragmaText(QSqlDatabase &db, const QString &pragma);
bool isCorruption(const QSqlError &error); // SQLite's codes for a damaged file

// Runs `work` on a connection of its own to `path`, opened with `options` in the calling thread,
// then closes and removes it (with its compiled statements). False, with `error`, when the file
// cannot be opened; else what `work` returns.
bool withOwnConnection(const QString &path, const QString &options, QString *error,
    const std::function<bool(QSqlDatabase &db)> &work);

// Forget a connection's compiled statements (SqliteStatement) before closing it.
void forgetStatements(const QString &connectionName);

} // namespace StoreSql
