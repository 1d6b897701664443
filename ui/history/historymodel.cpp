// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/history/historymodel.h"

#include "core/duve/duveevents.h"
#include "core/mapping/mapping.h"
#include "ui/widgets/outcomechip.h"
#include "ui/widgets/tasktypes.h"

#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

HistoryModel::HistoryModel(HistoryStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    // Bursts of writes (an order updates its entry several times) are applied together.
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(50);
    connect(&m_changeTimer, &QTimer::timeout, this, &HistoryModel::applyChanges);
    connect(store, &HistoryStore::entryChanged, this, &HistoryModel::entryChanged);
    reload();
}

void HistoryModel::setFilter(const HistoryFilter &filter)
{
    m_filter = filter;
    reload();
}

qint64 HistoryModel::newestIdInStore() const
{
    const QList<HistoryRow> newest = m_store->page(HistoryFilter(), 0, 1);
    return newest.isEmpty() ? 0 : newest.first().id;
}

void HistoryModel::reload()
{
    beginResetModel();
    m_changed.clear();
    m_watermark = newestIdInStore();
    m_rows = m_store->page(m_filter, m_watermark + 1, kPageSize);
    m_atEnd = m_rows.size() < kPageSize;
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const qint64 before = m_rows.isEmpty() ? m_watermark + 1 : m_rows.last().id;
    const QList<HistoryRow> more = m_store->page(m_filter, before, kPageSize);
    m_atEnd = more.size() < kPageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

qint64 HistoryModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int HistoryModel::rowOf(qint64 id) const
{
    // Ids are strictly descending: binary search.
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), id,
        [](const HistoryRow &row, qint64 value) { return row.id > value; });
    return it != m_rows.cend() && it->id == id ? int(it - m_rows.cbegin()) : -1;
}

void HistoryModel::entryChanged(qint64 id)
{
    m_changed.insert(id);
    if (!m_changeTimer.isActive())
        m_changeTimer.start();
}

bool HistoryModel::matches(const HistoryRow &row) const
{
    const HistoryFilter &f = m_filter;
    if (f.from.isValid() && row.receivedAt < f.from)
        return false;
    if (f.to.isValid() && row.receivedAt >= f.to)
        return false;
    if (!f.outcomes.isEmpty() && !f.outcomes.contains(row.outcome))
        return false;
    if (!f.events.isEmpty() && !f.events.contains(row.event))
        return false;
    if (!f.room.isEmpty() && f.room != row.room)
        return false;
    if (!f.search.trimmed().isEmpty()) {
        const QList<HistoryRow> hit = m_store->page(f, row.id + 1, 1);
        return !hit.isEmpty() && hit.first().id == row.id;
    }
    return true;
}

void HistoryModel::applyChanges()
{
    const QSet<qint64> changed = std::exchange(m_changed, {});
    if (changed.isEmpty())
        return;
    int arrivedCount = 0;
    // Known entries: update loaded rows in place; an entry that matches the filter only now
    // (e.g. it failed after it was received) joins at its place when that place is loaded.
    QList<qint64> known;
    for (const qint64 id : changed) {
        if (id <= m_watermark)
            known.append(id);
    }
    std::sort(known.begin(), known.end());
    for (const qint64 id : std::as_const(known)) {
        const QList<HistoryRow> fresh = m_store->page(HistoryFilter(), id + 1, 1);
        if (fresh.isEmpty() || fresh.first().id != id)
            continue;
        const int row = rowOf(id);
        if (row >= 0) {
            m_rows[row] = fresh.first();
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        const bool inLoadedRange = m_atEnd || (!m_rows.isEmpty() && id > m_rows.last().id);
        if (!inLoadedRange || !matches(fresh.first()))
            continue;
        const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), id,
            [](const HistoryRow &r, qint64 value) { return r.id > value; });
        const int at = int(it - m_rows.cbegin());
        beginInsertRows({}, at, at);
        m_rows.insert(at, fresh.first());
        endInsertRows();
        ++arrivedCount;
    }
    // New entries: those that match the filter go on top, newest first.
    const qint64 newest = *std::max_element(changed.cbegin(), changed.cend());
    if (newest > m_watermark) {
        QList<HistoryRow> arrived;
        qint64 after = m_watermark;
        for (;;) {
            const QList<HistoryRow> batch = m_store->newerThan(m_filter, after, 500);
            if (batch.isEmpty())
                break;
            arrived = batch + arrived;
            after = batch.first().id;
            if (batch.size() < 500)
                break;
        }
        m_watermark = std::max(newest, after);
        if (!arrived.isEmpty() && m_filter.newestOfEachOrder) {
            // A new request of an order already shown replaces its row.
            QSet<QString> orders;
            for (const HistoryRow &row : std::as_const(arrived)) {
                if (!row.orderKey.isEmpty())
                    orders.insert(row.orderKey);
            }
            for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
                if (orders.contains(m_rows.at(i).orderKey)) {
                    beginRemoveRows({}, i, i);
                    m_rows.removeAt(i);
                    endRemoveRows();
                }
            }
        }
        if (!arrived.isEmpty()) {
            beginInsertRows({}, 0, int(arrived.size() - 1));
            m_rows = arrived + m_rows;
            endInsertRows();
            arrivedCount += int(arrived.size());
        }
    }
    if (arrivedCount > 0)
        Q_EMIT rowsArrived(arrivedCount);
}

QString HistoryModel::eventLabel(const QString &event)
{
    if (event == DuveEvent::OrderCreated)
        return tr("Order created");
    if (event == DuveEvent::OrderCancelled)
        return tr("Order cancelled");
    if (event == DuveEvent::OrderRefunded)
        return tr("Order refunded");
    if (event == DuveEvent::ReservationCreated)
        return tr("Reservation created");
    if (event == DuveEvent::ReservationRoomAssign)
        return tr("Room assigned");
    if (event == DuveEvent::PreCheckInDone)
        return tr("Pre-check-in done");
    if (event == DuveEvent::PreCheckOutDone)
        return tr("Pre-check-out done");
    if (event == DuveEvent::PreCheckOutUpdated)
        return tr("Pre-check-out updated");
    if (event == DuveEvent::GuestLinkOpened)
        return tr("Guest link opened");
    if (event == DuveEvent::GuestDocumentUploaded)
        return tr("Guest document uploaded");
    if (event == DuveEvent::ChatMessageSent)
        return tr("Chat message");
    if (event.isEmpty())
        return tr("Refused request"); // not read: refused before its body was looked at
    return event;
}

QStringList HistoryModel::knownEvents()
{
    return { DuveEvent::OrderCreated, DuveEvent::OrderCancelled, DuveEvent::OrderRefunded,
        DuveEvent::ReservationCreated, DuveEvent::ReservationRoomAssign, DuveEvent::PreCheckInDone,
        DuveEvent::PreCheckOutDone, DuveEvent::PreCheckOutUpdated, DuveEvent::GuestLinkOpened,
        DuveEvent::GuestDocumentUploaded, DuveEvent::ChatMessageSent };
}

QString HistoryModel::reasonText(const HistoryRow &row)
{
    // Recorded as a code since issue 15 and worded here, in the reader's language; older
    // entries show the text they were stored with.
    return row.reason.isNone() ? row.message : row.reason.text();
}

QString HistoryModel::timeText(const QDateTime &at)
{
    return at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString HistoryModel::serviceText(const HistoryRow &row)
{
    QStringList types;
    for (const QJsonValue &task : row.tasks) {
        const int type = task.toObject().value(u"taskTypeId"_s).toInt();
        const QString name = TaskTypes::name(type);
        const QString text = name.isEmpty() ? QString::number(type) : name;
        if (type > 0 && !types.contains(text))
            types.append(text);
    }
    if (types.isEmpty())
        return row.service;
    if (row.service.isEmpty())
        return types.join(u", "_s);
    //: Duve's service name, then the Hub OS task types it became (the arrow follows the text).
    return tr("%1 → %2").arg(row.service, types.join(u", "_s));
}

QString HistoryModel::tasksText(const HistoryRow &row)
{
    QStringList ids;
    for (const QJsonValue &task : row.tasks) {
        const QString id = task.toObject().value(u"taskId"_s).toString();
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids.join(u", "_s);
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const HistoryRow &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.id;
    if (role == Qt::UserRole)
        return outcomeName(row.outcome);
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == StatusColumn || index.column() == AttemptsColumn)
            return int(Qt::AlignCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == TimeColumn)
            return QLocale().toString(row.receivedAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == EventColumn)
            return row.event;
        if (index.column() == ServiceColumn && !row.externalIds.isEmpty())
            return tr("Duve external IDs: %1").arg(row.externalIds.join(u", "_s));
        if (index.column() == ReasonColumn && !row.code.isEmpty())
            return tr("%1\nAnswered to Duve: %2").arg(reasonText(row), row.code);
        return data(index, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return timeText(row.receivedAt);
    case EventColumn:
        return eventLabel(row.event);
    case OrderColumn:
        return row.orderNumber.isEmpty() ? row.orderKey : u"#"_s + row.orderNumber;
    case RoomColumn:
        return row.room;
    case GuestColumn:
        return row.guest;
    case ServiceColumn:
        return serviceText(row);
    case OutcomeColumn:
        return OutcomeChip::label(row.outcome);
    case StatusColumn:
        return row.httpStatus > 0 ? QVariant(row.httpStatus) : QVariant(QString());
    case ReasonColumn:
        return reasonText(row);
    case TasksColumn:
        return tasksText(row);
    case AttemptsColumn:
        return row.attempts;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EventColumn:
        return tr("Event");
    case OrderColumn:
        return tr("Order #");
    case RoomColumn:
        return tr("Room");
    case GuestColumn:
        return tr("Guest");
    case ServiceColumn:
        return tr("Service / task type");
    case OutcomeColumn:
        return tr("Outcome");
    case StatusColumn:
        return tr("HTTP");
    case ReasonColumn:
        return tr("Reason");
    case TasksColumn:
        return tr("Hub OS tasks");
    case AttemptsColumn:
        return tr("Attempts");
    }
    return {};
}
