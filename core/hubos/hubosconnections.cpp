// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/hubos/hubosconnections.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

QString hostKey(const QUrl &url)
{
    const bool tls = url.scheme() == u"https"_s;
    return url.scheme() + u"://"_s + url.host() + u':' + QString::number(url.port(tls ? 443 : 80));
}

} // namespace

// One request/answer on one connection.
class HubOsReply : public QNetworkReply
{
public:
    HubOsReply(HubOsConnections *pool, const QNetworkRequest &request, const QByteArray &method,
        const QByteArray &body)
        : QNetworkReply(pool)
        , m_pool(pool)
        , m_key(hostKey(request.url()))
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(method == "POST" ? QNetworkAccessManager::PostOperation
                                      : QNetworkAccessManager::GetOperation);
        const QUrl url = request.url();
        const bool tls = url.scheme() == u"https"_s;
        const int port = url.port(tls ? 443 : 80);
        QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
        if (target.isEmpty())
            target = "/";
        if (url.hasQuery())
            target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
        QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
        if (host.contains(':'))
            host = '[' + host + ']'; // an IPv6 literal
        m_wire = method + ' ' + target + " HTTP/1.1\r\nHost: " + host;
        if (port != (tls ? 443 : 80))
            m_wire += ':' + QByteArray::number(port);
        m_wire += "\r\n";
        for (const QByteArray &name : request.rawHeaderList())
            m_wire += name + ": " + request.rawHeader(name) + "\r\n";
        if (method == "POST" || !body.isEmpty())
            m_wire += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        m_wire += "\r\n" + body;
        start();
    }

    ~HubOsReply() override { drop(); }

    void abort() override { fail(OperationCanceledError, u"Operation canceled"_s); }

    qint64 bytesAvailable() const override
    {
        return m_body.size() - m_read + QNetworkReply::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_body.size() - m_read);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        std::memcpy(data, m_body.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }

private:
    enum class Framing { Unknown, Length, Chunked, UntilClose };

    void start()
    {
        m_socket = m_pool->take(m_key, url(), &m_reused);
        connect(m_socket, &QIODevice::readyRead, this, &HubOsReply::onReadyRead);
        connect(m_socket, &QAbstractSocket::disconnected, this, &HubOsReply::onClosed);
        connect(m_socket, &QAbstractSocket::errorOccurred, this, &HubOsReply::onSocketError);
        auto *tls = qobject_cast<QSslSocket *>(m_socket);
        if (tls && !tls->isEncrypted()) // new: written once the handshake is done
            connect(tls, &QSslSocket::encrypted, this, [this] { m_socket->write(m_wire); });
        else
            m_socket->write(m_wire); // buffered until connected
    }

    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        m_gotBytes = true;
        parse();
    }

    // Returns false while more bytes are needed (or after a failure).
    bool parse()
    {
        while (m_framing == Framing::Unknown) { // a 1xx interim head may come first
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > 64 * 1024)
                    fail(ProtocolFailure, u"Hub OS sent an oversized answer head"_s);
                return false;
            }
            if (!readHead(m_buffer.left(end)))
                return false;
            m_buffer.remove(0, end + 4);
        }
        switch (m_framing) {
        case Framing::Length:
            if (m_buffer.size() < m_remaining)
                return false;
            m_body = m_buffer.left(m_remaining);
            complete(m_buffer.size() == m_remaining); // bytes beyond it: not reusable
            return true;
        case Framing::Chunked:
            return readChunks();
        case Framing::UntilClose:
            if (m_buffer.size() > HubOsConnections::kMaxAnswerBytes)
                fail(ProtocolFailure, u"Hub OS's answer is too large"_s);
            return false; // onClosed completes it
        case Framing::Unknown:
            break;
        }
        return false;
    }

    bool readHead(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
        bool ok = false;
        m_status = status.value(1).toInt(&ok);
        if (!status.value(0).startsWith("HTTP/1.") || !ok || m_status < 100) {
            fail(ProtocolFailure, u"Hub OS did not answer in HTTP/1.1"_s);
            return false;
        }
        m_keepAlive = status.value(0) == "HTTP/1.1";
        qint64 length = -1;
        bool chunked = false;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            setRawHeader(name, value);
            if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
                length = value.toLongLong(&ok);
                if (!ok || length < 0) {
                    fail(ProtocolFailure, u"Hub OS sent an unreadable Content-Length"_s);
                    return false;
                }
            } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0)
                chunked = value.toLower().contains("chunked");
            else if (name.compare("connection", Qt::CaseInsensitive) == 0)
                m_keepAlive = value.toLower().contains("keep-alive")
                    || (m_keepAlive && !value.toLower().contains("close"));
        }
        if (m_status < 200) { // 1xx: an interim answer; the real one follows
            m_framing = Framing::Unknown;
            return true;
        }
        if (m_status == 204 || m_status == 304) {
            m_framing = Framing::Length;
            m_remaining = 0;
        } else if (chunked) {
            m_framing = Framing::Chunked;
        } else if (length >= 0) {
            if (length > HubOsConnections::kMaxAnswerBytes) {
                fail(ProtocolFailure, u"Hub OS's answer is too large"_s);
                return false;
            }
            m_framing = Framing::Length;
            m_remaining = length;
        } else {
            m_framing = Framing::UntilClose;
            m_keepAlive = false;
        }
        return true;
    }

    bool readChunks()
    {
        for (;;) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n");
            if (lineEnd < 0)
                return false;
            bool ok = false;
            const QByteArray sizeText = m_buffer.left(lineEnd).split(';').value(0).trimmed();
            const qint64 size = sizeText.toLongLong(&ok, 16);
            if (!ok || size < 0) {
                fail(ProtocolFailure, u"Hub OS sent a malformed chunk"_s);
                return false;
            }
            if (size == 0) {
                // The last chunk; trailers (if any) end with an empty line.
                const qsizetype end = m_buffer.indexOf("\r\n\r\n", lineEnd);
                if (end < 0)
                    return false;
                complete(m_buffer.size() == end + 4); // bytes beyond it: not reusable
                return true;
            }
            if (m_buffer.size() < lineEnd + 2 + size + 2)
                return false;
            m_body += m_buffer.mid(lineEnd + 2, size);
            if (m_body.size() > HubOsConnections::kMaxAnswerBytes) {
                fail(ProtocolFailure, u"Hub OS's answer is too large"_s);
                return false;
            }
            m_buffer.remove(0, lineEnd + 2 + size + 2);
        }
    }

    void onClosed()
    {
        if (isFinished())
            return;
        if (m_socket && m_socket->bytesAvailable() > 0) {
            m_buffer += m_socket->readAll();
            m_gotBytes = true;
            if (parse())
                return;
        }
        if (m_framing == Framing::UntilClose) {
            m_body = m_buffer;
            m_keepAlive = false;
            complete(false);
            return;
        }
        closedEarly(m_socket ? m_socket->errorString() : QString());
    }

    void onSocketError(QAbstractSocket::SocketError error)
    {
        if (isFinished())
            return;
        if (error == QAbstractSocket::RemoteHostClosedError)
            return onClosed();
        const QString text = m_socket ? m_socket->errorString() : QString();
        fail(error == QAbstractSocket::ConnectionRefusedError       ? ConnectionRefusedError
                : error == QAbstractSocket::HostNotFoundError       ? HostNotFoundError
                : error == QAbstractSocket::SslHandshakeFailedError ? SslHandshakeFailedError
                                                                    : UnknownNetworkError,
            text);
    }

    void closedEarly(const QString &why)
    {
        // A kept-alive connection the server had closed meanwhile: once, on a fresh one.
        if (m_reused && !m_gotBytes && !m_retried) {
            m_retried = true;
            drop();
            m_buffer.clear();
            start();
            return;
        }
        fail(RemoteHostClosedError,
            why.isEmpty() ? u"Hub OS closed the connection before answering"_s : why);
    }

    void complete(bool canKeep)
    {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_status);
        QTcpSocket *socket = std::exchange(m_socket, nullptr);
        if (socket) {
            socket->disconnect(this);
            if (canKeep && m_keepAlive && socket->bytesAvailable() == 0)
                m_pool->giveBack(m_key, socket);
            else
                socket->deleteLater();
        }
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        setFinished(true);
        Q_EMIT finished();
    }

    void fail(NetworkError code, const QString &text)
    {
        if (isFinished())
            return;
        drop();
        setError(code, text);
        setFinished(true);
        Q_EMIT errorOccurred(code);
        Q_EMIT finished();
    }

    void drop()
    {
        QTcpSocket *socket = std::exchange(m_socket, nullptr);
        if (socket) {
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
        }
    }

    HubOsConnections *m_pool;
    QString m_key;
    QByteArray m_wire;
    QTcpSocket *m_socket = nullptr; // owned by the pool, which deletes its replies first
    bool m_reused = false;
    bool m_retried = false;
    bool m_gotBytes = false;
    QByteArray m_buffer;
    QByteArray m_body;
    qint64 m_read = 0;
    Framing m_framing = Framing::Unknown;
    qint64 m_remaining = 0;
    int m_status = 0;
    bool m_keepAlive = true;
};

HubOsConnections::HubOsConnections(QObject *parent)
    : QObject(parent)
{ }

HubOsConnections::~HubOsConnections()
{
    // Replies first (they let go of their connections), then the connections, silenced: none
    // of their last signals may reach a half-destroyed reply or this pool.
    qDeleteAll(findChildren<HubOsReply *>(Qt::FindDirectChildrenOnly));
    const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket *socket : sockets) {
        socket->disconnect();
        delete socket;
    }
}

void HubOsConnections::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_ssl = configuration;
}

QNetworkReply *HubOsConnections::send(
    const QNetworkRequest &request, const QByteArray &method, const QByteArray &body)
{
    return new HubOsReply(this, request, method, body);
}

int HubOsConnections::idleConnections() const
{
    int n = 0;
    for (const auto &list : m_idle)
        n += int(list.size());
    return n;
}

QTcpSocket *HubOsConnections::take(const QString &key, const QUrl &url, bool *reused)
{
    QList<QTcpSocket *> &idle = m_idle[key];
    while (!idle.isEmpty()) {
        QTcpSocket *socket = idle.takeLast();
        socket->disconnect(this);
        if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0) {
            *reused = true;
            return socket;
        }
        socket->deleteLater();
    }
    *reused = false;
    const bool tls = url.scheme() == u"https"_s;
    if (tls) {
        auto *socket = new QSslSocket(this);
        socket->setSslConfiguration(m_ssl);
        socket->connectToHostEncrypted(url.host(), quint16(url.port(443)));
        return socket;
    }
    auto *socket = new QTcpSocket(this);
    socket->connectToHost(url.host(), quint16(url.port(80)));
    return socket;
}

void HubOsConnections::giveBack(const QString &key, QTcpSocket *socket)
{
    QList<QTcpSocket *> &idle = m_idle[key];
    if (idle.size() >= kMaxIdlePerHost) {
        socket->deleteLater();
        return;
    }
    // An idle connection the server closes, or that says something unasked, is dropped.
    const auto forget = [this, key, socket] {
        m_idle[key].removeAll(socket);
        socket->disconnect(this);
        socket->deleteLater();
    };
    connect(socket, &QAbstractSocket::disconnected, this, forget);
    connect(socket, &QIODevice::readyRead, this, forget);
    idle.append(socket);
}
