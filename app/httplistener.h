#pragma once

#include "credentials.h" // HttpHeaders

#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <functional>
#include <memory>

class QTcpServer;
class HttpServerAdapter;

// One HTTP request as the rest of Hubbridge sees it, independent of the QHttpServer version.
struct HttpRequest
{
    QDateTime receivedAt;
    QHostAddress remoteAddress;
    QByteArray method;
    QString path;
    HttpHeaders headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // first value, case-insensitive name
};

// A handle to answer one request, now or later. Copies share the same exchange; the first
// send() wins. If every copy is dropped unanswered, the client gets a 500.
class HttpReply
{
public:
    HttpReply() = default;
    // JSON unless `headers` names another Content-Type.
    void send(int status, const QByteArray &body, const HttpHeaders &headers = {});
    bool isAnswered() const;
    bool isValid() const { return bool(d); }

private:
    friend class HttpServerAdapter;
    struct Private;
    std::shared_ptr<Private> d;
};

// The only place that knows QHttpServer (its API changes in Qt 6.8). It routes nothing itself:
// every request goes to the one handler, which answers through the HttpReply.
class HttpListener : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest &, HttpReply)>;

    explicit HttpListener(QObject *parent = nullptr);
    ~HttpListener() override;

    void setHandler(Handler handler);

    // Returns false and fills `error` when the address or port cannot be used.
    bool listen(const QHostAddress &address, quint16 port, QString *error = nullptr);
    void close();
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;

private:
    std::unique_ptr<HttpServerAdapter> m_server;
    QTcpServer *m_tcp = nullptr;
};
