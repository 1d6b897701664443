// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/net/allowlist.h"
#include "core/net/bodybudget.h"
#include "core/net/httpheaders.h"
#include "core/net/requestframer.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <functional>
#include <memory>

class QTcpSocket;
class QTimer;

// Limits the guard enforces; HttpListener fills them from [listener] in hubbridge.ini.
struct GuardLimits
{
    qint64 maxBodyBytes = 1048576;
    int maxHeadBytes = 16384;
    int idleTimeoutMs = 10000; // a connection must deliver a complete request within this
    int maxConnections = 256; // open connections, every phase counted
    int maxConnectionsPerAddress = 32; // per IPv4 address / IPv6 /64; 0: no per-address cap
    // Behind a local reverse proxy or tunnel every client arrives from loopback: such
    // connections count against maxConnections only.
    bool loopbackExemptFromAddressCap = true;
    AllowList::Networks allowFrom; // networks allowed to connect; empty: everyone
    // Body bytes that may be held at once for requests not answered yet (every connection
    // together); 0: 16 × maxBodyBytes, at least 16 MiB. Paid as bytes arrive, with a fair share
    // per address (BodyBudget); when it is short, bodies are read more slowly, never refused.
    qint64 bodyBudgetBytes = 0;
    int answerGraceMs = 120000; // a complete request unanswered this long: connection closed
    int recordWaitMs = 5000; // a refusal is written once recorded, or after this at the latest
    int lingerMs = 2000; // after a refusal, incoming bytes are read and dropped this long

    qint64 effectiveBodyBudget() const;
};

// A request the guard answered itself, before QHttpServer saw it. Carries what the history
// needs: headers as received (the store redacts secrets), and the body when the guard had
// received it whole (so that it can be re-sent from the history); otherwise no body.
struct RefusedRequest
{
    QDateTime receivedAt;
    QHostAddress remoteAddress;
    QByteArray method; // "" when the request line was not complete
    QString path;
    HttpHeaders headers; // empty when the head was not complete or too large
    qint64 declaredBodyBytes = -1; // Content-Length; -1 when none was declared
    qint64 receivedBodyBytes = 0; // body bytes that had arrived when it was refused
    bool bodyKept = false; // the whole body had arrived: `body` holds it
    QByteArray body;
    int status = 0;
    QByteArray code; // PAYLOAD_TOO_LARGE, HEADERS_TOO_LARGE, BAD_REQUEST, ...
    QString message;
    QByteArray answer; // the JSON body sent
};

// The connection guard: the QTcpServer that HttpListener passes to QAbstractHttpServer::bind().
// It sees every byte of every connection before QHttpServer does, and keeps QHttpServer 6.4
// (which buffers whole bodies, and has no limits and no timeouts) inside fixed bounds.
//
// How it sees the bytes first.
//   * Gate. incomingConnection() checks the allow-list and the connection caps, then keeps the
//     socket to itself (not in the pending-connection queue) and peek()s what arrives, which
//     leaves the bytes in the socket for QHttpServer. Garbage, a head over maxHeadBytes, a
//     Content-Length over maxBodyBytes, ... are answered (or dropped) here; QHttpServer never
//     learns the connection existed. Half-open and slow connections cost one socket and at
//     most maxHeadBytes + 16 KiB of read buffer (QAbstractSocket::setReadBufferSize).
//   * Hand-over. Once the first head is complete and acceptable, the socket goes through
//     addPendingConnection() (QAbstractHttpServer connects its readyRead slot then, in 6.4
//     synchronously via pendingConnectionAvailable) and readyRead is emitted once so that it
//     reads what is already buffered.
//   * Keep-alive. The guard's readyRead slot was connected first, and Qt calls slots in
//     connection order, so on every later readyRead the guard runs before QHttpServer and sees
//     exactly the bytes QHttpServer has not consumed (bytesAvailable/peek honour QHttpServer's
//     open read transaction). A second slot, connected after QHttpServer's, notes how many
//     bytes it left, so the guard knows which bytes are new. Every request on the connection
//     goes through the same RequestFramer with the same limits. When one must be refused, the
//     guard disconnects QHttpServer's readyRead slot before QHttpServer has read a byte of that
//     request (letting it first deliver any complete request before it), then answers itself.
//     A new request may only start once every earlier one on the connection is answered:
//     QHttpServer 6.4 parses whatever arrives, so a pipelined request would be handled while
//     the previous one waits on Hub OS and the answers could leave out of order. A pipelining
//     client therefore gets the answers to the requests before, then the connection closes
//     (RFC 9112 9.3.2: it retries the rest). "Connection: close" (and HTTP/1.0 without
//     keep-alive) closes the connection after its answer.
//
// Bounds. Per request: head <= maxHeadBytes, body <= maxBodyBytes (chunked: counted as it
// arrives, framing included up to 2 × maxBodyBytes + 64 KiB). Per connection: the socket read
// buffer is capped (between requests: maxHeadBytes + 16 KiB; while a body arrives: what is there
// plus the window BodyBudget grants, because QHttpServer holds a request's bytes in a read
// transaction until it is complete; refusing: 64 KiB, drained). Process-wide: maxConnections
// sockets, maxConnectionsPerAddress from one address, and bodyBudgetBytes of bodies held for
// unanswered requests, paid as bytes arrive with a fair share per address (bodybudget.h). A
// body that gets no window is not read (TCP flow control slows its sender) until the pool has
// room; a request within its address's share sheds (503 BUSY) a request still receiving from the
// address holding the most rather than wait. When a connection cap is reached a connection with
// no request waiting for its answer is closed to make room: one already closing, then one the
// guard refused (lingering after its answer, then waiting for its record), then an idle
// keep-alive one, then one whose request is still arriving; the one waiting longest first (a
// sequence number, never a tie). If every connection is busy the new one is closed at once.
//
// Time. A connection must deliver a complete request within idleTimeoutMs of being accepted or
// of its previous answer (slow drips of head or body do not extend it); idle keep-alive
// connections close after the same time. While a request waits for its answer the clock stops
// (answerGraceMs is the backstop).
//
// Refusals. The answer is a small JSON {"code","message"} with Connection: close. It is
// written only after the RefusalHandler reports the request recorded (Bridge writes it to the
// history), or after recordWaitMs if that never comes. Meanwhile and afterwards incoming bytes
// are read and dropped (never buffered) for up to lingerMs, so that the client, still sending
// its body, is not reset before it reads the answer.
class ConnectionGuard : public QTcpServer
{
    Q_OBJECT
public:
    static constexpr int kListenBacklog = 1024; // connections waiting to be accepted

    using RefusalHandler
        = std::function<void(const RefusedRequest &request, std::function<void()> recorded)>;

    struct Counters
    {
        quint64 accepted = 0; // connections taken in
        quint64 deniedByAllowList = 0;
        quint64 refusedAtCapacity = 0; // closed at once: every connection busy
        quint64 evicted = 0; // closed to make room for a new connection
        quint64 timedOut = 0;
        quint64 garbage = 0; // closed without an answer: not HTTP, or a failed TLS handshake
        quint64 refused = 0; // answered by the guard (413, 431, 400, 501, 503)
        quint64 handedOver = 0; // connections given to QHttpServer
    };

    explicit ConnectionGuard(const GuardLimits &limits, QObject *parent = nullptr);
    ~ConnectionGuard() override;

    // HTTPS: every accepted connection is a QSslSocket in server mode with this configuration.
    void setTlsConfiguration(const QSslConfiguration &configuration);
    bool isTls() const { return m_tls; }

    void setRefusalHandler(RefusalHandler handler) { m_refusalHandler = std::move(handler); }

    // Told by HttpListener: QHttpServer handed one request of `socket` to the handler, and the
    // handler's answer to one request of `socket` was written.
    void requestDelivered(QTcpSocket *socket);
    void requestAnswered(QTcpSocket *socket);

    // Stopping: no new connection is accepted, idle keep-alive connections close now, and every
    // other one closes after the answer to the request it carries (answered with "Connection:
    // close"). A request already arriving is still received and answered.
    void stopAccepting();
    bool isStopping() const { return m_stopping; }
    // A request is on its way in and not handed over yet: its bytes are being framed, or wait
    // in the socket (in Qt's buffer or still in the system's). Shutdown waits for those too.
    bool hasRequestsArriving() const;

    int openConnections() const { return int(m_connections.size()); }
    bool owns(QTcpSocket *socket) const { return m_connections.contains(socket); }
    const Counters &counters() const { return m_counters; }
    const GuardLimits &limits() const { return m_limits; }
    // Body bytes held and granted (BodyBudget), every address together or from one address.
    qint64 bodyBytesReserved() const { return m_budget.used(); }
    qint64 bodyBytesHeldFrom(const QHostAddress &address) const;

Q_SIGNALS:
    void drained(); // stopping, and the last connection is gone

protected:
    void incomingConnection(qintptr handle) override;

private:
    struct Connection;
    enum class Phase {
        Gate, // the guard alone reads (peeks)
        Handed, // QHttpServer reads after the guard
        Refusing, // the guard answers, then drops what still arrives
    };

    std::shared_ptr<Connection> find(QTcpSocket *socket) const; // held by the caller
    void onReadyRead(QTcpSocket *socket);
    void afterHttpRead(QTcpSocket *socket);
    void scan(Connection *c, qint64 fresh);
    void onHead(Connection *c);
    void requestReceived(Connection *c);
    void updateWindow(Connection *c);
    qint64 shedFor(Connection *c, qint64 wanted);
    void scheduleResume();
    void resumeWaiting();
    std::shared_ptr<Connection> findById(quint64 id) const;
    void startWaiting(Connection *c); // the idle clock (re)starts
    void attach(QTcpSocket *socket);
    void detachFromHttp(Connection *c);
    // status 0: close without an answer (garbage, pipelining) once earlier answers are out.
    void refuse(Connection *c, int status, const QByteArray &code, const QString &message,
        const QByteArray &extraHeaders = {});
    void maybeFinishRefusal(Connection *c);
    QByteArray receivedBody(Connection *c);
    void drain(Connection *c);
    void closeConnection(Connection *c, bool graceful);
    void forget(QTcpSocket *socket);
    bool makeRoom(const QHostAddress &peer, const QByteArray &addressKey);
    void sweep();
    void startSweeping();
    void logThrottled(int kind, const QString &message, bool warning = true);
    qint64 now() const { return m_clock.elapsed(); }

    static QByteArray addressKey(const QHostAddress &address);

    GuardLimits m_limits;
    bool m_tls = false;
    QSslConfiguration m_tlsConfiguration;
    RefusalHandler m_refusalHandler;
    QHash<QTcpSocket *, std::shared_ptr<Connection>> m_connections;
    QHash<QByteArray, int> m_perAddress;
    BodyBudget m_budget;
    quint64 m_nextId = 0; // connection numbers, and the order in which they began waiting
    bool m_resumeQueued = false;
    bool m_stopping = false;
    QElapsedTimer m_clock;
    QTimer *m_sweep = nullptr;
    Counters m_counters;
    QHash<int, QPair<qint64, int>> m_logThrottle; // kind -> (last logged at, suppressed since)
};
