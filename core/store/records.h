// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/net/httpheaders.h"
#include "core/store/outcome.h"
#include "core/store/reason.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The records the store keeps and hands out: plain values, no behaviour.

// Where an order, or one of its tasks, stands with Hub OS. Stored as its text.
enum class DeliveryState {
    Pending, // not created yet: being delivered, or waiting for a background retry
    Created,
    Failed, // given up (Hub OS refused, or the retry schedule is used up)
    Cancelled,
};
QString deliveryStateName(DeliveryState state); // "pending", "created", "failed", "cancelled"
DeliveryState deliveryStateFromString(const QString &text); // unknown text: Pending

// One row of the external-ID table: Duve external ID -> Hub OS task type.
struct MappingRow
{
    QString duveExternalId;
    int hubOsTaskTypeId = 0;
    QString label;
    bool enabled = true;

    bool operator==(const MappingRow &o) const
    {
        return duveExternalId == o.duveExternalId && hubOsTaskTypeId == o.hubOsTaskTypeId
            && label == o.label && enabled == o.enabled;
    }

    // The table of a fresh installation: every Hub OS task type mapped to itself.
    static QList<MappingRow> defaults();
};

// One request that reached the listener, with the answer it got.
struct HistoryEntry
{
    qint64 id = 0;
    QDateTime receivedAt;
    QString remoteAddress;
    QString method;
    QString path;
    HttpHeaders headers; // redacted by the store before anything is written
    QByteArray body;
    qint64 bodySize = 0; // bytes received (the stored body may be cut for oversized requests)

    QString event;
    QString orderKey;
    QString orderNumber;
    QString reservationId;
    QString room;
    QString guest;
    QString service; // Duve's service name
    QStringList externalIds;
    QString hotel; // HotelRecord::key; "" the data folder's own

    Outcome outcome = Outcome::Received;
    int httpStatus = 0;
    QString code;
    QString message;
    QString detail; // for staff: what exactly went wrong (technical, as it happened)
    Reason reason; // why it ended so, shown as a sentence in the reader's language
    QByteArray answer;
    QJsonArray tasks; // [{externalId, taskTypeId, taskId}]
    int attempts = 0; // Hub OS HTTP exchanges
    QDateTime answeredAt;
};

// What a later delivery of an order (a background retry, "retry now") adds to the entry of the
// request that brought it: the entry's outcome follows the order, its attempts and detail grow,
// and what Duve was told (status, code, answer) stays as the request's own answer wrote it.
struct EntryNote
{
    Outcome outcome = Outcome::Received;
    Reason reason;
    QJsonArray tasks;
    int addedAttempts = 0;
    QString addedDetail; // appended to the detail after a space
};

// One ordered item and its Hub OS task.
struct TaskRecord
{
    int itemIndex = 0;
    QString externalId;
    int taskTypeId = 0;
    int quantity = 1;
    QString externalRef;
    QString taskId;
    DeliveryState state = DeliveryState::Pending;
    QByteArray request; // the JSON body sent to Hub OS, so that a retry sends the same bytes
};

// What the bridge knows about one Duve order (keyed by Duve's order id).
struct OrderRecord
{
    QString orderKey;
    QString hotel; // whose order: HotelRecord::key, "" the data folder's own
    DeliveryState state = DeliveryState::Pending;
    QByteArray answer; // body of the answer given when the tasks were created
    QByteArray cancelAnswer; // body of the answer given when the order was cancelled
    qint64 entryId = 0; // the latest history entry that worked on this order
    QList<TaskRecord> tasks;
    int retryRound = 0; // background retries done
    QDateTime nextRetryAt; // when the outbox tries again; invalid when not scheduled
    QString lastError;
    // The claim this instance works on the order under (HistoryStore::claimOrder), 0: none.
    // Not stored with the order: a shared store drops a save whose claim was taken over.
    qint64 fence = 0;
};

// A hotel of a group served by one Hubbridge (`hubbridge hotels`). Only what may be read by
// whoever reads the database: the hotel's credentials (Duve's custom headers, which Hubbridge
// also sends to Hub OS) are kept out of it, in a root-only file per hotel (HotelSecrets).
// A single hotel's Hubbridge has no row here: its hotel is the data folder's own, key "".
struct HotelRecord
{
    QString key; // the hotel's name in URLs, files and logs: [a-z0-9-], not a secret
    QString name; // as people call it
    QString hubOsUrl; // where its tasks go; "" the data folder's [hubos] url
    int retentionDays = -1; // -1 the data folder's [history] retentionDays
    bool enabled = true; // a disabled hotel's requests are refused (401) and recorded
    QDateTime addedAt;

    bool operator==(const HotelRecord &o) const
    {
        return key == o.key && name == o.name && hubOsUrl == o.hubOsUrl
            && retentionDays == o.retentionDays && enabled == o.enabled;
    }
    // Whether `key` can name a hotel: 1-40 of a-z, 0-9 and '-', starting with a letter or digit.
    static bool isValidKey(const QString &key);
};

// A Duve room name and the Hub OS room it stands for (hotels whose names differ).
struct RoomMapping
{
    QString duveRoom;
    QString hubOsRoom;
    bool operator==(const RoomMapping &o) const
    {
        return duveRoom == o.duveRoom && hubOsRoom == o.hubOsRoom;
    }
};

// Which history entries: what staff look at (newest first, a page at a time), count, and
// resend.
struct HistoryFilter
{
    QDateTime from; // received at or after (invalid: no bound)
    QDateTime to; // received before (invalid: no bound)
    QList<Outcome> outcomes; // empty: any
    QStringList events; // empty: any
    QString room; // exact room, empty: any
    QString search; // words looked up in guest, room, order, service and payload
    std::optional<QString> hotel; // one hotel's entries (HotelRecord::key, "" the data folder's)
    // Requests that are not Duve orders (scanners, unknown paths, wrong Duve credentials) are
    // "other traffic" (Reason::isOtherTraffic): recorded, but kept out of what staff count.
    enum class Traffic : quint8 { All, Orders, Other };
    Traffic traffic = Traffic::All;
    // One row per order: its newest request (which says where the order stands); requests
    // without an order stand alone.
    bool newestOfEachOrder = false;

    bool isEmpty() const
    {
        return !from.isValid() && !to.isValid() && outcomes.isEmpty() && events.isEmpty()
            && room.isEmpty() && search.trimmed().isEmpty() && traffic == Traffic::All
            && !newestOfEachOrder && !hotel;
    }
};

// An order a person marked as handled (the guest was served another way, the order was a test).
struct Handling
{
    QString note;
    QString by; // the computer's user name
    QDateTime at;
};

// Orders that need a person, counted one way everywhere (window, tray, /healthz, command line):
// the newest request of each order, when it failed and nobody marked it handled; other traffic
// never counts.
struct ProblemCounts
{
    int needsAttention = 0; // failed, refused or interrupted
    int retrying = 0; // Hub OS unreachable, retried in the background
    // Requests with the Duve header names but wrong values since the last one that passed: Duve
    // still sends the old credentials (one problem, however many requests).
    int credentialFailures = 0;
    QDateTime credentialFailuresSince;
};

// What the history keeps (Maintenance prunes the rest): entries received before a cutoff go,
// and settled orders last changed before it. Each hotel of a group may keep its history for
// a time of its own (HotelRecord::retentionDays); the others, and a single hotel, use `cutoff`.
// An invalid cutoff keeps that history forever.
struct Retention
{
    Retention(const QDateTime &everyone = {}) // NOLINT: a time converts to "everyone's"
        : cutoff(everyone)
    { }
    QDateTime cutoff;
    QHash<QString, QDateTime> hotels; // a hotel's own cutoff (invalid: forever)

    bool prunesAnything() const
    {
        if (cutoff.isValid())
            return true;
        for (const QDateTime &t : hotels) {
            if (t.isValid())
                return true;
        }
        return false;
    }
};

// One line of the history table (no bodies: those are read for the detail pane only).
struct HistoryRow
{
    qint64 id = 0;
    QDateTime receivedAt;
    QString event;
    QString orderKey;
    QString orderNumber;
    QString room;
    QString guest;
    QString service;
    QStringList externalIds;
    Outcome outcome = Outcome::Received;
    int httpStatus = 0;
    QString code;
    Reason reason;
    QString message; // older entries without a reason show this
    QJsonArray tasks;
    int attempts = 0;
    QString hotel;
};

struct StoredAttempt
{
    QString kind; // create, cancel
    int itemIndex = 0;
    int number = 0;
    QDateTime startedAt;
    QString method;
    QString url;
    QByteArray request;
    int httpStatus = 0;
    QByteArray response;
    QString error;
    qint64 latencyMs = 0;
    QString taskId;
};
