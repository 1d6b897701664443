// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/sqlite/sqlsupport.h"

#include "core/common/jsonobjectwriter.h"
#include "core/store/sqlite/searchindex.h"
#include "core/store/sqlite/sqlitestatement.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

// Qt binds a null QString as SQL NULL; the text columns want ''.
QString StoreSql::text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

qint64 StoreSql::toMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QDateTime StoreSql::fromMs(qint64 ms) // 0 (or NULL, read as 0): no time
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QDateTime StoreSql::fromMs(const QVariant &v)
{
    return fromMs(v.isNull() ? 0 : v.toLongLong());
}

// {"name": "value", ...}: names lower-cased, a repeated header's values joined by ", ",
// credentials redacted.
QByteArray StoreSql::headersJson(const HttpHeaders &headers)
{
    QList<std::pair<QByteArray, QString>> merged;
    merged.reserve(headers.size());
    for (const auto &h : Http::redacted(headers)) {
        const QByteArray name = h.first.toLower();
        const QString value = QString::fromUtf8(h.second);
        auto same = std::find_if(
            merged.begin(), merged.end(), [&name](const auto &m) { return m.first == name; });
        if (same == merged.end())
            merged.append({ name, value });
        else
            same->second += u", "_s + value;
    }
    JsonObjectWriter o(512);
    for (const auto &[name, value] : std::as_const(merged))
        o.add(QLatin1StringView(name), value);
    return o.take();
}

HttpHeaders StoreSql::headersFromJson(const QString &json)
{
    HttpHeaders headers;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        headers.append({ it.key().toLatin1(), it.value().toString().toUtf8() });
    return headers;
}

QByteArray StoreSql::toJsonText(const QJsonArray &a) // compact, UTF-8
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

bool StoreSql::exec(QSqlQuery &q, QString &error)
{
    if (q.exec())
        return true;
    error = q.lastError().text();
    return false;
}

bool StoreSql::execSql(QSqlDatabase &db, const QString &sql, QString &error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    error = q.lastError().text() + u" in: "_s + sql.simplified().left(120);
    return false;
}

// BEGIN IMMEDIATE, `work`, COMMIT; ROLLBACK when any of them fails (`error` says why).
bool StoreSql::inTransaction(QSqlDatabase &db, QString &error, const std::function<bool()> &work)
{
    if (!SqliteStatement::cached(db, "BEGIN IMMEDIATE").run(error))
        return false;
    if (work() && SqliteStatement::cached(db, "COMMIT").run(error))
        return true;
    QString ignored;
    SqliteStatement::cached(db, "ROLLBACK").run(ignored);
    return false;
}

bool StoreSql::withOwnConnection(const QString &path, const QString &options, QString *error,
    const std::function<bool(QSqlDatabase &db)> &work)
{
    const QString name = u"hubbridge-own-"_s + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        if (!db.open())
            *error = db.lastError().text();
        else
            ok = work(db);
        forgetStatements(name);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

void StoreSql::forgetStatements(const QString &connectionName)
{
    SqliteStatement::forget(connectionName);
}

QString StoreSql::pragmaText(QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery q(db);
    if (q.exec(u"PRAGMA "_s + pragma) && q.next())
        return q.value(0).toString();
    return QString();
}

// SQLite's result codes for a file that is damaged or not a database at all.
bool StoreSql::isCorruption(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == u"11"_s || code == u"26"_s;
}

QSqlDatabase StoreSql::openConnection(
    const QString &name, const QString &path, QString &error, bool *corrupt)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open()) {
        error = db.lastError().text();
        return db;
    }
    QSqlQuery wal(db);
    if (!wal.exec(u"PRAGMA journal_mode=WAL"_s) || !wal.next()
        || wal.value(0).toString().toLower() != u"wal"_s) {
        error = wal.lastError().isValid() ? wal.lastError().text()
                                          : u"the database refused WAL journaling"_s;
        if (corrupt)
            *corrupt = isCorruption(wal.lastError());
        wal.finish();
        db.close();
        return db;
    }
    QString ignored;
    execSql(db, u"PRAGMA foreign_keys=ON"_s, ignored);
    SearchIndex::addFunctions(db);
    return db;
}
