// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/common/logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <atomic>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcListener, "hubbridge.listener", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGuard, "hubbridge.guard", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPayload, "hubbridge.payload", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDelivery, "hubbridge.delivery", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHubOs, "hubbridge.hubos", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "hubbridge.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "hubbridge.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "hubbridge.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "hubbridge.cli", QtInfoMsg)

namespace {

// A field travels inside the message between two group separators, its name and value split by
// a record separator: control characters that no log text of ours contains.
constexpr QChar kFieldMark(0x1d);
constexpr QChar kValueMark(0x1e);

std::atomic<Log::Format> g_format { Log::Format::Text };
QMutex g_writeMutex;

// The message as people read it ("order KEY"), and its fields.
QString readable(const QString &message, QJsonObject *fields)
{
    if (!message.contains(kFieldMark))
        return message;
    QString text;
    text.reserve(message.size());
    qsizetype at = 0;
    while (at < message.size()) {
        const qsizetype start = message.indexOf(kFieldMark, at);
        const qsizetype split = start < 0 ? -1 : message.indexOf(kValueMark, start + 1);
        const qsizetype end = split < 0 ? -1 : message.indexOf(kFieldMark, split + 1);
        if (end < 0) {
            text += QStringView(message).mid(at);
            break;
        }
        text += QStringView(message).mid(at, start - at);
        const QString name = message.mid(start + 1, split - start - 1);
        const QString value = message.mid(split + 1, end - split - 1);
        text += name + u' ' + value;
        if (fields)
            fields->insert(name, value);
        at = end + 1;
    }
    return text;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

void write(const QByteArray &line)
{
    const QMutexLocker lock(&g_writeMutex);
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_format.load() == Log::Format::Json) {
        QJsonObject o;
        const QString text = readable(message, &o);
        o.insert(u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        o.insert(u"level"_s, QLatin1StringView(levelName(type)));
        if (context.category && qstrcmp(context.category, "default") != 0)
            o.insert(u"category"_s, QLatin1StringView(context.category));
        o.insert(u"message"_s, text);
        write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    } else {
        write(qFormatLogMessage(type, context, readable(message, nullptr)).toLocal8Bit() + '\n');
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

namespace Log {

void install(Format format)
{
    g_format.store(format);
    qInstallMessageHandler(handle);
}

Format installed()
{
    return g_format.load();
}

std::optional<Format> formatFromName(QStringView name)
{
    if (name.compare(u"json"_s, Qt::CaseInsensitive) == 0)
        return Format::Json;
    if (name.compare(u"text"_s, Qt::CaseInsensitive) == 0)
        return Format::Text;
    return std::nullopt;
}

Format formatFromEnvironment()
{
    return formatFromName(qEnvironmentVariable("HUBBRIDGE_LOG_FORMAT")).value_or(Format::Text);
}

} // namespace Log

QDebug operator<<(QDebug debug, const Log::Field &field)
{
    if (field.value.isEmpty())
        return debug;
    const QDebugStateSaver saver(debug);
    // Within the field, the separators (and line breaks) of a value would break the line apart.
    QString value = field.value;
    value.replace(kFieldMark, u' ').replace(kValueMark, u' ');
    // One QString: QDebug writes a string as it is without quotes, but escapes a lone QChar.
    debug.noquote().nospace() << (kFieldMark + QLatin1StringView(field.name) + kValueMark + value
        + kFieldMark);
    return debug;
}
