// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/mapping/mapping.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

MappingResult Mapping::mapItems(const QList<OrderItem> &items, const Lookup &lookup)
{
    MappingResult result;
    for (const OrderItem &item : items) {
        const std::optional<MappingRow> row = lookup(item.externalId);
        if (!row || !row->enabled) {
            result.unknownExternalId = item.externalId;
            result.items.clear();
            return result;
        }
        result.items.append({ item, row->hubOsTaskTypeId });
    }
    result.ok = !result.items.isEmpty();
    return result;
}

// Messages are for people (the Mappings page shows them in the window's language; the CLI,
// which installs no translation, prints them in English).
QString Mapping::validateRow(const MappingRow &row)
{
    const QString id = row.duveExternalId.trimmed();
    if (id.isEmpty())
        return QCoreApplication::translate("Mapping", "the Duve external ID is empty");
    for (QChar c : id) {
        if (c < u'0' || c > u'9')
            return QCoreApplication::translate(
                "Mapping", "the Duve external ID \"%1\" is not a number")
                .arg(id);
    }
    if (id.size() > 18)
        return QCoreApplication::translate("Mapping", "the Duve external ID \"%1\" is too long")
            .arg(id);
    if (row.hubOsTaskTypeId <= 0)
        return QCoreApplication::translate(
            "Mapping", "the Hub OS task type must be a positive number");
    return QString();
}

namespace {

// Splits CSV text into records of fields (RFC 4180: quotes, doubled quotes, CRLF).
// Each record remembers the line it starts on.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// `unclosedQuoteLine` is set to the line of a quoted field that never ends (0 if none).
QList<CsvRecord> splitCsv(const QString &text, int &unclosedQuoteLine)
{
    unclosedQuoteLine = 0;
    QList<CsvRecord> records;
    CsvRecord current { 1, {} };
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    auto endField = [&] {
        current.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.front().trimmed().isEmpty();
        if (!blank)
            records.append(current);
        current = CsvRecord { line, {} };
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            endField();
        } else if (c == u'\n') {
            ++line;
            endRecord();
        } else if (c == u'\r') {
            // part of CRLF
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted) {
        unclosedQuoteLine = current.line; // drop the record that swallowed the rest
        return records;
    }
    if (fieldStarted || !field.isEmpty() || !current.fields.isEmpty())
        endRecord();
    return records;
}

QString csvField(const QString &value)
{
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r')) {
        QString escaped = value;
        escaped.replace(u"\""_s, u"\"\""_s);
        return u'"' + escaped + u'"';
    }
    return value;
}

QString unclosedQuote(int line)
{
    return QCoreApplication::translate(
        "Mapping", "line %1: a quoted field is not closed (a \" is missing)")
        .arg(line);
}

// The records of a CSV file after its header line, or the error that stops it from being read
// at all (empty, only an unclosed quote, a wrong header).
struct CsvBody
{
    QList<CsvRecord> records; // without the header
    QStringList header;
    QStringList errors;
    int unclosedQuoteLine = 0;
};

// The header must be `expected` (any case), optionally followed by the column `optional`.
// `emptyError` and `headerError` (%1: its line) are the messages for a file without lines and
// for a wrong header.
CsvBody readCsv(const QByteArray &csv, const QStringList &expected, const QString &optional,
    const QString &emptyError, const QString &headerError)
{
    CsvBody body;
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<CsvRecord> records = splitCsv(text, body.unclosedQuoteLine);
    if (records.isEmpty()) {
        body.errors.append(
            body.unclosedQuoteLine > 0 ? unclosedQuote(body.unclosedQuoteLine) : emptyError);
        return body;
    }
    for (const QString &h : records.front().fields)
        body.header.append(h.trimmed().toLower());
    const qsizetype n = expected.size();
    const qsizetype most = n + (optional.isEmpty() ? 0 : 1);
    if (body.header.mid(0, n) != expected || body.header.size() > most
        || (body.header.size() == n + 1 && body.header[n] != optional)) {
        body.errors.append(headerError.arg(records.front().line));
        return body;
    }
    records.removeFirst();
    body.records = records;
    return body;
}

QString lineError(int line, const QString &what)
{
    return QCoreApplication::translate("Mapping", "line %1: %2").arg(line).arg(what);
}

} // namespace

CsvImport Mapping::parseCsv(const QByteArray &csv, const KnownTaskType &known)
{
    CsvImport result;
    const CsvBody body
        = readCsv(csv, { u"duve_external_id"_s, u"hubos_task_type_id"_s, u"label"_s }, u"enabled"_s,
            QCoreApplication::translate("Mapping",
                "line 1: the file is empty; expected the header "
                "duve_external_id,hubos_task_type_id,label"),
            QCoreApplication::translate("Mapping",
                "line %1: the header must be duve_external_id,hubos_task_type_id,"
                "label (optionally followed by enabled)"));
    if (!body.errors.isEmpty()) {
        result.errors = body.errors;
        return result;
    }
    const QStringList &header = body.header;
    QSet<QString> seen;
    for (const CsvRecord &rec : body.records) {
        const auto error
            = [&](const QString &what) { result.errors.append(lineError(rec.line, what)); };
        if (rec.fields.size() < 2 || rec.fields.size() > header.size()) {
            error(QCoreApplication::translate("Mapping", "expected %1 columns, found %2")
                      .arg(header.size())
                      .arg(rec.fields.size()));
            continue;
        }
        MappingRow row;
        row.duveExternalId = PayloadParser::normalizeExternalId(rec.fields[0]);
        bool ok = false;
        const QString typeText = rec.fields[1].trimmed();
        row.hubOsTaskTypeId = typeText.toInt(&ok);
        if (!ok) {
            error(QCoreApplication::translate(
                "Mapping", "the Hub OS task type \"%1\" is not a number")
                      .arg(typeText));
            continue;
        }
        row.label = rec.fields.value(2).trimmed();
        if (row.label.isEmpty())
            row.label = HubOsTaskTypes::name(row.hubOsTaskTypeId);
        if (rec.fields.size() > 3) {
            const QString enabled = rec.fields[3].trimmed().toLower();
            if (enabled == u"1"_s || enabled == u"true"_s || enabled == u"yes"_s
                || enabled.isEmpty())
                row.enabled = true;
            else if (enabled == u"0"_s || enabled == u"false"_s || enabled == u"no"_s)
                row.enabled = false;
            else {
                error(QCoreApplication::translate(
                    "Mapping", "enabled must be true or false, not \"%1\"")
                          .arg(rec.fields[3]));
                continue;
            }
        }
        const QString problem = validateRow(row);
        if (!problem.isEmpty()) {
            error(problem);
            continue;
        }
        if (known && !known(row.hubOsTaskTypeId)) {
            error(QCoreApplication::translate("Mapping",
                "Hub OS has no task type %1 (neither in the catalogue nor in the list Hub OS "
                "gave)")
                      .arg(row.hubOsTaskTypeId));
            continue;
        }
        if (seen.contains(row.duveExternalId)) {
            error(QCoreApplication::translate(
                "Mapping", "the Duve external ID %1 appears more than once")
                      .arg(row.duveExternalId));
            continue;
        }
        seen.insert(row.duveExternalId);
        result.rows.append(row);
    }
    if (body.unclosedQuoteLine > 0)
        result.errors.append(unclosedQuote(body.unclosedQuoteLine));
    return result;
}

QByteArray Mapping::toCsv(const QList<MappingRow> &rows)
{
    // The documented three columns; "enabled" is added only when some row is switched off, so
    // nothing is lost on a round trip.
    const bool withEnabled
        = std::any_of(rows.begin(), rows.end(), [](const MappingRow &r) { return !r.enabled; });
    QString out = u"duve_external_id,hubos_task_type_id,label"_s
        + (withEnabled ? u",enabled\n"_s : u"\n"_s);
    for (const MappingRow &row : rows) {
        out += csvField(row.duveExternalId) + u',' + QString::number(row.hubOsTaskTypeId) + u','
            + csvField(row.label);
        if (withEnabled)
            out += row.enabled ? u",true"_s : u",false"_s;
        out += u'\n';
    }
    return out.toUtf8();
}

namespace {

template<typename Row, typename Key>
ImportPlan<Row> plan(const QList<Row> &current, const QList<Row> &incoming, Key keyOf)
{
    ImportPlan<Row> result;
    QHash<QString, Row> before;
    for (const Row &row : current)
        before.insert(keyOf(row), row);
    QSet<QString> inFile;
    for (const Row &row : incoming) {
        const QString key = keyOf(row);
        inFile.insert(key);
        const auto it = before.constFind(key);
        if (it == before.cend())
            result.added.append(row);
        else if (!(*it == row))
            result.changed.append(row);
        else
            ++result.unchanged;
    }
    for (const Row &row : current) {
        if (!inFile.contains(keyOf(row)))
            result.removed.append(row);
    }
    return result;
}

QString mappingKey(const MappingRow &row)
{
    return PayloadParser::normalizeExternalId(row.duveExternalId);
}

QString roomKey(const RoomMapping &row)
{
    return row.duveRoom;
}

} // namespace

MappingImportPlan Mapping::planImport(
    const QList<MappingRow> &current, const QList<MappingRow> &incoming)
{
    // "008" in the file is row 8 of the table, unchanged if the rest is the same.
    QList<MappingRow> normalized = incoming;
    for (MappingRow &row : normalized)
        row.duveExternalId = mappingKey(row);
    return plan(current, normalized, mappingKey);
}

QList<MappingRow> Mapping::applyImport(
    const QList<MappingRow> &current, const QList<MappingRow> &incoming, ImportMode mode)
{
    QList<MappingRow> file = incoming;
    for (MappingRow &row : file)
        row.duveExternalId = mappingKey(row);
    if (mode == ImportMode::Replace)
        return file;
    // The table's rows in their order, updated from the file; the file's new rows after them.
    QHash<QString, MappingRow> fromFile;
    for (const MappingRow &row : file)
        fromFile.insert(row.duveExternalId, row);
    QList<MappingRow> result;
    QSet<QString> kept;
    for (const MappingRow &row : current) {
        const QString key = mappingKey(row);
        result.append(fromFile.value(key, row));
        kept.insert(key);
    }
    for (const MappingRow &row : file) {
        if (!kept.contains(row.duveExternalId))
            result.append(row);
    }
    return result;
}

RoomImportPlan Mapping::planRoomImport(
    const QList<RoomMapping> &current, const QList<RoomMapping> &incoming)
{
    return plan(current, incoming, roomKey);
}

RoomCsvImport Mapping::parseRoomCsv(const QByteArray &csv)
{
    RoomCsvImport result;
    const CsvBody body = readCsv(csv, { u"duve_room"_s, u"hubos_room"_s }, QString(),
        QCoreApplication::translate(
            "Mapping", "line 1: the file is empty; expected the header duve_room,hubos_room"),
        QCoreApplication::translate("Mapping", "line %1: the header must be duve_room,hubos_room"));
    if (!body.errors.isEmpty()) {
        result.errors = body.errors;
        return result;
    }
    QSet<QString> seen;
    for (const CsvRecord &rec : body.records) {
        const auto error
            = [&](const QString &what) { result.errors.append(lineError(rec.line, what)); };
        if (rec.fields.size() != 2) {
            error(QCoreApplication::translate("Mapping", "expected %1 columns, found %2")
                      .arg(2)
                      .arg(rec.fields.size()));
            continue;
        }
        const RoomMapping row { rec.fields[0].trimmed(), rec.fields[1].trimmed() };
        if (row.duveRoom.isEmpty()) {
            error(QCoreApplication::translate("Mapping", "the Duve room name is empty"));
            continue;
        }
        if (row.hubOsRoom.isEmpty()) {
            error(QCoreApplication::translate("Mapping", "the Hub OS room for \"%1\" is empty")
                      .arg(row.duveRoom));
            continue;
        }
        if (seen.contains(row.duveRoom)) {
            error(QCoreApplication::translate(
                "Mapping", "the Duve room \"%1\" appears more than once")
                      .arg(row.duveRoom));
            continue;
        }
        seen.insert(row.duveRoom);
        result.rows.append(row);
    }
    if (body.unclosedQuoteLine > 0)
        result.errors.append(unclosedQuote(body.unclosedQuoteLine));
    return result;
}

QByteArray Mapping::roomsToCsv(const QList<RoomMapping> &rows)
{
    QString out = u"duve_room,hubos_room\n"_s;
    for (const RoomMapping &row : rows)
        out += csvField(row.duveRoom) + u',' + csvField(row.hubOsRoom) + u'\n';
    return out.toUtf8();
}
