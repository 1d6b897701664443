// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/hubos/huboscredentials.h"
#include "core/hubos/hubostasktypes.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <deque>

class HttpListener;
struct HttpRequest;
class HttpReply;

// A stand-in for Hub OS that speaks the outbound contract, for tests, demos and the GUI's
// "Use sandbox" choice. Failures can be injected: latency, 5xx, throttling, bad credentials,
// unknown rooms, refused connections. Control endpoints (no credentials):
//   GET  /_sandbox/calls   every call received, credentials reduced to "ok"/"wrong"
//   GET  /_sandbox/tasks   every task
//   POST /_sandbox/faults  {"latencyMs", "fail": {"status", "count"}, "throttle": {"count",
//                           "retryAfter"}, "rejectCredentials": bool, "refuseForMs", "rooms":
//                           [...], "taskTypes": [{"id", "name"}] (besides the catalogue)}
//   POST /_sandbox/reset   forget tasks, calls and faults
class HubOsSandbox : public QObject
{
    Q_OBJECT
public:
    struct Call
    {
        QDateTime at;
        QByteArray method;
        QString path;
        QByteArray idempotencyKey;
        QByteArray accept;
        QByteArray contentType;
        bool credentialsOk = false;
        QJsonObject body;
        int status = 0;
    };
    struct Task
    {
        QString id;
        QString externalRef;
        QString idempotencyKey;
        QJsonObject body;
        QString state; // created, cancelled
    };

    explicit HubOsSandbox(QObject *parent = nullptr);
    ~HubOsSandbox() override;

    static HubOsCredentials defaultCredentials(); // HUBBRIDGE_* variables, else demo values
    static QStringList defaultRooms();

    bool listen(const QHostAddress &address, quint16 port, QString *error = nullptr);
    quint16 port() const;
    QUrl url() const;

    void setCredentials(const HubOsCredentials &credentials) { m_credentials = credentials; }
    HubOsCredentials credentials() const { return m_credentials; }
    void setRooms(const QStringList &rooms);
    // Task types of this hotel besides the catalogue: listed by GET /v1/task-types and accepted
    // for new tasks, like a Hub OS with types of its own.
    void setExtraTaskTypes(const QList<TaskType> &types) { m_extraTaskTypes = types; }
    void setLatencyMs(int ms) { m_latencyMs = ms; }
    int callsWaiting() const { return m_waiting; } // received, held back by the latency
    void failNext(int count, int status = 503)
    {
        m_failCount = count;
        m_failStatus = status;
    }
    void throttleNext(int count, int retryAfterSeconds = 1)
    {
        m_throttleCount = count;
        m_retryAfter = retryAfterSeconds;
    }
    void setRejectCredentials(bool reject) { m_rejectCredentials = reject; }
    void refuseConnectionsFor(int ms); // closes the port, opens it again afterwards
    void reset();

    const std::deque<Call> &calls() const { return m_calls; }
    QList<Task> tasks() const;
    int createdTaskCount() const;

Q_SIGNALS:
    void callReceived();

private:
    void handle(const HttpRequest &request, HttpReply reply);
    void respond(const HttpRequest &request, HttpReply reply);
    QJsonObject applyFaults(const QJsonObject &faults);

    HttpListener *m_listener;
    QHostAddress m_address;
    quint16 m_port = 0;
    HubOsCredentials m_credentials;
    QSet<QString> m_rooms;
    QList<TaskType> m_extraTaskTypes;
    int m_latencyMs = 0;
    int m_waiting = 0;
    int m_failCount = 0;
    int m_failStatus = 503;
    int m_throttleCount = 0;
    int m_retryAfter = 1;
    bool m_rejectCredentials = false;
    qint64 m_nextTaskNumber = 1001;
    QHash<QString, Task> m_tasks; // by task id
    QHash<QString, QString> m_byIdempotency; // key -> task id
    QStringList m_taskOrder;
    std::deque<Call> m_calls;
};
