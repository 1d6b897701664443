// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The group rig (issue 16, item 5): three `hubbridge serve` on one PostgreSQL database, HAProxy
// in front, everything on loopback, serving two hotels of a group (porto and lisbon), each with
// its own `hubbridge sandbox` as its Hub OS. The hotels are registered once with `hubbridge
// hotels add` before the instances start (their credentials in one secrets folder all instances
// read, [hotels] secretsDir); porto's Hub OS is the instances' [hubos] url, lisbon's its
// --hubos-url; serve has no credentials of its own. scripts/group-test.sh runs it under a
// throwaway PostgreSQL 15 (pg_virtualenv). First Duve's contract through the load balancer for
// each hotel (by the custom_hotel_id header and by /webhooks/duve/KEY; one hotel's credentials
// on the other's path refused, an unknown hotel's path not found, each entry's hotel recorded),
// then fault rounds: a burst of orders of both hotels with a fault injected mid-burst (kill -9
// an instance, SIGSTOP one past its claim lease, PostgreSQL stopped with -m immediate, its
// backends terminated, Hub OS failing: both hotels' or one's), Duve-style re-sends of whatever
// was not acknowledged, and the oracle: every acknowledged order recorded and in its hotel's
// Hub OS, one Hub OS task per order item, every order left to background retries delivered;
// nothing of a hotel in the other's Hub OS, no Hub OS call with another hotel's credentials,
// each order's entries and orders row carrying its hotel; while one hotel's Hub OS fails, the
// other's orders are all created at once.
//
// Environment (all optional): HUBBRIDGE_GROUP_ROUNDS (rounds per kind, default 20),
// HUBBRIDGE_GROUP_KINDS (comma-separated kinds, default all), HUBBRIDGE_GROUP_SEED,
// HUBBRIDGE_GROUP_LOGS (folder for the logs of serve, the sandbox and HAProxy; default a
// temporary one), HUBBRIDGE_GROUP_BUDGET_SCALE (times each kind's time budget, default 1: on a
// slower machine).
#include "core/store/postgres/pgconnection.h"
#include "grouprig.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;
using GroupRig::HttpResult;

namespace {

// Short timings, so that a round takes seconds. The instances' ini (below) says the same.
constexpr int kInstances = 3;
constexpr int kLanes = 8; // Duve's connections at a time
constexpr int kAnswerWithinMs = 3000; // [delivery] answerWithinMs
// [store] claimLeaseSeconds: the least serve allows with answerWithinMs=3000 (a claim lasts at
// least answerWithinMs + 2 s: DeliveryPolicy::claimLeaseMs).
constexpr int kLeaseSeconds = 5;
constexpr int kServerTimeoutMs = kAnswerWithinMs + 1000; // HAProxy's `timeout server`
constexpr int kSandboxLatencyMs = 30; // each Hub OS call: orders are in flight when a fault hits
// kill -9 and SIGSTOP: a slower Hub OS, so that the instance hit is more likely to be waiting for
// Hub OS (its order recorded, a task maybe created, no answer yet) than between orders.
constexpr int kSlowHubOsMs = 150;
constexpr int kClientTimeoutMs = 10000; // how long Duve waits for an answer
constexpr int kResendBoundMs = 30000; // Duve stops re-sending a round's orders after this
constexpr int kDrainBoundMs = 45000; // background retries: 1+1+2+3+5+8 s, up to +20% each
// An order pending with no retry scheduled is being delivered; longer than this (a lease, then
// an attempt's budget, and some slack), nobody is delivering it any more.
constexpr int kOrphanMs = kLeaseSeconds * 1000 + kAnswerWithinMs + 3000;
// Duve's re-sends end early when HAProxy has had no instance in its rotation for this long.
constexpr int kNobodyUpMs = 10000;
constexpr int kHealBoundMs = 15000; // an instance is back in HAProxy's rotation within this
constexpr int kProbesPerRound = 2; // acknowledged orders sent again: answered as duplicates?

QString iniFor(
    quint16 sandboxPort, quint16 port, const QString &storeUrl, const QString &secretsDir)
{
    return uR"([hubos]
url=http://127.0.0.1:%1
[listener]
bind=127.0.0.1
port=%2
[delivery]
answerWithinMs=%3
attemptTimeoutMs=800
attempts=2
backoffMs=100
retrySchedule=1,1,2,3,5,8
[store]
url=%4
claimLeaseSeconds=%5
[hotels]
secretsDir=%6
)"_s.arg(sandboxPort)
        .arg(port)
        .arg(kAnswerWithinMs)
        .arg(storeUrl)
        .arg(kLeaseSeconds)
        .arg(secretsDir);
}

// The hotels of the group the rig sends for (issue 16, item 2), registered with `hubbridge
// hotels add` (their credentials in the shared secrets folder, never serve's environment); each
// has its own sandbox as Hub OS, which takes its credentials alone. The first one's Hub OS is the
// instances' [hubos] url (registered without --hubos-url), the others' their --hubos-url.
struct Hotel
{
    QString key; // hubbridge hotels add KEY: /webhooks/duve/KEY, entries.hotel, orders.hotel
    QString name;
    HubOsCredentials credentials;
    bool ownUrl; // registered with --hubos-url
};

const QList<Hotel> &hotels()
{
    static const QList<Hotel> list {
        { u"porto"_s, u"Porto Ribeira"_s,
            { u"H-PORTO-1"_s, u"access-porto-5c1e"_s, u"password-porto-77aa"_s }, false },
        { u"lisbon"_s, u"Lisboa Chiado"_s,
            { u"H-LISBON-2"_s, u"access-lisbon-9d02"_s, u"password-lisbon-3b4f"_s }, true },
    };
    return list;
}

enum class Fault { Kill, Stop, PgRestart, Terminate, HubOs5xx };

struct Kind
{
    Fault fault;
    QString name;
    QString what;
    int budgetSeconds; // the kind's rounds stop after this (a failure): the rig stays bounded
    int hubOsLatencyMs; // the sandbox's time per call during these rounds
};

const QList<Kind> &kinds()
{
    static const QList<Kind> list {
        { Fault::Kill, u"kill"_s, u"kill -9 an instance mid-burst, then restart it"_s, 90,
            kSlowHubOsMs },
        { Fault::Stop, u"stop"_s,
            u"SIGSTOP an instance for claimLeaseSeconds + 2 s mid-burst, then SIGCONT"_s, 240,
            kSlowHubOsMs },
        { Fault::PgRestart, u"pgrestart"_s,
            u"pg_ctlcluster stop -m immediate mid-burst, then start"_s, 180, kSandboxLatencyMs },
        { Fault::Terminate, u"terminate"_s,
            u"pg_terminate_backend of every other backend mid-burst (twice)"_s, 60,
            kSandboxLatencyMs },
        { Fault::HubOs5xx, u"hubos5xx"_s,
            u"Hub OS answers 503 to the next 12-24 calls mid-burst (background retries): every "
            "hotel's Hub OS one round in three, else one hotel's alone (the other hotel's orders "
            "must all be created at once)"_s,
            120, kSandboxLatencyMs },
    };
    return list;
}

// One kind's figures over its rounds.
struct Figures
{
    QString kind;
    int rounds = 0;
    int orders = 0;
    int acked = 0; // answered 200 "created" (first or duplicate answer)
    int lost = 0; // acknowledged, but not in the history, or an item without its Hub OS task
    int duplicates = 0; // Hub OS tasks beyond the first of one order item
    int undelivered = 0; // recorded, but not created in the end (still pending, failed)
    int wrong = 0; // a wrong answer: a valid order refused for good, a duplicate that is not one
    int unacked = 0; // never acknowledged although Duve kept sending it
    // A hotel's order, task or Hub OS call where another hotel's belongs: its task or call in
    // another hotel's Hub OS, a call with credentials that Hub OS does not take, an entry or an
    // orders row with another hotel (or none).
    int misrouted = 0;
    // An order of a hotel whose Hub OS worked, not created at once while another hotel's failed.
    int spilled = 0;
    int stuck = 0; // an instance that did not come back by itself (or died on its own)
    int resends = 0; // Duve's re-sends
    int hubOsResends = 0; // Hub OS calls for an item it had already created ("exists")
    int doubleDeliveries = 0; // orders two requests both delivered ("created", not "duplicate")
    int bystanderStalls = 0; // rounds in which an instance the fault did not hit stopped answering
    qint64 longestStallMs = 0; // its longest silence
    qint64 ms = 0;
    QList<int> hotelOrders = QList<int>(hotels().size(), 0); // per hotel
    QList<int> hotelAcked = QList<int>(hotels().size(), 0);
    QList<int> hotelTasks = QList<int>(hotels().size(), 0); // in its Hub OS at the round's end
    QStringList failures;

    bool failed() const
    {
        return lost || duplicates || undelivered || wrong || unacked || stuck || misrouted
            || spilled;
    }
};

struct Order
{
    QString key;
    int hotel = 0;
    bool byPath = false; // sent to /webhooks/duve/KEY, else to /webhooks/duve (custom_hotel_id)
    int items = 1;
    QByteArray request;
    bool acked = false;
    bool toRetries = false; // answered 403 "attempt failed": left to the background retries
    bool refused = false; // answered a final refusal Duve would not send again
    QJsonObject ackBody;
    QStringList answers; // what each send got
};

QJsonObject withoutDuplicate(QJsonObject o)
{
    o.remove(u"duplicate"_s);
    return o;
}

QByteArray edited(const QByteArray &sample, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(sample).object();
    QJsonObject resource = root.value(u"resource"_s).toObject();
    edit(resource);
    root.insert(u"resource"_s, resource);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

} // namespace

class TestGroup : public QObject
{
    Q_OBJECT

private:
    struct Instance
    {
        QString name; // hb1, hb2, hb3: HAProxy's server names
        QString dir;
        QString log;
        quint16 port = 0;
        std::unique_ptr<QProcess> process;
        bool killedByUs = false;
    };

    QTemporaryDir m_tmp;
    QString m_logs;
    QString m_binary;
    quint16 m_front = 0;
    // Each hotel's Hub OS (hotels()' order).
    struct HubOs
    {
        quint16 port = 0;
        QString log;
        std::unique_ptr<QProcess> process;
    };
    std::vector<HubOs> m_hubOs;
    QString m_secretsDir; // [hotels] secretsDir of every instance
    std::unique_ptr<QProcess> m_haproxy;
    QString m_haproxySocket;
    std::vector<Instance> m_instances;
    QString m_storeUrl;
    PgConnection m_db;
    QStringList m_cluster; // version, name: for pg_ctlcluster
    QRandomGenerator m_random;
    int m_rounds = 20;
    double m_budgetScale = 1.0; // HUBBRIDGE_GROUP_BUDGET_SCALE
    QStringList m_kinds;
    QList<Figures> m_figures;
    QElapsedTimer m_clock;

    // A hubbridge process's environment: `c` as its own credentials (a sandbox's: the only ones
    // it takes); serve gets none, its hotels' are in the secrets folder.
    static QProcessEnvironment environment(const HubOsCredentials &c = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HUBBRIDGE_HOTEL_ID"_s, c.hotelId);
        env.insert(u"HUBBRIDGE_ACCESS_TOKEN"_s, c.accessToken);
        env.insert(u"HUBBRIDGE_PASSWORD_TOKEN"_s, c.passwordToken);
        env.insert(u"QT_LOGGING_RULES"_s, u"hubbridge.*.info=true"_s);
        env.insert(u"QT_MESSAGE_PATTERN"_s,
            u"%{time hh:mm:ss.zzz} %{if-category}%{category}: %{endif}%{message}"_s);
        return env;
    }

    // --- the database

    PgResult query(const QString &sql, const PgParams &params = {})
    {
        PgResult r = m_db.exec(sql, params);
        if (!r.ok() && m_db.connectionLost() && m_db.reconnect())
            r = m_db.exec(sql, params);
        return r;
    }

    // --- the processes

    bool healthy(quint16 port, QByteArray *body = nullptr)
    {
        const HttpResult r = GroupRig::exchange(port, GroupRig::get("/healthz"), 2000);
        if (body)
            *body = r.status ? QByteArray::number(r.status) + ' ' + r.body : r.error.toUtf8();
        return r.status == 200;
    }

    bool startInstance(Instance &in)
    {
        in.killedByUs = false;
        in.process = GroupRig::spawn(
            m_binary, { u"serve"_s, u"--data-dir"_s, in.dir }, environment(), in.log);
        const bool up = QTest::qWaitFor(
            [&] { return in.process->state() == QProcess::NotRunning || healthy(in.port); }, 20000);
        return up && in.process->state() == QProcess::Running;
    }

    void stopInstance(Instance &in)
    {
        if (!in.process || in.process->state() == QProcess::NotRunning)
            return;
        in.killedByUs = true;
        ::kill(pid_t(in.process->processId()), SIGCONT);
        in.process->terminate();
        if (!in.process->waitForFinished(10000)) {
            in.process->kill();
            in.process->waitForFinished(5000);
        }
    }

    QHash<QString, QString> haproxyStates() const
    {
        return GroupRig::serverStates(m_haproxySocket, u"hubbridge"_s);
    }

    QStringList notUp() const
    {
        const QHash<QString, QString> states = haproxyStates();
        QStringList down;
        for (const Instance &in : m_instances) {
            if (states.value(in.name) != u"UP"_s)
                down.append(in.name);
        }
        return down;
    }

    bool waitAllUp(int timeoutMs)
    {
        return QTest::qWaitFor([&] { return notUp().isEmpty(); }, timeoutMs);
    }

    QString logTail(const QString &path, int lines = 8) const
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QList<QByteArray> all = f.readAll().trimmed().split('\n');
        QStringList tail;
        for (const QByteArray &l : all.mid(std::max<qsizetype>(0, all.size() - lines)))
            tail.append(u"      "_s + QString::fromUtf8(l));
        return tail.join(u'\n');
    }

    // After a round: every instance runs and is in HAProxy's rotation again, by itself. One that
    // died on its own or stays out is a failure; it is restarted so that the next round has
    // three instances again.
    void heal(Figures &f, const QString &after)
    {
        for (Instance &in : m_instances) {
            if (in.process->state() == QProcess::NotRunning && !in.killedByUs) {
                ++f.stuck;
                f.failures.append(u"%1: %2 exited by itself (status %3)\n%4"_s.arg(after, in.name)
                                      .arg(in.process->exitCode())
                                      .arg(logTail(in.log)));
                startInstance(in);
            }
        }
        if (waitAllUp(kHealBoundMs))
            return;
        for (const QString &name : notUp()) {
            Instance &in = instance(name);
            QByteArray body;
            healthy(in.port, &body);
            ++f.stuck;
            f.failures.append(
                u"%1: %2 not back in HAProxy's rotation %3 s after the fault (HAProxy: %4; "
                "/healthz: %5); restarted\n%6"_s.arg(after, name)
                    .arg(kHealBoundMs / 1000)
                    .arg(haproxyStates().value(name), QString::fromUtf8(body.left(300)),
                        logTail(in.log)));
            stopInstance(in);
            startInstance(in);
        }
        waitAllUp(kHealBoundMs);
    }

    Instance &instance(const QString &name)
    {
        for (Instance &in : m_instances) {
            if (in.name == name)
                return in;
        }
        return m_instances.front();
    }

    // --- HTTP

    static QByteArray webhook(const QByteArray &body, const HubOsCredentials &c, const QString &tag,
        bool hyphen = false, const QByteArray &path = "/webhooks/duve")
    {
        auto headers = TestSupport::duveHeaders(c, hyphen);
        headers.append({ "X-Rig-Order", tag.toUtf8() });
        return GroupRig::post(path, body, headers);
    }

    static QByteArray pathOf(int hotel) { return "/webhooks/duve/" + hotels()[hotel].key.toUtf8(); }

    HttpResult send(const QByteArray &request)
    {
        return GroupRig::exchange(m_front, request, kClientTimeoutMs);
    }

    // Hotel `hotel`'s Hub OS: its /_sandbox/tasks or /_sandbox/calls.
    QJsonArray sandbox(int hotel, const QString &what)
    {
        const HttpResult r = GroupRig::exchange(
            m_hubOs[std::size_t(hotel)].port, GroupRig::get("/_sandbox/" + what.toUtf8()), 30000);
        return r.json.value(what).toArray();
    }

    bool sandboxFaults(int hotel, const QJsonObject &faults)
    {
        return GroupRig::exchange(m_hubOs[std::size_t(hotel)].port,
                   GroupRig::post("/_sandbox/faults", QJsonDocument(faults).toJson()))
                   .status
            == 200;
    }

    bool everySandboxFaults(const QJsonObject &faults)
    {
        bool ok = true;
        for (int h = 0; h < hotels().size(); ++h)
            ok = sandboxFaults(h, faults) && ok;
        return ok;
    }

    QList<QJsonObject> tasksFor(int hotel, const QString &ref)
    {
        QList<QJsonObject> found;
        for (const QJsonValue &t : sandbox(hotel, u"tasks"_s)) {
            if (t[u"externalRef"_s].toString() == ref)
                found.append(t.toObject());
        }
        return found;
    }

    int taskCallsFor(int hotel, const QString &ref)
    {
        int n = 0;
        for (const QJsonValue &c : sandbox(hotel, u"calls"_s))
            n += c[u"path"_s].toString() == u"/v1/tasks"_s
                && c[u"idempotencyKey"_s].toString() == ref;
        return n;
    }

    // Hub OS tasks and calls for `ref` in the other hotels' Hub OS than `hotel`'s: "" if none.
    QString elsewhere(int hotel, const QString &ref)
    {
        QStringList found;
        for (int h = 0; h < hotels().size(); ++h) {
            if (h == hotel)
                continue;
            const int tasks = int(tasksFor(h, ref).size());
            int calls = 0;
            for (const QJsonValue &c : sandbox(h, u"calls"_s))
                calls += c[u"idempotencyKey"_s].toString() == ref;
            if (tasks || calls)
                found.append(
                    u"%1 task(s) and %2 call(s) for %3 in %4's Hub OS"_s.arg(tasks).arg(calls).arg(
                        ref, hotels()[h].key));
        }
        return found.join(u"; "_s);
    }

    // Hub OS calls made with credentials the hotel's Hub OS does not take: "" if none.
    QString wrongCredentialCalls()
    {
        QStringList found;
        for (int h = 0; h < hotels().size(); ++h) {
            for (const QJsonValue &c : sandbox(h, u"calls"_s)) {
                if (c[u"credentials"_s].toString() != u"ok"_s)
                    found.append(u"%1's Hub OS: %2 %3 (key %4) answered %5"_s.arg(hotels()[h].key,
                        c[u"method"_s].toString(), c[u"path"_s].toString(),
                        c[u"idempotencyKey"_s].toString(),
                        QString::number(c[u"status"_s].toInt())));
            }
        }
        return found.join(u"; "_s);
    }

    // The hotel column of the entries and the orders row of `orderKey`: "" when each is
    // `hotel`'s, else what is wrong. The answer's entry may be written just after the answer.
    QString hotelColumnsWrong(const QString &orderKey, int hotel)
    {
        QString wrong;
        (void)QTest::qWaitFor(
            [&] {
                wrong.clear();
                const PgResult e = query(u"SELECT id, hotel FROM entries WHERE order_key = $1"_s,
                    PgParams().add(orderKey));
                const PgResult o = query(
                    u"SELECT hotel FROM orders WHERE order_key = $1"_s, PgParams().add(orderKey));
                if (!e.ok() || !o.ok()) {
                    wrong = e.error() + o.error();
                    return false;
                }
                if (e.rows() == 0)
                    wrong = u"no entry"_s;
                for (int i = 0; i < e.rows(); ++i) {
                    if (e.text(i, 1) != hotels()[hotel].key)
                        wrong += u"entry %1's hotel is \"%2\"; "_s.arg(e.text(i, 0), e.text(i, 1));
                }
                if (o.rows() == 1 && o.text(0, 0) != hotels()[hotel].key)
                    wrong += u"its orders row's hotel is \"%1\""_s.arg(o.text(0, 0));
                return wrong.isEmpty();
            },
            3000);
        return wrong;
    }

    // The servers HAProxy sent requests tagged `tag` to (its log: backend/server).
    QSet<QString> serversFor(const QString &tag)
    {
        QSet<QString> servers;
        (void)QTest::qWaitFor(
            [&] { return !GroupRig::linesWith(m_logs + u"/haproxy.log"_s, tag).isEmpty(); }, 2000);
        static const QRegularExpression server(u"hubbridge/(hb\\d)"_s);
        for (const QString &line : GroupRig::linesWith(m_logs + u"/haproxy.log"_s, tag, 100)) {
            const QRegularExpressionMatch m = server.match(line);
            if (m.hasMatch())
                servers.insert(m.captured(1));
        }
        return servers;
    }

    static QByteArray order(const QString &key, bool twoItems)
    {
        return TestSupport::withOrderId(
            TestSupport::sample(twoItems ? u"orderCreated.multiple-items.json"_s
                                         : u"orderCreated.custom-service.json"_s),
            key);
    }

    // --- fault rounds

    QList<Order> makeOrders(const QString &prefix, int n)
    {
        QList<Order> orders;
        for (int i = 0; i < n; ++i) {
            Order o;
            o.key = u"%1o%2"_s.arg(prefix).arg(i, 2, 10, QChar(u'0'));
            o.hotel = i % int(hotels().size());
            o.byPath = (i / int(hotels().size())) % 2 == 1; // each hotel's orders both ways
            o.items = i % 3 == 0 ? 2 : 1;
            o.request = webhook(order(o.key, o.items == 2), hotels().at(o.hotel).credentials, o.key,
                false, o.byPath ? pathOf(o.hotel) : QByteArray("/webhooks/duve"));
            orders.append(o);
        }
        return orders;
    }

    static void note(Order &o, const HttpResult &r, Fault fault)
    {
        o.answers.append(r.summary());
        const QString code = r.json.value(u"code"_s).toString();
        if (r.status == 200 && r.json.value(u"status"_s).toString() == u"created"_s) {
            if (!o.acked)
                o.ackBody = r.json;
            o.acked = true;
        } else if (r.status == 403 && code == u"WEB_HUK_REQUEST_ATTEMPT_FAILED"_s) {
            // Hub OS did not take it: recorded and retried in the background. Duve may send it
            // again (other kinds) or not (hubos5xx: the background retries alone must deliver).
            o.toRetries = fault == Fault::HubOs5xx;
        } else if (r.status >= 400 && r.status < 500) {
            o.refused = true; // a valid order refused: Duve would not send it again
        }
    }

    // Sends `which` orders through HAProxy, kLanes at a time; `answered(count)` after each.
    void burst(QList<Order> &orders, const QList<int> &which, Fault fault,
        const std::function<void(int)> &answered = {})
    {
        int count = 0;
        GroupRig::Pool pool(m_front, kLanes, kClientTimeoutMs, [&](int i, const HttpResult &r) {
            note(orders[i], r, fault);
            if (answered)
                answered(++count);
        });
        for (int i : which)
            pool.add(i, orders[i].request);
        const int bound = kClientTimeoutMs * (int(which.size()) / kLanes + 2);
        QVERIFY(QTest::qWaitFor([&] { return pool.idle(); }, bound));
    }

    // Instances the fault does not hit keep answering /healthz: asked every 500 ms during the
    // round, each answer given 2 s.
    struct Watch
    {
        QHash<QString, qint64> silentSince; // instance -> when its first unanswered probe was sent
        qint64 longestMs = 0;
        QStringList stalled;
        bool stopped = false;
    };

    std::shared_ptr<Watch> watchBystanders(const QList<const Instance *> &bystanders)
    {
        auto watch = std::make_shared<Watch>();
        auto *timer = new QTimer(this);
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        connect(timer, &QTimer::timeout, this, [=] {
            if (watch->stopped) {
                timer->deleteLater();
                return;
            }
            for (const Instance *in : bystanders) {
                const qint64 sent = clock->elapsed();
                new GroupRig::Exchange(in->port, GroupRig::get("/healthz"), 2000,
                    [watch, clock, sent, name = in->name](const HttpResult &r) {
                        if (watch->stopped)
                            return;
                        if (r.status != 0) {
                            watch->silentSince.remove(name);
                            return;
                        }
                        const qint64 since = watch->silentSince.value(name, sent);
                        watch->silentSince.insert(name, since);
                        watch->longestMs = std::max(watch->longestMs, clock->elapsed() - since);
                        if (!watch->stalled.contains(name))
                            watch->stalled.append(name);
                    });
            }
        });
        timer->start(500);
        return watch;
    }

    struct FaultState
    {
        bool begun = false; // ended: stopped instance continued, PostgreSQL started, ...
        bool ended = false;
        QString note;
        QList<int> failingHubOs; // hubos5xx: the hotels whose Hub OS fails (set by the round)
    };

    using FaultPtr = std::shared_ptr<FaultState>;

    // Starts the fault without waiting for it: the burst goes on meanwhile.
    void beginFault(Fault fault, Instance &victim, const FaultPtr &fs)
    {
        FaultState &state = *fs;
        state.begun = true;
        const pid_t pid = pid_t(victim.process->processId());
        switch (fault) {
        case Fault::Kill:
            victim.killedByUs = true;
            ::kill(pid, SIGKILL);
            state.note = u"killed %1"_s.arg(victim.name);
            state.ended = true; // restarted after the burst
            break;
        case Fault::Stop:
            ::kill(pid, SIGSTOP);
            state.note = u"stopped %1 for %2 s"_s.arg(victim.name).arg(kLeaseSeconds + 2);
            QTimer::singleShot((kLeaseSeconds + 2) * 1000, this, [pid, fs] {
                ::kill(pid, SIGCONT);
                fs->ended = true;
            });
            break;
        case Fault::PgRestart: {
            // Asynchronously: stop (immediate: every backend aborted, crash recovery at start),
            // half a second without a server, start.
            auto *stop = new QProcess(this);
            connect(stop, &QProcess::finished, this, [this, stop, fs](int code) {
                stop->deleteLater();
                fs->note = u"PostgreSQL stopped (exit %1)"_s.arg(code);
                QTimer::singleShot(500, this, [this, fs] {
                    auto *start = new QProcess(this);
                    connect(start, &QProcess::finished, this, [start, fs](int code) {
                        start->deleteLater();
                        fs->note += u", started again (exit %1)"_s.arg(code);
                        fs->ended = true;
                    });
                    start->start(u"pg_ctlcluster"_s, m_cluster + QStringList { u"start"_s });
                });
            });
            stop->start(
                u"pg_ctlcluster"_s, m_cluster + QStringList { u"stop"_s, u"-m"_s, u"immediate"_s });
            break;
        }
        case Fault::Terminate: {
            const auto terminate = [this] {
                return query(u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                             "WHERE datname = current_database() AND pid <> pg_backend_pid()"_s)
                    .integer(0, 0);
            };
            state.note = u"terminated %1 backend(s)"_s.arg(terminate());
            QTimer::singleShot(250, this, [terminate, fs] {
                fs->note += u", 250 ms later %1"_s.arg(terminate());
                fs->ended = true;
            });
            break;
        }
        case Fault::HubOs5xx: {
            // With 2 attempts per item, some items fail both: their orders go to the retries.
            // Each failing hotel's Hub OS fails its own next calls.
            QStringList failing;
            auto waiting = std::make_shared<int>(int(state.failingHubOs.size()));
            for (int h : std::as_const(state.failingHubOs)) {
                const int count = 12 + int(m_random.bounded(13));
                failing.append(u"%1's the next %2 calls"_s.arg(hotels()[h].key).arg(count));
                new GroupRig::Exchange(m_hubOs[std::size_t(h)].port,
                    GroupRig::post("/_sandbox/faults",
                        QJsonDocument(
                            QJsonObject { { u"fail"_s,
                                QJsonObject { { u"status"_s, 503 }, { u"count"_s, count } } } })
                            .toJson()),
                    5000, [fs, waiting, h](const HttpResult &r) {
                        if (r.status != 200)
                            fs->note
                                += u" (%1's sandbox said %2)"_s.arg(hotels()[h].key, r.summary());
                        fs->ended = --*waiting == 0;
                    });
            }
            state.note = u"Hub OS fails: "_s + failing.join(u", "_s);
            state.ended = state.failingHubOs.isEmpty();
            break;
        }
        }
    }

    void finishFault(Fault fault, Instance &victim, const FaultPtr &fs)
    {
        FaultState &state = *fs;
        if (!state.begun) // cannot happen: the trigger is at most half the burst
            return;
        QVERIFY2(QTest::qWaitFor([&] { return state.ended; }, 30000),
            qPrintable(u"the fault did not end: "_s + state.note));
        if (fault == Fault::Kill && victim.process->state() != QProcess::Running) {
            victim.process->waitForFinished(5000);
            QVERIFY2(startInstance(victim),
                qPrintable(victim.name + u" did not start again:\n"_s + logTail(victim.log, 20)));
        }
    }

    // Orders of `prefix` that are still pending: (with no retry scheduled, all); -1 unknown.
    QPair<int, int> pendingOrders(const QString &prefix)
    {
        const PgResult r
            = query(u"SELECT count(*) FILTER (WHERE next_retry_at IS NULL), count(*) FROM orders "
                    "WHERE order_key LIKE $1 AND state = 'pending'"_s,
                PgParams().add(prefix + u'%'));
        if (!r.ok() || r.rows() != 1)
            return { -1, -1 };
        return { int(r.integer(0, 0)), int(r.integer(0, 1)) };
    }

    // What is known about one order: each answer Duve got, HAProxy's and the instances' lines.
    QString evidence(const Order &o)
    {
        QStringList answers; // "503 STORE_UNAVAILABLE x3"
        for (qsizetype i = 0; i < o.answers.size();) {
            qsizetype j = i;
            while (j < o.answers.size() && o.answers[j] == o.answers[i])
                ++j;
            answers.append(j - i > 1 ? u"%1 x%2"_s.arg(o.answers[i]).arg(j - i) : o.answers[i]);
            i = j;
        }
        QStringList lines { u"      hotel %1 (%2, Hub OS on port %3); answers: "_s
                                .arg(hotels()[o.hotel].key,
                                    o.byPath ? QString::fromUtf8(pathOf(o.hotel))
                                             : u"/webhooks/duve"_s)
                                .arg(m_hubOs[std::size_t(o.hotel)].port)
            + answers.join(u" | "_s) };
        const PgResult row = query(
            u"SELECT state, retry_round, next_retry_at IS NOT NULL, last_error, entry_id, hotel "
            "FROM orders WHERE order_key = $1"_s,
            PgParams().add(o.key));
        if (row.ok() && row.rows() == 1)
            lines.append(
                u"      orders row: hotel \"%6\", state %1, retry round %2, retry "
                "scheduled %3, entry %4, last error \"%5\""_s.arg(row.text(0, 0), row.text(0, 1),
                    row.text(0, 2), row.text(0, 4), row.text(0, 3).left(120), row.text(0, 5)));
        else
            lines.append(u"      orders row: none"_s);
        const PgResult entries = query(
            u"SELECT id, http_status, outcome, code, left(convert_from(coalesce(answer, ''), "
            "'UTF8'), 120), right(detail, 160), hotel FROM entries WHERE order_key = $1 ORDER BY "
            "id"_s,
            PgParams().add(o.key));
        for (int i = 0; entries.ok() && i < entries.rows(); ++i)
            lines.append(u"      entry %1: hotel \"%7\" %2 %3 %4 answer %5 detail \"%6\""_s.arg(
                entries.text(i, 0), entries.text(i, 1), entries.text(i, 2), entries.text(i, 3),
                entries.text(i, 4), entries.text(i, 5), entries.text(i, 6)));
        for (const QString &l : GroupRig::linesWith(m_logs + u"/haproxy.log"_s, o.key, 6))
            lines.append(u"      haproxy: "_s + l);
        for (const Instance &in : m_instances) {
            for (const QString &l : GroupRig::linesWith(in.log, o.key, 6))
                lines.append(u"      %1: %2"_s.arg(in.name, l));
        }
        return lines.join(u'\n');
    }

    // The oracle of one round.
    void oracle(const QString &round, const QString &prefix, QList<Order> &orders, Figures &f)
    {
        // Each hotel's Hub OS: tasks per order item, how each item's calls were answered, and
        // the calls whose credentials it did not take.
        struct Seen
        {
            QHash<QString, QStringList> tasksByRef;
            QHash<QString, int> createdCalls;
            QHash<QString, int> calls; // any call for the item, however answered
            QHash<QString, int> wrongCredentials;
        };
        std::vector<Seen> seen(std::size_t(hotels().size()));
        for (int h = 0; h < hotels().size(); ++h) {
            Seen &in = seen[std::size_t(h)];
            for (const QJsonValue &t : sandbox(h, u"tasks"_s)) {
                const QString ref = t[u"externalRef"_s].toString();
                if (ref.startsWith(u"duve:"_s + prefix)) {
                    in.tasksByRef[ref].append(t[u"taskId"_s].toString());
                    ++f.hotelTasks[h];
                }
            }
            for (const QJsonValue &c : sandbox(h, u"calls"_s)) {
                const QString key = c[u"idempotencyKey"_s].toString();
                if (!key.startsWith(u"duve:"_s + prefix))
                    continue;
                in.calls[key] += 1;
                if (c[u"credentials"_s].toString() != u"ok"_s)
                    in.wrongCredentials[key] += 1;
                if (c[u"path"_s].toString() != u"/v1/tasks"_s)
                    continue;
                const int status = c[u"status"_s].toInt();
                if (status == 201)
                    in.createdCalls[key] += 1;
                else if (status == 200)
                    ++f.hubOsResends; // "exists": the item was sent again after it was created
            }
        }
        // The history: what Duve was told, and the state of each order.
        QSet<QString> inHistory; // answered 200 "created", recorded
        const PgResult entries = query(u"SELECT order_key, answer FROM entries WHERE order_key "
                                       "LIKE $1 AND http_status = 200"_s,
            PgParams().add(prefix + u'%'));
        QVERIFY2(entries.ok(), qPrintable(entries.error()));
        for (int i = 0; i < entries.rows(); ++i) {
            const QJsonObject answer = QJsonDocument::fromJson(entries.bytes(i, 1)).object();
            if (answer.value(u"status"_s).toString() == u"created"_s)
                inHistory.insert(entries.text(i, 0));
        }
        // Two requests that both delivered the order instead of one waiting for the other (issue
        // 16, item 3); counted, not failed: the sandbox's idempotency keys keep it one task.
        const PgResult twice = query(u"SELECT count(*) FROM (SELECT order_key FROM entries WHERE "
                                     "order_key LIKE $1 AND outcome = 'created' GROUP BY order_key "
                                     "HAVING count(*) > 1) twice"_s,
            PgParams().add(prefix + u'%'));
        f.doubleDeliveries += twice.ok() ? int(twice.integer(0, 0)) : 0;
        QHash<QString, QString> stateOf;
        QHash<QString, QString> hotelOf; // the orders row's hotel
        const PgResult rows
            = query(u"SELECT order_key, state, hotel FROM orders WHERE order_key LIKE $1"_s,
                PgParams().add(prefix + u'%'));
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        for (int i = 0; i < rows.rows(); ++i) {
            stateOf.insert(rows.text(i, 0), rows.text(i, 1));
            hotelOf.insert(rows.text(i, 0), rows.text(i, 2));
        }
        QHash<QString, QStringList> entryHotels; // each entry's hotel, per order
        const PgResult entryRows
            = query(u"SELECT order_key, hotel FROM entries WHERE order_key LIKE $1 ORDER BY id"_s,
                PgParams().add(prefix + u'%'));
        QVERIFY2(entryRows.ok(), qPrintable(entryRows.error()));
        for (int i = 0; i < entryRows.rows(); ++i)
            entryHotels[entryRows.text(i, 0)].append(entryRows.text(i, 1));

        int shown = 0;
        const auto fail = [&](int &counter, const Order &o, const QString &why, int by = 1) {
            counter += by;
            f.failures.append(u"%1: order %2 %3%4"_s.arg(
                round, o.key, why, ++shown <= 3 ? u'\n' + evidence(o) : QString()));
        };
        for (const Order &o : std::as_const(orders)) {
            const QString hotel = hotels()[o.hotel].key;
            const Seen &own = seen[std::size_t(o.hotel)];
            ++f.hotelOrders[o.hotel];
            f.hotelAcked[o.hotel] += o.acked;
            // Its hotel's Hub OS alone, with its hotel's credentials; its hotel in the history.
            QStringList astray;
            for (int item = 0; item < o.items; ++item) {
                const QString ref = u"duve:%1:%2"_s.arg(o.key).arg(item);
                for (int h = 0; h < hotels().size(); ++h) {
                    const Seen &in = seen[std::size_t(h)];
                    if (h != o.hotel && (in.calls.contains(ref) || in.tasksByRef.contains(ref)))
                        astray.append(u"%1 call(s) and %2 task(s) for item %3 in %4's Hub OS"_s
                                          .arg(in.calls.value(ref))
                                          .arg(in.tasksByRef.value(ref).size())
                                          .arg(item)
                                          .arg(hotels()[h].key));
                    if (in.wrongCredentials.contains(ref))
                        astray.append(
                            u"%1 call(s) for item %2 with credentials %3's Hub OS does not take"_s
                                .arg(in.wrongCredentials.value(ref))
                                .arg(item)
                                .arg(hotels()[h].key));
                }
            }
            if (stateOf.contains(o.key) && hotelOf.value(o.key) != hotel)
                astray.append(u"its orders row's hotel is \"%1\""_s.arg(hotelOf.value(o.key)));
            const QStringList recorded = entryHotels.value(o.key);
            if (recorded.count(hotel) != recorded.size())
                astray.append(u"its entries' hotels are \"%1\""_s.arg(recorded.join(u"\", \""_s)));
            if (!astray.isEmpty())
                fail(f.misrouted, o, u"of %1 went astray: "_s.arg(hotel) + astray.join(u"; "_s));

            QSet<QString> sandboxTaskIds;
            QStringList missing;
            for (int item = 0; item < o.items; ++item) {
                const QString ref = u"duve:%1:%2"_s.arg(o.key).arg(item);
                const QStringList ids = own.tasksByRef.value(ref);
                const int extra = std::max(int(ids.size()), own.createdCalls.value(ref)) - 1;
                if (extra > 0)
                    fail(f.duplicates, o,
                        u"has %1 Hub OS tasks for item %2 (%3), %4 call(s) answered 201"_s
                            .arg(ids.size())
                            .arg(item)
                            .arg(ids.join(u", "_s))
                            .arg(own.createdCalls.value(ref)),
                        extra);
                if (ids.isEmpty())
                    missing.append(QString::number(item));
                for (const QString &id : ids)
                    sandboxTaskIds.insert(id);
            }
            const QString state = stateOf.value(o.key);
            if (o.acked) {
                ++f.acked;
                QStringList why;
                if (!inHistory.contains(o.key))
                    why.append(u"no 200 \"created\" entry in the history"_s);
                if (state.isEmpty())
                    why.append(u"no orders row"_s);
                if (!missing.isEmpty())
                    why.append(u"no task in %1's Hub OS for item(s) "_s.arg(hotel)
                        + missing.join(u", "_s));
                if (!why.isEmpty()) {
                    fail(f.lost, o, u"acknowledged but lost: "_s + why.join(u"; "_s));
                    continue;
                }
                QSet<QString> answered;
                for (const QJsonValue &t : o.ackBody.value(u"tasks"_s).toArray())
                    answered.insert(t[u"taskId"_s].toString());
                if (answered != sandboxTaskIds)
                    fail(f.wrong, o,
                        u"was answered with tasks %1, Hub OS has %2"_s.arg(
                            QStringList(answered.values()).join(u","_s),
                            QStringList(sandboxTaskIds.values()).join(u","_s)));
            } else if (!o.toRetries) {
                fail(f.unacked, o, u"never acknowledged in %1 sends"_s.arg(o.answers.size()));
                continue;
            }
            if (o.refused)
                fail(f.wrong, o, u"was refused for good at least once (Duve would not re-send)"_s);
            if (state != u"created"_s) {
                fail(f.undelivered, o,
                    u"is \"%1\" in the orders table after the background retries"_s.arg(
                        state.isEmpty() ? u"missing"_s : state));
            } else if (!missing.isEmpty()) {
                fail(f.undelivered, o,
                    u"is created in the orders table but Hub OS has no task for item(s) "_s
                        + missing.join(u", "_s));
            }
        }
    }

    // Acknowledged orders sent again: the first answer, marked "duplicate", and no Hub OS call.
    void probeDuplicates(const QString &round, QList<Order> &orders, Fault fault, Figures &f)
    {
        QList<int> acked;
        for (int i = 0; i < orders.size(); ++i) {
            if (orders[i].acked)
                acked.append(i);
        }
        for (int p = 0; p < kProbesPerRound && !acked.isEmpty(); ++p) {
            Order &o = orders[acked.takeAt(int(m_random.bounded(int(acked.size()))))];
            HttpResult r = send(o.request);
            for (int again = 0; again < 3 && (r.status == 0 || r.status >= 500); ++again) {
                QTest::qWait(500); // not answered: not a wrong answer, Duve sends it again
                r = send(o.request);
            }
            note(o, r, fault);
            if (r.status == 0 || r.status >= 500)
                continue; // an instance out of the rotation is counted as stuck already
            const bool same = r.status == 200 && r.json.value(u"duplicate"_s).toBool()
                && withoutDuplicate(r.json) == withoutDuplicate(o.ackBody);
            if (!same) {
                ++f.wrong;
                f.failures.append(
                    u"%1: order %2 sent again after it was acknowledged was "
                    "answered %3 (%4), not as a duplicate of %5\n%6"_s.arg(round, o.key,
                        r.summary(), QString::fromUtf8(r.body.left(300)),
                        QString::fromUtf8(QJsonDocument(o.ackBody).toJson(QJsonDocument::Compact)),
                        evidence(o)));
            }
        }
    }

    void round(const Kind &kind, int number, Figures &f)
    {
        QElapsedTimer clock;
        clock.start();
        const QString round = u"%1 round %2"_s.arg(kind.name).arg(number + 1);
        const QString prefix = u"%1-r%2-"_s.arg(kind.name).arg(number, 2, 10, QChar(u'0'));
        const int n = 20 + int(m_random.bounded(21));
        QList<Order> orders = makeOrders(prefix, n);
        ++f.rounds;
        f.orders += n;
        const int trigger = std::max(2, n / 5) + int(m_random.bounded(std::max(1, n / 2 - n / 5)));
        Instance &victim = m_instances[std::size_t(m_random.bounded(kInstances))];
        const auto fault = std::make_shared<FaultState>();
        if (kind.fault == Fault::HubOs5xx) {
            // Every hotel's Hub OS one round in (hotels + 1), else one hotel's in turn.
            const int turn = number % int(hotels().size() + 1);
            for (int h = 0; h < hotels().size(); ++h) {
                if (turn == 0 || turn == h + 1)
                    fault->failingHubOs.append(h);
            }
        }
        // Bystanders: the instances a fault of one instance (kill -9, SIGSTOP) or of Hub OS
        // leaves alone. PostgreSQL's faults hit every instance.
        QList<const Instance *> bystanders;
        if (kind.fault == Fault::Kill || kind.fault == Fault::Stop
            || kind.fault == Fault::HubOs5xx) {
            for (const Instance &in : m_instances) {
                if (&in != &victim || kind.fault == Fault::HubOs5xx)
                    bystanders.append(&in);
            }
        }
        std::shared_ptr<Watch> watch;

        QList<int> all;
        for (int i = 0; i < n; ++i)
            all.append(i);
        burst(orders, all, kind.fault, [&](int answered) {
            if (answered == trigger) {
                beginFault(kind.fault, victim, fault);
                if (!bystanders.isEmpty())
                    watch = watchBystanders(bystanders);
            }
        });
        if (QTest::currentTestFailed())
            return;
        int firstAcked = 0;
        for (const Order &o : std::as_const(orders))
            firstAcked += o.acked;
        // One hotel's Hub OS failing is no other hotel's business: the others' orders are all
        // created at their first send, each answered once.
        if (kind.fault == Fault::HubOs5xx) {
            int shown = 0;
            for (const Order &o : std::as_const(orders)) {
                if (fault->failingHubOs.contains(o.hotel)
                    || (o.acked && o.answers == QStringList { u"200 created"_s }))
                    continue;
                ++f.spilled;
                f.failures.append(u"%1: order %2 of %3, whose Hub OS worked, was not created at "
                                  "once while another hotel's Hub OS alone failed (%4)%5"_s.arg(
                                      round, o.key, hotels()[o.hotel].key, fault->note,
                                      ++shown <= 3 ? u'\n' + evidence(o) : QString()));
            }
        }
        if (kind.fault == Fault::Kill) {
            finishFault(kind.fault, victim, fault); // restarted
            if (QTest::currentTestFailed())
                return;
        }

        // Duve re-sends what was not acknowledged: 0.25 s later, then 0.5, 1, then every 2 s,
        // while the fault may still last (a stopped instance, PostgreSQL starting again).
        QElapsedTimer resending;
        resending.start();
        QElapsedTimer nobodyUp; // since when HAProxy has had no instance in its rotation
        for (int pass = 0; resending.elapsed() < kResendBoundMs; ++pass) {
            if (notUp().size() < kInstances)
                nobodyUp.invalidate();
            else if (!nobodyUp.isValid())
                nobodyUp.start();
            if (nobodyUp.isValid() && nobodyUp.elapsed() > kNobodyUpMs && fault->ended)
                break; // nobody to send to: what is left is unacknowledged

            QList<int> todo;
            for (int i = 0; i < n; ++i) {
                if (!orders[i].acked && !orders[i].toRetries)
                    todo.append(i);
            }
            if (todo.isEmpty())
                break;
            QTest::qWait(std::min(250 << pass, 2000));
            f.resends += int(todo.size());
            burst(orders, todo, kind.fault);
            if (QTest::currentTestFailed())
                return;
        }
        finishFault(kind.fault, victim, fault);
        if (QTest::currentTestFailed())
            return;
        // Background retries: every order of the round leaves "pending" within the bound, or
        // sooner is known not to (pending, and nobody delivering it or planning to).
        QElapsedTimer orphaned;
        const bool drained = QTest::qWaitFor(
                                 [&] {
                                     const QPair<int, int> pending = pendingOrders(prefix);
                                     if (pending.second > 0 && pending.first == pending.second) {
                                         if (!orphaned.isValid())
                                             orphaned.start();
                                     } else {
                                         orphaned.invalidate();
                                     }
                                     return pending.second == 0
                                         || (orphaned.isValid() && orphaned.elapsed() > kOrphanMs);
                                 },
                                 kDrainBoundMs)
            && pendingOrders(prefix).second == 0;
        // A failing Hub OS's failures not used up (its hotel's calls ended before they did) would
        // hit the next round's orders: cleared, and said.
        for (int h : std::as_const(fault->failingHubOs)) {
            const int left = GroupRig::exchange(
                m_hubOs[std::size_t(h)].port, GroupRig::post("/_sandbox/faults", "{}"))
                                 .json.value(u"failRemaining"_s)
                                 .toInt();
            if (left > 0) {
                fault->note += u" (%1 of %2's unused, cleared)"_s.arg(left).arg(hotels()[h].key);
                sandboxFaults(h, { { u"fail"_s, QJsonObject { { u"count"_s, 0 } } } });
            }
        }
        QString stall;
        if (watch) {
            watch->stopped = true; // probes still under way are not waited for
            if (!watch->stalled.isEmpty()) {
                ++f.bystanderStalls;
                f.longestStallMs = std::max(f.longestStallMs, watch->longestMs);
                stall = u"bystander %1 did not answer /healthz for %2 s; "_s
                            .arg(watch->stalled.join(u", "_s))
                            .arg(double(watch->longestMs) / 1000.0, 0, 'f', 1);
            }
        }
        oracle(round, prefix, orders, f);
        heal(f, round);
        probeDuplicates(round, orders, kind.fault, f);
        int acked = 0;
        QList<int> hotelOrders(hotels().size(), 0);
        QList<int> hotelAcked(hotels().size(), 0);
        for (const Order &o : std::as_const(orders)) {
            acked += o.acked;
            ++hotelOrders[o.hotel];
            hotelAcked[o.hotel] += o.acked;
        }
        QStringList perHotel;
        for (int h = 0; h < hotels().size(); ++h)
            perHotel.append(
                u"%1 %2/%3"_s.arg(hotels()[h].key).arg(hotelAcked[h]).arg(hotelOrders[h]));
        say(u"  %1: %2 orders, %3 acknowledged at once, %4 after re-sends; %5 at answer %6; "
            "%7%8%9 s"_s.arg(round)
                .arg(n)
                .arg(firstAcked)
                .arg(u"%1 (%2)"_s.arg(acked).arg(perHotel.join(u", "_s)))
                .arg(fault->note)
                .arg(trigger)
                .arg(drained ? QString() : u"NOT DRAINED; "_s, stall)
                .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1));
    }

    // A kind's rounds: figures, a summary line, and a failure if anything was lost.
    void faultRounds(Fault fault)
    {
        const Kind &kind = *std::find_if(
            kinds().cbegin(), kinds().cend(), [fault](const Kind &k) { return k.fault == fault; });
        if (!m_kinds.contains(kind.name))
            QSKIP("not among HUBBRIDGE_GROUP_KINDS");
        Figures f;
        f.kind = kind.name;
        say(u"%1: %2 (Hub OS answers in %3 ms)"_s.arg(kind.name, kind.what)
                .arg(kind.hubOsLatencyMs));
        QVERIFY(everySandboxFaults({ { u"latencyMs"_s, kind.hubOsLatencyMs } }));
        QElapsedTimer clock;
        clock.start();
        heal(f, u"before "_s + kind.name);
        // The budget is for 20 rounds; fewer or more rounds scale it.
        const qint64 budgetMs
            = qint64(kind.budgetSeconds * 1000.0 * m_budgetScale * std::max(m_rounds, 5) / 20.0);
        for (int r = 0; r < m_rounds; ++r) {
            if (clock.elapsed() > budgetMs) {
                f.failures.append(
                    u"%1: only %2 of %3 rounds within the time budget of %4 s"_s.arg(kind.name)
                        .arg(r)
                        .arg(m_rounds)
                        .arg(budgetMs / 1000));
                ++f.stuck;
                break;
            }
            round(kind, r, f);
            if (QTest::currentTestFailed())
                break;
        }
        f.ms = clock.elapsed();
        m_figures.append(f);
        say(summaryLine(f));
        for (const QString &failure : std::as_const(f.failures))
            say(u"  FAILED "_s + failure);
        QVERIFY2(!f.failed(),
            qPrintable(u"%1: %2 failure(s), see above"_s.arg(kind.name).arg(f.failures.size())));
    }

    static QString summaryLine(const Figures &f)
    {
        return u"%1 %2: rounds %3, orders %4, acknowledged %5, lost %6, duplicate tasks %7, "
               "undelivered %8, wrong answers %9, unacknowledged %10, instances stuck %11, "
               "re-sent by Duve %12, sent again to Hub OS %13, delivered twice %14, rounds with a "
               "bystander silent %15 (longest %16 s), %17 s"_s
                   .arg(f.failed() ? u"FAIL"_s : u"ok"_s, f.kind)
                   .arg(f.rounds)
                   .arg(f.orders)
                   .arg(f.acked)
                   .arg(f.lost)
                   .arg(f.duplicates)
                   .arg(f.undelivered)
                   .arg(f.wrong)
                   .arg(f.unacked)
                   .arg(f.stuck)
                   .arg(f.resends)
                   .arg(f.hubOsResends)
                   .arg(f.doubleDeliveries)
                   .arg(f.bystanderStalls)
                   .arg(double(f.longestStallMs) / 1000.0, 0, 'f', 1)
                   .arg(double(f.ms) / 1000.0, 0, 'f', 1)
            + u"; gone astray %1, orders of a working Hub OS's hotel not created at once %2; "
              "%3"_s.arg(f.misrouted)
                  .arg(f.spilled)
                  .arg(perHotel(f));
    }

    // "porto: 310 sent, 309 acknowledged, 402 tasks in its Hub OS, lisbon: ..."
    static QString perHotel(const Figures &f)
    {
        QStringList hotelFigures;
        for (int h = 0; h < hotels().size(); ++h)
            hotelFigures.append(
                u"%1: %2 sent, %3 acknowledged, %4 tasks in its Hub OS"_s.arg(hotels()[h].key)
                    .arg(f.hotelOrders[h])
                    .arg(f.hotelAcked[h])
                    .arg(f.hotelTasks[h]));
        return hotelFigures.join(u", "_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clock.start();
        QVERIFY2(qEnvironmentVariableIsSet("PGPORT") && qEnvironmentVariableIsSet("PGHOST"),
            "no PostgreSQL: run this under pg_virtualenv (scripts/group-test.sh)");
        QVERIFY(m_tmp.isValid());
        m_binary = TestSupport::hubbridgeBinary();
        QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
        m_logs = qEnvironmentVariable("HUBBRIDGE_GROUP_LOGS", m_tmp.filePath(u"logs"_s));
        QVERIFY(QDir().mkpath(m_logs));
        m_rounds = qEnvironmentVariableIntValue("HUBBRIDGE_GROUP_ROUNDS");
        if (m_rounds <= 0)
            m_rounds = 20;
        if (qEnvironmentVariableIsSet("HUBBRIDGE_GROUP_BUDGET_SCALE"))
            m_budgetScale = qEnvironmentVariable("HUBBRIDGE_GROUP_BUDGET_SCALE").toDouble();
        for (const Kind &k : kinds())
            m_kinds.append(k.name);
        if (qEnvironmentVariableIsSet("HUBBRIDGE_GROUP_KINDS"))
            m_kinds = qEnvironmentVariable("HUBBRIDGE_GROUP_KINDS").split(u',', Qt::SkipEmptyParts);
        const quint32 seed = qEnvironmentVariableIsSet("HUBBRIDGE_GROUP_SEED")
            ? quint32(qEnvironmentVariable("HUBBRIDGE_GROUP_SEED").toUInt())
            : QRandomGenerator::global()->generate();
        m_random.seed(seed);
        say(u"group rig: %1 rounds per kind (%2), seed %3, logs in %4"_s.arg(m_rounds)
                .arg(m_kinds.join(u", "_s))
                .arg(seed)
                .arg(m_logs));

        // The cluster pg_virtualenv started (the one on PGPORT), for pg_ctlcluster.
        QByteArray clusters;
        QCOMPARE(GroupRig::run(u"pg_lsclusters"_s, { u"-h"_s }, &clusters), 0);
        for (const QByteArray &line : clusters.split('\n')) {
            const QList<QByteArray> f = line.simplified().split(' ');
            if (f.size() > 2 && f[2] == qgetenv("PGPORT"))
                m_cluster = { QString::fromUtf8(f[0]), QString::fromUtf8(f[1]) };
        }
        QVERIFY2(m_cluster.size() == 2, clusters.constData());

        // A fresh database; `hubbridge hotels add` creates the tables (below).
        {
            PgConnection admin;
            QString error;
            QVERIFY2(admin.open(u"postgresql:///postgres?application_name=group-rig"_s, &error),
                qPrintable(error));
            admin.exec(u"DROP DATABASE IF EXISTS hubbridge_group WITH (FORCE)"_s);
            const PgResult created = admin.exec(u"CREATE DATABASE hubbridge_group"_s);
            QVERIFY2(created.ok(), qPrintable(created.error()));
        }
        m_storeUrl = u"postgresql:///hubbridge_group"_s; // no password: PGPASSWORD
        QString error;
        QVERIFY2(
            m_db.open(m_storeUrl + u"?application_name=group-rig"_s, &error), qPrintable(error));

        const int nHotels = int(hotels().size());
        const QList<quint16> ports = GroupRig::freePorts(1 + nHotels + kInstances);
        QCOMPARE(int(ports.size()), 1 + nHotels + kInstances);
        m_front = ports[0];

        // Each hotel's Hub OS: a sandbox that takes that hotel's credentials alone.
        for (int h = 0; h < nHotels; ++h) {
            HubOs hubOs;
            hubOs.port = ports[1 + h];
            hubOs.log = m_logs + u"/sandbox-"_s + hotels()[h].key + u".log"_s;
            hubOs.process = GroupRig::spawn(m_binary,
                { u"sandbox"_s, u"--port"_s, QString::number(hubOs.port), u"--latency-ms"_s,
                    QString::number(kSandboxLatencyMs) },
                environment(hotels()[h].credentials), hubOs.log);
            m_hubOs.push_back(std::move(hubOs));
        }
        for (int h = 0; h < nHotels; ++h) {
            QVERIFY2(QTest::qWaitFor(
                         [&] {
                             return GroupRig::exchange(m_hubOs[std::size_t(h)].port,
                                        GroupRig::get("/_sandbox/tasks"), 1000)
                                        .status
                                 == 200;
                         },
                         10000),
                qPrintable(hotels()[h].key + u"'s sandbox did not start"_s));
        }
        // [hubos] url: the Hub OS of the hotel registered without a URL of its own.
        int byDefault = 0;
        while (byDefault + 1 < nHotels && hotels()[byDefault].ownUrl)
            ++byDefault;
        const quint16 defaultHubOs = m_hubOs[std::size_t(byDefault)].port;
        m_secretsDir = m_tmp.filePath(u"hotels.d"_s); // every instance's [hotels] secretsDir

        for (int i = 0; i < kInstances; ++i) {
            Instance in;
            in.name = u"hb%1"_s.arg(i + 1);
            in.dir = m_tmp.filePath(in.name);
            in.log = m_logs + u'/' + in.name + u".log"_s;
            in.port = ports[1 + nHotels + i];
            QVERIFY(QDir().mkpath(in.dir));
            QFile ini(in.dir + u"/hubbridge.ini"_s);
            QVERIFY(ini.open(QIODevice::WriteOnly));
            ini.write(iniFor(defaultHubOs, in.port, m_storeUrl, m_secretsDir).toUtf8());
            ini.close();
            m_instances.push_back(std::move(in));
        }

        // The group's hotels, registered once (in the database and the shared secrets folder)
        // before the instances start; this first command to open the database creates its
        // tables (instances migrating at once: tst_pgstore).
        QFile hotelsLog(m_logs + u"/hotels.log"_s);
        QVERIFY(hotelsLog.open(QIODevice::Append));
        const auto hotelsCommand = [&](const QStringList &args, const QByteArray &input) {
            QByteArray out;
            const QStringList all = QStringList { u"hotels"_s } + args
                + QStringList { u"--data-dir"_s, m_instances.front().dir };
            const int code = GroupRig::run(m_binary, all, &out, 30000, input);
            hotelsLog.write("$ hubbridge " + all.join(u' ').toUtf8() + '\n' + out + "exit status "
                + QByteArray::number(code) + '\n');
            hotelsLog.flush();
            return std::make_pair(code, out);
        };
        for (int h = 0; h < nHotels; ++h) {
            const Hotel &hotel = hotels()[h];
            QStringList args { u"add"_s, hotel.key, u"--name"_s, hotel.name };
            if (hotel.ownUrl)
                args << u"--hubos-url"_s
                     << u"http://127.0.0.1:%1"_s.arg(m_hubOs[std::size_t(h)].port);
            const HubOsCredentials &c = hotel.credentials;
            const auto [code, out] = hotelsCommand(args,
                (c.hotelId + u'\n' + c.accessToken + u'\n' + c.passwordToken + u'\n').toUtf8());
            QVERIFY2(code == 0, out.constData());
        }
        const auto [listed, list] = hotelsCommand({ u"list"_s }, {});
        QVERIFY2(listed == 0 && list.count("credentials: ok") == nHotels, list.constData());

        for (Instance &in : m_instances) {
            in.process = GroupRig::spawn(
                m_binary, { u"serve"_s, u"--data-dir"_s, in.dir }, environment(), in.log);
        }
        for (Instance &in : m_instances) {
            QVERIFY2(QTest::qWaitFor([&] { return healthy(in.port); }, 30000),
                qPrintable(in.name + u" did not start:\n"_s + logTail(in.log, 20)));
            // The group's hotels, and no credentials of its own.
            const QStringList serving
                = GroupRig::linesWith(in.log, u"serving %1 hotel(s) of a group"_s.arg(nHotels));
            QVERIFY2(serving.size() == 1 && !serving[0].contains(u"own"_s),
                qPrintable(in.name + u":\n"_s + logTail(in.log, 20)));
        }

        // HAProxy in front, with the configuration docs/group-deployment.md shows.
        QFile templ(QStringLiteral(HUBBRIDGE_GROUP_RIG_DIR) + u"/haproxy.cfg.in"_s);
        QVERIFY(templ.open(QIODevice::ReadOnly));
        QString servers;
        for (const Instance &in : m_instances)
            servers += u"    server %1 127.0.0.1:%2 check\n"_s.arg(in.name).arg(in.port);
        m_haproxySocket = m_tmp.filePath(u"haproxy.sock"_s);
        const QString config
            = QString::fromUtf8(templ.readAll())
                  .replace(u"@STATS_SOCKET@"_s, m_haproxySocket)
                  .replace(u"@SERVER_TIMEOUT@"_s, QString::number(kServerTimeoutMs) + u"ms"_s)
                  .replace(u"@FRONTEND_PORT@"_s, QString::number(m_front))
                  .replace(u"@SERVERS@\n"_s, servers);
        const QString cfg = m_tmp.filePath(u"haproxy.cfg"_s);
        QFile out(cfg);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(config.toUtf8());
        out.close();
        QFile::copy(cfg, m_logs + u"/haproxy.cfg"_s);
        QByteArray checked;
        QVERIFY2(GroupRig::run(u"haproxy"_s, { u"-c"_s, u"-f"_s, cfg }, &checked) == 0,
            checked.constData());
        m_haproxy = GroupRig::spawn(u"haproxy"_s, { u"-db"_s, u"-f"_s, cfg },
            QProcessEnvironment::systemEnvironment(), m_logs + u"/haproxy.log"_s);
        QVERIFY2(waitAllUp(10000),
            qPrintable(u"HAProxy does not see every instance up: "_s + notUp().join(u", "_s)));
        QStringList hubOs;
        for (int h = 0; h < nHotels; ++h)
            hubOs.append(u"%1's on %2%3"_s.arg(hotels()[h].key)
                             .arg(m_hubOs[std::size_t(h)].port)
                             .arg(hotels()[h].ownUrl ? u" (--hubos-url)"_s : u" ([hubos] url)"_s));
        say(u"started in %1 s: PostgreSQL %2 on port %3, Hub OS sandboxes %4, serve on %5, %6, "
            "%7, HAProxy on %8"_s.arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1)
                .arg(m_cluster.join(u'/'), qEnvironmentVariable("PGPORT"))
                .arg(hubOs.join(u", "_s))
                .arg(m_instances[0].port)
                .arg(m_instances[1].port)
                .arg(m_instances[2].port)
                .arg(m_front));
    }

    void cleanupTestCase()
    {
        if (!m_figures.isEmpty()) {
            Figures total;
            total.kind = u"all"_s;
            const QString head
                = u"%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12 %13 %14 %15 %16"_s.arg(u"kind"_s, -10)
                      .arg(u"rounds"_s, 6)
                      .arg(u"sent"_s, 6)
                      .arg(u"acked"_s, 6)
                      .arg(u"lost"_s, 5)
                      .arg(u"dup"_s, 5)
                      .arg(u"undeliv"_s, 7)
                      .arg(u"wrong"_s, 5)
                      .arg(u"unacked"_s, 7)
                      .arg(u"stuck"_s, 5)
                      .arg(u"astray"_s, 6)
                      .arg(u"spill"_s, 5)
                      .arg(u"hubos-again"_s, 11)
                      .arg(u"twice"_s, 5)
                      .arg(u"stalls"_s, 6)
                      .arg(u"seconds"_s, 7);
            QStringList table { head };
            const auto row = [](const Figures &f) {
                return u"%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12 %13 %14 %15 %16"_s.arg(f.kind, -10)
                    .arg(f.rounds, 6)
                    .arg(f.orders, 6)
                    .arg(f.acked, 6)
                    .arg(f.lost, 5)
                    .arg(f.duplicates, 5)
                    .arg(f.undelivered, 7)
                    .arg(f.wrong, 5)
                    .arg(f.unacked, 7)
                    .arg(f.stuck, 5)
                    .arg(f.misrouted, 6)
                    .arg(f.spilled, 5)
                    .arg(f.hubOsResends, 11)
                    .arg(f.doubleDeliveries, 5)
                    .arg(f.bystanderStalls, 6)
                    .arg(double(f.ms) / 1000.0, 7, 'f', 1);
            };
            for (const Figures &f : std::as_const(m_figures)) {
                table.append(row(f));
                total.rounds += f.rounds;
                total.orders += f.orders;
                total.acked += f.acked;
                total.lost += f.lost;
                total.duplicates += f.duplicates;
                total.undelivered += f.undelivered;
                total.wrong += f.wrong;
                total.unacked += f.unacked;
                total.stuck += f.stuck;
                total.misrouted += f.misrouted;
                total.spilled += f.spilled;
                for (int h = 0; h < hotels().size(); ++h) {
                    total.hotelOrders[h] += f.hotelOrders[h];
                    total.hotelAcked[h] += f.hotelAcked[h];
                    total.hotelTasks[h] += f.hotelTasks[h];
                }
                total.hubOsResends += f.hubOsResends;
                total.doubleDeliveries += f.doubleDeliveries;
                total.bystanderStalls += f.bystanderStalls;
                total.ms += f.ms;
            }
            table.append(row(total));
            table.append(
                u"Failing: lost, dup, undeliv, wrong, unacked, stuck; astray, orders with a task "
                u"or "
                "a Hub OS call in another hotel's Hub OS, a call with credentials their Hub OS "
                "does not take, or another hotel in their entries or orders row; spill, orders of "
                "a hotel whose Hub OS worked not created at once while another hotel's failed. "
                "Counted only: hubos-again, Hub OS calls for an item it had already created "
                "(answered \"exists\" for the idempotency key); twice, orders delivered by two "
                "requests (\"created\" twice instead of once and then \"duplicate\"); stalls, "
                "rounds in which an instance the fault did not hit left /healthz unanswered for "
                "2 s or more."_s);
            table.append(u"Per hotel:"_s);
            for (const Figures &f : std::as_const(m_figures))
                table.append(u"  %1 %2"_s.arg(f.kind + u':', -11).arg(perHotel(f)));
            table.append(u"  %1 %2"_s.arg(u"all:"_s, -11).arg(perHotel(total)));
            table.append(u"whole run: %1 s"_s.arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1));
            say(u"\n"_s + table.join(u'\n'));
            QFile summary(m_logs + u"/summary.txt"_s);
            if (summary.open(QIODevice::WriteOnly))
                summary.write((table.join(u'\n') + u'\n').toUtf8());
        }
        for (Instance &in : m_instances)
            stopInstance(in);
        std::vector<QProcess *> others { m_haproxy.get() };
        for (HubOs &hubOs : m_hubOs)
            others.push_back(hubOs.process.get());
        for (QProcess *p : others) {
            if (p && p->state() != QProcess::NotRunning) {
                p->kill();
                p->waitForFinished(5000);
            }
        }
    }

    // Duve's contract (../shared/contracts/duve-inbound.md) through HAProxy, for each hotel of
    // the group ("porto: created", ...), then the group's own rows ("group: ...").
    void contract_data()
    {
        QTest::addColumn<int>("hotel"); // -1: the group's rows
        QTest::addColumn<QString>("check");
        const QStringList checks { u"created"_s, u"by path"_s, u"duplicate on every instance"_s,
            u"two items"_s, u"hyphenated headers"_s, u"unknown external ID"_s,
            u"invalid credentials"_s, u"another hotel's credentials on its path"_s,
            u"missing credentials"_s, u"malformed JSON"_s, u"missing room"_s, u"paid order"_s,
            u"ignored event"_s, u"cancel"_s, u"cancel of an unknown order"_s,
            u"reservation events"_s, u"room remembered by another instance"_s, u"not POST"_s,
            u"hotel column"_s };
        for (int h = 0; h < hotels().size(); ++h) {
            for (const QString &check : checks)
                QTest::addRow("%s: %s", qPrintable(hotels()[h].key), qPrintable(check))
                    << h << check;
        }
        // Last: "no Hub OS call with wrong credentials" looks at every call the rows made.
        const QStringList group { u"no hotel's credentials"_s, u"missing credentials"_s,
            u"unknown hotel's path"_s, u"not POST"_s, u"healthz"_s,
            u"no Hub OS call with wrong credentials"_s };
        for (const QString &check : group)
            QTest::addRow("group: %s", qPrintable(check)) << -1 << check;
    }

    void contract()
    {
        QFETCH(int, hotel);
        QFETCH(QString, check);
        if (hotel < 0)
            return groupContract(check);
        const HubOsCredentials &c = hotels().at(hotel).credentials;
        const QString hotelKey = hotels().at(hotel).key;
        const int other = (hotel + 1) % int(hotels().size());
        const QString key = u"contract-%1-%2"_s.arg(
            hotelKey, check.toLower().replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s));
        // Created in the hotel's own Hub OS, nothing of it in another's, its hotel recorded.
        const auto expectCreated = [&](const HttpResult &r, const QString &orderKey, int items) {
            QVERIFY2(r.status == 200, qPrintable(r.summary() + u' ' + QString::fromUtf8(r.body)));
            QCOMPARE(r.json.value(u"status"_s).toString(), u"created"_s);
            QCOMPARE(r.json.value(u"orderId"_s).toString(), orderKey);
            QVERIFY(!r.json.contains(u"duplicate"_s));
            const QJsonArray tasks = r.json.value(u"tasks"_s).toArray();
            QCOMPARE(int(tasks.size()), items);
            for (int i = 0; i < items; ++i) {
                const QString ref = u"duve:%1:%2"_s.arg(orderKey).arg(i);
                const QList<QJsonObject> inHubOs = tasksFor(hotel, ref);
                QCOMPARE(int(inHubOs.size()), 1);
                QCOMPARE(tasks[i][u"taskId"_s].toString(), inHubOs[0][u"taskId"_s].toString());
                QCOMPARE(inHubOs[0][u"idempotencyKey"_s].toString(),
                    inHubOs[0][u"externalRef"_s].toString());
                QCOMPARE(elsewhere(hotel, ref), QString());
            }
            QCOMPARE(hotelColumnsWrong(orderKey, hotel), QString());
        };
        const auto expectError
            = [](const HttpResult &r, int status, const QString &code, const QString &message) {
                  QVERIFY2(r.status == status,
                      qPrintable(r.summary() + u' ' + QString::fromUtf8(r.body)));
                  QCOMPARE(r.json.value(u"code"_s).toString(), code);
                  if (!message.isEmpty())
                      QCOMPARE(r.json.value(u"message"_s).toString(), message);
              };
        // No Hub OS of any hotel was called for the order.
        const auto noCalls = [&](const QString &orderKey) {
            const QString ref = u"duve:%1:0"_s.arg(orderKey);
            for (int h = 0; h < hotels().size(); ++h)
                QCOMPARE(taskCallsFor(h, ref), 0);
        };

        if (check == u"created"_s) {
            expectCreated(send(webhook(order(key, false), c, key)), key, 1);
            const QJsonObject task = tasksFor(hotel, u"duve:%1:0"_s.arg(key)).value(0);
            QCOMPARE(task[u"task"_s][u"room"_s].toString(), u"204"_s);
            QCOMPARE(task[u"task"_s][u"guestName"_s].toString(), u"Bobby Smith"_s);
            QCOMPARE(task[u"task"_s][u"taskTypeId"_s].toInt(), 4);
        } else if (check == u"by path"_s) {
            // /webhooks/duve/KEY; the same order on the one URL (custom_hotel_id) is the same
            // hotel's order: its first answer again, marked duplicate.
            const HttpResult first
                = send(webhook(order(key, false), c, key + u"#path"_s, false, pathOf(hotel)));
            expectCreated(first, key, 1);
            const PgResult paths = query(
                u"SELECT DISTINCT path FROM entries WHERE order_key = $1"_s, PgParams().add(key));
            QVERIFY2(paths.ok() && paths.rows() == 1, qPrintable(paths.error()));
            QCOMPARE(paths.text(0, 0), QString::fromUtf8(pathOf(hotel)));
            const HttpResult again = send(webhook(order(key, false), c, key + u"#header"_s));
            QCOMPARE(again.status, 200);
            QCOMPARE(again.json.value(u"duplicate"_s).toBool(), true);
            QCOMPARE(withoutDuplicate(again.json), first.json);
            QCOMPARE(taskCallsFor(hotel, u"duve:%1:0"_s.arg(key)), 1);
            QCOMPARE(hotelColumnsWrong(key, hotel), QString());
        } else if (check == u"duplicate on every instance"_s) {
            const HttpResult first = send(webhook(order(key, false), c, key + u"#0"_s));
            expectCreated(first, key, 1);
            // Round robin: the re-sends reach the other instances, which know the order from
            // the database; the first answer again, marked duplicate, and Hub OS is not called.
            for (int i = 1; i <= kInstances; ++i) {
                const HttpResult again
                    = send(webhook(order(key, false), c, key + u'#' + QString::number(i)));
                QCOMPARE(again.status, 200);
                QCOMPARE(again.json.value(u"duplicate"_s).toBool(), true);
                QCOMPARE(withoutDuplicate(again.json), first.json);
            }
            QCOMPARE(taskCallsFor(hotel, u"duve:%1:0"_s.arg(key)), 1);
            QCOMPARE(hotelColumnsWrong(key, hotel), QString());
            QSet<QString> servers;
            for (int i = 0; i <= kInstances; ++i)
                servers.unite(serversFor(key + u'#' + QString::number(i)));
            QVERIFY2(servers.size() == kInstances,
                qPrintable(QStringList(servers.values()).join(u","_s)));
        } else if (check == u"two items"_s) {
            expectCreated(send(webhook(order(key, true), c, key)), key, 2);
        } else if (check == u"hyphenated headers"_s) {
            expectCreated(send(webhook(order(key, false), c, key, true)), key, 1);
        } else if (check == u"unknown external ID"_s) {
            const QByteArray body = edited(order(key, false), [](QJsonObject &resource) {
                QJsonObject product = resource.value(u"product"_s).toObject();
                product.insert(u"externalId"_s, u"999"_s);
                resource.insert(u"product"_s, product);
            });
            expectError(send(webhook(body, c, key)), 400, u"WEB_HUK_HUBOS_REQUEST_FAIL"_s,
                u"Unknown external ID 999"_s);
            noCalls(key);
        } else if (check == u"invalid credentials"_s) {
            HubOsCredentials wrong = c;
            wrong.passwordToken = u"guess"_s;
            expectError(send(webhook(order(key, false), wrong, key)), 400,
                u"WEB_HUK_INVALID_CREDS"_s, u"Invalid credentials."_s);
            // Its hotel ID with another hotel's tokens.
            HubOsCredentials mixed = hotels().at(other).credentials;
            mixed.hotelId = c.hotelId;
            expectError(send(webhook(order(key, false), mixed, key + u"#mixed"_s)), 400,
                u"WEB_HUK_INVALID_CREDS"_s, u"Invalid credentials."_s);
            noCalls(key);
            // Recorded as the hotel whose hotel ID they carry.
            QCOMPARE(hotelsTagged(key), QStringList { hotelKey });
            QCOMPARE(hotelsTagged(key + u"#mixed"_s), QStringList { hotelKey });
        } else if (check == u"another hotel's credentials on its path"_s) {
            // The other hotel's valid credentials are no key to this hotel's path.
            const HttpResult r = send(webhook(
                order(key, false), hotels().at(other).credentials, key, false, pathOf(hotel)));
            expectError(r, 400, u"WEB_HUK_INVALID_CREDS"_s, u"Invalid credentials."_s);
            noCalls(key);
            QCOMPARE(hotelsTagged(key), QStringList { hotelKey }); // recorded as the path's
        } else if (check == u"missing credentials"_s) {
            expectError(send(GroupRig::post(
                            pathOf(hotel), order(key, false), { { "X-Rig-Order", key.toUtf8() } })),
                400, u"WEB_HUK_INVALID_CREDS"_s, u"Invalid credentials."_s);
            noCalls(key);
            QCOMPARE(hotelsTagged(key), QStringList { hotelKey });
        } else if (check == u"malformed JSON"_s) {
            expectError(
                send(webhook(TestSupport::sample(u"chatMessageSent.as-documented.txt"_s), c, key)),
                400, u"WEB_HUK_MALFORMED_JSON"_s, QString());
            expectError(send(webhook("{\"event\": \"orderCreated\", ", c, key)), 400,
                u"WEB_HUK_MALFORMED_JSON"_s, QString());
        } else if (check == u"missing room"_s) {
            const QByteArray body = edited(order(key, false), [&](QJsonObject &resource) {
                resource.remove(u"roomNumber"_s);
                resource.insert(u"id"_s, QString(key + u"-no-such-reservation"_s));
            });
            expectError(send(webhook(body, c, key)), 403, u"WEB_HUK_INVALID_BODY"_s,
                u"Please provide the proper Room Number, External Id, and Verified First Name."_s);
        } else if (check == u"paid order"_s) {
            const HttpResult r = send(
                webhook(TestSupport::withOrderId(TestSupport::sample(u"orderCreated.json"_s), key),
                    c, key));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json.value(u"status"_s).toString(), u"skipped"_s);
            noCalls(key);
        } else if (check == u"ignored event"_s) {
            for (const QString &sample : { u"guestLinkOpened.json"_s, u"preCheckInDone.json"_s }) {
                const HttpResult r = send(webhook(TestSupport::sample(sample), c, key));
                QCOMPARE(r.status, 200);
                QCOMPARE(r.json.value(u"status"_s).toString(), u"ignored"_s);
            }
        } else if (check == u"cancel"_s) {
            expectCreated(send(webhook(order(key, true), c, key)), key, 2);
            const QByteArray cancel
                = TestSupport::withOrderId(TestSupport::sample(u"orderCancelled.json"_s), key);
            const HttpResult r = send(webhook(cancel, c, key + u"#cancel"_s));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json.value(u"status"_s).toString(), u"cancelled"_s);
            QCOMPARE(r.json.value(u"tasks"_s).toArray().size(), 2);
            for (int i = 0; i < 2; ++i)
                QCOMPARE(tasksFor(hotel, u"duve:%1:%2"_s.arg(key).arg(i))
                             .value(0)[u"state"_s]
                             .toString(),
                    u"cancelled"_s);
            // Sent again (to the next instance): the same answer, marked duplicate.
            const HttpResult again = send(webhook(cancel, c, key + u"#cancel-again"_s));
            QCOMPARE(again.status, 200);
            QCOMPARE(withoutDuplicate(again.json), r.json);
            QCOMPARE(hotelColumnsWrong(key, hotel), QString());
        } else if (check == u"cancel of an unknown order"_s) {
            const HttpResult r = send(webhook(
                TestSupport::withOrderId(TestSupport::sample(u"orderCancelled.json"_s), key), c,
                key));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json.value(u"status"_s).toString(), u"ignored"_s);
        } else if (check == u"reservation events"_s) {
            for (const QString &sample :
                { u"reservationCreated.json"_s, u"reservationRoomAssign.assumed.json"_s }) {
                const HttpResult r = send(webhook(TestSupport::sample(sample), c, key));
                QCOMPARE(r.status, 200);
                QCOMPARE(r.json.value(u"status"_s).toString(), u"recorded"_s);
            }
        } else if (check == u"room remembered by another instance"_s) {
            // The room is remembered by one instance; orders without a room reach the others.
            const QString reservation = key + u"-reservation"_s;
            const QByteArray assign
                = edited(TestSupport::sample(u"reservationRoomAssign.assumed.json"_s),
                    [&](QJsonObject &resource) {
                        resource.insert(u"id"_s, reservation);
                        resource.insert(u"roomNumber"_s, u"305"_s);
                    });
            const HttpResult r = send(webhook(assign, c, key + u"#assign"_s));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json.value(u"status"_s).toString(), u"recorded"_s);
            for (int i = 1; i <= kInstances; ++i) {
                const QString orderKey = key + u'-' + QString::number(i);
                const QByteArray body = edited(order(orderKey, false), [&](QJsonObject &resource) {
                    resource.remove(u"roomNumber"_s);
                    resource.insert(u"id"_s, reservation);
                });
                expectCreated(send(webhook(body, c, orderKey)), orderKey, 1);
                QCOMPARE(tasksFor(hotel, u"duve:%1:0"_s.arg(orderKey))
                             .value(0)[u"task"_s][u"room"_s]
                             .toString(),
                    u"305"_s);
            }
        } else if (check == u"not POST"_s) {
            const HttpResult r = send(GroupRig::get(pathOf(hotel)));
            QCOMPARE(r.status, 405);
            QCOMPARE(r.json.value(u"code"_s).toString(), u"METHOD_NOT_ALLOWED"_s);
        } else if (check == u"hotel column"_s) {
            // Every entry and orders row of this hotel's orders above carries its key.
            for (const QString &table : { u"entries"_s, u"orders"_s }) {
                const PgResult r = query(u"SELECT hotel, count(*) FROM %1 WHERE order_key LIKE $1 "
                                         "GROUP BY hotel ORDER BY hotel"_s.arg(table),
                    PgParams().add(u"contract-%1-%"_s.arg(hotelKey)));
                QVERIFY2(r.ok(), qPrintable(r.error()));
                QStringList found;
                for (int i = 0; i < r.rows(); ++i)
                    found.append(u"%1: %2"_s.arg(r.text(i, 0), r.text(i, 1)));
                QVERIFY2(r.rows() == 1 && r.text(0, 0) == hotelKey,
                    qPrintable(table + u" by hotel: "_s + found.join(u", "_s)));
            }
        } else {
            QFAIL(qPrintable(u"no such check: "_s + check));
        }
    }

    // The group's rows: requests no hotel of the group may take, and the service's own.
    void groupContract(const QString &check)
    {
        const QString key = u"contract-group-%1"_s.arg(
            check.toLower().replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s));
        const auto expectInvalidCredentials = [](const HttpResult &r) {
            QVERIFY2(r.status == 400, qPrintable(r.summary() + u' ' + QString::fromUtf8(r.body)));
            QCOMPARE(r.json.value(u"code"_s).toString(), u"WEB_HUK_INVALID_CREDS"_s);
        };
        if (check == u"no hotel's credentials"_s) {
            // The credentials the rig's serve had before the group (none of the group's): serve
            // has no credentials of its own, so nobody's.
            expectInvalidCredentials(
                send(webhook(order(key, false), TestSupport::testCredentials(), key)));
            for (int h = 0; h < hotels().size(); ++h)
                QCOMPARE(taskCallsFor(h, u"duve:%1:0"_s.arg(key)), 0);
            QCOMPARE(hotelsTagged(key), QStringList { QString() }); // no hotel's: the service's
        } else if (check == u"missing credentials"_s) {
            expectInvalidCredentials(send(GroupRig::post(
                "/webhooks/duve", order(key, false), { { "X-Rig-Order", key.toUtf8() } })));
            QCOMPARE(hotelsTagged(key), QStringList { QString() });
        } else if (check == u"unknown hotel's path"_s) {
            const HubOsCredentials &c = hotels().front().credentials;
            for (const QByteArray path : { "/webhooks/duve/faro", "/webhooks/duve/" }) {
                const HttpResult r = send(webhook(order(key, false), c, key, false, path));
                QVERIFY2(r.status == 404, qPrintable(QString::fromUtf8(path) + u' ' + r.summary()));
                QCOMPARE(r.json.value(u"code"_s).toString(), u"NOT_FOUND"_s);
            }
            QCOMPARE(send(GroupRig::get("/webhooks/duve/faro")).status, 404);
            for (int h = 0; h < hotels().size(); ++h)
                QCOMPARE(taskCallsFor(h, u"duve:%1:0"_s.arg(key)), 0);
        } else if (check == u"not POST"_s) {
            const HttpResult r = send(GroupRig::get("/webhooks/duve"));
            QCOMPARE(r.status, 405);
            QCOMPARE(r.json.value(u"code"_s).toString(), u"METHOD_NOT_ALLOWED"_s);
        } else if (check == u"healthz"_s) {
            const HttpResult r = send(GroupRig::get("/healthz"));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json.value(u"status"_s).toString(), u"ok"_s);
        } else if (check == u"no Hub OS call with wrong credentials"_s) {
            // Every call the contract made reached a Hub OS with the credentials it takes: no
            // hotel's call went to another's Hub OS, none without credentials.
            QCOMPARE(wrongCredentialCalls(), QString());
        } else {
            QFAIL(qPrintable(u"no such check: "_s + check));
        }
    }

    // The hotel column of the entries of the requests tagged `tag` (X-Rig-Order): a request
    // refused before its body was read has no order key. Waits for the first to be written.
    QStringList hotelsTagged(const QString &tag)
    {
        QStringList found;
        (void)QTest::qWaitFor(
            [&] {
                const PgResult r = query(u"SELECT hotel FROM entries WHERE position('\"' || $1 || "
                                         "'\"' in headers) > 0 ORDER BY id"_s,
                    PgParams().add(tag));
                found.clear();
                for (int i = 0; r.ok() && i < r.rows(); ++i)
                    found.append(r.text(i, 0));
                return !found.isEmpty();
            },
            3000);
        return found;
    }

    // Issue 16, item 3: a re-send reaching a second instance while the first is still with Hub
    // OS gets the same answer, and Hub OS gets no second task. The first hotel's order.
    void resendWhileTheFirstIsWithHubOs()
    {
        QVERIFY(sandboxFaults(0, { { u"latencyMs"_s, 600 } }));
        const HubOsCredentials &c = hotels().front().credentials;
        const QString key = u"contract-in-flight"_s;
        HttpResult first;
        HttpResult second;
        int done = 0;
        new GroupRig::Exchange(m_instances[0].port, webhook(order(key, false), c, key),
            kClientTimeoutMs, [&](const HttpResult &r) {
                first = r;
                ++done;
            });
        QTest::qWait(200);
        new GroupRig::Exchange(m_instances[1].port, webhook(order(key, false), c, key),
            kClientTimeoutMs, [&](const HttpResult &r) {
                second = r;
                ++done;
            });
        QVERIFY(QTest::qWaitFor([&] { return done == 2; }, kClientTimeoutMs + 2000));
        QVERIFY(sandboxFaults(0, { { u"latencyMs"_s, kSandboxLatencyMs } }));
        const int calls = taskCallsFor(0, u"duve:%1:0"_s.arg(key));
        say(u"in flight on hb1, sent again to hb2: %1 / %2; Hub OS called %3 time(s) for it"_s
                .arg(first.summary(), second.summary())
                .arg(calls));
        QCOMPARE(first.status, 200);
        QCOMPARE(second.status, 200);
        QCOMPARE(withoutDuplicate(second.json), withoutDuplicate(first.json));
        QCOMPARE(int(tasksFor(0, u"duve:%1:0"_s.arg(key)).size()), 1);
        QCOMPARE(elsewhere(0, u"duve:%1:0"_s.arg(key)), QString());
    }

    void killNine() { faultRounds(Fault::Kill); }
    void stopPastTheLease() { faultRounds(Fault::Stop); }
    void postgresRestart() { faultRounds(Fault::PgRestart); }
    void terminateBackends() { faultRounds(Fault::Terminate); }
    void hubOsFailing() { faultRounds(Fault::HubOs5xx); }
};

QTEST_GUILESS_MAIN(TestGroup)
#include "tst_group.moc"
