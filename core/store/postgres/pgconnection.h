// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QHash>
#include <QString>
#include <QVariant>
#include <functional>
#include <memory>
#include <vector>

struct pg_conn;
struct pg_result;

// The PostgreSQL engine's few words of libpq: a connection that lives in the thread that opened
// it, statements with parameters (never spliced into the SQL), results read as Qt values.
// libpq directly rather than Qt's QPSQL driver: the engine needs what QPSQL does not give —
// parameters sent as binary for bodies (QPSQL quotes them into the statement text), the
// affected-row count and errors with their SQLSTATE, LISTEN/NOTIFY on the connection's socket,
// and a connect timeout by default (libpq waits forever unless told).

// Parameters $1, $2, ... of a statement.
class PgParams
{
public:
    PgParams &add(const QString &text); // '' for a null QString; NUL characters become U+FFFD
    PgParams &add(qint64 number);
    PgParams &add(int number) { return add(qint64(number)); }
    PgParams &addBytes(const QByteArray &bytes); // bytea, sent as binary
    PgParams &addJson(const QByteArray &utf8); // UTF-8 text as it is
    PgParams &addNull();
    PgParams &addTimeMs(qint64 ms); // NULL for 0 (no time)
    PgParams &add(const QVariant &value); // QByteArray as bytea; null as NULL; else its text

    int size() const { return int(m_values.size()); }
    const char *const *values() const;
    const int *lengths() const { return m_lengths.data(); }
    const int *formats() const { return m_formats.data(); }

private:
    PgParams &push(QByteArray value, int format, bool isNull = false);
    QByteArrayList m_values;
    std::vector<int> m_lengths;
    std::vector<int> m_formats;
    std::vector<bool> m_null;
    mutable std::vector<const char *> m_pointers;
};
// The values of a shared filter (StoreSql::Where), in order.
PgParams paramsOf(const QVariantList &values);

class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result *result);

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    QString sqlState() const { return m_sqlState; } // e.g. "23505"; "" when ok
    int rows() const;
    qint64 affected() const; // rows an INSERT, UPDATE or DELETE touched
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    qint64 integer(int row, int column) const;
    QByteArray bytes(int row, int column) const; // a bytea column
    // NULL as a null QVariant, bytea as QByteArray, anything else as its text.
    QVariant value(int row, int column) const;

private:
    std::shared_ptr<pg_result> m_result;
    bool m_ok = false;
    QString m_error;
    QString m_sqlState;
};

class PgConnection
{
public:
    PgConnection();
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // `url`: postgresql://user@host:port/dbname?options (libpq's own syntax, and its
    // environment: PGPASSWORD, PGPASSFILE, ~/.pgpass, PGSSLMODE ...). Waits at most
    // kConnectTimeoutS unless the URL says otherwise.
    // Every session ends a transaction left idle for kIdleInTransactionMs: Hubbridge never
    // pauses inside one, so an idle one belongs to a stalled process (SIGSTOP, a swap storm)
    // whose row locks would otherwise hold up every other instance. With `lockTimeoutMs`, a
    // statement waits at most that long for a row lock and fails with kLockNotAvailable.
    bool open(const QString &url, QString *error, int lockTimeoutMs = 0);
    static constexpr int kConnectTimeoutS = 5;
    static constexpr int kIdleInTransactionMs = 5000;
    static constexpr QLatin1StringView kLockNotAvailable { "55P03" }; // SQLSTATE
    void close();
    bool isOpen() const;
    // After the server went away (a restart, a failover, a killed backend): connects again.
    bool reconnect(QString *error = nullptr);

    // One statement. A statement with parameters is prepared on the server the first time and
    // executed by name after that (kPreparedLimit per connection; the store's statements are
    // far fewer): measured against Qt's QPSQL on the same INSERT of an entry, 110-130 µs a row
    // against 180-260 µs; unprepared, libpq was the slower at 240-275 µs.
    // A statement that fails because the connection broke is not retried here: callers decide
    // (a write inside a transaction must not be).
    PgResult exec(const QString &sql, const PgParams &params = {});
    static constexpr int kPreparedLimit = 128;
    // Several statements without parameters, in one round trip (migrations).
    PgResult script(const QString &sql);
    bool connectionLost() const; // the connection is broken (the last statement could not run)

    // Runs `work` in a transaction; commits if it returns true, else rolls back. `begun` says
    // whether the transaction started (if not, nothing of it can have been committed).
    bool inTransaction(QString &error, const std::function<bool()> &work, bool *begun = nullptr);

    // LISTEN/NOTIFY: the socket to watch for readability (-1 when closed), and the payloads of
    // the notifications that arrived. `ok` false: the connection broke.
    int socket() const;
    QList<QByteArray> takeNotifications(bool *ok);

private:
    pg_conn *m_conn = nullptr;
    QString m_url;
    int m_lockTimeoutMs = 0;
    QHash<QString, QByteArray> m_prepared; // SQL -> the name it is prepared under
};
