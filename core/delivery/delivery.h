// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/duve/duveanswer.h"
#include "core/hubos/hubosclient.h"
#include "core/mapping/mapping.h"
#include "core/store/historystore.h"

#include <QDeadlineTimer>
#include <QObject>
#include <optional>

// Sends one order to Hub OS: one task per mapped item, all items at once, each with its own
// retries, then turns the results into Duve's answer. Also cancels an order's tasks.
// Every Hub OS exchange is recorded against the history entry.
class Delivery : public QObject
{
    Q_OBJECT
public:
    // The order's tasks (one per mapped item, with their external refs) merged with what an
    // earlier try already created. Saved before any call, so the intent is on disk first.
    static OrderRecord plan(
        const OrderData &order, const QList<MappedItem> &items, OrderRecord record);
    // Creates the planned tasks that are not created yet. The record's state afterwards:
    // created, pending (only transient failures: worth a background retry) or failed.
    static Delivery *createTasks(HubOsClient *client, HistoryStore *store, qint64 entryId,
        const OrderRecord &planned, QDeadlineTimer deadline, QObject *parent = nullptr);
    // Cancels the created tasks of `record`.
    static Delivery *cancelTasks(HubOsClient *client, HistoryStore *store, qint64 entryId,
        OrderRecord record, QDeadlineTimer deadline, QObject *parent = nullptr);

    // The tasks as Duve's answer lists them.
    // {externalId, taskTypeId, taskId} of every task, or of those in state `only`.
    static QJsonArray tasksJson(
        const QList<TaskRecord> &tasks, std::optional<DeliveryState> only = std::nullopt);

Q_SIGNALS:
    // `record` holds the new task and order states; `attempts` counts Hub OS exchanges.
    void finished(const DuveAnswer &answer, const OrderRecord &record, int attempts);

private:
    enum class Mode { Create, Cancel };
    Delivery(Mode mode, HubOsClient *client, HistoryStore *store, qint64 entryId,
        OrderRecord record, QObject *parent);
    void track(HubOsCall *call, int taskIndex);
    void finishLaterIfIdle();
    void finishIfDone();
    DuveAnswer failureAnswer() const;

    Mode m_mode;
    HubOsClient *m_client;
    HistoryStore *m_store;
    qint64 m_entryId;
    OrderRecord m_record;
    bool m_done = false;
    int m_running = 0;
    int m_attempts = 0;
    QList<HubOsResult> m_failures; // with the task each concerns
    QList<int> m_failedTaskTypes;
};
