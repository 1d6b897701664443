// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/historystore.h"

#include "core/store/sqlite/sqlitehistorystore.h"

std::unique_ptr<HistoryStore> HistoryStore::create(const QString &location)
{
    return std::make_unique<SqliteHistoryStore>(location);
}
