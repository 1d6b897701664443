// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/net/connectionguard.h"

#include "core/common/logging.h"
#include "core/net/guardconnection_p.h"
#include "core/net/httpanswer.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <limits>
#ifdef Q_OS_UNIX
#include <sys/ioctl.h>
#endif

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kGateBufferSlack
    = 16 * 1024; // read buffer beyond the head limit, before hand-over
constexpr int kLogEveryMs = 5000; // throttled warnings: at most one per kind this often

} // namespace

// =============================================================================================
// GuardLimits

qint64 GuardLimits::effectiveBodyBudget() const
{
    if (bodyBudgetBytes > 0)
        return bodyBudgetBytes;
    return std::max<qint64>(16 * 1024 * 1024, 16 * maxBodyBytes);
}

// =============================================================================================
// ConnectionGuard

ConnectionGuard::ConnectionGuard(const GuardLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_budget(limits.effectiveBodyBudget())
    , m_sweep(new QTimer(this))
{
    m_limits.maxConnections = std::max(1, m_limits.maxConnections);
    m_limits.idleTimeoutMs = std::max(1, m_limits.idleTimeoutMs);
    // Qt's default backlog of 50 overflows when a burst of clients connects at once: the kernel
    // drops their SYNs and they wait a second or more to retry. The caps above still apply to
    // every connection accepted.
    setListenBacklogSize(kListenBacklog);
    m_clock.start();
    m_sweep->setInterval(std::clamp(m_limits.idleTimeoutMs / 4, 20, 500));
    connect(m_sweep, &QTimer::timeout, this, &ConnectionGuard::sweep);
}

ConnectionGuard::~ConnectionGuard()
{
    // The sockets are children and go with this object; nothing may call back into it.
    const auto sockets = m_connections.keys();
    for (QTcpSocket *s : sockets)
        s->disconnect(this);
    m_connections.clear();
}

void ConnectionGuard::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tls = !configuration.isNull();
    m_tlsConfiguration = configuration;
}

std::shared_ptr<ConnectionGuard::Connection> ConnectionGuard::find(QTcpSocket *socket) const
{
    return socket ? m_connections.value(socket) : nullptr;
}

std::shared_ptr<ConnectionGuard::Connection> ConnectionGuard::findById(quint64 id) const
{
    for (const auto &c : m_connections)
        if (c->id == id)
            return c;
    return nullptr;
}

void ConnectionGuard::startWaiting(Connection *c)
{
    c->waitStart = now();
    c->waitOrder = ++m_nextId;
}

qint64 ConnectionGuard::bodyBytesHeldFrom(const QHostAddress &address) const
{
    return m_budget.usedBy(addressKey(AllowList::canonical(address)));
}

QByteArray ConnectionGuard::addressKey(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) // canonical: never IPv4-mapped
        return QByteArray::number(address.toIPv4Address());
    // One IPv6 host usually owns a whole /64: count the prefix, not the address.
    const Q_IPV6ADDR ip6 = address.toIPv6Address();
    return QByteArray(reinterpret_cast<const char *>(&ip6), 8).toHex();
}

void ConnectionGuard::logThrottled(int kind, const QString &message, bool warning)
{
    auto &[last, suppressed] = m_logThrottle[kind];
    if (last != 0 && now() - last < kLogEveryMs) {
        ++suppressed;
        return;
    }
    const QString text = suppressed > 0
        ? message + u" (and %1 more like it since the last report)"_s.arg(suppressed)
        : message;
    if (warning)
        qCWarning(lcGuard).noquote() << text;
    else
        qCInfo(lcGuard).noquote() << text;
    last = std::max<qint64>(1, now());
    suppressed = 0;
}

void ConnectionGuard::startSweeping()
{
    if (!m_sweep->isActive())
        m_sweep->start();
}

void ConnectionGuard::incomingConnection(qintptr handle)
{
    QTcpSocket *socket = nullptr;
    QSslSocket *ssl = nullptr;
    if (m_tls) {
        ssl = new QSslSocket(this);
        ssl->setSslConfiguration(m_tlsConfiguration);
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(handle)) {
        qCWarning(lcGuard) << "cannot take an incoming connection:" << socket->errorString();
        delete socket;
        return;
    }
    const QHostAddress peer = AllowList::canonical(socket->peerAddress());
    if (!m_limits.allowFrom.isEmpty() && !AllowList::contains(peer, m_limits.allowFrom)) {
        ++m_counters.deniedByAllowList;
        logThrottled(1,
            u"connection from %1 refused: not in listener/allowFrom"_s.arg(peer.toString()), false);
        socket->abort();
        delete socket;
        return;
    }
    const QByteArray key = addressKey(peer);
    if (!makeRoom(peer, key)) {
        ++m_counters.refusedAtCapacity;
        logThrottled(2,
            u"connection from %1 refused: listener/maxConnections(PerAddress) reached and every "
            "connection has a request waiting for its answer (%2 open)"_s.arg(peer.toString())
                .arg(m_connections.size()));
        socket->abort();
        delete socket;
        return;
    }

    auto c = std::make_shared<Connection>(m_limits.maxBodyBytes, m_limits.maxHeadBytes);
    c->socket = socket;
    c->id = ++m_nextId;
    c->peer = peer;
    c->key = key;
    startWaiting(c.get());
    m_connections.insert(socket, c);
    ++m_perAddress[key];
    ++m_counters.accepted;
    socket->setReadBufferSize(m_limits.maxHeadBytes + kGateBufferSlack);

    // First connection to readyRead: the guard runs before QHttpServer's slot, always.
    connect(socket, &QIODevice::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
        forget(socket);
        socket->deleteLater();
    });
    connect(socket, &QObject::destroyed, this, [this, socket] { forget(socket); });
    if (ssl) {
        connect(ssl, &QSslSocket::errorOccurred, this, [this, ssl](QAbstractSocket::SocketError) {
            if (!ssl->isEncrypted() && ssl->error() != QAbstractSocket::RemoteHostClosedError) {
                ++m_counters.garbage;
                logThrottled(3,
                    u"TLS handshake with %1 failed: %2"_s.arg(
                        ssl->peerAddress().toString(), ssl->errorString()),
                    false);
            }
        });
        ssl->startServerEncryption();
    }
    startSweeping();
}

bool ConnectionGuard::makeRoom(const QHostAddress &peer, const QByteArray &key)
{
    const bool capped = m_limits.maxConnectionsPerAddress > 0
        && !(m_limits.loopbackExemptFromAddressCap && peer.isLoopback());
    const bool perAddressFull
        = capped && m_perAddress.value(key) >= m_limits.maxConnectionsPerAddress;
    const bool full = m_connections.size() >= m_limits.maxConnections;
    if (!perAddressFull && !full)
        return true;
    // Who gives way first: a connection already closing, then one the guard refused (its answer
    // written, then still waiting for its record), then an idle keep-alive one, then one whose
    // request is still arriving. -1: a request waits for its answer, never closed for room.
    auto rank = [](const Connection &c) {
        if (c.closing)
            return 0;
        if (c.phase == Phase::Refusing)
            return c.answered < c.stopAfter ? -1 : c.written ? 1 : 2;
        if (c.completed != c.answered)
            return -1;
        return c.framer.inRequest() ? 4 : 3;
    };
    // Within a rank, the one waiting longest; from the same address when that address is full.
    Connection *victim = nullptr;
    int victimRank = 0;
    for (const auto &c : std::as_const(m_connections)) {
        if (perAddressFull && c->key != key)
            continue;
        const int r = rank(*c);
        if (r < 0)
            continue;
        if (!victim || r < victimRank || (r == victimRank && c->waitOrder < victim->waitOrder)) {
            victim = c.get();
            victimRank = r;
        }
    }
    if (!victim)
        return false;
    ++m_counters.evicted;
    logThrottled(4,
        u"connection from %1 closed to make room (listener/maxConnections%2)"_s.arg(
            victim->peer.toString(), perAddressFull ? u"PerAddress"_s : QString()));
    closeConnection(victim, false);
    return true;
}

void ConnectionGuard::onReadyRead(QTcpSocket *socket)
{
    const auto keep = find(socket);
    Connection *c = keep.get();
    if (!c || c->closing)
        return;
    c->deliveredBeforeRead = c->delivered;
    if (c->phase == Phase::Refusing) {
        if (c->detached)
            drain(c);
        return; // not detached: QHttpServer finishes the earlier requests (afterHttpRead)
    }
    const qint64 fresh = socket->bytesAvailable() - c->scanned;
    if (fresh > 0)
        scan(c, fresh);
    if (c->gone)
        return;
    if (c->phase == Phase::Refusing) {
        if (c->detached)
            drain(c);
        return;
    }
    if (!c->attached)
        c->scanned = socket->bytesAvailable(); // nobody consumes before the hand-over
    updateWindow(c);
}

void ConnectionGuard::scan(Connection *c, qint64 fresh)
{
    QTcpSocket *s = c->socket;
    const qint64 available = s->bytesAvailable();
    qint64 remaining = fresh;
    QByteArray peeked;
    auto bytes = [&]() -> const QByteArray & {
        if (peeked.isEmpty() && available > 0) {
            peeked.resize(available);
            peeked.resize(std::max<qint64>(0, s->peek(peeked.data(), available)));
        }
        return peeked;
    };
    while (remaining > 0) {
        RequestFramer::Step step;
        if (c->framer.opaqueBodyRemaining() > 0) {
            step = c->framer.skipBody(remaining); // body bytes need no look
        } else {
            const QByteArray &b = bytes();
            qsizetype at = available - remaining;
            if (at >= b.size())
                break;
            // A new request may start only once every earlier one is answered: QHttpServer
            // 6.4 parses whatever is there, and its answers could go out of order.
            if (!c->framer.inRequest() && c->accepted > c->answered) {
                qsizetype k = at;
                while (k < b.size() && (b.at(k) == '\r' || b.at(k) == '\n'))
                    ++k;
                if (k < b.size()) {
                    logThrottled(5,
                        u"pipelined request from %1: closing the connection after the answers"_s
                            .arg(c->peer.toString()));
                    refuse(c, 0, {}, {});
                    return;
                }
            }
            step = c->framer.feed(b.constData() + at, b.size() - at);
        }
        remaining -= step.consumed;
        c->requestBytes += step.consumed;
        if (c->bodyOpen) // paid as it arrives, whatever the pool: the bytes are here already
            m_budget.charge(c->id, c->key, step.consumed);
        if (step.error != RequestFramer::Error::None) {
            using E = RequestFramer::Error;
            const qint64 limit = m_limits.maxBodyBytes;
            switch (step.error) {
            case E::Garbage:
                ++m_counters.garbage;
                logThrottled(
                    6, u"closed a connection from %1: not HTTP"_s.arg(c->peer.toString()), false);
                refuse(c, 0, {}, {});
                return;
            case E::BodyTooLarge: {
                const RequestHead &h = c->framer.head();
                c->drainExpected
                    = h.chunked || h.contentLength == std::numeric_limits<qint64>::max()
                    ? -1
                    : std::max<qint64>(0, h.contentLength - remaining);
                refuse(
                    c, 413, "PAYLOAD_TOO_LARGE", u"The body is larger than %1 bytes."_s.arg(limit));
                return;
            }
            case E::HeadTooLarge:
                refuse(c, 431, "HEADERS_TOO_LARGE",
                    u"The request head is larger than %1 bytes."_s.arg(m_limits.maxHeadBytes));
                return;
            case E::TooManyFields:
                refuse(c, 431, "HEADERS_TOO_LARGE",
                    u"The request has more than %1 header fields."_s.arg(
                        RequestFramer::kMaxHeaderFields));
                return;
            case E::UnsupportedEncoding:
                refuse(
                    c, 501, "NOT_IMPLEMENTED", u"Only the chunked transfer coding is supported."_s);
                return;
            case E::WebSocket:
                refuse(c, 400, "BAD_REQUEST", u"WebSocket is not served here."_s);
                return;
            default:
                refuse(c, 400, "BAD_REQUEST", u"The request is not valid HTTP/1.1."_s);
                return;
            }
        }
        if (step.headDone) {
            const RequestHead &h = c->framer.head();
            c->drainExpected = h.chunked
                ? -1
                : std::max<qint64>(0, std::max<qint64>(0, h.contentLength) - remaining);
            onHead(c);
        }
        if (step.requestDone)
            requestReceived(c);
        if (step.consumed == 0 && !step.headDone && !step.requestDone)
            break;
    }
}

void ConnectionGuard::onHead(Connection *c)
{
    const RequestHead &h = c->framer.head();
    c->closeAfter.append(!h.keepAlive);
    c->bodyOpen = true; // its bytes are paid as they arrive (updateWindow)
    ++c->accepted;
    if (c->phase == Phase::Gate) {
        c->phase = Phase::Handed;
        // Queued: QHttpServer must not start reading inside this readyRead emission.
        QMetaObject::invokeMethod(
            this, [this, s = c->socket] { attach(s); }, Qt::QueuedConnection);
    }
}

void ConnectionGuard::requestReceived(Connection *c)
{
    ++c->completed;
    c->lastComplete = now();
    c->bodyOpen = false;
    c->requestBytes = 0;
    m_budget.finishReceiving(c->id); // its window goes back; its bytes stay until the answer
    scheduleResume();
}

// Caps the socket's read buffer: between requests at a head's worth; while a body arrives at
// what is buffered plus the window BodyBudget grants (none: Qt stops reading the socket, and TCP
// flow control slows the sender). QHttpServer keeps the whole request in a read transaction, so
// the buffer holds requestBytes of it.
void ConnectionGuard::updateWindow(Connection *c)
{
    QTcpSocket *s = c->socket;
    qint64 cap = m_limits.maxHeadBytes + kGateBufferSlack;
    if (c->bodyOpen) {
        const RequestHead &h = c->framer.head();
        const qint64 remaining = h.chunked ? 2 * m_limits.maxBodyBytes
                + RequestFramer::kChunkFramingAllowance + 1 - c->framer.bodyWireBytes()
                                           : c->framer.opaqueBodyRemaining();
        const qint64 wanted = std::clamp<qint64>(remaining, 1, m_budget.window());
        qint64 window = m_budget.grant(c->id, c->key, wanted);
        if (window == 0)
            window = shedFor(c, wanted);
        if (c->gone || c->phase == Phase::Refusing)
            return;
        cap = c->requestBytes + window;
    }
    const qint64 before = s->readBufferSize();
    s->setReadBufferSize(std::max<qint64>(1, cap));
    // A TLS socket may hold undecrypted bytes it stopped at for the old cap. QHttpServer's next
    // read makes it look again, but a request resumed from the waiting list gets no read: ask
    // QSslSocket (its private slot, present in Qt 6.4) to decrypt what it holds.
    if (m_tls && cap > before)
        QMetaObject::invokeMethod(s, "_q_flushReadBuffer", Qt::QueuedConnection);
}

// The pool is short for `c`: shed requests still receiving (503 BUSY) as BodyBudget names them,
// until `c` gets a window or nobody may be shed. Returns the window `c` has then.
qint64 ConnectionGuard::shedFor(Connection *c, qint64 wanted)
{
    const auto keep = c->shared_from_this();
    qint64 window = 0;
    for (int round = 0; window == 0 && round < 64; ++round) {
        const auto victim = m_budget.victimFor(c->id, c->key, wanted);
        if (!victim)
            break;
        const auto v = findById(*victim);
        if (!v) {
            m_budget.remove(*victim); // not a connection of ours any more
            continue;
        }
        logThrottled(7,
            u"request from %1 shed (503): %2 bytes of request bodies held, a request from %3 "
            "needs room (listener/bodyBudgetBytes)"_s.arg(v->peer.toString())
                .arg(m_budget.used())
                .arg(c->peer.toString()));
        refuse(v.get(), 503, "BUSY",
            u"Too many requests are being received at once; please retry shortly."_s,
            "Retry-After: 1\r\n"); // gives its bytes and its window back
        if (c->gone)
            return 0;
        window = m_budget.grant(c->id, c->key, wanted);
    }
    return window;
}

void ConnectionGuard::scheduleResume()
{
    if (m_resumeQueued || !m_budget.anyWaiting())
        return;
    m_resumeQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_resumeQueued = false;
            resumeWaiting();
        },
        Qt::QueuedConnection);
}

// Bytes went back to the pool: the requests waiting for a window try again, smallest first.
void ConnectionGuard::resumeWaiting()
{
    const QList<BodyBudget::Id> waiting = m_budget.waiting();
    for (BodyBudget::Id id : waiting) {
        const auto c = findById(id);
        if (!c) {
            m_budget.remove(id);
            continue;
        }
        if (!c->gone && !c->closing && c->phase != Phase::Refusing && c->bodyOpen)
            updateWindow(c.get());
    }
}

void ConnectionGuard::attach(QTcpSocket *socket)
{
    const auto keep = find(socket);
    Connection *c = keep.get();
    if (!c || c->attached || c->detached || c->accepted == 0 || c->closing)
        return;
    addPendingConnection(
        socket); // QAbstractHttpServer takes it at once (pendingConnectionAvailable)
    if (hasPendingConnections()) {
        // Nobody took it: not bound to an HTTP server.
        qCWarning(lcGuard) << "no HTTP server took the connection; closing it";
        nextPendingConnection();
        closeConnection(c, false);
        return;
    }
    c->attached = true;
    ++m_counters.handedOver;
    connect(socket, &QIODevice::readyRead, this, [this, socket] { afterHttpRead(socket); });
    // What is buffered already produced its readyRead; QHttpServer needs one of its own.
    c->deliveredBeforeRead = c->delivered;
    Q_EMIT socket->readyRead();
}

void ConnectionGuard::afterHttpRead(QTcpSocket *socket)
{
    const auto keep = find(socket);
    Connection *c = keep.get();
    if (!c || !c->attached || c->closing)
        return;
    if (c->phase == Phase::Refusing && !c->detached) {
        if (c->delivered >= c->stopAfter) {
            detachFromHttp(c);
            drain(c);
            maybeFinishRefusal(c);
        } else if (c->delivered == c->deliveredBeforeRead) {
            // QHttpServer read and delivered nothing: it does not frame these bytes as the
            // guard does. Never let it go on.
            logThrottled(8, u"HTTP layer out of step with the guard; closing"_s);
            closeConnection(c, false);
        } else {
            QMetaObject::invokeMethod(
                this,
                [this, s = QPointer<QTcpSocket>(socket)] {
                    if (s && find(s))
                        Q_EMIT s->readyRead();
                },
                Qt::QueuedConnection);
        }
        return;
    }
    c->scanned = socket->bytesAvailable();
}

void ConnectionGuard::closeConnection(Connection *c, bool graceful)
{
    const auto keep = c->shared_from_this();
    QPointer<QTcpSocket> s = c->socket;
    if (!s) {
        return;
    }
    if (graceful) {
        if (c->closing)
            return;
        c->closing = true;
        c->closingSince = now();
        s->disconnectFromHost(); // after the pending writes; `disconnected` forgets it
        return;
    }
    forget(s);
    s->abort();
    s->deleteLater();
}

void ConnectionGuard::forget(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    const std::shared_ptr<Connection> c = *it;
    m_connections.erase(it);
    c->gone = true;
    m_budget.remove(c->id);
    scheduleResume();
    auto count = m_perAddress.find(c->key);
    if (count != m_perAddress.end() && --*count <= 0)
        m_perAddress.erase(count);
    if (m_connections.isEmpty()) {
        m_sweep->stop();
        if (m_stopping)
            QMetaObject::invokeMethod(this, &ConnectionGuard::drained, Qt::QueuedConnection);
    }
}

void ConnectionGuard::requestDelivered(QTcpSocket *socket)
{
    const auto c = find(socket);
    if (!c)
        return;
    ++c->delivered;
    if (c->delivered > c->completed) {
        // QHttpServer saw the end of a request where the guard did not: never continue.
        logThrottled(9, u"HTTP layer framed a request the guard did not; closing after it"_s);
        if (c->phase != Phase::Refusing) {
            c->phase = Phase::Refusing;
            c->stopAfter = c->delivered;
            c->recorded = true;
            detachFromHttp(c.get());
        }
    }
}

void ConnectionGuard::requestAnswered(QTcpSocket *socket)
{
    const auto c = find(socket);
    if (!c)
        return;
    ++c->answered;
    m_budget.release(c->id); // one request at a time: every complete one is answered now
    scheduleResume();
    const bool close = (c->closeAfter.isEmpty() ? false : c->closeAfter.takeFirst()) || m_stopping;
    if (c->answered >= c->completed)
        startWaiting(c.get());
    if (c->phase != Phase::Refusing && !close)
        return; // nothing more to do for this answer
    // Not from inside the answer's call stack (it may be inside QHttpServer's readyRead).
    QMetaObject::invokeMethod(
        this,
        [this, s = QPointer<QTcpSocket>(socket), close] {
            const auto c = find(s);
            if (!c)
                return;
            if (c->phase == Phase::Refusing)
                maybeFinishRefusal(c.get());
            else if (close && c->answered >= c->accepted)
                closeConnection(c.get(), true);
        },
        Qt::QueuedConnection);
}

namespace {

// Bytes that reached the connection but nobody has read yet: in Qt's buffer, or still in the
// system's (a request that arrived just before the stop, its readyRead not yet delivered).
bool hasUnreadBytes(QTcpSocket *socket)
{
    if (socket->bytesAvailable() > 0)
        return true;
#ifdef Q_OS_UNIX
    int pending = 0;
    const qintptr fd = socket->socketDescriptor();
    return fd >= 0 && ::ioctl(int(fd), FIONREAD, &pending) == 0 && pending > 0;
#else
    return false;
#endif
}

} // namespace

bool ConnectionGuard::hasRequestsArriving() const
{
    for (const auto &c : std::as_const(m_connections)) {
        if (c->closing || c->phase == Phase::Refusing || c->completed != c->answered)
            continue; // closing, refused, or handed over (the handler's now)
        if (c->framer.inRequest() || hasUnreadBytes(c->socket))
            return true;
    }
    return false;
}

void ConnectionGuard::stopAccepting()
{
    m_stopping = true;
    close();
    QList<QPointer<QTcpSocket>> idle;
    for (const auto &c : std::as_const(m_connections)) {
        // Idle: nothing in flight, and no request waiting in the socket either (it is answered,
        // with Connection: close, like one in flight).
        if (!c->closing && c->phase != Phase::Refusing && c->completed == c->answered
            && !c->framer.inRequest() && !hasUnreadBytes(c->socket))
            idle.append(c->socket);
    }
    // Closing changes m_connections: only after the walk.
    for (const QPointer<QTcpSocket> &s : std::as_const(idle))
        if (const auto c = find(s))
            closeConnection(c.get(), true);
}

void ConnectionGuard::sweep()
{
    const qint64 t = now();
    QList<QPointer<QTcpSocket>> abortNow;
    QList<QPointer<QTcpSocket>> closeNow;
    QList<QPointer<QTcpSocket>> finishNow;
    for (const auto &c : std::as_const(m_connections)) {
        if (c->closing) {
            if (t - c->closingSince > m_limits.lingerMs)
                abortNow.append(c->socket);
            continue;
        }
        if (c->phase == Phase::Refusing) {
            if (c->written) {
                if (t - c->writtenAt > m_limits.lingerMs)
                    abortNow.append(c->socket);
            } else if (t - c->refusedAt > m_limits.answerGraceMs) {
                abortNow.append(c->socket);
            } else {
                finishNow.append(c->socket); // the record may be overdue
            }
            continue;
        }
        if (c->completed == c->answered) {
            if (t - c->waitStart > m_limits.idleTimeoutMs) {
                ++m_counters.timedOut;
                (c->framer.inRequest() ? abortNow : closeNow).append(c->socket);
            }
        } else if (t - c->lastComplete > m_limits.answerGraceMs) {
            ++m_counters.timedOut;
            abortNow.append(c->socket);
        }
    }
    // Acting changes m_connections: only after the walk.
    for (const QPointer<QTcpSocket> &s : std::as_const(abortNow))
        if (const auto c = find(s))
            closeConnection(c.get(), false);
    for (const QPointer<QTcpSocket> &s : std::as_const(closeNow))
        if (const auto c = find(s))
            closeConnection(c.get(), true);
    for (const QPointer<QTcpSocket> &s : std::as_const(finishNow))
        if (const auto c = find(s))
            maybeFinishRefusal(c.get());
}
