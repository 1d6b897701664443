// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/delivery/delivery.h"

#include "core/common/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString notesFor(const OrderData &order, const OrderItem &item)
{
    QStringList parts;
    if (!order.serviceName.isEmpty())
        parts.append(order.serviceName);
    if (!item.name.isEmpty() && item.name != order.serviceName && item.name != u"Units"_s)
        parts.append(item.name);
    if (!order.specialRequest.isEmpty())
        parts.append(order.specialRequest);
    return parts.join(u" - "_s);
}

} // namespace

Delivery::Delivery(Mode mode, HubOsClient *client, HistoryStore *store, qint64 entryId,
    OrderRecord record, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
    , m_client(client)
    , m_store(store)
    , m_entryId(entryId)
    , m_record(std::move(record))
{ }

QJsonArray Delivery::tasksJson(const QList<TaskRecord> &tasks, std::optional<DeliveryState> only)
{
    QJsonArray array;
    for (const TaskRecord &t : tasks) {
        if (only && t.state != *only)
            continue;
        array.append(QJsonObject {
            { u"externalId"_s, t.externalId },
            { u"taskTypeId"_s, t.taskTypeId },
            { u"taskId"_s, t.taskId },
        });
    }
    return array;
}

OrderRecord Delivery::plan(
    const OrderData &order, const QList<MappedItem> &items, OrderRecord record)
{
    // One task per mapped item, keeping what an earlier try already created.
    QList<TaskRecord> tasks;
    for (const MappedItem &mapped : items) {
        TaskRecord task;
        for (const TaskRecord &known : std::as_const(record.tasks)) {
            if (known.itemIndex == mapped.item.index)
                task = known;
        }
        task.itemIndex = mapped.item.index;
        task.externalId = mapped.item.externalId;
        task.quantity = mapped.item.quantity;
        task.externalRef = HubOsTask::externalRefFor(order.orderKey, mapped.item.index);
        if (task.state != DeliveryState::Created) {
            task.taskTypeId = mapped.taskTypeId;
            task.state = DeliveryState::Pending;
            HubOsTask hubTask;
            hubTask.taskTypeId = task.taskTypeId;
            hubTask.room = order.room;
            hubTask.guestName = order.guestName();
            hubTask.dueAt = order.deliveryAt;
            hubTask.quantity = task.quantity;
            hubTask.externalRef = task.externalRef;
            hubTask.notes = notesFor(order, mapped.item);
            task.request = hubTask.toBody();
        }
        tasks.append(task);
    }
    record.orderKey = order.orderKey;
    record.tasks = tasks;
    if (record.state != DeliveryState::Created)
        record.state = DeliveryState::Pending;
    return record;
}

Delivery *Delivery::createTasks(HubOsClient *client, HistoryStore *store, qint64 entryId,
    const OrderRecord &planned, QDeadlineTimer deadline, QObject *parent)
{
    auto *delivery = new Delivery(Mode::Create, client, store, entryId, planned, parent);
    for (int i = 0; i < delivery->m_record.tasks.size(); ++i) {
        const TaskRecord &task = delivery->m_record.tasks[i];
        if (task.state == DeliveryState::Created)
            continue;
        // Exactly what was planned (and saved) is sent, on every try.
        delivery->track(client->createTask(task.request, task.externalRef, deadline), i);
    }
    delivery->finishLaterIfIdle();
    return delivery;
}

Delivery *Delivery::cancelTasks(HubOsClient *client, HistoryStore *store, qint64 entryId,
    OrderRecord record, QDeadlineTimer deadline, QObject *parent)
{
    auto *delivery = new Delivery(Mode::Cancel, client, store, entryId, std::move(record), parent);
    for (int i = 0; i < delivery->m_record.tasks.size(); ++i) {
        const TaskRecord &task = delivery->m_record.tasks[i];
        if (task.state == DeliveryState::Created && !task.taskId.isEmpty())
            delivery->track(client->cancelTask(task.taskId, deadline), i);
    }
    delivery->finishLaterIfIdle();
    return delivery;
}

void Delivery::track(HubOsCall *call, int taskIndex)
{
    ++m_running;
    call->setOrderKey(m_record.orderKey);
    const QString kind = m_mode == Mode::Create ? u"create"_s : u"cancel"_s;
    const int itemIndex = m_record.tasks[taskIndex].itemIndex;
    connect(
        call, &HubOsCall::attemptFinished, this, [this, kind, itemIndex](const HubOsAttempt &a) {
            ++m_attempts;
            m_store->addAttempt(m_entryId, kind, itemIndex, a);
        });
    connect(call, &HubOsCall::finished, this, [this, taskIndex](const HubOsResult &result) {
        --m_running;
        TaskRecord &task = m_record.tasks[taskIndex];
        const bool ok = result.outcome == HubOsResult::Ok
            || (m_mode == Mode::Cancel && result.outcome == HubOsResult::NotFound);
        if (ok) {
            if (m_mode == Mode::Create) {
                task.taskId = result.taskId;
                task.state = DeliveryState::Created;
            } else {
                task.state = DeliveryState::Cancelled;
            }
        } else {
            if (m_mode == Mode::Create)
                task.state = DeliveryState::Failed;
            m_failures.append(result);
            m_failedTaskTypes.append(task.taskTypeId);
            qCWarning(lcDelivery).noquote()
                << Log::order(m_record.orderKey) << "item" << task.itemIndex << ":" << result.error;
        }
        finishIfDone();
    });
}

DuveAnswer Delivery::failureAnswer() const
{
    // The most actionable failure decides the answer.
    auto find = [this](HubOsResult::Outcome outcome) -> const HubOsResult * {
        for (const HubOsResult &r : m_failures) {
            if (r.outcome == outcome)
                return &r;
        }
        return nullptr;
    };
    if (const HubOsResult *r = find(HubOsResult::BadCredentials)) {
        DuveAnswer a = DuveAnswer::invalidCredentials(r->error); // Duve's code for it
        a.reason = Reason(Reason::Code::HubOsCredentials);
        return a;
    }
    if (const HubOsResult *r = find(HubOsResult::UnknownRoom)) {
        const QJsonObject sent = QJsonDocument::fromJson(m_record.tasks.value(0).request).object();
        return DuveAnswer::unknownRoom(sent.value(u"room"_s).toString(), r->error);
    }
    if (const HubOsResult *r = find(HubOsResult::UnknownTaskType)) {
        const QString type
            = QString::number(m_failedTaskTypes.value(int(r - m_failures.constData())));
        return DuveAnswer::hubOsRequestFailed(u"Unknown task type %1"_s.arg(type),
            Reason(Reason::Code::UnknownTaskType, type), r->error);
    }
    if (const HubOsResult *r = find(HubOsResult::Unexpected))
        return DuveAnswer::hubOsRequestFailed(
            u"Hub OS request failed (HTTP %1)"_s.arg(r->httpStatus),
            Reason(Reason::Code::HubOsRejected, QString::number(r->httpStatus)),
            r->error + u": "_s + QString::fromUtf8(r->body.left(300)));
    int attempts = 0;
    QString detail;
    for (const HubOsResult &r : m_failures) {
        if (r.attempts >= attempts) {
            attempts = r.attempts;
            detail = r.error;
        }
    }
    return DuveAnswer::attemptsFailed(attempts, detail);
}

void Delivery::finishLaterIfIdle()
{
    // Nothing to call: finished from the event loop, once the caller has connected. Otherwise
    // the last call's end finishes it.
    if (m_running == 0)
        QMetaObject::invokeMethod(this, &Delivery::finishIfDone, Qt::QueuedConnection);
}

void Delivery::finishIfDone()
{
    if (m_running > 0 || m_done)
        return;
    m_done = true;

    DuveAnswer answer;
    if (!m_failures.isEmpty()) {
        answer = failureAnswer();
        m_record.lastError = answer.detail;
        // Only transient failures (Hub OS unreachable, 5xx, 429, timeouts) are worth retrying
        // in the background; anything else needs a person.
        const bool transient = std::all_of(m_failures.begin(), m_failures.end(),
            [](const HubOsResult &r) { return r.outcome == HubOsResult::Exhausted; });
        answer.outcome = transient && m_mode == Mode::Create ? Outcome::Pending : Outcome::Failed;
        if (m_mode == Mode::Create)
            m_record.state = transient ? DeliveryState::Pending : DeliveryState::Failed;
    } else if (m_mode == Mode::Create) {
        m_record.state = DeliveryState::Created;
        m_record.lastError.clear();
        answer = DuveAnswer::created(m_record.orderKey, tasksJson(m_record.tasks));
        m_record.answer = answer.bodyBytes();
    } else {
        m_record.state = DeliveryState::Cancelled;
        answer = DuveAnswer::cancelled(
            m_record.orderKey, tasksJson(m_record.tasks, DeliveryState::Cancelled));
        m_record.cancelAnswer = answer.bodyBytes();
    }
    Q_EMIT finished(answer, m_record, m_attempts);
    deleteLater();
}
