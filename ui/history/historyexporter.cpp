// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/history/historyexporter.h"

#include "core/upkeep/historyexport.h"
#include "ui/history/historymodel.h"

#include <QSaveFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
QByteArray csvField(const QString &text)
{
    QString value = text;
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r')) {
        value.replace(u"\""_s, u"\"\""_s);
        value = u'"' + value + u'"';
    }
    return value.toUtf8();
}
} // namespace

HistoryExporter::HistoryExporter(HistoryStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

HistoryExporter::~HistoryExporter()
{
    if (m_file)
        m_file->cancelWriting();
}

QByteArray HistoryExporter::csvHeader()
{
    return "id,received_at,event,order_id,order_number,room,guest,service,external_ids,outcome,"
           "http_status,code,hubos_task_ids,attempts\r\n";
}

QByteArray HistoryExporter::csvLine(const HistoryRow &row)
{
    const QList<QByteArray> fields { QByteArray::number(row.id),
        csvField(row.receivedAt.toUTC().toString(Qt::ISODateWithMs)), csvField(row.event),
        csvField(row.orderKey), csvField(row.orderNumber), csvField(row.room), csvField(row.guest),
        csvField(row.service), csvField(row.externalIds.join(u' ')),
        csvField(outcomeName(row.outcome)), QByteArray::number(row.httpStatus), csvField(row.code),
        csvField(HistoryModel::tasksText(row).replace(u", "_s, u" "_s)),
        QByteArray::number(row.attempts) };
    return fields.join(',') + "\r\n";
}

bool HistoryExporter::start(
    const HistoryFilter &filter, const QString &path, Format format, QString *error)
{
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        if (error)
            *error = m_file->errorString();
        m_file.reset();
        return false;
    }
    m_filter = filter;
    m_format = format;
    m_before = 0;
    m_written = 0;
    m_total = m_store->count(filter);
    m_running = true;
    if (format == Format::Csv)
        m_file->write(csvHeader());
    QTimer::singleShot(0, this, &HistoryExporter::step);
    return true;
}

void HistoryExporter::cancel()
{
    m_running = false;
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
}

void HistoryExporter::step()
{
    if (!m_running || !m_file)
        return;
    const QList<HistoryRow> rows = m_store->page(m_filter, m_before, kChunk);
    QByteArray chunk;
    for (const HistoryRow &row : rows) {
        if (m_format == Format::Csv) {
            chunk += csvLine(row);
        } else if (const std::optional<HistoryEntry> entry = m_store->entry(row.id)) {
            chunk += HistoryExport::toJsonLine(*entry, m_store->attempts(row.id));
            if (!chunk.endsWith('\n'))
                chunk += '\n';
        }
    }
    if (!chunk.isEmpty() && m_file->write(chunk) != chunk.size()) {
        const QString error = m_file->errorString();
        cancel();
        Q_EMIT finished(false, error);
        return;
    }
    m_written += rows.size();
    if (!rows.isEmpty())
        m_before = rows.last().id;
    Q_EMIT progress(m_written, std::max(m_total, m_written));
    if (rows.size() == kChunk) {
        QTimer::singleShot(0, this, &HistoryExporter::step);
        return;
    }
    m_running = false;
    const bool ok = m_file->commit();
    const QString error = ok ? QString() : m_file->errorString();
    m_file.reset();
    Q_EMIT finished(ok, error);
}
