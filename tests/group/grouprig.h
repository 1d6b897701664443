// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The group rig's plumbing (scripts/group-test.sh, tests/group/tst_group.cpp): webhooks sent as
// Duve sends them, each on a connection of its own, many at a time without blocking the event
// loop; child processes that die with the rig and log to files; HAProxy's view of its servers.
#include "rawhttp.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <csignal>
#include <deque>
#include <functional>
#include <memory>
#include <sys/prctl.h>

namespace GroupRig {

using namespace Qt::StringLiterals;

struct HttpResult
{
    int status = 0; // 0: no HTTP answer (refused, reset, closed, timed out)
    QByteArray body;
    QJsonObject json;
    QString error; // why there was no answer
    qint64 ms = 0;

    // "200 created", "503 STORE_UNAVAILABLE", "503 No server is available ...", "no answer
    // (timed out)"
    QString summary() const
    {
        if (status == 0)
            return u"no answer (%1)"_s.arg(error);
        QString what = json.contains(u"code"_s) ? json.value(u"code"_s).toString()
                                                : json.value(u"status"_s).toString();
        if (what.isEmpty()) { // HAProxy's own page: its words without the markup
            static const QRegularExpression tag(u"<[^>]*>"_s);
            what = QString::fromUtf8(body).remove(tag).simplified().left(60);
        }
        return u"%1 %2%3"_s.arg(status).arg(
            what, json.value(u"duplicate"_s).toBool() ? u" duplicate"_s : QString());
    }
};

// POST with `Connection: close`: one request per connection, as a webhook sender does.
inline QByteArray post(const QByteArray &path, const QByteArray &body,
    QList<QPair<QByteArray, QByteArray>> headers = {})
{
    headers.append(QPair<QByteArray, QByteArray>("Connection", "close"));
    return RawHttp::post(path, body, headers);
}

inline QByteArray get(const QByteArray &path)
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
}

// One request on a connection of its own; `done` once it is answered, refused, closed or
// timed out. Deletes itself.
class Exchange : public QObject
{
public:
    Exchange(quint16 port, QByteArray request, int timeoutMs,
        std::function<void(const HttpResult &)> done)
        : m_request(std::move(request))
        , m_done(std::move(done))
    {
        m_clock.start();
        connect(&m_socket, &QTcpSocket::connected, this, [this] { m_socket.write(m_request); });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
            m_in += m_socket.readAll();
            if (RawHttp::parse(m_in).complete)
                finish(QString());
        });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
            if (m_socket.isOpen())
                m_in += m_socket.readAll();
            finish(u"closed without an answer"_s);
        });
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
            if (m_socket.isOpen())
                m_in += m_socket.readAll();
            finish(m_socket.errorString());
        });
        QTimer::singleShot(timeoutMs, this, [this] { finish(u"timed out"_s); });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

private:
    void finish(const QString &why)
    {
        if (!m_done)
            return;
        const auto done = std::move(m_done);
        m_done = nullptr;
        HttpResult r;
        const RawHttp::Response response = RawHttp::parse(m_in);
        if (response.complete) {
            r.status = response.status;
            r.body = response.body;
            r.json = response.json;
        } else {
            r.error = why;
        }
        r.ms = m_clock.elapsed();
        m_socket.abort();
        deleteLater();
        done(r);
    }

    QTcpSocket m_socket;
    QByteArray m_request;
    QByteArray m_in;
    std::function<void(const HttpResult &)> m_done;
    QElapsedTimer m_clock;
};

// Sends queued requests with at most `concurrency` connections open; `done(tag, result)` as each
// ends. Must outlive its requests: wait for idle() before destroying it.
class Pool
{
public:
    using Done = std::function<void(int tag, const HttpResult &)>;

    Pool(quint16 port, int concurrency, int timeoutMs, Done done)
        : m_port(port)
        , m_concurrency(concurrency)
        , m_timeoutMs(timeoutMs)
        , m_done(std::move(done))
    { }

    void add(int tag, QByteArray request)
    {
        m_jobs.push_back({ tag, std::move(request) });
        pump();
    }
    bool idle() const { return m_running == 0 && m_jobs.empty(); }

private:
    void pump()
    {
        while (m_running < m_concurrency && !m_jobs.empty()) {
            auto job = std::move(m_jobs.front());
            m_jobs.pop_front();
            ++m_running;
            new Exchange(m_port, std::move(job.second), m_timeoutMs,
                [this, tag = job.first](const HttpResult &r) {
                    --m_running;
                    m_done(tag, r);
                    pump();
                });
        }
    }

    quint16 m_port;
    int m_concurrency;
    int m_timeoutMs;
    Done m_done;
    int m_running = 0;
    std::deque<std::pair<int, QByteArray>> m_jobs;
};

// One request, waited for with the event loop running.
inline HttpResult exchange(quint16 port, const QByteArray &request, int timeoutMs = 10000)
{
    HttpResult result;
    bool done = false;
    new Exchange(port, request, timeoutMs, [&](const HttpResult &r) {
        result = r;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, timeoutMs + 1000);
    return result;
}

// `count` distinct free loopback ports (held open together while they are picked).
inline QList<quint16> freePorts(int count)
{
    std::vector<std::unique_ptr<QTcpServer>> probes;
    QList<quint16> ports;
    for (int i = 0; i < count; ++i) {
        probes.push_back(std::make_unique<QTcpServer>());
        if (!probes.back()->listen(QHostAddress::LocalHost, 0))
            return {};
        ports.append(probes.back()->serverPort());
    }
    return ports;
}

// A child process that is killed when the rig ends, however it ends (PR_SET_PDEATHSIG), with
// its stdout and stderr appended to `log`.
inline std::unique_ptr<QProcess> spawn(const QString &program, const QStringList &args,
    const QProcessEnvironment &env, const QString &log)
{
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(env);
    p->setStandardOutputFile(log, QIODevice::Append);
    p->setStandardErrorFile(log, QIODevice::Append);
    p->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    p->start(program, args);
    return p;
}

// Runs a command to its end with the event loop running, `input` on its standard input; its
// exit code (-1: did not start or did not end in time), its output in `out`.
inline int run(const QString &program, const QStringList &args, QByteArray *out = nullptr,
    int timeoutMs = 30000, const QByteArray &input = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    p.start(program, args);
    if (!p.waitForStarted(5000))
        return -1;
    p.write(input);
    p.closeWriteChannel();
    const bool ended
        = QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, timeoutMs);
    if (out)
        *out = p.readAll();
    if (!ended) {
        p.kill();
        p.waitForFinished(2000);
        return -1;
    }
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// HAProxy's state of each server of `backend` ("UP", "DOWN", "UP 1/2", "MAINT", ...), asked on
// its admin socket.
inline QHash<QString, QString> serverStates(const QString &socketPath, const QString &backend)
{
    QHash<QString, QString> states;
    QLocalSocket s;
    s.connectToServer(socketPath);
    if (!s.waitForConnected(1000))
        return states;
    s.write("show stat\n");
    s.flush();
    QByteArray csv;
    QDeadlineTimer deadline(2000);
    while (s.state() == QLocalSocket::ConnectedState && !deadline.hasExpired()) {
        if (s.waitForReadyRead(200))
            csv += s.readAll();
    }
    csv += s.readAll();
    const QList<QByteArray> lines = csv.split('\n');
    if (lines.isEmpty() || !lines.front().startsWith("# "))
        return states;
    const QList<QByteArray> header = lines.front().mid(2).split(',');
    const qsizetype proxy = header.indexOf("pxname");
    const qsizetype server = header.indexOf("svname");
    const qsizetype status = header.indexOf("status");
    for (const QByteArray &line : lines.mid(1)) {
        const QList<QByteArray> f = line.split(',');
        if (f.size() <= std::max({ proxy, server, status }) || f[proxy] != backend.toUtf8()
            || f[server] == "BACKEND" || f[server] == "FRONTEND")
            continue;
        states.insert(QString::fromUtf8(f[server]), QString::fromUtf8(f[status]));
    }
    return states;
}

// The lines of a log file that contain `needle` (at most `max`, the last ones).
inline QStringList linesWith(const QString &path, const QString &needle, int max = 12)
{
    QFile f(path);
    QStringList found;
    if (!f.open(QIODevice::ReadOnly))
        return found;
    const QByteArray n = needle.toUtf8();
    while (!f.atEnd()) {
        const QByteArray line = f.readLine();
        if (line.contains(n))
            found.append(QString::fromUtf8(line).trimmed());
    }
    return found.mid(std::max<qsizetype>(0, found.size() - max));
}

} // namespace GroupRig
