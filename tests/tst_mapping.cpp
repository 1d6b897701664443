// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Unit tests for Mapping: the Hub OS task-type catalogue, the default table, item mapping and the
// CSV import / export of the external-ID table.

#include "core/mapping/mapping.h"

#include <QRegularExpression>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(MappingRow)

namespace {

Mapping::Lookup lookupIn(const QList<MappingRow> &rows)
{
    return [rows](const QString &id) -> std::optional<MappingRow> {
        for (const MappingRow &r : rows) {
            if (r.duveExternalId == id)
                return r;
        }
        return std::nullopt;
    };
}

OrderItem item(int index, const QString &id, int quantity = 1)
{
    return OrderItem { index, id, quantity, {} };
}

// "line N: ..." -> N, or -1.
int lineOf(const QString &error)
{
    if (!error.startsWith(u"line "_s))
        return -1;
    const qsizetype colon = error.indexOf(u':');
    bool ok = false;
    const int n = error.mid(5, colon - 5).toInt(&ok);
    return ok ? n : -1;
}

QList<int> linesOf(const QStringList &errors)
{
    QList<int> lines;
    for (const QString &e : errors)
        lines.append(lineOf(e));
    return lines;
}

} // namespace

class TestMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogue();
    void taskTypeName();
    void defaultRows();
    void mapItems();
    void mapItemsUnknownId();
    void mapItemsDisabledRow();
    void mapItemsEmpty();
    void validateRow_data();
    void validateRow();
    void parseCsvGoodFile();
    void parseCsvEnabledColumn();
    void parseCsvHeader_data();
    void parseCsvHeader();
    void parseCsvQuotedLabels();
    void parseCsvCrlfBomAndBlankLines();
    void parseCsvBadRows();
    void parseCsvEveryBadRowReported();
    void parseCsvLineNumbersAfterMultilineField();
    void parseCsvUnterminatedQuote();
    void parseCsvEmpty();
    void toCsvHeaderAllEnabled();
    void toCsvRoundTrip_data();
    void toCsvRoundTrip();
    void toCsvDefaultRowsRoundTrip();
    void parseCsvKnownTaskTypes();
    void planImportCountsWhatChanges();
    void applyImportReplaceOrMerge();
    void roomCsvRoundTrip();
    void roomCsvBadRows();
    void planRoomImport();
};

void TestMapping::catalogue()
{
    const QList<std::pair<int, QString>> expected {
        { 2, u"Change bed sheets"_s },
        { 3, u"Request cleaning"_s },
        { 4, u"Serve towels"_s },
        { 5, u"Check minibar"_s },
        { 6, u"Serve pillows"_s },
        { 7, u"Serve amenities"_s },
        { 8, u"Install baby cot"_s },
        { 9, u"Install extra bed"_s },
        { 10, u"Deep cleaning"_s },
        { 11, u"Taps purge"_s },
        { 12, u"Turndown service"_s },
        { 13, u"Other task"_s },
        { 14, u"Zip beds"_s },
        { 15, u"Separate beds"_s },
        { 16, u"Room service tray"_s },
        { 17, u"Check"_s },
        { 18, u"Review"_s },
        { 19, u"Ventilate"_s },
        { 20, u"Minibar restocking"_s },
        { 21, u"Bellboy"_s },
        { 22, u"Luggage"_s },
        { 23, u"Ice bucket"_s },
        { 24, u"Laundry"_s },
        { 25, u"Valet"_s },
        { 26, u"Security"_s },
    };
    const QList<TaskType> &types = HubOsTaskTypes::catalogue();
    QCOMPARE(types.size(), 25);
    QCOMPARE(expected.size(), 25);
    for (qsizetype i = 0; i < types.size(); ++i) {
        QCOMPARE(types[i].id, int(i) + 2);
        QCOMPARE(types[i].id, expected[i].first);
        QCOMPARE(types[i].name, expected[i].second);
    }
    // The same object every time.
    QCOMPARE(&HubOsTaskTypes::catalogue(), &types);
}

void TestMapping::taskTypeName()
{
    QCOMPARE(HubOsTaskTypes::name(2), u"Change bed sheets"_s);
    QCOMPARE(HubOsTaskTypes::name(4), u"Serve towels"_s);
    QCOMPARE(HubOsTaskTypes::name(26), u"Security"_s);
    QVERIFY(HubOsTaskTypes::name(0).isEmpty());
    QVERIFY(HubOsTaskTypes::name(1).isEmpty());
    QVERIFY(HubOsTaskTypes::name(27).isEmpty());
    QVERIFY(HubOsTaskTypes::name(-4).isEmpty());
    QVERIFY(HubOsTaskTypes::name(200).isEmpty());
}

void TestMapping::defaultRows()
{
    const QList<MappingRow> rows = MappingRow::defaults();
    QCOMPARE(rows.size(), 25);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const TaskType &t = HubOsTaskTypes::catalogue()[i];
        QCOMPARE(rows[i].duveExternalId, QString::number(t.id));
        QCOMPARE(rows[i].hubOsTaskTypeId, t.id);
        QCOMPARE(rows[i].label, t.name);
        QVERIFY(rows[i].enabled);
        QVERIFY2(
            Mapping::validateRow(rows[i]).isEmpty(), qPrintable(Mapping::validateRow(rows[i])));
    }
}

void TestMapping::mapItems()
{
    QList<MappingRow> rows = MappingRow::defaults();
    rows.append({ u"200"_s, 4, u"Towel service (legacy)"_s, true });
    const QList<OrderItem> items { item(0, u"2"_s), item(1, u"6"_s, 2), item(2, u"200"_s, 3) };
    const MappingResult r = Mapping::mapItems(items, lookupIn(rows));
    QVERIFY(r.ok);
    QVERIFY(r.unknownExternalId.isEmpty());
    QCOMPARE(r.items.size(), 3);
    QCOMPARE(r.items[0].taskTypeId, 2);
    QCOMPARE(r.items[0].item.externalId, u"2"_s);
    QCOMPARE(r.items[1].taskTypeId, 6);
    QCOMPARE(r.items[1].item.quantity, 2);
    QCOMPARE(r.items[1].item.index, 1);
    QCOMPARE(r.items[2].taskTypeId, 4);
    QCOMPARE(r.items[2].item.externalId, u"200"_s);
    QCOMPARE(r.items[2].item.quantity, 3);
}

void TestMapping::mapItemsUnknownId()
{
    QStringList asked;
    const Mapping::Lookup base = lookupIn(MappingRow::defaults());
    const Mapping::Lookup lookup = [&](const QString &id) {
        asked.append(id);
        return base(id);
    };
    const MappingResult r
        = Mapping::mapItems({ item(0, u"4"_s), item(1, u"99"_s), item(2, u"5"_s) }, lookup);
    QVERIFY(!r.ok);
    QCOMPARE(r.unknownExternalId, u"99"_s);
    QVERIFY(r.items.isEmpty()); // nothing half-mapped
    QVERIFY(asked.contains(u"99"_s));

    const MappingResult single
        = Mapping::mapItems({ item(0, u"1"_s) }, lookupIn(MappingRow::defaults()));
    QVERIFY(!single.ok);
    QCOMPARE(single.unknownExternalId, u"1"_s);
}

void TestMapping::mapItemsDisabledRow()
{
    QList<MappingRow> rows = MappingRow::defaults();
    rows[2].enabled = false; // "4" Serve towels
    QCOMPARE(rows[2].duveExternalId, u"4"_s);
    const MappingResult r = Mapping::mapItems({ item(0, u"2"_s), item(1, u"4"_s) }, lookupIn(rows));
    QVERIFY(!r.ok);
    QCOMPARE(r.unknownExternalId, u"4"_s);
    QVERIFY(r.items.isEmpty());

    const MappingResult other = Mapping::mapItems({ item(0, u"2"_s) }, lookupIn(rows));
    QVERIFY(other.ok);
    QCOMPARE(other.items.size(), 1);
}

void TestMapping::mapItemsEmpty()
{
    const MappingResult r = Mapping::mapItems({}, lookupIn(MappingRow::defaults()));
    QVERIFY(!r.ok);
    QVERIFY(r.items.isEmpty());
    QVERIFY(r.unknownExternalId.isEmpty());
}

void TestMapping::validateRow_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("valid");

    QTest::newRow("fine") << u"4"_s << 4 << true;
    QTest::newRow("other id") << u"200"_s << 4 << true;
    QTest::newRow("padded") << u" 100 "_s << 3 << true;
    QTest::newRow("empty id") << QString() << 4 << false;
    QTest::newRow("blank id") << u"  "_s << 4 << false;
    QTest::newRow("letters") << u"abc"_s << 4 << false;
    QTest::newRow("negative id") << u"-4"_s << 4 << false;
    QTest::newRow("decimal id") << u"4.5"_s << 4 << false;
    QTest::newRow("too long") << u"1234567890123456789"_s << 4 << false;
    QTest::newRow("zero type") << u"4"_s << 0 << false;
    QTest::newRow("negative type") << u"4"_s << -2 << false;
}

void TestMapping::validateRow()
{
    QFETCH(QString, id);
    QFETCH(int, type);
    QFETCH(bool, valid);
    const QString problem = Mapping::validateRow({ id, type, u"x"_s, true });
    QCOMPARE(problem.isEmpty(), valid);
}

void TestMapping::parseCsvGoodFile()
{
    const CsvImport r = Mapping::parseCsv("duve_external_id,hubos_task_type_id,label\n"
                                          "4,4,Serve towels\n"
                                          "200,4,Towel service\n"
                                          "100,3,Room cleaning\n"
                                          "007,7,\n"
                                          "8,8\n");
    QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
    QCOMPARE(r.rows.size(), 5);
    QCOMPARE(r.rows[0], (MappingRow { u"4"_s, 4, u"Serve towels"_s, true }));
    QCOMPARE(r.rows[1], (MappingRow { u"200"_s, 4, u"Towel service"_s, true }));
    QCOMPARE(r.rows[2], (MappingRow { u"100"_s, 3, u"Room cleaning"_s, true }));
    // External IDs are normalised; an empty or missing label takes the catalogue name.
    QCOMPARE(r.rows[3], (MappingRow { u"7"_s, 7, u"Serve amenities"_s, true }));
    QCOMPARE(r.rows[4], (MappingRow { u"8"_s, 8, u"Install baby cot"_s, true }));
}

void TestMapping::parseCsvEnabledColumn()
{
    const CsvImport r = Mapping::parseCsv("duve_external_id,hubos_task_type_id,label,enabled\n"
                                          "2,2,a,true\n"
                                          "3,3,b,false\n"
                                          "4,4,c,0\n"
                                          "5,5,d,yes\n"
                                          "6,6,e,\n"
                                          "7,7,f\n"
                                          "8,8,g,NO\n");
    QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
    QCOMPARE(r.rows.size(), 7);
    const QList<bool> enabled { true, false, false, true, true, true, false };
    for (qsizetype i = 0; i < enabled.size(); ++i)
        QCOMPARE(r.rows[i].enabled, enabled[i]);

    const CsvImport bad = Mapping::parseCsv("duve_external_id,hubos_task_type_id,label,enabled\n"
                                            "2,2,a,maybe\n");
    QVERIFY(!bad.ok());
    QCOMPARE(bad.errors.size(), 1);
    QVERIFY2(bad.errors[0].startsWith(u"line 2: "_s), qPrintable(bad.errors[0]));
    QVERIFY(bad.errors[0].contains(u"maybe"_s));
}

void TestMapping::parseCsvHeader_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<bool>("ok");

    QTest::newRow("exact") << QByteArray("duve_external_id,hubos_task_type_id,label\n4,4,x\n")
                           << true;
    QTest::newRow("case and spaces")
        << QByteArray(" Duve_External_ID , HUBOS_TASK_TYPE_ID ,Label\n4,4,x\n") << true;
    QTest::newRow("with enabled") << QByteArray(
        "duve_external_id,hubos_task_type_id,label,enabled\n4,4,x,true\n")
                                  << true;
    QTest::newRow("header only") << QByteArray("duve_external_id,hubos_task_type_id,label\n")
                                 << true;
    QTest::newRow("no header") << QByteArray("4,4,Serve towels\n5,5,Check minibar\n") << false;
    QTest::newRow("swapped columns")
        << QByteArray("hubos_task_type_id,duve_external_id,label\n4,4,x\n") << false;
    QTest::newRow("missing label column")
        << QByteArray("duve_external_id,hubos_task_type_id\n4,4\n") << false;
    QTest::newRow("unknown fourth column")
        << QByteArray("duve_external_id,hubos_task_type_id,label,comment\n4,4,x,y\n") << false;
    QTest::newRow("five columns") << QByteArray(
        "duve_external_id,hubos_task_type_id,label,enabled,x\n4,4,x,true,y\n")
                                  << false;
    QTest::newRow("semicolons") << QByteArray("duve_external_id;hubos_task_type_id;label\n4;4;x\n")
                                << false;
}

void TestMapping::parseCsvHeader()
{
    QFETCH(QByteArray, csv);
    QFETCH(bool, ok);
    const CsvImport r = Mapping::parseCsv(csv);
    QCOMPARE(r.ok(), ok);
    if (!ok) {
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors[0].startsWith(u"line 1: "_s), qPrintable(r.errors[0]));
        QVERIFY2(r.errors[0].contains(u"header"_s), qPrintable(r.errors[0]));
        QVERIFY(r.rows.isEmpty()); // a file without the header imports nothing
    }
}

void TestMapping::parseCsvQuotedLabels()
{
    const CsvImport r = Mapping::parseCsv("duve_external_id,hubos_task_type_id,label\n"
                                          "200,4,\"Towels, extra\"\n"
                                          "201,6,\"The \"\"big\"\" pillow\"\n"
                                          "\"202\",\"7\",\"Amenities, \"\"deluxe\"\", please\"\n"
                                          "203,13,\"Two\nlines\"\n"
                                          "204,3,\"\"\n");
    QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
    QCOMPARE(r.rows.size(), 5);
    QCOMPARE(r.rows[0].label, u"Towels, extra"_s);
    QCOMPARE(r.rows[0].duveExternalId, u"200"_s);
    QCOMPARE(r.rows[0].hubOsTaskTypeId, 4);
    QCOMPARE(r.rows[1].label, u"The \"big\" pillow"_s);
    QCOMPARE(r.rows[2], (MappingRow { u"202"_s, 7, u"Amenities, \"deluxe\", please"_s, true }));
    QCOMPARE(r.rows[3].label, u"Two\nlines"_s);
    QCOMPARE(r.rows[3].hubOsTaskTypeId, 13);
    QCOMPARE(r.rows[4].label, u"Request cleaning"_s);
}

void TestMapping::parseCsvCrlfBomAndBlankLines()
{
    const QByteArray expectedBody = "4,4,Serve towels\n200,4,\"Towels, extra\"\n";
    const QList<MappingRow> expected { { u"4"_s, 4, u"Serve towels"_s, true },
        { u"200"_s, 4, u"Towels, extra"_s, true } };

    const QByteArray lf = "duve_external_id,hubos_task_type_id,label\n" + expectedBody;
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    const QByteArray bom = "\xEF\xBB\xBF" + crlf;
    const QByteArray blank = "\n\r\n  \nduve_external_id,hubos_task_type_id,label\r\n\r\n"
                             "4,4,Serve towels\r\n   \r\n\n200,4,\"Towels, extra\"\r\n\r\n\n";
    const QByteArray noFinalNewline = "\xEF\xBB\xBF"
                                      "duve_external_id,hubos_task_type_id,label\r\n"
                                      "4,4,Serve towels\r\n200,4,\"Towels, extra\"";

    for (const QByteArray &csv : { lf, crlf, bom, blank, noFinalNewline }) {
        const CsvImport r = Mapping::parseCsv(csv);
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        QCOMPARE(r.rows, expected);
    }

    // A BOM followed by a bad row: the BOM does not shift anything.
    const CsvImport bad = Mapping::parseCsv("\xEF\xBB\xBF"
                                            "duve_external_id,hubos_task_type_id,label\r\n"
                                            "4,4,ok\r\nx,4,bad\r\n");
    QCOMPARE(bad.errors.size(), 1);
    QVERIFY2(bad.errors[0].startsWith(u"line 3: "_s), qPrintable(bad.errors[0]));

    // Blank lines count: the bad row below is on line 6.
    const CsvImport counted = Mapping::parseCsv("\nduve_external_id,hubos_task_type_id,label\n"
                                                "\n4,4,ok\n\nabc,5,bad\n");
    QCOMPARE(counted.rows.size(), 1);
    QCOMPARE(counted.errors.size(), 1);
    QVERIFY2(counted.errors[0].startsWith(u"line 6: "_s), qPrintable(counted.errors[0]));

    // A header after blank lines is reported on its own line.
    const CsvImport badHeader = Mapping::parseCsv("\n\r\nid,type,label\r\n4,4,x\r\n");
    QCOMPARE(badHeader.errors.size(), 1);
    QVERIFY2(badHeader.errors[0].startsWith(u"line 3: "_s), qPrintable(badHeader.errors[0]));
}

void TestMapping::parseCsvBadRows()
{
    struct Case
    {
        const char *row;
        const char *expectPart; // also checks what is named
    };
    const Case cases[] = {
        { "abc,4,Non-numeric external id", "abc" },
        { "4x,4,Mixed external id", "4x" },
        { ",4,Empty external id", "empty" },
        { "4,four,Non-numeric type id", "four" },
        { "4,,Empty type id", "not a number" },
        { "4,0,Zero type id", "positive" },
        { "4,-3,Negative type id", "positive" },
        { "4", "columns" },
        { "4,4,label,true", "columns" },
        { "4,4,label,true,extra", "columns" },
    };
    for (const Case &c : cases) {
        const QByteArray csv
            = QByteArray("duve_external_id,hubos_task_type_id,label\n") + c.row + '\n';
        const CsvImport r = Mapping::parseCsv(csv);
        QVERIFY2(!r.ok(), c.row);
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors[0].startsWith(u"line 2: "_s), qPrintable(r.errors[0]));
        QVERIFY2(r.errors[0].contains(QString::fromLatin1(c.expectPart)), qPrintable(r.errors[0]));
        QVERIFY(r.rows.isEmpty());
    }

    // Duplicates, also after normalisation ("004" is "4").
    const CsvImport dup = Mapping::parseCsv("duve_external_id,hubos_task_type_id,label\n"
                                            "4,4,first\n"
                                            "5,5,other\n"
                                            "004,6,second\n");
    QCOMPARE(dup.errors.size(), 1);
    QVERIFY2(dup.errors[0].startsWith(u"line 4: "_s), qPrintable(dup.errors[0]));
    QVERIFY2(dup.errors[0].contains(u"more than once"_s), qPrintable(dup.errors[0]));
    QCOMPARE(dup.rows.size(), 2);
    QCOMPARE(dup.rows[0].label, u"first"_s); // the first one is kept
}

void TestMapping::parseCsvEveryBadRowReported()
{
    const QByteArray csv = "duve_external_id,hubos_task_type_id,label\n" // 1
                           "2,2,ok\n" // 2
                           "abc,3,non-numeric external id\n" // 3
                           "4,4,ok\n" // 4
                           "\n" // 5
                           "5,five,non-numeric type\n" // 6
                           "2,9,duplicate\n" // 7
                           "6,6,a,b,c\n" // 8
                           "7\n" // 9
                           "8,\"8\",\"quoted, ok\"\n" // 10
                           "9,x,also bad\n"; // 11
    const CsvImport r = Mapping::parseCsv(csv);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 6);
    QCOMPARE(linesOf(r.errors), (QList<int> { 3, 6, 7, 8, 9, 11 }));
    QVERIFY2(r.errors[0].contains(u"abc"_s), qPrintable(r.errors[0]));
    QVERIFY2(r.errors[1].contains(u"five"_s), qPrintable(r.errors[1]));
    QVERIFY2(r.errors[2].contains(u"more than once"_s), qPrintable(r.errors[2]));
    QVERIFY2(r.errors[3].contains(u"columns"_s), qPrintable(r.errors[3]));
    QVERIFY2(r.errors[4].contains(u"columns"_s), qPrintable(r.errors[4]));
    QVERIFY2(r.errors[5].contains(u"x"_s), qPrintable(r.errors[5]));
    for (const QString &e : r.errors)
        QVERIFY2(e.contains(QRegularExpression(u"^line \\d+: \\S"_s)), qPrintable(e));

    // The good rows are still parsed (the caller decides whether to import a partial file).
    QCOMPARE(r.rows.size(), 3);
    QCOMPARE(r.rows[0].duveExternalId, u"2"_s);
    QCOMPARE(r.rows[1].duveExternalId, u"4"_s);
    QCOMPARE(r.rows[2], (MappingRow { u"8"_s, 8, u"quoted, ok"_s, true }));
}

void TestMapping::parseCsvLineNumbersAfterMultilineField()
{
    const CsvImport r = Mapping::parseCsv("duve_external_id,hubos_task_type_id,label\r\n" // 1
                                          "2,2,\"spans\r\nthree\r\nlines\"\r\n" // 2-4
                                          "bad,3,x\r\n" // 5
                                          "4,4,\"two\nlines\"\n" // 6-7
                                          "5,oops,x\n"); // 8
    QCOMPARE(linesOf(r.errors), (QList<int> { 5, 8 }));
    QCOMPARE(r.rows.size(), 2);

    // A bad row that itself spans lines is reported on the line it starts on.
    const CsvImport starts = Mapping::parseCsv("duve_external_id,hubos_task_type_id,label\n"
                                               "2,2,ok\n"
                                               "x,2,\"multi\nline\"\n"
                                               "y,3,z\n");
    QCOMPARE(linesOf(starts.errors), (QList<int> { 3, 5 }));
}

void TestMapping::parseCsvUnterminatedQuote()
{
    // A quote that is never closed must not swallow the rows after it silently.
    const CsvImport r = Mapping::parseCsv("duve_external_id,hubos_task_type_id,label\n" // 1
                                          "4,4,\"Serve towels\n" // 2
                                          "5,5,Check minibar\n" // 3
                                          "6,6,Serve pillows\n"); // 4
    QVERIFY2(!r.ok(), qPrintable(u"rows: %1"_s.arg(r.rows.size())));
    QVERIFY2(r.errors.first().startsWith(u"line 2: "_s), qPrintable(r.errors.first()));
    for (const MappingRow &row : r.rows)
        QVERIFY2(!row.label.contains(u'\n'), qPrintable(row.label));
}

void TestMapping::parseCsvEmpty()
{
    for (const QByteArray &csv :
        { QByteArray(), QByteArray("\n\n"), QByteArray("\xEF\xBB\xBF"), QByteArray("  \r\n") }) {
        const CsvImport r = Mapping::parseCsv(csv);
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors[0].startsWith(u"line 1: "_s), qPrintable(r.errors[0]));
        QVERIFY(r.rows.isEmpty());
    }
}

void TestMapping::toCsvHeaderAllEnabled()
{
    const QByteArray csv = Mapping::toCsv(MappingRow::defaults());
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.first(), QByteArray("duve_external_id,hubos_task_type_id,label"));
    QCOMPARE(lines.size(), 25 + 2); // header, 25 rows, empty after the final newline
    QCOMPARE(lines[1], QByteArray("2,2,Change bed sheets"));
    QCOMPARE(lines[25], QByteArray("26,26,Security"));
    QVERIFY(lines.last().isEmpty());
    QVERIFY(!csv.contains("enabled"));
    QVERIFY(!csv.contains("true"));

    QCOMPARE(Mapping::toCsv({}), QByteArray("duve_external_id,hubos_task_type_id,label\n"));

    QList<MappingRow> rows = MappingRow::defaults();
    rows[0].enabled = false;
    const QByteArray withDisabled = Mapping::toCsv(rows);
    QVERIFY(withDisabled.startsWith("duve_external_id,hubos_task_type_id,label,enabled\n"));
    QVERIFY(withDisabled.contains("\n2,2,Change bed sheets,false\n"));
    QVERIFY(withDisabled.contains("\n3,3,Request cleaning,true\n"));
}

void TestMapping::toCsvRoundTrip_data()
{
    QTest::addColumn<QList<MappingRow>>("rows");

    QTest::newRow("empty") << QList<MappingRow> {};
    QTest::newRow("simple") << QList<MappingRow> { { u"4"_s, 4, u"Serve towels"_s, true },
        { u"200"_s, 4, u"Towel service"_s, true } };
    QTest::newRow("awkward labels") << QList<MappingRow> {
        { u"100"_s, 3, u"Cleaning, full"_s, true }, { u"101"_s, 6, u"The \"big\" pillow"_s, true },
        { u"102"_s, 7, u"\"quoted\", \"twice\""_s, true }, { u"103"_s, 13, u"Two\nlines"_s, true },
        { u"104"_s, 23, QStringLiteral("Eisk\u00fcbel \u2014 ice"), true },
        { u"105"_s, 24, u"trailing comma,"_s, true }
    };
    QTest::newRow("with a disabled row")
        << QList<MappingRow> { { u"4"_s, 4, u"Serve towels"_s, true },
               { u"5"_s, 5, u"Check, minibar"_s, false }, { u"300"_s, 26, u"Security"_s, true } };
    QTest::newRow("all disabled") << QList<MappingRow> { { u"4"_s, 4, u"Serve towels"_s, false },
        { u"5"_s, 5, u"Check minibar"_s, false } };
}

void TestMapping::toCsvRoundTrip()
{
    QFETCH(QList<MappingRow>, rows);
    const QByteArray csv = Mapping::toCsv(rows);
    const bool anyDisabled
        = std::any_of(rows.begin(), rows.end(), [](const MappingRow &r) { return !r.enabled; });
    const QByteArray header = csv.left(csv.indexOf('\n'));
    QCOMPARE(header,
        anyDisabled ? QByteArray("duve_external_id,hubos_task_type_id,label,enabled")
                    : QByteArray("duve_external_id,hubos_task_type_id,label"));

    const CsvImport back = Mapping::parseCsv(csv);
    QVERIFY2(back.ok(), qPrintable(back.errors.join(u'\n')));
    QCOMPARE(back.rows, rows);
    // Exporting again gives the same bytes.
    QCOMPARE(Mapping::toCsv(back.rows), csv);
}

void TestMapping::toCsvDefaultRowsRoundTrip()
{
    QList<MappingRow> rows = MappingRow::defaults();
    QCOMPARE(Mapping::parseCsv(Mapping::toCsv(rows)).rows, rows);
    rows[3].enabled = false;
    rows[10].enabled = false;
    const CsvImport back = Mapping::parseCsv(Mapping::toCsv(rows));
    QVERIFY(back.ok());
    QCOMPARE(back.rows, rows);
    QVERIFY(!back.rows[3].enabled);
    QVERIFY(back.rows[4].enabled);
}

// The form and the import accept the same task types: with the list of known ones, an unknown
// type is a wrong line, as it is in the form.
void TestMapping::parseCsvKnownTaskTypes()
{
    const QByteArray csv = "duve_external_id,hubos_task_type_id,label\n4,4,Towels\n31,31,Pool\n"
                           "32,99,Nope\n";
    QVERIFY(Mapping::parseCsv(csv).ok()); // without a list: any positive number
    const CsvImport checked
        = Mapping::parseCsv(csv, [](int type) { return type == 4 || type == 31; });
    QCOMPARE(checked.rows.size(), 2);
    QCOMPARE(checked.errors.size(), 1);
    QCOMPARE(lineOf(checked.errors.first()), 4);
    QVERIFY2(
        checked.errors.first().contains(u"no task type 99"_s), qPrintable(checked.errors.first()));
}

void TestMapping::planImportCountsWhatChanges()
{
    const QList<MappingRow> table = MappingRow::defaults(); // 2..26
    QList<MappingRow> file;
    file.append({ u"4"_s, 4, u"Serve towels"_s, true }); // the same
    file.append({ u"008"_s, 8, u"Install baby cot"_s, true }); // the same ID, written otherwise
    file.append({ u"10"_s, 10, u"Deep, clean"_s, true }); // another label
    file.append({ u"3"_s, 3, u"Request cleaning"_s, false }); // switched off
    file.append({ u"31"_s, 3, u"Late checkout"_s, true }); // new
    const MappingImportPlan plan = Mapping::planImport(table, file);
    QCOMPARE(plan.added.size(), 1);
    QCOMPARE(plan.added.first().duveExternalId, u"31"_s);
    QCOMPARE(plan.changed.size(), 2);
    QCOMPARE(plan.changed.at(0).label, u"Deep, clean"_s);
    QVERIFY(!plan.changed.at(1).enabled);
    QCOMPARE(plan.unchanged, 2);
    QCOMPARE(plan.removed.size(), 21); // 25 - 4 in the file
    QVERIFY(!plan.changesNothing(ImportMode::Merge));

    const MappingImportPlan same = Mapping::planImport(table, table);
    QCOMPARE(same.unchanged, 25);
    QVERIFY(same.changesNothing(ImportMode::Replace));
    const MappingImportPlan subset = Mapping::planImport(table, table.mid(0, 3));
    QVERIFY(subset.changesNothing(ImportMode::Merge)); // nothing new, nothing different
    QVERIFY(!subset.changesNothing(ImportMode::Replace)); // but 22 rows would go
}

void TestMapping::applyImportReplaceOrMerge()
{
    const QList<MappingRow> table = MappingRow::defaults();
    const QList<MappingRow> file { { u"10"_s, 10, u"Deep"_s, true },
        { u"31"_s, 3, u"Late checkout"_s, true } };
    QCOMPARE(Mapping::applyImport(table, file, ImportMode::Replace), file);
    const QList<MappingRow> merged = Mapping::applyImport(table, file, ImportMode::Merge);
    QCOMPARE(merged.size(), 26);
    QCOMPARE(merged.first(), table.first());
    QCOMPARE(merged.at(8), file.at(0)); // 10 updated where it was
    QCOMPARE(merged.last(), file.at(1)); // 31 added after the table
    // The plan of the merged table against the file: nothing left to do.
    QVERIFY(Mapping::planImport(merged, file).changesNothing(ImportMode::Merge));
}

void TestMapping::roomCsvRoundTrip()
{
    const QList<RoomMapping> rows { { u"Room 12"_s, u"012"_s }, { u"Suite, \"Sea\""_s, u"S1"_s },
        { u"Penthouse"_s, u"PH"_s } };
    const QByteArray csv = Mapping::roomsToCsv(rows);
    QVERIFY(csv.startsWith("duve_room,hubos_room\n"));
    const RoomCsvImport back = Mapping::parseRoomCsv(csv);
    QVERIFY2(back.ok(), qPrintable(back.errors.join(u'\n')));
    QCOMPARE(back.rows, rows);
    // A spreadsheet's export: BOM, CRLF, the header in capitals, spaces around names.
    const RoomCsvImport excel
        = Mapping::parseRoomCsv("\xEF\xBB\xBF"
                                "Duve_Room,HubOS_Room\r\n Room 12 , 012 \r\n");
    QVERIFY(excel.ok());
    QCOMPARE(excel.rows, (QList<RoomMapping> { { u"Room 12"_s, u"012"_s } }));
}

void TestMapping::roomCsvBadRows()
{
    const RoomCsvImport bad = Mapping::parseRoomCsv(
        "duve_room,hubos_room\nRoom 1,101\n,102\nRoom 3,\nRoom 1,103\nRoom 5\n");
    QVERIFY(!bad.ok());
    QCOMPARE(linesOf(bad.errors), (QList<int> { 3, 4, 5, 6 }));
    QVERIFY(bad.errors.at(2).contains(u"more than once"_s));
    const RoomCsvImport header = Mapping::parseRoomCsv("room,hub\nRoom 1,101\n");
    QCOMPARE(header.errors.size(), 1);
    QVERIFY(header.errors.first().contains(u"duve_room,hubos_room"_s));
    QVERIFY(Mapping::parseRoomCsv("").errors.first().contains(u"empty"_s));
    // A mappings file is not a room file.
    QVERIFY(!Mapping::parseRoomCsv(Mapping::toCsv(MappingRow::defaults())).ok());
}

void TestMapping::planRoomImport()
{
    const QList<RoomMapping> table { { u"Room 12"_s, u"012"_s }, { u"Room 13"_s, u"013"_s } };
    const QList<RoomMapping> file { { u"Room 12"_s, u"112"_s }, { u"room 13"_s, u"013"_s } };
    const RoomImportPlan plan = Mapping::planRoomImport(table, file);
    QCOMPARE(plan.changed, (QList<RoomMapping> { { u"Room 12"_s, u"112"_s } }));
    // Duve's names are compared as Duve sends them: "room 13" is another room.
    QCOMPARE(plan.added, (QList<RoomMapping> { { u"room 13"_s, u"013"_s } }));
    QCOMPARE(plan.removed, (QList<RoomMapping> { { u"Room 13"_s, u"013"_s } }));
    QCOMPARE(plan.unchanged, 0);
}

QTEST_GUILESS_MAIN(TestMapping)
#include "tst_mapping.moc"
