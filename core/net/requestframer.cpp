// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/net/requestframer.h"

#include <QUrl>
#include <algorithm>
#include <limits>

namespace {

constexpr int kMaxMethod = 32;

// RFC 9110 tchar
bool isTchar(uchar c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

int hexValue(uchar c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QByteArray trimmedOws(QByteArrayView v)
{
    qsizetype b = 0;
    qsizetype e = v.size();
    while (b < e && (v[b] == ' ' || v[b] == '\t'))
        ++b;
    while (e > b && (v[e - 1] == ' ' || v[e - 1] == '\t'))
        --e;
    return v.sliced(b, e - b).toByteArray();
}

bool hasToken(const QByteArray &list, const char *token)
{
    for (const QByteArray &part : list.split(','))
        if (trimmedOws(part).compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

QString RequestHead::path() const
{
    return QUrl::fromEncoded(target).path();
}

RequestFramer::RequestFramer(qint64 maxBodyBytes, int maxHeadBytes)
    : m_maxBody(std::max<qint64>(0, maxBodyBytes))
    , m_maxHead(std::max(64, maxHeadBytes))
{ }

qint64 RequestFramer::opaqueBodyRemaining() const
{
    if (m_state == State::Body || m_state == State::ChunkData)
        return m_bodyRemaining;
    return 0;
}

RequestFramer::Step RequestFramer::fail(Step step, Error error)
{
    m_state = State::Failed;
    m_error = error;
    step.error = error;
    return step;
}

void RequestFramer::startRequest()
{
    m_state = State::Method;
    m_buffer.clear();
    m_methodEnd = -1;
    m_targetEnd = -1;
    m_head = RequestHead();
    m_bodyRemaining = 0;
    m_chunkSize = 0;
    m_chunkDigits = 0;
    m_extension = 0;
    m_bodyData = 0;
    m_bodyWire = 0;
    m_dataComplete = false;
}

RequestFramer::Step RequestFramer::finishRequest(Step step)
{
    step.requestDone = true;
    m_state = State::Idle;
    m_idleBytes = 0;
    return step;
}

RequestFramer::Step RequestFramer::skipBody(qint64 bytes)
{
    Step step;
    const qint64 n = std::min(std::max<qint64>(0, bytes), opaqueBodyRemaining());
    if (n == 0)
        return step;
    step.consumed = n;
    m_bodyRemaining -= n;
    m_bodyData += n;
    m_bodyWire += n;
    if (m_bodyRemaining > 0)
        return step;
    if (m_state == State::Body) {
        m_dataComplete = true;
        return finishRequest(step);
    }
    m_state = State::ChunkDataCr;
    return step;
}

RequestFramer::Error RequestFramer::parseHead()
{
    // m_buffer: request line CRLF *(field-line CRLF) CRLF, every line end already a CRLF.
    const QByteArrayView all(m_buffer);
    const qsizetype firstEnd = all.indexOf("\r\n");
    qsizetype pos = firstEnd + 2;
    const qsizetype end = all.size() - 2; // the final empty line
    QList<QByteArray> contentLengths;
    int transferEncodings = 0;
    bool chunked = false;
    QByteArray connection;
    bool websocket = false;
    while (pos < end) {
        const qsizetype lineEnd = all.indexOf("\r\n", pos);
        const QByteArrayView line = all.sliced(pos, lineEnd - pos);
        pos = lineEnd + 2;
        if (line.isEmpty() || line[0] == ' ' || line[0] == '\t')
            return Error::BadRequest; // obs-fold
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return Error::BadRequest;
        const QByteArrayView name = line.first(colon);
        for (char c : name)
            if (!isTchar(uchar(c)))
                return Error::BadRequest;
        for (char c : line.sliced(colon + 1)) {
            const uchar u = uchar(c);
            if ((u < 0x20 && u != '\t') || u == 0x7f)
                return Error::BadRequest;
        }
        const QByteArray value = trimmedOws(line.sliced(colon + 1));
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            contentLengths.append(value);
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            ++transferEncodings;
            chunked = value.compare("chunked", Qt::CaseInsensitive) == 0;
        } else if (name.compare("connection", Qt::CaseInsensitive) == 0) {
            connection += value + ',';
        } else if (name.compare("upgrade", Qt::CaseInsensitive) == 0) {
            websocket = websocket || value.toLower().contains("websocket");
        }
        m_head.headers.append({ name.toByteArray(), value });
    }

    const QByteArray connectionLower = connection.toLower();
    // QHttpServer 6.4 takes any Connection value containing "upgrade" with Upgrade: websocket
    // to its WebSocket server, which drops the request unanswered: refuse it here instead.
    if (websocket && connectionLower.contains("upgrade"))
        return Error::WebSocket;
    m_head.keepAlive = m_head.minorVersion >= 1 ? !hasToken(connection, "close")
                                                : hasToken(connection, "keep-alive");

    if (transferEncodings > 0) {
        if (!contentLengths.isEmpty() || m_head.minorVersion == 0)
            return Error::BadRequest;
        if (transferEncodings > 1 || !chunked)
            return Error::UnsupportedEncoding;
        m_head.chunked = true;
        return Error::None;
    }
    if (!contentLengths.isEmpty()) {
        const QByteArray &first = contentLengths.first();
        for (const QByteArray &v : contentLengths)
            if (v != first)
                return Error::BadRequest;
        if (first.isEmpty())
            return Error::BadRequest;
        for (char c : first)
            if (c < '0' || c > '9')
                return Error::BadRequest;
        if (first.size() > 18) { // digits only, but beyond any sane size
            m_head.contentLength = std::numeric_limits<qint64>::max();
            return Error::BodyTooLarge;
        }
        m_head.contentLength = first.toLongLong();
        if (m_head.contentLength > m_maxBody)
            return Error::BodyTooLarge;
    }
    return Error::None;
}

RequestFramer::Step RequestFramer::feed(const char *data, qsizetype size)
{
    Step step;
    if (m_state == State::Failed) {
        step.error = m_error;
        return step;
    }
    const qint64 wireLimit = 2 * m_maxBody + kChunkFramingAllowance;
    qsizetype i = 0;
    auto failAt = [&](Error e) {
        step.consumed = i;
        return fail(step, e);
    };
    while (i < size) {
        const uchar c = uchar(data[i]);
        switch (m_state) {
        case State::Failed:
            return failAt(m_error);
        case State::Idle:
            if (c == '\r' || c == '\n') {
                ++i;
                if (++m_idleBytes > m_maxHead)
                    return failAt(Error::HeadTooLarge);
                continue;
            }
            startRequest();
            continue;
        case State::Method:
            if (isTchar(c)) {
                if (m_buffer.size() >= kMaxMethod)
                    return failAt(Error::Garbage);
                m_buffer.append(char(c));
                ++i;
                continue;
            }
            if (c != ' ' || m_buffer.isEmpty())
                return failAt(Error::Garbage);
            m_methodEnd = m_buffer.size();
            m_head.method = m_buffer;
            m_buffer.append(char(c));
            m_state = State::Target;
            ++i;
            continue;
        case State::Target:
            if (m_buffer.size() >= m_maxHead)
                return failAt(Error::HeadTooLarge);
            if (c > 0x20 && c < 0x7f) {
                m_buffer.append(char(c));
                ++i;
                continue;
            }
            if (c == ' ' && m_buffer.size() > m_methodEnd + 1) {
                m_targetEnd = m_buffer.size();
                m_head.target = m_buffer.sliced(m_methodEnd + 1);
                m_buffer.append(char(c));
                m_state = State::Version;
                ++i;
                continue;
            }
            return failAt(c >= 0x80 ? Error::BadRequest : Error::Garbage);
        case State::Version: {
            m_buffer.append(char(c));
            ++i;
            const QByteArrayView version = QByteArrayView(m_buffer).sliced(m_targetEnd + 1);
            static constexpr char kPrefix[] = "HTTP/1.";
            if (version.size() <= 5 && !QByteArrayView(kPrefix).startsWith(version))
                return failAt(Error::Garbage);
            if (c != '\n') {
                if (version.size() > 9)
                    return failAt(Error::BadRequest);
                continue;
            }
            if (version.size() != 10 || !version.startsWith(kPrefix)
                || (version[7] != '0' && version[7] != '1') || version[8] != '\r')
                return failAt(Error::BadRequest);
            m_head.minorVersion = version[7] - '0';
            m_state = State::Head;
            continue;
        }
        case State::Head: {
            if (m_buffer.size() >= m_maxHead)
                return failAt(Error::HeadTooLarge);
            m_buffer.append(char(c));
            ++i;
            if (c != '\n')
                continue;
            const qsizetype n = m_buffer.size();
            if (m_buffer.at(n - 2) != '\r')
                return failAt(Error::BadRequest); // bare LF
            if (m_buffer.count('\n') > kMaxHeaderFields + 2)
                return failAt(Error::TooManyFields);
            if (n < 4 || m_buffer.at(n - 3) != '\n')
                continue; // a field line ended; the head goes on
            step.consumed = i;
            step.headDone = true;
            const Error e = parseHead();
            if (e != Error::None)
                return fail(step, e);
            if (m_head.chunked) {
                m_state = State::ChunkSize;
                return step;
            }
            if (m_head.contentLength > 0) {
                m_bodyRemaining = m_head.contentLength;
                m_state = State::Body;
                return step;
            }
            return finishRequest(step);
        }
        case State::Body:
        case State::ChunkData: {
            const Step s = skipBody(size - i);
            i += s.consumed;
            if (s.requestDone) {
                step.consumed = i;
                return finishRequest(step);
            }
            continue;
        }
        default:
            break;
        }

        // Chunked framing, one byte at a time.
        ++i;
        if (++m_bodyWire > wireLimit)
            return failAt(Error::BodyTooLarge);
        switch (m_state) {
        case State::ChunkSize: {
            const int v = hexValue(c);
            if (v >= 0) {
                if (++m_chunkDigits > 15)
                    return failAt(Error::BodyTooLarge);
                m_chunkSize = m_chunkSize * 16 + v;
            } else if (m_chunkDigits > 0 && c == ';') {
                m_state = State::ChunkExtension;
            } else if (m_chunkDigits > 0 && c == '\r') {
                m_state = State::ChunkSizeLf;
            } else {
                return failAt(Error::BadRequest);
            }
            break;
        }
        case State::ChunkExtension:
            if (c == '\r')
                m_state = State::ChunkSizeLf;
            else if ((c == '\t' || (c >= 0x20 && c < 0x7f)) && ++m_extension <= kMaxChunkExtension)
                break;
            else
                return failAt(Error::BadRequest);
            break;
        case State::ChunkSizeLf:
            if (c != '\n')
                return failAt(Error::BadRequest);
            if (m_chunkSize == 0) {
                m_dataComplete = true;
                m_state = State::LastCr;
            } else if (m_chunkSize > m_maxBody - m_bodyData) {
                return failAt(Error::BodyTooLarge);
            } else {
                m_bodyRemaining = m_chunkSize;
                m_state = State::ChunkData;
            }
            break;
        case State::ChunkDataCr:
            if (c != '\r')
                return failAt(Error::BadRequest);
            m_state = State::ChunkDataLf;
            break;
        case State::ChunkDataLf:
            if (c != '\n')
                return failAt(Error::BadRequest);
            m_chunkSize = 0;
            m_chunkDigits = 0;
            m_extension = 0;
            m_state = State::ChunkSize;
            break;
        case State::LastCr:
            if (c != '\r')
                return failAt(Error::BadRequest); // trailers: QHttpServer 6.4 cannot read them
            m_state = State::LastLf;
            break;
        case State::LastLf:
            if (c != '\n')
                return failAt(Error::BadRequest);
            step.consumed = i;
            return finishRequest(step);
        default:
            return failAt(Error::BadRequest);
        }
    }
    step.consumed = i;
    return step;
}

QByteArray RequestFramer::dechunked(const QByteArray &raw, qsizetype at)
{
    QByteArray out;
    while (at < raw.size()) {
        const qsizetype lineEnd = raw.indexOf("\r\n", at);
        if (lineEnd < 0)
            return {};
        QByteArray sizeText = raw.mid(at, lineEnd - at);
        if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
            sizeText.truncate(semicolon);
        bool ok = false;
        const qint64 size = sizeText.toLongLong(&ok, 16);
        if (!ok || size < 0)
            return {};
        if (size == 0)
            return out;
        at = lineEnd + 2;
        if (size > raw.size() - at)
            return {};
        out += raw.mid(at, size);
        at += size + 2;
    }
    return {};
}
