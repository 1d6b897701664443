// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "benchutil.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

class QTcpSocket;
class QEventLoop;

struct LoadResult
{
    int total = 0;
    int ok = 0;
    int errors = 0;
    double seconds = 0;
    std::vector<double> latenciesMs; // of every answered request, sorted after run()
    std::vector<double> answerOrderMs; // the same, in the order they were answered
    QStringList errorSamples; // the first few, for the report

    double perSecond() const { return seconds > 0 ? ok / seconds : 0; }
    double percentile(double p) const; // 0..100, nearest rank
    // The p-th percentile of each run of `window` answers in answer order (the last may be
    // shorter): how latency moves during a long run.
    std::vector<double> windowPercentiles(std::size_t window, double p) const;
    double maxMs() const { return latenciesMs.empty() ? 0 : latenciesMs.back(); }
};

// Drives an HTTP/1.1 server from C persistent keep-alive connections, one request in flight
// per connection, in the calling thread's event loop. Raw sockets and a minimal response
// parser (status line, Content-Length) keep the generator cheap and free of
// QNetworkAccessManager's six-connections-per-host limit.
class LoadGenerator : public QObject
{
    Q_OBJECT
public:
    using BodyFor = std::function<QByteArray(int index)>;
    // An answer is good when its status is `okStatus` and its body contains `okMarker`.
    LoadGenerator(const QHostAddress &host, quint16 port, const QByteArray &path,
        const Bench::Headers &headers, BodyFor body, QObject *parent = nullptr);
    ~LoadGenerator() override;

    void setExpectation(int okStatus, const QByteArray &okMarker);
    // Sends `total` requests over `connections` connections; gives up when nothing is answered
    // for `stallTimeoutMs` (what is still outstanding then counts as errors).
    LoadResult run(int total, int connections, int stallTimeoutMs = 60000);

private:
    struct Connection;
    void connectOne(Connection *c);
    void sendNext(Connection *c);
    void onReadyRead(Connection *c);
    void onClosed(Connection *c, const QString &why);
    void complete(Connection *c, int status, const QByteArray &body);
    void fail(Connection *c, const QString &why);
    void finishIfDone();

    QHostAddress m_host;
    quint16 m_port;
    QByteArray m_head; // request line and fixed headers, up to Content-Length
    BodyFor m_body;
    int m_okStatus = 200;
    QByteArray m_okMarker;

    std::vector<std::unique_ptr<Connection>> m_connections;
    LoadResult m_result;
    int m_next = 0;
    int m_done = 0;
    int m_total = 0;
    QElapsedTimer m_clock;
    QEventLoop *m_loop = nullptr;
};
