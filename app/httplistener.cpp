#include "httplistener.h"

#include "logging.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

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
    explicit Private(QHttpServerResponder &&r, QTcpSocket *s)
        : responder(std::move(r))
        , socket(s)
    { }
    ~Private()
    {
        if (!answered) {
            qCWarning(lcListener) << "request dropped without an answer; sending 500";
            write(500, R"({"code":"INTERNAL_ERROR","message":"No answer was produced."})", {});
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
        responder.writeHeader("Content-Length", QByteArray::number(body.size()));
        responder.writeBody(body);
        socket->flush(); // hand it to the OS now: the event loop may be about to stop
    }

    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
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

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        HttpRequest r;
        r.receivedAt = QDateTime::currentDateTimeUtc();
        r.remoteAddress = request.remoteAddress();
        r.method = methodName(request.method());
        r.path = request.url().path();
        r.headers = request.headers();
        r.body = request.body();

        HttpReply reply;
        reply.d = std::make_shared<HttpReply::Private>(makeResponder(request, socket), socket);
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
{ }

HttpListener::~HttpListener()
{
    close();
}

void HttpListener::setHandler(Handler handler)
{
    m_server->handler = std::move(handler);
}

bool HttpListener::listen(const QHostAddress &address, quint16 port, QString *error)
{
    close();
    if (m_tcp) {
        // Connections accepted earlier are children of the old server; let them finish first.
        m_tcp->deleteLater();
        m_tcp = nullptr;
    }
    auto *tcp = new QTcpServer(m_server.get());
    if (!tcp->listen(address, port)) {
        if (error)
            *error = tr("Cannot listen on %1 port %2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(tcp->errorString());
        delete tcp;
        return false;
    }
    m_server->bind(tcp);
    m_tcp = tcp;
    return true;
}

void HttpListener::close()
{
    // Stops accepting; requests already received are still answered.
    if (m_tcp)
        m_tcp->close();
}

bool HttpListener::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

quint16 HttpListener::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QHostAddress HttpListener::address() const
{
    return m_tcp ? m_tcp->serverAddress() : QHostAddress();
}
