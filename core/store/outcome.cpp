// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/outcome.h"

#include <array>

namespace {
constexpr std::array kNames { "received", "created", "duplicate", "cancelled", "ignored",
    "recorded", "skipped", "rejected", "failed", "pending", "interrupted" };
static_assert(kNames.size() == size_t(Outcome::Interrupted) + 1);
} // namespace

QString outcomeName(Outcome outcome)
{
    return QString::fromLatin1(kNames.at(size_t(outcome)));
}

std::optional<Outcome> outcomeFromName(QStringView name)
{
    for (size_t i = 0; i < kNames.size(); ++i) {
        if (name == QLatin1String(kNames[i]))
            return Outcome(i);
    }
    return std::nullopt;
}

QList<Outcome> allOutcomes()
{
    QList<Outcome> list;
    for (size_t i = 0; i < kNames.size(); ++i)
        list.append(Outcome(i));
    return list;
}

QList<Outcome> problemOutcomes()
{
    return { Outcome::Failed, Outcome::Rejected, Outcome::Interrupted, Outcome::Pending };
}

QStringList outcomeNames(const QList<Outcome> &outcomes)
{
    QStringList names;
    for (const Outcome o : outcomes)
        names.append(outcomeName(o));
    return names;
}

QList<Outcome> outcomesFromNames(const QStringList &names)
{
    QList<Outcome> outcomes;
    for (const QString &name : names) {
        if (const std::optional<Outcome> o = outcomeFromName(name))
            outcomes.append(*o);
    }
    return outcomes;
}
