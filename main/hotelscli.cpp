// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "main/hotelscli.h"

#include "core/config/hotelsecrets.h"
#include "main/clisupport.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace CliSupport;

namespace {

const QString kUsage = u"hubbridge hotels add|list|show|enable|disable|credentials|remove|"
                       "import|export\n"
                       "The hotels of a group served by this Hubbridge. Each hotel has a key (its "
                       "name in the webhook URL /webhooks/duve/KEY, in files and logs: a-z, 0-9, "
                       "'-'), a name, its Hub OS URL and its credentials (the hotel ID, access "
                       "token and password token Duve sends in its custom headers), which are "
                       "kept in a file only this user may read, never in the database.\n"
                       "  add KEY --name N [--hubos-url U] [--retention-days D]   reads the three "
                       "credentials from standard input, one per line\n"
                       "  list | show KEY | enable KEY | disable KEY\n"
                       "  credentials KEY [--grace HOURS]   replace its credentials (standard "
                       "input); with --grace, Duve's requests with the old ones are accepted for "
                       "that long, until its Duve account has the new ones\n"
                       "  remove KEY             its history stays, under its key\n"
                       "  export FILE | import FILE   the hotels as JSON (no credentials)"_s;

// Requests are routed by their custom_hotel_id: two hotels cannot share one.
QString hotelUsing(const DataDir &data, const QString &hotelId, const QString &exceptKey)
{
    for (const HotelRecord &h : data.store->hotels()) {
        QString ignored;
        const auto c = HotelSecrets::read(data.settings->hotelSecretsDir(), h.key, &ignored);
        if (h.key != exceptKey && c && c->current.hotelId == hotelId)
            return h.key;
    }
    return {};
}

bool save(DataDir &data, const HotelRecord &hotel)
{
    bool written = false;
    data.store->saveHotel(hotel, [&written](bool ok) { written = ok; });
    data.store->waitForWrites();
    return written;
}

QString checkUrl(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!url.isEmpty() && (!u.isValid() || !u.scheme().startsWith(u"http"_s) || u.host().isEmpty()))
        return u"\"%1\" is not an http(s) URL"_s.arg(url);
    return {};
}

QJsonObject toJson(const HotelRecord &h)
{
    return { { u"key"_s, h.key }, { u"name"_s, h.name }, { u"hubOsUrl"_s, h.hubOsUrl },
        { u"retentionDays"_s, h.retentionDays }, { u"enabled"_s, h.enabled } };
}

// One hotel of an import file, checked; `error` says what is wrong with it.
HotelRecord fromJson(const QJsonObject &o, QString *error)
{
    HotelRecord h;
    h.key = o.value(u"key"_s).toString();
    h.name = o.value(u"name"_s).toString();
    h.hubOsUrl = o.value(u"hubOsUrl"_s).toString();
    h.retentionDays = o.value(u"retentionDays"_s).toInt(-1);
    h.enabled = o.value(u"enabled"_s).toBool(true);
    if (!HotelRecord::isValidKey(h.key))
        *error = u"\"%1\" is not a hotel key (a-z, 0-9, '-', at most 40)"_s.arg(h.key);
    else if (h.retentionDays < -1)
        *error = u"%1: retentionDays below -1"_s.arg(h.key);
    else
        *error = checkUrl(h.hubOsUrl);
    return h;
}

QString credentialState(const DataDir &data, const QString &key)
{
    QString error;
    const auto secret = HotelSecrets::read(data.settings->hotelSecretsDir(), key, &error);
    if (!secret)
        return error;
    if (secret->acceptsPrevious(QDateTime::currentDateTimeUtc()))
        return u"ok; the previous ones are accepted from Duve until %1"_s.arg(
            secret->previousUntil.toLocalTime().toString(Qt::ISODate));
    return u"ok"_s;
}

} // namespace

int HotelsCli::run(const QStringList &args)
{
    const QString action = args.value(2);
    static const QStringList actions { u"add"_s, u"list"_s, u"show"_s, u"enable"_s, u"disable"_s,
        u"credentials"_s, u"remove"_s, u"import"_s, u"export"_s };
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    if (!actions.contains(action)) {
        parseCommand(parser, args, 1, kUsage);
        return fail(u"hotels: say %1"_s.arg(actions.join(u", "_s)));
    }
    if (action == u"add"_s) {
        parser.addOption({ u"name"_s, u"The hotel's name, as people call it."_s, u"N"_s });
        parser.addOption({ u"hubos-url"_s,
            u"Where its tasks go (default: the data folder's [hubos] url)."_s, u"URL"_s });
        parser.addOption({ u"retention-days"_s,
            u"How long its history is kept (default: [history] retentionDays)."_s, u"D"_s });
    }
    if (action == u"credentials"_s) {
        parser.addOption({ u"grace"_s,
            u"Accept Duve's requests with the replaced credentials for this many hours (at most "
            "168), while its Duve account is changed (default: 0, refused at once)."_s,
            u"HOURS"_s });
    }
    const bool takesKey = action != u"list"_s && action != u"import"_s && action != u"export"_s;
    parser.addPositionalArgument(takesKey ? u"KEY"_s : u"FILE"_s,
        takesKey ? u"The hotel's key."_s : u"The JSON file (- for standard input/output)."_s);
    parseCommand(parser, args, 2, kUsage);
    const QStringList positional = parser.positionalArguments();
    if (action != u"list"_s && positional.size() != 1)
        return fail(u"hotels %1: name one %2"_s.arg(action, takesKey ? u"hotel"_s : u"file"_s));
    const QString key = positional.value(0);
    if (takesKey && !HotelRecord::isValidKey(key))
        return fail(u"\"%1\" is not a hotel key (a-z, 0-9, '-', at most 40)"_s.arg(key));

    DataDir data(dataDirOf(parser));
    if (!data.error.isEmpty())
        return fail(data.error);
    const QString secretsDir = data.settings->hotelSecretsDir();
    QString error;

    if (action == u"list"_s) {
        const QList<HotelRecord> hotels = data.store->hotels();
        for (const HotelRecord &h : hotels) {
            out() << h.key << '\t' << (h.enabled ? "enabled" : "disabled") << '\t' << h.name << '\t'
                  << (h.hubOsUrl.isEmpty() ? u"(default Hub OS)"_s : h.hubOsUrl) << '\t'
                  << "credentials: " << credentialState(data, h.key) << '\n';
        }
        out() << hotels.size() << " hotel(s)" << Qt::endl;
        return 0;
    }
    if (action == u"export"_s) {
        QJsonArray list;
        for (const HotelRecord &h : data.store->hotels())
            list.append(toJson(h));
        const QByteArray json
            = QJsonDocument(QJsonObject { { u"hotels"_s, list } }).toJson(QJsonDocument::Indented);
        if (const QString bad = writeFile(key, json); !bad.isEmpty())
            return fail(bad);
        if (key != u"-"_s)
            out() << "exported " << list.size() << " hotel(s) to " << key << Qt::endl;
        return 0;
    }
    if (action == u"import"_s) {
        const std::optional<QByteArray> text = readFile(key, &error);
        if (!text)
            return fail(error);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(*text, &parseError);
        if (!doc.isObject() || !doc.object().value(u"hotels"_s).isArray())
            return fail(u"%1 is not a hotels file ({\"hotels\": [...]}): %2"_s.arg(
                key, parseError.errorString()));
        QList<HotelRecord> hotels;
        QStringList problems;
        for (const QJsonValue &v : doc.object().value(u"hotels"_s).toArray()) {
            hotels.append(fromJson(v.toObject(), &error));
            if (!error.isEmpty())
                problems.append(error);
        }
        if (!problems.isEmpty()) {
            for (const QString &p : problems)
                err() << key << ": " << p << Qt::endl;
            return fail(u"%1 bad hotel(s); nothing was changed"_s.arg(problems.size()));
        }
        for (HotelRecord h : hotels) {
            if (const auto known = findHotel(*data.store, h.key))
                h.addedAt = known->addedAt;
            if (!save(data, h))
                return fail(u"hotel %1 could not be saved"_s.arg(h.key));
            if (!HotelSecrets::read(secretsDir, h.key, &error))
                err() << h.key << ": no usable credentials yet (" << error
                      << "): hubbridge hotels credentials " << h.key << Qt::endl;
        }
        out() << "imported " << hotels.size() << " hotel(s) from " << key << Qt::endl;
        return 0;
    }

    std::optional<HotelRecord> hotel = findHotel(*data.store, key);
    if (action == u"add"_s) {
        if (hotel)
            return fail(u"hotel %1 exists already (hubbridge hotels show %1)"_s.arg(key));
        HotelRecord h;
        h.key = key;
        h.name = parser.value(u"name"_s);
        h.hubOsUrl = parser.value(u"hubos-url"_s);
        if (const QString bad = checkUrl(h.hubOsUrl); !bad.isEmpty())
            return fail(u"--hubos-url: "_s + bad);
        if (parser.isSet(u"retention-days"_s)) {
            bool ok = false;
            h.retentionDays = parser.value(u"retention-days"_s).toInt(&ok);
            if (!ok || h.retentionDays < 0)
                return fail(u"--retention-days: a number of days (0: keep forever)"_s);
        }
        const auto credentials = readCredentials(&error);
        if (!credentials)
            return fail(error);
        if (const QString other = hotelUsing(data, credentials->hotelId, key); !other.isEmpty())
            return fail(u"hotel %1 has that hotel ID already: Duve's requests are told apart "
                        "by it"_s.arg(other));
        if (!HotelSecrets::write(secretsDir, key, { *credentials, {}, {} }, &error))
            return fail(error);
        if (!save(data, h))
            return fail(u"hotel %1 could not be saved"_s.arg(key));
        out() << "added hotel " << key << "; its credentials are in "
              << HotelSecrets::pathFor(secretsDir, key) << Qt::endl;
        return 0;
    }
    if (!hotel)
        return fail(u"no hotel %1 (hubbridge hotels list)"_s.arg(key));
    if (action == u"show"_s) {
        out() << "key: " << hotel->key << "\nname: " << hotel->name
              << "\nstate: " << (hotel->enabled ? "enabled" : "disabled") << "\nHub OS: "
              << (hotel->hubOsUrl.isEmpty() ? u"the data folder's [hubos] url"_s : hotel->hubOsUrl)
              << "\nretention: "
              << (hotel->retentionDays < 0 ? u"the data folder's [history] retentionDays"_s
                                           : u"%1 days"_s.arg(hotel->retentionDays))
              << "\nadded: " << hotel->addedAt.toString(Qt::ISODate)
              << "\ncredentials: " << HotelSecrets::pathFor(secretsDir, key) << " ("
              << credentialState(data, key) << ")\nwebhook path: /webhooks/duve/" << key
              << Qt::endl;
        return 0;
    }
    if (action == u"enable"_s || action == u"disable"_s) {
        hotel->enabled = action == u"enable"_s;
        if (!save(data, *hotel))
            return fail(u"hotel %1 could not be saved"_s.arg(key));
        out() << "hotel " << key << ' ' << action << 'd' << Qt::endl;
        return 0;
    }
    if (action == u"credentials"_s) {
        const auto credentials = readCredentials(&error);
        if (!credentials)
            return fail(error);
        if (const QString other = hotelUsing(data, credentials->hotelId, key); !other.isEmpty())
            return fail(u"hotel %1 has that hotel ID already"_s.arg(other));
        HotelSecret secret { *credentials, {}, {} };
        bool ok = true;
        const int hours = parser.isSet(u"grace"_s) ? parser.value(u"grace"_s).toInt(&ok) : 0;
        if (!ok || hours < 0 || hours > 168)
            return fail(u"--grace: a number of hours, 0 to 168"_s);
        if (hours > 0) {
            QString unreadable;
            const auto old = HotelSecrets::read(secretsDir, key, &unreadable);
            if (!old)
                return fail(
                    u"--grace: the current credentials cannot be read (%1)"_s.arg(unreadable));
            secret.previous = old->current;
            secret.previousUntil = QDateTime::currentDateTimeUtc().addSecs(hours * 3600);
        }
        if (!HotelSecrets::write(secretsDir, key, secret, &error))
            return fail(error);
        out() << "replaced the credentials of hotel " << key;
        if (hours > 0)
            out() << "; Duve's requests with the old ones are accepted until "
                  << secret.previousUntil.toLocalTime().toString(Qt::ISODate);
        out() << Qt::endl;
        return 0;
    }
    // remove
    bool removed = false;
    data.store->removeHotel(key, [&removed](bool ok) { removed = ok; });
    data.store->waitForWrites();
    if (!removed)
        return fail(u"hotel %1 could not be removed"_s.arg(key));
    if (!HotelSecrets::remove(secretsDir, key, &error))
        return fail(error);
    out() << "removed hotel " << key << "; its history stays" << Qt::endl;
    return 0;
}
