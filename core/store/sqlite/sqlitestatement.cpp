// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/sqlite/sqlitestatement.h"

#include <QHash>
#include <QSqlDriver>
#include <QVariant>
#include <memory>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {
// Per thread: connection name -> SQL text (a string literal) -> statement.
thread_local QHash<QString, QHash<const char *, std::shared_ptr<SqliteStatement>>> t_statements;
} // namespace

sqlite3 *SqliteStatement::handle(const QSqlDatabase &db)
{
    return *static_cast<sqlite3 *const *>(db.driver()->handle().constData());
}

SqliteStatement &SqliteStatement::cached(const QSqlDatabase &db, const char *sql)
{
    auto &mine = t_statements[db.connectionName()];
    auto it = mine.find(sql);
    if (it == mine.end())
        it = mine.insert(
            sql, std::shared_ptr<SqliteStatement>(new SqliteStatement(handle(db), sql)));
    return **it;
}

void SqliteStatement::forget(const QString &connectionName)
{
    t_statements.remove(connectionName);
}

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

// Text is bound as UTF-8 (the database's encoding: SQLite converts nothing) and the bytes bound
// are kept by the statement until it is reset, so SQLite need not copy them (SQLITE_STATIC).
const char *SqliteStatement::keep(const QByteArray &bytes)
{
    m_kept.push_back(bytes); // shares the data; the caller's later changes detach from it
    return m_kept.back().constData();
}

void SqliteStatement::resetBindings()
{
    if (m_stmt) { // sqlite3_clear_bindings() has no null check: a statement that failed to compile
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_kept.clear();
}

SqliteStatement &SqliteStatement::bind(int index, const QString &value)
{
    return bindUtf8(index, value.toUtf8());
}

SqliteStatement &SqliteStatement::bind(int index, const QByteArray &value)
{
    if (value.isNull())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_blob64(
            m_stmt, index, keep(value), sqlite3_uint64(value.size()), SQLITE_STATIC);
    return *this;
}

SqliteStatement &SqliteStatement::bindUtf8(int index, const QByteArray &text)
{
    // A null QString or QByteArray would bind SQL NULL; the text columns want ''.
    sqlite3_bind_text64(m_stmt, index, text.isNull() ? "" : keep(text), sqlite3_uint64(text.size()),
        SQLITE_STATIC, SQLITE_UTF8);
    return *this;
}

bool SqliteStatement::run(QString &error)
{
    if (!m_stmt) {
        error = m_prepareError;
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    const bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!ok)
        error = QString::fromUtf8(sqlite3_errmsg(m_db));
    resetBindings();
    return ok;
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

SqliteStatement::Rows::~Rows()
{
    m_statement.resetBindings();
}

bool SqliteStatement::Rows::next()
{
    m_rc = m_statement.m_stmt ? sqlite3_step(m_statement.m_stmt) : SQLITE_ERROR;
    return m_rc == SQLITE_ROW;
}

bool SqliteStatement::Rows::failed(QString &error) const
{
    if (m_rc == SQLITE_ROW || m_rc == SQLITE_DONE)
        return false;
    error = m_statement.m_stmt ? QString::fromUtf8(sqlite3_errmsg(m_statement.m_db))
                               : m_statement.m_prepareError;
    return true;
}

qint64 SqliteStatement::Rows::integer(int column) const
{
    return sqlite3_column_int64(m_statement.m_stmt, column);
}

QString SqliteStatement::Rows::text(int column) const
{
    // The stored UTF-8, converted by Qt (asking SQLite for UTF-16 costs it a conversion and a
    // copy).
    const auto *data
        = reinterpret_cast<const char *>(sqlite3_column_text(m_statement.m_stmt, column));
    const int bytes = sqlite3_column_bytes(m_statement.m_stmt, column);
    return data ? QString::fromUtf8(data, bytes) : QString();
}

QByteArray SqliteStatement::Rows::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_statement.m_stmt, column);
    const int bytes = sqlite3_column_bytes(m_statement.m_stmt, column);
    return data ? QByteArray(static_cast<const char *>(data), bytes) : QByteArray();
}
