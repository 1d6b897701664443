// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// hubbridge-bench: end-to-end throughput and latency of `hubbridge serve` against a bare
// forwarder and a Node-RED flow (when installed), the Hub OS sandbox slowed down, history
// browsing at a million rows, start-up time and idle memory; ingest and history again with the
// store on PostgreSQL when the PG* variables point at a server; all on this machine in one run.
// Prints a table, then (last line) one JSON object with every figure. See README.md, "Benchmark".
#include "benchutil.h"
#include "forwarder.h"
#include "history.h"
#include "loadgen.h"
#include "postgres.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

struct Options
{
    bool quick = false;
    int orders = 20000;
    int connections = 32;
    int warmup = 500;
    int slowOrders = 4000;
    int slowConnections = 200;
    int slowLatencyMs = 200;
    int burstOrders = 100000; // 0: no burst phase
    qint64 rows = 10000000;
    int startupRuns = 5;
    bool keep = false;
    bool skipIngest = false;
    bool skipHistory = false;
    bool skipStartup = false;
    bool skipPostgres = false;
    QString nodeRed; // the node-red executable; empty: the Node-RED phase is skipped
    QString nodeRedSkipped; // why it is skipped
};

QTextStream &progress();

// A fresh PostgreSQL database for one phase, dropped when the phase ends (kept with --keep).
struct ScratchDatabase
{
    QString name;
    bool keep = false;
    QString url; // once created

    ScratchDatabase(QString databaseName, bool keepIt)
        : name(std::move(databaseName))
        , keep(keepIt)
    { }
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;
    bool create(QString *error)
    {
        url = PgBench::freshDatabase(name, error);
        if (url.isEmpty() && error)
            *error = u"cannot create the PostgreSQL database %1: %2"_s.arg(name, *error);
        return !url.isEmpty();
    }
    ~ScratchDatabase()
    {
        if (url.isEmpty())
            return;
        if (keep)
            progress() << "[bench] keeping the database " << name << Qt::endl;
        else
            PgBench::dropDatabase(name);
    }
};

QTextStream &progress()
{
    static QTextStream s(stderr);
    return s;
}

double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

// The sample order, compact, cut around its order id so that every request is a new order.
struct OrderTemplate
{
    QByteArray prefix;
    QByteArray suffix;

    bool load()
    {
        QFile f(u":/bench/orderCreated.custom-service.json"_s);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QJsonObject resource = root.value(u"resource"_s).toObject();
        QJsonObject order = resource.value(u"order"_s).toObject();
        order.insert(u"id"_s, u"@@ORDER@@"_s);
        resource.insert(u"order"_s, order);
        root.insert(u"resource"_s, resource);
        const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Compact);
        const qsizetype at = json.indexOf("@@ORDER@@");
        if (at < 0)
            return false;
        prefix = json.left(at);
        suffix = json.mid(at + 9);
        return true;
    }
    QByteArray body(const QByteArray &tag, int index) const
    {
        return prefix + tag + QByteArray::number(index) + suffix;
    }
    int size() const { return int(prefix.size() + suffix.size()) + 12; }
};

struct TableRow
{
    QString section;
    QString name;
    QString value;
    QString target;
    QString verdict; // "ok", "MISSED" or empty
};

class Runner
{
public:
    Runner(const Options &options, const QString &binary, const QString &self, const QString &tmp)
        : m_opt(options)
        , m_binary(binary)
        , m_self(self)
        , m_tmp(tmp)
    { }

    bool run()
    {
        if (!m_order.load()) {
            m_failure = u"cannot load the sample order (resource)"_s;
            return false;
        }
        m_json.insert(u"mode"_s, m_opt.quick ? u"quick"_s : u"full"_s);
        m_json.insert(u"orders"_s, m_opt.orders);
        m_json.insert(u"connections"_s, m_opt.connections);
        m_json.insert(u"slow_orders"_s, m_opt.slowOrders);
        m_json.insert(u"slow_connections"_s, m_opt.slowConnections);
        m_json.insert(u"burst_orders"_s, m_opt.burstOrders);
        m_json.insert(u"history_rows"_s, double(m_opt.rows));
        m_json.insert(u"cpus"_s, QThread::idealThreadCount());
        m_json.insert(u"order_body_bytes"_s, m_order.size());
        findPostgres();
        bool ok = true;
        if (!m_opt.skipIngest)
            ok = ingest() && ok;
        if (!m_opt.skipStartup)
            ok = startup() && ok;
        if (!m_opt.skipHistory)
            ok = history() && ok;
        if (!m_opt.skipHistory && m_postgres)
            ok = historyPostgres() && ok;
        return ok;
    }

    // Only sends orders to a running `hubbridge serve` (for profiling it from outside).
    bool driveOnly(const QUrl &webhook)
    {
        if (!m_order.load())
            return fail(u"cannot load the sample order (resource)"_s);
        const QByteArray tag
            = "drive-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 36);
        const LoadResult r
            = drive(webhook, tag, m_opt.warmup, m_opt.orders, m_opt.connections, u"drive"_s);
        m_json.insert(u"ingest_orders_per_s"_s, round1(r.perSecond()));
        m_json.insert(u"p50_ms"_s, round2(r.percentile(50)));
        m_json.insert(u"p99_ms"_s, round2(r.percentile(99)));
        m_json.insert(u"errors"_s, r.errors);
        return r.errors == 0;
    }

    QString failure() const { return m_failure; }
    void print(QTextStream &out) const;
    QJsonObject json() const
    {
        QJsonObject o = m_json;
        o.insert(u"targets"_s, m_targets);
        return o;
    }

private:
    bool ingest();
    void burst(const QUrl &webhook, const QByteArray &tag, qint64 servePid);
    bool startup();
    bool history();
    void findPostgres();
    QString pgDatabaseName(const QString &phase) const;
    bool ingestPostgres(const QUrl &sandbox, qint64 sandboxPid, const QByteArray &runTag,
        const LoadResult &sqlite, const LoadResult &sqliteSlow);
    bool historyPostgres();
    bool measureHistory(
        const QString &location, const HistoryBench::Generated &gen, QJsonObject *measured);
    void reportHistory(const QString &prefix, const QString &section, const QString &openLabel,
        const QJsonObject &m, const HistoryBench::Generated &gen);
    double timeStartup(const QString &dir, int timeoutMs, double *rss);
    bool startSandbox(Bench::Child &sandbox, QUrl *url);
    bool startHaproxy(
        Bench::Child &haproxy, const QString &binary, const QList<QUrl> &backends, QUrl *front);
    bool startServe(Bench::Child &serve, const QString &dataDir, const QUrl &sandbox, QUrl *url,
        const QString &storeUrl = {});
    bool startNodeRed(Bench::Child &nodeRed, const QUrl &sandbox, QUrl *url);
    bool nodeRed(const QUrl &sandbox, qint64 sandboxPid, const QByteArray &runTag,
        const LoadResult &bridge, const LoadResult &bridgeSlow, double serveRss);
    void setHubOsLatency(const QUrl &sandbox, int ms);
    void writeIni(const QString &dataDir, const QUrl &sandbox, const QString &storeUrl = {});
    using Watched = QList<QPair<QString, qint64>>; // process name, pid (0: this one)
    LoadResult drive(const QUrl &target, const QByteArray &tag, int warmup, int total,
        int connections, const QString &label, const Watched &watch = {},
        QMap<QString, double> *cpuMsPerOrder = nullptr);
    LoadResult driveSlow(
        const QUrl &sandbox, const QUrl &target, const QByteArray &tag, const QString &label);
    void addRow(const QString &section, const QString &name, const QString &value,
        const QString &target = {}, int met = -1);
    void target(const QString &key, bool met) { m_targets.insert(key, met); }
    bool fail(const QString &why)
    {
        if (m_failure.isEmpty())
            m_failure = why;
        progress() << "[bench] ERROR: " << why << Qt::endl;
        return false;
    }

    Options m_opt;
    QString m_binary;
    QString m_self;
    QString m_tmp;
    OrderTemplate m_order;
    QJsonObject m_json;
    QJsonObject m_targets;
    QList<TableRow> m_rows;
    QString m_failure;
    bool m_postgres = false; // phases 7 and 8 run: the PG* variables point at a server
    QString m_pgServer; // its version and the settings the figures depend on
};

void Runner::addRow(const QString &section, const QString &name, const QString &value,
    const QString &target, int met)
{
    m_rows.append({ section, name, value, target,
        met < 0   ? QString()
            : met ? u"ok"_s
                  : u"MISSED"_s });
}

void Runner::writeIni(const QString &dataDir, const QUrl &sandbox, const QString &storeUrl)
{
    QDir().mkpath(dataDir);
    QSettings ini(dataDir + u"/hubbridge.ini"_s, QSettings::IniFormat);
    ini.setValue(u"hubos/url"_s, sandbox.toString());
    if (storeUrl.isEmpty())
        ini.remove(u"store/url"_s);
    else
        ini.setValue(u"store/url"_s, storeUrl);
    ini.sync();
}

bool Runner::startSandbox(Bench::Child &sandbox, QUrl *url)
{
    sandbox.start(m_binary, { u"sandbox"_s, u"--port"_s, u"0"_s }, Bench::childEnvironment());
    *url = QUrl(sandbox.waitForLine(
        QProcess::StandardOutput, QRegularExpression(u"sandbox on (http://\\S+)"_s)));
    if (!url->isValid() || url->port() <= 0)
        return fail(u"the sandbox did not start: "_s + QString::fromUtf8(sandbox.tail()));
    return true;
}

bool Runner::startServe(Bench::Child &serve, const QString &dataDir, const QUrl &sandbox, QUrl *url,
    const QString &storeUrl)
{
    writeIni(dataDir, sandbox, storeUrl);
    serve.start(m_binary,
        { u"serve"_s, u"--data-dir"_s, dataDir, u"--bind"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s },
        Bench::childEnvironment());
    *url = QUrl(serve.waitForLine(
        QProcess::StandardError, QRegularExpression(u"listening on (http://\\S+)"_s), 120000));
    if (!url->isValid() || url->port() <= 0)
        return fail(u"hubbridge serve did not start: "_s + QString::fromUtf8(serve.tail()));
    return true;
}

// HAProxy in front of `backends`, round robin, keep-alive to both sides (the production
// configuration is docs/group-deployment.md's; this one only spreads the load).
bool Runner::startHaproxy(
    Bench::Child &haproxy, const QString &binary, const QList<QUrl> &backends, QUrl *front)
{
    const quint16 port = Bench::freePort();
    QString config = u"global\n    maxconn 4096\n"
                     "defaults\n    mode http\n    timeout connect 2s\n    timeout client 60s\n"
                     "    timeout server 60s\n    option http-keep-alive\n"
                     "frontend duve\n    bind 127.0.0.1:%1\n    default_backend hubbridge\n"
                     "backend hubbridge\n    balance roundrobin\n"_s.arg(port);
    for (int i = 0; i < backends.size(); ++i)
        config += u"    server hb%1 127.0.0.1:%2\n"_s.arg(i + 1).arg(backends.at(i).port());
    const QString path = QDir(m_tmp).filePath(u"haproxy.cfg"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0)
        return fail(u"cannot write "_s + path);
    file.close();
    haproxy.start(binary, { u"-db"_s, u"-f"_s, path });
    *front = QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(backends.front().path()));
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && haproxy.isRunning()) {
        if (Bench::httpRequest(QHostAddress::LocalHost, port, "GET", "/healthz", {}, 1000).status
            == 200)
            return true;
        QThread::msleep(50);
    }
    return fail(u"HAProxy did not start: "_s + QString::fromUtf8(haproxy.tail()));
}

// Node-RED with the peer flow (tests/bench/nodered) in a user directory of its own in the
// temporary directory; the Hub OS URL and the credentials reach the flow as HB_HUBOS, HB_CREDS.
bool Runner::startNodeRed(Bench::Child &nodeRed, const QUrl &sandbox, QUrl *url)
{
    const QDir userDir(QDir(m_tmp).filePath(u"nodered"_s));
    QDir().mkpath(userDir.path());
    for (const QString &name : { u"flows.json"_s, u"settings.js"_s }) {
        QFile in(u":/bench/nodered/"_s + name);
        QFile out(userDir.filePath(name));
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)
            || out.write(in.readAll()) != in.size())
            return fail(u"cannot write %1 for Node-RED"_s.arg(out.fileName()));
    }
    QProcessEnvironment env = Bench::childEnvironment();
    env.insert(u"HB_HUBOS"_s, sandbox.toString(QUrl::StripTrailingSlash));
    env.insert(u"HB_CREDS"_s,
        QString::fromLatin1(
            Bench::hotelId() + ',' + Bench::accessToken() + ',' + Bench::passwordToken()));
    const quint16 port = Bench::freePort();
    nodeRed.start(m_opt.nodeRed,
        { u"-u"_s, userDir.path(), u"-s"_s, userDir.filePath(u"settings.js"_s), u"-p"_s,
            QString::number(port) },
        env);
    const auto output = [&nodeRed] {
        return QString::fromUtf8(nodeRed.tail(1000, QProcess::StandardOutput) + nodeRed.tail(1000));
    };
    *url = QUrl(nodeRed.waitForLine(QProcess::StandardOutput,
        QRegularExpression(u"Server now running at (http://\\S+)"_s), 60000));
    if (!url->isValid() || url->port() <= 0)
        return fail(u"Node-RED did not start: "_s + output());
    m_json.insert(u"nodered_version"_s,
        nodeRed.waitForLine(
            QProcess::StandardOutput, QRegularExpression(u"Node-RED version: v?(\\S+)"_s), 1000));

    // The flows start after the server: until they have, the flow's path answers 404. A POST
    // without credentials is answered by the flow itself, without a Hub OS call.
    const QHostAddress host(url->host());
    const QDeadlineTimer deadline(30000);
    for (;;) {
        const int status
            = Bench::httpRequest(host, quint16(url->port()), "POST", "/webhooks/duve", "{}", 2000)
                  .status;
        if (status != 0 && status != 404)
            break;
        if (deadline.hasExpired() || !nodeRed.isRunning())
            return fail(u"Node-RED's flow did not answer on /webhooks/duve within 30 s (last "
                        "status %1): "_s.arg(status)
                + output());
        QThread::msleep(20);
    }
    progress() << "[bench] Node-RED " << m_json.value(u"nodered_version"_s).toString() << " on "
               << url->toString() << ", flow ready" << Qt::endl;
    return true;
}

LoadResult Runner::drive(const QUrl &target, const QByteArray &tag, int warmup, int total,
    int connections, const QString &label, const Watched &watch,
    QMap<QString, double> *cpuMsPerOrder)
{
    const OrderTemplate &order = m_order;
    LoadGenerator gen(QHostAddress(target.host()), quint16(target.port()), "/webhooks/duve",
        Bench::duveHeaders(), {});
    gen.setExpectation(200, R"("status":"created")");
    if (warmup > 0) {
        LoadGenerator warm(QHostAddress(target.host()), quint16(target.port()), "/webhooks/duve",
            Bench::duveHeaders(), [&order, tag](int i) { return order.body(tag + "-w", i); });
        warm.setExpectation(200, R"("status":"created")");
        const LoadResult w = warm.run(warmup, connections);
        progress() << "[bench] " << label << ": warm-up " << w.ok << "/" << warmup << " ok"
                   << Qt::endl;
    }
    LoadGenerator measured(QHostAddress(target.host()), quint16(target.port()), "/webhooks/duve",
        Bench::duveHeaders(), [&order, tag](int i) { return order.body(tag + "-", i); });
    measured.setExpectation(200, R"("status":"created")");
    QList<double> cpuBefore;
    for (const auto &w : watch)
        cpuBefore.append(Bench::cpuSeconds(w.second));
    const LoadResult r = measured.run(total, connections);
    for (qsizetype i = 0; i < watch.size(); ++i) {
        const double ms
            = (Bench::cpuSeconds(watch[i].second) - cpuBefore[i]) * 1000.0 / std::max(1, total);
        if (cpuMsPerOrder)
            cpuMsPerOrder->insert(watch[i].first, ms);
        progress() << "[bench]   CPU " << watch[i].first << ": " << round2(ms) << " ms/order"
                   << Qt::endl;
    }
    progress() << "[bench] " << label << ": " << r.ok << "/" << total << " ok, " << r.errors
               << " errors, " << round1(r.perSecond()) << " orders/s, p50 "
               << round2(r.percentile(50)) << " ms, p99 " << round2(r.percentile(99)) << " ms"
               << Qt::endl;
    for (const QString &e : r.errorSamples)
        progress() << "[bench]   error: " << e << Qt::endl;
    return r;
}

void Runner::setHubOsLatency(const QUrl &sandbox, int ms)
{
    Bench::httpRequest(QHostAddress(sandbox.host()), quint16(sandbox.port()), "POST",
        "/_sandbox/faults", QByteArray(R"({"latencyMs":)" + QByteArray::number(ms) + "}"));
}

// The slow Hub OS run: the sandbox answers after slowLatencyMs, back to 0 ms afterwards.
LoadResult Runner::driveSlow(
    const QUrl &sandbox, const QUrl &target, const QByteArray &tag, const QString &label)
{
    setHubOsLatency(sandbox, m_opt.slowLatencyMs);
    const LoadResult r = drive(target, tag, std::min(m_opt.slowConnections, m_opt.slowOrders),
        m_opt.slowOrders, m_opt.slowConnections, label);
    setHubOsLatency(sandbox, 0);
    return r;
}

bool Runner::ingest()
{
    Bench::Child sandbox(u"sandbox"_s, m_tmp);
    QUrl sandboxUrl;
    if (!startSandbox(sandbox, &sandboxUrl))
        return false;
    const QByteArray runTag = QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 36);

    // 2. The baseline first, then the bridge, against the same sandbox.
    Bench::Child forwarder(u"forwarder"_s, m_tmp);
    forwarder.start(
        m_self, { u"--forwarder"_s, u"0"_s, sandboxUrl.toString() }, Bench::childEnvironment());
    const QUrl forwarderUrl(forwarder.waitForLine(
        QProcess::StandardOutput, QRegularExpression(u"forwarder on (http://\\S+)"_s)));
    if (!forwarderUrl.isValid() || forwarderUrl.port() <= 0)
        return fail(u"the forwarder did not start: "_s + QString::fromUtf8(forwarder.tail()));
    QMap<QString, double> fwdCpu;
    const LoadResult fwd = drive(forwarderUrl, "fwd-" + runTag, m_opt.warmup, m_opt.orders,
        m_opt.connections, u"forwarder"_s,
        { { u"forwarder"_s, forwarder.pid() }, { u"sandbox"_s, sandbox.pid() },
            { u"loadgen"_s, 0 } },
        &fwdCpu);
    const LoadResult fwdSlow
        = driveSlow(sandboxUrl, forwarderUrl, "fwdslow-" + runTag, u"forwarder, slow Hub OS"_s);
    forwarder.stop();

    // 1. The bridge, default durability, a fresh data directory.
    Bench::Child serve(u"serve"_s, m_tmp);
    QUrl webhook;
    if (!startServe(serve, QDir(m_tmp).filePath(u"ingest"_s), sandboxUrl, &webhook))
        return false;
    QMap<QString, double> bridgeCpu;
    const LoadResult bridge = drive(webhook, "ing-" + runTag, m_opt.warmup, m_opt.orders,
        m_opt.connections, u"bridge"_s,
        { { u"serve"_s, serve.pid() }, { u"sandbox"_s, sandbox.pid() }, { u"loadgen"_s, 0 } },
        &bridgeCpu);
    const double serveRss = Bench::rssMb(serve.pid());

    // 3. Slow Hub OS: the bridge must overlap the waits.
    const LoadResult slow
        = driveSlow(sandboxUrl, webhook, "slow-" + runTag, u"bridge, slow Hub OS"_s);
    const double serveRssSlow = Bench::rssMb(serve.pid());
    // 9. The long burst, on the history the runs above left.
    if (m_opt.burstOrders > 0)
        burst(webhook, "burst-" + runTag, serve.pid());
    serve.stop();

    const double ratio = fwd.perSecond() > 0 ? bridge.perSecond() / fwd.perSecond() : 0;
    m_json.insert(u"ingest_orders_per_s"_s, round1(bridge.perSecond()));
    m_json.insert(u"forwarder_orders_per_s"_s, round1(fwd.perSecond()));
    m_json.insert(u"ratio"_s, round2(ratio));
    m_json.insert(u"p50_ms"_s, round2(bridge.percentile(50)));
    m_json.insert(u"p90_ms"_s, round2(bridge.percentile(90)));
    m_json.insert(u"p99_ms"_s, round2(bridge.percentile(99)));
    m_json.insert(u"max_ms"_s, round2(bridge.maxMs()));
    m_json.insert(u"errors"_s, bridge.errors + slow.errors);
    m_json.insert(u"ingest_errors"_s, bridge.errors);
    m_json.insert(u"forwarder_p50_ms"_s, round2(fwd.percentile(50)));
    m_json.insert(u"forwarder_p99_ms"_s, round2(fwd.percentile(99)));
    m_json.insert(u"forwarder_errors"_s, fwd.errors + fwdSlow.errors);
    m_json.insert(u"slow_hubos_orders_per_s"_s, round1(slow.perSecond()));
    m_json.insert(u"slow_hubos_p50_ms"_s, round2(slow.percentile(50)));
    m_json.insert(u"slow_hubos_p99_ms"_s, round2(slow.percentile(99)));
    m_json.insert(u"slow_hubos_errors"_s, slow.errors);
    m_json.insert(u"slow_forwarder_orders_per_s"_s, round1(fwdSlow.perSecond()));
    m_json.insert(u"slow_forwarder_p99_ms"_s, round2(fwdSlow.percentile(99)));
    m_json.insert(u"serve_rss_after_ingest_mb"_s, round1(serveRss));
    m_json.insert(u"serve_cpu_ms_per_order"_s, round2(bridgeCpu.value(u"serve"_s)));
    m_json.insert(u"forwarder_cpu_ms_per_order"_s, round2(fwdCpu.value(u"forwarder"_s)));
    m_json.insert(u"sandbox_cpu_ms_per_order"_s, round2(bridgeCpu.value(u"sandbox"_s)));
    m_json.insert(u"loadgen_cpu_ms_per_order"_s, round2(bridgeCpu.value(u"loadgen"_s)));
    m_json.insert(u"serve_rss_after_slow_mb"_s, round1(serveRssSlow));

    // Round two's targets (issue 17), each against the bare forwarder of this same run.
    const double slowRatio = fwdSlow.perSecond() > 0 ? slow.perSecond() / fwdSlow.perSecond() : 0;
    m_json.insert(u"slow_ratio"_s, round2(slowRatio));
    const bool ratioMet = ratio >= 0.9 && bridge.errors == 0;
    const bool p99Met = bridge.percentile(99) <= 10;
    const bool slowMet = slowRatio >= 0.97 && slow.errors == 0;
    target(u"ratio"_s, ratioMet);
    target(u"p99_ms"_s, p99Met);
    target(u"slow_ratio"_s, slowMet);

    const QString s1
        = u"1. ingest (C=%1, N=%2, Hub OS 0 ms)"_s.arg(m_opt.connections).arg(m_opt.orders);
    addRow(s1, u"bridge orders/s"_s, QString::number(round1(bridge.perSecond())));
    addRow(s1, u"latency p50 / p90 / p99 / max"_s,
        u"%1 / %2 / %3 / %4 ms"_s.arg(round2(bridge.percentile(50)))
            .arg(round2(bridge.percentile(90)))
            .arg(round2(bridge.percentile(99)))
            .arg(round2(bridge.maxMs())),
        u"p99 <= 10 ms"_s, p99Met);
    addRow(s1, u"errors (not 200 created)"_s, QString::number(bridge.errors), u"0"_s,
        bridge.errors == 0);
    addRow(s1, u"serve RSS after ingest"_s, u"%1 MB"_s.arg(round1(serveRss)));
    addRow(s1, u"CPU per order: serve / sandbox / load generator"_s,
        u"%1 / %2 / %3 ms"_s.arg(round2(bridgeCpu.value(u"serve"_s)))
            .arg(round2(bridgeCpu.value(u"sandbox"_s)))
            .arg(round2(bridgeCpu.value(u"loadgen"_s))));
    const QString s2 = u"2. bare forwarder (same N, C)"_s;
    addRow(s2, u"forwarder orders/s"_s, QString::number(round1(fwd.perSecond())));
    addRow(s2, u"forwarder p50 / p99"_s,
        u"%1 / %2 ms"_s.arg(round2(fwd.percentile(50))).arg(round2(fwd.percentile(99))));
    addRow(s2, u"CPU per order: forwarder / sandbox / load generator"_s,
        u"%1 / %2 / %3 ms"_s.arg(round2(fwdCpu.value(u"forwarder"_s)))
            .arg(round2(fwdCpu.value(u"sandbox"_s)))
            .arg(round2(fwdCpu.value(u"loadgen"_s))));
    addRow(s2, u"ratio bridge / forwarder"_s, QString::number(round2(ratio)),
        u">= 0.90, 0 errors"_s, ratioMet);
    const QString s3 = u"3. slow Hub OS (%1 ms, C=%2, N=%3)"_s.arg(m_opt.slowLatencyMs)
                           .arg(m_opt.slowConnections)
                           .arg(m_opt.slowOrders);
    addRow(s3, u"bridge orders/s"_s, QString::number(round1(slow.perSecond())));
    addRow(s3, u"bridge p50 / p99"_s,
        u"%1 / %2 ms"_s.arg(round2(slow.percentile(50))).arg(round2(slow.percentile(99))));
    addRow(s3, u"errors"_s, QString::number(slow.errors));
    addRow(s3, u"forwarder orders/s, p99"_s,
        u"%1, %2 ms"_s.arg(round1(fwdSlow.perSecond())).arg(round2(fwdSlow.percentile(99))));
    addRow(s3, u"ratio bridge / forwarder"_s, QString::number(round2(slowRatio)),
        u">= 0.97, 0 errors"_s, slowMet);

    // 7. The same load against serve with its history on PostgreSQL (the SQLite serve has
    // stopped), then 6. the Node-RED peer; all against the same sandbox.
    const bool pgOk
        = !m_postgres || ingestPostgres(sandboxUrl, sandbox.pid(), runTag, bridge, slow);
    const bool peerOk = nodeRed(sandboxUrl, sandbox.pid(), runTag, bridge, slow, serveRssSlow);
    sandbox.stop();
    return pgOk && peerOk;
}

// 9. A long burst at the ingest's C and 0 ms Hub OS: the p99 of each tenth of it against the
// first tenth's. A search index, WAL or table whose cost grows with the history shows as drift.
void Runner::burst(const QUrl &webhook, const QByteArray &tag, qint64 servePid)
{
    const LoadResult r = drive(webhook, tag, 0, m_opt.burstOrders, m_opt.connections,
        u"bridge, burst"_s, { { u"serve"_s, servePid } });
    const std::size_t window = std::size_t(std::max(1, m_opt.burstOrders / 10));
    const std::vector<double> p99s = r.windowPercentiles(window, 99);
    const double first = p99s.empty() ? 0 : p99s.front();
    const double worst = p99s.size() < 2 ? first : *std::max_element(p99s.begin() + 1, p99s.end());
    const double drift = first > 0 ? worst / first : 0;
    QJsonArray each;
    for (double p : p99s)
        each.append(round2(p));
    m_json.insert(u"burst_orders"_s, m_opt.burstOrders);
    m_json.insert(u"burst_orders_per_s"_s, round1(r.perSecond()));
    m_json.insert(u"burst_errors"_s, r.errors);
    m_json.insert(u"burst_first_p99_ms"_s, round2(first));
    m_json.insert(u"burst_worst_p99_ms"_s, round2(worst));
    m_json.insert(u"burst_p99_ms_each_tenth"_s, each);
    m_json.insert(u"burst_drift"_s, round2(drift));
    const bool met = first > 0 && drift <= 2 && r.errors == 0;
    target(u"burst_drift"_s, met);

    const QString s9
        = u"9. a burst of %1 orders (C=%2, Hub OS 0 ms, after phases 1-3)"_s.arg(m_opt.burstOrders)
              .arg(m_opt.connections);
    addRow(s9, u"orders/s, errors"_s, u"%1, %2"_s.arg(round1(r.perSecond())).arg(r.errors));
    addRow(s9, u"p99 of each tenth"_s, [&p99s]() -> QString {
        QStringList l;
        for (double p : p99s)
            l.append(QString::number(round2(p)));
        return l.join(u" "_s) + u" ms"_s;
    }());
    addRow(s9, u"worst tenth / first tenth"_s, QString::number(round2(drift)), u"<= 2, 0 errors"_s,
        met);
}

// 6. The peer: the Node-RED flow an integrator would build instead (tests/bench/nodered), driven
// like the forwarder and the bridge: same N, C, warm-up and sandbox, then the slow run.
bool Runner::nodeRed(const QUrl &sandbox, qint64 sandboxPid, const QByteArray &runTag,
    const LoadResult &bridge, const LoadResult &bridgeSlow, double serveRss)
{
    if (m_opt.nodeRed.isEmpty()) {
        progress() << "[bench] Node-RED phase skipped: " << m_opt.nodeRedSkipped << Qt::endl;
        m_json.insert(u"nodered_skipped"_s, m_opt.nodeRedSkipped);
        return true;
    }
    Bench::Child nodeRed(u"nodered"_s, m_tmp);
    QUrl url;
    if (!startNodeRed(nodeRed, sandbox, &url))
        return false;
    QMap<QString, double> cpu;
    const LoadResult ingest
        = drive(url, "nr-" + runTag, m_opt.warmup, m_opt.orders, m_opt.connections, u"Node-RED"_s,
            { { u"node-red"_s, nodeRed.pid() }, { u"sandbox"_s, sandboxPid }, { u"loadgen"_s, 0 } },
            &cpu);
    const LoadResult slow = driveSlow(sandbox, url, "nrslow-" + runTag, u"Node-RED, slow Hub OS"_s);
    const double rss = Bench::rssMb(nodeRed.pid());
    nodeRed.stop();

    const auto ratio = [](const LoadResult &a, const LoadResult &b) {
        return b.perSecond() > 0 ? a.perSecond() / b.perSecond() : 0;
    };
    m_json.insert(u"nodered_orders_per_s"_s, round1(ingest.perSecond()));
    m_json.insert(u"nodered_p50_ms"_s, round2(ingest.percentile(50)));
    m_json.insert(u"nodered_p99_ms"_s, round2(ingest.percentile(99)));
    m_json.insert(u"nodered_errors"_s, ingest.errors + slow.errors);
    m_json.insert(u"nodered_slow_orders_per_s"_s, round1(slow.perSecond()));
    m_json.insert(u"nodered_slow_p99_ms"_s, round2(slow.percentile(99)));
    m_json.insert(u"ratio_hubbridge_to_nodered"_s, round2(ratio(bridge, ingest)));
    m_json.insert(u"ratio_slow_hubbridge_to_nodered"_s, round2(ratio(bridgeSlow, slow)));
    m_json.insert(u"nodered_cpu_ms_per_order"_s, round2(cpu.value(u"node-red"_s)));
    m_json.insert(u"nodered_rss_mb"_s, round1(rss));
    const bool aheadMet = ratio(bridge, ingest) >= 4 && bridge.errors == 0;
    const bool slowAheadMet = ratio(bridgeSlow, slow) > 1;
    target(u"ratio_hubbridge_to_nodered"_s, aheadMet);
    target(u"ratio_slow_hubbridge_to_nodered"_s, slowAheadMet);

    const QString s6 = u"6. Node-RED flow, the peer (same N, C, warm-up and sandbox)"_s;
    addRow(s6, u"Node-RED orders/s, p50 / p99"_s,
        u"%1, %2 / %3 ms"_s.arg(round1(ingest.perSecond()))
            .arg(round2(ingest.percentile(50)))
            .arg(round2(ingest.percentile(99))));
    addRow(s6, u"errors (not 200 created)"_s, QString::number(ingest.errors));
    addRow(s6, u"CPU per order: Node-RED / sandbox / load generator"_s,
        u"%1 / %2 / %3 ms"_s.arg(round2(cpu.value(u"node-red"_s)))
            .arg(round2(cpu.value(u"sandbox"_s)))
            .arg(round2(cpu.value(u"loadgen"_s))));
    addRow(s6, u"ratio bridge / Node-RED"_s, QString::number(round2(ratio(bridge, ingest))),
        u">= 4"_s, aheadMet);
    addRow(s6,
        u"slow Hub OS (%1 ms, C=%2, N=%3): orders/s, p99"_s.arg(m_opt.slowLatencyMs)
            .arg(m_opt.slowConnections)
            .arg(m_opt.slowOrders),
        u"%1, %2 ms"_s.arg(round1(slow.perSecond())).arg(round2(slow.percentile(99))));
    addRow(s6, u"slow Hub OS: errors"_s, QString::number(slow.errors));
    addRow(s6, u"ratio bridge / Node-RED, slow Hub OS"_s,
        QString::number(round2(ratio(bridgeSlow, slow))), u"> 1"_s, slowAheadMet);
    addRow(s6, u"RSS after their runs: serve / Node-RED"_s,
        u"%1 / %2 MB"_s.arg(round1(serveRss)).arg(round1(rss)));
    return true;
}

// One start: process start -> GET /healthz answers 200; then the idle RSS after 2 s.
double Runner::timeStartup(const QString &dir, int timeoutMs, double *rss)
{
    const quint16 port = Bench::freePort();
    Bench::Child serve(u"serve-startup"_s, m_tmp);
    QElapsedTimer clock;
    clock.start();
    serve.start(m_binary,
        { u"serve"_s, u"--data-dir"_s, dir, u"--bind"_s, u"127.0.0.1"_s, u"--port"_s,
            QString::number(port) },
        Bench::childEnvironment());
    double elapsed = -1;
    while (clock.elapsed() < timeoutMs) {
        // Until the listener is up a request is refused at once; after that, one request waits
        // for its answer however long /healthz takes (a request given up on would stay queued
        // in serve, and the next would wait behind it).
        const int wait = int(std::max<qint64>(1000, timeoutMs - clock.elapsed()));
        if (Bench::httpRequest(QHostAddress::LocalHost, port, "GET", "/healthz", {}, wait).status
            == 200) {
            elapsed = double(clock.nsecsElapsed()) / 1e6;
            break;
        }
        if (!serve.isRunning())
            break;
        QThread::usleep(500);
    }
    if (elapsed < 0)
        progress() << "[bench] serve did not become healthy: " << serve.tail() << Qt::endl;
    if (rss) {
        QThread::msleep(2000);
        *rss = Bench::rssMb(serve.pid());
    }
    serve.stop();
    return elapsed;
}

bool Runner::startup()
{
    Bench::Child sandbox(u"sandbox-startup"_s, m_tmp);
    QUrl sandboxUrl;
    if (!startSandbox(sandbox, &sandboxUrl))
        return false;
    const QString dataDir = QDir(m_tmp).filePath(u"startup"_s);
    writeIni(dataDir, sandboxUrl);

    double firstRss = 0;
    const double first = timeStartup(dataDir, 30000, &firstRss); // creates the database
    QList<double> times;
    QList<double> rss;
    for (int i = 0; i < m_opt.startupRuns; ++i) {
        double r = 0;
        times.append(timeStartup(dataDir, 30000, &r));
        rss.append(r);
    }
    sandbox.stop();
    if (first < 0 || times.contains(-1))
        return fail(u"hubbridge serve did not become healthy"_s);
    const double startupMs = Bench::median(times);
    const double idleRss = Bench::median(rss);
    m_json.insert(u"startup_ms"_s, round1(startupMs));
    m_json.insert(u"startup_first_ms"_s, round1(first));
    m_json.insert(u"idle_rss_mb"_s, round1(idleRss));
    m_json.insert(u"idle_rss_first_mb"_s, round1(firstRss));
    target(u"startup_ms"_s, startupMs <= 50);
    target(u"idle_rss_mb"_s, idleRss <= 30);
    const QString s5 = u"5. start-up (median of %1 restarts)"_s.arg(m_opt.startupRuns);
    addRow(s5, u"process start -> /healthz 200"_s, u"%1 ms"_s.arg(round1(startupMs)), u"<= 50 ms"_s,
        startupMs <= 50);
    addRow(s5, u"first start (creates the database)"_s, u"%1 ms"_s.arg(round1(first)));
    addRow(
        s5, u"idle RSS of serve"_s, u"%1 MB"_s.arg(round1(idleRss)), u"<= 30 MB"_s, idleRss <= 30);
    return true;
}

bool Runner::history()
{
    const QString dataDir = QDir(m_tmp).filePath(u"history"_s);
    QDir().mkpath(dataDir);
    const QString db = dataDir + u"/hubbridge.sqlite"_s;
    progress() << "[bench] history: generating " << m_opt.rows << " entries" << Qt::endl;
    HistoryBench::Generated gen;
    QString error;
    if (!HistoryBench::generate(db, m_opt.rows, &gen, &error))
        return fail(u"cannot generate the history: "_s + error);
    progress() << "[bench] history: generated in " << round1(gen.seconds) << " s, "
               << round1(gen.dbMb) << " MB" << Qt::endl;

    QJsonObject m;
    if (!measureHistory(db, gen, &m))
        return false;
    const QString s4 = u"4. history (%1 entries, %2 MB, generated in %3 s)"_s.arg(m_opt.rows)
                           .arg(round1(gen.dbMb))
                           .arg(round1(gen.seconds));
    reportHistory(
        u"history_"_s, s4, u"HistoryStore::open (quick_check only below 256 MiB)"_s, m, gen);

    // Start-up with this history: what opening a big database costs the listener.
    {
        Bench::Child sandbox(u"sandbox-history"_s, m_tmp);
        QUrl sandboxUrl;
        if (startSandbox(sandbox, &sandboxUrl)) {
            writeIni(dataDir, sandboxUrl);
            double rssBig = 0;
            const double t = timeStartup(dataDir, 300000, &rssBig);
            m_json.insert(u"startup_with_history_ms"_s, round1(t));
            m_json.insert(u"idle_rss_with_history_mb"_s, round1(rssBig));
            const bool met = t >= 0 && t <= 50;
            target(u"startup_with_history_ms"_s, met);
            addRow(s4, u"serve start-up with this history"_s, u"%1 ms"_s.arg(round1(t)),
                u"<= 50 ms"_s, met);
            addRow(s4, u"serve idle RSS with this history"_s, u"%1 MB"_s.arg(round1(rssBig)));
        }
    }
    return true;
}

// Measured in a fresh process: a new HistoryStore, and RSS that is the store's alone.
bool Runner::measureHistory(
    const QString &location, const HistoryBench::Generated &gen, QJsonObject *measured)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(m_self,
        { u"--history-measure"_s, location, QString::number(gen.firstMs),
            QString::number(gen.lastMs) });
    if (!child.waitForFinished(600000) || child.exitCode() != 0)
        return fail(u"the history measurement failed"_s);
    const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
    *measured = QJsonDocument::fromJson(lines.value(lines.size() - 1)).object();
    if (measured->isEmpty())
        return fail(u"the history measurement printed nothing"_s);
    return true;
}

// The figures of a history measurement as JSON fields starting with `prefix` ("history_",
// "pg_history_"), targets of the same names, and table rows in `section`.
void Runner::reportHistory(const QString &prefix, const QString &section, const QString &openLabel,
    const QJsonObject &m, const HistoryBench::Generated &gen)
{
    // Round two's targets (issue 17), met at 10,000,000 entries.
    constexpr double pageMs = 50, filterTarget = 50, searchTarget = 100, countTarget = 250,
                     rssTarget = 150;
    const auto atMost = [](double limit, const char *unit) {
        return u"<= %1 %2"_s.arg(limit).arg(QLatin1String(unit));
    };
    const auto v = [&m](const QString &k) { return m.value(k).toDouble(); };
    const double filterMs = std::max({ v(u"filter_outcome_ms"_s), v(u"filter_room_ms"_s),
        v(u"filter_date_ms"_s), v(u"filter_event_ms"_s), v(u"filter_outcome_date_ms"_s) });
    const double searchMs = std::max(v(u"search_name_ms"_s), v(u"search_word_ms"_s));
    const double countMs = std::max({ v(u"count_all_ms"_s), v(u"count_outcome_ms"_s),
        v(u"count_room_ms"_s), v(u"count_date_ms"_s), v(u"count_search_ms"_s) });
    const double rss = v(u"rss_max_mb"_s);
    m_json.insert(prefix + u"first_page_ms"_s, round2(v(u"first_page_ms"_s)));
    m_json.insert(prefix + u"filter_ms"_s, round2(filterMs));
    m_json.insert(prefix + u"search_ms"_s, round2(searchMs));
    m_json.insert(prefix + u"count_ms"_s, round2(countMs));
    m_json.insert(prefix + u"rss_mb"_s, round1(rss));
    m_json.insert(prefix + u"generate_s"_s, round1(gen.seconds));
    m_json.insert(prefix + u"db_mb"_s, round1(gen.dbMb));
    m_json.insert(prefix + u"open_ms"_s, round1(v(u"open_ms"_s)));
    for (const char *k :
        { "second_page", "filter_outcome", "filter_room", "filter_date", "filter_event",
            "filter_outcome_date", "search_name", "search_word", "count_all", "count_outcome",
            "count_room", "count_date", "count_search", "problem_rows", "problem_counts" })
        m_json.insert(prefix + QLatin1String(k) + u"_ms"_s, round2(v(QLatin1String(k) + u"_ms"_s)));
    target(prefix + u"first_page_ms"_s, v(u"first_page_ms"_s) <= pageMs);
    target(prefix + u"filter_ms"_s, filterMs <= filterTarget);
    target(prefix + u"search_ms"_s, searchMs <= searchTarget);
    target(prefix + u"count_ms"_s, countMs <= countTarget);
    target(prefix + u"rss_mb"_s, rss <= rssTarget);

    const QString &s4 = section;
    const auto ms = [&](const QString &k) { return u"%1 ms"_s.arg(round2(v(k))); };
    const auto rowsOf = [&](const QString &k) { return u" (%1 rows)"_s.arg(m.value(k).toInt()); };
    addRow(s4, openLabel, ms(u"open_ms"_s));
    addRow(s4, u"first page"_s, ms(u"first_page_ms"_s), atMost(pageMs, "ms"),
        v(u"first_page_ms"_s) <= pageMs);
    addRow(s4, u"second page (keyset)"_s, ms(u"second_page_ms"_s));
    if (m.contains(u"model_first_page_ms"_s)) {
        addRow(s4, u"History page model: first page, every cell"_s, ms(u"model_first_page_ms"_s),
            atMost(pageMs, "ms"), v(u"model_first_page_ms"_s) <= pageMs);
        addRow(s4,
            u"History page model: 5 more pages (%1 rows)"_s.arg(m.value(u"model_rows"_s).toInt()),
            ms(u"model_scroll_ms"_s));
        m_json.insert(prefix + u"model_first_page_ms"_s, round2(v(u"model_first_page_ms"_s)));
        m_json.insert(prefix + u"model_scroll_ms"_s, round2(v(u"model_scroll_ms"_s)));
    }
    const std::pair<const char *, const char *> filters[] = {
        { "filter_outcome", "filter: outcome failed" },
        { "filter_room", "filter: room" },
        { "filter_date", "filter: one week a month ago" },
        { "filter_event", "filter: event preCheckInDone" },
        { "filter_outcome_date", "filter: failed in that week" },
    };
    for (const auto &[key, label] : filters) {
        const QString k = QLatin1String(key) + u"_ms"_s;
        addRow(s4, QLatin1String(label) + rowsOf(QLatin1String(key) + u"_rows"_s), ms(k),
            atMost(filterTarget, "ms"), v(k) <= filterTarget);
    }
    addRow(s4, u"search \"%1\""_s.arg(HistoryBench::searchName()) + rowsOf(u"search_name_rows"_s),
        ms(u"search_name_ms"_s), atMost(searchTarget, "ms"),
        v(u"search_name_ms"_s) <= searchTarget);
    addRow(s4, u"search \"%1\""_s.arg(HistoryBench::searchWord()) + rowsOf(u"search_word_rows"_s),
        ms(u"search_word_ms"_s), atMost(searchTarget, "ms"),
        v(u"search_word_ms"_s) <= searchTarget);
    const std::pair<const char *, const char *> counts[] = {
        { "count_all", "count: everything" },
        { "count_outcome", "count: outcome failed" },
        { "count_room", "count: room" },
        { "count_date", "count: one week" },
        { "count_search", "count: search name" },
    };
    for (const auto &[key, label] : counts) {
        const QString k = QLatin1String(key) + u"_ms"_s;
        addRow(s4,
            QLatin1String(label) + u" = %1"_s.arg(qint64(v(QLatin1String(key) + u"_value"_s))),
            ms(k), atMost(countTarget, "ms"), v(k) <= countTarget);
    }
    // The Overview's problems: no target of their own.
    addRow(
        s4, u"problems: newest page"_s + rowsOf(u"problem_rows_rows"_s), ms(u"problem_rows_ms"_s));
    addRow(s4, u"problems: counts = %1"_s.arg(qint64(v(u"problem_counts_value"_s))),
        ms(u"problem_counts_ms"_s));
    addRow(s4, u"RSS (max after each call)"_s, u"%1 MB"_s.arg(round1(rss)), atMost(rssTarget, "MB"),
        rss <= rssTarget);
}

// Phases 7 and 8 run when libpq's PG* variables point at a server; otherwise one line says why.
void Runner::findPostgres()
{
    QString why;
    QJsonObject settings;
    if (m_opt.skipPostgres)
        why = u"--skip-postgres"_s;
    else if (m_opt.skipIngest && m_opt.skipHistory)
        why = u"--skip-ingest and --skip-history"_s;
    else
        m_postgres = PgBench::serverAvailable(&why, &settings);
    if (!m_postgres) {
        m_json.insert(u"pg_skipped"_s, why);
        progress() << "[bench] PostgreSQL phases (7, 8) skipped: " << why << Qt::endl;
        return;
    }
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it)
        m_json.insert(u"pg_"_s + it.key(), it.value());
    m_pgServer = u"PostgreSQL %1, fsync %2, shared_buffers %3"_s.arg(
        settings.value(u"server_version"_s).toString(), settings.value(u"fsync"_s).toString(),
        settings.value(u"shared_buffers"_s).toString());
    progress() << "[bench] " << m_pgServer << " (from the PG* environment variables): phases 7 "
               << "and 8 run" << Qt::endl;
    if (settings.value(u"fsync"_s).toString() != u"on"_s)
        progress() << "[bench] WARNING: fsync is off on that server: its commits are not durable, "
                      "SQLite's are (scripts/bench-postgres.sh turns it on)"
                   << Qt::endl;
}

// The bench's own databases on that server, one per phase and run.
QString Runner::pgDatabaseName(const QString &phase) const
{
    return u"hubbridge_bench_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(phase);
}

// 7. Phase 1's load against serve whose [store] url is a fresh PostgreSQL database, then
// phase 3's slow Hub OS run; as ratios to the SQLite serve of the same run.
bool Runner::ingestPostgres(const QUrl &sandbox, qint64 sandboxPid, const QByteArray &runTag,
    const LoadResult &sqlite, const LoadResult &sqliteSlow)
{
    ScratchDatabase db(pgDatabaseName(u"ingest"_s), m_opt.keep);
    QString error;
    if (!db.create(&error))
        return fail(error);
    const QString &url = db.url;
    Bench::Child serve(u"serve-pg"_s, m_tmp);
    QUrl webhook;
    if (!startServe(serve, QDir(m_tmp).filePath(u"ingest-pg"_s), sandbox, &webhook, url))
        return false;
    // serve's connections (the reads' and the writer's): the server's CPU for its orders.
    Watched watch { { u"serve"_s, serve.pid() }, { u"sandbox"_s, sandboxPid },
        { u"loadgen"_s, 0 } };
    const QList<qint64> backends = PgBench::backendPids(db.name);
    for (const qint64 pid : backends)
        watch.append({ u"postgres backend %1"_s.arg(pid), pid });
    QMap<QString, double> cpu;
    const LoadResult pg = drive(webhook, "pg-" + runTag, m_opt.warmup, m_opt.orders,
        m_opt.connections, u"bridge on PostgreSQL"_s, watch, &cpu);
    const double rss = Bench::rssMb(serve.pid());
    double backendCpu = 0;
    for (auto it = cpu.cbegin(); it != cpu.cend(); ++it)
        if (it.key().startsWith(u"postgres"_s))
            backendCpu += it.value();
    const LoadResult slow
        = driveSlow(sandbox, webhook, "pgslow-" + runTag, u"bridge on PostgreSQL, slow Hub OS"_s);
    const double rssSlow = Bench::rssMb(serve.pid());

    // The same load through HAProxy to three instances on the same database (this one and two
    // more), each order claimed by the one that takes it.
    Bench::Child second(u"serve-pg-2"_s, m_tmp), third(u"serve-pg-3"_s, m_tmp);
    Bench::Child haproxy(u"haproxy"_s, m_tmp);
    QUrl front;
    std::optional<LoadResult> three;
    const QString haproxyBinary = QStandardPaths::findExecutable(u"haproxy"_s);
    QString threeSkipped;
    if (haproxyBinary.isEmpty()) {
        threeSkipped = u"haproxy is not installed (apt-get install haproxy)"_s;
    } else {
        QUrl w2, w3;
        if (!startServe(second, QDir(m_tmp).filePath(u"ingest-pg-2"_s), sandbox, &w2, url)
            || !startServe(third, QDir(m_tmp).filePath(u"ingest-pg-3"_s), sandbox, &w3, url))
            return false;
        if (!startHaproxy(haproxy, haproxyBinary, { webhook, w2, w3 }, &front))
            return false;
        three = drive(front, "pg3-" + runTag, m_opt.warmup, m_opt.orders, m_opt.connections,
            u"3 bridges on PostgreSQL behind HAProxy"_s, Watched {}, nullptr);
        haproxy.stop();
        second.stop();
        third.stop();
    }
    serve.stop();

    const auto ratio = [](const LoadResult &a, const LoadResult &b) {
        return b.perSecond() > 0 ? a.perSecond() / b.perSecond() : 0;
    };
    m_json.insert(u"pg_ingest_orders_per_s"_s, round1(pg.perSecond()));
    m_json.insert(u"pg_ingest_p50_ms"_s, round2(pg.percentile(50)));
    m_json.insert(u"pg_ingest_p90_ms"_s, round2(pg.percentile(90)));
    m_json.insert(u"pg_ingest_p99_ms"_s, round2(pg.percentile(99)));
    m_json.insert(u"pg_ingest_max_ms"_s, round2(pg.maxMs()));
    m_json.insert(u"pg_ingest_errors"_s, pg.errors);
    m_json.insert(u"ratio_pg_to_sqlite_ingest"_s, round2(ratio(pg, sqlite)));
    m_json.insert(u"pg_serve_rss_after_ingest_mb"_s, round1(rss));
    m_json.insert(u"pg_serve_cpu_ms_per_order"_s, round2(cpu.value(u"serve"_s)));
    m_json.insert(u"pg_backend_cpu_ms_per_order"_s, round2(backendCpu));
    m_json.insert(u"pg_backends"_s, int(backends.size()));
    m_json.insert(u"pg_slow_hubos_orders_per_s"_s, round1(slow.perSecond()));
    m_json.insert(u"pg_slow_hubos_p99_ms"_s, round2(slow.percentile(99)));
    m_json.insert(u"pg_slow_hubos_errors"_s, slow.errors);
    m_json.insert(u"ratio_pg_to_sqlite_slow_hubos"_s, round2(ratio(slow, sqliteSlow)));
    m_json.insert(u"pg_serve_rss_after_slow_mb"_s, round1(rssSlow));

    const QString s7
        = u"7. ingest with the history on %1 (C=%2, N=%3, Hub OS 0 ms)"_s.arg(m_pgServer)
              .arg(m_opt.connections)
              .arg(m_opt.orders);
    addRow(s7, u"bridge orders/s (SQLite in this run: %1)"_s.arg(round1(sqlite.perSecond())),
        QString::number(round1(pg.perSecond())));
    addRow(s7, u"ratio PostgreSQL / SQLite"_s, QString::number(round2(ratio(pg, sqlite))));
    addRow(s7,
        u"latency p50 / p90 / p99 / max (SQLite p99: %1 ms)"_s.arg(round2(sqlite.percentile(99))),
        u"%1 / %2 / %3 / %4 ms"_s.arg(round2(pg.percentile(50)))
            .arg(round2(pg.percentile(90)))
            .arg(round2(pg.percentile(99)))
            .arg(round2(pg.maxMs())));
    addRow(s7, u"errors (not 200 created)"_s, QString::number(pg.errors), u"0"_s, pg.errors == 0);
    addRow(s7, u"serve RSS after ingest"_s, u"%1 MB"_s.arg(round1(rss)));
    addRow(s7,
        u"CPU per order: serve / %1 PostgreSQL backends / sandbox / load gen."_s.arg(
            backends.size()),
        u"%1 / %2 / %3 / %4 ms"_s.arg(round2(cpu.value(u"serve"_s)))
            .arg(round2(backendCpu))
            .arg(round2(cpu.value(u"sandbox"_s)))
            .arg(round2(cpu.value(u"loadgen"_s))));
    addRow(s7,
        u"slow Hub OS (%1 ms, C=%2, N=%3): orders/s, p99"_s.arg(m_opt.slowLatencyMs)
            .arg(m_opt.slowConnections)
            .arg(m_opt.slowOrders),
        u"%1, %2 ms"_s.arg(round1(slow.perSecond())).arg(round2(slow.percentile(99))));
    addRow(s7, u"slow Hub OS: errors; ratio PostgreSQL / SQLite"_s,
        u"%1; %2"_s.arg(slow.errors).arg(round2(ratio(slow, sqliteSlow))));
    if (!three) {
        progress() << "[bench] 3 instances behind HAProxy skipped: " << threeSkipped << Qt::endl;
        addRow(s7, u"3 instances behind HAProxy"_s, u"skipped: "_s + threeSkipped);
        return pg.errors == 0 && slow.errors == 0;
    }
    m_json.insert(u"pg3_ingest_orders_per_s"_s, round1(three->perSecond()));
    m_json.insert(u"pg3_ingest_p99_ms"_s, round2(three->percentile(99)));
    m_json.insert(u"pg3_ingest_errors"_s, three->errors);
    m_json.insert(u"ratio_pg3_to_pg1_ingest"_s, round2(ratio(*three, pg)));
    m_json.insert(u"ratio_pg3_to_sqlite_ingest"_s, round2(ratio(*three, sqlite)));
    addRow(s7, u"3 instances behind HAProxy: orders/s, p99"_s,
        u"%1, %2 ms"_s.arg(round1(three->perSecond())).arg(round2(three->percentile(99))));
    addRow(s7, u"3 instances: ratio to 1 instance; to SQLite"_s,
        u"%1; %2"_s.arg(round2(ratio(*three, pg))).arg(round2(ratio(*three, sqlite))));
    addRow(s7, u"3 instances: errors (not 200 created)"_s, QString::number(three->errors), u"0"_s,
        three->errors == 0);
    return pg.errors == 0 && slow.errors == 0 && three->errors == 0;
}

// 8. Phase 4 on PostgreSQL: the same entries in a fresh database, the same calls timed through
// HistoryStore in a fresh process, against the same targets.
bool Runner::historyPostgres()
{
    ScratchDatabase db(pgDatabaseName(u"history"_s), m_opt.keep);
    QString error;
    if (!db.create(&error))
        return fail(error);
    const QString &url = db.url;
    progress() << "[bench] history on PostgreSQL: generating " << m_opt.rows << " entries"
               << Qt::endl;
    HistoryBench::Generated gen;
    if (!HistoryBench::generatePostgres(url, m_opt.rows, &gen, &error))
        return fail(u"cannot generate the history on PostgreSQL: "_s + error);
    progress() << "[bench] history on PostgreSQL: generated in " << round1(gen.seconds) << " s, "
               << round1(gen.dbMb) << " MB" << Qt::endl;
    QJsonObject m;
    if (!measureHistory(url, gen, &m))
        return false;
    const QString s8
        = u"8. history on PostgreSQL (%1 entries, %2 MB, generated in %3 s)"_s.arg(m_opt.rows)
              .arg(round1(gen.dbMb))
              .arg(round1(gen.seconds));
    reportHistory(u"pg_history_"_s, s8, u"HistoryStore::open (connect, schema version)"_s, m, gen);

    Bench::Child sandbox(u"sandbox-pg-history"_s, m_tmp);
    QUrl sandboxUrl;
    if (startSandbox(sandbox, &sandboxUrl)) {
        const QString dataDir = QDir(m_tmp).filePath(u"history-pg"_s);
        writeIni(dataDir, sandboxUrl, url);
        double rss = 0;
        const double t = timeStartup(dataDir, 300000, &rss);
        m_json.insert(u"pg_startup_with_history_ms"_s, round1(t));
        m_json.insert(u"pg_idle_rss_with_history_mb"_s, round1(rss));
        addRow(s8, u"serve start-up with this history"_s, u"%1 ms"_s.arg(round1(t)));
        addRow(s8, u"serve idle RSS with this history"_s, u"%1 MB"_s.arg(round1(rss)));
    }
    return true;
}

void Runner::print(QTextStream &out) const
{
    int nameWidth = 10;
    int valueWidth = 10;
    int targetWidth = 6;
    for (const TableRow &r : m_rows) {
        nameWidth = std::max(nameWidth, int(r.name.size()));
        valueWidth = std::max(valueWidth, int(r.value.size()));
        targetWidth = std::max(targetWidth, int(r.target.size()));
    }
    // In the order of the phases' numbers (they do not run in that order).
    QList<TableRow> rows = m_rows;
    std::stable_sort(rows.begin(), rows.end(), [](const TableRow &a, const TableRow &b) {
        return a.section.section(u'.', 0, 0).toInt() < b.section.section(u'.', 0, 0).toInt();
    });
    QString section;
    out << Qt::endl
        << "hubbridge-bench (" << (m_opt.quick ? "quick" : "full") << ", "
        << QThread::idealThreadCount() << " CPUs; timings are as noisy as this machine)"
        << Qt::endl;
    for (const TableRow &r : std::as_const(rows)) {
        if (r.section != section) {
            section = r.section;
            out << Qt::endl << section << Qt::endl;
        }
        out << "  " << r.name.leftJustified(nameWidth) << "  " << r.value.rightJustified(valueWidth)
            << "  " << r.target.leftJustified(targetWidth) << "  " << r.verdict << Qt::endl;
    }
    out << Qt::endl;
}

// The Node-RED peer: --nodered, else HUBBRIDGE_BENCH_NODERED, else build/nodered next to
// build/bin (where scripts/install-nodered.sh puts it). PATH is the node-red executable or an
// install prefix. Sets nodeRed, or nodeRedSkipped to say why there is none.
void findNodeRed(Options &o, const QString &given)
{
    if (o.quick) {
        o.nodeRedSkipped = u"--quick leaves it out"_s;
        return;
    }
    QString path = given.isEmpty() ? qEnvironmentVariable("HUBBRIDGE_BENCH_NODERED") : given;
    if (path.isEmpty())
        path = QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../nodered"_s);
    QStringList candidates { path };
    if (QFileInfo(path).isDir())
        candidates = { path + u"/node_modules/.bin/node-red"_s, path + u"/bin/node-red"_s };
    for (const QString &candidate : std::as_const(candidates)) {
        const QFileInfo exe(candidate);
        if (exe.isFile() && exe.isExecutable()) {
            o.nodeRed = exe.absoluteFilePath();
            return;
        }
    }
    o.nodeRedSkipped = u"no node-red at %1 (--nodered PATH or HUBBRIDGE_BENCH_NODERED); install "
                       "it with scripts/install-nodered.sh"_s.arg(path);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"hubbridge-bench"_s);
    const QStringList args = app.arguments();
    // Hidden modes: the process re-executes itself for the baseline and the history child.
    if (args.value(1) == u"--forwarder"_s && args.size() >= 4)
        return runForwarder(app, quint16(args[2].toUInt()), QUrl(args[3]));
    if (args.value(1) == u"--history-measure"_s && args.size() >= 5)
        return HistoryBench::runMeasureChild(
            app, args[2], args[3].toLongLong(), args[4].toLongLong());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"End-to-end benchmark of hubbridge serve against a bare forwarder and a Node-RED flow, "
        "history browsing at scale, start-up and memory. Prints a table and, as its last line, "
        "one JSON object."_s);
    parser.addHelpOption();
    parser.addOptions({
        { u"quick"_s,
            u"Smoke-test sizes: N=500, C=8, 100 slow orders, a burst of 2,000, 100,000 rows; no "
            "Node-RED phase."_s },
        { u"orders"_s, u"Orders per ingest run (default 20000)."_s, u"N"_s },
        { u"connections"_s, u"Keep-alive connections for ingest (default 32)."_s, u"C"_s },
        { u"slow-orders"_s, u"Orders in the slow Hub OS run (default 4000)."_s, u"N"_s },
        { u"slow-connections"_s, u"Connections in the slow run (default 200)."_s, u"C"_s },
        { u"burst-orders"_s,
            u"Orders in the burst of phase 9, p99 per tenth (default 100000; 0: no burst)."_s,
            u"N"_s },
        { u"rows"_s, u"History entries to generate (default 10000000)."_s, u"N"_s },
        { u"keep"_s, u"Keep the temporary directory (logs, databases)."_s },
        { u"skip-ingest"_s, u"Skip phases 1-3, 6 and 7."_s },
        { u"skip-history"_s, u"Skip phases 4 and 8."_s },
        { u"skip-startup"_s, u"Skip phase 5."_s },
        { u"skip-postgres"_s,
            u"Skip phases 7 and 8 (ingest and history with the store on PostgreSQL). They run "
            "only when libpq's PG* environment variables point at a server, e.g. under "
            "pg_virtualenv (scripts/bench-postgres.sh)."_s },
        { u"nodered"_s,
            u"Phase 6, the Node-RED peer: the node-red executable or its install prefix "
            "(default: $HUBBRIDGE_BENCH_NODERED, else build/nodered, where "
            "scripts/install-nodered.sh installs it). Without one, or with --quick, the phase is "
            "skipped."_s,
            u"PATH"_s },
        { u"drive"_s,
            u"Only send --orders orders over --connections connections to a running "
            "hubbridge serve at URL (its webhook URL), e.g. to profile it."_s,
            u"URL"_s },
    });
    parser.process(app);

    Options o;
    if (parser.isSet(u"quick"_s)) {
        o.quick = true;
        o.orders = 500;
        o.connections = 8;
        o.warmup = 50;
        o.slowOrders = 100;
        o.slowConnections = 50;
        o.burstOrders = 2000;
        o.rows = 100000;
        o.startupRuns = 3;
    }
    const auto intOption = [&parser](const QString &name, auto &value) {
        if (parser.isSet(name))
            value = std::max<std::decay_t<decltype(value)>>(1, parser.value(name).toLongLong());
    };
    intOption(u"orders"_s, o.orders);
    intOption(u"connections"_s, o.connections);
    intOption(u"slow-orders"_s, o.slowOrders);
    intOption(u"slow-connections"_s, o.slowConnections);
    intOption(u"rows"_s, o.rows);
    if (parser.isSet(u"burst-orders"_s))
        o.burstOrders = std::max(0, parser.value(u"burst-orders"_s).toInt());
    o.warmup = std::min(o.warmup, o.orders);
    o.keep = parser.isSet(u"keep"_s);
    o.skipIngest = parser.isSet(u"skip-ingest"_s);
    o.skipHistory = parser.isSet(u"skip-history"_s);
    o.skipStartup = parser.isSet(u"skip-startup"_s);
    o.skipPostgres = parser.isSet(u"skip-postgres"_s);
    findNodeRed(o, parser.value(u"nodered"_s));

    const QString binary = QDir(QCoreApplication::applicationDirPath()).filePath(u"hubbridge"_s);
    if (!QFile::exists(binary)) {
        progress() << "hubbridge-bench: no hubbridge next to me (" << binary << ")" << Qt::endl;
        return 2;
    }
    QTemporaryDir tmp(QDir::temp().filePath(u"hubbridge-bench-XXXXXX"_s));
    tmp.setAutoRemove(!o.keep);
    if (!tmp.isValid()) {
        progress() << "hubbridge-bench: cannot create a temporary directory" << Qt::endl;
        return 2;
    }
    if (o.keep)
        progress() << "[bench] keeping " << tmp.path() << Qt::endl;

    QElapsedTimer total;
    total.start();
    Runner runner(o, binary, QCoreApplication::applicationFilePath(), tmp.path());
    const bool ok = parser.isSet(u"drive"_s) ? runner.driveOnly(QUrl(parser.value(u"drive"_s)))
                                             : runner.run();
    QTextStream out(stdout);
    runner.print(out);
    QJsonObject json = runner.json();
    json.insert(u"bench_seconds"_s, round1(double(total.elapsed()) / 1000.0));
    json.insert(u"ok"_s, ok);
    if (!ok)
        json.insert(u"failure"_s, runner.failure());
    out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    return ok ? 0 : 1;
}
