// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/config/hotelsecrets.h"

#include "core/store/records.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther;

QString systemdCredential(const QString &key)
{
    const QString dir = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (dir.isEmpty())
        return {};
    const QString path = dir + u"/hotel-"_s + key;
    return QFileInfo::exists(path) ? path : QString();
}
} // namespace

QString HotelSecrets::pathFor(const QString &dir, const QString &key)
{
    const QString systemd = systemdCredential(key);
    return systemd.isEmpty() ? dir + u'/' + key + u".conf"_s : systemd;
}

std::optional<HotelSecret> HotelSecrets::read(
    const QString &dir, const QString &key, QString *error)
{
    // A key is a file name: never a path (a row written to the database by other means).
    if (!HotelRecord::isValidKey(key)) {
        *error = u"\"%1\" is not a hotel key"_s.arg(key);
        return std::nullopt;
    }
    const QString path = pathFor(dir, key);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, f.errorString());
        return std::nullopt;
    }
#ifdef Q_OS_UNIX
    // systemd's credentials are the service's alone; a file of ours must be too.
    if (systemdCredential(key).isEmpty() && (f.permissions() & kOthers)) {
        *error = u"%1 may be read by others than its owner: chmod 600 it (its credentials are "
                 "not used until then)"_s.arg(path);
        return std::nullopt;
    }
#endif
    const HotelSecret secret = parse(f.readAll());
    if (!secret.current.isComplete()) {
        *error = u"%1 lacks hotel_id, access_token or password_token"_s.arg(path);
        return std::nullopt;
    }
    return secret;
}

bool HotelSecrets::write(
    const QString &dir, const QString &key, const HotelSecret &secret, QString *error)
{
    if (!HotelRecord::isValidKey(key)) {
        *error = u"\"%1\" is not a hotel key"_s.arg(key);
        return false;
    }
    if (!QDir().mkpath(dir)
        || !QFile::setPermissions(
            dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        *error = u"cannot create the folder %1"_s.arg(dir);
        return false;
    }
    QSaveFile f(dir + u'/' + key + u".conf"_s);
    const QByteArray text = format(key, secret);
    // The owner alone, before a byte is written.
    if (!f.open(QIODevice::WriteOnly)
        || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || f.write(text) != text.size() || !f.commit()) {
        *error = u"cannot write %1: %2"_s.arg(f.fileName(), f.errorString());
        return false;
    }
    return true;
}

bool HotelSecrets::remove(const QString &dir, const QString &key, QString *error)
{
    QFile f(dir + u'/' + key + u".conf"_s);
    if (!f.exists() || f.remove())
        return true;
    *error = u"cannot remove %1: %2"_s.arg(f.fileName(), f.errorString());
    return false;
}

QByteArray HotelSecrets::format(const QString &key, const HotelSecret &secret)
{
    const auto values = [](const QByteArray &prefix, const HubOsCredentials &c) -> QByteArray {
        return prefix + "hotel_id=" + c.hotelId.toUtf8() + '\n' + prefix
            + "access_token=" + c.accessToken.toUtf8() + '\n' + prefix
            + "password_token=" + c.passwordToken.toUtf8() + '\n';
    };
    QByteArray text = "# Hubbridge: hotel " + key.toUtf8()
        + "'s credentials (Duve's custom headers, sent on to Hub OS)\n"
        + values({}, secret.current);
    if (secret.previous.isComplete() && secret.previousUntil.isValid()) {
        text += "# the values these replaced, accepted from Duve until previous_until\n"
            + values("previous_", secret.previous) + "previous_until="
            + secret.previousUntil.toUTC().toString(Qt::ISODate).toUtf8() + '\n';
    }
    return text;
}

HotelSecret HotelSecrets::parse(const QByteArray &text)
{
    HotelSecret secret;
    for (const QByteArray &raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        const qsizetype eq = line.indexOf('=');
        if (line.startsWith('#') || eq <= 0)
            continue;
        QByteArray name = line.left(eq).trimmed();
        const QString value = QString::fromUtf8(line.mid(eq + 1).trimmed());
        if (name == "previous_until") {
            secret.previousUntil = QDateTime::fromString(value, Qt::ISODate);
            continue;
        }
        HubOsCredentials &c = name.startsWith("previous_") ? secret.previous : secret.current;
        if (name.startsWith("previous_"))
            name = name.mid(9);
        if (name == "hotel_id")
            c.hotelId = value;
        else if (name == "access_token")
            c.accessToken = value;
        else if (name == "password_token")
            c.passwordToken = value;
    }
    return secret;
}
