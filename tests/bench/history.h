// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QString>

class QCoreApplication;

namespace HistoryBench {

struct Generated
{
    qint64 rows = 0;
    double seconds = 0;
    double dbMb = 0; // database file after the final checkpoint (PostgreSQL: the database)
    qint64 firstMs = 0; // received_at of the oldest and newest entry
    qint64 lastMs = 0;
};

// A fresh history database at `path` with `rows` realistic entries: the schema comes from
// HistoryStore (migrations, FTS5 table and triggers), the rows from one bulk connection in big
// transactions. Returns false (and `error`) when it cannot.
bool generate(const QString &path, qint64 rows, Generated *out, QString *error);

// The same entries in the empty PostgreSQL database at `url`: the schema from HistoryStore (its
// migrations), the rows in multi-row INSERTs with the search column filled as the store fills it
// (the secondary indexes dropped meanwhile and built again from their own definitions), then
// VACUUM (ANALYZE), as autovacuum would after such growth.
bool generatePostgres(const QString &url, qint64 rows, Generated *out, QString *error);

// What the measuring child searches for (a name that occurs in the generated data).
QString searchName();
QString searchWord();
QString roomForFilter();

// `hubbridge-bench --history-measure LOCATION FIRST_MS LAST_MS`: opens the database (a SQLite
// file or a postgresql:// URL) with a new HistoryStore in this fresh process and times the
// browsing calls; prints one JSON object.
int runMeasureChild(QCoreApplication &app, const QString &location, qint64 firstMs, qint64 lastMs);

} // namespace HistoryBench
