// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/common/jsonobjectwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestJsonWriter : public QObject
{
    Q_OBJECT

    static QJsonObject parsed(const QByteArray &json)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            qWarning() << "not a JSON object:" << json << error.errorString();
        return doc.object();
    }

private Q_SLOTS:
    void emptyObject() { QCOMPARE(JsonObjectWriter().take(), QByteArray("{}")); }

    void valuesOfEachKind()
    {
        const QByteArray json = JsonObjectWriter()
                                    .add("room"_L1, u"204")
                                    .add("quantity"_L1, 2)
                                    .add("big"_L1, qint64(1) << 40)
                                    .add("negative"_L1, -7)
                                    .addJson("tasks"_L1, "[{\"taskId\":\"HT-1\"}]")
                                    .add("none"_L1, QString())
                                    .take();
        QCOMPARE(json,
            QByteArray("{\"room\":\"204\",\"quantity\":2,\"big\":1099511627776,"
                       "\"negative\":-7,\"tasks\":[{\"taskId\":\"HT-1\"}],\"none\":\"\"}"));
        const QJsonObject o = parsed(json);
        QCOMPARE(o.value(u"tasks"_s).toArray().first().toObject().value(u"taskId"_s), u"HT-1"_s);
        QCOMPARE(o.value(u"big"_s).toDouble(), double(qint64(1) << 40));
    }

    void stringsSurviveTheRoundTrip_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << u"Bobby Smith"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("quotes and backslashes") << u"say \"hi\" \\ C:\\path\\ \"\\\""_s;
        QTest::newRow("control characters") << u"a\nb\rc\td\be\ff"_s + QChar(0x01) + QChar(0x1f);
        QTest::newRow("nul") << QString(QChar(0)) + u"after"_s;
        QTest::newRow("accents") << u"Zoë Müller-Øst, Łódź, straße"_s;
        QTest::newRow("non-latin") << u"東京 Москва עברית"_s;
        QTest::newRow("emoji (surrogate pair)") << u"towels 🛁 please"_s;
        QTest::newRow("slash and delete") << u"a/b"_s + QChar(0x7f);
        QTest::newRow("ends with an escape") << u"line\n"_s;
    }
    void stringsSurviveTheRoundTrip()
    {
        QFETCH(QString, value);
        const QByteArray json = JsonObjectWriter().add("v"_L1, value).take();
        QCOMPARE(parsed(json).value(u"v"_s).toString(), value);
        // Same text as QJsonDocument would write, apart from its choice of escapes.
        const QByteArray reference
            = QJsonDocument(QJsonObject { { u"v"_s, value } }).toJson(QJsonDocument::Compact);
        QCOMPARE(parsed(reference), parsed(json));
        for (const char c : json) // control characters never appear raw
            QVERIFY(static_cast<unsigned char>(c) >= 0x20);
    }

    void keysAreEscapedToo()
    {
        const QByteArray name = "x-\"odd\\name\xe9";
        const QByteArray json = JsonObjectWriter().add(QLatin1StringView(name), u"v").take();
        QCOMPARE(parsed(json).value(QString::fromLatin1(name)).toString(), u"v"_s);
    }

    void appendStringAloneIsALiteral()
    {
        QByteArray out = "x=";
        JsonObjectWriter::appendString(out, u"a\"b");
        QCOMPARE(out, QByteArray("x=\"a\\\"b\""));
    }

    void takeStartsANewObject()
    {
        JsonObjectWriter w;
        w.add("a"_L1, 1);
        QCOMPARE(w.take(), QByteArray("{\"a\":1}"));
        w.add("b"_L1, 2);
        QCOMPARE(w.take(), QByteArray("{\"b\":2}"));
        QCOMPARE(w.take(), QByteArray("{}"));
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
