// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The real executables: `hubbridge sandbox` as Hub OS and `hubbridge serve` with a temporary
// data directory, driven over HTTP like Duve would, then inspected through the command line.
#include "core/store/postgres/pgconnection.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace Qt::StringLiterals;
using TestSupport::Reply;

class TestEndToEnd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QProcess m_serve;
    QUrl m_sandboxUrl;
    QString m_storeUrl; // [store] url when on PostgreSQL
    QUrl m_metricsUrl;
    QUrl m_webhookUrl;
    QNetworkAccessManager m_nam;
    int m_requests = 0;

    static QProcessEnvironment environment() { return TestSupport::processEnvironment(); }
    static QString waitForLine(QProcess &process, QProcess::ProcessChannel channel,
        const QRegularExpression &pattern, int timeoutMs = 10000)
    {
        return TestSupport::waitForLine(process, channel, pattern, timeoutMs);
    }

    QString dataDir() const { return m_dir.filePath(u"data"_s); }

    bool startServe()
    {
        m_serve.setProcessEnvironment(environment());
        m_serve.start(TestSupport::hubbridgeBinary(),
            { u"serve"_s, u"--data-dir"_s, dataDir(), u"--bind"_s, u"127.0.0.1"_s, u"--port"_s,
                u"0"_s });
        m_metricsUrl = QUrl(waitForLine(
            m_serve, QProcess::StandardError, QRegularExpression(u"metrics on (http://\\S+)"_s)));
        const QString url = waitForLine(
            m_serve, QProcess::StandardError, QRegularExpression(u"listening on (http://\\S+)"_s));
        m_webhookUrl = QUrl(url);
        return m_webhookUrl.isValid() && !url.isEmpty();
    }

    // Runs a hubbridge command to completion; returns its exit code.
    static int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr,
        const QByteArray &input = {})
    {
        const TestSupport::Ran ran = TestSupport::runHubbridge(args, input, environment());
        if (out)
            *out = ran.out;
        if (err)
            *err = ran.err;
        return ran.code;
    }

    Reply post(const QByteArray &body)
    {
        ++m_requests;
        return TestSupport::send(m_nam, "POST", m_webhookUrl, body,
            TestSupport::duveHeaders(TestSupport::testCredentials()));
    }

    // A second `serve` on the same PostgreSQL database (another instance of a hotel group's
    // service), with its own data folder: the first one's settings and `changes`. Its webhook URL.
    QUrl startOtherInstance(QProcess &serve, const QString &name,
        const QList<QPair<QString, QVariant>> &changes = {}, const QStringList &extraArgs = {})
    {
        const QString dir = m_dir.filePath(name);
        QDir().mkpath(dir);
        QFile::remove(dir + u"/hubbridge.ini"_s);
        if (!QFile::copy(dataDir() + u"/hubbridge.ini"_s, dir + u"/hubbridge.ini"_s))
            return {};
        {
            QSettings ini(dir + u"/hubbridge.ini"_s, QSettings::IniFormat);
            ini.setValue(u"metrics/port"_s, 0);
            for (const auto &[key, value] : changes)
                ini.setValue(key, value);
        }
        serve.setProcessEnvironment(environment());
        serve.start(TestSupport::hubbridgeBinary(),
            QStringList {
                u"serve"_s, u"--data-dir"_s, dir, u"--bind"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s }
                + extraArgs);
        return QUrl(waitForLine(serve, QProcess::StandardError,
            QRegularExpression(u"listening on (http://[^\\s\"]+)"_s)));
    }

    QNetworkReply *postAsync(const QUrl &url, const QByteArray &body)
    {
        QNetworkRequest request(url);
        for (const auto &h : TestSupport::duveHeaders(TestSupport::testCredentials()))
            request.setRawHeader(h.first, h.second);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        ++m_requests;
        return m_nam.post(request, body);
    }

    // Hub OS calls that created (or found) a task for `orderId`.
    int taskCallsFor(const QString &orderId)
    {
        QUrl url = m_sandboxUrl;
        url.setPath(u"/_sandbox/calls"_s);
        int n = 0;
        for (const QJsonValue c :
            TestSupport::send(m_nam, "GET", url).json.value(u"calls"_s).toArray()) {
            const QJsonObject call = c.toObject();
            n += call.value(u"path"_s).toString() == u"/v1/tasks"_s
                && call.value(u"idempotencyKey"_s).toString().contains(orderId);
        }
        return n;
    }

    bool setSandboxLatency(int ms)
    {
        QUrl faults = m_sandboxUrl;
        faults.setPath(u"/_sandbox/faults"_s);
        return TestSupport::send(m_nam, "POST", faults,
                   QByteArray(R"({"latencyMs":)") + QByteArray::number(ms) + '}')
                   .status
            == 200;
    }

    QJsonArray sandboxTasks()
    {
        QUrl url = m_sandboxUrl;
        url.setPath(u"/_sandbox/tasks"_s);
        return TestSupport::send(m_nam, "GET", url).json.value(u"tasks"_s).toArray();
    }

    QList<QJsonObject> exportHistory()
    {
        const QString file = m_dir.filePath(u"history.jsonl"_s);
        QByteArray out;
        QByteArray err;
        if (run({ u"history"_s, u"export"_s, file, u"--data-dir"_s, dataDir() }, &out, &err) != 0) {
            qWarning("history export failed: %s", err.constData());
            return {};
        }
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        QList<QJsonObject> entries;
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            if (!line.isEmpty())
                entries.append(QJsonDocument::fromJson(line).object());
        }
        return entries;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(TestSupport::hubbridgeBinary()));

        m_sandbox.setProcessEnvironment(environment());
        m_sandbox.start(TestSupport::hubbridgeBinary(), { u"sandbox"_s, u"--port"_s, u"0"_s });
        m_sandboxUrl = QUrl(waitForLine(m_sandbox, QProcess::StandardOutput,
            QRegularExpression(u"sandbox on (http://\\S+)"_s)));
        QVERIFY(m_sandboxUrl.isValid() && m_sandboxUrl.port() > 0);

        QDir().mkpath(dataDir());
        QSettings ini(dataDir() + u"/hubbridge.ini"_s, QSettings::IniFormat);
        ini.setValue(u"hubos/url"_s, m_sandboxUrl.toString());
        ini.setValue(u"delivery/backoffMs"_s, 100);
        ini.setValue(u"metrics/port"_s, TestSupport::freePort()); // /metrics
        // The same contract on PostgreSQL when run as "endtoend_postgres".
        if (TestSupport::onPostgres()) {
            m_storeUrl = TestSupport::freshStoreUrl(u"hubbridge_endtoend"_s);
            ini.setValue(u"store/url"_s, m_storeUrl);
        }
        ini.sync();
        QVERIFY(startServe());
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

    void commandLineHelpAndVersion()
    {
        QByteArray out;
        QCOMPARE(run({ u"--version"_s }, &out), 0);
        QVERIFY(out.contains(HUBBRIDGE_VERSION));
        QCOMPARE(run({ u"--help"_s }, &out), 0);
        for (const char *command : { "serve", "sandbox", "mappings", "history" })
            QVERIFY2(out.contains(command), command);
        QCOMPARE(run({ u"serve"_s, u"--help"_s }, &out), 0);
        QVERIFY(out.contains("--data-dir") && out.contains("--port") && out.contains("--bind"));
        QByteArray err;
        QCOMPARE(
            run({ u"serve"_s, u"--data-dir"_s, dataDir(), u"--port"_s, u"eighty"_s }, &out, &err),
            1);
        QVERIFY(err.contains("--port"));
    }

    // --version names the licence (GNU style), after the plain "hubbridge <version>" line.
    void versionNamesTheLicence()
    {
        QByteArray out;
        QCOMPARE(run({ u"--version"_s }, &out), 0);
        const QList<QByteArray> lines = out.split('\n');
        QCOMPARE(lines.value(0).trimmed(), QByteArray("hubbridge " HUBBRIDGE_VERSION));
        QVERIFY2(out.contains("License GPL-3.0-or-later"), out.constData());
        QVERIFY(out.contains("NO WARRANTY"));
        QCOMPARE(run({ u"-v"_s }, &out), 0);
        QVERIFY(out.contains("GPL-3.0-or-later"));
    }

    void healthz()
    {
        QUrl url = m_webhookUrl;
        url.setPath(u"/healthz"_s);
        const Reply r = TestSupport::send(m_nam, "GET", url);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(r.json.value(u"version"_s).toString(), QStringLiteral(HUBBRIDGE_VERSION));
        QCOMPARE(r.json.value(u"listening"_s).toBool(), true);
        QCOMPARE(r.json.value(u"pending"_s).toInt(), 0);

        // HEAD, a load balancer's check from this host: the status alone, without reading the
        // history for the detail's counts (its length is that of {"status":"ok"}).
        const Reply head = TestSupport::send(m_nam, "HEAD", url);
        QCOMPARE(head.status, 200);
        QByteArray length;
        for (const auto &[name, value] : head.headers)
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                length = value;
        QCOMPARE(length, QByteArray::number(qsizetype(strlen(R"({"status":"ok"})"))));
    }

    void samplesOverHttp_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected"); // status field or error code
        QTest::newRow("custom service")
            << u"orderCreated.custom-service.json"_s << 200 << u"created"_s;
        QTest::newRow("multiple items")
            << u"orderCreated.multiple-items.json"_s << 200 << u"created"_s;
        QTest::newRow("paid order") << u"orderCreated.json"_s << 200 << u"skipped"_s;
        QTest::newRow("room assigned")
            << u"reservationRoomAssign.assumed.json"_s << 200 << u"recorded"_s;
        QTest::newRow("reservation") << u"reservationCreated.json"_s << 200 << u"recorded"_s;
        QTest::newRow("pre check-in") << u"preCheckInDone.json"_s << 200 << u"ignored"_s;
        QTest::newRow("pre check-out updated")
            << u"preCheckOutUpdated.json"_s << 200 << u"ignored"_s;
        QTest::newRow("pre check-out done") << u"preCheckOutDone.json"_s << 200 << u"ignored"_s;
        QTest::newRow("document") << u"guestDocumentUploaded.json"_s << 200 << u"ignored"_s;
        QTest::newRow("link opened") << u"guestLinkOpened.json"_s << 200 << u"ignored"_s;
        QTest::newRow("chat (invalid JSON)")
            << u"chatMessageSent.as-documented.txt"_s << 400 << u"WEB_HUK_MALFORMED_JSON"_s;
        QTest::newRow("refund (truncated)")
            << u"orderRefunded.as-documented.txt"_s << 400 << u"WEB_HUK_MALFORMED_JSON"_s;
        QTest::newRow("custom service again")
            << u"orderCreated.custom-service.json"_s << 200 << u"created"_s;
        QTest::newRow("cancelled (unknown order)")
            << u"orderCancelled.json"_s << 200 << u"ignored"_s;
    }

    void samplesOverHttp()
    {
        QFETCH(QString, sample);
        QFETCH(int, status);
        QFETCH(QString, expected);
        const Reply r = post(TestSupport::sample(sample));
        QCOMPARE(r.status, status);
        const QString got = r.json.contains(u"code"_s) ? r.json.value(u"code"_s).toString()
                                                       : r.json.value(u"status"_s).toString();
        QCOMPARE(got, expected);
        if (QString::fromLatin1(QTest::currentDataTag()) == u"custom service again"_s)
            QCOMPARE(r.json.value(u"duplicate"_s).toBool(), true);
    }

    void tasksReachedHubOsOnce()
    {
        const QJsonArray tasks = sandboxTasks();
        QCOMPARE(tasks.size(), 3); // towels + sheets + pillows, the duplicate added nothing
        QSet<QString> refs;
        for (const QJsonValue &t : tasks) {
            refs.insert(t[u"externalRef"_s].toString());
            QCOMPARE(t[u"idempotencyKey"_s].toString(), t[u"externalRef"_s].toString());
            QCOMPARE(t[u"task"_s][u"room"_s].toString(), u"204"_s);
            QCOMPARE(t[u"task"_s][u"guestName"_s].toString(), u"Bobby Smith"_s);
        }
        QVERIFY(refs.contains(u"duve:63be7b757c2370fadee27c01:0"_s));
        QVERIFY(refs.contains(u"duve:63be7b757c2370fadee27c02:0"_s));
        QVERIFY(refs.contains(u"duve:63be7b757c2370fadee27c02:1"_s));
    }

    // Prometheus' text format on its own port, after the orders above.
    void metricsInPrometheusFormat()
    {
        QVERIFY(m_metricsUrl.isValid());
        QCOMPARE(m_metricsUrl.host(), u"127.0.0.1"_s);
        QVERIFY(m_metricsUrl.port() != m_webhookUrl.port());
        const Reply r = TestSupport::send(m_nam, "GET", m_metricsUrl);
        QCOMPARE(r.status, 200);
        QByteArray type;
        for (const auto &h : r.headers) {
            if (h.first.compare("content-type", Qt::CaseInsensitive) == 0)
                type = h.second;
        }
        QVERIFY2(type.startsWith("text/plain; version=0.0.4"), type.constData());
        // name{labels} value, per line; the families' HELP and TYPE before them.
        QHash<QByteArray, double> values;
        for (const QByteArray &line : r.body.split('\n')) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const qsizetype space = line.lastIndexOf(' ');
            QVERIFY2(space > 0, line.constData());
            values.insert(line.left(space), line.mid(space + 1).toDouble());
        }
        QCOMPARE(values.value("hubbridge_up"), 1.0);
        const QByteArray store = TestSupport::onPostgres() ? "postgresql" : "sqlite";
        QVERIFY2(values.contains("hubbridge_build_info{version=\"" HUBBRIDGE_VERSION "\",store=\""
                     + store + "\"}"),
            r.body.constData());
        QVERIFY(r.body.contains("# TYPE hubbridge_requests_total counter"));
        QVERIFY(
            values.value("hubbridge_requests_total{outcome=\"created\",traffic=\"order\"}") >= 1);
        QVERIFY(values.value("hubbridge_requests_total{outcome=\"duplicate\",traffic=\"order\"}")
                + values.value("hubbridge_requests_total{outcome=\"created\",traffic=\"order\"}")
            >= 2);
        // The three tasks took at least three Hub OS exchanges; every request waited for its
        // record.
        QVERIFY(values.value("hubbridge_hubos_request_duration_seconds_count") >= 3);
        QCOMPARE(values.value("hubbridge_hubos_request_duration_seconds_bucket{le=\"+Inf\"}"),
            values.value("hubbridge_hubos_request_duration_seconds_count"));
        QVERIFY(values.value("hubbridge_store_write_seconds_count") >= 5);
        QCOMPARE(values.value("hubbridge_store_failing"), 0.0);
        QCOMPARE(values.value("hubbridge_listening"), 1.0);
        QVERIFY(values.contains("hubbridge_outbox_orders"));
        QVERIFY(values.contains("hubbridge_outbox_oldest_due_seconds"));

        // Not on the public webhook's port, and nothing but /metrics on its own.
        QUrl publicMetrics = m_webhookUrl;
        publicMetrics.setPath(u"/metrics"_s);
        QVERIFY(!TestSupport::send(m_nam, "GET", publicMetrics).body.contains("hubbridge_up"));
        ++m_requests; // recorded there, as any request to an unknown path
        QUrl other = m_metricsUrl;
        other.setPath(u"/webhooks/duve"_s);
        QCOMPARE(TestSupport::send(m_nam, "POST", other, "{}").status, 404);
    }

    void cancellationReachesHubOs()
    {
        const QByteArray cancel = TestSupport::withOrderId(
            TestSupport::sample(u"orderCancelled.json"_s), u"63be7b757c2370fadee27c02"_s);
        const Reply r = post(cancel);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"status"_s).toString(), u"cancelled"_s);
        int cancelled = 0;
        for (const QJsonValue &t : sandboxTasks())
            cancelled += t[u"state"_s].toString() == u"cancelled"_s;
        QCOMPARE(cancelled, 2);
    }

    void wrongCredentialsAreRefused()
    {
        HubOsCredentials wrong = TestSupport::testCredentials();
        wrong.passwordToken = u"guess"_s;
        ++m_requests;
        const Reply r = TestSupport::send(m_nam, "POST", m_webhookUrl,
            TestSupport::sample(u"orderCreated.custom-service.json"_s),
            TestSupport::duveHeaders(wrong, true));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(u"code"_s).toString(), u"WEB_HUK_INVALID_CREDS"_s);
        QCOMPARE(r.json.value(u"message"_s).toString(), u"Invalid credentials."_s);
    }

    // Issue 15: the command line, /healthz and the window count problems one way (the core's
    // ProblemReport): an order for a room Hub OS does not know is one problem, a scanner is none.
    void problemsOnTheCommandLineMatchHealthz()
    {
        QJsonObject root = QJsonDocument::fromJson(
            TestSupport::withOrderId(TestSupport::sample(u"orderCreated.custom-service.json"_s),
                u"e2e-problem-%1"_s.arg(QDateTime::currentMSecsSinceEpoch())))
                               .object();
        QJsonObject resource = root.value(u"resource"_s).toObject();
        resource.insert(u"roomNumber"_s, u"4040"_s);
        root.insert(u"resource"_s, resource);
        QCOMPARE(post(QJsonDocument(root).toJson()).status, 400);
        QUrl scan = m_webhookUrl;
        scan.setPath(u"/wp-login.php"_s);
        QCOMPARE(TestSupport::send(m_nam, "GET", scan).status, 404);
        ++m_requests;

        QUrl health = m_webhookUrl;
        health.setPath(u"/healthz"_s);
        const int failed = TestSupport::send(m_nam, "GET", health).json.value(u"failed"_s).toInt();
        QVERIFY(failed >= 1);
        QByteArray out;
        QByteArray err;
        QCOMPARE(run({ u"history"_s, u"problems"_s, u"--data-dir"_s, dataDir() }, &out, &err), 0);
        QVERIFY2(out.startsWith(QByteArray("needs attention: " + QByteArray::number(failed) + ",")),
            out.constData());
        QVERIFY2(out.contains("Hub OS does not know room 4040 (1)"), out.constData());
        QVERIFY2(!out.contains("wp-login"), out.constData());
    }

    void sighupReloadsTheSettingsAndKeepsServing()
    {
        // Issue 14, item 5: SIGHUP ended serve (status 129), and systemd's Restart=on-failure
        // left it down. It reads the settings (and the certificate) again instead.
        const auto setMaxItems = [this](int n) {
            QSettings ini(dataDir() + u"/hubbridge.ini"_s, QSettings::IniFormat);
            ini.setValue(u"delivery/maxItems"_s, n);
            ini.sync();
        };
        const auto hangUp = [this] {
            QVERIFY(::kill(pid_t(m_serve.processId()), SIGHUP) == 0);
            const QString url = waitForLine(m_serve, QProcess::StandardError,
                QRegularExpression(u"reloaded; listening on (http://\\S+)"_s));
            QVERIFY2(!url.isEmpty(), "serve must say it reloaded");
            QCOMPARE(m_serve.state(), QProcess::Running);
            m_webhookUrl = QUrl(url); // --port 0: a new port; a configured port stays
        };
        const QByteArray twoItems = TestSupport::withOrderId(
            TestSupport::sample(u"orderCreated.multiple-items.json"_s), u"after-hup"_s);
        setMaxItems(1);
        hangUp();
        const Reply refused = post(twoItems);
        QCOMPARE(refused.status, 403); // the new setting holds
        QCOMPARE(refused.json.value(u"code"_s).toString(), u"WEB_HUK_INVALID_BODY"_s);
        setMaxItems(50);
        hangUp();
        QCOMPARE(post(twoItems).status, 200);
    }

    void shutdownFinishesOrdersInFlight()
    {
        QUrl faults = m_sandboxUrl;
        faults.setPath(u"/_sandbox/faults"_s);
        QCOMPARE(TestSupport::send(m_nam, "POST", faults, R"({"latencyMs":1200})").status, 200);

        QNetworkRequest request(m_webhookUrl);
        for (const auto &h : TestSupport::duveHeaders(TestSupport::testCredentials()))
            request.setRawHeader(h.first, h.second);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        ++m_requests;
        QNetworkReply *reply = m_nam.post(request,
            TestSupport::withOrderId(
                TestSupport::sample(u"orderCreated.custom-service.json"_s), u"order-in-flight"_s));
        QTest::qWait(400); // the order is now waiting on Hub OS
        m_serve.terminate(); // SIGTERM
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll())[u"status"_s].toString(), u"created"_s);
        reply->deleteLater();
        if (m_serve.state() != QProcess::NotRunning)
            QVERIFY(m_serve.waitForFinished(10000));
        QCOMPARE(m_serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_serve.exitCode(), 0);
        QCOMPARE(TestSupport::send(m_nam, "POST", faults, R"({"latencyMs":0})").status, 200);
    }

    void historyExportHasEveryRequest()
    {
        const QList<QJsonObject> entries = exportHistory();
        QCOMPARE(entries.size(), m_requests);
        for (const QJsonObject &e : entries) {
            for (const char *key : { "receivedAt", "event", "orderId", "room", "guest",
                     "externalIds", "status", "code", "message", "tasks", "headers", "body" })
                QVERIFY2(e.contains(QLatin1String(key)), key);
            const QJsonObject headers = e.value(u"headers"_s).toObject();
            for (auto it = headers.begin(); it != headers.end(); ++it) {
                if (it.key().startsWith(u"custom"_s))
                    QCOMPARE(it.value().toString(), u"***"_s);
            }
        }
        const QJsonObject first = entries.front();
        QCOMPARE(first.value(u"event"_s).toString(), u"orderCreated"_s);
        QCOMPARE(first.value(u"orderId"_s).toString(), u"63be7b757c2370fadee27c01"_s);
        QCOMPARE(first.value(u"room"_s).toString(), u"204"_s);
        QCOMPARE(first.value(u"guest"_s).toString(), u"Bobby Smith"_s);
        QCOMPARE(first.value(u"externalIds"_s).toArray(), QJsonArray { u"4"_s });
        QCOMPARE(first.value(u"status"_s).toInt(), 200);
        QCOMPARE(first.value(u"tasks"_s).toArray().size(), 1);
        QVERIFY(first.value(u"tasks"_s)[0][u"taskId"_s].toString().startsWith(u"HT-"_s));
        QCOMPARE(first.value(u"attempts"_s).toArray().size(), 1);
        QCOMPARE(first.value(u"body"_s)[u"event"_s].toString(), u"orderCreated"_s);
        const QJsonObject malformed = entries[10];
        QCOMPARE(malformed.value(u"code"_s).toString(), u"WEB_HUK_MALFORMED_JSON"_s);
        QCOMPARE(malformed.value(u"status"_s).toInt(), 400);
    }

    void noCredentialValueAnywhereInTheDataDirectory()
    {
        const HubOsCredentials c = TestSupport::testCredentials();
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            ++files;
            for (const QString &secret : { c.hotelId, c.accessToken, c.passwordToken })
                QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(f.fileName()));
        }
        // ini, export (and the database, on SQLite)
        QVERIFY(files >= (TestSupport::onPostgres() ? 2 : 3));
        if (TestSupport::onPostgres()) {
            // Nor in any row of the database.
            PgConnection db;
            QVERIFY(db.open(m_storeUrl + u"?application_name=tests"_s, nullptr));
            const PgResult r = db.exec(u"SELECT string_agg(t, ' ') FROM (SELECT e::text AS t "
                                       "FROM entries e UNION ALL SELECT a::text FROM attempts a "
                                       "UNION ALL SELECT o::text FROM orders o) rows"_s);
            QVERIFY2(r.ok() && r.rows() == 1, qPrintable(r.error()));
            const QByteArray everything = r.text(0, 0).toUtf8();
            QVERIFY(everything.contains("orderCreated"));
            for (const QString &secret : { c.hotelId, c.accessToken, c.passwordToken })
                QVERIFY(!everything.contains(secret.toUtf8()));
        }
        // Nor in what serve printed.
        const QByteArray log = m_serve.readAllStandardError() + m_serve.readAllStandardOutput();
        for (const QString &secret : { c.hotelId, c.accessToken, c.passwordToken })
            QVERIFY(!log.contains(secret.toUtf8()));
    }

    void restartKeepsOrdersIdempotent()
    {
        QVERIFY(startServe());
        // The order created before the restart is still known: a duplicate, no new task.
        const int before = int(sandboxTasks().size());
        const Reply r = post(TestSupport::sample(u"orderCreated.multiple-items.json"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"duplicate"_s).toBool(), true);
        QCOMPARE(int(sandboxTasks().size()), before);
        QUrl health = m_webhookUrl;
        health.setPath(u"/healthz"_s);
        QCOMPARE(TestSupport::send(m_nam, "GET", health).json.value(u"pending"_s).toInt(), 0);
    }

    void mappingsExportAndImport()
    {
        const QString exported = m_dir.filePath(u"mappings.csv"_s);
        QByteArray out;
        QByteArray err;
        QCOMPARE(
            run({ u"mappings"_s, u"export"_s, exported, u"--data-dir"_s, dataDir() }, &out, &err),
            0);
        QFile f(exported);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.front(), QByteArray("duve_external_id,hubos_task_type_id,label"));
        QCOMPARE(lines.size(), 26);
        QCOMPARE(lines[3], QByteArray("4,4,Serve towels"));

        const QByteArray bad = "duve_external_id,hubos_task_type_id,label\n"
                               "200,4,Towel service\n"
                               "abc,3,Room cleaning\n"
                               "100,3,Room cleaning\n"
                               "100,five,Again\n"
                               "300,10\n";
        const QString badFile = m_dir.filePath(u"bad.csv"_s);
        QFile b(badFile);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(bad);
        b.close();
        QCOMPARE(
            run({ u"mappings"_s, u"import"_s, badFile, u"--data-dir"_s, dataDir() }, &out, &err),
            1);
        QVERIFY2(err.contains("line 3") && err.contains("line 5"), err.constData());
        QVERIFY(!err.contains("line 2") && !err.contains("line 4") && !err.contains("line 6"));
        QByteArray unchanged;
        QCOMPARE(
            run({ u"mappings"_s, u"export"_s, u"-"_s, u"--data-dir"_s, dataDir() }, &unchanged), 0);
        QCOMPARE(unchanged.count('\n'), 26); // nothing changed

        const QByteArray good = "duve_external_id,hubos_task_type_id,label\n"
                                "200,4,Towel service\n"
                                "100,3,\"Room cleaning, daily\"\n";
        QCOMPARE(run({ u"mappings"_s, u"import"_s, u"-"_s, u"--data-dir"_s, dataDir() }, &out, &err,
                     good),
            0);
        QByteArray now;
        QCOMPARE(run({ u"mappings"_s, u"export"_s, u"-"_s, u"--data-dir"_s, dataDir() }, &now), 0);
        QCOMPARE(now,
            QByteArray("duve_external_id,hubos_task_type_id,label\n"
                       "100,3,\"Room cleaning, daily\"\n"
                       "200,4,Towel service\n"));

        // The running listener uses the new table for the next order, without a restart.
        const Reply unknown = post(TestSupport::withOrderId(
            TestSupport::sample(u"orderCreated.custom-service.json"_s), u"after-import"_s));
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.json.value(u"message"_s).toString(), u"Unknown external ID 4"_s);
    }

    void resendFromTheCommandLine()
    {
        // The order refused above for its unknown external ID 4: map 4 again, then resend.
        const QList<QJsonObject> entries = exportHistory();
        QVERIFY(!entries.isEmpty());
        const QJsonObject refused = entries.back();
        QCOMPARE(refused.value(u"orderId"_s).toString(), u"after-import"_s);
        const QString id = QString::number(refused.value(u"id"_s).toInteger());

        const QByteArray mapping = "duve_external_id,hubos_task_type_id,label\n4,4,Serve towels\n";
        QByteArray out;
        QByteArray err;
        QCOMPARE(run({ u"mappings"_s, u"import"_s, u"-"_s, u"--data-dir"_s, dataDir() }, &out, &err,
                     mapping),
            0);
        QCOMPARE(run({ u"history"_s, u"resend"_s, u"--status"_s, u"rejected"_s, u"--dry-run"_s,
                         u"--data-dir"_s, dataDir() },
                     &out, &err),
            0);
        QVERIFY2(out.contains(" to resend"), out.constData());

        const int before = int(sandboxTasks().size());
        QCOMPARE(run({ u"history"_s, u"resend"_s, u"--id"_s, id, u"--data-dir"_s, dataDir() }, &out,
                     &err),
            0);
        QVERIFY2(out.contains("1 entry to resend"), out.constData());
        QVERIFY2(out.contains("order after-import: 200 created HT-"), out.constData());
        QVERIFY2(out.contains("resent 1: 1 created"), out.constData());
        QCOMPARE(int(sandboxTasks().size()), before + 1);

        // Again: the same idempotency key, so no second task.
        QCOMPARE(run({ u"history"_s, u"resend"_s, u"--id"_s, id, u"--data-dir"_s, dataDir() }, &out,
                     &err),
            0);
        QVERIFY2(out.contains("200 duplicate"), out.constData());
        QCOMPARE(int(sandboxTasks().size()), before + 1);
    }

    // [hubos] useSandbox=true and no Hub OS URL: serve starts the built-in sandbox and delivers
    // to it, as the window does (both are built by Runtime).
    // A real full disk: a 4 MiB tmpfs in a mount namespace of the test's own (no root needed),
    // filled to the last block before `serve` starts. SQLite says "disk I/O error" there; the
    // hotel must read that the disk is full, which one, and how much is needed.
    void startOnAFullDiskSaysSo_data()
    {
        QTest::addColumn<bool>("existingHistory");
        QTest::newRow("first start") << false;
        QTest::newRow("existing history") << true;
    }

    // The database server goes away (a restart, a failover, maintenance) and comes back: no order
    // is acknowledged without its record, /healthz says why, and serve recovers by itself.
    void databaseOutageAnswers503ThenRecovers()
    {
        if (!TestSupport::onPostgres())
            QSKIP("a database server that goes away: run as endtoend_postgres");
        const QString database = QUrl(m_storeUrl).path().mid(1);
        const auto admin = [](const QString &statement) {
            PgConnection db;
            return db.open(u"postgresql:///postgres?application_name=tests"_s, nullptr)
                && db.exec(statement).ok();
        };
        QUrl health = m_webhookUrl;
        health.setPath(u"/healthz"_s);
        const QByteArray order = TestSupport::withOrderId(
            TestSupport::sample(u"orderCreated.custom-service.json"_s), u"outage-1"_s);

        QVERIFY(admin(u"ALTER DATABASE %1 ALLOW_CONNECTIONS false"_s.arg(database)));
        QVERIFY(admin(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                      "application_name = 'hubbridge'"_s));
        const Reply refused = post(order);
        QCOMPARE(refused.status, 503);
        const Reply sick = TestSupport::send(m_nam, "GET", health);
        QCOMPARE(sick.status, 503);
        QVERIFY2(sick.json.value(u"problem"_s).toString().contains(u"cannot be written"_s),
            sick.body.constData());

        QVERIFY(admin(u"ALTER DATABASE %1 ALLOW_CONNECTIONS true"_s.arg(database)));
        const Reply created = post(order); // Duve's re-send
        QCOMPARE(created.status, 200);
        QCOMPARE(created.json.value(u"status"_s).toString(), u"created"_s);
        QCOMPARE(TestSupport::send(m_nam, "GET", health).status, 200);
    }

    // A read that fails is not a "not found": with the mappings unreadable (and the entries
    // writable), an order is answered 503 for Duve to retry, not refused as unknown.
    void aFailedReadIsNotTakenForNotFound()
    {
        if (!TestSupport::onPostgres())
            QSKIP("a table of the database that cannot be read: run as endtoend_postgres");
        PgConnection db;
        QVERIFY(db.open(m_storeUrl + u"?application_name=tests"_s, nullptr));
        QVERIFY(db.exec(u"ALTER TABLE mappings RENAME TO mappings_away"_s).ok());
        const QByteArray order = TestSupport::withOrderId(
            TestSupport::sample(u"orderCreated.custom-service.json"_s), u"unreadable-1"_s);
        const Reply refused = post(order);
        QVERIFY(db.exec(u"ALTER TABLE mappings_away RENAME TO mappings"_s).ok());
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.json.value(u"code"_s).toString(), u"STORE_UNAVAILABLE"_s);
        const PgResult recorded = db.exec(u"SELECT count(*) FROM entries WHERE order_key = "
                                          "'unreadable-1' AND code = 'STORE_UNAVAILABLE'"_s);
        QCOMPARE(recorded.integer(0, 0), 1); // recorded before it was answered

        const Reply created = post(order); // Duve's re-send
        QCOMPARE(created.status, 200);
        QCOMPARE(created.json.value(u"status"_s).toString(), u"created"_s);
    }

    // Instances sharing a data folder (hubbridge@.service) each need a /metrics port of their own.
    void metricsPortFromTheCommandLine()
    {
        const quint16 port = TestSupport::freePort();
        QVERIFY(port != 0);
        QProcess serve;
        QVERIFY(startOtherInstance(
            serve, u"metrics-port"_s, {}, { u"--metrics-port"_s, QString::number(port) })
                    .isValid());
        const Reply metrics
            = TestSupport::send(m_nam, "GET", QUrl(u"http://127.0.0.1:%1/metrics"_s.arg(port)));
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.body.contains("hubbridge_up 1"));
        serve.terminate();
        QVERIFY(serve.waitForFinished(10000));
    }

    // --log-format json: every line is one JSON object, and the lines about an order name it in a
    // field of its own (a log collector follows one order through them).
    void jsonLogsNameTheOrderOfEachLine()
    {
        QProcess serve;
        const QUrl url
            = startOtherInstance(serve, u"json-logs"_s, {}, { u"--log-format"_s, u"json"_s });
        QVERIFY(url.isValid()); // "listening on" is the message of a JSON line too
        const QString key = u"json-log-1"_s;
        QNetworkReply *reply = postAsync(url,
            TestSupport::withOrderId(
                TestSupport::sample(u"orderCreated.custom-service.json"_s), key));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        serve.terminate();
        QVERIFY(serve.waitForFinished(10000));
        QList<QJsonObject> lines;
        for (const QByteArray &line : serve.readAllStandardError().split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            QVERIFY2(doc.isObject(), line.constData());
            lines.append(doc.object());
        }
        QVERIFY(lines.size() >= 3);
        bool answered = false;
        for (const QJsonObject &o : std::as_const(lines)) {
            QVERIFY(
                QDateTime::fromString(o.value(u"time"_s).toString(), Qt::ISODateWithMs).isValid());
            QVERIFY(!o.value(u"level"_s).toString().isEmpty());
            QVERIFY(!o.value(u"message"_s).toString().contains(QChar(0x1d)));
            if (o.value(u"order"_s).toString().contains(key)) {
                QCOMPARE(o.value(u"category"_s).toString(), u"hubbridge.listener"_s);
                QVERIFY2(o.value(u"message"_s).toString().contains(u"-> 200"_s),
                    qPrintable(o.value(u"message"_s).toString()));
                answered = true;
            }
        }
        QVERIFY(answered);
    }

    // Duve re-sends an order to a second instance while the first is still with Hub OS: the
    // second waits for the first and gives the same answer, and Hub OS is called once.
    void aResendToAnotherInstanceWaitsForTheFirst()
    {
        if (!TestSupport::onPostgres())
            QSKIP("instances sharing a database: run as endtoend_postgres");
        QProcess other;
        const QUrl otherUrl = startOtherInstance(other, u"instance-2"_s);
        QVERIFY(otherUrl.isValid());
        QVERIFY(setSandboxLatency(1200));
        const QByteArray order = TestSupport::withOrderId(
            TestSupport::sample(u"orderCreated.custom-service.json"_s), u"two-instances-1"_s);

        QNetworkReply *first = postAsync(m_webhookUrl, order);
        QTest::qWait(400); // the first instance is with Hub OS now
        QNetworkReply *second = postAsync(otherUrl, order);
        QTRY_VERIFY_WITH_TIMEOUT(first->isFinished() && second->isFinished(), 10000);
        QVERIFY(setSandboxLatency(0));
        QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QJsonObject firstAnswer = QJsonDocument::fromJson(first->readAll()).object();
        const QJsonObject secondAnswer = QJsonDocument::fromJson(second->readAll()).object();
        QCOMPARE(firstAnswer.value(u"status"_s).toString(), u"created"_s);
        QCOMPARE(secondAnswer.value(u"duplicate"_s).toBool(), true);
        firstAnswer.insert(u"duplicate"_s, true);
        QCOMPARE(secondAnswer, firstAnswer);
        QCOMPARE(taskCallsFor(u"two-instances-1"_s), 1);
        first->deleteLater();
        second->deleteLater();
        other.terminate();
        QVERIFY(other.waitForFinished(10000));
    }

    // An instance stalls (SIGSTOP) with an order while Hub OS works on it. When its claim's lease
    // runs out, another instance takes the order over and settles it; the stalled one, woken up,
    // cannot overwrite that: one task, the order created once, by the one that took over.
    void aStalledInstancesOrderIsTakenOver()
    {
        if (!TestSupport::onPostgres())
            QSKIP("instances sharing a database: run as endtoend_postgres");
        QProcess stalled;
        const QUrl stalledUrl = startOtherInstance(stalled, u"instance-stalled"_s,
            { { u"delivery/answerWithinMs"_s, 1500 }, { u"store/claimLeaseSeconds"_s, 1 } });
        QVERIFY(stalledUrl.isValid());
        QVERIFY(setSandboxLatency(800));
        const QByteArray order = TestSupport::withOrderId(
            TestSupport::sample(u"orderCreated.custom-service.json"_s), u"stalled-1"_s);
        QNetworkReply *reply = postAsync(stalledUrl, order);
        QTest::qWait(300); // with Hub OS
        ::kill(pid_t(stalled.processId()), SIGSTOP);
        // Its lease (answerWithinMs + 2 s = 3.5 s) runs out; the first instance's outbox looks at
        // least every second and takes the order over.
        PgConnection db;
        QVERIFY(db.open(m_storeUrl + u"?application_name=tests"_s, nullptr));
        const auto state = [&db] {
            return db.exec(u"SELECT state FROM orders WHERE order_key LIKE '%stalled-1%'"_s)
                .text(0, 0);
        };
        QTRY_COMPARE_WITH_TIMEOUT(state(), u"created"_s, 15000);
        const qint64 fence = db.exec(u"SELECT count(*) FROM order_claims WHERE order_key LIKE "
                                     "'%stalled-1%'"_s)
                                 .integer(0, 0);
        QCOMPARE(fence, 0); // released by the one that took over
        ::kill(pid_t(stalled.processId()), SIGCONT);
        // Woken up, it answers what the one that took over stored, not its own result.
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QVERIFY(setSandboxLatency(0));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(answer.value(u"status"_s).toString(), u"created"_s);
        QCOMPARE(answer.value(u"duplicate"_s).toBool(), true);
        reply->deleteLater();
        stalled.terminate();
        QVERIFY(stalled.waitForFinished(10000));
        const QByteArray log = stalled.readAllStandardError();
        QVERIFY2(log.contains("was settled by another instance meanwhile"), log.constData());
        QCOMPARE(state(), u"created"_s);
        int tasks = 0;
        for (const QJsonValue t : sandboxTasks())
            tasks += t.toObject().value(u"idempotencyKey"_s).toString().contains(u"stalled-1"_s);
        QCOMPARE(tasks, 1);
        const PgResult entries
            = db.exec(u"SELECT outcome FROM entries WHERE order_key LIKE '%stalled-1%'"_s);
        QCOMPARE(entries.rows(), 1);
        QCOMPARE(entries.text(0, 0), u"duplicate"_s);
    }

    void startOnAFullDiskSaysSo()
    {
        QFETCH(bool, existingHistory);
        const QStringList privateMount { u"--user"_s, u"--map-root-user"_s, u"--mount"_s };
        if (QProcess::execute(u"unshare"_s, privateMount + QStringList { u"true"_s }) != 0)
            QSKIP("this machine allows no private mount namespace (unshare --user --mount)");

        QString existing;
        if (existingHistory) {
            existing = m_dir.filePath(u"full-disk-source"_s);
            QCOMPARE(run({ u"mappings"_s, u"export"_s, u"-"_s, u"--data-dir"_s, existing }), 0);
            QVERIFY(QFile::exists(existing + u"/hubbridge.sqlite"_s));
        }
        const QString disk = m_dir.filePath(u"full-disk"_s);
        QVERIFY(QDir().mkpath(disk));
        const QString script = uR"(set -e
mount -t tmpfs -o size=4m hubbridge-test "$2"
mkdir "$2/data"
if [ -n "$3" ]; then cp "$3/hubbridge.sqlite" "$2/data/"; fi
dd if=/dev/zero of="$2/fill" bs=4096 2>/dev/null || true
exec "$1" serve --data-dir "$2/data" --bind 127.0.0.1 --port 0)"_s;
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(u"unshare"_s,
            privateMount
                + QStringList { u"sh"_s, u"-c"_s, script, u"sh"_s, TestSupport::hubbridgeBinary(),
                    disk, existing });
        QVERIFY2(p.waitForFinished(30000), "serve kept running on a full disk");
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() != 0, qPrintable(err));
        QVERIFY2(err.contains(u"The disk holding %1/data is full"_s.arg(disk)), qPrintable(err));
        QVERIFY2(err.contains(u"needs at least 16.00 MiB free"_s), qPrintable(err));
    }

    void serveDeliversToTheBuiltInSandboxWhenAskedTo()
    {
        const QString dir = m_dir.filePath(u"sandboxed"_s);
        QDir().mkpath(dir);
        {
            QSettings ini(dir + u"/hubbridge.ini"_s, QSettings::IniFormat);
            ini.setValue(u"hubos/useSandbox"_s, true);
        }
        QProcess serve;
        serve.setProcessEnvironment(environment());
        serve.start(TestSupport::hubbridgeBinary(),
            { u"serve"_s, u"--data-dir"_s, dir, u"--bind"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s });
        const QUrl sandbox(waitForLine(serve, QProcess::StandardError,
            QRegularExpression(u"orders go to the built-in sandbox at (http://\\S+)"_s)));
        QVERIFY(sandbox.isValid() && sandbox.port() > 0);
        const QUrl webhook(waitForLine(
            serve, QProcess::StandardError, QRegularExpression(u"listening on (http://\\S+)"_s)));
        QVERIFY(webhook.isValid() && webhook.port() > 0);

        const Reply r = TestSupport::send(m_nam, "POST", webhook,
            TestSupport::withOrderId(
                TestSupport::sample(u"orderCreated.custom-service.json"_s), u"to-the-sandbox"_s),
            TestSupport::duveHeaders(TestSupport::testCredentials()));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"status"_s).toString(), u"created"_s);
        // The task is in serve's own sandbox, not in the one the other tests use.
        QUrl tasks = sandbox;
        tasks.setPath(u"/_sandbox/tasks"_s);
        const QJsonArray created
            = TestSupport::send(m_nam, "GET", tasks).json[u"tasks"_s].toArray();
        QCOMPARE(created.size(), 1);

        serve.terminate();
        QVERIFY(serve.waitForFinished(15000));
        QCOMPARE(serve.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
