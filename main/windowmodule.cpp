// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "main/windowmodule.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// The executable's folder without a QCoreApplication (the window creates its own QApplication).
QString executableDir(const char *argv0)
{
    const QFileInfo self(u"/proc/self/exe"_s);
    if (self.exists())
        return QFileInfo(self.canonicalFilePath()).absolutePath();
    return QFileInfo(QString::fromLocal8Bit(argv0)).absolutePath();
}

} // namespace

int WindowModule::run(int argc, char **argv, const QString &dataDir)
{
    const QDir bin(executableDir(argv[0]));
    const QString name = u"hubbridge-window.so"_s;
    const QStringList candidates { bin.filePath(name),
        QDir::cleanPath(bin.filePath(QStringLiteral(HUBBRIDGE_WINDOW_MODULE_DIR) + u'/' + name)) };
    QStringList errors;
    for (const QString &path : candidates) {
        if (!QFileInfo::exists(path))
            continue;
        QLibrary module(path);
        const auto entry = reinterpret_cast<Entry>(module.resolve(entryPoint));
        if (entry)
            return entry(argc, argv, dataDir.toUtf8().constData()); // never unloaded
        errors.append(module.errorString());
    }
    const QString why = errors.isEmpty() ? u"not found in %1"_s.arg(candidates.join(u" or "_s))
                                         : errors.join(u"; "_s);
    std::fprintf(stderr,
        "hubbridge: cannot open the window: %s\n"
        "hubbridge: the commands work without it (hubbridge --help lists them)\n",
        qPrintable(why));
    return 1;
}
