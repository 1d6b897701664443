// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/sqlite/openproblems.h"

#include "core/common/logging.h"
#include "core/store/sqlite/sqlitestatement.h"
#include "core/store/sqlite/sqlsupport.h"

#include <QElapsedTimer>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace StoreSql;

namespace {

const QStringList &schema()
{
    static const QStringList statements {
        u"CREATE TABLE open_problems(entry_id INTEGER PRIMARY KEY, hotel TEXT NOT NULL, "
        "pending INTEGER NOT NULL, order_key TEXT NOT NULL)"_s,
        u"CREATE INDEX open_problems_hotel ON open_problems(hotel)"_s,
        u"CREATE INDEX open_problems_order ON open_problems(order_key) WHERE order_key <> ''"_s,
    };
    return statements;
}

// The entries matching `condition` (a clause over entries) that are open problems, into the
// table.
QString addSql(const QString &condition)
{
    return u"INSERT OR REPLACE INTO open_problems(entry_id, hotel, pending, order_key) SELECT id, "
           "hotel, outcome = 'pending', order_key FROM entries WHERE %1 AND %2"_s.arg(
               condition, problemWhere(false));
}

// What the table was filled with: its definition and the problems'. Stored with the fill.
const QString &definition()
{
    static const QString text = schema().join(u"; "_s) + u"; "_s + problemWhere(false);
    return text;
}

bool isProblem(Outcome outcome)
{
    static const QList<Outcome> outcomes = problemOutcomes();
    return outcomes.contains(outcome);
}

bool add(QSqlDatabase &db, qint64 id, QString &error)
{
    static const QByteArray sql = addSql(u"id = ?1"_s).toUtf8();
    return SqliteStatement::cached(db, sql.constData()).bind(1, id).run(error);
}

bool remove(QSqlDatabase &db, qint64 id, QString &error)
{
    return SqliteStatement::cached(db, "DELETE FROM open_problems WHERE entry_id = ?1")
        .bind(1, id)
        .run(error);
}

} // namespace

bool OpenProblems::ensure(QSqlDatabase &db, QString *errorOut)
{
    {
        QSqlQuery q(db);
        if (q.exec(u"SELECT definition FROM derived WHERE name = 'open_problems'"_s) && q.next()
            && q.value(0).toString() == definition())
            return true;
    }
    QElapsedTimer clock;
    clock.start();
    QString error;
    qint64 open = 0;
    const bool ok = inTransaction(db, error, [&] {
        // `derived` is schema migration 11's.
        const QStringList statements = QStringList { u"DROP TABLE IF EXISTS open_problems"_s }
            + schema() + QStringList { addSql(u"1"_s) };
        for (const QString &statement : statements) {
            if (!execSql(db, statement, error))
                return false;
        }
        QSqlQuery q(db);
        q.prepare(u"INSERT OR REPLACE INTO derived(name, definition) VALUES('open_problems', ?)"_s);
        q.addBindValue(definition());
        if (!exec(q, error))
            return false;
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

bool OpenProblems::inserted(
    QSqlDatabase &db, qint64 id, const QString &orderKey, Outcome outcome, QString &error)
{
    // `order_key <> ''` lets SQLite use the partial index.
    if (!orderKey.isEmpty()
        && !SqliteStatement::cached(db,
            "DELETE FROM open_problems WHERE order_key = ?1 AND order_key <> '' AND entry_id < ?2")
                .bind(1, orderKey)
                .bind(2, id)
                .run(error))
        return false;
    return !isProblem(outcome) || add(db, id, error);
}

bool OpenProblems::changed(QSqlDatabase &db, qint64 id, Outcome outcome, QString &error)
{
    return remove(db, id, error) && (!isProblem(outcome) || add(db, id, error));
}

bool OpenProblems::handled(QSqlDatabase &db, qint64 id, QString &error)
{
    return remove(db, id, error);
}

bool OpenProblems::addWhere(QSqlDatabase &db, const Where &where, QString &error)
{
    QSqlQuery q(db);
    q.prepare(addSql(where.clauses.join(u" AND "_s)));
    for (const QVariant &v : where.values)
        q.addBindValue(v);
    return exec(q, error);
}

bool OpenProblems::forgetEntries(
    QSqlDatabase &db, const QString &idsSql, const QVariantList &values, QString &error)
{
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM open_problems WHERE entry_id IN ("_s + idsSql + u')');
    for (const QVariant &v : values)
        q.addBindValue(v);
    return exec(q, error);
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
