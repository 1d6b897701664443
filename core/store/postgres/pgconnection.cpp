// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/postgres/pgconnection.h"

#include "core/common/logging.h"
#include "core/store/postgres/libpq.h"

using namespace Qt::StringLiterals;

namespace {

const LibPq &pq()
{
    return LibPq::api(); // a connection or a result exists: libpq was loaded
}

constexpr Oid kByteaOid = 17; // pg_type's oid of bytea (catalog/pg_type_d.h, server headers)

QString lastError(PGconn *conn)
{
    return QString::fromUtf8(pq().PQerrorMessage(conn)).trimmed();
}

} // namespace

// --- PgParams

PgParams &PgParams::push(QByteArray value, int format, bool isNull)
{
    m_lengths.push_back(int(value.size()));
    m_values.append(std::move(value));
    m_formats.push_back(format);
    m_null.push_back(isNull);
    return *this;
}

PgParams &PgParams::add(const QString &text)
{
    QString clean = text;
    clean.replace(QChar(0), QChar(QChar::ReplacementCharacter)); // text cannot hold NUL
    return push(clean.toUtf8(), 0);
}

PgParams &PgParams::add(qint64 number)
{
    return push(QByteArray::number(number), 0);
}

PgParams &PgParams::addBytes(const QByteArray &bytes)
{
    return push(bytes.isNull() ? QByteArray("") : bytes, 1);
}

PgParams &PgParams::addJson(const QByteArray &utf8)
{
    return add(QString::fromUtf8(utf8));
}

PgParams &PgParams::addNull()
{
    return push(QByteArray(), 0, true);
}

PgParams &PgParams::addTimeMs(qint64 ms)
{
    return ms == 0 ? addNull() : add(ms);
}

PgParams &PgParams::add(const QVariant &value)
{
    if (value.isNull())
        return addNull();
    if (value.typeId() == QMetaType::QByteArray)
        return addBytes(value.toByteArray());
    return add(value.toString());
}

const char *const *PgParams::values() const
{
    m_pointers.clear();
    for (qsizetype i = 0; i < m_values.size(); ++i)
        m_pointers.push_back(m_null[i] ? nullptr : m_values[i].constData());
    return m_pointers.data();
}

// --- PgResult

PgResult::PgResult(pg_result *result)
    : m_result(result, pq().PQclear)
{
    const ExecStatusType status = result ? pq().PQresultStatus(result) : PGRES_FATAL_ERROR;
    m_ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    if (!m_ok) {
        m_error = result ? QString::fromUtf8(pq().PQresultErrorMessage(result)).trimmed()
                         : u"no result (out of memory or the connection is gone)"_s;
        if (result)
            m_sqlState = QString::fromLatin1(pq().PQresultErrorField(result, PG_DIAG_SQLSTATE));
    }
}

int PgResult::rows() const
{
    return m_ok ? pq().PQntuples(m_result.get()) : 0;
}

qint64 PgResult::affected() const
{
    return m_ok ? QByteArray(pq().PQcmdTuples(m_result.get())).toLongLong() : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return pq().PQgetisnull(m_result.get(), row, column);
}

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(pq().PQgetvalue(m_result.get(), row, column),
        pq().PQgetlength(m_result.get(), row, column));
}

qint64 PgResult::integer(int row, int column) const
{
    return QByteArray::fromRawData(
        pq().PQgetvalue(m_result.get(), row, column), pq().PQgetlength(m_result.get(), row, column))
        .toLongLong();
}

QByteArray PgResult::bytes(int row, int column) const
{
    // Text results give bytea as "\x" and hex digits (bytea_output=hex, the default).
    const QByteArrayView hex(pq().PQgetvalue(m_result.get(), row, column),
        pq().PQgetlength(m_result.get(), row, column));
    if (hex.startsWith("\\x"))
        return QByteArray::fromHex(hex.sliced(2).toByteArray());
    size_t length = 0;
    unsigned char *raw = pq().PQunescapeBytea(
        reinterpret_cast<const unsigned char *>(pq().PQgetvalue(m_result.get(), row, column)),
        &length);
    QByteArray bytes(reinterpret_cast<const char *>(raw), qsizetype(length));
    pq().PQfreemem(raw);
    return bytes;
}

QVariant PgResult::value(int row, int column) const
{
    if (isNull(row, column))
        return QVariant();
    if (pq().PQftype(m_result.get(), column) == kByteaOid)
        return bytes(row, column);
    return text(row, column);
}

// --- PgConnection

PgConnection::PgConnection() = default;

PgConnection::~PgConnection()
{
    close();
}

bool PgConnection::open(const QString &url, QString *error, int lockTimeoutMs)
{
    close();
    m_url = url;
    m_lockTimeoutMs = lockTimeoutMs;
    if (!LibPq::load(error))
        return false;
    const QByteArray timeout = QByteArray::number(kConnectTimeoutS);
    QByteArray options
        = "-c idle_in_transaction_session_timeout=" + QByteArray::number(kIdleInTransactionMs);
    if (lockTimeoutMs > 0)
        options += " -c lock_timeout=" + QByteArray::number(lockTimeoutMs);
    const QByteArray dbname = url.toUtf8();
    // Defaults first: the URL's own values override them (expand_dbname).
    const char *keywords[]
        = { "connect_timeout", "application_name", "options", "dbname", nullptr };
    const char *values[]
        = { timeout.constData(), "hubbridge", options.constData(), dbname.constData(), nullptr };
    m_conn = pq().PQconnectdbParams(keywords, values, 1);
    if (pq().PQstatus(m_conn) == CONNECTION_OK) {
        // Notices (e.g. "relation already exists, skipping") are not for the log.
        pq().PQsetNoticeProcessor(
            m_conn, [](void *, const char *) {}, nullptr);
        return true;
    }
    if (error)
        *error = lastError(m_conn);
    close();
    return false;
}

void PgConnection::close()
{
    m_prepared.clear();
    if (m_conn)
        pq().PQfinish(m_conn);
    m_conn = nullptr;
}

int PgConnection::socket() const
{
    return m_conn ? pq().PQsocket(m_conn) : -1;
}

QList<QByteArray> PgConnection::takeNotifications(bool *ok)
{
    QList<QByteArray> payloads;
    *ok = m_conn && pq().PQconsumeInput(m_conn) == 1 && pq().PQstatus(m_conn) == CONNECTION_OK;
    if (!*ok)
        return payloads;
    while (PGnotify *n = pq().PQnotifies(m_conn)) {
        payloads.append(QByteArray(n->extra));
        pq().PQfreemem(n);
    }
    return payloads;
}

bool PgConnection::isOpen() const
{
    return m_conn && pq().PQstatus(m_conn) == CONNECTION_OK;
}

bool PgConnection::connectionLost() const
{
    return !m_conn || pq().PQstatus(m_conn) != CONNECTION_OK;
}

bool PgConnection::reconnect(QString *error)
{
    if (!m_conn)
        return open(m_url, error, m_lockTimeoutMs);
    m_prepared.clear(); // a new session: nothing is prepared there
    pq().PQreset(m_conn);
    if (pq().PQstatus(m_conn) == CONNECTION_OK) {
        qCInfo(lcStore) << "connected to PostgreSQL again";
        return true;
    }
    if (error)
        *error = lastError(m_conn);
    return false;
}

PgResult PgConnection::exec(const QString &sql, const PgParams &params)
{
    if (!m_conn)
        return PgResult(nullptr);
    auto prepared = m_prepared.constFind(sql);
    if (prepared == m_prepared.cend() && params.size() > 0 && m_prepared.size() < kPreparedLimit) {
        const QByteArray name = "hb" + QByteArray::number(m_prepared.size() + 1);
        const PgResult made(
            pq().PQprepare(m_conn, name.constData(), sql.toUtf8().constData(), 0, nullptr));
        if (!made.ok())
            return made;
        prepared = m_prepared.insert(sql, name);
    }
    if (prepared != m_prepared.cend())
        return PgResult(pq().PQexecPrepared(m_conn, prepared->constData(), params.size(),
            params.values(), params.lengths(), params.formats(), 0));
    const QByteArray utf8 = sql.toUtf8();
    return PgResult(pq().PQexecParams(m_conn, utf8.constData(), params.size(), nullptr,
        params.values(), params.lengths(), params.formats(), 0));
}

PgResult PgConnection::script(const QString &sql)
{
    if (!m_conn)
        return PgResult(nullptr);
    return PgResult(pq().PQexec(m_conn, sql.toUtf8().constData()));
}

bool PgConnection::inTransaction(QString &error, const std::function<bool()> &work, bool *begun)
{
    PgResult begin = exec(u"BEGIN"_s);
    if (begun)
        *begun = begin.ok();
    if (!begin.ok()) {
        error = begin.error();
        return false;
    }
    if (!work()) {
        exec(u"ROLLBACK"_s);
        return false;
    }
    PgResult commit = exec(u"COMMIT"_s);
    if (!commit.ok()) {
        error = commit.error();
        return false;
    }
    return true;
}

PgParams paramsOf(const QVariantList &values)
{
    PgParams p;
    for (const QVariant &v : values)
        p.add(v);
    return p;
}
