// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "main/cli.h"

#include "core/common/logging.h"
#include "core/config/credentialstore.h"
#include "core/config/settings.h"
#include "core/delivery/bridge.h"
#include "core/delivery/resender.h"
#include "core/hubos/hubossandbox.h"
#include "core/mapping/mapping.h"
#include "core/net/tlsfiles.h"
#include "core/service/runtime.h"
#include "core/store/historystore.h"
#include "core/store/problems.h"
#include "core/upkeep/historyexport.h"
#include "core/upkeep/historymigration.h"
#include "main/clisupport.h"
#include "main/hotelscli.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTextStream>
#include <csignal>
#include <cstdio>
#include <iostream>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace CliSupport;

namespace {

const QStringList kCommands { u"serve"_s, u"sandbox"_s, u"mappings"_s, u"history"_s,
    u"credentials"_s, u"migrate"_s, u"hotels"_s };

// The port option `name` when given; a value that is not a port sets `error`.
std::optional<quint16> portValue(
    const QCommandLineParser &parser, const QString &name, QString *error)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    const uint port = parser.value(name).toUInt(&ok);
    if (ok && port <= 65535)
        return quint16(port);
    *error = u"--%1: \"%2\" is not a port number"_s.arg(name, parser.value(name));
    return std::nullopt;
}

#ifdef Q_OS_UNIX
int g_signalPipe[2] = { -1, -1 };
void onSignal(int signal)
{
    const char c = char(signal);
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}
#endif

// Calls `onStop` (once) on SIGTERM or SIGINT and `onReload` on SIGHUP, from the event loop.
void watchSignals(QObject *context, std::function<void()> onStop, std::function<void()> onReload)
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [notifier, onStop, onReload] {
        char c = 0;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
        if (c == SIGHUP)
            return onReload();
        notifier->setEnabled(false);
        onStop();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGHUP, &action, nullptr);
#else
    Q_UNUSED(context);
    Q_UNUSED(onStop);
    Q_UNUSED(onReload);
#endif
}

// SIGHUP: the settings file and the TLS certificate again (a renewed certificate, a changed
// setting), without dropping an order: a certificate that does not load keeps the listener as
// it is; the old connections are answered before they close.
void reload(Runtime &runtime, const QHostAddress &address, quint16 port)
{
    qCInfo(lcCli) << "SIGHUP: reading" << runtime.settings()->iniPath() << "again";
    runtime.settings()->sync();
    const Settings &settings = *runtime.settings();
    if (!settings.tlsCertPath().isEmpty() || !settings.tlsKeyPath().isEmpty()) {
        QString why;
        if (TlsFiles::load(settings.tlsCertPath(), settings.tlsKeyPath(), &why).isNull()) {
            announce(u"hubbridge: WARNING: not reloaded, the listener stays as it was: "_s + why,
                QtWarningMsg);
            return;
        }
    }
    runtime.applySettings();
    if (!runtime.bridge()->isListening())
        return; // not started yet: it starts with these settings
    runtime.bridge()->stop();
    QString why;
    if (!runtime.startListener(address, port, &why)) {
        fail(why);
        QCoreApplication::exit(1);
        return;
    }
    announce(u"hubbridge: reloaded; listening on "_s + runtime.bridge()->webhookUrl().toString());
}

int runServe(QCoreApplication &app, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    parser.addOption(
        { u"bind"_s, u"Address to listen on (default: listener/bind, 0.0.0.0)."_s, u"ADDR"_s });
    parser.addOption({ u"port"_s, u"Port to listen on (default: listener/port, 8080)."_s, u"N"_s });
    parser.addOption({ u"metrics-port"_s,
        u"Port of /metrics (default: metrics/port; 0: none). Instances that share a data "
        "folder each need their own."_s,
        u"N"_s });
    parser.addOption({ u"log-format"_s,
        u"text (default) or json: one JSON object per line, with the order (and hotel) of each "
        "line as fields of their own (also HUBBRIDGE_LOG_FORMAT)."_s,
        u"FORMAT"_s });
    parseCommand(parser, args, 1,
        u"Receive Duve webhooks and create Hub OS tasks, without a window, until "
        "SIGTERM or SIGINT. Hub OS credentials come from the keychain or from "
        "HUBBRIDGE_HOTEL_ID, HUBBRIDGE_ACCESS_TOKEN and HUBBRIDGE_PASSWORD_TOKEN."_s);

    if (parser.isSet(u"log-format"_s)) {
        const std::optional<Log::Format> format
            = Log::formatFromName(parser.value(u"log-format"_s));
        if (!format)
            return fail(u"--log-format: \"%1\" is neither text nor json"_s.arg(
                parser.value(u"log-format"_s)));
        Log::install(*format);
    }
    Runtime runtime(dataDirOf(parser));
    const Settings &settings = *runtime.settings();
    QHostAddress address = settings.bindAddress();
    if (parser.isSet(u"bind"_s) && !address.setAddress(parser.value(u"bind"_s)))
        return fail(u"--bind: \"%1\" is not an IP address"_s.arg(parser.value(u"bind"_s)));
    QString error;
    const std::optional<quint16> portOption = portValue(parser, u"port"_s, &error);
    const std::optional<quint16> metricsPort = portValue(parser, u"metrics-port"_s, &error);
    if (!error.isEmpty())
        return fail(error);
    const quint16 port = portOption.value_or(settings.port());
    if (!runtime.open(&error))
        return fail(error);
    if (!runtime.recoveryNotice().isEmpty())
        announce(u"hubbridge: WARNING: "_s + runtime.recoveryNotice(), QtWarningMsg);
    runtime.startMaintenance();
    if (!runtime.startMetrics(&error, metricsPort))
        return fail(error);
    if (runtime.metricsUrl().isValid())
        announce(u"hubbridge metrics on "_s + runtime.metricsUrl().toString());

    // Listening starts once the credentials are known (keychain, environment), so that the
    // first request is already checked against them.
    runtime.loadCredentials([&runtime, address, port] {
        if (!runtime.listenError().isEmpty()) // the sandbox could not start
            announce(u"hubbridge: WARNING: "_s + runtime.listenError(), QtWarningMsg);
        if (runtime.usesSandbox() && runtime.sandbox())
            qCInfo(lcCli).noquote()
                << "hubos/useSandbox is on: orders go to the built-in sandbox at"
                << runtime.sandbox()->url().toString();
        else if (runtime.settings()->hubOsUrl().isEmpty())
            qCWarning(lcCli) << "hubos/url is not set in" << runtime.settings()->iniPath()
                             << "- orders cannot reach Hub OS";
        QString why;
        if (!runtime.startListener(address, port, &why)) {
            fail(why);
            QCoreApplication::exit(1);
            return;
        }
        announce(u"hubbridge %1 listening on %2"_s.arg(
            QCoreApplication::applicationVersion(), runtime.bridge()->webhookUrl().toString()));
    });

    watchSignals(
        &app,
        [&runtime, &app] {
            qCInfo(lcCli) << "stopping: finishing the orders in flight";
            runtime.bridge()->shutdown([&app] { app.quit(); });
        },
        [&runtime, address, port] { reload(runtime, address, port); });
    const int code = app.exec();
    qCInfo(lcCli) << "stopped";
    return code;
}

int runSandbox(QCoreApplication &app, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(
        { u"bind"_s, u"Address to listen on (default 127.0.0.1)."_s, u"ADDR"_s, u"127.0.0.1"_s });
    parser.addOption({ u"port"_s, u"Port to listen on (default 8090; 0 picks a free one)."_s,
        u"N"_s, u"8090"_s });
    parser.addOption({ u"latency-ms"_s, u"Delay before every answer."_s, u"MS"_s, u"0"_s });
    parser.addOption({ u"rooms"_s,
        u"Comma-separated rooms Hub OS knows (default 101-120 ... "
        "501-520)."_s,
        u"LIST"_s });
    parseCommand(parser, args, 1,
        u"Run a Hub OS stand-in that speaks the bridge's outbound contract. It accepts "
        "the credentials in HUBBRIDGE_HOTEL_ID, HUBBRIDGE_ACCESS_TOKEN and "
        "HUBBRIDGE_PASSWORD_TOKEN, or the demo values sandbox-hotel, "
        "sandbox-access-token and sandbox-password-token."_s);

    HubOsSandbox sandbox;
    QHostAddress address;
    if (!address.setAddress(parser.value(u"bind"_s)))
        return fail(u"--bind: \"%1\" is not an IP address"_s.arg(parser.value(u"bind"_s)));
    sandbox.setLatencyMs(parser.value(u"latency-ms"_s).toInt());
    if (parser.isSet(u"rooms"_s))
        sandbox.setRooms(parser.value(u"rooms"_s).split(u',', Qt::SkipEmptyParts));
    QString error;
    if (!sandbox.listen(address, quint16(parser.value(u"port"_s).toUInt()), &error))
        return fail(error);
    const bool demo = !HubOsCredentials::fromEnvironment().isComplete();
    out() << "Hub OS sandbox on " << sandbox.url().toString()
          << " (credentials: " << (demo ? u"demo values"_s : u"from the environment"_s) << ")"
          << Qt::endl;
    watchSignals(
        &app, [&app] { app.quit(); }, [] {}); // nothing to reload
    return app.exec();
}

int runMappings(const QStringList &args)
{
    const QString action = args.value(2);
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    parser.addPositionalArgument(u"FILE.csv"_s, u"The CSV file (- for standard input/output)."_s);
    parser.addOption({ u"hotel"_s,
        u"A hotel of the group (hubbridge hotels): its own rows, which replace the group's "
        "row by row (default: the group's table, or this hotel's own)."_s,
        u"KEY"_s });
    if (action != u"import"_s && action != u"export"_s) {
        parseCommand(parser, args, 1,
            u"hubbridge mappings import FILE.csv | export FILE.csv\nEdit the Duve "
            "external ID -> Hub OS task type table. CSV header: "
            "duve_external_id,hubos_task_type_id,label"_s);
        return fail(u"mappings: say import or export"_s);
    }
    parseCommand(parser, args, 2,
        action == u"import"_s ? u"Replace the mapping table with a CSV file. Every row is checked "
                                "first; if any row is bad, nothing changes."_s
                              : u"Write the mapping table to a CSV file."_s);
    if (parser.positionalArguments().size() != 1)
        return fail(u"mappings %1: name one CSV file"_s.arg(action));
    const QString file = parser.positionalArguments().front();

    DataDir data(dataDirOf(parser));
    if (!data.error.isEmpty())
        return fail(data.error);
    const QString hotel = parser.value(u"hotel"_s);
    if (!hotel.isEmpty() && !findHotel(*data.store, hotel))
        return fail(u"--hotel: no hotel %1 (hubbridge hotels list)"_s.arg(hotel));

    if (action == u"export"_s) {
        const QList<MappingRow> rows = data.store->mappings(hotel);
        if (const QString bad = writeFile(file, Mapping::toCsv(rows)); !bad.isEmpty())
            return fail(bad);
        if (file != u"-"_s)
            out() << "exported " << rows.size() << " mappings to " << file << Qt::endl;
        return 0;
    }

    QString error;
    const std::optional<QByteArray> text = readFile(file, &error);
    if (!text)
        return fail(error);
    const CsvImport csv = Mapping::parseCsv(*text);
    if (!csv.ok()) {
        for (const QString &e : csv.errors)
            err() << file << ": " << e << Qt::endl;
        return fail(u"%1 bad row(s); the mapping table was not changed"_s.arg(csv.errors.size()));
    }
    bool written = false;
    data.store->replaceMappings(
        csv.rows, [&written](bool ok) { written = ok; }, hotel);
    data.store->waitForWrites();
    if (!written)
        return fail(u"the mapping table could not be written"_s);
    out() << "imported " << csv.rows.size() << " mappings from " << file << Qt::endl;
    return 0;
}

int runResend(QCoreApplication &app, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    parser.addOption({ u"status"_s,
        u"Outcome of the entries to resend: failed, pending, rejected, interrupted, ... "
        "(repeatable)."_s,
        u"OUTCOME"_s });
    parser.addOption(
        { u"since"_s, u"Only entries received at or after this ISO 8601 time."_s, u"ISO"_s });
    parser.addOption({ u"id"_s, u"Resend this one entry (repeatable)."_s, u"N"_s });
    parser.addOption(
        { u"hotel"_s, u"Only this hotel's entries (a group's: hubbridge hotels)."_s, u"KEY"_s });
    parser.addOption({ u"dry-run"_s, u"Only count what would be resent."_s });
    parseCommand(parser, args, 2,
        u"Send recorded Duve requests through the bridge again, as if Duve had re-sent them. "
        "Each order goes once (its newest entry), with the same idempotency keys, so Hub OS "
        "never gets a second task."_s);
    if (!parser.isSet(u"status"_s) && !parser.isSet(u"id"_s))
        return fail(u"history resend: say which entries, with --status or --id"_s);

    Runtime runtime(dataDirOf(parser));
    QString error;
    if (!runtime.open(&error))
        return fail(error);
    QList<qint64> ids;
    for (const QString &id : parser.values(u"id"_s)) {
        bool ok = false;
        ids.append(id.toLongLong(&ok));
        if (!ok)
            return fail(u"--id: \"%1\" is not an entry number"_s.arg(id));
    }
    if (parser.isSet(u"status"_s)) {
        HistoryFilter filter;
        for (const QString &status : parser.values(u"status"_s)) {
            const std::optional<Outcome> outcome = outcomeFromName(status);
            if (!outcome) {
                return fail(u"--status: \"%1\" is not an outcome (%2)"_s.arg(
                    status, outcomeNames(allOutcomes()).join(u", "_s)));
            }
            filter.outcomes.append(*outcome);
        }
        if (parser.isSet(u"since"_s)) {
            filter.from = QDateTime::fromString(parser.value(u"since"_s), Qt::ISODate);
            if (!filter.from.isValid())
                return fail(
                    u"--since: \"%1\" is not an ISO 8601 time"_s.arg(parser.value(u"since"_s)));
        }
        if (parser.isSet(u"hotel"_s))
            filter.hotel = parser.value(u"hotel"_s);
        ids += runtime.bridge()->replayableEntries(filter);
    }
    out() << ids.size() << (ids.size() == 1 ? " entry" : " entries") << " to resend" << Qt::endl;
    if (parser.isSet(u"dry-run"_s) || ids.isEmpty())
        return 0;

    Resender resender(runtime.bridge(), ids);
    QMap<QString, int> outcomes;
    QObject::connect(&resender, &Resender::entryDone, &resender,
        [&](qint64 id, Resender::Result result, bool replayed, const DuveAnswer &a) {
            const std::optional<HistoryEntry> e = runtime.store()->entry(id);
            out() << "#" << id;
            if (e && !e->orderKey.isEmpty())
                out() << " order " << e->orderKey;
            if (result == Resender::Result::Skipped) {
                out() << ": skipped - " << a.detail << Qt::endl;
            } else {
                out() << ": " << a.httpStatus << " "
                      << (a.code().isEmpty() ? outcomeName(a.outcome) : a.code());
                const QJsonArray tasks = a.body.value(u"tasks"_s).toArray();
                for (const QJsonValue &t : tasks)
                    out() << " " << t[u"taskId"_s].toString();
                if (result != Resender::Result::Resolved)
                    out() << " - " << (a.detail.isEmpty() ? a.message() : a.detail);
                out() << Qt::endl;
            }
            outcomes[replayed ? outcomeName(a.outcome) : u"skipped"_s] += 1;
        });
    QObject::connect(
        &resender, &Resender::finished, &resender, [&](const Resender::Summary &summary) {
            runtime.store()->waitForWrites();
            QStringList tally;
            for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
                tally.append(u"%1 %2"_s.arg(it.value()).arg(it.key()));
            out() << "resent " << summary.sent << ": " << tally.join(u", "_s) << Qt::endl;
            // Not resolved: exit status 3, for scripts.
            QCoreApplication::exit(summary.allResolved() ? 0 : 3);
        });
    // The same Hub OS, credentials and sandbox rule as serve and the window.
    runtime.loadCredentials([&resender] { resender.start(); });
    return app.exec();
}

// What needs a person, grouped by cause: the same report as the window's Overview and the
// same counts as the tray and /healthz.
int runProblems(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    parser.addOption(
        { u"hotel"_s, u"Only this hotel's orders (a group's: hubbridge hotels)."_s, u"KEY"_s });
    parseCommand(parser, args, 2,
        u"List the orders that need a person, grouped by cause, as the window shows them."_s);
    DataDir data(dataDirOf(parser));
    if (!data.error.isEmpty())
        return fail(data.error);
    std::optional<QString> hotel;
    if (parser.isSet(u"hotel"_s)) {
        hotel = parser.value(u"hotel"_s);
        if (!hotel->isEmpty() && !findHotel(*data.store, *hotel))
            return fail(u"--hotel: no hotel %1 (hubbridge hotels list)"_s.arg(*hotel));
    }
    const ProblemReport report = Problems::report(*data.store, 500, hotel);
    out() << "needs attention: " << report.counts.needsAttention
          << ", retrying: " << report.counts.retrying << Qt::endl;
    for (const ProblemGroup &group : report.groups) {
        out() << Qt::endl << group.title;
        if (group.requests == 0)
            out() << " (" << group.orders.size() << (group.retrying ? " retrying)" : ")");
        out() << Qt::endl;
        for (const HistoryRow &row : group.orders)
            out() << "  entry " << row.id << "  "
                  << row.receivedAt.toLocalTime().toString(Qt::ISODate) << "  order "
                  << (row.orderNumber.isEmpty() ? row.orderKey : row.orderNumber) << "  room "
                  << row.room << "  " << row.guest << Qt::endl;
    }
    return 0;
}

int runHistory(QCoreApplication &app, const QStringList &args)
{
    const QString action = args.value(2);
    if (action == u"resend"_s)
        return runResend(app, args);
    if (action == u"problems"_s)
        return runProblems(args);
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    parser.addPositionalArgument(u"FILE.jsonl"_s, u"Where to write (- for standard output)."_s);
    parser.addOption(
        { u"hotel"_s, u"Only this hotel's entries (a group's: hubbridge hotels)."_s, u"KEY"_s });
    if (action != u"export"_s) {
        parseCommand(parser, args, 1,
            u"hubbridge history export FILE.jsonl | resend --status OUTCOME [--since ISO] | "
            "problems"_s);
        return fail(u"history: say export, resend or problems"_s);
    }
    parseCommand(parser, args, 2,
        u"Write every history entry as one JSON object per line, oldest first. "
        "Credential header values appear as ***."_s);
    if (parser.positionalArguments().size() != 1)
        return fail(u"history export: name one file"_s);
    const QString file = parser.positionalArguments().front();

    DataDir data(dataDirOf(parser));
    if (!data.error.isEmpty())
        return fail(data.error);

    QSaveFile saveFile(file);
    QFile stdoutFile;
    QIODevice *device = &saveFile;
    if (file == u"-"_s) {
        stdoutFile.open(stdout, QIODevice::WriteOnly);
        device = &stdoutFile;
    } else if (!saveFile.open(QIODevice::WriteOnly)) {
        return fail(u"cannot write %1: %2"_s.arg(file, saveFile.errorString()));
    }
    qint64 count = 0;
    const std::optional<QString> hotel
        = parser.isSet(u"hotel"_s) ? std::optional(parser.value(u"hotel"_s)) : std::nullopt;
    bool ok = data.store->forEachEntry([&](const HistoryEntry &e) {
        if (hotel && e.hotel != *hotel)
            return true;
        device->write(HistoryExport::toJsonLine(e, data.store->attempts(e.id)));
        ++count;
        return true;
    });
    if (!ok)
        return fail(u"cannot read the history"_s);
    if (device == &saveFile && !saveFile.commit())
        return fail(u"cannot write %1: %2"_s.arg(file, saveFile.errorString()));
    if (device != &stdoutFile)
        out() << "exported " << count << " entries to " << file << Qt::endl;
    return 0;
}

int runCredentials(QCoreApplication &app, const QStringList &args)
{
    const QString action = args.value(2);
    QCommandLineParser parser;
    if (action != u"set"_s && action != u"status"_s && action != u"clear"_s) {
        parseCommand(parser, args, 1,
            u"hubbridge credentials set | status | clear\nManage the Hub OS credentials "
            "in the system keychain. `set` reads the hotel ID, access token and password "
            "token from standard input, one per line."_s);
        return fail(u"credentials: say set, status or clear"_s);
    }
    parseCommand(parser, args, 2, u"Hub OS credentials in the system keychain."_s);
    CredentialStore store;
    int code = -1;
    if (action == u"set"_s) {
        QString error;
        const std::optional<HubOsCredentials> c = readCredentials(&error);
        if (!c)
            return fail(error);
        store.save(*c, [&code](const QString &error) {
            code = error.isEmpty() ? 0 : fail(u"keychain: "_s + error);
            if (code == 0)
                out() << "saved in the keychain" << Qt::endl;
        });
    } else if (action == u"clear"_s) {
        store.clear([&code](const QString &error) {
            code = error.isEmpty() ? 0 : fail(u"keychain: "_s + error);
        });
    } else {
        store.load([&code](const HubOsCredentials &c, const QString &error) {
            const HubOsCredentials env = HubOsCredentials::fromEnvironment();
            auto line = [&](const char *name, const QString &value, const QString &fromEnv) {
                out() << name << ": "
                      << (value.isEmpty() ? u"not set"_s
                                          : (fromEnv.isEmpty() ? u"set (keychain)"_s
                                                               : u"set (environment)"_s))
                      << Qt::endl;
            };
            line("hotel ID", c.hotelId, env.hotelId);
            line("access token", c.accessToken, env.accessToken);
            line("password token", c.passwordToken, env.passwordToken);
            if (!error.isEmpty())
                err() << "keychain: " << error << Qt::endl;
            code = c.isComplete() ? 0 : 2;
        });
    }
    while (code < 0)
        app.processEvents(QEventLoop::WaitForMoreEvents);
    return code;
}

// hubbridge migrate: a hotel's SQLite history into the group's PostgreSQL database.
int runMigrate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({ u"from"_s, u"The data folder whose SQLite history moves."_s, u"DIR"_s });
    parser.addOption({ u"to"_s,
        u"The group's database: postgresql://user@host/db (password from ~/.pgpass, "
        "PGPASSFILE or PGPASSWORD)."_s,
        u"URL"_s });
    parser.addOption({ u"hotel"_s,
        u"The group's hotel (hubbridge hotels add) the history becomes: its entries and orders "
        "carry its key, its mappings and room names become that hotel's own rows. Without it, "
        "they are the database's own (a single hotel's)."_s,
        u"KEY"_s });
    parseCommand(parser, args, 1,
        u"Copy a hotel's history (every entry with its Hub OS attempts), orders (pending ones "
        "are retried by the group's service), mappings and room names from its data folder into "
        "a PostgreSQL database, and check the counts. Run it again to copy what arrived since: "
        "nothing is copied twice. Stop the hotel's Hubbridge first."_s);
    if (!parser.isSet(u"from"_s) || !parser.isSet(u"to"_s))
        return fail(u"migrate: say --from DIR and --to postgresql://..."_s);
    const QString url = parser.value(u"to"_s);
    if (!HistoryStore::isServerUrl(url))
        return fail(u"migrate: --to must be a postgresql:// URL"_s);

    if (!QFileInfo(parser.value(u"from"_s)).isDir())
        return fail(u"migrate: %1 is not a folder"_s.arg(parser.value(u"from"_s)));
    const Settings settings(parser.value(u"from"_s));
    if (!QFileInfo::exists(settings.databasePath()))
        return fail(u"migrate: there is no history at %1"_s.arg(settings.databasePath()));
    const std::unique_ptr<HistoryStore> from = HistoryStore::create(settings.databasePath());
    const std::unique_ptr<HistoryStore> to = HistoryStore::create(url);
    QString error;
    if (!from->open(&error))
        return fail(u"cannot open %1: %2"_s.arg(settings.databasePath(), error));
    if (!to->open(&error))
        return fail(u"cannot open %1: %2"_s.arg(HistoryStore::displayLocation(url), error));

    const QString hotel = parser.value(u"hotel"_s);
    if (!hotel.isEmpty() && !findHotel(*to, hotel))
        return fail(u"migrate: --hotel: the database has no hotel %1 (hubbridge hotels add "
                    "%1 --data-dir DIR, where DIR's [store] url is this database)"_s.arg(hotel));

    out() << "copying " << settings.databasePath() << " to " << HistoryStore::displayLocation(url)
          << (hotel.isEmpty() ? QString() : u" as hotel "_s + hotel) << Qt::endl;
    const HistoryMigration::Report r = HistoryMigration::run(
        // Each hotel's copies have origins of their own: two hotels' entry 7 are not one.
        *from, *to, hotel.isEmpty() ? u"sqlite"_s : u"sqlite@"_s + hotel, hotel,
        [](qint64 done, qint64 total) {
            err() << "  " << done << " of " << total << " entries" << Qt::endl;
        });
    out() << "entries: " << r.sourceEntries << " in the source, " << r.added << " copied now, "
          << r.found << " copied before\n"
          << "orders: " << r.orders << ", mappings: " << r.mappings
          << ", room names: " << r.roomMappings << ", reservation rooms: " << r.reservationRooms
          << Qt::endl;
    if (!r.error.isEmpty())
        return fail(u"migrate: "_s + r.error);
    out() << "verified: the database holds every entry, order and mapping of the source"
          << Qt::endl;
    return 0;
}

} // namespace

bool Cli::wantsCommand(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    return kCommands.contains(first) || first == u"--help"_s || first == u"-h"_s
        || first == u"--help-all"_s || first == u"--version"_s || first == u"-v"_s
        || first == u"-?"_s;
}

void Cli::setApplicationInfo()
{
    QCoreApplication::setOrganizationName(u"Hubbridge"_s);
    QCoreApplication::setApplicationName(u"hubbridge"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(HUBBRIDGE_VERSION));
}

QString Cli::dataDirFromArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    parser.parse(arguments);
    return dataDirOf(parser);
}

int Cli::run(QCoreApplication &app)
{
    const QStringList args = app.arguments();
    const QString command = args.value(1);
    if (command == u"serve"_s)
        return runServe(app, args);
    if (command == u"sandbox"_s)
        return runSandbox(app, args);
    if (command == u"mappings"_s)
        return runMappings(args);
    if (command == u"history"_s)
        return runHistory(app, args);
    if (command == u"credentials"_s)
        return runCredentials(app, args);
    if (command == u"migrate"_s)
        return runMigrate(args);
    if (command == u"hotels"_s)
        return HotelsCli::run(args);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Hubbridge turns Duve guest orders into Hub OS housekeeping tasks.\n\n"
        "Without a command it opens the front-desk window. Commands:\n"
        "  serve                      receive Duve webhooks headless (until SIGTERM)\n"
        "  sandbox                    run a Hub OS stand-in for tests and demos\n"
        "  mappings import|export F   edit the external-ID table as CSV\n"
        "  history export F.jsonl     write the history as JSON lines\n"
        "  history resend --status S  send failed orders through again\n"
        "  history problems           what needs a person, grouped by cause\n"
        "  credentials set|status|clear  Hub OS credentials in the keychain\n"
        "  migrate --from DIR --to URL  move a hotel's history into PostgreSQL\n"
        "  hotels add|list|show|...   the hotels of a group served by this Hubbridge\n\n"
        "`hubbridge COMMAND --help` describes each."_s);
    parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addOption(dataDirOption());
    parser.addPositionalArgument(u"command"_s, u"One of the commands above."_s, u"[command]"_s);
    // --version is answered here, with the licence (the GNU way); QCommandLineParser's own
    // would print the version alone. Errors and --help are left to process().
    if (parser.parse(args) && parser.isSet(versionOption)) {
        out() << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << "\n"
              << "Copyright 2026 the Hubbridge authors.\n"
                 "License GPL-3.0-or-later: GNU GPL version 3 or later "
                 "<https://gnu.org/licenses/gpl.html>.\n"
                 "This is free software: you are free to change and redistribute it.\n"
                 "There is NO WARRANTY, to the extent permitted by law."
              << Qt::endl;
        return 0;
    }
    parser.process(app);
    return 0;
}
