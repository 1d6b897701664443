// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/sqlite/sqlsupport.h"

#include "core/common/jsonobjectwriter.h"
#include "core/store/sqlite/searchindex.h"
#include "core/store/sqlite/sqlitestatement.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

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

bool StoreSql::refreshDerived(QSqlDatabase &db, const QString &name, const QString &definition,
    const QStringList &statements, QString &error, qint64 *filledMs)
{
    *filledMs = -1;
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT definition FROM derived WHERE name = ?"_s);
        q.addBindValue(name);
        if (q.exec() && q.next() && q.value(0).toString() == definition)
            return true;
    }
    QElapsedTimer clock;
    clock.start();
    const bool ok = inTransaction(db, error, [&] {
        for (const QString &statement : statements) {
            if (!execSql(db, statement, error))
                return false;
        }
        QSqlQuery q(db);
        q.prepare(u"INSERT OR REPLACE INTO derived(name, definition) VALUES(?, ?)"_s);
        q.addBindValue(name);
        q.addBindValue(definition);
        return exec(q, error);
    });
    *filledMs = clock.elapsed();
    return ok;
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
