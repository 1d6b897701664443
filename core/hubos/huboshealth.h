// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

// Whether Hub OS is taking work, as the last calls found: the one place the window, the tray and
// /healthz read it from. The pipeline reports each order's outcome: a task created or cancelled
// is a success; Hub OS unreachable or refusing is a failure.
class HubOsHealth : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void noteSuccess();
    void noteFailure(const QString &message);

    QString lastError() const { return m_lastError; }
    QDateTime lastErrorAt() const { return m_lastErrorAt; }
    QDateTime lastSuccessAt() const { return m_lastSuccessAt; }
    // The last call failed (no success since the last failure).
    bool isFailing() const
    {
        return m_lastErrorAt.isValid()
            && (!m_lastSuccessAt.isValid() || m_lastErrorAt > m_lastSuccessAt);
    }

Q_SIGNALS:
    void failed(const QString &message);

private:
    QString m_lastError;
    QDateTime m_lastErrorAt;
    QDateTime m_lastSuccessAt;
};
