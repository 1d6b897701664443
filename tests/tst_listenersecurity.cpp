// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The listener as the internet meets it: the real `hubbridge serve` (and `hubbridge sandbox` as
// Hub OS) driven over real sockets. Memory of the process under ten 50 MiB uploads
// (/proc/<pid>/status), a real order while 500 half-open connections wait, keep-alive orders,
// hostile bodies and headers, credential header variants, secrets kept out of logs, history,
// exports, the data directory and crash output, and HTTPS with certificates made at test time.
#include "core/config/settings.h"
#include "core/delivery/bridge.h"
#include "core/store/historystore.h"
#include "rawhttp.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <arpa/inet.h>
#include <csignal>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using RawHttp::Client;
using RawHttp::Response;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// A running `hubbridge serve`, its stderr collected as it comes.
struct Serve
{
    QProcess process;
    QByteArray err;
    QUrl url;
    QString dataDir;

    quint16 port() const { return quint16(url.port()); }
    qint64 pid() const { return process.processId(); }
    QByteArray allErr()
    {
        err += process.readAllStandardError();
        return err;
    }
};

qint64 procStatusKb(qint64 pid, const char *field)
{
    QFile f(u"/proc/%1/status"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

int openFds(qint64 pid)
{
    return int(QDir(u"/proc/%1/fd"_s.arg(pid))
                   .entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)
                   .size());
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<QPair<QByteArray, QByteArray>> credentialHeaders()
{
    return TestSupport::duveHeaders(TestSupport::testCredentials());
}

} // namespace

class TestListenerSecurity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QUrl m_sandboxUrl;
    int m_orders = 0;

    static QProcessEnvironment environment(const QString &loggingRules = u"hubbridge.*.info=true"_s)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const HubOsCredentials c = TestSupport::testCredentials();
        env.insert(u"HUBBRIDGE_HOTEL_ID"_s, c.hotelId);
        env.insert(u"HUBBRIDGE_ACCESS_TOKEN"_s, c.accessToken);
        env.insert(u"HUBBRIDGE_PASSWORD_TOKEN"_s, c.passwordToken);
        env.insert(u"QT_LOGGING_RULES"_s, loggingRules);
        // Under AddressSanitizer freed memory is held in a quarantine (256 MB by default), which
        // would count as resident memory of the process; keep it small. No effect otherwise.
        const QString asan = env.value(u"ASAN_OPTIONS"_s);
        env.insert(u"ASAN_OPTIONS"_s,
            (asan.isEmpty() ? QString() : asan + u':') + u"quarantine_size_mb=16"_s);
        return env;
    }

    // A data directory with hubbridge.ini pointing at the sandbox plus `ini` ("key=value" lines
    // under their [section] as QSettings keys).
    QString dataDir(const QString &name, const QList<QPair<QString, QVariant>> &ini = {})
    {
        const QString dir = m_dir.filePath(name);
        QDir().mkpath(dir);
        QSettings s(dir + u"/hubbridge.ini"_s, QSettings::IniFormat);
        s.setValue(u"hubos/url"_s, m_sandboxUrl.toString());
        for (const auto &[key, value] : ini)
            s.setValue(key, value);
        s.sync();
        return dir;
    }

    static std::unique_ptr<Serve> startServe(
        const QString &dir, const QProcessEnvironment &env = environment())
    {
        auto s = std::make_unique<Serve>();
        s->dataDir = dir;
        Serve *raw = s.get();
        QObject::connect(&s->process, &QProcess::readyReadStandardError, &s->process,
            [raw] { raw->err += raw->process.readAllStandardError(); });
        s->process.setProcessEnvironment(env);
        s->process.start(TestSupport::hubbridgeBinary(),
            { u"serve"_s, u"--data-dir"_s, dir, u"--bind"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s });
        const QRegularExpression listening(u"listening on (https?://\\S+)"_s);
        (void)QTest::qWaitFor(
            [&] {
                return listening.match(QString::fromUtf8(raw->err)).hasMatch()
                    || raw->process.state() == QProcess::NotRunning;
            },
            20000);
        s->url = QUrl(listening.match(QString::fromUtf8(raw->err)).captured(1));
        if (!s->url.isValid() || s->url.port() <= 0)
            qWarning("serve did not start: %s", raw->allErr().constData());
        return s;
    }

    static void stop(Serve &s)
    {
        if (s.process.state() != QProcess::NotRunning) {
            s.process.terminate();
            if (!s.process.waitForFinished(15000))
                s.process.kill();
            s.process.waitForFinished();
        }
        s.allErr();
    }

    // `hubbridge <args>` to completion; exit code (-1: did not finish).
    static int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(TestSupport::hubbridgeBinary(), args);
        if (!p.waitForFinished(60000))
            return -1;
        if (out)
            *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    }

    QList<QJsonObject> exportHistory(const QString &dir, QByteArray *raw = nullptr)
    {
        const QString file = m_dir.filePath(u"export-%1.jsonl"_s.arg(++m_orders));
        QByteArray err;
        if (run({ u"history"_s, u"export"_s, file, u"--data-dir"_s, dir }, nullptr, &err) != 0) {
            qWarning("history export failed: %s", err.constData());
            return {};
        }
        const QByteArray bytes = fileBytes(file);
        if (raw)
            *raw = bytes;
        QList<QJsonObject> entries;
        for (const QByteArray &line : bytes.split('\n'))
            if (!line.trimmed().isEmpty())
                entries.append(QJsonDocument::fromJson(line).object());
        return entries;
    }

    QByteArray freshOrder()
    {
        return TestSupport::withOrderId(TestSupport::sample(u"orderCreated.custom-service.json"_s),
            u"security-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_orders));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(TestSupport::hubbridgeBinary()));
        m_sandbox.setProcessEnvironment(environment());
        m_sandbox.start(TestSupport::hubbridgeBinary(), { u"sandbox"_s, u"--port"_s, u"0"_s });
        QByteArray out;
        const QRegularExpression line(u"sandbox on (http://\\S+)"_s);
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += m_sandbox.readAllStandardOutput();
                return line.match(QString::fromUtf8(out)).hasMatch();
            },
            15000));
        m_sandboxUrl = QUrl(line.match(QString::fromUtf8(out)).captured(1));
        QVERIFY(m_sandboxUrl.port() > 0);
    }

    void cleanupTestCase()
    {
        if (m_sandbox.state() != QProcess::NotRunning) {
            m_sandbox.kill();
            m_sandbox.waitForFinished();
        }
    }

    void memoryStaysBoundedUnderHugeUploads()
    {
        const QString dir = dataDir(u"uploads"_s);
        auto serve = startServe(dir);
        QVERIFY(serve->url.isValid());
        const qint64 pid = serve->pid();
        // Warm up (first request, first history write), then measure from here.
        QCOMPARE(RawHttp::exchange(serve->port(),
                     RawHttp::post("/webhooks/duve", freshOrder(), credentialHeaders()))
                     .status,
            200);
        QFile clear(u"/proc/%1/clear_refs"_s.arg(pid));
        QVERIFY(clear.open(QIODevice::WriteOnly));
        clear.write("5"); // resets VmHWM to the current RSS
        clear.close();
        const qint64 before = procStatusKb(pid, "VmRSS:");
        QVERIFY(before > 0);

        // Plain POSIX sockets: unlike QTcpSocket they keep sending after the server's answer
        // and end of stream, as a hostile client would.
        constexpr int uploads = 10;
        constexpr qint64 size = 50 * kMiB;
        struct Upload
        {
            int fd = -1;
            qint64 sent = 0;
            QByteArray in;
            bool writeFailed = false;
            bool eof = false;
        };
        std::vector<Upload> up(uploads);
        QByteArray head = "POST /webhooks/duve HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        for (const auto &h : credentialHeaders())
            head += h.first + ": " + h.second + "\r\n";
        head += "Content-Length: " + QByteArray::number(size) + "\r\n\r\n";
        for (Upload &u : up) {
            u.fd = ::socket(AF_INET, SOCK_STREAM, 0);
            QVERIFY(u.fd >= 0);
            sockaddr_in to {};
            to.sin_family = AF_INET;
            to.sin_port = htons(serve->port());
            to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            QVERIFY(::connect(u.fd, reinterpret_cast<sockaddr *>(&to), sizeof to) == 0);
            QCOMPARE(::send(u.fd, head.constData(), size_t(head.size()), MSG_NOSIGNAL),
                ssize_t(head.size()));
            ::fcntl(u.fd, F_SETFL, ::fcntl(u.fd, F_GETFL) | O_NONBLOCK);
        }
        const QByteArray chunk(256 * 1024, 'u');
        qint64 peakRss = before;
        QElapsedTimer clock;
        clock.start();
        auto finished = [&](const Upload &u) { return (u.sent >= size || u.writeFailed) && u.eof; };
        while (!std::all_of(up.begin(), up.end(), finished) && clock.elapsed() < 120000) {
            std::vector<pollfd> fds;
            for (const Upload &u : up) {
                short events = u.eof ? 0 : POLLIN;
                if (u.sent < size && !u.writeFailed)
                    events |= POLLOUT;
                fds.push_back({ u.fd, events, 0 });
            }
            ::poll(fds.data(), fds.size(), 10);
            for (std::size_t i = 0; i < up.size(); ++i) {
                Upload &u = up[i];
                if (fds[i].revents & POLLOUT) {
                    const ssize_t n = ::send(u.fd, chunk.constData(),
                        size_t(std::min<qint64>(chunk.size(), size - u.sent)), MSG_NOSIGNAL);
                    if (n > 0)
                        u.sent += n;
                    else if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
                        u.writeFailed = true; // the server closed after draining long enough
                }
                if (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) {
                    char buffer[4096];
                    const ssize_t n = ::recv(u.fd, buffer, sizeof buffer, 0);
                    if (n > 0)
                        u.in.append(buffer, n);
                    else if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK))
                        u.eof = true;
                }
            }
            peakRss = std::max(peakRss, procStatusKb(pid, "VmRSS:"));
        }
        qint64 totalSent = 0;
        for (Upload &u : up) {
            const Response r = RawHttp::parse(u.in);
            QCOMPARE(r.status, 413);
            QCOMPARE(r.json.value(u"code"_s).toString(), u"PAYLOAD_TOO_LARGE"_s);
            totalSent += u.sent;
            ::close(u.fd);
        }
        QVERIFY2(totalSent >= uploads * size * 9 / 10, // the bodies were sent, not just offered
            qPrintable(u"only %1 MiB sent"_s.arg(totalSent / kMiB)));
        const qint64 hwm = procStatusKb(pid, "VmHWM:");
        const double growthMiB = double(std::max(hwm, peakRss) - before) / 1024.0;
        qInfo("10 x 50 MiB uploads: %.1f MiB sent in %lld ms, RSS %lld kB before, peak %lld kB: "
              "growth %.1f MiB",
            double(totalSent) / kMiB, clock.elapsed(), before, std::max(hwm, peakRss), growthMiB);
        QVERIFY2(growthMiB <= 64.0, qPrintable(u"grew by %1 MiB"_s.arg(growthMiB)));

        // Every refused upload is in the history, without its body.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                int n = 0;
                for (const QJsonObject &e : exportHistory(dir))
                    n += e.value(u"status"_s).toInt() == 413;
                return n == uploads;
            }(),
            10000);
        for (const QJsonObject &e : exportHistory(dir)) {
            if (e.value(u"status"_s).toInt() != 413)
                continue;
            QCOMPARE(e.value(u"code"_s).toString(), u"PAYLOAD_TOO_LARGE"_s);
            QCOMPARE(e.value(u"bodySize"_s).toInteger(), size);
            QCOMPARE(e.value(u"outcome"_s).toString(), u"rejected"_s);
            QCOMPARE(e.value(u"headers"_s).toObject().value(u"custom_access_token"_s).toString(),
                u"***"_s);
        }
        stop(*serve);
    }

    void realOrderAnsweredWhile500HalfOpenConnectionsWait()
    {
        const QString dir = dataDir(u"halfopen"_s, { { u"listener/idleTimeoutMs"_s, 3000 } });
        auto serve = startServe(dir);
        QVERIFY(serve->url.isValid());
        const qint64 pid = serve->pid();
        QCOMPARE(RawHttp::exchange(serve->port(), "GET /healthz HTTP/1.1\r\n\r\n").status, 200);
        const int baseFds = openFds(pid);

        std::vector<std::unique_ptr<Client>> halfOpen;
        for (int i = 0; i < 500; ++i)
            halfOpen.push_back(std::make_unique<Client>(serve->port()));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(halfOpen.begin(), halfOpen.end(), [](const auto &c) {
                    return c->isClosed() || c->socket()->state() == QAbstractSocket::ConnectedState;
                });
            },
            20000));
        for (std::size_t i = 1; i < halfOpen.size(); i += 2)
            halfOpen[i]->write("POST /webhooks/duve HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Le");
        QTest::qWait(300);
        const int fdsWithHalfOpen = openFds(pid);
        QVERIFY2(fdsWithHalfOpen <= baseFds + 256 + 8,
            qPrintable(u"%1 descriptors open (%2 before)"_s.arg(fdsWithHalfOpen).arg(baseFds)));

        QElapsedTimer clock;
        clock.start();
        const Response r = RawHttp::exchange(serve->port(),
            RawHttp::post("/webhooks/duve", freshOrder(), credentialHeaders()), 10000);
        const qint64 ms = clock.elapsed();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"status"_s).toString(), u"created"_s);
        qInfo("real order answered in %lld ms while 500 half-open connections waited "
              "(%d descriptors open in the server)",
            ms, fdsWithHalfOpen);
        QVERIFY2(ms < 2000, qPrintable(u"%1 ms"_s.arg(ms)));

        // The idle timeout (3 s) then closes whatever is left of them.
        QTRY_VERIFY_WITH_TIMEOUT(openFds(pid) <= baseFds + 4, 8000);
        QVERIFY(std::all_of(halfOpen.begin(), halfOpen.end(),
            [](const auto &c) { return c->isClosed() || c->received().isEmpty(); }));
        stop(*serve);
    }

    void keepAliveOrdersThroughTheGuard()
    {
        const QString dir = dataDir(u"keepalive"_s);
        auto serve = startServe(dir);
        QVERIFY(serve->url.isValid());
        constexpr int connections = 8;
        constexpr int perConnection = 40;
        std::vector<std::unique_ptr<Client>> clients;
        for (int i = 0; i < connections; ++i) {
            clients.push_back(std::make_unique<Client>(serve->port()));
            QVERIFY(clients.back()->waitConnected());
        }
        QElapsedTimer clock;
        clock.start();
        int created = 0;
        for (int round = 0; round < perConnection; ++round) {
            for (auto &c : clients)
                QVERIFY(
                    c->write(RawHttp::post("/webhooks/duve", freshOrder(), credentialHeaders())));
            for (auto &c : clients) {
                const Response r = c->takeResponse(15000);
                QCOMPARE(r.status, 200);
                created += r.json.value(u"status"_s).toString() == u"created"_s;
            }
        }
        const qint64 ms = clock.elapsed();
        QCOMPARE(created, connections * perConnection);
        for (auto &c : clients)
            QVERIFY(!c->isClosed()); // one connection each, all along
        qInfo("%d orders over %d keep-alive connections in %lld ms (%.0f orders/s)",
            connections * perConnection, connections, ms,
            connections * perConnection * 1000.0 / std::max<qint64>(1, ms));
        stop(*serve);
    }

    void hostileRequestsAreAnswered_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const auto creds = credentialHeaders();
        QTest::newRow("deeply nested arrays")
            << RawHttp::post("/webhooks/duve", QByteArray(300000, '['), creds) << 400
            << u"WEB_HUK_MALFORMED_JSON"_s;
        QByteArray objects = R"({"event":"orderCreated","resource":)";
        for (int i = 0; i < 50000; ++i)
            objects += R"({"a":)";
        QTest::newRow("deeply nested objects") << RawHttp::post("/webhooks/duve", objects, creds)
                                               << 400 << u"WEB_HUK_MALFORMED_JSON"_s;
        QTest::newRow("invalid UTF-8 in JSON") << RawHttp::post("/webhooks/duve",
            "{\"event\":\"orderCreated\",\"resource\":{\"firstName\":\"\xff\xfe\xc3\"}}", creds)
                                               << 400 << u"WEB_HUK_MALFORMED_JSON"_s;
        QTest::newRow("NUL bytes") << RawHttp::post("/webhooks/duve", QByteArray(64, '\0'), creds)
                                   << 400 << u"WEB_HUK_MALFORMED_JSON"_s;
        QTest::newRow("event not a string") << RawHttp::post("/webhooks/duve", R"({"event":5})",
            creds) << 400 << u"WEB_HUK_MALFORMED_JSON"_s;
        QTest::newRow("invalid UTF-8 in a credential") << RawHttp::post("/webhooks/duve",
            freshOrder(), { { "custom_hotel_id", "\xff\xfe" }, creds[1], creds[2] })
                                                       << 400 << u"WEB_HUK_INVALID_CREDS"_s;
        QTest::newRow("invalid percent-encoding in the path")
            << RawHttp::post("/webhooks/%ff%fe%", "{}", creds) << 404 << u"NOT_FOUND"_s;
    }

    void hostileRequestsAreAnswered()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QString, code);
        static std::unique_ptr<Serve> serve; // one process for every row
        if (!serve || serve->process.state() != QProcess::Running) {
            serve = startServe(dataDir(u"hostile"_s));
            QVERIFY(serve->url.isValid());
        }
        const Response r = RawHttp::exchange(serve->port(), request, 15000);
        QCOMPARE(r.status, status);
        QCOMPARE(r.json.value(u"code"_s).toString(), code);
        const Response health = RawHttp::exchange(serve->port(), "GET /healthz HTTP/1.1\r\n\r\n");
        QCOMPARE(health.status, 200);
        QCOMPARE(serve->process.state(), QProcess::Running);
        if (QByteArray(QTest::currentDataTag()) == "invalid percent-encoding in the path")
            stop(*serve);
    }

    void secretsStayOutOfLogsHistoryAndCrashes()
    {
        const QString dir = dataDir(u"secrets"_s);
        // Every category at debug level, Qt's own included.
        auto serve = startServe(dir, environment(u"*.debug=true"_s));
        QVERIFY(serve->url.isValid());
        const HubOsCredentials good = TestSupport::testCredentials();
        const QByteArray wrongAccess = "WRONG-access-5f1d0c";
        const QByteArray wrongPassword = "WRONG-password-93ab7e";
        const QByteArray bearer = "bearer-SECRET-77aa21";
        const auto creds = credentialHeaders();
        const quint16 port = serve->port();
        auto send = [&](const QList<QPair<QByteArray, QByteArray>> &headers) {
            return RawHttp::exchange(port, RawHttp::post("/webhooks/duve", freshOrder(), headers));
        };

        QCOMPARE(send(creds).status, 200);
        const struct
        {
            const char *what;
            QList<QPair<QByteArray, QByteArray>> headers;
        } refused[] = {
            { "wrong access token",
                { creds[0], { "custom_access_token", wrongAccess }, creds[2] } },
            { "wrong password, hyphens",
                { { "custom-hotel-id", good.hotelId.toUtf8() },
                    { "custom-access-token", good.accessToken.toUtf8() },
                    { "custom-password-token", wrongPassword } } },
            { "empty values",
                { { "custom_hotel_id", "" }, { "custom_access_token", "" },
                    { "custom_password_token", "" } } },
            { "missing", {} },
            { "duplicated, one wrong",
                { creds[0], creds[1], { "custom_access_token", wrongAccess }, creds[2] } },
            { "duplicated, both right", { creds[0], creds[1], creds[1], creds[2] } },
            { "right, plus Authorization",
                { creds[0], { "Authorization", "Bearer " + bearer },
                    { "custom_access_token", wrongAccess }, creds[2] } },
        };
        for (const auto &attempt : refused) {
            const Response r = send(attempt.headers);
            QVERIFY2(r.status == 400, attempt.what);
            QVERIFY2(
                r.json.value(u"code"_s).toString() == u"WEB_HUK_INVALID_CREDS"_s, attempt.what);
            QVERIFY2(
                r.json.value(u"message"_s).toString() == u"Invalid credentials."_s, attempt.what);
        }
        // Refused by the guard itself, credentials and all.
        QByteArray head
            = "POST /webhooks/duve HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + bearer
            + "\r\n";
        for (const auto &h : creds)
            head += h.first + ": " + h.second + "\r\n";
        QCOMPARE(RawHttp::exchange(port, head + "Content-Length: 900000000\r\n\r\n").status, 413);

        const QList<QByteArray> secrets { good.accessToken.toUtf8(), good.passwordToken.toUtf8(),
            good.hotelId.toUtf8(), wrongAccess, wrongPassword, bearer };
        auto leaks = [&](const QByteArray &haystack) {
            QStringList found;
            for (const QByteArray &s : secrets)
                if (haystack.contains(s))
                    found.append(QString::fromLatin1(s));
            return found.join(u", "_s);
        };

        // History and its export: every attempt is there, with *** for the values.
        QByteArray exported;
        QList<QJsonObject> entries;
        QTRY_VERIFY_WITH_TIMEOUT((entries = exportHistory(dir, &exported)).size() >= 9, 10000);
        QVERIFY2(leaks(exported).isEmpty(), qPrintable(leaks(exported)));
        QVERIFY(exported.contains("***"));
        int refusedCreds = 0;
        for (const QJsonObject &e : entries)
            refusedCreds += e.value(u"code"_s).toString() == u"WEB_HUK_INVALID_CREDS"_s;
        QCOMPARE(refusedCreds, 7);

        // Logs, with everything at debug level.
        QByteArray log = serve->allErr();
        QVERIFY(log.contains("hubbridge.listener"));
        QVERIFY2(leaks(log).isEmpty(), qPrintable(leaks(log)));

        // The crash output: a fatal signal (AddressSanitizer builds print a report here).
        ::kill(pid_t(serve->pid()), SIGSEGV);
        QVERIFY(serve->process.waitForFinished(15000));
        // A plain build dies of the signal; AddressSanitizer reports it and exits with 1.
        QVERIFY(
            serve->process.exitStatus() == QProcess::CrashExit || serve->process.exitCode() != 0);
        log = serve->allErr() + serve->process.readAllStandardOutput();
        QVERIFY2(leaks(log).isEmpty(), qPrintable(leaks(log)));

        // Nothing in the data directory either (database, WAL, settings).
        QDirIterator files(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            const QString path = files.next();
            const QString found = leaks(fileBytes(path));
            QVERIFY2(found.isEmpty(), qPrintable(path + u": "_s + found));
            ++checked;
        }
        QVERIFY(checked >= 2); // hubbridge.ini and hubbridge.sqlite at least
    }

    void httpsServe()
    {
        const QString dir = dataDir(u"https"_s,
            { { u"listener/tlsCert"_s, u"server.crt"_s },
                { u"listener/tlsKey"_s, u"server.key"_s } });
        const QString made = RawHttp::makeCertificate(dir, u"server"_s);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        auto serve = startServe(dir);
        QVERIFY(serve->url.isValid());
        QCOMPARE(serve->url.scheme(), u"https"_s);

        Client c(serve->port(), true);
        QVERIFY(c.waitConnected());
        c.write(RawHttp::post("/webhooks/duve", freshOrder(), credentialHeaders()));
        const Response r = c.takeResponse(15000);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"status"_s).toString(), u"created"_s);

        Client plain(serve->port());
        QVERIFY(plain.waitConnected());
        plain.write("GET /healthz HTTP/1.1\r\n\r\n");
        QVERIFY(plain.waitClosed(5000));
        QVERIFY(!plain.received().startsWith("HTTP/1.1 2"));
        stop(*serve);
    }

    void httpsMisconfigurationStopsServe_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing certificate")
            << u"missing"_s << u"Cannot read the TLS certificate"_s;
        QTest::newRow("expired certificate") << u"expired"_s << u"expired on 2020-02-01"_s;
        QTest::newRow("key of another certificate") << u"mismatch"_s << u"does not belong"_s;
    }

    void httpsMisconfigurationStopsServe()
    {
        QFETCH(QString, problem);
        QFETCH(QString, message);
        const QString dir = dataDir(u"tls-"_s + problem,
            { { u"listener/tlsCert"_s, u"server.crt"_s },
                { u"listener/tlsKey"_s, u"server.key"_s } });
        if (problem == u"expired"_s) {
            const QString e = RawHttp::makeExpiredCertificate(dir, u"server"_s);
            QVERIFY2(e.isEmpty(), qPrintable(e));
        } else if (problem == u"mismatch"_s) {
            QString e = RawHttp::makeCertificate(dir, u"server"_s);
            QVERIFY2(e.isEmpty(), qPrintable(e));
            e = RawHttp::makeCertificate(dir, u"other"_s);
            QVERIFY2(e.isEmpty(), qPrintable(e));
            QVERIFY(QFile::remove(dir + u"/server.key"_s));
            QVERIFY(QFile::rename(dir + u"/other.key"_s, dir + u"/server.key"_s));
        }
        QByteArray err;
        QCOMPARE(run({ u"serve"_s, u"--data-dir"_s, dir, u"--bind"_s, u"127.0.0.1"_s, u"--port"_s,
                         u"0"_s },
                     nullptr, &err),
            1);
        QVERIFY2(err.contains(message.toUtf8()), err.constData());
    }

    void webhookUrlSaysHttpsWhenTlsIsOn()
    {
        const QString dir = dataDir(u"bridge-url"_s);
        const QString made = RawHttp::makeCertificate(dir, u"server"_s);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        Settings settings(dir);
        const auto store = HistoryStore::create(settings.databasePath());
        QString error;
        QVERIFY2(store->open(&error), qPrintable(error));
        {
            Bridge bridge(&settings, store.get());
            QVERIFY2(bridge.start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
            QCOMPARE(bridge.webhookUrl().scheme(), u"http"_s);
            bridge.stop();
        }
        settings.setValue(Settings::Key::ListenerTlsCert, u"server.crt"_s);
        settings.setValue(Settings::Key::ListenerTlsKey, u"server.key"_s);
        Bridge bridge(&settings, store.get());
        QVERIFY2(bridge.start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        const QUrl url = bridge.webhookUrl();
        QCOMPARE(url.scheme(), u"https"_s);
        QCOMPARE(url.path(), u"/webhooks/duve"_s);
        Client c(bridge.port(), true);
        QVERIFY(c.waitConnected());
        c.write("GET /healthz HTTP/1.1\r\n\r\n");
        QCOMPARE(c.takeResponse().status, 200);
        bridge.stop();
        store->close();
    }
};

QTEST_GUILESS_MAIN(TestListenerSecurity)
#include "tst_listenersecurity.moc"
