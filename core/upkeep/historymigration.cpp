// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/upkeep/historymigration.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
constexpr int kBatch = 500; // entries queued before waiting for the target's commit
} // namespace

namespace HistoryMigration {

Report run(HistoryStore &from, HistoryStore &to, const QString &sourceName, const QString &hotel,
    const std::function<void(qint64 done, qint64 total)> &progress)
{
    Report report;
    bool failed = false;
    const auto check = [&failed](bool ok) { failed = failed || !ok; };

    // The hotel's set-up first: its orders are mapped and its rooms named as before the move.
    for (const MappingRow &row : from.mappings()) {
        to.saveMapping(row, {}, check, hotel);
        ++report.mappings;
    }
    for (const RoomMapping &row : from.roomMappings()) {
        to.saveRoomMapping(row, {}, check, hotel);
        ++report.roomMappings;
    }
    for (const RoomMapping &row : from.reservationRooms()) {
        to.rememberRoom(row.duveRoom, row.hubOsRoom, check);
        ++report.reservationRooms;
    }
    if (!to.waitForWrites() || failed) {
        report.error = u"the mappings could not be written to the target"_s;
        return report;
    }

    // The entries, oldest first; each entry's id in the target, for its order.
    report.sourceEntries = from.entryCount();
    QHash<qint64, qint64> idInTarget;
    QSet<QString> orderKeys;
    qint64 queued = 0;
    const bool visited = from.forEachEntry([&](const HistoryEntry &source) {
        HistoryEntry e = source;
        e.hotel = hotel;
        const QString origin
            = u"%1:%2:%3"_s.arg(sourceName).arg(e.id).arg(e.receivedAt.toMSecsSinceEpoch());
        const qint64 sourceId = e.id;
        to.importEntry(e, from.attempts(e.id), from.handling(e.id), origin,
            [&report, &idInTarget, &failed, sourceId](bool ok, qint64 id, bool added) {
                if (!ok) {
                    failed = true;
                    return;
                }
                idInTarget.insert(sourceId, id);
                ++(added ? report.added : report.found);
            });
        if (!e.orderKey.isEmpty())
            orderKeys.insert(e.orderKey);
        if (++queued % kBatch == 0) {
            if (!to.waitForWrites() || failed)
                return false;
            if (progress)
                progress(queued, report.sourceEntries);
        }
        return true;
    });
    if (!to.waitForWrites() || failed || !visited) {
        report.error
            = u"entries could not be copied (%1 of %2 done)"_s.arg(report.added + report.found)
                  .arg(report.sourceEntries);
        return report;
    }
    if (progress)
        progress(queued, report.sourceEntries);

    // The orders, pointing at their entries' copies. Pending ones keep their next try (any
    // instance retries them when due); their claims, if any, stayed behind.
    for (const QString &key : std::as_const(orderKeys)) {
        std::optional<OrderRecord> order = from.order(key);
        if (!order)
            continue;
        order->entryId = idInTarget.value(order->entryId, 0);
        order->fence = 0;
        order->hotel = hotel;
        to.saveOrder(*order, check);
        ++report.orders;
    }
    if (!to.waitForWrites() || failed) {
        report.error = u"the orders could not be written to the target"_s;
        return report;
    }

    // Verified by counts: every entry is in the target (added now or before), every order and
    // mapping can be read back there.
    if (report.added + report.found != report.sourceEntries || queued != report.sourceEntries) {
        report.error = u"%1 entries in the source, %2 in the target"_s.arg(report.sourceEntries)
                           .arg(report.added + report.found);
        return report;
    }
    for (const QString &key : std::as_const(orderKeys)) {
        if (from.order(key) && !to.order(key)) {
            report.error = u"order %1 is not in the target"_s.arg(key);
            return report;
        }
    }
    for (const MappingRow &row : from.mappings()) {
        const std::optional<MappingRow> copied = to.mapping(row.duveExternalId, hotel);
        if (!copied || !(*copied == row)) {
            report.error = u"mapping %1 differs in the target"_s.arg(row.duveExternalId);
            return report;
        }
    }
    return report;
}

} // namespace HistoryMigration
