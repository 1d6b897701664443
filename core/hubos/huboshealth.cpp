// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/hubos/huboshealth.h"

void HubOsHealth::noteSuccess()
{
    m_lastSuccessAt = QDateTime::currentDateTimeUtc();
}

void HubOsHealth::noteFailure(const QString &message)
{
    m_lastError = message;
    m_lastErrorAt = QDateTime::currentDateTimeUtc();
    Q_EMIT failed(message);
}
