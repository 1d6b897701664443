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
    double dbMb = 0; // database file after the final checkpoint
    qint64 firstMs = 0; // received_at of the oldest and newest entry
    qint64 lastMs = 0;
};

// A fresh history database at `path` with `rows` realistic entries: the schema comes from
// HistoryStore (migrations, FTS5 table and triggers), the rows from one bulk connection in big
// transactions. Returns false (and `error`) when it cannot.
bool generate(const QString &path, qint64 rows, Generated *out, QString *error);

// What the measuring child searches for (a name that occurs in the generated data).
QString searchName();
QString searchWord();
QString roomForFilter();

// `hubbridge-bench --history-measure DB FIRST_MS LAST_MS`: opens the database with a new
// HistoryStore in this fresh process and times the browsing calls; prints one JSON object.
int runMeasureChild(QCoreApplication &app, const QString &path, qint64 firstMs, qint64 lastMs);

} // namespace HistoryBench
