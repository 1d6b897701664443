// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What the guard knows of one connection; shared by the guard's own files (connectionguard.cpp:
// accepting, framing, room and body windows; guardrefusals.cpp: refusing). Nothing else
// includes it.

#include "core/net/connectionguard.h"
#include "core/net/requestframer.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>
#include <memory>

// Owned by m_connections. Every function that works on one holds a strong reference for its
// whole run (find() returns one), because a write, flush, close, abort or disconnectFromHost can
// emit `disconnected` synchronously and forget() the connection in the middle of the function;
// after such a call, `gone` says whether the connection still exists for the guard.
struct ConnectionGuard::Connection : std::enable_shared_from_this<ConnectionGuard::Connection>
{
    QPointer<QTcpSocket> socket;
    bool gone = false; // forget() ran: nothing more may be done with this connection
    quint64 id = 0; // connection number (BodyBudget's holder)
    quint64 waitOrder = 0; // when the idle clock last started or it was refused: eviction order
    QHostAddress peer;
    QByteArray key; // per-address cap and fair share of the body budget
    Phase phase = Phase::Gate;
    RequestFramer framer;
    bool attached = false; // QHttpServer has the socket and reads it after the guard
    bool detached = false; // QHttpServer's reading was cut off (refusing)
    qint64 scanned = 0; // bytes at the front of the read buffer the framer has already seen
    int accepted = 0; // heads let through (requests QHttpServer gets)
    int completed = 0; // of those, complete
    int delivered = 0; // given to the handler by QHttpServer
    int deliveredBeforeRead = 0;
    int answered = 0;
    qint64 requestBytes = 0; // bytes of the current request the framer has seen (all buffered)
    bool bodyOpen = false; // the current request's head is accepted, its body still arriving
    QList<bool> closeAfter; // per accepted request: the client asked to close afterwards
    qint64 waitStart = 0; // since when a complete request is awaited
    qint64 lastComplete = 0;
    bool closing = false; // disconnectFromHost() called; waiting for the writes to drain
    qint64 closingSince = 0;
    // Refusing
    int stopAfter = 0; // requests QHttpServer still gets before the guard takes over
    QByteArray refusal; // the answer; empty: close without one (pipelining)
    bool recorded = false;
    bool written = false;
    qint64 refusedAt = 0;
    qint64 writtenAt = 0;
    qint64 drainExpected = -1; // body bytes of the refused request still to come; -1 unknown

    Connection(qint64 maxBody, int maxHead)
        : framer(maxBody, maxHead)
    { }
};
