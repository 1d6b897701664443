// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/store/records.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <optional>

// How many entries the history holds, per hotel, kept by the writes of the SQLite store in
// entry_counts(hotel, n): the History page's "N entries" for the whole history (or a hotel's)
// reads a row, where counting the smallest index took 2.1 s at 10,000,000 entries, on the
// window's thread. Only the insert of an entry and the retention's delete change it. Derived
// like the open problems: filled again at open when `derived` records another definition.
namespace EntryCounts {

// On a connection that may write, after the migrations. False, with `error`, when it failed.
bool ensure(QSqlDatabase &db, QString *error);

// After an entry of `hotel` was inserted.
bool added(QSqlDatabase &db, const QString &hotel, QString &error);

// Deletes the entries the SELECT `idsSql` (with `values`) finds, counting them out; `removed`
// says how many went.
bool deleteEntries(QSqlDatabase &db, const QString &idsSql, const QVariantList &values,
    qint64 &removed, QString &error);

// The count of what `filter` finds when it asks for every entry (or one hotel's); nullopt for
// any other filter, or when the read failed.
std::optional<qint64> count(const QSqlDatabase &db, const HistoryFilter &filter);

} // namespace EntryCounts
