// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/history/resendrun.h"

#include "core/delivery/bridge.h"
#include "ui/widgets/confirm.h"

#include <QProgressDialog>
#include <QWidget>

ResendRun::ResendRun(Bridge *bridge, const QList<qint64> &entryIds, QWidget *over)
    : QObject(over)
    , m_bridge(bridge)
    , m_ids(entryIds)
    , m_over(over)
{ }

void ResendRun::confirm(
    QWidget *over, int count, const QString &question, std::function<void()> confirmed)
{
    Confirm::ask(over, Confirm::Kind::Safe, tr("Resend orders"), question,
        tr("Hub OS recognises orders it already has, so no task is created twice."),
        tr("Resend %n", nullptr, count), std::move(confirmed));
}

void ResendRun::start()
{
    if (!m_bridge) {
        deleteLater();
        return;
    }
    auto *progress = new QProgressDialog(
        tr("Sending orders again…"), tr("Stop"), 0, int(m_ids.size()), m_over);
    progress->setWindowTitle(tr("Resend"));
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto *resender = new Resender(m_bridge, m_ids, this);
    connect(progress, &QProgressDialog::canceled, resender, &Resender::stop);
    connect(resender, &Resender::progress, progress, &QProgressDialog::setValue);
    connect(resender, &Resender::entryDone, this,
        [this](qint64 id, Resender::Result, bool replayed, const DuveAnswer &answer) {
            Q_EMIT entryDone(id, replayed, answer.outcome);
        });
    QPointer<QProgressDialog> dialog(progress);
    connect(resender, &Resender::finished, this, [this, dialog](const Resender::Summary &s) {
        if (dialog)
            dialog->close();
        Q_EMIT finished(s);
        deleteLater();
    });
    progress->setValue(0);
    resender->start();
}

QString ResendRun::summaryText(const Resender::Summary &s)
{
    const int notResolved = s.pending + s.failed + s.skipped;
    return tr("Sent %1 of %n order(s) again: %2 created, %3 not.", nullptr, s.total)
        .arg(s.sent)
        .arg(s.resolved)
        .arg(notResolved);
}
