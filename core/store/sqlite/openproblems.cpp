// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/sqlite/openproblems.h"

#include "core/common/logging.h"
#include "core/store/sqlite/sqlsupport.h"
#include "core/store/storesql.h"

#include <QElapsedTimer>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace StoreSql;

namespace {

// The entry `id` (new.id, old.entry_id) into the table when it is an open problem now.
QString addIfOpen(const QString &id)
{
    return u"INSERT OR REPLACE INTO open_problems(entry_id, hotel, pending, order_key) SELECT id, "
           "hotel, outcome = 'pending', order_key FROM entries WHERE id = %1 AND %2;"_s.arg(
               id, problemWhere(false));
}

// A later entry of an order settles its earlier ones: found in the table's own small index
// rather than in the history's.
QString settleEarlierOf(const QString &row)
{
    return u"DELETE FROM open_problems WHERE order_key = %1.order_key AND order_key <> '' AND "
           "entry_id < %1.id;"_s.arg(row);
}

struct Trigger
{
    QString name;
    QString sql;
};

// Each trigger's WHEN keeps the common write (an order received, then created) to a test of
// its row: only an entry whose outcome is, or was, a problem's touches the table. The update's
// removal and re-adding are one trigger, since SQLite does not promise the order of two.
QList<Trigger> triggers()
{
    const QString outcomes = problemOutcomesSql();
    const QList<Trigger> list {
        { u"open_problems_insert"_s,
            u"AFTER INSERT ON entries WHEN new.outcome IN (%1) BEGIN %2 END"_s.arg(
                outcomes, addIfOpen(u"new.id"_s)) },
        { u"open_problems_settle"_s,
            u"AFTER INSERT ON entries WHEN new.order_key <> '' BEGIN %1 END"_s.arg(
                settleEarlierOf(u"new"_s)) },
        { u"open_problems_update"_s,
            u"AFTER UPDATE OF outcome, reason, event, code, order_key, hotel ON entries WHEN "
            "old.outcome IN (%1) OR new.outcome IN (%1) BEGIN DELETE FROM open_problems WHERE "
            "entry_id = old.id; %2 END"_s.arg(outcomes, addIfOpen(u"new.id"_s)) },
        { u"open_problems_update_settle"_s,
            u"AFTER UPDATE OF order_key ON entries WHEN new.order_key <> '' AND new.order_key IS "
            "NOT old.order_key BEGIN %1 END"_s.arg(settleEarlierOf(u"new"_s)) },
        { u"open_problems_delete"_s,
            u"AFTER DELETE ON entries WHEN old.outcome IN (%1) BEGIN DELETE FROM open_problems "
            "WHERE entry_id = old.id; END"_s.arg(outcomes) },
        { u"open_problems_handled"_s,
            u"AFTER INSERT ON handled BEGIN DELETE FROM open_problems WHERE entry_id = "
            "new.entry_id; END"_s },
        { u"open_problems_unhandled"_s,
            u"AFTER DELETE ON handled BEGIN %1 END"_s.arg(addIfOpen(u"old.entry_id"_s)) },
    };
    return list;
}

QString createSql(const Trigger &t)
{
    return u"CREATE TRIGGER "_s + t.name + u' ' + t.sql;
}

bool upToDate(QSqlDatabase &db, const QList<Trigger> &list)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"_s);
    for (const Trigger &t : list) {
        q.addBindValue(t.name);
        if (!q.exec() || !q.next() || q.value(0).toString() != createSql(t))
            return false;
    }
    return true;
}

} // namespace

bool OpenProblems::ensure(QSqlDatabase &db, QString *errorOut)
{
    const QList<Trigger> list = triggers();
    if (upToDate(db, list))
        return true;
    QElapsedTimer clock;
    clock.start();
    QString error;
    qint64 open = 0;
    const bool ok = inTransaction(db, error, [&] {
        for (const Trigger &t : list) {
            if (!execSql(db, u"DROP TRIGGER IF EXISTS "_s + t.name, error))
                return false;
        }
        // Made again: the table is derived, and its columns may have changed.
        const QString schema[] = {
            u"DROP TABLE IF EXISTS open_problems"_s,
            u"CREATE TABLE open_problems(entry_id INTEGER PRIMARY KEY, hotel TEXT NOT NULL, "
            "pending INTEGER NOT NULL, order_key TEXT NOT NULL)"_s,
            u"CREATE INDEX open_problems_hotel ON open_problems(hotel)"_s,
            u"CREATE INDEX open_problems_order ON open_problems(order_key) WHERE order_key <> ''"_s,
            u"INSERT INTO open_problems(entry_id, hotel, pending, order_key) SELECT id, hotel, "
            "outcome = 'pending', order_key FROM entries WHERE "_s
                + problemWhere(false),
        };
        for (const QString &statement : schema) {
            if (!execSql(db, statement, error))
                return false;
        }
        for (const Trigger &t : list) {
            if (!execSql(db, createSql(t), error))
                return false;
        }
        QSqlQuery q(db);
        if (q.exec(u"SELECT count(*) FROM open_problems"_s) && q.next())
            open = q.value(0).toLongLong();
        return true;
    });
    if (!ok) {
        *errorOut = u"cannot set up the open problems: "_s + error;
        return false;
    }
    qCInfo(lcStore) << "open problems: table filled," << open << "open, in" << clock.elapsed()
                    << "ms";
    return true;
}

QString OpenProblems::newestSql(const QString &columns, bool oneHotel)
{
    return u"SELECT %1 FROM entries WHERE id IN (SELECT entry_id FROM open_problems%2 ORDER BY "
           "entry_id DESC LIMIT ?) ORDER BY id DESC"_s.arg(
               columns, oneHotel ? u" WHERE hotel = ?"_s : QString());
}

QString OpenProblems::countsSql(bool oneHotel)
{
    return u"SELECT coalesce(sum(pending), 0), count(*) - coalesce(sum(pending), 0) FROM "
           "open_problems"_s
        + (oneHotel ? u" WHERE hotel = ?"_s : QString());
}

QString OpenProblems::countsByHotelSql()
{
    return u"SELECT hotel, coalesce(sum(pending), 0), count(*) - coalesce(sum(pending), 0) FROM "
           "open_problems GROUP BY hotel"_s;
}
