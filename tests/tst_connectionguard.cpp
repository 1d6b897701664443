// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The connection guard in front of QHttpServer, over real sockets in this process (the framer,
// the allow-list and the TLS files have tests of their own):
// oversized and absurd Content-Length, chunked overflow, header floods, bytes that are not HTTP,
// idle and slow-drip connections, keep-alive and pipelining, half-open floods, connection caps,
// the allow-list, the body budget, HTTPS with certificates made by openssl at test time, and
// the [listener] settings keys.
#include "core/config/settings.h"
#include "core/net/connectionguard.h"
#include "core/net/httplistener.h"
#include "core/net/tlsfiles.h"
#include "rawhttp.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSslCipher>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using RawHttp::Client;
using RawHttp::Response;

namespace {

QByteArray chunked(const QList<QByteArray> &chunks)
{
    QByteArray out;
    for (const QByteArray &c : chunks)
        out += QByteArray::number(c.size(), 16) + "\r\n" + c + "\r\n";
    return out + "0\r\n\r\n";
}

// A plain socket to the listener that nobody reads or closes until the test says so (a Qt
// client closes its end as soon as the server half-closes, which would free its slot).
int rawConnect(quint16 port, const char *from = nullptr)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    if (from) {
        sockaddr_in local {};
        local.sin_family = AF_INET;
        ::inet_pton(AF_INET, from, &local.sin_addr);
        if (::bind(fd, reinterpret_cast<sockaddr *>(&local), sizeof local) != 0) {
            ::close(fd);
            return -1;
        }
    }
    sockaddr_in to {};
    to.sin_family = AF_INET;
    to.sin_port = htons(port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&to), sizeof to) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

bool rawSend(int fd, const QByteArray &bytes)
{
    return ::send(fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL) == bytes.size();
}

// True when the server closed or reset the connection. Spins the event loop.
bool rawWasClosed(int fd, int waitMs)
{
    bool closed = false;
    (void)QTest::qWaitFor(
        [&] {
            char b[4096];
            const ssize_t n = ::recv(fd, b, sizeof b, MSG_DONTWAIT);
            closed = n == 0 || (n < 0 && errno == ECONNRESET);
            return closed;
        },
        waitMs);
    return closed;
}

const QList<QPair<QByteArray, QByteArray>> kSecretHeaders {
    { "custom_hotel_id", "hotel-guard-1" },
    { "custom_access_token", "access-GUARD-secret" },
    { "custom_password_token", "password-GUARD-secret" },
};

} // namespace

class TestConnectionGuard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HttpListener> m_listener;
    QList<HttpRequest> m_delivered;
    QList<HttpReply> m_held; // requests to /hold, answered by the test
    QList<RefusedRequest> m_refused;
    int m_recordDelayMs = 0; // < 0: the record is reported by the test (m_unreported)
    QList<std::function<void()>> m_unreported;

    static GuardLimits testLimits()
    {
        GuardLimits l;
        l.maxBodyBytes = 1024 * 1024;
        l.idleTimeoutMs = 600;
        l.lingerMs = 1000;
        l.recordWaitMs = 3000;
        return l;
    }

    bool start(const GuardLimits &limits, const QStringList &allowFrom = {},
        const QString &cert = {}, const QString &key = {}, QString *error = nullptr)
    {
        m_listener = std::make_unique<HttpListener>();
        m_listener->setLimits(limits);
        m_listener->setAllowFrom(allowFrom);
        m_listener->setTlsFiles(cert, key);
        m_listener->setHandler([this](const HttpRequest &r, HttpReply reply) {
            m_delivered.append(r);
            if (r.path == u"/hold"_s) {
                m_held.append(reply);
                return;
            }
            const QJsonObject o { { u"method"_s, QString::fromLatin1(r.method) },
                { u"path"_s, r.path }, { u"bodySize"_s, r.body.size() } };
            reply.send(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
        });
        m_listener->setRefusalHandler(
            [this](const RefusedRequest &r, std::function<void()> recorded) {
                m_refused.append(r);
                if (m_recordDelayMs < 0)
                    m_unreported.append(recorded);
                else
                    QTimer::singleShot(m_recordDelayMs, m_listener.get(), recorded);
            });
        QString problem;
        const bool ok = m_listener->listen(QHostAddress::LocalHost, 0, &problem);
        if (error)
            *error = problem;
        if (!ok && !error)
            qWarning("listen failed: %s", qPrintable(problem));
        return ok;
    }

    quint16 port() const { return m_listener->port(); }
    ConnectionGuard *guard() const { return m_listener->guard(); }

    static QByteArray get(const QByteArray &path, const QByteArray &extra = {})
    {
        return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
    }

    void answerHeld()
    {
        for (HttpReply &r : m_held)
            r.send(200, R"({"held":true})");
        m_held.clear();
    }

private Q_SLOTS:
    void init()
    {
        m_delivered.clear();
        m_held.clear();
        m_refused.clear();
        m_recordDelayMs = 0;
        m_unreported.clear();
    }

    void cleanup()
    {
        m_held.clear();
        m_listener.reset();
    }

    // ---------------------------------------------------------------------------------------
    // The guard, over real sockets

    void servesOrdinaryRequests()
    {
        QVERIFY(start(testLimits()));
        const Response a = RawHttp::exchange(port(), get("/a"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(u"path"_s).toString(), u"/a"_s);
        const Response b = RawHttp::exchange(port(), RawHttp::post("/b", QByteArray(1000, 'x')));
        QCOMPARE(b.status, 200);
        QCOMPARE(b.json.value(u"bodySize"_s).toInt(), 1000);
        QCOMPARE(m_delivered.size(), 2);
        QVERIFY(m_refused.isEmpty());
        QCOMPARE(guard()->counters().handedOver, quint64(2));
    }

    void oversizedContentLengthIs413BeforeTheBody()
    {
        QVERIFY(start(testLimits()));
        m_recordDelayMs = 300; // the answer must wait for the record
        Client c(port());
        QVERIFY(c.waitConnected());
        QByteArray head = "POST /webhooks/duve HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        for (const auto &h : kSecretHeaders)
            head += h.first + ": " + h.second + "\r\n";
        head += "Content-Length: 52428800\r\n\r\n";
        QElapsedTimer clock;
        clock.start();
        c.write(head); // and not one byte of the body
        const Response r = c.takeResponse();
        const qint64 ms = clock.elapsed();
        QCOMPARE(r.status, 413);
        QCOMPARE(r.json.value(u"code"_s).toString(), u"PAYLOAD_TOO_LARGE"_s);
        QVERIFY(r.json.value(u"message"_s).toString().contains(u"1048576"_s));
        QCOMPARE(r.header("Connection"), QByteArray("close"));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QVERIFY2(ms >= 280, qPrintable(u"answered after %1 ms, before the record"_s.arg(ms)));
        QVERIFY(c.waitClosed());
        QVERIFY(m_delivered.isEmpty());
        QCOMPARE(m_refused.size(), 1);
        const RefusedRequest &refused = m_refused.first();
        QCOMPARE(refused.method, QByteArray("POST"));
        QCOMPARE(refused.path, u"/webhooks/duve"_s);
        QCOMPARE(refused.declaredBodyBytes, 52428800);
        QCOMPARE(refused.status, 413);
        QCOMPARE(refused.code, QByteArray("PAYLOAD_TOO_LARGE"));
        QCOMPARE(refused.answer, r.body);
        QCOMPARE(refused.remoteAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(refused.headers.size(), 5); // Host, the three credentials, Content-Length
        QTRY_COMPARE(guard()->openConnections(), 0);
    }

    void contentLengthValues_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("status");
        QTest::newRow("limit + 1") << QByteArray("1048577") << 413;
        QTest::newRow("50 MiB") << QByteArray("52428800") << 413;
        QTest::newRow("absurd") << QByteArray("999999999999999999999999999999999999") << 413;
        QTest::newRow("negative") << QByteArray("-1") << 400;
        QTest::newRow("hex") << QByteArray("0x100") << 400;
        QTest::newRow("words") << QByteArray("lots") << 400;
        QTest::newRow("list") << QByteArray("10, 10") << 400;
    }

    void contentLengthValues()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, status);
        QVERIFY(start(testLimits()));
        const Response r = RawHttp::exchange(
            port(), "POST /webhooks/duve HTTP/1.1\r\nContent-Length: " + value + "\r\n\r\n");
        QCOMPARE(r.status, status);
        QCOMPARE(r.header("Connection"), QByteArray("close"));
        QVERIFY(m_delivered.isEmpty());
        QCOMPARE(m_refused.size(), 1);
        QCOMPARE(m_refused.first().status, status);
    }

    void chunkedBodyIsCountedAndCut()
    {
        GuardLimits limits = testLimits();
        limits.maxBodyBytes = 64 * 1024;
        QVERIFY(start(limits));
        Client c(port());
        QVERIFY(c.waitConnected());
        c.write("POST /webhooks/duve HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n");
        const QByteArray piece
            = QByteArray::number(16 * 1024, 16) + "\r\n" + QByteArray(16 * 1024, 'z') + "\r\n";
        for (int i = 0; i < 16 && !c.isClosed(); ++i) { // 256 KiB offered
            c.write(piece);
            QTest::qWait(5);
        }
        const Response r = c.takeResponse();
        QCOMPARE(r.status, 413);
        QCOMPARE(r.json.value(u"code"_s).toString(), u"PAYLOAD_TOO_LARGE"_s);
        QVERIFY(m_delivered.isEmpty());
        QCOMPARE(m_refused.size(), 1);
        QVERIFY(m_refused.first().receivedBodyBytes <= limits.maxBodyBytes);
        QCOMPARE(m_refused.first().declaredBodyBytes, -1);

        // Within the limit, the chunked body arrives whole.
        const QByteArray body = QByteArray(30000, 'a') + QByteArray(20000, 'b');
        const Response ok = RawHttp::exchange(port(),
            "POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                + chunked({ body.left(30000), body.mid(30000) }));
        QCOMPARE(ok.status, 200);
        QCOMPARE(m_delivered.size(), 1);
        QCOMPARE(m_delivered.first().body, body);
    }

    void requestHeadLimits()
    {
        QVERIFY(start(testLimits()));
        const Response big = RawHttp::exchange(
            port(), get("/", "X-Filler: " + QByteArray(20 * 1024, 'f') + "\r\n"));
        QCOMPARE(big.status, 431);
        QCOMPARE(big.json.value(u"code"_s).toString(), u"HEADERS_TOO_LARGE"_s);
        QByteArray flood;
        for (int i = 0; i < 150; ++i)
            flood += "X-" + QByteArray::number(i) + ": 1\r\n";
        const Response many = RawHttp::exchange(port(), get("/", flood));
        QCOMPARE(many.status, 431);
        QVERIFY(many.json.value(u"message"_s).toString().contains(u"header fields"_s));
        QVERIFY(m_delivered.isEmpty());
        QCOMPARE(m_refused.size(), 2);
        // Just under the limit is fine.
        const Response fits
            = RawHttp::exchange(port(), get("/", "X-Filler: " + QByteArray(16000, 'f') + "\r\n"));
        QCOMPARE(fits.status, 200);
    }

    void notHttpIsClosedWithoutAnswer_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("TLS ClientHello") << QByteArray("\x16\x03\x01\x00\xa5\x01\x00\x00\xa1", 9);
        QTest::newRow("SSH") << QByteArray("SSH-2.0-OpenSSH_9.2p1\r\n");
        QTest::newRow("SMTP-ish") << QByteArray("EHLO example.com\r\n");
        QRandomGenerator random(20240517); // fixed seed: the same bytes every run
        for (int i = 0; i < 20; ++i) {
            QByteArray bytes(1 + random.bounded(4096), Qt::Uninitialized);
            for (char &b : bytes)
                b = char(random.bounded(256));
            QTest::addRow("random %d", i) << bytes;
        }
    }

    void notHttpIsClosedWithoutAnswer()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(start(testLimits()));
        Client c(port());
        QVERIFY(c.waitConnected());
        c.write(bytes);
        QVERIFY(c.waitClosed(3000));
        // Nothing, or at most a refusal; never something handed to the application.
        const Response r = RawHttp::parse(c.received());
        QVERIFY2(c.received().isEmpty() || r.status >= 400, c.received().left(80).constData());
        QVERIFY(m_delivered.isEmpty());
        // The listener is unharmed.
        QCOMPARE(RawHttp::exchange(port(), get("/after")).status, 200);
    }

    void idleAndSlowConnectionsAreClosed()
    {
        QVERIFY(start(testLimits())); // idleTimeoutMs 600
        QElapsedTimer clock;
        clock.start();
        Client silent(port());
        QVERIFY(silent.waitConnected());
        QVERIFY(silent.waitClosed(3000));
        const qint64 silentMs = clock.elapsed();
        QVERIFY2(silentMs >= 500 && silentMs < 1600, qPrintable(QString::number(silentMs)));

        // A head dripped one byte every 40 ms: the bytes keep coming, the deadline stays.
        const QByteArray head
            = "POST /slow HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n"
              "X-Padding: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n\r\nhello";
        Client drip(port());
        QVERIFY(drip.waitConnected());
        clock.restart();
        for (char b : head) {
            if (!drip.write(QByteArray(1, b)))
                break;
            QTest::qWait(40);
        }
        QVERIFY(drip.waitClosed(3000));
        const qint64 dripMs = clock.elapsed();
        QVERIFY2(dripMs < 1600, qPrintable(QString::number(dripMs)));
        QVERIFY(RawHttp::parse(drip.received()).status == 0);

        // The body dripped after a complete head (the connection is QHttpServer's by then).
        Client body(port());
        QVERIFY(body.waitConnected());
        clock.restart();
        body.write("POST /slow HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 200\r\n\r\n");
        for (int i = 0; i < 200 && body.write("b"); ++i)
            QTest::qWait(20);
        QVERIFY(body.waitClosed(3000));
        const qint64 bodyMs = clock.elapsed();
        QVERIFY2(bodyMs < 1600, qPrintable(QString::number(bodyMs)));
        QVERIFY(m_delivered.isEmpty());
        QVERIFY(guard()->counters().timedOut >= 3);
    }

    void keepAliveRequestsAreGuardedToo()
    {
        QVERIFY(start(testLimits()));
        Client c(port());
        QVERIFY(c.waitConnected());
        c.write(get("/one"));
        QCOMPARE(c.takeResponse().status, 200);
        c.write(RawHttp::post("/two", QByteArray(5000, 'y')));
        const Response two = c.takeResponse();
        QCOMPARE(two.status, 200);
        QCOMPARE(two.json.value(u"bodySize"_s).toInt(), 5000);
        c.write(get("/three", "X-Filler: " + QByteArray(17000, 'f') + "\r\n"));
        QCOMPARE(c.takeResponse().status, 431);
        QVERIFY(c.waitClosed());
        QCOMPARE(m_delivered.size(), 2);
        QCOMPARE(m_refused.size(), 1);
        QCOMPARE(guard()->counters().handedOver, quint64(1)); // one connection all along

        Client d(port());
        QVERIFY(d.waitConnected());
        for (int i = 0; i < 20; ++i) {
            d.write(RawHttp::post("/many", QByteArray(100 + i, 'k')));
            const Response r = d.takeResponse();
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json.value(u"bodySize"_s).toInt(), 100 + i);
        }
        d.write("POST /webhooks/duve HTTP/1.1\r\nContent-Length: 2000000\r\n\r\n");
        QCOMPARE(d.takeResponse().status, 413);
        QVERIFY(d.waitClosed());
        QCOMPARE(m_delivered.size(), 22);

        // An idle kept-alive connection closes after idleTimeoutMs.
        Client idle(port());
        QVERIFY(idle.waitConnected());
        idle.write(get("/once"));
        QCOMPARE(idle.takeResponse().status, 200);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(idle.waitClosed(3000));
        QVERIFY(clock.elapsed() >= 450);
    }

    void connectionCloseIsHonoured()
    {
        QVERIFY(start(testLimits()));
        Client c(port());
        QVERIFY(c.waitConnected());
        QElapsedTimer clock;
        clock.start();
        c.write(get("/bye", "Connection: close\r\n"));
        QCOMPARE(c.takeResponse().status, 200);
        QVERIFY(c.waitClosed(3000));
        QVERIFY(clock.elapsed() < 500); // closed after the answer, not by the idle timeout
    }

    // The race the socket-level fuzzer found (heap-use-after-free under ASan): the refusal is
    // written once the history has recorded it, but the client reset the connection meanwhile.
    // Writing and flushing the answer then fails, Qt emits `disconnected` from inside the
    // flush, and the guard forgets the connection while it is still being answered. Made
    // deterministic: the reset has reached this host's kernel before the record is reported,
    // and the guard's queued completion runs before the event loop could notice the reset.
    void refusalWrittenAfterTheClientResetIsSafe()
    {
        QVERIFY(start(testLimits()));
        m_recordDelayMs = -1;
        for (int round = 0; round < 3; ++round) {
            const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
            QVERIFY(fd >= 0);
            sockaddr_in to {};
            to.sin_family = AF_INET;
            to.sin_port = htons(port());
            to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            QCOMPARE(::connect(fd, reinterpret_cast<sockaddr *>(&to), sizeof to), 0);
            const QByteArray bad = "POST /webhooks/duve HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                   "Content-Length: 5\r\nContent-Length: 6\r\n"
                                   "Transfer-Encoding: chunked\r\n\r\n{xxx}";
            QCOMPARE(::send(fd, bad.constData(), size_t(bad.size()), 0), ssize_t(bad.size()));
            QTRY_COMPARE(m_unreported.size(), 1); // refused, waiting for its record
            QCOMPARE(guard()->openConnections(), 1);

            const linger reset { 1, 0 };
            QCOMPARE(::setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset), 0);
            ::close(fd); // RST
            QThread::msleep(50); // no event processing: the guard has not seen the reset

            m_unreported.takeFirst()(); // recorded: the guard queues writing the answer
            QCoreApplication::sendPostedEvents(guard(), QEvent::MetaCall);
            QCOMPARE(guard()->openConnections(), 0);
            QCOMPARE(m_refused.size(), round + 1);
            QCOMPARE(m_refused.last().status, 400);
        }
        // Still serving.
        Client c(port());
        QVERIFY(c.waitConnected());
        c.write(get("/after"));
        QCOMPARE(c.takeResponse().status, 200);
    }

    // A HEAD answer has the head a GET would get and no body: a client reading the body as the
    // Content-Length says would take the next answer's bytes for it.
    void headAnswersCarryNoBody()
    {
        QVERIFY(start(testLimits()));
        Client c(port());
        QVERIFY(c.waitConnected());
        c.write("HEAD /status HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QVERIFY(c.waitClosed(3000));
        const QByteArray raw = c.received();
        const qsizetype end = raw.indexOf("\r\n\r\n");
        QVERIFY2(end > 0, raw.constData());
        QVERIFY2(raw.startsWith("HTTP/1.1 200"), raw.constData());
        QVERIFY2(raw.left(end).contains("Content-Length: "), raw.constData());
        QVERIFY(!raw.left(end).contains("Content-Length: 0"));
        QCOMPARE(raw.mid(end + 4), QByteArray()); // nothing after the head
    }

    void pipelinedRequestsAreAnsweredInOrderThenClosed()
    {
        QVERIFY(start(testLimits()));
        Client c(port());
        QVERIFY(c.waitConnected());
        c.write(get("/first") + get("/second") + get("/third"));
        const Response first = c.takeResponse();
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(u"path"_s).toString(), u"/first"_s);
        QVERIFY(c.waitClosed());
        QVERIFY(c.received().isEmpty()); // no answer for requests that were not handled
        QCOMPARE(m_delivered.size(), 1);
        QVERIFY(m_refused.isEmpty()); // nothing answered, nothing to record
    }

    void theClockStopsWhileAnAnswerIsAwaited()
    {
        QVERIFY(start(testLimits())); // idleTimeoutMs 600
        Client c(port());
        QVERIFY(c.waitConnected());
        c.write(get("/hold"));
        QTRY_COMPARE(m_held.size(), 1);
        QTest::qWait(1500); // Hub OS is slow: 2.5 idle timeouts
        QVERIFY(!c.isClosed());
        answerHeld();
        const Response r = c.takeResponse();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"held"_s).toBool(), true);
    }

    void halfOpenConnectionsDoNotStarveRealRequests()
    {
        GuardLimits limits = testLimits();
        limits.maxConnections = 16;
        limits.idleTimeoutMs = 10000; // they would all still be waiting
        QVERIFY(start(limits));
        std::vector<std::unique_ptr<Client>> halfOpen;
        for (int i = 0; i < 100; ++i) {
            halfOpen.push_back(std::make_unique<Client>(port()));
            QVERIFY(halfOpen.back()->waitConnected());
            if (i % 2)
                halfOpen.back()->write("POST /webhooks/duve HTTP/1.1\r\nContent-Le");
        }
        QTRY_VERIFY(guard()->openConnections() <= 16);
        QElapsedTimer clock;
        clock.start();
        const Response r = RawHttp::exchange(port(), RawHttp::post("/real", "{}"));
        const qint64 ms = clock.elapsed();
        QCOMPARE(r.status, 200);
        QVERIFY2(ms < 1000, qPrintable(u"%1 ms"_s.arg(ms)));
        QVERIFY(guard()->counters().evicted >= 84);
        QVERIFY(guard()->openConnections() <= 16);
        qInfo("real request answered in %lld ms with 100 half-open connections (cap 16)", ms);
    }

    void busyConnectionsAreNotEvicted()
    {
        GuardLimits limits = testLimits();
        limits.maxConnections = 4;
        QVERIFY(start(limits));
        std::vector<std::unique_ptr<Client>> busy;
        for (int i = 0; i < 4; ++i) {
            busy.push_back(std::make_unique<Client>(port()));
            QVERIFY(busy.back()->waitConnected());
            busy.back()->write(get("/hold"));
        }
        QTRY_COMPARE(m_held.size(), 4);
        Client late(port());
        QVERIFY(late.waitClosed(3000)); // every slot holds a request waiting for its answer
        QCOMPARE(guard()->counters().refusedAtCapacity, quint64(1));
        answerHeld();
        for (auto &c : busy)
            QCOMPARE(c->takeResponse().status, 200);
        // Now they are idle, and a newcomer takes the place of the oldest.
        QCOMPARE(RawHttp::exchange(port(), get("/now")).status, 200);
        QCOMPARE(guard()->counters().evicted, quint64(1));
    }

    void perAddressCap()
    {
        GuardLimits limits = testLimits();
        limits.maxConnectionsPerAddress = 2;
        limits.loopbackExemptFromAddressCap = false; // the test client is on loopback
        QVERIFY(start(limits));
        Client a(port());
        Client b(port());
        QVERIFY(a.waitConnected() && b.waitConnected());
        a.write(get("/hold"));
        b.write(get("/hold"));
        QTRY_COMPARE(m_held.size(), 2);
        Client third(port());
        QVERIFY(third.waitClosed(3000));
        QCOMPARE(guard()->counters().refusedAtCapacity, quint64(1));
        answerHeld();
        QCOMPARE(a.takeResponse().status, 200);

        // By default loopback (a local proxy) counts against maxConnections only.
        limits.loopbackExemptFromAddressCap = true;
        QVERIFY(start(limits));
        std::vector<std::unique_ptr<Client>> many;
        for (int i = 0; i < 5; ++i) {
            many.push_back(std::make_unique<Client>(port()));
            QVERIFY(many.back()->waitConnected());
            many.back()->write(get("/hold"));
        }
        QTRY_COMPARE(m_held.size(), 5);
        QCOMPARE(guard()->counters().refusedAtCapacity, quint64(0));
        answerHeld();
        for (auto &c : many)
            QCOMPARE(c->takeResponse().status, 200);
    }

    void allowList_data()
    {
        QTest::addColumn<QStringList>("entries");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("loopbackAllowed");
        QTest::newRow("network") << QStringList { u"10.0.0.0/8"_s } << true << false;
        QTest::newRow("loopback network") << QStringList { u"127.0.0.0/8"_s } << true << true;
        QTest::newRow("one address") << QStringList { u"127.0.0.1"_s } << true << true;
        QTest::newRow("IPv6 and IPv4")
            << QStringList { u"2001:db8::/32"_s, u" 192.168.1.0/24 "_s } << true << false;
        QTest::newRow("typo") << QStringList { u"10.0.0.0/8"_s, u"192.168.1"_s } << false << false;
        QTest::newRow("short network") << QStringList { u"192.168/16"_s } << false << false;
        QTest::newRow("host name") << QStringList { u"duve.com"_s } << false << false;
        QTest::newRow("bad prefix") << QStringList { u"10.0.0.0/33"_s } << false << false;
    }

    void allowList()
    {
        QFETCH(QStringList, entries);
        QFETCH(bool, valid);
        QFETCH(bool, loopbackAllowed);
        QString error;
        const bool started = start(testLimits(), entries, {}, {}, &error);
        QCOMPARE(started, valid);
        if (!valid) {
            QVERIFY(error.contains(u"listener/allowFrom"_s));
            return;
        }
        Client c(port());
        const bool connected = c.waitConnected(); // the guard may close it first
        QVERIFY(connected || !loopbackAllowed);
        c.write(get("/allowed"));
        const Response r = c.takeResponse(3000);
        QCOMPARE(r.status, loopbackAllowed ? 200 : 0);
        QCOMPARE(guard()->counters().deniedByAllowList, quint64(loopbackAllowed ? 0 : 1));
        QCOMPARE(m_delivered.size(), loopbackAllowed ? 1 : 0);
    }

    // Bodies are paid for as their bytes arrive: what heads declare reserves nothing.
    void bodyBudgetPaysForBytesThatArrived()
    {
        GuardLimits limits = testLimits();
        limits.maxBodyBytes = 64 * 1024;
        limits.bodyBudgetBytes = 128 * 1024;
        limits.idleTimeoutMs = 5000;
        QVERIFY(start(limits));
        const QByteArray head = "POST /up HTTP/1.1\r\nContent-Length: 65536\r\n\r\n";
        Client a(port());
        Client b(port());
        QVERIFY(a.waitConnected() && b.waitConnected());
        a.write(head + QByteArray(1024, 'a'));
        b.write(head + QByteArray(1024, 'b'));
        QTRY_VERIFY(guard()->bodyBytesReserved() >= 2 * 1024);
        QTest::qWait(100);
        // 2 KiB arrived and one window each (4 KiB here), not the 128 KiB declared.
        QVERIFY2(guard()->bodyBytesReserved() <= 2 * (1024 + 4096),
            qPrintable(QString::number(guard()->bodyBytesReserved())));
        // So a third request of the same size is served meanwhile.
        const Response third = RawHttp::exchange(port(), head + QByteArray(65536, 'c'));
        QCOMPARE(third.status, 200);
        QCOMPARE(third.json.value(u"bodySize"_s).toInt(), 65536);
        a.write(QByteArray(65536 - 1024, 'a'));
        b.write(QByteArray(65536 - 1024, 'b'));
        QCOMPARE(a.takeResponse().status, 200);
        QCOMPARE(b.takeResponse().status, 200);
        QTRY_COMPARE(guard()->bodyBytesReserved(), 0);
        QCOMPARE(m_delivered.size(), 3);
        QCOMPARE(m_delivered.last().body, QByteArray(65536, 'b'));
        QVERIFY(m_refused.isEmpty());
    }

    // H1 of the security findings: connections that declare big bodies and send nothing must not
    // turn real orders away (they were 503 BUSY once 16 such heads had reserved the pool).
    void silentDeclarationsDoNotBlockOrders()
    {
        GuardLimits limits = testLimits();
        limits.maxBodyBytes = 64 * 1024;
        limits.bodyBudgetBytes = 128 * 1024; // windows of 4 KiB: 32 fill the pool
        limits.idleTimeoutMs = 5000;
        QVERIFY(start(limits));
        const QByteArray declared
            = "POST /webhooks/duve HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 65536\r\n\r\n";
        std::vector<std::unique_ptr<Client>> silent; // one other address, 40 connections
        for (int i = 0; i < 40; ++i) {
            silent.push_back(std::make_unique<Client>(port(), false, QHostAddress(u"127.0.0.2"_s)));
            QVERIFY(silent.back()->waitConnected());
            silent.back()->write(declared);
        }
        QTRY_COMPARE(guard()->counters().handedOver, quint64(40));
        QTest::qWait(100);
        QVERIFY(guard()->bodyBytesReserved() <= limits.bodyBudgetBytes);
        QCOMPARE(guard()->counters().refused, quint64(0)); // they wait, nobody is refused

        // An order whose body comes with its head.
        const QByteArray order = QByteArray(3000, 'o');
        const Response whole = RawHttp::exchange(port(), RawHttp::post("/webhooks/duve", order));
        QCOMPARE(whole.status, 200);
        // An order whose body comes later: it needs room in the pool, and gets it.
        Client later(port());
        QVERIFY(later.waitConnected());
        const QByteArray request = RawHttp::post("/webhooks/duve", order);
        const qsizetype bodyAt = request.indexOf("\r\n\r\n") + 4;
        later.write(request.left(bodyAt));
        QTest::qWait(100);
        later.write(request.mid(bodyAt));
        const Response r = later.takeResponse();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"bodySize"_s).toInt(), 3000);
        QCOMPARE(m_delivered.size(), 2);
        // What gave way: at most a few of the silent ones, answered 503 and recorded.
        QVERIFY(guard()->counters().refused <= 2);
        for (const RefusedRequest &refused : std::as_const(m_refused)) {
            QCOMPARE(refused.status, 503);
            QCOMPARE(refused.remoteAddress, QHostAddress(u"127.0.0.2"_s));
        }
    }

    // While another address sends, one address holds no more than its share of the pool (its
    // bodies are read more slowly); nothing is refused, everything is served in the end.
    void anAddressGetsNoMoreThanItsShareWhileAnotherSends()
    {
        GuardLimits limits = testLimits();
        limits.maxBodyBytes = 64 * 1024;
        limits.maxHeadBytes = 2048; // what arrives with a head: at most 2 KiB + 16 KiB
        limits.bodyBudgetBytes = 128 * 1024; // two addresses: 64 KiB each
        limits.idleTimeoutMs = 5000;
        QVERIFY(start(limits));
        const QHostAddress other(u"127.0.0.2"_s);
        const QHostAddress mine(QHostAddress::LocalHost);

        Client order(port()); // the order of 127.0.0.1, 20000 bytes, still arriving
        QVERIFY(order.waitConnected());
        const QByteArray request = RawHttp::post("/order", QByteArray(20000, 'o'));
        order.write(request.left(request.indexOf("\r\n\r\n") + 4 + 1000));
        QTRY_VERIFY(guard()->bodyBytesHeldFrom(mine) >= 1000);

        // 127.0.0.2 sends two 40000-byte bodies at once (80000: more than its half).
        std::vector<std::unique_ptr<Client>> big;
        for (int i = 0; i < 2; ++i) {
            big.push_back(std::make_unique<Client>(port(), false, other));
            QVERIFY(big.back()->waitConnected());
            big.back()->write(RawHttp::post("/hold", QByteArray(40000, char('x' + i))));
        }
        QTest::qWait(500);
        const qint64 held = guard()->bodyBytesHeldFrom(other);
        QVERIFY2(held <= 64 * 1024 + 2 * (2048 + 16 * 1024), qPrintable(QString::number(held)));
        QVERIFY2(m_held.size() <= 1, qPrintable(u"%1 delivered"_s.arg(m_held.size())));
        QVERIFY(m_refused.isEmpty());

        order.write(request.mid(request.indexOf("\r\n\r\n") + 4 + 1000));
        const Response r = order.takeResponse();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"bodySize"_s).toInt(), 20000);
        // Alone now, 127.0.0.2 may use the whole pool: both of its requests arrive.
        QTRY_COMPARE(m_held.size(), 2);
        answerHeld();
        for (auto &c : big)
            QCOMPARE(c->takeResponse().status, 200);
        QVERIFY(m_refused.isEmpty());
        QTRY_COMPARE(guard()->bodyBytesReserved(), 0);
    }

    // M1 of the security findings: connections the guard refused (a 413, then lingering while
    // the client still sends) give way first when room is needed, before idle keep-alive
    // connections and before requests still arriving.
    void refusedConnectionsGiveWayFirst()
    {
        GuardLimits limits = testLimits();
        limits.maxConnections = 8;
        limits.idleTimeoutMs = 5000;
        limits.lingerMs = 5000;
        const QByteArray tooLarge
            = "POST /webhooks/duve HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n";
        QVERIFY(start(limits));
        QList<int> fds;
        auto closeAll = [&] {
            for (int fd : std::as_const(fds))
                ::close(fd);
            fds.clear();
        };
        auto cleanupFds = qScopeGuard(closeAll);

        // Every slot held by a refused connection: a real request is still served.
        for (int i = 0; i < 8; ++i) {
            fds.append(rawConnect(port()));
            QVERIFY(fds.last() >= 0);
            QVERIFY(rawSend(fds.last(), tooLarge));
        }
        QTRY_COMPARE(m_refused.size(), 8);
        QTRY_COMPARE(guard()->counters().refused, quint64(8));
        QTest::qWait(100); // answered and lingering
        QCOMPARE(guard()->openConnections(), 8);
        QCOMPARE(RawHttp::exchange(port(), get("/real")).status, 200);
        QCOMPARE(guard()->counters().evicted, quint64(1));
        QCOMPARE(guard()->counters().refusedAtCapacity, quint64(0));
        closeAll();

        // An idle keep-alive connection (the oldest), a request still arriving, six refused.
        m_refused.clear();
        QVERIFY(start(limits));
        Client keepAlive(port());
        QVERIFY(keepAlive.waitConnected());
        keepAlive.write(get("/first"));
        QCOMPARE(keepAlive.takeResponse().status, 200);
        Client arriving(port());
        QVERIFY(arriving.waitConnected());
        arriving.write("POST /webhooks/duve HTTP/1.1\r\nContent-Length: 10\r\n\r\n12345");
        for (int i = 0; i < 6; ++i) {
            fds.append(rawConnect(port()));
            QVERIFY(fds.last() >= 0);
            QVERIFY(rawSend(fds.last(), tooLarge));
        }
        QTRY_COMPARE(m_refused.size(), 6);
        QTest::qWait(100);
        QCOMPARE(guard()->openConnections(), 8);
        std::vector<std::unique_ptr<Client>> real; // they stay open: each needs a slot
        for (int i = 0; i < 3; ++i) {
            real.push_back(std::make_unique<Client>(port()));
            QVERIFY(real.back()->waitConnected());
            real.back()->write(get("/real"));
            QCOMPARE(real.back()->takeResponse().status, 200);
        }
        QCOMPARE(guard()->counters().evicted, quint64(3));
        QVERIFY(!keepAlive.isClosed());
        QVERIFY(!arriving.isClosed());
        keepAlive.write(get("/second"));
        QCOMPARE(keepAlive.takeResponse().status, 200);
        arriving.write("67890");
        QCOMPARE(arriving.takeResponse().status, 200);

        // The same when one address is at maxConnectionsPerAddress.
        closeAll();
        limits.maxConnectionsPerAddress = 4;
        limits.loopbackExemptFromAddressCap = false;
        m_refused.clear();
        QVERIFY(start(limits));
        for (int i = 0; i < 4; ++i) {
            fds.append(rawConnect(port()));
            QVERIFY(fds.last() >= 0);
            QVERIFY(rawSend(fds.last(), tooLarge));
        }
        QTRY_COMPARE(m_refused.size(), 4);
        QTest::qWait(100);
        QCOMPARE(RawHttp::exchange(port(), get("/real")).status, 200);
        QCOMPARE(guard()->counters().refusedAtCapacity, quint64(0));
    }

    // The connection waiting longest gives way first, even among connections accepted within
    // the same millisecond (no tie broken by hash order).
    void evictionOrderIsTheOrderOfArrival()
    {
        GuardLimits limits = testLimits();
        limits.maxConnections = 12;
        limits.idleTimeoutMs = 5000;
        QVERIFY(start(limits));
        QList<int> fds;
        auto cleanupFds = qScopeGuard([&] {
            for (int fd : std::as_const(fds))
                ::close(fd);
        });
        for (int i = 0; i < 12; ++i) { // connected before the guard accepts any of them
            fds.append(rawConnect(port()));
            QVERIFY(fds.last() >= 0);
        }
        QTRY_COMPARE(guard()->openConnections(), 12);
        for (int i = 0; i < 4; ++i) {
            fds.append(rawConnect(port()));
            QVERIFY(fds.last() >= 0);
            QTRY_COMPARE(guard()->counters().evicted, quint64(i + 1));
        }
        for (int i = 0; i < 4; ++i)
            QVERIFY2(rawWasClosed(fds[i], 2000), qPrintable(u"connection %1 not evicted"_s.arg(i)));
        for (int i = 4; i < 16; ++i)
            QVERIFY2(!rawWasClosed(fds[i], 0), qPrintable(u"connection %1 evicted"_s.arg(i)));
    }

    // A refused request whose body had arrived whole keeps it (so that it can be re-sent from
    // the history): here a chunked body refused for its trailer, read by the guard alone (first
    // request) and after QHttpServer had read into it (second request on a connection).
    void refusedRequestKeepsABodyThatArrivedWhole()
    {
        QVERIFY(start(testLimits()));
        const QByteArray head = "POST /webhooks/duve HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                "Transfer-Encoding: chunked\r\n\r\n";
        const QByteArray chunks = "5\r\nhello\r\n6;x=y\r\n world\r\n";
        const QByteArray trailer = "0\r\nX-Trailer: 1\r\n\r\n";
        const Response first = RawHttp::exchange(port(), head + chunks + trailer);
        QCOMPARE(first.status, 400);
        QVERIFY(m_delivered.isEmpty()); // answered once, by the guard only
        QCOMPARE(m_refused.size(), 1);
        QVERIFY(m_refused.last().bodyKept);
        QCOMPARE(m_refused.last().body, QByteArray("hello world"));

        Client c(port());
        QVERIFY(c.waitConnected());
        c.write(get("/one"));
        QCOMPARE(c.takeResponse().status, 200);
        c.write(head + chunks);
        QTest::qWait(50); // QHttpServer reads the first part
        c.write(trailer);
        QCOMPARE(c.takeResponse().status, 400);
        QCOMPARE(m_refused.size(), 2);
        QVERIFY(m_refused.last().bodyKept);
        QCOMPARE(m_refused.last().body, QByteArray("hello world"));

        // A body that had not all arrived is not kept.
        QCOMPARE(RawHttp::exchange(port(), head + QByteArray(70000, 'z')).status, 400);
        QCOMPARE(m_refused.size(), 3);
        QVERIFY(!m_refused.last().bodyKept);
        QVERIFY(m_refused.last().body.isEmpty());
    }

    // ---------------------------------------------------------------------------------------
    // HTTPS

    void httpsIsServedAndGuarded()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString made = RawHttp::makeCertificate(dir.path(), u"server"_s);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        QVERIFY(
            start(testLimits(), {}, dir.filePath(u"server.crt"_s), dir.filePath(u"server.key"_s)));
        QVERIFY(m_listener->isTls());

        Client c(port(), true);
        QVERIFY(c.waitConnected());
        auto *ssl = qobject_cast<QSslSocket *>(c.socket());
        QVERIFY(ssl->sessionProtocol() == QSsl::TlsV1_2 || ssl->sessionProtocol() == QSsl::TlsV1_3);
        c.write(get("/secure"));
        const Response r = c.takeResponse();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"path"_s).toString(), u"/secure"_s);
        c.write("POST /webhooks/duve HTTP/1.1\r\nContent-Length: 52428800\r\n\r\n");
        QCOMPARE(c.takeResponse().status, 413); // the guard works on the decrypted stream
        QVERIFY(c.waitClosed());

        // Plain HTTP on the HTTPS port: the handshake fails, no HTTP answer.
        Client plain(port());
        QVERIFY(plain.waitConnected());
        plain.write(get("/plain"));
        QVERIFY(plain.waitClosed(3000));
        QVERIFY(!plain.received().startsWith("HTTP/1.1 2"));
        QCOMPARE(m_delivered.size(), 1);
        QVERIFY(guard()->counters().garbage >= 1);
    }

    // Over HTTPS the window works on the decrypted stream: a large body arrives window by window
    // (the TLS socket is told to look again at what it holds), and silent declarations do not
    // block an order (the testers' budget_tls case).
    void httpsBodiesArriveWindowByWindow()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString made = RawHttp::makeCertificate(dir.path(), u"server"_s);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        GuardLimits limits = testLimits();
        limits.idleTimeoutMs = 5000;
        limits.bodyBudgetBytes = 2 * 1024 * 1024; // windows of 32 KiB
        QVERIFY(start(limits, {}, dir.filePath(u"server.crt"_s), dir.filePath(u"server.key"_s)));
        std::vector<std::unique_ptr<Client>> silent;
        for (int i = 0; i < 16; ++i) {
            silent.push_back(std::make_unique<Client>(port(), true));
            QVERIFY(silent.back()->waitConnected());
            silent.back()->write("POST /webhooks/duve HTTP/1.1\r\nContent-Length: 1048576\r\n\r\n");
        }
        QTRY_COMPARE(guard()->counters().handedOver, quint64(16));
        Client c(port(), true);
        QVERIFY(c.waitConnected());
        const QByteArray body(900 * 1024, 'w');
        c.write(RawHttp::post("/big", body));
        const Response r = c.takeResponse(10000);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"bodySize"_s).toInt(), body.size());
        c.write(RawHttp::post("/order", QByteArray(3000, 'o')));
        QCOMPARE(c.takeResponse().status, 200);
        QVERIFY(m_refused.isEmpty());
    }

    void tls11IsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString made = RawHttp::makeCertificate(dir.path(), u"server"_s);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        // The protocol `openssl s_client <version>` negotiated with `port`; "" when it failed.
        auto handshake = [&](quint16 port, const QString &version,
                             const QString &cipher = u"DEFAULT@SECLEVEL=0"_s) {
            QProcess client;
            client.start(u"openssl"_s,
                { u"s_client"_s, u"-connect"_s, u"127.0.0.1:%1"_s.arg(port), version, u"-cipher"_s,
                    cipher });
            client.closeWriteChannel();
            // Not waitForFinished(): the server may be in this thread's event loop.
            (void)QTest::qWaitFor([&] { return client.state() == QProcess::NotRunning; }, 10000);
            if (client.state() != QProcess::NotRunning)
                client.kill();
            const QString out = QString::fromLocal8Bit(client.readAllStandardOutput());
            if (out.contains(u"Cipher is (NONE)"_s) || !out.contains(u"New, "_s))
                return QString();
            // "Protocol :" comes with the session; a TLS 1.3 session may not be printed.
            const QString session
                = QRegularExpression(u"Protocol\\s*:\\s*(TLSv[0-9.]+)"_s).match(out).captured(1);
            return session.isEmpty()
                ? QRegularExpression(u"New, (TLSv[0-9.]+), Cipher is"_s).match(out).captured(1)
                : session;
        };

        // The client can speak TLS 1.1 (an openssl server that allows it accepts it) ...
        const quint16 referencePort = TestSupport::freePort();
        QVERIFY(referencePort != 0);
        QProcess reference;
        reference.start(u"openssl"_s,
            { u"s_server"_s, u"-accept"_s, QString::number(referencePort), u"-cert"_s,
                dir.filePath(u"server.crt"_s), u"-key"_s, dir.filePath(u"server.key"_s),
                u"-tls1_1"_s, u"-cipher"_s, u"DEFAULT@SECLEVEL=0"_s, u"-www"_s });
        QVERIFY(reference.waitForStarted());
        QString withReference;
        for (int i = 0; i < 20 && withReference.isEmpty(); ++i) {
            withReference = handshake(referencePort, u"-tls1_1"_s);
            if (withReference.isEmpty())
                QTest::qWait(100);
        }
        reference.kill();
        reference.waitForFinished();
        QCOMPARE(withReference, u"TLSv1.1"_s);

        // ... and Hubbridge does not, while TLS 1.2 and 1.3 work.
        QVERIFY(
            start(testLimits(), {}, dir.filePath(u"server.crt"_s), dir.filePath(u"server.key"_s)));
        QCOMPARE(handshake(port(), u"-tls1_1"_s), QString());
        QCOMPARE(handshake(port(), u"-tls1_2"_s), u"TLSv1.2"_s);
        QCOMPARE(handshake(port(), u"-tls1_3"_s), u"TLSv1.3"_s);
        // Issue 14, item 6: CBC and static-RSA suites are not offered, even to a client that
        // asks for nothing else.
        QCOMPARE(handshake(port(), u"-tls1_2"_s, u"ECDHE-RSA-AES128-SHA"_s), QString());
        QCOMPARE(handshake(port(), u"-tls1_2"_s, u"AES128-GCM-SHA256"_s), QString());
        QCOMPARE(handshake(port(), u"-tls1_2"_s, u"ECDHE-RSA-AES128-GCM-SHA256"_s), u"TLSv1.2"_s);
        QString error;
        const QSslConfiguration conf
            = TlsFiles::load(dir.filePath(u"server.crt"_s), dir.filePath(u"server.key"_s), &error);
        QCOMPARE(conf.protocol(), QSsl::TlsV1_2OrLater);
    }

    void settingsKeys()
    {
        QTemporaryDir dir;
        Settings s(dir.path());
        using K = Settings::Key;
        QCOMPARE(Settings::keyName(K::ListenerMaxConnections), u"listener/maxConnections"_s);
        QCOMPARE(Settings::keyName(K::ListenerMaxConnectionsPerAddress),
            u"listener/maxConnectionsPerAddress"_s);
        QCOMPARE(Settings::keyName(K::ListenerAllowFrom), u"listener/allowFrom"_s);
        QCOMPARE(Settings::keyName(K::ListenerTlsCert), u"listener/tlsCert"_s);
        QCOMPARE(Settings::keyName(K::ListenerTlsKey), u"listener/tlsKey"_s);
        QCOMPARE(s.maxConnections(), 256);
        QCOMPARE(s.maxConnectionsPerAddress(), 32);
        QVERIFY(s.allowFrom().isEmpty());
        QVERIFY(s.tlsCertPath().isEmpty());
        QVERIFY(s.tlsKeyPath().isEmpty());

        QFile ini(s.iniPath());
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[listener]\nmaxConnections=40\nmaxConnectionsPerAddress=0\n"
                  "allowFrom=10.0.0.0/8, 192.168.1.7\ntlsCert=tls/cert.pem\n"
                  "tlsKey=/etc/hubbridge/key.pem\n");
        ini.close();
        Settings t(dir.path());
        QCOMPARE(t.maxConnections(), 40);
        QCOMPARE(t.maxConnectionsPerAddress(), 0);
        QCOMPARE(t.allowFrom(), (QStringList { u"10.0.0.0/8"_s, u"192.168.1.7"_s }));
        QCOMPARE(t.tlsCertPath(), QDir(dir.path()).absoluteFilePath(u"tls/cert.pem"_s));
        QCOMPARE(t.tlsKeyPath(), u"/etc/hubbridge/key.pem"_s);

        // A listener configured from these settings applies them.
        HttpListener listener;
        listener.setConfig(t.listenerConfig());
        QString error;
        QVERIFY(!listener.listen(QHostAddress::LocalHost, 0, &error)); // no such certificate
        QVERIFY2(error.contains(u"tls/cert.pem"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestConnectionGuard)
#include "tst_connectionguard.moc"
