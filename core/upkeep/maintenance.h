// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/store/records.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <functional>

class HistoryStore;
class Settings;

// Daily care of the history: a verified backup into DIR/backups (HistoryStore::backupJob, in a
// worker thread; the newest [history] backupsKept are kept), then pruning of
// entries older than [history] retentionDays in small batches, each its own short
// transaction, optionally appended first to DIR/archive/history-YYYY-MM.jsonl.gz.
class Maintenance : public QObject
{
    Q_OBJECT
public:
    struct Report
    {
        bool backupOk = false;
        QString backupFile;
        QString backupError;
        int pruned = 0;
        QString archiveFile; // empty when nothing was archived
        QString pruneError;
    };

    Maintenance(Settings *settings, HistoryStore *store, QObject *parent = nullptr);
    ~Maintenance() override;

    // Runs once a day; the first run comes soon after start when the newest backup is older
    // than a day.
    void start();
    void stop();
    void runNow(std::function<void(const Report &)> done = {});
    bool isRunning() const { return m_running; }

    QString backupDir() const;
    QString archiveDir() const;
    QDateTime newestBackupTime() const;
    // The newest backup in the data folder of `settings` ("" when there is none). Every backup is
    // checked before it is kept, so this is the newest good one.
    static QString newestBackup(const Settings &settings);

Q_SIGNALS:
    void finished(const Maintenance::Report &report);

private:
    void backedUp(Report report, std::function<void(const Report &)> done);
    void pruneStep(
        Report report, const Retention &retention, std::function<void(const Report &)> done);
    // [history] retentionDays, and the group's hotels' own (HotelRecord::retentionDays).
    Retention retentionNow() const;
    void finish(const Report &report, const std::function<void(const Report &)> &done);
    void removeOldBackups();

    Settings *m_settings;
    HistoryStore *m_store;
    QTimer m_timer;
    bool m_running = false;
    QThread *m_worker = nullptr;
};
