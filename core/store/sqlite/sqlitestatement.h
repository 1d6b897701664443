// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// One SQL statement compiled once per connection and run through SQLite's C API. The history
// store uses it for the statements every order runs (QSqlQuery's QVariant binding and UTF-16
// copies were a visible share of the time per order); everything else stays QSqlQuery.
//
//   SqliteStatement &q = SqliteStatement::cached(db, "UPDATE t SET a=? WHERE id=?");
//   q.bind(1, a).bind(2, id);
//   if (!q.run(error)) ...
//
// Text binds an empty string for a null QString (the text columns are NOT NULL); QByteArray
// binds a BLOB; a parameter left unbound is NULL (bindings are cleared after every use). Bind
// indexes start at 1, column indexes at 0. run() steps once and resets; rows() reads, and
// resets when it goes out of scope: a statement never holds a read open.
//
//   SqliteStatement &q = SqliteStatement::cached(db, "SELECT name FROM t WHERE id=?");
//   q.bind(1, id);
//   for (auto rows = q.rows(); rows.next();) use(rows.text(0));
// Statements belong to the thread that uses the connection; forget() finalizes a connection's
// statements, and must run before the connection closes.
class SqliteStatement
{
public:
    static SqliteStatement &cached(const QSqlDatabase &db, const char *sql);
    static void forget(const QString &connectionName);
    static sqlite3 *handle(const QSqlDatabase &db);

    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement &bind(int index, const QString &value);
    SqliteStatement &bind(int index, const QByteArray &value);
    SqliteStatement &bindUtf8(int index, const QByteArray &text); // TEXT, '' for null

    bool run(QString &error); // steps once (a write), then resets
    qint64 lastInsertId() const;

    class Rows
    {
    public:
        ~Rows();
        Rows(const Rows &) = delete;
        Rows &operator=(const Rows &) = delete;
        bool next(); // false after the last row, and on errors
        bool failed(QString &error) const; // after next() returned false: was it an error?
        qint64 integer(int column) const;
        QString text(int column) const;
        QByteArray blob(int column) const;

    private:
        friend class SqliteStatement;
        explicit Rows(SqliteStatement &statement)
            : m_statement(statement)
        { }
        SqliteStatement &m_statement;
        int m_rc = 0;
    };
    Rows rows() { return Rows(*this); }

private:
    SqliteStatement(sqlite3 *db, const char *sql);
    const char *keep(const QByteArray &bytes);
    void resetBindings();

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_prepareError;
    std::vector<QByteArray> m_kept; // what is bound, until the statement is reset
};
