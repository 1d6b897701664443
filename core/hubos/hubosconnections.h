// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QSslConfiguration>

class QTcpSocket;

// HTTP/1.1 to Hub OS over keep-alive connections, for HubOsClient. QNetworkAccessManager did the
// job, but its per-request set-up (a thread hop each way, a dozen signal connections) cost about
// a third of the bridge's CPU per order. This does one thing: a request with a known body on an
// idle connection to the same host (or a new one), the answer read on the caller's thread.
//
// Answers may be framed by Content-Length, chunked, or by the connection closing. A reused
// connection that turns out to be closed before any byte of the answer arrives is replaced once,
// transparently (the request carries its idempotency key). Answers are capped at kMaxAnswerBytes.
// https:// uses QSslSocket with the system's (or setSslConfiguration's) trust and SNI. No proxy,
// no redirects (the Hub OS contract has none), no compression.
class HubOsConnections : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxAnswerBytes = 4 * 1024 * 1024;
    static constexpr int kMaxIdlePerHost = 256; // as many as calls may be in flight

    explicit HubOsConnections(QObject *parent = nullptr);
    ~HubOsConnections() override;

    void setSslConfiguration(const QSslConfiguration &configuration);

    // The reply finishes like a QNetworkReply: HttpStatusCodeAttribute and raw headers set, the
    // body readable once finished; on failure error() and errorString() say why.
    QNetworkReply *send(
        const QNetworkRequest &request, const QByteArray &method, const QByteArray &body);

    int idleConnections() const;

private:
    friend class HubOsReply;
    QTcpSocket *take(const QString &key, const QUrl &url, bool *reused); // key: hostKey(url)
    void giveBack(const QString &key, QTcpSocket *socket);

    QHash<QString, QList<QTcpSocket *>> m_idle; // connected, nothing in flight
    QSslConfiguration m_ssl = QSslConfiguration::defaultConfiguration();
};
