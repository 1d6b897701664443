// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/postgres/pgmigrations.h"

#include "core/common/logging.h"
#include "core/store/postgres/pgconnection.h"
#include "core/store/records.h"

#include <iterator>

using namespace Qt::StringLiterals;

namespace {

// pg_advisory_xact_lock's key: "hubbridge" in ASCII, so that it says whose it is in pg_locks.
constexpr qint64 kMigrationLock = 0x687562627269;

// Numbered migrations; hubbridge_schema.version says how many ran. Never edit a released one:
// add the next. Times are milliseconds since the epoch (bigint), as in the SQLite engine, so that
// the two engines store and compare the same values.
const char *const kMigrations[] = {
    // 1: the tables of SQLite's schema 7, with the search as a tsvector of the folded words
    // (SearchWords::fold) and a GIN index on it.
    R"(
    CREATE TABLE entries(
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        received_at bigint NOT NULL,
        remote_address text NOT NULL DEFAULT '',
        method text NOT NULL DEFAULT '',
        path text NOT NULL DEFAULT '',
        headers text NOT NULL DEFAULT '{}',
        body bytea,
        body_size bigint NOT NULL DEFAULT 0,
        event text NOT NULL DEFAULT '',
        order_key text NOT NULL DEFAULT '',
        order_number text NOT NULL DEFAULT '',
        reservation_id text NOT NULL DEFAULT '',
        room text NOT NULL DEFAULT '',
        guest text NOT NULL DEFAULT '',
        external_ids text NOT NULL DEFAULT '[]',
        outcome text NOT NULL DEFAULT 'received',
        http_status integer NOT NULL DEFAULT 0,
        code text NOT NULL DEFAULT '',
        message text NOT NULL DEFAULT '',
        detail text NOT NULL DEFAULT '',
        answer bytea,
        tasks text NOT NULL DEFAULT '[]',
        attempts integer NOT NULL DEFAULT 0,
        answered_at bigint,
        service text NOT NULL DEFAULT '',
        reason text NOT NULL DEFAULT '',
        search tsvector NOT NULL DEFAULT ''
    );
    CREATE INDEX entries_received_at ON entries(received_at);
    CREATE INDEX entries_order_key ON entries(order_key, id) WHERE order_key <> '';
    CREATE INDEX entries_outcome_id ON entries(outcome, id);
    CREATE INDEX entries_outcome_time ON entries(outcome, received_at);
    CREATE INDEX entries_event_id ON entries(event, id);
    CREATE INDEX entries_room_id ON entries(room, id);
    CREATE INDEX entries_reason_id ON entries(reason, id) WHERE reason <> '';
    CREATE INDEX entries_search ON entries USING gin(search);
    CREATE TABLE attempts(
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        entry_id bigint NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        kind text NOT NULL,
        item_index integer NOT NULL DEFAULT 0,
        number integer NOT NULL DEFAULT 1,
        started_at bigint NOT NULL,
        method text NOT NULL,
        url text NOT NULL,
        request bytea,
        http_status integer NOT NULL DEFAULT 0,
        response bytea,
        error text NOT NULL DEFAULT '',
        latency_ms bigint NOT NULL DEFAULT 0,
        task_id text NOT NULL DEFAULT ''
    );
    CREATE INDEX attempts_entry ON attempts(entry_id);
    CREATE TABLE orders(
        order_key text PRIMARY KEY,
        state text NOT NULL,
        answer bytea,
        cancel_answer bytea,
        entry_id bigint,
        updated_at bigint NOT NULL,
        retry_round integer NOT NULL DEFAULT 0,
        next_retry_at bigint,
        last_error text NOT NULL DEFAULT ''
    );
    CREATE INDEX orders_next_retry ON orders(next_retry_at) WHERE next_retry_at IS NOT NULL;
    CREATE INDEX orders_state ON orders(state, updated_at);
    CREATE TABLE tasks(
        order_key text NOT NULL REFERENCES orders(order_key) ON DELETE CASCADE,
        item_index integer NOT NULL,
        external_id text NOT NULL,
        task_type_id integer NOT NULL,
        quantity integer NOT NULL DEFAULT 1,
        external_ref text NOT NULL,
        task_id text NOT NULL DEFAULT '',
        state text NOT NULL,
        request text NOT NULL DEFAULT '{}',
        PRIMARY KEY(order_key, item_index)
    );
    CREATE TABLE reservation_rooms(
        reservation_id text PRIMARY KEY,
        room text NOT NULL,
        updated_at bigint NOT NULL
    );
    CREATE TABLE mappings(
        duve_external_id text PRIMARY KEY,
        hubos_task_type_id integer NOT NULL,
        label text NOT NULL DEFAULT '',
        enabled boolean NOT NULL DEFAULT true
    );
    CREATE TABLE room_mappings(
        duve_room text PRIMARY KEY,
        hubos_room text NOT NULL
    );
    CREATE TABLE handled(
        entry_id bigint PRIMARY KEY REFERENCES entries(id) ON DELETE CASCADE,
        note text NOT NULL DEFAULT '',
        "by" text NOT NULL DEFAULT '',
        at bigint NOT NULL
    );
    )",
    // 2: a page within a date range picks its ids from (received_at, id) alone (hubbridge-bench
    // at 1M entries: a week a month ago took 554-907 ms walking the primary key)
    R"(
    CREATE INDEX entries_received_at_id ON entries(received_at, id);
    DROP INDEX entries_received_at;
    )",
    // 3: several instances on one database: which instance works on an order, until when, and
    // under which fence (HistoryStore::claimOrder). Leases are in the server's clock (ms);
    // owner_key is the advisory lock the owner's session holds while it lives.
    R"(
    CREATE SEQUENCE order_claim_fence;
    CREATE TABLE order_claims(
        order_key text PRIMARY KEY,
        fence bigint NOT NULL,
        owner text NOT NULL,
        owner_key bigint NOT NULL,
        lease_until bigint NOT NULL
    );
    )",
    // 4: moving a hotel's history in (hubbridge migrate): where an imported entry came from, so
    // that importing it again finds it. NULL for the entries received here (no rewrite, no index
    // entry).
    R"(
    ALTER TABLE entries ADD COLUMN origin text;
    CREATE UNIQUE INDEX entries_origin ON entries(origin) WHERE origin IS NOT NULL;
    )",
    // 5: a problem outcome within a date range, from the index alone (hubbridge-bench at 1M
    // entries: "failed in that week" read 3,585 heap pages for the ids, 141-181 ms; with the id in
    // the index 2.8 ms). Building it takes about 1.6 s per million entries.
    R"(
    CREATE INDEX entries_outcome_time_id ON entries(outcome, received_at, id);
    DROP INDEX entries_outcome_time;
    )",
    // 6: a group's hotels (their credentials are not kept here: HotelSecrets); each entry and
    // order carries its hotel ('' the data folder's own). Adding a column with a constant
    // default rewrites nothing (PostgreSQL >= 11).
    R"(
    CREATE TABLE hotels(
        key text PRIMARY KEY,
        name text NOT NULL DEFAULT '',
        hubos_url text NOT NULL DEFAULT '',
        retention_days integer NOT NULL DEFAULT -1,
        enabled boolean NOT NULL DEFAULT true,
        added_at bigint NOT NULL
    );
    ALTER TABLE entries ADD COLUMN hotel text NOT NULL DEFAULT '';
    ALTER TABLE orders ADD COLUMN hotel text NOT NULL DEFAULT '';
    CREATE INDEX entries_hotel_id ON entries(hotel, id);
    )",
    // 7: a hotel of a group replaces rows of the group's external-ID table and room names with
    // its own ('' the group's, or a single hotel's)
    R"(
    ALTER TABLE mappings ADD COLUMN hotel text NOT NULL DEFAULT '';
    ALTER TABLE mappings DROP CONSTRAINT mappings_pkey;
    ALTER TABLE mappings ADD PRIMARY KEY (hotel, duve_external_id);
    ALTER TABLE room_mappings ADD COLUMN hotel text NOT NULL DEFAULT '';
    ALTER TABLE room_mappings DROP CONSTRAINT room_mappings_pkey;
    ALTER TABLE room_mappings ADD PRIMARY KEY (hotel, duve_room);
    )",
    // 8: a single hotel's entries (hotel '') are not indexed by hotel: each insert paid for an
    // index that no query of theirs uses
    R"(
    DROP INDEX entries_hotel_id;
    CREATE INDEX entries_hotel_id ON entries(hotel, id) WHERE hotel <> '';
    )",
};

} // namespace

int PgMigrations::latest()
{
    return int(std::size(kMigrations));
}

int PgMigrations::current(PgConnection &db)
{
    const PgResult r = db.exec(u"SELECT max(version) FROM hubbridge_schema"_s);
    return r.ok() && r.rows() == 1 ? int(r.integer(0, 0)) : 0;
}

bool PgMigrations::run(PgConnection &db, QString *error)
{
    QString e;
    const bool ok = db.inTransaction(e, [&] {
        // Another instance's migration, or a table lock a migration needs, is waited for
        // however long it takes (the session may have a lock timeout for its everyday work).
        PgResult r = db.exec(u"SET LOCAL lock_timeout = 0"_s);
        if (r.ok())
            r = db.exec(u"SELECT pg_advisory_xact_lock($1)"_s, PgParams().add(kMigrationLock));
        if (r.ok())
            r = db.exec(u"CREATE TABLE IF NOT EXISTS hubbridge_schema(version integer NOT NULL)"_s);
        if (!r.ok()) {
            e = r.error();
            return false;
        }
        const int from = current(db);
        if (from > latest()) {
            e = u"the database was written by a newer Hubbridge (schema %1, this one knows %2)"_s
                    .arg(from)
                    .arg(latest());
            return false;
        }
        for (int version = from; version < latest(); ++version) {
            r = db.script(QString::fromUtf8(kMigrations[version]));
            if (r.ok() && version == 0) {
                // A fresh database maps each catalogue task type to itself.
                for (const MappingRow &row : MappingRow::defaults()) {
                    r = db.exec(u"INSERT INTO mappings(duve_external_id, hubos_task_type_id, "
                                "label) VALUES($1, $2, $3)"_s,
                        PgParams().add(row.duveExternalId).add(row.hubOsTaskTypeId).add(row.label));
                    if (!r.ok())
                        break;
                }
            }
            if (r.ok())
                r = db.exec(u"DELETE FROM hubbridge_schema"_s);
            if (r.ok())
                r = db.exec(u"INSERT INTO hubbridge_schema(version) VALUES($1)"_s,
                    PgParams().add(version + 1));
            if (!r.ok()) {
                e = u"migration %1 failed: %2"_s.arg(version + 1).arg(r.error());
                return false;
            }
            qCInfo(lcStore) << "applied PostgreSQL schema migration" << version + 1;
        }
        return true;
    });
    if (!ok && error)
        *error = e;
    return ok;
}
