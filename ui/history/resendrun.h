// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/delivery/resender.h"
#include "core/store/outcome.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

class Bridge;
class QWidget;

// The window's one way to send recorded orders again, several at a time: History's "Resend
// all matching" and the Overview's "Resend these orders". confirm() asks first (window-modal,
// not blocking); the run sends the entries through a Resender behind a progress dialog whose
// Stop button stops it, says how it went (finished) and deletes itself.
class ResendRun : public QObject
{
    Q_OBJECT
public:
    // Asks `question` with a "Resend N" button; `confirmed` runs when it is pressed.
    static void confirm(
        QWidget *over, int count, const QString &question, std::function<void()> confirmed);

    // `over`: the page the progress shows over (and the run's parent).
    ResendRun(Bridge *bridge, const QList<qint64> &entryIds, QWidget *over);
    void start();

    // "Sent 3 of 3 order(s) again: 2 created, 1 not."
    static QString summaryText(const Resender::Summary &summary);

Q_SIGNALS:
    void entryDone(qint64 entryId, bool replayed, Outcome outcome);
    void finished(const Resender::Summary &summary);

private:
    QPointer<Bridge> m_bridge;
    QList<qint64> m_ids;
    QWidget *m_over;
};
