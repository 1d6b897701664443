// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/common/metrics.h"
#include "core/hubos/deliverypolicy.h"
#include "core/hubos/huboscredentials.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class HubOsConnections;
class QNetworkReply;
class QNetworkRequest;
class QSslConfiguration;
class HubOsClient;

// A task as Hub OS receives it (contract version 1, ../shared/contracts/hubos-outbound.md).
struct HubOsTask
{
    int taskTypeId = 0;
    QString room;
    QString guestName;
    QDateTime dueAt; // optional
    int quantity = 1;
    QString notes; // optional
    QString externalRef; // duve:<order key>:<item index>, also the Idempotency-Key

    QByteArray toBody() const; // compact JSON, as sent
    static QString externalRefFor(const QString &orderKey, int itemIndex);
};

// One HTTP exchange with Hub OS, as recorded in the history.
struct HubOsAttempt
{
    QDateTime startedAt;
    int number = 0; // 1-based within its call
    QByteArray method;
    QUrl url;
    QByteArray requestHeaders; // a JSON object, credentials shown as ***
    QByteArray requestBody;
    int httpStatus = 0; // 0: no HTTP answer (refused, reset, timeout)
    QByteArray responseBody;
    QString error;
    qint64 latencyMs = 0;
    QString taskId;
};

struct HubOsResult
{
    enum Outcome {
        Ok, // created, exists, cancelled, or reference data read
        BadCredentials, // 401/403
        UnknownRoom, // 422 unknown_room
        UnknownTaskType, // 422 unknown_task_type
        NotFound, // 404 on cancel
        Unexpected, // any other answer; not retried
        Exhausted, // transient failures until attempts or time ran out
    };
    Outcome outcome = Unexpected;
    int attempts = 0;
    int httpStatus = 0;
    QString taskId;
    QString status; // Hub OS "status" field: created, exists, cancelled
    QByteArray body;
    QString error; // plain words for staff
};

// One logical request to Hub OS with its retries. Emits attemptFinished() for every HTTP
// exchange and finished() once; deletes itself afterwards.
class HubOsCall : public QObject
{
    Q_OBJECT
public:
    enum class Kind { CreateTask, CancelTask, Read };

    int attempts() const { return m_attempt; }
    void abort(); // finishes as Exhausted with "aborted"
    // The Duve order the call works for, named in its log lines (Log::order).
    void setOrderKey(const QString &orderKey) { m_orderKey = orderKey; }

Q_SIGNALS:
    void attemptFinished(const HubOsAttempt &attempt);
    void finished(const HubOsResult &result);

private:
    friend class HubOsClient;
    HubOsCall(HubOsClient *client, Kind kind, const QByteArray &method, const QUrl &url,
        const QByteArray &body, const QByteArray &idempotencyKey, QDeadlineTimer deadline);
    void startAttempt();
    void onReplyFinished();
    void onAttemptTimeout();
    void finish(HubOsResult result);
    HubOsResult classify(int status, const QByteArray &body) const;

    HubOsClient *m_client;
    Kind m_kind;
    QByteArray m_method;
    QUrl m_url;
    QByteArray m_body;
    QByteArray m_idempotencyKey;
    QString m_orderKey;
    QDeadlineTimer m_deadline;
    int m_attempt = 0;
    int m_attemptTimeoutMs = 0; // of the running attempt (the deadline may shorten it)
    bool m_timedOut = false;
    bool m_done = false;
    QPointer<QNetworkReply> m_reply;
    QTimer m_attemptTimer;
    QTimer m_backoffTimer;
    HubOsAttempt m_current;
    HubOsResult m_lastTransient;
};

// The adapter: the only class that knows how Hub OS is called. Asynchronous throughout.
class HubOsClient : public QObject
{
    Q_OBJECT
public:
    explicit HubOsClient(QObject *parent = nullptr);
    ~HubOsClient() override;

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setCredentials(const HubOsCredentials &credentials);
    void setPolicy(const DeliveryPolicy &policy);
    // Trust for https:// Hub OS URLs; the system's by default (tests add their own CA).
    void setSslConfiguration(const QSslConfiguration &configuration);
    const DeliveryPolicy &policy() const { return m_policy; }

    // The deadline bounds every attempt and backoff; no attempt starts after it.
    HubOsCall *createTask(const HubOsTask &task, QDeadlineTimer deadline);
    // Sends a body made by HubOsTask::toBody() earlier (and saved), byte for byte.
    HubOsCall *createTask(
        const QByteArray &body, const QString &externalRef, QDeadlineTimer deadline);
    HubOsCall *cancelTask(const QString &taskId, QDeadlineTimer deadline);
    HubOsCall *fetchTaskTypes();
    HubOsCall *fetchRooms();

    QUrl endpoint(const QString &path) const;
    // How long Hub OS took to answer each HTTP exchange (or to fail: refused, timed out).
    const Metrics::Histogram &latency() const { return m_latency; }

private:
    friend class HubOsCall;
    HubOsCall *startCall(HubOsCall::Kind kind, const QByteArray &method, const QString &path,
        const QByteArray &body, const QByteArray &idempotencyKey, QDeadlineTimer deadline);
    // Sends over an idle keep-alive connection to the host, or a new one (HubOsConnections).
    QNetworkReply *send(
        const QNetworkRequest &request, const QByteArray &method, const QByteArray &body);
    int backoffFor(int attempt) const; // ms before attempt+1, jittered

    QUrl m_baseUrl;
    HubOsCredentials m_credentials;
    DeliveryPolicy m_policy;
    // Keep-alive connections to Hub OS, one per call in flight: many orders can wait on a slow
    // Hub OS at the same time.
    HubOsConnections *m_connections;
    Metrics::Histogram m_latency;
};
