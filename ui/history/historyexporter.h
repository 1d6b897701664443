// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/store/historystore.h"

#include <QObject>
#include <memory>

class QSaveFile;

// Writes the history rows matching a filter to CSV or JSON Lines, a chunk of rows per turn of
// the event loop so that the window stays responsive. The file appears only when complete.
class HistoryExporter : public QObject
{
    Q_OBJECT
public:
    enum class Format { Csv, JsonLines };
    static constexpr int kChunk = 250;

    HistoryExporter(HistoryStore *store, QObject *parent = nullptr);
    ~HistoryExporter() override;

    bool start(
        const HistoryFilter &filter, const QString &path, Format format, QString *error = nullptr);
    void cancel();
    qint64 total() const { return m_total; }
    qint64 written() const { return m_written; }

    static QByteArray csvHeader();
    static QByteArray csvLine(const HistoryRow &row);

Q_SIGNALS:
    void progress(qint64 written, qint64 total);
    void finished(bool ok, const QString &error); // not emitted after cancel()

private:
    void step();

    HistoryStore *m_store;
    HistoryFilter m_filter;
    Format m_format = Format::Csv;
    std::unique_ptr<QSaveFile> m_file;
    qint64 m_before = 0;
    qint64 m_total = 0;
    qint64 m_written = 0;
    bool m_running = false;
};
