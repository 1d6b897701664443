// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// SqliteHistoryStore: the backup copy of the database.
#include "core/common/logging.h"
#include "core/store/sqlite/sqlitehistorystore.h"
#include "core/store/sqlite/sqlitestatement.h"
#include "core/store/sqlite/sqlsupport.h"

#include <QFile>
#include <QSqlError>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace StoreSql;

bool SqliteHistoryStore::backup(const QString &dbPath, const QString &target, QString *error)
{
    const QString name = u"hubbridge-backup-"_s + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            sqlite3 *source = SqliteStatement::handle(db);
            sqlite3 *dest = nullptr;
            const QString partial = target + u".part"_s;
            QFile::remove(partial);
            if (sqlite3_open(QFile::encodeName(partial).constData(), &dest) != SQLITE_OK) {
                *error = QString::fromUtf8(sqlite3_errmsg(dest));
            } else {
                sqlite3_backup *b = sqlite3_backup_init(dest, "main", source, "main");
                if (!b) {
                    *error = QString::fromUtf8(sqlite3_errmsg(dest));
                } else {
                    // Small steps: writers are never held up for long.
                    int rc = SQLITE_OK;
                    while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                        rc = sqlite3_backup_step(b, 256);
                        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                            sqlite3_sleep(20);
                    }
                    sqlite3_backup_finish(b);
                    ok = rc == SQLITE_DONE;
                    if (!ok)
                        *error = QString::fromUtf8(sqlite3_errstr(rc));
                }
            }
            sqlite3_close(dest);
            if (ok) {
                QFile::remove(target);
                ok = QFile::rename(partial, target);
                if (!ok)
                    *error = u"cannot rename the backup into place"_s;
            } else {
                QFile::remove(partial);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

HistoryStore::BackupJob SqliteHistoryStore::backupJob() const
{
    return { u".sqlite"_s, [path = m_path](const QString &target, QString *error) {
                return backup(path, target, error);
            } };
}
