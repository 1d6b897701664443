// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QString>

// The history's schema: numbered migrations, PRAGMA user_version counting how many ran. A
// released migration is never edited; a change is the next one.
namespace Migrations {

int latest(); // the schema version this Hubbridge writes
// Brings `db` up to latest(), each migration in its own transaction. False and `error` when one
// fails or the file was written by a newer Hubbridge.
bool run(QSqlDatabase &db, QString *error);

} // namespace Migrations
