// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/problems.h"

#include "core/store/historystore.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Orders with the same cause share a group: the same unknown room, the same unknown external
// ID; for causes without a useful value (Hub OS unreachable, incomplete orders) the code alone.
QString groupKey(const HistoryRow &row)
{
    const Reason &r = row.reason;
    if (row.outcome == Outcome::Pending)
        return u"retrying"_s;
    switch (r.code()) {
    case Reason::Code::UnknownExternalId:
    case Reason::Code::UnknownRoom:
    case Reason::Code::UnknownTaskType:
    case Reason::Code::HubOsRejected:
        return r.stored();
    case Reason::Code::None:
        return u"legacy:"_s + row.code + u':' + row.message;
    default:
        return Reason::codeName(r.code());
    }
}

} // namespace

QList<ProblemGroup> Problems::group(const QList<HistoryRow> &rows)
{
    QList<ProblemGroup> groups;
    QHash<QString, qsizetype> index;
    for (const HistoryRow &row : rows) {
        const QString key = groupKey(row);
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            ProblemGroup g;
            g.retrying = row.outcome == Outcome::Pending;
            g.cause = g.retrying ? Reason(Reason::Code::HubOsUnavailable) : row.reason;
            if (!g.cause.isNone())
                g.title = g.cause.causeTitle();
            else
                g.title = row.message.isEmpty() ? row.code : row.message;
            it = index.insert(key, groups.size());
            groups.append(g);
        }
        groups[*it].orders.append(row);
    }
    std::stable_sort(
        groups.begin(), groups.end(), [](const ProblemGroup &a, const ProblemGroup &b) {
            return a.orders.size() > b.orders.size();
        });
    return groups;
}

ProblemReport Problems::report(
    const HistoryStore &store, int limit, const std::optional<QString> &hotel)
{
    ProblemReport report;
    report.counts = store.problemCounts(hotel);
    report.groups = group(store.problemRows(limit, hotel));
    if (report.counts.credentialFailures >= kCredentialBurst) {
        ProblemGroup credentials;
        credentials.cause = Reason(Reason::Code::DuveCredentials, u"wrong"_s);
        credentials.requests = report.counts.credentialFailures;
        credentials.title = QCoreApplication::translate("Problems",
            "Duve's credentials no longer match: %n request(s) since %1", nullptr,
            report.counts.credentialFailures)
                                .arg(QLocale().toString(
                                    report.counts.credentialFailuresSince.toLocalTime().time(),
                                    QLocale::ShortFormat));
        report.groups.prepend(credentials);
    }
    return report;
}

Handling Problems::handledHere(const QString &note)
{
    QString by = qEnvironmentVariable("USER");
    if (by.isEmpty())
        by = qEnvironmentVariable("USERNAME"); // Windows
    return Handling { note, by, QDateTime::currentDateTimeUtc() };
}
