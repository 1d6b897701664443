// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Raw HTTP/1.1 over real sockets for the listener tests: byte-exact requests (malformed ones
// too), one connection kept across requests, TLS, and answers read as they come. Every wait
// spins the event loop, so the server may live in the same thread. Also: test certificates made
// with the openssl command line.
#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <memory>

namespace RawHttp {

struct Response
{
    bool complete = false; // head and the whole Content-Length body arrived
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QJsonObject json;
    qsizetype size = 0; // bytes of the raw response

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
};

// The first response in `raw` (complete == false while it has not fully arrived).
inline Response parse(const QByteArray &raw)
{
    Response r;
    const qsizetype end = raw.indexOf("\r\n\r\n");
    if (end < 0 || !raw.startsWith("HTTP/1."))
        return r;
    const QList<QByteArray> lines = raw.left(end).split('\n');
    r.status = lines.value(0).split(' ').value(1).toInt();
    qint64 length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        r.headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
        if (r.headers.last().first.compare("content-length", Qt::CaseInsensitive) == 0)
            length = r.headers.last().second.toLongLong();
    }
    if (raw.size() < end + 4 + length)
        return r;
    r.body = raw.mid(end + 4, length);
    r.json = QJsonDocument::fromJson(r.body).object();
    r.size = end + 4 + length;
    r.complete = true;
    return r;
}

// One client connection.
class Client
{
public:
    // `from`: the local address to connect from (another loopback address, 127.0.0.2, is
    // another client address for the server's per-address limits).
    explicit Client(quint16 port, bool tls = false, const QHostAddress &from = QHostAddress())
    {
        if (tls) {
            auto *ssl = new QSslSocket;
            QObject::connect(ssl, &QSslSocket::sslErrors, ssl,
                [ssl](const QList<QSslError> &) { ssl->ignoreSslErrors(); });
            m_socket.reset(ssl);
            if (!from.isNull())
                ssl->bind(from);
            ssl->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        } else {
            m_socket = std::make_unique<QTcpSocket>();
            if (!from.isNull())
                m_socket->bind(from);
            m_socket->connectToHost(QHostAddress::LocalHost, port);
        }
        QObject::connect(m_socket.get(), &QIODevice::readyRead, m_socket.get(),
            [this] { m_in += m_socket->readAll(); });
        QObject::connect(m_socket.get(), &QAbstractSocket::disconnected, m_socket.get(), [this] {
            if (m_socket->isOpen())
                m_in += m_socket->readAll();
            m_closed = true;
        });
        QObject::connect(m_socket.get(), &QAbstractSocket::errorOccurred, m_socket.get(),
            [this](QAbstractSocket::SocketError) {
                if (m_socket->state() == QAbstractSocket::UnconnectedState)
                    m_closed = true;
            });
    }

    bool waitConnected(int timeoutMs = 5000)
    {
        auto *ssl = qobject_cast<QSslSocket *>(m_socket.get());
        return QTest::qWaitFor(
                   [&] {
                       return m_closed
                           || (ssl ? ssl->isEncrypted()
                                   : m_socket->state() == QAbstractSocket::ConnectedState);
                   },
                   timeoutMs)
            && !m_closed;
    }

    // Queues bytes; false when the connection is gone.
    bool write(const QByteArray &bytes)
    {
        if (m_closed || m_socket->state() != QAbstractSocket::ConnectedState)
            return false;
        return m_socket->write(bytes) == bytes.size();
    }

    // Waits for one complete response and removes it from what was received.
    Response takeResponse(int timeoutMs = 5000)
    {
        (void)QTest::qWaitFor([&] { return parse(m_in).complete || m_closed; }, timeoutMs);
        Response r = parse(m_in);
        if (r.complete)
            m_in.remove(0, r.size);
        return r;
    }

    bool waitClosed(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([&] { return m_closed; }, timeoutMs);
    }

    void close() { m_socket->abort(); }
    bool isClosed() const { return m_closed; }
    QByteArray received() const { return m_in; }
    qint64 bytesToWrite() const { return m_socket->bytesToWrite(); }
    QTcpSocket *socket() const { return m_socket.get(); }

private:
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_in;
    bool m_closed = false;
};

// Connects, sends `request`, and returns the first response (waits for it, or for the close).
inline Response exchange(quint16 port, const QByteArray &request, int timeoutMs = 5000)
{
    Client c(port);
    if (!c.waitConnected(timeoutMs))
        return {};
    c.write(request);
    return c.takeResponse(timeoutMs);
}

inline QByteArray post(const QByteArray &path, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    QByteArray r = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &h : headers)
        r += h.first + ": " + h.second + "\r\n";
    r += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n\r\n" + body;
    return r;
}

// Runs openssl with `args` in `dir`; "" on success, else what it printed.
inline QString openssl(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QString::fromLocal8Bit(p.readAllStandardError() + p.readAllStandardOutput())
            + QStringLiteral(" (openssl ") + args.join(u' ') + u')';
    return {};
}

// A self-signed certificate for 127.0.0.1 / localhost: <name>.crt and <name>.key in `dir`.
// keyType: "rsa:2048" or "ec" (P-256).
inline QString makeCertificate(
    const QString &dir, const QString &name, const QString &keyType = QStringLiteral("rsa:2048"))
{
    QStringList args { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-nodes"),
        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
        QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
        QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"), QStringLiteral("-keyout"),
        name + QStringLiteral(".key"), QStringLiteral("-out"), name + QStringLiteral(".crt") };
    if (keyType == QStringLiteral("ec"))
        args << QStringLiteral("-newkey") << QStringLiteral("ec") << QStringLiteral("-pkeyopt")
             << QStringLiteral("ec_paramgen_curve:P-256");
    else
        args << QStringLiteral("-newkey") << keyType;
    return openssl(dir, args);
}

// A certificate that expired in 2020 (openssl ca -selfsign with fixed dates).
inline QString makeExpiredCertificate(const QString &dir, const QString &name)
{
    QFile cnf(dir + QStringLiteral("/ca.cnf"));
    if (!cnf.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write ca.cnf");
    cnf.write("[ ca ]\ndefault_ca = d\n[ d ]\ndatabase = ./index.txt\nnew_certs_dir = .\n"
              "serial = ./serial\ndefault_md = sha256\npolicy = p\n[ p ]\ncommonName = supplied\n");
    cnf.close();
    QFile(dir + QStringLiteral("/index.txt")).open(QIODevice::WriteOnly);
    QFile serial(dir + QStringLiteral("/serial"));
    serial.open(QIODevice::WriteOnly);
    serial.write("01\n");
    serial.close();
    QString error = openssl(dir,
        { QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
            QStringLiteral("/CN=localhost"), QStringLiteral("-keyout"),
            name + QStringLiteral(".key"), QStringLiteral("-out"), name + QStringLiteral(".csr") });
    if (!error.isEmpty())
        return error;
    return openssl(dir,
        { QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
            QStringLiteral("ca.cnf"), QStringLiteral("-selfsign"), QStringLiteral("-keyfile"),
            name + QStringLiteral(".key"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
            QStringLiteral("-out"), name + QStringLiteral(".crt"), QStringLiteral("-startdate"),
            QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
            QStringLiteral("20200201000000Z") });
}

} // namespace RawHttp
