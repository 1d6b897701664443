#include "startatlogin.h"

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
QString StartAtLogin::location()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + u"/autostart/hubbridge.desktop"_s;
}

bool StartAtLogin::isEnabled()
{
    return QFile::exists(location());
}

bool StartAtLogin::setEnabled(bool enabled, QString *error)
{
    const QString path = location();
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
    const QString exec = QCoreApplication::applicationFilePath();
    const QByteArray entry = "[Desktop Entry]\nType=Application\nName=Hubbridge\n"
                             "Comment=Duve orders to Hub OS tasks\nExec=\""
        + exec.toUtf8() + "\"\nX-GNOME-Autostart-enabled=true\nTerminal=false\n";
    if (!file.open(QIODevice::WriteOnly) || file.write(entry) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
#endif
