// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// ConnectionGuard: refusing a request — recorded first, answered with Connection: close, the
// rest of what the client sends drained, then the connection closed.

#include "core/common/logging.h"
#include "core/net/connectionguard.h"
#include "core/net/guardconnection_p.h"
#include "core/net/httpanswer.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kDrainBuffer = 64 * 1024; // read buffer while refusing

// Half-closes a plain TCP connection (FIN) once its answer is written, while the guard keeps
// reading and dropping what the client still sends. TLS sockets just linger.
void shutdownWrite(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    if (!qobject_cast<QSslSocket *>(socket) && socket->socketDescriptor() != -1
        && socket->state() == QAbstractSocket::ConnectedState)
        ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
#else
    Q_UNUSED(socket);
#endif
}

} // namespace

void ConnectionGuard::detachFromHttp(Connection *c)
{
    QTcpSocket *s = c->socket;
    c->detached = true;
    if (c->attached && parent()) {
        // QAbstractHttpServer (6.4) connects readyRead with itself as the context object.
        QObject::disconnect(s, &QIODevice::readyRead, parent(), nullptr);
    }
    if (s->isTransactionStarted())
        s->commitTransaction(); // QHttpServer's, for a request it will never finish
    s->setReadBufferSize(kDrainBuffer);
}

void ConnectionGuard::refuse(Connection *c, int status, const QByteArray &code,
    const QString &message, const QByteArray &extraHeaders)
{
    const auto keep = c->shared_from_this();
    QTcpSocket *s = c->socket;
    c->phase = Phase::Refusing;
    c->waitOrder = ++m_nextId;
    c->bodyOpen = false;
    m_budget.dropReceiving(c->id); // its bytes are dropped (drain) from here on
    scheduleResume();
    // QHttpServer still gets the requests received whole before this one (a pipelining client's);
    // the refused one, even when its head was let through earlier, it never finishes.
    c->stopAfter = c->completed;
    c->refusedAt = now();
    if (status == 0) {
        c->recorded = true; // nothing answered, nothing to record
        c->drainExpected = -1;
    } else {
        ++m_counters.refused;
        const QByteArray body = HttpAnswer::errorBody(QString::fromLatin1(code), message);
        c->refusal = "HTTP/1.1 " + QByteArray::number(status) + ' '
            + HttpAnswer::reasonPhrase(status)
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extraHeaders + "\r\n"
            + body;

        const RequestHead &h = c->framer.head();
        RefusedRequest r;
        r.receivedAt = QDateTime::currentDateTimeUtc();
        r.remoteAddress = c->peer;
        r.method = h.method;
        r.path = h.target.isEmpty() ? QString() : h.path();
        r.headers = h.headers;
        r.declaredBodyBytes = h.contentLength;
        r.receivedBodyBytes = c->framer.bodyBytes();
        r.body = receivedBody(c);
        r.bodyKept = !r.body.isEmpty();
        r.status = status;
        r.code = code;
        r.message = message;
        r.answer = body;
        qCInfo(lcGuard).noquote() << QString::fromLatin1(r.method) << r.path << "from"
                                  << c->peer.toString() << "->" << status << code;
        if (m_refusalHandler) {
            // Queued, whatever the handler does: the connection may change meanwhile.
            QPointer<ConnectionGuard> self(this);
            QPointer<QTcpSocket> sp(s);
            m_refusalHandler(r, [self, sp] {
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, sp] {
                        if (!self || !sp)
                            return;
                        if (const auto c = self->find(sp)) {
                            c->recorded = true;
                            self->maybeFinishRefusal(c.get());
                        }
                    },
                    Qt::QueuedConnection);
            });
        } else {
            c->recorded = true;
        }
    }
    if (!c->attached && c->stopAfter == 0) {
        // Still in the gate, or handed over but not attached yet (attach() is queued): no request
        // of it is for QHttpServer, which never gets the socket.
        c->detached = true;
        s->setReadBufferSize(kDrainBuffer);
    } else if (c->attached && c->delivered >= c->stopAfter) {
        detachFromHttp(c);
    }
    // Otherwise QHttpServer first delivers the requests before this one (afterHttpRead).
    if (c->detached) {
        drain(c);
        maybeFinishRefusal(c); // nothing when drain() closed it
    }
}

// The body of the request being refused when all of it had arrived (e.g. a chunked body refused
// for its trailer), so that it can be re-sent from the history; empty otherwise. It is still in
// the socket's buffer: QHttpServer may have read into it in its read transaction, and never
// finishes this request, so that reading is rolled back first.
QByteArray ConnectionGuard::receivedBody(Connection *c)
{
    const RequestFramer &f = c->framer;
    QTcpSocket *s = c->socket;
    if (!f.bodyDataComplete() || f.bodyBytes() <= 0 || (c->attached && c->delivered < c->stopAfter))
        return {};
    if (s->isTransactionStarted()) {
        const qint64 before = s->bytesAvailable();
        s->rollbackTransaction();
        if (c->drainExpected > 0)
            c->drainExpected += s->bytesAvailable() - before; // read again before the rest
    }
    const QByteArray raw = s->peek(s->bytesAvailable()); // this request from its first byte
    qsizetype start = 0;
    while (start < raw.size() && (raw.at(start) == '\r' || raw.at(start) == '\n'))
        ++start;
    const qsizetype headEnd = raw.indexOf("\r\n\r\n", start);
    if (headEnd < 0)
        return {};
    const RequestHead &h = f.head();
    const QByteArray body = h.chunked ? RequestFramer::dechunked(raw, headEnd + 4)
                                      : raw.mid(headEnd + 4, std::max<qint64>(0, h.contentLength));
    return body.size() == f.bodyBytes() ? body : QByteArray();
}

void ConnectionGuard::drain(Connection *c)
{
    QTcpSocket *s = c->socket;
    const qint64 n = s->bytesAvailable();
    if (n > 0) {
        s->skip(n);
        if (c->drainExpected > 0)
            c->drainExpected = std::max<qint64>(0, c->drainExpected - n);
    }
    if (c->written && c->drainExpected == 0)
        closeConnection(c, true);
}

void ConnectionGuard::maybeFinishRefusal(Connection *c)
{
    if (c->gone || c->phase != Phase::Refusing || !c->detached || c->written || c->closing)
        return;
    const auto keep = c->shared_from_this(); // the flush below may forget the connection
    if (c->answered < c->delivered)
        return; // the earlier requests are answered first
    if (c->refusal.isEmpty()) {
        closeConnection(c, true);
        return;
    }
    if (!c->recorded && now() - c->refusedAt < m_limits.recordWaitMs)
        return;
    if (!c->recorded)
        qCWarning(lcGuard) << "refusal not recorded in time; answering anyway";
    c->written = true;
    c->writtenAt = now();
    QTcpSocket *s = c->socket;
    s->write(c->refusal);
    s->flush(); // a client that has reset: `disconnected`, emitted from inside, forgets it
    if (c->gone)
        return;
    if (c->drainExpected == 0) {
        closeConnection(c, true); // the whole request is in: a clean close loses nothing
        return;
    }
    // Still reading what the client sends; tell it we are done writing (it may read to EOF).
    if (s->bytesToWrite() == 0) {
        shutdownWrite(s);
    } else {
        connect(s, &QIODevice::bytesWritten, this, [s] {
            if (s->bytesToWrite() == 0)
                shutdownWrite(s);
        });
    }
}
