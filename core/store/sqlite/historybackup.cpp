// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// SqliteHistoryStore: the backup copy of the database.
#include "core/common/logging.h"
#include "core/store/sqlite/sqlitehistorystore.h"
#include "core/store/sqlite/sqlsupport.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace StoreSql;

namespace {

// Makes the copy durable before it is renamed into place (VACUUM INTO does not sync it).
bool syncFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#else
    return file.flush();
#endif
}

// The copy is only kept when SQLite finds it whole.
bool verify(const QString &path, QString *error)
{
    return withOwnConnection(path, u"QSQLITE_OPEN_READONLY"_s, error, [error](QSqlDatabase &db) {
        QSqlQuery q(db);
        const bool ok
            = q.exec(u"PRAGMA integrity_check"_s) && q.next() && q.value(0).toString() == u"ok"_s;
        if (!ok)
            *error = u"the copy failed its integrity check: %1"_s.arg(
                q.lastError().isValid() ? q.lastError().text() : q.value(0).toString());
        return ok;
    });
}

} // namespace

// VACUUM INTO copies one read snapshot of the database, however much is written meanwhile
// (the backup API started over at every write, and never finished under steady load), and
// writes it compact; the copy is synced, checked, and only then renamed into place.
bool SqliteHistoryStore::backup(const QString &dbPath, const QString &target, QString *error)
{
    const QString partial = target + u".part"_s;
    QFile::remove(partial);
    bool ok = withOwnConnection(dbPath, u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s,
        error, [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.prepare(u"VACUUM INTO ?"_s);
            q.addBindValue(partial);
            if (!q.exec()) {
                *error = q.lastError().text();
                return false;
            }
            return true;
        });
    if (ok && !syncFile(partial)) {
        ok = false;
        *error = u"cannot write the backup to disk"_s;
    }
    ok = ok && verify(partial, error);
    if (ok) {
        QFile::remove(target);
        ok = QFile::rename(partial, target);
        if (!ok)
            *error = u"cannot rename the backup into place"_s;
    }
    if (!ok)
        QFile::remove(partial);
    return ok;
}

HistoryStore::BackupJob SqliteHistoryStore::backupJob() const
{
    return { u".sqlite"_s, [path = m_path](const QString &target, QString *error) {
                return backup(path, target, error);
            } };
}
