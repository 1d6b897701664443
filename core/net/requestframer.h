// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/net/httpheaders.h"

#include <QByteArray>
#include <QString>

// The head of one HTTP/1.x request, as RequestFramer parsed it.
struct RequestHead
{
    QByteArray method;
    QByteArray target; // as sent: "/webhooks/duve?x=1"
    int minorVersion = 1; // HTTP/1.<minorVersion>
    HttpHeaders headers; // in arrival order, values trimmed
    qint64 contentLength = -1; // -1 when absent
    bool chunked = false; // Transfer-Encoding: chunked
    bool keepAlive = true; // the connection may carry another request after this one

    QString path() const; // the target's path, percent-decoded, without the query
};

// Follows the bytes of an HTTP/1.x connection, request after request, and says where each
// request's head and body end and whether the request may go on. It is deliberately stricter
// than QHttpServer 6.4's own parser: every byte sequence it lets through is framed by
// QHttpServer exactly as here, so that the two can never disagree on where a request ends
// (no request smuggling between the guard and the HTTP layer). Refused: bare LF line ends,
// obs-fold, spaces around header names, control characters, Content-Length that is not plain
// digits or that differs between copies, Content-Length together with Transfer-Encoding, any
// transfer coding but "chunked", chunk sizes that are not plain hex, chunk trailers.
// It keeps at most maxHeadBytes of one head in memory; bodies are only counted. No I/O, no
// allocation beyond that, no Qt event loop: the fuzz target drives it directly.
class RequestFramer
{
public:
    enum class Error {
        None,
        Garbage, // not HTTP at all: closed without an answer
        BadRequest, // 400
        HeadTooLarge, // 431: head over maxHeadBytes
        TooManyFields, // 431: more than kMaxHeaderFields header lines
        BodyTooLarge, // 413: declared or counted body over maxBodyBytes
        UnsupportedEncoding, // 501: a transfer coding other than chunked
        WebSocket, // 400: upgrades are not served (QHttpServer would drop them unrecorded)
    };

    // What one feed() call found. feed() stops right after a head or a request ends, so that
    // the caller can act on it before passing the rest.
    struct Step
    {
        qsizetype consumed = 0;
        bool headDone = false; // head() is the new request's head
        bool requestDone = false; // the request (head and body) is complete
        Error error = Error::None; // the connection must be refused; feed no more
    };

    static constexpr int kMaxHeaderFields = 100;
    // Chunked: wire bytes (framing included) allowed beyond 2 × maxBodyBytes.
    static constexpr qint64 kChunkFramingAllowance = 64 * 1024;
    static constexpr int kMaxChunkExtension = 1024;

    explicit RequestFramer(qint64 maxBodyBytes = 1048576, int maxHeadBytes = 16384);

    Step feed(const char *data, qsizetype size);

    // Bytes of a Content-Length body still expected (0 in every other state). Those bytes need
    // not be looked at: skipBody() counts them without a copy.
    qint64 opaqueBodyRemaining() const;
    Step skipBody(qint64 bytes);

    // The current request's head: complete after headDone, partial (what had arrived and
    // parsed) when feed() failed on it.
    const RequestHead &head() const { return m_head; }
    bool inRequest() const { return m_state != State::Idle; } // some byte of a request seen
    qint64 bodyBytes() const { return m_bodyData; } // body data bytes of the current request
    qint64 bodyWireBytes() const { return m_bodyWire; } // the same with the chunk framing
    // Every body byte of the current request has arrived (what may follow: its chunked end).
    bool bodyDataComplete() const { return m_dataComplete; }
    qint64 maxBodyBytes() const { return m_maxBody; }
    int maxHeadBytes() const { return m_maxHead; }
    Error error() const { return m_error; }

    // The data of the chunked body that starts at `at` in `raw`, once feed() has accepted it;
    // empty when it is not all there.
    static QByteArray dechunked(const QByteArray &raw, qsizetype at);

private:
    enum class State {
        Idle, // between requests: CR/LF may precede the next request line
        Method,
        Target,
        Version,
        Head, // header lines, until the empty line
        Body, // Content-Length body
        ChunkSize,
        ChunkExtension,
        ChunkSizeLf,
        ChunkData,
        ChunkDataCr,
        ChunkDataLf,
        LastCr,
        LastLf,
        Failed,
    };

    Step fail(Step step, Error error);
    Error parseHead();
    void startRequest();
    Step finishRequest(Step step);

    qint64 m_maxBody;
    int m_maxHead;
    State m_state = State::Idle;
    Error m_error = Error::None;
    QByteArray m_buffer; // the head so far (without leading CR/LF)
    qsizetype m_idleBytes = 0; // CR/LF before the request line
    qsizetype m_methodEnd = -1; // offsets in m_buffer
    qsizetype m_targetEnd = -1;
    RequestHead m_head;
    qint64 m_bodyRemaining = 0; // Content-Length bytes or current chunk bytes still to come
    qint64 m_chunkSize = 0;
    int m_chunkDigits = 0;
    int m_extension = 0;
    qint64 m_bodyData = 0; // data bytes of the body (chunked: without the framing)
    qint64 m_bodyWire = 0; // bytes of the body on the wire (chunked: with the framing)
    bool m_dataComplete = false;
};
