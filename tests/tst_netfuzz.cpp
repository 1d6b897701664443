// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Socket-level fuzzing of the real `hubbridge serve` (with `hubbridge sandbox` as Hub OS): worker
// threads send mutated requests over fresh connections — bytes flipped, inserted, deleted and
// repeated, header lines doubled, lengths changed, requests cut short — written in random
// pieces with pauses, and end each connection at random: read the answer, half-close, or reset
// (RST) right after sending or a few milliseconds later, the timing that once made the guard
// use a freed connection. Meanwhile a valid order is sent every few hundred milliseconds and must
// be answered 200. At the end serve must still be alive, stop cleanly on SIGTERM and have
// printed no sanitizer report. Under the ASan build (.ci/run) this is what catches memory
// errors; the duration comes from HUBBRIDGE_NETFUZZ_SECONDS (default 8). The mutations are
// seeded: the seed is printed, and HUBBRIDGE_NETFUZZ_SEED replays a run.
#include "rawhttp.h"
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <arpa/inet.h>
#include <atomic>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Requests the mutations start from: valid ones and the shapes attackers and fuzzers send.
QList<QByteArray> seeds(const QByteArray &order, const QList<QPair<QByteArray, QByteArray>> &creds)
{
    QByteArray credLines;
    for (const auto &h : creds)
        credLines += h.first + ": " + h.second + "\r\n";
    const QByteArray host = "Host: 127.0.0.1\r\n";
    const QByteArray len = "Content-Length: " + QByteArray::number(order.size()) + "\r\n";
    QByteArray chunked;
    for (qsizetype at = 0; at < order.size(); at += 97) {
        const QByteArray part = order.mid(at, 97);
        chunked += QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n";
    }
    chunked += "0\r\n\r\n";
    return {
        "POST /webhooks/duve HTTP/1.1\r\n" + host + credLines + len + "\r\n" + order,
        "POST /webhooks/duve HTTP/1.1\r\n" + host + len + "\r\n" + order, // no credentials
        "POST /webhooks/duve HTTP/1.1\r\n" + host + credLines + "Transfer-Encoding: chunked\r\n\r\n"
            + chunked,
        "POST /webhooks/duve HTTP/1.1\r\n" + host
            + "Content-Length: 5\r\nContent-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n{xxx}",
        "POST /webhooks/duve HTTP/1.1\r\n" + host + credLines + "Expect: 100-continue\r\n" + len
            + "\r\n" + order,
        "POST /webhooks/duve HTTP/1.1\r\n" + host + "Content-Length: 52428800\r\n\r\n{",
        "GET /healthz HTTP/1.1\r\n" + host + "\r\nGET /healthz HTTP/1.1\r\n" + host + "\r\n",
        "HEAD /healthz HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n",
        "OPTIONS * HTTP/1.1\r\n" + host + "\r\n",
        "GET /.env HTTP/1.0\r\n\r\n",
        "DELETE /webhooks/duve?x=%zz HTTP/1.1\r\n" + host + "Connection: keep-alive\r\n\r\n",
        "POST /webhooks/duve HTTP/1.1\r\n" + host + credLines
            + "Transfer-Encoding: chunked\r\n\r\n5\r\n{xxx}\r\n0\r\nX-Trailer: 1\r\n\r\n",
        "GET / HTTP/1.1\r\n" + host + "Upgrade: websocket\r\nConnection: Upgrade\r\n\r\n",
    };
}

QByteArray mutate(QByteArray b, QRandomGenerator &rng)
{
    const int rounds = int(rng.bounded(1, 5));
    for (int i = 0; i < rounds && !b.isEmpty(); ++i) {
        const qsizetype at = qsizetype(rng.bounded(quint32(b.size())));
        switch (rng.bounded(9)) {
        case 0: // flip a byte
            b[at] = char(rng.bounded(256));
            break;
        case 1: { // insert random bytes
            QByteArray junk(qsizetype(rng.bounded(1, 16)), Qt::Uninitialized);
            for (char &c : junk)
                c = char(rng.bounded(256));
            b.insert(at, junk);
            break;
        }
        case 2: // delete a range
            b.remove(at, qsizetype(rng.bounded(1, 24)));
            break;
        case 3: { // repeat a line
            const qsizetype start = b.lastIndexOf('\n', at) + 1;
            const qsizetype end = b.indexOf('\n', at);
            if (end > start)
                b.insert(end + 1, b.mid(start, end - start + 1));
            break;
        }
        case 4: { // change a number (lengths, chunk sizes)
            static const QList<QByteArray> numbers { "0", "-1", "5, 6", "18446744073709551616",
                "0x10", "1048577", "  7", "ffffffffffffffff", "" };
            const qsizetype digit = b.indexOf(QByteArrayView("Length: "), at);
            const QByteArray n = numbers.at(qsizetype(rng.bounded(quint32(numbers.size()))));
            if (digit >= 0)
                b.insert(digit + 8, n);
            else
                b.insert(at, n);
            break;
        }
        case 5: // cut short
            b.truncate(at);
            break;
        case 6: // bare LF, bare CR
            b.replace("\r\n", rng.bounded(2) ? "\n" : "\r");
            break;
        case 7: { // a long header value
            const qsizetype line = b.indexOf("\r\n");
            if (line > 0)
                b.insert(
                    line + 2, "X-Pad: " + QByteArray(qsizetype(rng.bounded(20000)), 'a') + "\r\n");
            break;
        }
        default: // leave it whole
            break;
        }
    }
    return b;
}

int connectTo(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    sockaddr_in to {};
    to.sin_family = AF_INET;
    to.sin_port = htons(port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&to), sizeof to) != 0) {
        ::close(fd);
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

// Reads until the peer closes, `limit` bytes arrived or `ms` passed.
QByteArray readFor(int fd, int ms, qsizetype limit = 1 << 20)
{
    QByteArray got;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms && got.size() < limit) {
        pollfd p { fd, POLLIN, 0 };
        if (::poll(&p, 1, int(std::max<qint64>(1, ms - clock.elapsed()))) <= 0)
            break;
        char buf[16384];
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0)
            break;
        got.append(buf, qsizetype(n));
        if (RawHttp::parse(got).complete)
            break;
    }
    return got;
}

void resetAndClose(int fd)
{
    const linger reset { 1, 0 };
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
    ::close(fd);
}

// One fuzzed connection.
void fuzzOne(quint16 port, const QByteArray &request, QRandomGenerator &rng)
{
    const int fd = connectTo(port);
    if (fd < 0)
        return;
    // Written in 1-4 pieces, sometimes with a pause between them.
    const int pieces = int(rng.bounded(1, 5));
    qsizetype sent = 0;
    for (int i = 0; i < pieces && sent < request.size(); ++i) {
        const qsizetype left = request.size() - sent;
        const qsizetype n = i == pieces - 1 ? left : qsizetype(rng.bounded(quint32(left))) + 1;
        if (::send(fd, request.constData() + sent, size_t(n), MSG_NOSIGNAL) < 0)
            break;
        sent += n;
        if (rng.bounded(3) == 0)
            QThread::msleep(rng.bounded(30));
    }
    switch (rng.bounded(10)) {
    case 0: // reset at once
        resetAndClose(fd);
        return;
    case 1:
    case 2: // reset a few milliseconds later, while the guard may be answering
        QThread::msleep(rng.bounded(1, 8));
        resetAndClose(fd);
        return;
    case 3:
    case 4: // half-close, then read what comes
        ::shutdown(fd, SHUT_WR);
        readFor(fd, 400);
        ::close(fd);
        return;
    default: // read the answer, then close
        readFor(fd, 400);
        ::close(fd);
        return;
    }
}

} // namespace

class TestNetFuzz : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QProcess m_serve;
    QByteArray m_serveErr;
    quint16 m_port = 0;
    int m_orders = 0;

    static QProcessEnvironment environment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const HubOsCredentials c = TestSupport::testCredentials();
        env.insert(u"HUBBRIDGE_HOTEL_ID"_s, c.hotelId);
        env.insert(u"HUBBRIDGE_ACCESS_TOKEN"_s, c.accessToken);
        env.insert(u"HUBBRIDGE_PASSWORD_TOKEN"_s, c.passwordToken);
        env.insert(u"QT_LOGGING_RULES"_s, u"hubbridge.*.info=false"_s);
        const QString asan = env.value(u"ASAN_OPTIONS"_s);
        env.insert(u"ASAN_OPTIONS"_s,
            (asan.isEmpty() ? QString() : asan + u':') + u"quarantine_size_mb=64"_s);
        return env;
    }

    QByteArray freshOrder()
    {
        return TestSupport::withOrderId(TestSupport::sample(u"orderCreated.custom-service.json"_s),
            u"netfuzz-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_orders));
    }

    // A valid order on a fresh connection; its HTTP status (0: no answer).
    int healthOrder()
    {
        const int fd = connectTo(m_port);
        if (fd < 0)
            return 0;
        const QByteArray request = RawHttp::post("/webhooks/duve", freshOrder(),
            TestSupport::duveHeaders(TestSupport::testCredentials()));
        ::send(fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL);
        const RawHttp::Response r = RawHttp::parse(readFor(fd, 10000));
        ::close(fd);
        return r.complete ? r.status : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sandbox.setProcessEnvironment(environment());
        m_sandbox.start(TestSupport::hubbridgeBinary(), { u"sandbox"_s, u"--port"_s, u"0"_s });
        QByteArray out;
        const QRegularExpression sandboxLine(u"sandbox on (http://\\S+)"_s);
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += m_sandbox.readAllStandardOutput();
                return sandboxLine.match(QString::fromUtf8(out)).hasMatch();
            },
            20000));
        const QUrl sandboxUrl(sandboxLine.match(QString::fromUtf8(out)).captured(1));

        QSettings ini(m_dir.filePath(u"hubbridge.ini"_s), QSettings::IniFormat);
        ini.setValue(u"hubos/url"_s, sandboxUrl.toString());
        ini.sync();
        m_serve.setProcessEnvironment(environment());
        m_serve.start(TestSupport::hubbridgeBinary(),
            { u"serve"_s, u"--data-dir"_s, m_dir.path(), u"--bind"_s, u"127.0.0.1"_s, u"--port"_s,
                u"0"_s });
        const QRegularExpression listening(u"listening on http://127.0.0.1:(\\d+)"_s);
        QVERIFY(QTest::qWaitFor(
            [&] {
                m_serveErr += m_serve.readAllStandardError();
                return listening.match(QString::fromUtf8(m_serveErr)).hasMatch()
                    || m_serve.state() == QProcess::NotRunning;
            },
            30000));
        m_port = quint16(listening.match(QString::fromUtf8(m_serveErr)).captured(1).toUInt());
        QVERIFY2(m_port > 0, m_serveErr.constData());
    }

    void cleanupTestCase()
    {
        for (QProcess *p : { &m_serve, &m_sandbox }) {
            if (p->state() != QProcess::NotRunning) {
                p->kill();
                p->waitForFinished();
            }
        }
    }

    void mutatedRequestsSplitWritesAndResets()
    {
        const int seconds = qEnvironmentVariableIsSet("HUBBRIDGE_NETFUZZ_SECONDS")
            ? qEnvironmentVariableIntValue("HUBBRIDGE_NETFUZZ_SECONDS")
            : 8;
        const quint32 seed = qEnvironmentVariableIsSet("HUBBRIDGE_NETFUZZ_SEED")
            ? qgetenv("HUBBRIDGE_NETFUZZ_SEED").toUInt()
            : QRandomGenerator::system()->generate();
        qInfo("netfuzz: seed %u (HUBBRIDGE_NETFUZZ_SEED replays it), %d s", seed, seconds);

        const QList<QByteArray> inputs
            = seeds(freshOrder(), TestSupport::duveHeaders(TestSupport::testCredentials()));
        std::atomic<bool> stop { false };
        std::atomic<int> connections { 0 };
        std::vector<std::thread> workers;
        for (int w = 0; w < 6; ++w) {
            workers.emplace_back([&, w] {
                QRandomGenerator rng(seed + quint32(w));
                while (!stop) {
                    const QByteArray &base
                        = inputs.at(qsizetype(rng.bounded(quint32(inputs.size()))));
                    fuzzOne(m_port, rng.bounded(5) == 0 ? base : mutate(base, rng), rng);
                    ++connections;
                }
            });
        }

        QElapsedTimer clock;
        clock.start();
        int healthy = 0;
        QList<int> unhealthy;
        while (clock.elapsed() < seconds * 1000LL && m_serve.state() == QProcess::Running) {
            const int status = healthOrder();
            if (status == 200)
                ++healthy;
            else
                unhealthy.append(status);
            QTest::qWait(250);
            m_serveErr += m_serve.readAllStandardError();
        }
        stop = true;
        for (std::thread &t : workers)
            t.join();
        qInfo("netfuzz: %d fuzzed connections, %d valid orders answered 200", connections.load(),
            healthy);

        QVERIFY2(m_serve.state() == QProcess::Running, m_serveErr.right(6000).constData());
        QVERIFY2(unhealthy.isEmpty(),
            qPrintable(u"valid orders not answered 200: %1"_s.arg(
                QString::fromLatin1(QByteArray::number(unhealthy.size())))));
        QVERIFY(healthy > 0);
        QCOMPARE(healthOrder(), 200);

        m_serve.terminate();
        QVERIFY(m_serve.waitForFinished(30000));
        m_serveErr += m_serve.readAllStandardError();
        QVERIFY2(!m_serveErr.contains("Sanitizer") && !m_serveErr.contains("runtime error:"),
            m_serveErr.right(6000).constData());
        QCOMPARE(m_serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_serve.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNetFuzz)
#include "tst_netfuzz.moc"
