// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/mapping/mapping.h"

#include <QCoreApplication>
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

} // namespace

CsvImport Mapping::parseCsv(const QByteArray &csv)
{
    CsvImport result;
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    int unclosedQuoteLine = 0;
    const QList<CsvRecord> records = splitCsv(text, unclosedQuoteLine);
    const QString unclosedQuote = QCoreApplication::translate(
        "Mapping", "line %1: a quoted field is not closed (a \" is missing)")
                                      .arg(unclosedQuoteLine);
    if (records.isEmpty() && unclosedQuoteLine > 0) {
        result.errors.append(unclosedQuote);
        return result;
    }
    if (records.isEmpty()) {
        result.errors.append(QCoreApplication::translate("Mapping",
            "line 1: the file is empty; expected the header "
            "duve_external_id,hubos_task_type_id,label"));
        return result;
    }
    QStringList header;
    for (const QString &h : records.front().fields)
        header.append(h.trimmed().toLower());
    const QStringList expected { u"duve_external_id"_s, u"hubos_task_type_id"_s, u"label"_s };
    if (header.mid(0, 3) != expected || header.size() > 4
        || (header.size() == 4 && header[3] != u"enabled"_s)) {
        result.errors.append(QCoreApplication::translate("Mapping",
            "line %1: the header must be duve_external_id,hubos_task_type_id,"
            "label (optionally followed by enabled)")
                                 .arg(records.front().line));
        return result;
    }
    QSet<QString> seen;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &rec = records[r];
        const auto error = [&](const QString &what) {
            result.errors.append(
                QCoreApplication::translate("Mapping", "line %1: %2").arg(rec.line).arg(what));
        };
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
        if (seen.contains(row.duveExternalId)) {
            error(QCoreApplication::translate(
                "Mapping", "the Duve external ID %1 appears more than once")
                      .arg(row.duveExternalId));
            continue;
        }
        seen.insert(row.duveExternalId);
        result.rows.append(row);
    }
    if (unclosedQuoteLine > 0)
        result.errors.append(unclosedQuote);
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
