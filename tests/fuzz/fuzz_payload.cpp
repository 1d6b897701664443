// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer entry point: one Duve webhook body through the payload parser, the order validator
// and the external-ID mapper, with the default data-point paths. Any crash, sanitizer report or
// broken invariant (abort) is a finding. Seeds: tests/data/duve and corpus/payload.
#include "core/config/settings.h"
#include "core/duve/ordervalidator.h"
#include "core/duve/payloadparser.h"
#include "core/mapping/mapping.h"

#include <QByteArray>
#include <QHash>
#include <QLoggingCategory>
#include <cstdint>
#include <cstdlib>

namespace {

const PayloadPaths &paths()
{
    static const PayloadPaths p = Settings::defaultPayloadPaths();
    return p;
}

const QHash<QString, MappingRow> &table()
{
    static const QHash<QString, MappingRow> rows = [] {
        QHash<QString, MappingRow> t;
        for (MappingRow row : MappingRow::defaults()) {
            row.enabled = row.hubOsTaskTypeId % 5 != 0; // some switched off
            t.insert(PayloadParser::normalizeExternalId(row.duveExternalId), row);
        }
        return t;
    }();
    return rows;
}

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool quiet = [] { // logging every odd input only slows the fuzzer down
        QLoggingCategory::setFilterRules(QStringLiteral("hubbridge.*=false"));
        return true;
    }();
    Q_UNUSED(quiet);
    const QByteArray body
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const DuvePayload payload = PayloadParser::parse(body, paths());
    if (!payload.ok) {
        check(!payload.error.isEmpty());
        return 0;
    }
    const OrderData &order = payload.order;
    for (bool allowPaid : { false, true }) {
        const OrderVerdict verdict = OrderValidator::validate(order, allowPaid);
        check(verdict.kind != OrderVerdict::MissingData || !verdict.detail.isEmpty());
    }
    const MappingResult mapped
        = Mapping::mapItems(order.items, [](const QString &id) -> std::optional<MappingRow> {
              const auto it = table().constFind(PayloadParser::normalizeExternalId(id));
              if (it == table().cend())
                  return std::nullopt;
              return *it;
          });
    if (mapped.ok) {
        check(mapped.items.size() == order.items.size());
        for (const MappedItem &item : mapped.items)
            check(item.taskTypeId > 0);
    } else {
        check(mapped.items.isEmpty()); // no half-mapped orders
        bool named = order.items.isEmpty();
        for (const OrderItem &item : order.items)
            named = named || item.externalId == mapped.unknownExternalId;
        check(named); // the unknown ID is one of the order's
    }
    for (const OrderItem &item : order.items) {
        // Normalising is idempotent.
        const QString once = PayloadParser::normalizeExternalId(item.externalId);
        check(PayloadParser::normalizeExternalId(once) == once);
    }
    (void)order.guestName();
    (void)order.externalIds();
    return 0;
}
