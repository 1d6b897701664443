// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class PgConnection;

// The PostgreSQL schema, as numbered migrations of its own (the engines' histories differ: SQLite
// reached the same tables in seven steps). Applied in one transaction under an advisory lock, so
// that instances starting together take turns: the first migrates, the others find it done.
namespace PgMigrations {
int latest();
int current(PgConnection &db); // 0 before the first migration
bool run(PgConnection &db, QString *error);
} // namespace PgMigrations
