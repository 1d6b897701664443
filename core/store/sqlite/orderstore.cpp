// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// SqliteHistoryStore: what is known of each Duve order (its tasks, its answer) and the outbox — the
// orders the background retries still owe Hub OS. The writes are in historystore.cpp, with the
// entries they are committed with.
#include "core/common/logging.h"
#include "core/store/sqlite/sqlitehistorystore.h"
#include "core/store/sqlite/sqlitestatement.h"
#include "core/store/sqlite/sqlsupport.h"

using namespace Qt::StringLiterals;
using namespace StoreSql;

std::optional<OrderRecord> SqliteHistoryStore::order(const QString &orderKey) const
{
    SqliteStatement &q = SqliteStatement::cached(readDb(),
        "SELECT state, answer, cancel_answer, entry_id, retry_round, next_retry_at, last_error, "
        "hotel FROM orders WHERE order_key=?1");
    q.bind(1, orderKey);
    OrderRecord order;
    {
        auto rows = q.rows();
        if (!rows.next())
            return std::nullopt;
        order.orderKey = orderKey;
        order.state = deliveryStateFromString(rows.text(0));
        order.answer = rows.blob(1);
        order.cancelAnswer = rows.blob(2);
        order.entryId = rows.integer(3);
        order.retryRound = int(rows.integer(4));
        order.nextRetryAt = fromMs(rows.integer(5));
        order.lastError = rows.text(6);
        order.hotel = rows.text(7);
    }
    SqliteStatement &t = SqliteStatement::cached(readDb(),
        "SELECT item_index, external_id, task_type_id, quantity, external_ref, task_id, state, "
        "request FROM tasks WHERE order_key=?1 ORDER BY item_index");
    t.bind(1, orderKey);
    for (auto rows = t.rows(); rows.next();) {
        TaskRecord task;
        task.itemIndex = int(rows.integer(0));
        task.externalId = rows.text(1);
        task.taskTypeId = int(rows.integer(2));
        task.quantity = int(rows.integer(3));
        task.externalRef = rows.text(4);
        task.taskId = rows.text(5);
        task.state = deliveryStateFromString(rows.text(6));
        task.request = rows.blob(7);
        order.tasks.append(task);
    }
    return order;
}

QList<OrderRecord> SqliteHistoryStore::dueOrders(
    const QDateTime &now, int limit, const QStringList &skipHotels) const
{
    QStringList keys;
    {
        QSqlQuery q(readDb());
        q.prepare(u"SELECT order_key FROM orders WHERE next_retry_at IS NOT NULL AND "
                  "next_retry_at <= ? AND "_s
            + skippedHotelsSql(u"instr"_s) + u" ORDER BY next_retry_at LIMIT ?"_s);
        q.addBindValue(toMs(now));
        q.addBindValue(skippedHotelsValue(skipHotels));
        q.addBindValue(limit);
        q.exec();
        while (q.next())
            keys.append(q.value(0).toString());
    }
    QList<OrderRecord> orders;
    for (const QString &key : std::as_const(keys)) {
        if (std::optional<OrderRecord> o = order(key))
            orders.append(*o);
    }
    return orders;
}

QDateTime SqliteHistoryStore::nextRetryAt() const
{
    QSqlQuery q(readDb());
    if (q.exec(u"SELECT min(next_retry_at) FROM orders WHERE next_retry_at IS NOT NULL"_s)
        && q.next())
        return fromMs(q.value(0));
    return QDateTime();
}

int SqliteHistoryStore::pendingOrderCount() const
{
    auto rows
        = SqliteStatement::cached(readDb(), "SELECT count(*) FROM orders WHERE state='pending'")
              .rows();
    return rows.next() ? int(rows.integer(0)) : 0;
}

// ---------------------------------------------------------------------------------------------
// Browsing

// ---------------------------------------------------------------------------------------------
// Room mappings
