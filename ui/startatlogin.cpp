// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/startatlogin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

#ifdef Q_OS_WIN
namespace {
const QString kRunKey = u"HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"_s;
}

QString StartAtLogin::location()
{
    return kRunKey;
}

bool StartAtLogin::isEnabled()
{
    return QSettings(kRunKey, QSettings::NativeFormat).contains(u"Hubbridge"_s);
}

bool StartAtLogin::setEnabled(bool enabled, QString *)
{
    QSettings run(kRunKey, QSettings::NativeFormat);
    if (enabled)
        run.setValue(u"Hubbridge"_s,
            u'"' + QDir::toNativeSeparators(QCoreApplication::applicationFilePath()) + u'"');
    else
        run.remove(u"Hubbridge"_s);
    run.sync();
    return run.status() == QSettings::NoError;
}
#else
namespace {
// The autostart entry has the installed desktop entry's name (io.hubbridge.Hubbridge.desktop), so
// desktops treat both as the same application; earlier builds wrote hubbridge.desktop.
QString autostartDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + u"/autostart/"_s;
}
const QString kLegacyName = u"hubbridge.desktop"_s;

// `path` as one argument of an Exec key: quoted, with the characters that are special inside
// quotes escaped, then the backslashes escaped again for the string value; % doubled.
QByteArray execArgument(const QString &path)
{
    QString quoted;
    for (const QChar c : path) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    quoted.replace(u'\\', u"\\\\"_s).replace(u'%', u"%%"_s);
    return '"' + quoted.toUtf8() + '"';
}
} // namespace

QString StartAtLogin::location()
{
    return autostartDir() + u"io.hubbridge.Hubbridge.desktop"_s;
}

bool StartAtLogin::isEnabled()
{
    return QFile::exists(location()) || QFile::exists(autostartDir() + kLegacyName);
}

bool StartAtLogin::setEnabled(bool enabled, QString *error)
{
    const QString path = location();
    QFile::remove(autostartDir() + kLegacyName); // replaced by the entry at `path`
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            if (error)
                *error
                    = QCoreApplication::translate("StartAtLogin", "%1 cannot be removed").arg(path);
            return false;
        }
        return true;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    // Like the installed entry, but with this executable's full path (also right when Hubbridge
    // runs from a build folder).
    const QByteArray entry = "[Desktop Entry]\nType=Application\nName=Hubbridge\n"
                             "Comment=Duve orders to Hub OS tasks\nExec="
        + execArgument(QCoreApplication::applicationFilePath())
        + "\nIcon=io.hubbridge.Hubbridge\nTerminal=false\nX-GNOME-Autostart-enabled=true\n";
    if (!file.open(QIODevice::WriteOnly) || file.write(entry) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
#endif
