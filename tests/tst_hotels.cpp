// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A group's hotels: their credential files (HotelSecrets) and `hubbridge hotels`.
#include "core/config/hotelsecrets.h"
#include "core/store/historystore.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHotels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString dataDir() const { return m_dir.filePath(u"data"_s); }
    QString secretsDir() const { return dataDir() + u"/hotels.d"_s; }

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run hotels(const QStringList &args, const QByteArray &input = {})
    {
        const TestSupport::Ran ran = TestSupport::runHubbridge(
            QStringList { u"hotels"_s } + args + QStringList { u"--data-dir"_s, dataDir() }, input);
        return { ran.code, QString::fromUtf8(ran.out), QString::fromUtf8(ran.err) };
    }

    static constexpr QFileDevice::Permissions kOwnerOnly
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

private Q_SLOTS:
    void init() { QDir(dataDir()).removeRecursively(); }

    void aCredentialFileIsItsOwnersAlone()
    {
        const HubOsCredentials c { u"H-1"_s, u"tok"_s, u"pw"_s };
        QString error;
        QVERIFY(HotelSecrets::write(secretsDir(), u"porto"_s, { c, {}, {} }, &error));
        const QString path = secretsDir() + u"/porto.conf"_s;
        QCOMPARE(QFile::permissions(path) & QFileDevice::Permissions(0x7077), kOwnerOnly);
        QCOMPARE(QFile::permissions(secretsDir()) & 0x0077, QFileDevice::Permissions());
        auto read = HotelSecrets::read(secretsDir(), u"porto"_s, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->current.hotelId, c.hotelId);
        QCOMPARE(read->current.accessToken, c.accessToken);
        QCOMPARE(read->current.passwordToken, c.passwordToken);
        QVERIFY(!read->previous.isComplete());

        // Readable by the group: refused, and the error says how to fix it.
        QVERIFY(QFile::setPermissions(path, kOwnerOnly | QFileDevice::ReadGroup));
        QVERIFY(!HotelSecrets::read(secretsDir(), u"porto"_s, &error));
        QVERIFY2(error.contains(u"chmod 600"_s), qPrintable(error));

        // Incomplete: refused.
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("hotel_id=H-1\naccess_token=tok\n");
        f.close();
        QVERIFY(QFile::setPermissions(path, kOwnerOnly));
        QVERIFY(!HotelSecrets::read(secretsDir(), u"porto"_s, &error));
        QVERIFY2(error.contains(u"password_token"_s), qPrintable(error));
        QVERIFY(!HotelSecrets::read(secretsDir(), u"lisbon"_s, &error)); // none at all
        // A key is a file name, never a path.
        QVERIFY(!HotelSecrets::write(secretsDir(), u"../porto"_s, { c, {}, {} }, &error));
        QVERIFY(!HotelSecrets::read(secretsDir() + u"/x"_s, u"../porto"_s, &error));
        QVERIFY2(error.contains(u"not a hotel key"_s), qPrintable(error));
    }

    void theFormatReadsBack()
    {
        const HubOsCredentials c { u"H 1=x"_s, u"t\u00f6k"_s, u"pw#1"_s };
        const HotelSecret back = HotelSecrets::parse(
            "# a comment\n\n" + HotelSecrets::format(u"k"_s, { c, {}, {} }) + "junk\n");
        QCOMPARE(back.current.hotelId, c.hotelId);
        QCOMPARE(back.current.accessToken, c.accessToken);
        QCOMPARE(back.current.passwordToken, c.passwordToken);
        QVERIFY(!back.previousUntil.isValid());

        // During a rotation's grace period, the values replaced and until when.
        const HubOsCredentials old { u"H 1=x"_s, u"old-t"_s, u"old-p"_s };
        const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(3600);
        const HotelSecret rotated
            = HotelSecrets::parse(HotelSecrets::format(u"k"_s, { c, old, until }));
        QCOMPARE(rotated.current.accessToken, c.accessToken);
        QCOMPARE(rotated.previous.accessToken, old.accessToken);
        QCOMPARE(rotated.previous.passwordToken, old.passwordToken);
        QCOMPARE(rotated.previousUntil.toSecsSinceEpoch(), until.toSecsSinceEpoch());
        QVERIFY(rotated.acceptsPrevious(QDateTime::currentDateTimeUtc()));
        QVERIFY(!rotated.acceptsPrevious(until.addSecs(1)));
    }

    void aSystemdCredentialComesFirst()
    {
        QTemporaryDir credentials;
        QFile f(credentials.filePath(u"hotel-porto"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(HotelSecrets::format(u"porto"_s, { { u"H-S"_s, u"ts"_s, u"ps"_s }, {}, {} }));
        f.close();
        qputenv("CREDENTIALS_DIRECTORY", credentials.path().toUtf8());
        QString error;
        const auto read = HotelSecrets::read(secretsDir(), u"porto"_s, &error);
        qunsetenv("CREDENTIALS_DIRECTORY");
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->current.hotelId, u"H-S"_s);
        QCOMPARE(HotelSecrets::pathFor(secretsDir(), u"porto"_s), secretsDir() + u"/porto.conf"_s);
    }

    void hotelsAreManagedFromTheCommandLine()
    {
        Run r = hotels({ u"add"_s, u"porto"_s, u"--name"_s, u"Porto Ribeira"_s, u"--hubos-url"_s,
                           u"http://127.0.0.1:9/api"_s, u"--retention-days"_s, u"30"_s },
            "H-POR\ntok-porto-secret\npw-porto-secret\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = hotels({ u"add"_s, u"lisbon"_s, u"--name"_s, u"Lisboa"_s }, "H-LIS\ntok-l\npw-l\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // Requests are told apart by their hotel ID: a second hotel cannot take one.
        r = hotels({ u"add"_s, u"faro"_s }, "H-POR\nx\ny\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"hotel porto has that hotel ID already"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(secretsDir() + u"/faro.conf"_s));
        // Bad keys, bad URLs, a hotel that exists, credentials missing: refused.
        QCOMPARE(hotels({ u"add"_s, u"Faro Beach"_s }, "H-F\nx\ny\n").code, 1);
        QCOMPARE(
            hotels({ u"add"_s, u"faro"_s, u"--hubos-url"_s, u"ftp://x"_s }, "H-F\nx\ny\n").code, 1);
        QCOMPARE(hotels({ u"add"_s, u"porto"_s }, "H-X\nx\ny\n").code, 1);
        QCOMPARE(hotels({ u"add"_s, u"faro"_s }, "H-F\nx\n").code, 1);

        r = hotels({ u"list"_s });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"lisbon\tenabled\tLisboa"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"porto\tenabled\tPorto Ribeira\thttp://127.0.0.1:9/api\t"
                                "credentials: ok"_s),
            qPrintable(r.out));
        QVERIFY(r.out.contains(u"2 hotel(s)"_s));
        QVERIFY(!r.out.contains(u"secret"_s));

        QCOMPARE(hotels({ u"disable"_s, u"porto"_s }).code, 0);
        r = hotels({ u"show"_s, u"porto"_s });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"state: disabled"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"retention: 30 days"_s));
        QVERIFY(r.out.contains(u"webhook path: /webhooks/duve/porto"_s));
        QVERIFY(!r.out.contains(u"secret"_s));
        QCOMPARE(hotels({ u"show"_s, u"faro"_s }).code, 1);

        // Rotating: the file changes, nothing else.
        QCOMPARE(hotels({ u"credentials"_s, u"lisbon"_s }, "H-LIS\ntok-l2\npw-l2\n").code, 0);
        QString error;
        QCOMPARE(HotelSecrets::read(secretsDir(), u"lisbon"_s, &error)->current.accessToken,
            u"tok-l2"_s);
        QVERIFY(!HotelSecrets::read(secretsDir(), u"lisbon"_s, &error)->previous.isComplete());
        // With a grace period the old values stay beside the new ones, for that long.
        r = hotels(
            { u"credentials"_s, u"lisbon"_s, u"--grace"_s, u"2"_s }, "H-LIS\ntok-l3\npw-l3\n");
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"accepted until"_s), qPrintable(r.out));
        const auto rotated = HotelSecrets::read(secretsDir(), u"lisbon"_s, &error);
        QCOMPARE(rotated->current.accessToken, u"tok-l3"_s);
        QCOMPARE(rotated->previous.accessToken, u"tok-l2"_s);
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(rotated->previousUntil);
        QVERIFY2(left > 7100 && left <= 7200, qPrintable(QString::number(left)));
        QVERIFY(hotels({ u"show"_s, u"lisbon"_s }).out.contains(u"previous ones are accepted"_s));
        QCOMPARE(hotels({ u"credentials"_s, u"lisbon"_s, u"--grace"_s, u"999"_s },
                     "H-LIS\ntok-l4\npw-l4\n")
                     .code,
            1);

        // Export: the hotels without a credential; the database holds none either.
        const QString file = m_dir.filePath(u"hotels.json"_s);
        QCOMPARE(hotels({ u"export"_s, file }).code, 0);
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray json = exported.readAll();
        QVERIFY(!json.contains("secret") && !json.contains("H-POR"));
        const QJsonArray list = QJsonDocument::fromJson(json).object().value(u"hotels"_s).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[1].toObject().value(u"enabled"_s).toBool(), false);
        QCOMPARE(list[1].toObject().value(u"retentionDays"_s).toInt(), 30);
        QFile db(dataDir() + u"/hubbridge.sqlite"_s);
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains("secret"));

        // Remove, then import: the rows come back, the credentials do not (the import says so).
        QCOMPARE(hotels({ u"remove"_s, u"porto"_s }).code, 0);
        QVERIFY(!QFile::exists(secretsDir() + u"/porto.conf"_s));
        QVERIFY(hotels({ u"list"_s }).out.contains(u"1 hotel(s)"_s));
        r = hotels({ u"import"_s, file });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"porto: no usable credentials yet"_s), qPrintable(r.err));
        r = hotels({ u"show"_s, u"porto"_s });
        QVERIFY(r.out.contains(u"state: disabled"_s) && r.out.contains(u"Porto Ribeira"_s));

        // A bad file changes nothing.
        QFile bad(m_dir.filePath(u"bad.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"hotels":[{"key":"faro"},{"key":"Bad Key"}]})");
        bad.close();
        r = hotels({ u"import"_s, bad.fileName() });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"\"Bad Key\" is not a hotel key"_s), qPrintable(r.err));
        QVERIFY(hotels({ u"list"_s }).out.contains(u"2 hotel(s)"_s));
    }
};

QTEST_GUILESS_MAIN(TestHotels)
#include "tst_hotels.moc"
