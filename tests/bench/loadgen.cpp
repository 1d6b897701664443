// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "loadgen.h"

#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxErrorSamples = 8;

// Content-Length in a header block (case-insensitive); -1 when absent.
qsizetype contentLength(const char *head, qsizetype size)
{
    static const char name[] = "content-length:";
    constexpr qsizetype n = sizeof(name) - 1;
    for (qsizetype i = 0; i + n <= size; ++i) {
        if ((head[i] | 0x20) != 'c' || (i > 0 && head[i - 1] != '\n'))
            continue;
        qsizetype k = 0;
        while (k < n && (head[i + k] | (name[k] >= 'a' ? 0x20 : 0)) == name[k])
            ++k;
        if (k < n)
            continue;
        qsizetype j = i + n;
        while (j < size && head[j] == ' ')
            ++j;
        qsizetype value = 0;
        while (j < size && head[j] >= '0' && head[j] <= '9')
            value = value * 10 + (head[j++] - '0');
        return value;
    }
    return -1;
}

bool asksToClose(const QByteArray &head)
{
    return head.toLower().contains("connection: close");
}
} // namespace

namespace {

double percentileOfSorted(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const std::size_t rank = std::size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::min(sorted.size() - 1, rank > 0 ? rank - 1 : 0)];
}

} // namespace

double LoadResult::percentile(double p) const
{
    return percentileOfSorted(latenciesMs, p);
}

std::vector<double> LoadResult::windowPercentiles(std::size_t window, double p) const
{
    std::vector<double> out;
    for (std::size_t from = 0; window > 0 && from < answerOrderMs.size(); from += window) {
        const auto begin = answerOrderMs.begin() + std::ptrdiff_t(from);
        std::vector<double> part(
            begin, begin + std::ptrdiff_t(std::min(window, answerOrderMs.size() - from)));
        std::sort(part.begin(), part.end());
        out.push_back(percentileOfSorted(part, p));
    }
    return out;
}

struct LoadGenerator::Connection
{
    QTcpSocket *socket = nullptr;
    QByteArray buffer;
    QElapsedTimer sentAt;
    int index = -1; // the request in flight, -1: none
    bool closeAfter = false;
    bool reconnecting = false;
};

LoadGenerator::LoadGenerator(const QHostAddress &host, quint16 port, const QByteArray &path,
    const Bench::Headers &headers, BodyFor body, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_port(port)
    , m_body(std::move(body))
{
    m_head = "POST " + path + " HTTP/1.1\r\nHost: " + host.toString().toLatin1() + ':'
        + QByteArray::number(port)
        + "\r\nUser-Agent: hubbridge-bench\r\nContent-Type: application/json\r\n";
    for (const auto &h : headers)
        m_head += h.first + ": " + h.second + "\r\n";
    m_head += "Content-Length: ";
}

LoadGenerator::~LoadGenerator() = default;

void LoadGenerator::setExpectation(int okStatus, const QByteArray &okMarker)
{
    m_okStatus = okStatus;
    m_okMarker = okMarker;
}

LoadResult LoadGenerator::run(int total, int connections, int stallTimeoutMs)
{
    m_result = LoadResult();
    m_result.total = total;
    m_result.latenciesMs.reserve(std::size_t(total));
    m_total = total;
    m_next = 0;
    m_done = 0;
    m_connections.clear();
    if (total <= 0)
        return m_result;

    QEventLoop loop;
    m_loop = &loop;
    int lastDone = -1;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    QTimer watchdog;
    watchdog.setInterval(500);
    connect(&watchdog, &QTimer::timeout, this, [&] {
        if (m_done != lastDone) {
            lastDone = m_done;
            sinceProgress.restart();
            return;
        }
        if (sinceProgress.elapsed() < stallTimeoutMs)
            return;
        // Stalled: whatever is outstanding is an error.
        const int outstanding = m_total - m_done;
        m_result.errors += outstanding;
        if (m_result.errorSamples.size() < kMaxErrorSamples)
            m_result.errorSamples.append(
                u"%1 request(s) unanswered after %2 ms without progress"_s.arg(outstanding)
                    .arg(stallTimeoutMs));
        m_done = m_total;
        loop.quit();
    });
    watchdog.start();

    m_clock.start();
    const int n = std::min(connections, total);
    for (int i = 0; i < n; ++i) {
        m_connections.push_back(std::make_unique<Connection>());
        connectOne(m_connections.back().get());
    }
    if (m_done < m_total)
        loop.exec();
    m_result.seconds = double(m_clock.nsecsElapsed()) / 1e9;
    m_loop = nullptr;
    for (auto &c : m_connections) {
        if (c->socket) {
            c->socket->disconnect(this);
            c->socket->abort();
            c->socket->deleteLater();
        }
    }
    m_connections.clear();
    m_result.answerOrderMs = m_result.latenciesMs;
    std::sort(m_result.latenciesMs.begin(), m_result.latenciesMs.end());
    return m_result;
}

void LoadGenerator::connectOne(Connection *c)
{
    if (c->socket) {
        c->socket->disconnect(this);
        c->socket->abort();
        c->socket->deleteLater();
    }
    c->buffer.clear();
    c->closeAfter = false;
    c->socket = new QTcpSocket(this);
    QTcpSocket *s = c->socket;
    connect(s, &QTcpSocket::connected, this, [this, c, s] {
        s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        sendNext(c);
    });
    connect(s, &QTcpSocket::readyRead, this, [this, c] { onReadyRead(c); });
    connect(s, &QTcpSocket::disconnected, this,
        [this, c] { onClosed(c, u"connection closed by the server"_s); });
    connect(s, &QTcpSocket::errorOccurred, this, [this, c, s](QAbstractSocket::SocketError e) {
        if (e != QAbstractSocket::RemoteHostClosedError)
            onClosed(c, s->errorString());
    });
    s->connectToHost(m_host, m_port);
}

void LoadGenerator::sendNext(Connection *c)
{
    if (m_next >= m_total) {
        c->index = -1;
        return;
    }
    c->index = m_next++;
    const QByteArray body = m_body(c->index);
    QByteArray request;
    request.reserve(m_head.size() + body.size() + 16);
    request += m_head;
    request += QByteArray::number(body.size());
    request += "\r\n\r\n";
    request += body;
    c->sentAt.start();
    c->socket->write(request);
}

void LoadGenerator::onReadyRead(Connection *c)
{
    c->buffer += c->socket->readAll();
    for (;;) {
        const qsizetype end = c->buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const qsizetype length = std::max<qsizetype>(0, contentLength(c->buffer.constData(), end));
        if (c->buffer.size() < end + 4 + length)
            return;
        const int status = c->buffer.startsWith("HTTP/1.") ? c->buffer.mid(9, 3).toInt() : 0;
        c->closeAfter = asksToClose(c->buffer.left(end));
        const QByteArray body = c->buffer.mid(end + 4, length);
        c->buffer.remove(0, end + 4 + length);
        if (c->index < 0) {
            fail(c, u"an answer nobody asked for (status %1)"_s.arg(status));
            continue;
        }
        complete(c, status, body);
        if (!c->socket || c->index >= 0)
            return;
    }
}

void LoadGenerator::complete(Connection *c, int status, const QByteArray &body)
{
    const double ms = double(c->sentAt.nsecsElapsed()) / 1e6;
    m_result.latenciesMs.push_back(ms);
    if (status == m_okStatus && (m_okMarker.isEmpty() || body.contains(m_okMarker))) {
        ++m_result.ok;
    } else {
        ++m_result.errors;
        if (m_result.errorSamples.size() < kMaxErrorSamples)
            m_result.errorSamples.append(
                u"HTTP %1: %2"_s.arg(status).arg(QString::fromUtf8(body.left(300))));
    }
    c->index = -1;
    ++m_done;
    finishIfDone();
    if (m_done >= m_total)
        return;
    if (c->closeAfter)
        connectOne(c);
    else
        sendNext(c);
}

void LoadGenerator::fail(Connection *c, const QString &why)
{
    ++m_result.errors;
    if (m_result.errorSamples.size() < kMaxErrorSamples)
        m_result.errorSamples.append(why);
    c->index = -1;
    ++m_done;
    finishIfDone();
}

void LoadGenerator::onClosed(Connection *c, const QString &why)
{
    if (m_done >= m_total)
        return;
    if (c->index >= 0)
        fail(c, u"request %1: %2"_s.arg(c->index).arg(why));
    if (m_done < m_total && m_next < m_total && !c->reconnecting) {
        // Reconnect from the event loop, not from inside the socket's own signal.
        c->reconnecting = true;
        QTimer::singleShot(0, this, [this, c] {
            c->reconnecting = false;
            connectOne(c);
        });
    }
}

void LoadGenerator::finishIfDone()
{
    if (m_done >= m_total && m_loop)
        m_loop->quit();
}
