// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "main/clisupport.h"

#include "core/common/logging.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace CliSupport {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

void announce(const QString &line, QtMsgType type)
{
    if (Log::installed() == Log::Format::Text) {
        err() << line << Qt::endl;
        return;
    }
    switch (type) {
    case QtWarningMsg:
        qCWarning(lcCli).noquote() << line;
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        qCCritical(lcCli).noquote() << line;
        break;
    default:
        qCInfo(lcCli).noquote() << line;
    }
}

int fail(const QString &message)
{
    announce(u"hubbridge: "_s + message, QtCriticalMsg);
    return 1;
}

QCommandLineOption dataDirOption()
{
    return QCommandLineOption(u"data-dir"_s,
        u"Folder holding hubbridge.ini and the history database "
        "(default: %1)."_s.arg(Settings::defaultDataDir()),
        u"DIR"_s);
}

void parseCommand(QCommandLineParser &parser, const QStringList &args, int commandWords,
    const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    QStringList rest = args.mid(1 + commandWords);
    rest.prepend(args.first() + u' ' + args.mid(1, commandWords).join(u' '));
    parser.process(rest);
}

QString dataDirOf(const QCommandLineParser &parser)
{
    return parser.isSet(u"data-dir"_s) ? parser.value(u"data-dir"_s) : Settings::defaultDataDir();
}

QString writeFile(const QString &file, const QByteArray &bytes)
{
    if (file == u"-"_s) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return {};
    }
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return u"cannot write %1: %2"_s.arg(file, f.errorString());
    return {};
}

std::optional<QByteArray> readFile(const QString &file, QString *error)
{
    QFile f(file);
    if (!(file == u"-"_s ? f.open(stdin, QIODevice::ReadOnly) : f.open(QIODevice::ReadOnly))) {
        *error = u"cannot read %1: %2"_s.arg(file, f.errorString());
        return std::nullopt;
    }
    return f.readAll();
}

std::optional<HubOsCredentials> readCredentials(QString *error)
{
    err() << "Hotel ID, access token and password token, one per line:" << Qt::endl;
    QTextStream in(stdin);
    HubOsCredentials c;
    c.hotelId = in.readLine().trimmed();
    c.accessToken = in.readLine().trimmed();
    c.passwordToken = in.readLine().trimmed();
    if (!c.isComplete()) {
        *error = u"three non-empty lines are needed"_s;
        return std::nullopt;
    }
    return c;
}

std::optional<HotelRecord> findHotel(const HistoryStore &store, const QString &key)
{
    for (const HotelRecord &h : store.hotels()) {
        if (h.key == key)
            return h;
    }
    return std::nullopt;
}

DataDir::DataDir(const QString &dir)
    : settings(std::make_unique<Settings>(dir))
    , store(HistoryStore::create(settings->storeLocation()))
{
    if (!store->open(&error))
        error = u"cannot open the history database %1: %2"_s.arg(
            HistoryStore::displayLocation(settings->storeLocation()), error);
}

} // namespace CliSupport
