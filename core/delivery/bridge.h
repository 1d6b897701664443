// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/common/metrics.h"
#include "core/config/settings.h"
#include "core/delivery/hotels.h"
#include "core/delivery/livedeliveries.h"
#include "core/delivery/orderlocks.h"
#include "core/duve/duveanswer.h"
#include "core/duve/payloadparser.h"
#include "core/hubos/huboscredentials.h"
#include "core/mapping/mapping.h"
#include "core/net/httplistener.h"
#include "core/store/historystore.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QUrl>
#include <functional>

class HubOsClient;
class HubOsHealth;
class QTimer;
class Outbox;

// The data path: listener -> credentials -> parse -> validate -> map -> deliver -> record ->
// answer. Every request that reaches the listener becomes one history entry, written durably
// before the answer goes out. Nothing here blocks: Hub OS calls and disk writes are
// asynchronous, and the listener keeps serving while orders wait on Hub OS.
class Bridge : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kWebhookPath = "/webhooks/duve";
    static constexpr const char *kHealthPath = "/healthz";
    // A group's hotels are also told apart by path: /webhooks/duve/KEY.
    static bool isWebhookPath(const QString &path);

    Bridge(Settings *settings, HistoryStore *store, QObject *parent = nullptr);
    ~Bridge() override;

    // Reads the settings again (Hub OS URL, delivery policy, payload paths, body limit).
    void reloadSettings();
    void setCredentials(const HubOsCredentials &credentials);
    bool hasCredentials() const { return m_hotels->own().credentials.isComplete(); }
    // The data folder's own hotel's Hub OS client (a group's hotels have their own: Hotels).
    HubOsClient *hubOsClient() const { return m_hotels->ownClient(); }
    Hotels *hotels() const { return m_hotels; }

    bool start(QString *error = nullptr); // on the configured address and port
    bool start(const QHostAddress &address, quint16 port, QString *error = nullptr);
    void stop();
    bool isListening() const;
    quint16 port() const;
    QUrl webhookUrl() const;
    // The URL to give Duve: [listener] publicUrl when set (a proxy or tunnel in front), else
    // this computer's network address when the listener accepts connections from the network.
    QUrl publicWebhookUrl() const;
    int pendingCount() const { return m_locks.heldCount(); }
    int openRequestCount() const { return m_openRequests; }
    // The data folder's own hotel's (a group's hotels have theirs: /healthz shows them).
    HubOsHealth *hubOsHealth() const;
    // This instance's figures in Prometheus' text format (for /metrics): requests answered by
    // outcome and traffic, the wait for their record, Hub OS's latency, the outbox, the store.
    void writeMetrics(QByteArray &out) const;

    // Sends a recorded request through the pipeline again (staff's "resend"). `done` gets
    // false when the entry is not a webhook that can be replayed, else the answer it got.
    void resendEntry(qint64 entryId, std::function<void(bool replayed, const DuveAnswer &)> done);
    // What staff may resend: whole webhooks whose sender knew the credentials.
    static bool isReplayable(const HistoryEntry &entry);
    // The newest replayable entry of each order matching `filter` (count them before resending).
    QList<qint64> replayableEntries(const HistoryFilter &filter) const;
    // Staff's "Retry now": the orders waiting for a background retry are tried now, at each
    // hotel's pace (Outbox::retryNow). Returns how many were started or queued.
    int retryPendingNow();

    // Stops accepting (idle keep-alive connections close; the others after their answer), lets
    // the requests received be answered (at most answerWithinMs), then calls done. A background
    // retry does not hold it up.
    void shutdown(std::function<void()> done);

Q_SIGNALS:
    void listeningChanged(bool listening);
    void workCountsChanged(int pending, int failed); // orders waiting for a retry / given up
    void answered(qint64 entryId, const DuveAnswer &answer);
    void idle(); // every request answered, no order in flight

private:
    // outcome: none when the record failed (answered 503). hotel: HotelRecord::key.
    void countAnswer(std::optional<Outcome> outcome, const Reason &reason, const QString &hotel);
    struct Exchange; // one request on its way through the bridge
    using ExchangePtr = std::shared_ptr<Exchange>;

    void handle(const HttpRequest &request, HttpReply reply);
    ExchangePtr newExchange(const HttpRequest &request, HttpReply reply);
    void handleWebhook(const ExchangePtr &ex);
    void handleOrder(const ExchangePtr &ex);
    void takeOrder(const ExchangePtr &ex, const QList<MappedItem> &items);
    // A shared store's claim on the order for this request: its fence (0 on a store of this
    // instance alone). None when the request was answered (the store failed, or another
    // instance kept the order past this request's time) or will go `again` shortly.
    std::optional<qint64> claimOrder(
        const ExchangePtr &ex, const QString &orderKey, const std::function<void()> &again);
    QDateTime interruptedBefore() const; // for recoverInterruptedWork
    void handleCancel(const ExchangePtr &ex);
    void handleReservation(const ExchangePtr &ex);
    void deliver(const ExchangePtr &ex, const QList<MappedItem> &items, OrderRecord record);
    void cancel(const ExchangePtr &ex, OrderRecord record);
    void settle(const ExchangePtr &ex, const DuveAnswer &answer, const OrderRecord &result);
    void saveSettled(const OrderRecord &result, const DuveAnswer &answer);
    void noteHubOsOutcome(const QString &hotel, const DuveAnswer &answer);
    void emitWorkCounts();
    void finishShutdownWhenQuiet();
    void startBackgroundWork();
    void answer(const ExchangePtr &ex, const DuveAnswer &decided);
    bool decidedOnAFailedRead(const ExchangePtr &ex) const;
    void refuseUnrecorded(const ExchangePtr &ex);
    void recordRefused(const RefusedRequest &request, std::function<void()> recorded);
    void requestClosed();
    QDeadlineTimer deadlineFor(const ExchangePtr &ex) const;
    // Whose detail /healthz shows this request: the own hotel's is everything; none, the
    // status alone.
    std::optional<Hotel> healthDetailFor(const HttpRequest &request) const;
    // The hotel a request is for: by its path (/webhooks/duve/KEY), else by its hotel ID header.
    // None when the path names no hotel of this service.
    std::optional<Hotel> hotelOf(const HttpRequest &request) const;
    QByteArray healthJson(const HttpRequest &request, const QString &problem) const;
    // The configured credentials (every hotel's), kept out of the history.
    const QList<QByteArray> &secretValues() const;

    Settings *m_settings;
    HistoryStore *m_store;
    HttpListener *m_listener;
    Hotels *m_hotels;
    QTimer *m_hotelsTimer; // reads the group's hotels again (hubbridge hotels of another process)
    Metrics::LabelledCounter m_answers { { "outcome", "traffic", "hotel" } };
    Metrics::Histogram m_recordWaits; // from the answer's decision to its record on disk
    Outbox *m_outbox;
    QTimer *m_countsTimer; // coalesces workCountsChanged
    bool m_backgroundStarted = false;
    QTimer *m_sweepTimer; // a shared store: marks what dead instances left unanswered
    PayloadPaths m_paths;
    DeliveryPolicy m_policy;
    qint64 m_maxBodyBytes = 1048576;
    OrderLocks m_locks; // orders being worked on, and the requests that wait for them
    LiveDeliveries m_live; // each hotel's orders waiting on its Hub OS now
    int m_openRequests = 0; // received, not answered yet
    QHash<QString, bool> m_saidPrevious; // hotels whose previous credentials Duve sent (logged)
    std::function<void()> m_onAllAnswered; // shutdown's, once m_openRequests is 0
    QDeadlineTimer m_shutdownDeadline;
};
