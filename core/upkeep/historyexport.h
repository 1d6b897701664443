// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/store/historystore.h"

#include <QJsonObject>

class QIODevice;

// The one JSON shape of a history entry: `hubbridge history export`, the retention archive and
// the GUI's export all write it (see README, "hubbridge history export").
namespace HistoryExport {

QJsonObject toJson(const HistoryEntry &entry, const QList<StoredAttempt> &attempts);

// One compact JSON object per line.
QByteArray toJsonLine(const HistoryEntry &entry, const QList<StoredAttempt> &attempts);

} // namespace HistoryExport
