// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/net/httplistener.h"

#include "core/common/logging.h"
#include "core/net/httpanswer.h"
#include "core/net/tlsfiles.h"

#include <QAbstractHttpServer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QByteArray digestOf(const QStringList &files)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &path : files) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            hash.addData(&f);
        hash.addData("\0");
    }
    return hash.result();
}

QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

// QHttpServer's own debug output prints whole requests, credential headers included. Whatever
// QT_LOGGING_RULES say, it stays off: secrets never reach a log.
void silenceHttpServerDebug(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

struct HttpReply::Private
{
    Private(QHttpServerResponder &&r, QTcpSocket *s, ConnectionGuard *g, bool head)
        : responder(std::move(r))
        , socket(s)
        , guard(g)
        , headOnly(head)
    { }
    ~Private()
    {
        if (!answered) {
            qCWarning(lcListener) << "request dropped without an answer; sending 500";
            write(
                500, HttpAnswer::errorBody(u"INTERNAL_ERROR"_s, u"No answer was produced."_s), {});
        }
    }
    void write(int status, const QByteArray &body, const HttpHeaders &headers)
    {
        answered = true;
        // The client may have gone away while we waited for Hub OS.
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            qCInfo(lcListener) << "client disconnected before the answer" << status;
            return;
        }
        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
        bool typed = false;
        for (const auto &h : headers) {
            typed = typed || h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
            responder.writeHeader(h.first, h.second);
        }
        if (!typed)
            responder.writeHeader("Content-Type", "application/json");
        if (guard && guard->isStopping())
            responder.writeHeader("Connection", "close"); // the guard closes it after this
        responder.writeHeader("Content-Length", QByteArray::number(body.size()));
        // HEAD: the head a GET would get, without its body (RFC 9110 9.3.2).
        responder.writeBody(headOnly ? QByteArray() : body);
        socket->flush(); // hand it to the OS now: the event loop may be about to stop
        if (guard)
            guard->requestAnswered(socket); // the connection may carry the next request now
    }

    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    QPointer<ConnectionGuard> guard;
    bool headOnly = false;
    bool answered = false;
};

void HttpReply::send(int status, const QByteArray &body, const HttpHeaders &headers)
{
    if (!d || d->answered)
        return;
    d->write(status, body, headers);
}

bool HttpReply::isAnswered() const
{
    return d && d->answered;
}

class HttpServerAdapter : public QAbstractHttpServer
{
public:
    HttpListener::Handler handler;
    // The guards bound (listen()), each seeing every byte of its connections first: the
    // listening one, and any stopped one whose connections are still being answered.
    QList<QPointer<ConnectionGuard>> guards;

    ConnectionGuard *guardOf(QTcpSocket *socket) const
    {
        for (const QPointer<ConnectionGuard> &g : guards) {
            if (g && g->owns(socket))
                return g;
        }
        return nullptr;
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        ConnectionGuard *guard = guardOf(socket);
        if (guard)
            guard->requestDelivered(socket);
        HttpRequest r;
        r.receivedAt = QDateTime::currentDateTimeUtc();
        r.remoteAddress = request.remoteAddress();
        r.method = methodName(request.method());
        r.path = request.url().path();
        r.headers = request.headers();
        r.body = request.body();

        HttpReply reply;
        reply.d = std::make_shared<HttpReply::Private>(makeResponder(request, socket), socket,
            guard, request.method() == QHttpServerRequest::Method::Head);
        if (handler)
            handler(r, reply);
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    static QByteArray methodName(QHttpServerRequest::Method method)
    {
        using M = QHttpServerRequest::Method;
        switch (method) {
        case M::Get:
            return "GET";
        case M::Put:
            return "PUT";
        case M::Delete:
            return "DELETE";
        case M::Post:
            return "POST";
        case M::Head:
            return "HEAD";
        case M::Options:
            return "OPTIONS";
        case M::Patch:
            return "PATCH";
        case M::Connect:
            return "CONNECT";
        case M::Trace:
            return "TRACE";
        default:
            return "UNKNOWN";
        }
    }
};

HttpListener::HttpListener(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<HttpServerAdapter>())
{
    static const bool filtered = [] {
        g_previousFilter = QLoggingCategory::installFilter(silenceHttpServerDebug);
        return true;
    }();
    Q_UNUSED(filtered);
}

HttpListener::~HttpListener()
{
    if (m_guard)
        m_guard->close(); // its connections go with it
}

void HttpListener::setHandler(Handler handler)
{
    m_server->handler = std::move(handler);
}

void HttpListener::setRefusalHandler(ConnectionGuard::RefusalHandler handler)
{
    m_refusalHandler = std::move(handler);
    if (m_guard)
        m_guard->setRefusalHandler(m_refusalHandler);
}

void HttpListener::setConfig(const ListenerConfig &config)
{
    m_limits = config.limits;
    m_allowFrom = config.allowFrom;
    setTlsFiles(config.tlsCertPath, config.tlsKeyPath);
}

void HttpListener::setTlsFiles(const QString &certPath, const QString &keyPath)
{
    m_tlsCert = certPath;
    m_tlsKey = keyPath;
}

bool HttpListener::listen(const QHostAddress &address, quint16 port, QString *error)
{
    close();
    if (m_guard) {
        // Connections accepted earlier are children of the old guard: it goes once they have
        // been answered and closed (a restart, e.g. to load a new certificate, cuts nobody off).
        ConnectionGuard *old = std::exchange(m_guard, nullptr);
        if (old->openConnections() == 0) {
            old->deleteLater();
        } else {
            connect(old, &ConnectionGuard::drained, old, &QObject::deleteLater);
            QTimer::singleShot(old->limits().answerGraceMs, old, &QObject::deleteLater);
        }
    }
    GuardLimits limits = m_limits;
    QString problem;
    if (!AllowList::parse(m_allowFrom, &limits.allowFrom, &problem)) {
        if (error)
            *error = problem;
        return false;
    }
    QSslConfiguration tls;
    if (!m_tlsCert.isEmpty() || !m_tlsKey.isEmpty()) {
        tls = TlsFiles::load(m_tlsCert, m_tlsKey, &problem);
        if (tls.isNull()) {
            if (error)
                *error = problem;
            return false;
        }
    }
    auto *guard = new ConnectionGuard(limits, m_server.get());
    if (!tls.isNull())
        guard->setTlsConfiguration(tls);
    const QByteArray loaded = tls.isNull() ? QByteArray() : digestOf({ m_tlsCert, m_tlsKey });
    guard->setRefusalHandler(m_refusalHandler);
    if (!guard->listen(address, port)) {
        if (error)
            *error = tr("Cannot listen on %1 port %2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(guard->errorString());
        delete guard;
        return false;
    }
    m_server->bind(guard);
    m_server->guards.removeAll(nullptr);
    m_server->guards.append(guard);
    m_guard = guard;
    m_tlsLoaded = loaded;
    watchTlsFiles();
    return true;
}

void HttpListener::watchTlsFiles()
{
    delete std::exchange(m_tlsWatch, nullptr);
    if (m_tlsLoaded.isEmpty())
        return;
    if (!m_tlsSettle) {
        m_tlsSettle = new QTimer(this);
        m_tlsSettle->setSingleShot(true);
        m_tlsSettle->setInterval(kTlsSettleMs);
        connect(m_tlsSettle, &QTimer::timeout, this, &HttpListener::renewTls);
    }
    // The folders too: a renewal often replaces a file (or a symbolic link to it) by a rename,
    // after which a watch on the file itself sees nothing more.
    m_tlsWatch = new QFileSystemWatcher(this);
    for (const QString &path : { m_tlsCert, m_tlsKey })
        m_tlsWatch->addPaths({ path, QFileInfo(path).absolutePath() });
    const auto changed = [this] { m_tlsSettle->start(); };
    connect(m_tlsWatch, &QFileSystemWatcher::fileChanged, this, changed);
    connect(m_tlsWatch, &QFileSystemWatcher::directoryChanged, this, changed);
}

void HttpListener::renewTls()
{
    for (const QString &path : { m_tlsCert, m_tlsKey }) {
        if (!m_tlsWatch->files().contains(path))
            m_tlsWatch->addPath(path); // it was replaced: watch the new one
    }
    const QByteArray digest = digestOf({ m_tlsCert, m_tlsKey });
    if (!m_guard || !m_guard->isTls() || digest == m_tlsLoaded)
        return;
    m_tlsLoaded = digest; // one warning per change, not one per event
    QString problem;
    const QSslConfiguration tls = TlsFiles::load(m_tlsCert, m_tlsKey, &problem);
    if (tls.isNull()) {
        qCWarning(lcListener).noquote()
            << "the TLS files changed but cannot be used; the listener keeps the certificate it"
            << "has:" << problem;
        return;
    }
    m_guard->setTlsConfiguration(tls);
    qCInfo(lcListener).noquote() << "TLS certificate renewed from" << m_tlsCert
                                 << "for new connections, valid until"
                                 << tls.localCertificate().expiryDate().toString(Qt::ISODate);
}

void HttpListener::close()
{
    // Stops accepting (idle keep-alive connections close too); requests already arriving are
    // still answered.
    if (m_guard)
        m_guard->stopAccepting();
}

bool HttpListener::hasRequestsArriving() const
{
    return std::any_of(m_server->guards.cbegin(), m_server->guards.cend(),
        [](const QPointer<ConnectionGuard> &g) { return g && g->hasRequestsArriving(); });
}

bool HttpListener::isListening() const
{
    return m_guard && m_guard->isListening();
}

bool HttpListener::isTls() const
{
    return m_guard && m_guard->isTls();
}

quint16 HttpListener::port() const
{
    return m_guard ? m_guard->serverPort() : 0;
}

QHostAddress HttpListener::address() const
{
    return m_guard ? m_guard->serverAddress() : QHostAddress();
}
