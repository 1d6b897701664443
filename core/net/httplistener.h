// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/net/connectionguard.h"
#include "core/net/httpheaders.h"

#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>

class HttpServerAdapter;
class QFileSystemWatcher;
class QTimer;

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

// What the listener is told before listen(): the [listener] settings.
struct ListenerConfig
{
    GuardLimits limits;
    QStringList allowFrom; // as written; listen() checks every entry
    QString tlsCertPath; // both empty: plain HTTP
    QString tlsKeyPath;
};

// The only place that knows QHttpServer (its API changes in Qt 6.8). It routes nothing itself:
// every request goes to the one handler, which answers through the HttpReply.
// Every connection first meets a ConnectionGuard (connectionguard.h), the QTcpServer given to
// QHttpServer: limits, timeouts, allow-list, TLS. Requests the guard answers itself (413 for a
// declared body over the limit, 431, ...) never reach the handler; they go to the
// RefusalHandler, which records them, and the guard answers once it reports them recorded.
class HttpListener : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest &, HttpReply)>;

    explicit HttpListener(QObject *parent = nullptr);
    ~HttpListener() override;

    void setHandler(Handler handler);
    void setRefusalHandler(ConnectionGuard::RefusalHandler handler);

    // Limits, allow-list and TLS files for the next listen().
    void setConfig(const ListenerConfig &config);
    void setLimits(const GuardLimits &limits) { m_limits = limits; } // allowFrom: see below
    void setAllowFrom(const QStringList &networks) { m_allowFrom = networks; }
    void setTlsFiles(const QString &certPath, const QString &keyPath);

    // Returns false and fills `error` when the address or port cannot be used, the allow-list
    // has an invalid entry, or the TLS certificate or key is missing, expired or mismatched.
    bool listen(const QHostAddress &address, quint16 port, QString *error = nullptr);
    void close();
    bool isListening() const;
    bool hasRequestsArriving() const; // on any guard, the retiring ones too
    bool isTls() const; // the listener speaks HTTPS
    quint16 port() const;
    QHostAddress address() const;
    ConnectionGuard *guard() const { return m_guard; } // null before listen()

    // After the TLS files change on disk (a renewal by certbot or the hotel's IT), new
    // connections get the new certificate within this long; connections open keep theirs.
    static constexpr int kTlsSettleMs = 1000;

private:
    void watchTlsFiles();
    void renewTls();

    std::unique_ptr<HttpServerAdapter> m_server;
    ConnectionGuard *m_guard = nullptr;
    GuardLimits m_limits;
    QStringList m_allowFrom;
    QString m_tlsCert;
    QString m_tlsKey;
    QByteArray m_tlsLoaded; // a digest of the TLS files the guard uses
    QFileSystemWatcher *m_tlsWatch = nullptr;
    QTimer *m_tlsSettle = nullptr; // a renewal writes two files, maybe by renames: wait for both
    ConnectionGuard::RefusalHandler m_refusalHandler;
};
