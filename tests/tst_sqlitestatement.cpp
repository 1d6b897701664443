// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/sqlite/sqlitestatement.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSqliteStatement : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_name = u"tst_sqlitestatement"_s;

private Q_SLOTS:
    void init()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(m_dir.filePath(u"t.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT NOT NULL, data BLOB)"_s));
    }

    void cleanup()
    {
        SqliteStatement::forget(m_name);
        {
            QSqlDatabase db = QSqlDatabase::database(m_name);
            QSqlQuery(db).exec(u"DROP TABLE t"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    void textAndBlobsRoundTrip()
    {
        const QSqlDatabase db = QSqlDatabase::database(m_name);
        SqliteStatement &insert
            = SqliteStatement::cached(db, "INSERT INTO t(name, data) VALUES(?1, ?2)");
        QString error;
        const QByteArray blob("\0binary\xff", 9);
        insert.bind(1, u"Zoë Müller-Øst 東京 🛁"_s).bind(2, blob);
        QVERIFY2(insert.run(error), qPrintable(error));
        const qint64 first = insert.lastInsertId();
        insert.bind(1, QString()).bindUtf8(2, QByteArray("{\"a\":1}")); // null text: ''
        QVERIFY2(insert.run(error), qPrintable(error));
        insert.bind(1, u"no data"_s); // unbound after the last run: NULL
        QVERIFY2(insert.run(error), qPrintable(error));

        SqliteStatement &select = SqliteStatement::cached(
            db, "SELECT name, data, typeof(data) FROM t WHERE id >= ?1 ORDER BY id");
        select.bind(1, first);
        QStringList names;
        QList<QByteArray> data;
        QStringList types;
        for (auto rows = select.rows(); rows.next();) {
            names.append(rows.text(0));
            data.append(rows.blob(1));
            types.append(rows.text(2));
        }
        QCOMPARE(names, (QStringList { u"Zoë Müller-Øst 東京 🛁"_s, u""_s, u"no data"_s }));
        QCOMPARE(data.at(0), blob);
        QCOMPARE(data.at(1), QByteArray("{\"a\":1}"));
        QVERIFY(data.at(2).isNull());
        QCOMPARE(types, (QStringList { u"blob"_s, u"text"_s, u"null"_s }));
        QVERIFY(!names.at(1).isNull());
    }

    void boundBytesMayChangeAfterBinding()
    {
        // The statement keeps what was bound (shared, not copied): the caller's buffer may change.
        const QSqlDatabase db = QSqlDatabase::database(m_name);
        SqliteStatement &insert = SqliteStatement::cached(db, "INSERT INTO t(name) VALUES(?1)");
        QByteArray name("before");
        insert.bindUtf8(1, name);
        name.replace("before", "after!");
        QString error;
        QVERIFY2(insert.run(error), qPrintable(error));
        SqliteStatement &select = SqliteStatement::cached(db, "SELECT name FROM t");
        auto rows = select.rows();
        QVERIFY(rows.next());
        QCOMPARE(rows.text(0), u"before"_s);
    }

    void aStatementThatDoesNotCompileFailsCleanly()
    {
        const QSqlDatabase db = QSqlDatabase::database(m_name);
        SqliteStatement &bad = SqliteStatement::cached(db, "SELECT name FROM missing WHERE x=?1");
        bad.bind(1, u"x"_s);
        QString error;
        QVERIFY(!bad.run(error));
        QVERIFY2(error.contains(u"missing"_s), qPrintable(error));
        bad.bind(1, u"y"_s);
        {
            auto rows = bad.rows();
            QVERIFY(!rows.next());
        } // reset on a statement SQLite never compiled: must not crash
        QVERIFY(!bad.run(error));
    }
};

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"
