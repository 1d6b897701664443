// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/upkeep/maintenance.h"

#include "core/common/logging.h"
#include "core/config/settings.h"
#include "core/store/historystore.h"
#include "core/upkeep/historyexport.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QThread>
#include <zlib.h>

using namespace Qt::StringLiterals;

namespace {
constexpr int kDayMs = 24 * 60 * 60 * 1000;
constexpr int kFirstRunDelayMs = 60 * 1000; // leave start-up alone
constexpr int kPruneBatch = 500; // entries per short transaction

bool appendGzip(const QString &file, const QByteArray &data, QString *error)
{
    // Appending makes a new gzip member; gzip readers read concatenated members as one stream.
    gzFile gz = gzopen(QFile::encodeName(file).constData(), "ab");
    if (!gz) {
        *error = u"cannot open %1"_s.arg(file);
        return false;
    }
    const bool ok = gzwrite(gz, data.constData(), unsigned(data.size())) == int(data.size());
    if (gzclose(gz) != Z_OK || !ok) {
        *error = u"cannot write %1"_s.arg(file);
        return false;
    }
    return true;
}
} // namespace

Maintenance::Maintenance(Settings *settings, HistoryStore *store, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_store(store)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        runNow();
        m_timer.start(kDayMs);
    });
}

Maintenance::~Maintenance()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

namespace {

QString backupDirOf(const Settings &settings)
{
    return settings.dataDir() + u"/backups"_s;
}

// The backups Maintenance wrote, sorted by `sort`.
QFileInfoList backups(const Settings &settings, QDir::SortFlags sort)
{
    return QDir(backupDirOf(settings))
        .entryInfoList({ u"hubbridge-*.sqlite"_s }, QDir::Files, sort);
}

} // namespace

QString Maintenance::backupDir() const
{
    return backupDirOf(*m_settings);
}

QString Maintenance::archiveDir() const
{
    return m_settings->dataDir() + u"/archive"_s;
}

QDateTime Maintenance::newestBackupTime() const
{
    const QString newest = newestBackup(*m_settings);
    return newest.isEmpty() ? QDateTime() : QFileInfo(newest).lastModified();
}

QString Maintenance::newestBackup(const Settings &settings)
{
    const QFileInfoList files = backups(settings, QDir::Time);
    return files.isEmpty() ? QString() : files.front().absoluteFilePath();
}

void Maintenance::start()
{
    const QDateTime newest = newestBackupTime();
    const bool due = !newest.isValid() || newest.msecsTo(QDateTime::currentDateTime()) >= kDayMs;
    m_timer.start(due ? kFirstRunDelayMs : kDayMs);
}

void Maintenance::stop()
{
    m_timer.stop();
}

void Maintenance::runNow(std::function<void(const Report &)> done)
{
    if (m_running) {
        if (done)
            done(Report { false, QString(), u"maintenance already running"_s });
        return;
    }
    m_running = true;
    QDir().mkpath(backupDir());
    Report report;
    const HistoryStore::BackupJob job = m_store->backupJob();
    if (!job.run) { // the database administrator's job (a server database)
        report.backupOk = true;
        return backedUp(report, done);
    }
    report.backupFile = backupDir() + u"/hubbridge-"_s
        + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss-zzz"_s) + job.fileSuffix;
    auto result = std::make_shared<std::pair<bool, QString>>();
    m_worker = QThread::create([run = job.run, target = report.backupFile, result] {
        result->first = run(target, &result->second);
    });
    connect(m_worker, &QThread::finished, this, [this, report, result, done]() mutable {
        m_worker->deleteLater();
        m_worker = nullptr;
        report.backupOk = result->first;
        report.backupError = result->second;
        backedUp(report, done);
    });
    m_worker->start(QThread::LowPriority);
}

void Maintenance::backedUp(Report report, std::function<void(const Report &)> done)
{
    if (report.backupOk && report.backupFile.isEmpty()) {
        // nothing of our own to write or to rotate
    } else if (report.backupOk) {
        qCInfo(lcStore).noquote() << "backup written to" << report.backupFile;
        removeOldBackups();
    } else {
        qCCritical(lcStore).noquote() << "backup failed:" << report.backupError;
        report.backupFile.clear();
    }
    const Retention retention = retentionNow();
    if (!retention.prunesAnything())
        return finish(report, done);
    pruneStep(report, retention, done);
}

Retention Maintenance::retentionNow() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto cutoffFor = [&now](int days) { return days > 0 ? now.addDays(-days) : QDateTime(); };
    Retention retention(cutoffFor(m_settings->retentionDays()));
    // A group's hotel with a retention of its own ([history] retentionDays for the others).
    for (const HotelRecord &hotel : m_store->hotels()) {
        if (hotel.retentionDays >= 0)
            retention.hotels.insert(hotel.key, cutoffFor(hotel.retentionDays));
    }
    return retention;
}

void Maintenance::pruneStep(
    Report report, const Retention &retention, std::function<void(const Report &)> done)
{
    int batch = kPruneBatch;
    if (m_settings->archiveBeforePruning()) {
        const QList<HistoryEntry> old = m_store->entriesBefore(retention, kPruneBatch);
        if (!old.isEmpty()) {
            QDir().mkpath(archiveDir());
            const QString file = archiveDir() + u"/history-"_s
                + QDateTime::currentDateTime().toString(u"yyyy-MM"_s) + u".jsonl.gz"_s;
            QByteArray lines;
            for (const HistoryEntry &e : old)
                lines += HistoryExport::toJsonLine(e, m_store->attempts(e.id));
            QString error;
            if (!appendGzip(file, lines, &error)) {
                // Nothing is deleted that could not be archived first.
                report.pruneError = error;
                return finish(report, done);
            }
            report.archiveFile = file;
        }
        batch = int(old.size());
    }
    QPointer<Maintenance> self(this);
    m_store->pruneBatch(
        retention, batch, [self, report, retention, done](bool ok, int removed) mutable {
            if (!self)
                return;
            report.pruned += removed;
            if (!ok) {
                report.pruneError = u"the history could not be pruned"_s;
                return self->finish(report, done);
            }
            if (removed == 0)
                return self->finish(report, done);
            // Let other work in between batches: no long lock, no frozen event loop.
            QTimer::singleShot(0, self, [self, report, retention, done] {
                if (self)
                    self->pruneStep(report, retention, done);
            });
        });
}

void Maintenance::finish(const Report &report, const std::function<void(const Report &)> &done)
{
    m_running = false;
    if (report.pruned > 0)
        qCInfo(lcStore) << "pruned" << report.pruned << "history entries";
    Q_EMIT finished(report);
    if (done)
        done(report);
}

void Maintenance::removeOldBackups()
{
    const QFileInfoList files = backups(*m_settings, QDir::Name | QDir::Reversed);
    for (qsizetype i = m_settings->backupsKept(); i < files.size(); ++i)
        QFile::remove(files.at(i).absoluteFilePath());
}
