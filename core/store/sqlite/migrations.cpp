// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/sqlite/migrations.h"

#include "core/common/logging.h"
#include "core/store/records.h"
#include "core/store/sqlite/sqlitestatement.h"
#include "core/store/sqlite/sqlsupport.h"

#include <iterator>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace StoreSql;

namespace {

// Numbered schema migrations; PRAGMA user_version says how many ran. Never edit a released one:
// add the next.
const char *const kMigrations[] = {
    // 1: history, Hub OS attempts, orders and their tasks, rooms, mappings
    R"(
    CREATE TABLE entries(
        id INTEGER PRIMARY KEY,
        received_at INTEGER NOT NULL,
        remote_address TEXT NOT NULL DEFAULT '',
        method TEXT NOT NULL DEFAULT '',
        path TEXT NOT NULL DEFAULT '',
        headers TEXT NOT NULL DEFAULT '{}',
        body BLOB,
        body_size INTEGER NOT NULL DEFAULT 0,
        event TEXT NOT NULL DEFAULT '',
        order_key TEXT NOT NULL DEFAULT '',
        order_number TEXT NOT NULL DEFAULT '',
        reservation_id TEXT NOT NULL DEFAULT '',
        room TEXT NOT NULL DEFAULT '',
        guest TEXT NOT NULL DEFAULT '',
        external_ids TEXT NOT NULL DEFAULT '[]',
        outcome TEXT NOT NULL DEFAULT 'received',
        http_status INTEGER NOT NULL DEFAULT 0,
        code TEXT NOT NULL DEFAULT '',
        message TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT '',
        answer BLOB,
        tasks TEXT NOT NULL DEFAULT '[]',
        attempts INTEGER NOT NULL DEFAULT 0,
        answered_at INTEGER
    );
    CREATE INDEX entries_received_at ON entries(received_at);
    CREATE INDEX entries_order_key ON entries(order_key) WHERE order_key <> '';
    CREATE INDEX entries_outcome ON entries(outcome, received_at);
    CREATE TABLE attempts(
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        item_index INTEGER NOT NULL DEFAULT 0,
        number INTEGER NOT NULL DEFAULT 1,
        started_at INTEGER NOT NULL,
        method TEXT NOT NULL,
        url TEXT NOT NULL,
        request BLOB,
        http_status INTEGER NOT NULL DEFAULT 0,
        response BLOB,
        error TEXT NOT NULL DEFAULT '',
        latency_ms INTEGER NOT NULL DEFAULT 0,
        task_id TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX attempts_entry ON attempts(entry_id);
    CREATE TABLE orders(
        order_key TEXT PRIMARY KEY,
        state TEXT NOT NULL,
        answer BLOB,
        cancel_answer BLOB,
        entry_id INTEGER,
        updated_at INTEGER NOT NULL
    );
    CREATE TABLE tasks(
        order_key TEXT NOT NULL REFERENCES orders(order_key) ON DELETE CASCADE,
        item_index INTEGER NOT NULL,
        external_id TEXT NOT NULL,
        task_type_id INTEGER NOT NULL,
        quantity INTEGER NOT NULL DEFAULT 1,
        external_ref TEXT NOT NULL,
        task_id TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL,
        PRIMARY KEY(order_key, item_index)
    );
    CREATE TABLE reservation_rooms(
        reservation_id TEXT PRIMARY KEY,
        room TEXT NOT NULL,
        updated_at INTEGER NOT NULL
    );
    CREATE TABLE mappings(
        duve_external_id TEXT PRIMARY KEY,
        hubos_task_type_id INTEGER NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        enabled INTEGER NOT NULL DEFAULT 1
    );
    )",
    // 2: the outbox (background retries) and the exact task each retry sends
    R"(
    ALTER TABLE orders ADD COLUMN retry_round INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE orders ADD COLUMN next_retry_at INTEGER;
    ALTER TABLE orders ADD COLUMN last_error TEXT NOT NULL DEFAULT '';
    ALTER TABLE tasks ADD COLUMN request TEXT NOT NULL DEFAULT '{}';
    CREATE INDEX orders_next_retry ON orders(next_retry_at) WHERE next_retry_at IS NOT NULL;
    CREATE INDEX orders_state ON orders(state, updated_at);
    )",
    // 3: browsing at scale: the service name, keyset-friendly indexes, full-text search
    R"(
    ALTER TABLE entries ADD COLUMN service TEXT NOT NULL DEFAULT '';
    DROP INDEX entries_outcome;
    CREATE INDEX entries_outcome_id ON entries(outcome, id);
    CREATE INDEX entries_event_id ON entries(event, id);
    CREATE INDEX entries_room_id ON entries(room, id);
    CREATE VIRTUAL TABLE entries_fts USING fts5(
        guest, room, order_key, order_number, service, body,
        content='entries', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
    INSERT INTO entries_fts(entries_fts) VALUES('rebuild');
    CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
        INSERT INTO entries_fts(rowid, guest, room, order_key, order_number, service, body)
        VALUES (new.id, new.guest, new.room, new.order_key, new.order_number, new.service,
                CAST(new.body AS TEXT));
    END;
    CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
        INSERT INTO entries_fts(entries_fts, rowid, guest, room, order_key, order_number, service, body)
        VALUES ('delete', old.id, old.guest, old.room, old.order_key, old.order_number, old.service,
                CAST(old.body AS TEXT));
    END;
    CREATE TRIGGER entries_fts_update AFTER UPDATE OF guest, room, order_key, order_number, service,
            body ON entries BEGIN
        INSERT INTO entries_fts(entries_fts, rowid, guest, room, order_key, order_number, service, body)
        VALUES ('delete', old.id, old.guest, old.room, old.order_key, old.order_number, old.service,
                CAST(old.body AS TEXT));
        INSERT INTO entries_fts(rowid, guest, room, order_key, order_number, service, body)
        VALUES (new.id, new.guest, new.room, new.order_key, new.order_number, new.service,
                CAST(new.body AS TEXT));
    END
    )",
    // 4: Duve room names -> Hub OS rooms
    R"(
    CREATE TABLE room_mappings(
        duve_room TEXT PRIMARY KEY,
        hubos_room TEXT NOT NULL
    );
    )",
    // 5: the search index follows the entries in large steps (the writer, see SearchIndex::step)
    // instead of one small FTS segment per commit; the newest entries it has not reached yet
    // are matched by a plain scan (SearchIndex::addMatch).
    R"(
    CREATE TABLE fts_progress(indexed_upto INTEGER NOT NULL);
    INSERT INTO fts_progress VALUES ((SELECT coalesce(max(id), 0) FROM entries));
    DROP TRIGGER entries_fts_insert;
    DROP TRIGGER entries_fts_delete;
    DROP TRIGGER entries_fts_update;
    CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries
            WHEN old.id <= (SELECT indexed_upto FROM fts_progress) BEGIN
        INSERT INTO entries_fts(entries_fts, rowid, guest, room, order_key, order_number, service, body)
        VALUES ('delete', old.id, old.guest, old.room, old.order_key, old.order_number, old.service,
                CAST(old.body AS TEXT));
    END;
    CREATE TRIGGER entries_fts_update AFTER UPDATE OF guest, room, order_key, order_number, service,
            body ON entries WHEN old.id <= (SELECT indexed_upto FROM fts_progress) BEGIN
        INSERT INTO entries_fts(entries_fts, rowid, guest, room, order_key, order_number, service, body)
        VALUES ('delete', old.id, old.guest, old.room, old.order_key, old.order_number, old.service,
                CAST(old.body AS TEXT));
        INSERT INTO entries_fts(rowid, guest, room, order_key, order_number, service, body)
        VALUES (new.id, new.guest, new.room, new.order_key, new.order_number, new.service,
                CAST(new.body AS TEXT));
    END
    )",
    // 6: outcome within a date range (the overview's problems of a day, "failed last week")
    // from the index alone
    R"(
    CREATE INDEX entries_outcome_time ON entries(outcome, received_at);
    )",
    R"(
    ALTER TABLE entries ADD COLUMN reason TEXT NOT NULL DEFAULT '';
    CREATE INDEX entries_reason_id ON entries(reason, id) WHERE reason <> '';
    CREATE TABLE handled(
        entry_id INTEGER PRIMARY KEY REFERENCES entries(id) ON DELETE CASCADE,
        note TEXT NOT NULL DEFAULT '',
        by TEXT NOT NULL DEFAULT '',
        at INTEGER NOT NULL
    );
    )",
    // 8: a group's hotels (their credentials are not kept here: HotelSecrets); each entry and
    // order carries its hotel ('' the data folder's own)
    R"(
    CREATE TABLE hotels(
        key TEXT PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        hubos_url TEXT NOT NULL DEFAULT '',
        retention_days INTEGER NOT NULL DEFAULT -1,
        enabled INTEGER NOT NULL DEFAULT 1,
        added_at INTEGER NOT NULL
    );
    ALTER TABLE entries ADD COLUMN hotel TEXT NOT NULL DEFAULT '';
    ALTER TABLE orders ADD COLUMN hotel TEXT NOT NULL DEFAULT '';
    CREATE INDEX entries_hotel_id ON entries(hotel, id);
    )",
    // 9: a hotel of a group replaces rows of the group's external-ID table and room names with
    // its own ('' the group's, or a single hotel's)
    R"(
    CREATE TABLE mappings_by_hotel(
        hotel TEXT NOT NULL DEFAULT '',
        duve_external_id TEXT NOT NULL,
        hubos_task_type_id INTEGER NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        enabled INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY(hotel, duve_external_id)
    );
    INSERT INTO mappings_by_hotel(duve_external_id, hubos_task_type_id, label, enabled)
        SELECT duve_external_id, hubos_task_type_id, label, enabled FROM mappings;
    DROP TABLE mappings;
    ALTER TABLE mappings_by_hotel RENAME TO mappings;
    CREATE TABLE room_mappings_by_hotel(
        hotel TEXT NOT NULL DEFAULT '',
        duve_room TEXT NOT NULL,
        hubos_room TEXT NOT NULL,
        PRIMARY KEY(hotel, duve_room)
    );
    INSERT INTO room_mappings_by_hotel(duve_room, hubos_room)
        SELECT duve_room, hubos_room FROM room_mappings;
    DROP TABLE room_mappings;
    ALTER TABLE room_mappings_by_hotel RENAME TO room_mappings;
    )",
    // 10: a single hotel's entries (hotel '') are not indexed by hotel: they are all of them, and
    // each insert paid for an index that no query of theirs uses
    R"(
    DROP INDEX entries_hotel_id;
    CREATE INDEX entries_hotel_id ON entries(hotel, id) WHERE hotel <> '';
    )",
    // 11: tables derived from the history and kept by the writes (open_problems,
    // core/store/sqlite/openproblems.h), with the definition each was filled with. A Hubbridge
    // from before would write entries without keeping them: this number keeps it out.
    R"(
    CREATE TABLE IF NOT EXISTS derived(name TEXT PRIMARY KEY, definition TEXT NOT NULL);
    )",
    // 12: counts kept by the writes too (open_problem_counts, entry_counts; openproblems.h,
    // entrycounts.h): a Hubbridge of schema 11 would write entries without counting them. The
    // derived tables are filled again after this.
    R"(
    DELETE FROM derived;
    )",
};

} // namespace

int Migrations::latest()
{
    return int(std::size(kMigrations));
}

bool Migrations::run(QSqlDatabase &db, QString *error)
{
    const int current = pragmaText(db, u"user_version"_s).toInt();
    if (current > latest()) {
        *error = u"the database was written by a newer Hubbridge (schema %1, this one knows %2)"_s
                     .arg(current)
                     .arg(latest());
        return false;
    }
    for (int version = current; version < latest(); ++version) {
        QString e;
        const bool ok = inTransaction(db, e, [&] {
            // The whole script at once: SQLite itself splits it (triggers hold semicolons).
            char *message = nullptr;
            bool done = sqlite3_exec(SqliteStatement::handle(db), kMigrations[version], nullptr,
                            nullptr, &message)
                == SQLITE_OK;
            if (!done)
                e = QString::fromUtf8(message);
            sqlite3_free(message);
            if (done && version == 0) {
                // A fresh install maps each catalogue task type to itself.
                QSqlQuery q(db);
                q.prepare(u"INSERT INTO mappings(duve_external_id, hubos_task_type_id, label, "
                          "enabled) VALUES(?, ?, ?, 1)"_s);
                for (const MappingRow &row : MappingRow::defaults()) {
                    q.addBindValue(row.duveExternalId);
                    q.addBindValue(row.hubOsTaskTypeId);
                    q.addBindValue(text(row.label));
                    done = done && exec(q, e);
                }
            }
            return done && execSql(db, u"PRAGMA user_version=%1"_s.arg(version + 1), e);
        });
        if (!ok) {
            *error = u"migration %1 failed: %2"_s.arg(version + 1).arg(e);
            return false;
        }
        qCInfo(lcStore) << "applied schema migration" << version + 1;
    }
    return true;
}
