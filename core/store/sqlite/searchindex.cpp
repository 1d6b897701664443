// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/sqlite/searchindex.h"

#include "core/common/logging.h"
#include "core/store/searchwords.h"
#include "core/store/sqlite/sqlitestatement.h"
#include "core/store/sqlite/sqlsupport.h"

#include <algorithm>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace StoreSql;

namespace {

void sqlFold(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const int size = sqlite3_value_bytes(argv[0]);
    if (!text) {
        sqlite3_result_null(context);
        return;
    }
    QByteArray folded;
    if (std::all_of(text, text + size, [](char c) { return uchar(c) < 0x80; })) {
        // The usual case (JSON bodies), and much cheaper.
        folded.reserve(size + 1);
        folded.append(' ');
        for (const char c : QByteArrayView(text, size)) {
            if (c >= 'A' && c <= 'Z')
                folded.append(char(c - 'A' + 'a'));
            else
                folded.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : ' ');
        }
    } else {
        folded = SearchWords::fold(QString::fromUtf8(text, size)).toUtf8();
    }
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

} // namespace

void SearchIndex::addFunctions(QSqlDatabase &db)
{
    sqlite3_create_function_v2(SqliteStatement::handle(db), "hb_fold", 1,
        SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr, sqlFold, nullptr, nullptr,
        nullptr);
}

QString SearchIndex::ftsQuery(const QString &typed)
{
    // Each word quoted (so that no character is FTS syntax) and matched as a prefix.
    QStringList terms;
    for (QString word : typed.split(u' ', Qt::SkipEmptyParts)) {
        word.replace(u'"', u' ');
        word = word.trimmed();
        if (!word.isEmpty())
            terms.append(u'"' + word + u"\"*"_s);
    }
    return terms.join(u' ');
}

void SearchIndex::addMatch(const QString &search, StoreSql::Where &w)
{
    const QString fts = ftsQuery(search);
    if (!fts.isEmpty()) {
        // Entries past the index's mark (at most the writer's kBacklog) are scanned: every
        // word must start a word in one of the searchable fields (see fold()).
        QStringList words;
        QVariantList wordValues;
        for (const QString &word : SearchWords::words(search)) {
            words.append(u"instr(hb_fold(guest || ' ' || room || ' ' || order_key || ' ' || "
                         "order_number || ' ' || service || ' ' || CAST(body AS TEXT)), ?) > 0"_s);
            wordValues.append(QString(u' ' + word));
        }
        // One id list (so that pages are rowid lookups, not a walk of the table).
        w.clauses.append(u"id IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? "
                         "UNION ALL SELECT id FROM entries WHERE id > (SELECT indexed_upto FROM "
                         "fts_progress) AND "_s
            + words.join(u" AND "_s) + u")"_s);
        w.values.append(fts);
        w.values += wordValues;
    }
}

// Adds up to `step` entries past the indexed mark to the search index, in one
// transaction, when at least minBehind are waiting. Returns how many are left unindexed
// (0 as well when the step failed: it is tried again after the next write).
qint64 SearchIndex::step(QSqlDatabase &db, qint64 minBehind, qint64 step)
{
    qint64 indexed = 0;
    qint64 newest = 0;
    {
        SqliteStatement &marks = SqliteStatement::cached(db,
            "SELECT indexed_upto, (SELECT coalesce(max(id), 0) FROM entries) FROM fts_progress");
        auto rows = marks.rows();
        if (!rows.next())
            return 0; // not migrated yet
        indexed = rows.integer(0);
        newest = rows.integer(1);
    }
    if (newest - indexed < minBehind)
        return newest - indexed;
    // Short burst steps keep pace with orders (four writes, one entry each); a flood of
    // one-write entries (refused requests) would outrun them: past twice the backlog the
    // steps are full size again.
    if (newest - indexed > 2 * kBacklog)
        step = std::max(step, kStep);
    const qint64 upto = std::min(newest, indexed + step);
    QString error;
    // The index can always be rebuilt from the entries: no disk wait of its own (WAL frames
    // commit atomically, so the index and its mark are lost together or not at all).
    execSql(db, u"PRAGMA synchronous=NORMAL"_s, error);
    const bool ok = inTransaction(db, error, [&] {
        SqliteStatement &add = SqliteStatement::cached(db,
            "INSERT INTO entries_fts(rowid, guest, room, order_key, order_number, service, "
            "body) SELECT id, guest, room, order_key, order_number, service, "
            "CAST(body AS TEXT) FROM entries WHERE id > ?1 AND id <= ?2");
        SqliteStatement &mark
            = SqliteStatement::cached(db, "UPDATE fts_progress SET indexed_upto=?1");
        return add.bind(1, indexed).bind(2, upto).run(error) && mark.bind(1, upto).run(error);
    });
    QString ignored;
    execSql(db, u"PRAGMA synchronous=FULL"_s, ignored);
    if (!ok) {
        qCWarning(lcStore).noquote() << "search index not updated:" << error;
        return 0;
    }
    return newest - upto;
}
