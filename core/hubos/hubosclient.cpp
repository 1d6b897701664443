// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/hubos/hubosclient.h"

#include "core/common/jsonobjectwriter.h"
#include "core/common/logging.h"
#include "core/hubos/hubosconnections.h"
#include "core/net/httpheaders.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

QString HubOsTask::externalRefFor(const QString &orderKey, int itemIndex)
{
    return u"duve:%1:%2"_s.arg(orderKey).arg(itemIndex);
}

QByteArray HubOsTask::toBody() const
{
    // Written directly rather than through QJsonObject: one is made for every order.
    JsonObjectWriter body;
    body.add("taskTypeId"_L1, taskTypeId)
        .add("room"_L1, room)
        .add("guestName"_L1, guestName)
        .add("quantity"_L1, quantity)
        .add("externalRef"_L1, externalRef);
    if (dueAt.isValid())
        body.add("dueAt"_L1, dueAt.toUTC().toString(Qt::ISODate));
    if (!notes.isEmpty())
        body.add("notes"_L1, notes);
    return body.take();
}

HubOsCall::HubOsCall(HubOsClient *client, Kind kind, const QByteArray &method, const QUrl &url,
    const QByteArray &body, const QByteArray &idempotencyKey, QDeadlineTimer deadline)
    : QObject(client)
    , m_client(client)
    , m_kind(kind)
    , m_method(method)
    , m_url(url)
    , m_body(body)
    , m_idempotencyKey(idempotencyKey)
    , m_deadline(deadline)
{
    m_attemptTimer.setSingleShot(true);
    m_backoffTimer.setSingleShot(true);
    m_backoffTimer.setTimerType(Qt::PreciseTimer); // Retry-After is a minimum, never early
    connect(&m_attemptTimer, &QTimer::timeout, this, &HubOsCall::onAttemptTimeout);
    connect(&m_backoffTimer, &QTimer::timeout, this, &HubOsCall::startAttempt);
}

void HubOsCall::abort()
{
    if (m_done)
        return;
    HubOsResult r = m_lastTransient;
    r.outcome = HubOsResult::Exhausted;
    r.attempts = m_attempt;
    r.error = u"aborted"_s;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    finish(r);
}

void HubOsCall::startAttempt()
{
    if (m_done)
        return;
    const DeliveryPolicy &policy = m_client->policy();
    const qint64 remaining = m_deadline.remainingTime(); // -1: forever
    if (remaining == 0) {
        HubOsResult r = m_lastTransient;
        r.outcome = HubOsResult::Exhausted;
        r.attempts = m_attempt;
        if (r.error.isEmpty())
            r.error = u"no time left to call Hub OS"_s;
        finish(r);
        return;
    }
    ++m_attempt;
    m_timedOut = false;

    QNetworkRequest request(m_url);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader(
        "User-Agent", "Hubbridge/" + QCoreApplication::applicationVersion().toLatin1());
    request.setRawHeader("X-Hotel-Id", m_client->m_credentials.hotelId.toUtf8());
    request.setRawHeader("X-Access-Token", m_client->m_credentials.accessToken.toUtf8());
    request.setRawHeader("X-Password-Token", m_client->m_credentials.passwordToken.toUtf8());
    if (!m_idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", m_idempotencyKey);
    if (m_method == "POST")
        request.setRawHeader("Content-Type", "application/json; charset=utf-8");

    m_current = HubOsAttempt();
    m_current.startedAt = QDateTime::currentDateTimeUtc();
    m_current.number = m_attempt;
    m_current.method = m_method;
    m_current.url = m_url;
    m_current.requestBody = m_body;
    JsonObjectWriter headers;
    for (const QByteArray &name : request.rawHeaderList()) {
        headers.add(QLatin1StringView(name),
            Http::isSecretHeader(name) ? QString::fromLatin1(Http::kRedacted)
                                       : QString::fromUtf8(request.rawHeader(name)));
    }
    m_current.requestHeaders = headers.take();

    m_reply = m_client->send(request, m_method, m_body);
    connect(m_reply, &QNetworkReply::finished, this, &HubOsCall::onReplyFinished);
    int timeout = policy.attemptTimeoutMs;
    if (remaining > 0)
        timeout = int(std::min<qint64>(timeout, remaining));
    m_attemptTimeoutMs = timeout;
    m_attemptTimer.start(timeout);
    qCDebug(lcHubOs).noquote() << m_method << m_url.toString() << "attempt" << m_attempt;
}

void HubOsCall::onAttemptTimeout()
{
    if (m_reply) {
        m_timedOut = true;
        m_reply->abort(); // finished() follows with OperationCanceledError
    }
}

void HubOsCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    m_attemptTimer.stop();
    reply->deleteLater();
    m_reply = nullptr;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    m_current.latencyMs = m_current.startedAt.msecsTo(QDateTime::currentDateTimeUtc());
    m_client->m_latency.observe(double(m_current.latencyMs) / 1000.0);
    m_current.httpStatus = status;
    m_current.responseBody = body;

    HubOsResult result;
    if (status == 0) {
        result.outcome = HubOsResult::Exhausted;
        result.error = m_timedOut ? u"no answer from Hub OS within %1 ms"_s.arg(m_attemptTimeoutMs)
                                  : u"cannot reach Hub OS: %1"_s.arg(reply->errorString());
    } else {
        result = classify(status, body);
    }
    result.attempts = m_attempt;
    result.httpStatus = status;
    result.body = body;
    m_current.error = result.outcome == HubOsResult::Ok ? QString() : result.error;
    m_current.taskId = result.taskId;
    Q_EMIT attemptFinished(m_current);

    if (result.outcome != HubOsResult::Exhausted) {
        finish(result);
        return;
    }

    // Transient: network, timeout, 5xx, 429. Retry while attempts and time remain.
    m_lastTransient = result;
    const DeliveryPolicy &policy = m_client->policy();
    if (m_attempt >= policy.attempts) {
        finish(result);
        return;
    }
    qint64 wait = m_client->backoffFor(m_attempt);
    if (status == 429) {
        bool ok = false;
        const int retryAfter = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
        if (ok && retryAfter > 0)
            wait = std::max<qint64>(wait, qint64(retryAfter) * 1000);
    }
    const qint64 remaining = m_deadline.remainingTime();
    if (remaining >= 0 && wait >= remaining) {
        qCInfo(lcHubOs) << Log::order(m_orderKey)
                        << "not retrying: the next attempt would start after the deadline";
        finish(result);
        return;
    }
    qCInfo(lcHubOs).noquote() << Log::order(m_orderKey) << "attempt" << m_attempt
                              << "failed:" << result.error << "- retrying in" << wait << "ms";
    m_backoffTimer.start(int(wait));
}

HubOsResult HubOsCall::classify(int status, const QByteArray &body) const
{
    HubOsResult r;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    r.taskId = json.value(u"taskId"_s).toString();
    r.status = json.value(u"status"_s).toString();
    const QString errorField = json.value(u"error"_s).toString();

    if (status == 401 || status == 403) {
        r.outcome = HubOsResult::BadCredentials;
        r.error = u"Hub OS rejected the credentials (HTTP %1)"_s.arg(status);
    } else if (status == 429 || status >= 500) {
        r.outcome = HubOsResult::Exhausted;
        r.error = status == 429 ? u"Hub OS is throttling requests (HTTP 429)"_s
                                : u"Hub OS server error (HTTP %1)"_s.arg(status);
    } else if (status == 422 && errorField == u"unknown_room"_s) {
        r.outcome = HubOsResult::UnknownRoom;
        r.error = u"Hub OS does not know the room"_s;
    } else if (status == 422 && errorField == u"unknown_task_type"_s) {
        r.outcome = HubOsResult::UnknownTaskType;
        r.error = u"Hub OS does not know the task type"_s;
    } else if (m_kind == Kind::CancelTask && status == 404) {
        r.outcome = HubOsResult::NotFound;
        r.error = u"Hub OS does not know the task"_s;
    } else if (m_kind == Kind::CreateTask && (status == 200 || status == 201)) {
        if (r.taskId.isEmpty()) {
            r.outcome = HubOsResult::Unexpected;
            r.error = u"Hub OS answered %1 without a task ID"_s.arg(status);
        } else {
            r.outcome = HubOsResult::Ok;
        }
    } else if (m_kind != Kind::CreateTask && status == 200) {
        r.outcome = HubOsResult::Ok;
    } else {
        r.outcome = HubOsResult::Unexpected;
        r.error = u"unexpected answer from Hub OS (HTTP %1)"_s.arg(status);
    }
    return r;
}

void HubOsCall::finish(HubOsResult result)
{
    if (m_done)
        return;
    m_done = true;
    m_attemptTimer.stop();
    m_backoffTimer.stop();
    if (result.attempts == 0)
        result.attempts = m_attempt;
    Q_EMIT finished(result);
    deleteLater();
}

HubOsClient::HubOsClient(QObject *parent)
    : QObject(parent)
    , m_connections(new HubOsConnections(this))
{ }

HubOsClient::~HubOsClient() = default;

void HubOsClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

void HubOsClient::setCredentials(const HubOsCredentials &credentials)
{
    m_credentials = credentials;
}

void HubOsClient::setPolicy(const DeliveryPolicy &policy)
{
    m_policy = policy;
}

void HubOsClient::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_connections->setSslConfiguration(configuration);
}

QUrl HubOsClient::endpoint(const QString &path) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path, QUrl::TolerantMode);
    return url;
}

QNetworkReply *HubOsClient::send(
    const QNetworkRequest &request, const QByteArray &method, const QByteArray &body)
{
    return m_connections->send(request, method, body);
}

int HubOsClient::backoffFor(int attempt) const
{
    // backoffMs, then twice that, ... each within +/-20% so that retries do not march in step.
    const double base = m_policy.backoffMs * std::pow(2.0, std::max(0, attempt - 1));
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    return int(std::min(base * jitter, 600000.0));
}

HubOsCall *HubOsClient::startCall(HubOsCall::Kind kind, const QByteArray &method,
    const QString &path, const QByteArray &body, const QByteArray &idempotencyKey,
    QDeadlineTimer deadline)
{
    auto *call = new HubOsCall(this, kind, method, endpoint(path), body, idempotencyKey, deadline);
    if (!m_baseUrl.isValid() || m_baseUrl.isEmpty()) {
        QMetaObject::invokeMethod(
            call,
            [call] {
                HubOsResult r;
                r.outcome = HubOsResult::Exhausted;
                r.error = u"the Hub OS URL is not set"_s;
                call->finish(r);
            },
            Qt::QueuedConnection);
        return call;
    }
    if (deadline.remainingTime() == 0) {
        // Finishes at once: from the event loop, so the caller can connect to the signals first.
        QMetaObject::invokeMethod(call, &HubOsCall::startAttempt, Qt::QueuedConnection);
        return call;
    }
    // The request goes out now; its answer (or failure) can only arrive through the event loop.
    call->startAttempt();
    return call;
}

HubOsCall *HubOsClient::createTask(const HubOsTask &task, QDeadlineTimer deadline)
{
    return createTask(task.toBody(), task.externalRef, deadline);
}

HubOsCall *HubOsClient::createTask(
    const QByteArray &body, const QString &externalRef, QDeadlineTimer deadline)
{
    return startCall(
        HubOsCall::Kind::CreateTask, "POST", u"/v1/tasks"_s, body, externalRef.toUtf8(), deadline);
}

HubOsCall *HubOsClient::cancelTask(const QString &taskId, QDeadlineTimer deadline)
{
    const QString path
        = u"/v1/tasks/%1/cancel"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(taskId)));
    return startCall(
        HubOsCall::Kind::CancelTask, "POST", path, QByteArray("{}"), QByteArray(), deadline);
}

HubOsCall *HubOsClient::fetchTaskTypes()
{
    return startCall(HubOsCall::Kind::Read, "GET", u"/v1/task-types"_s, QByteArray(), QByteArray(),
        QDeadlineTimer(m_policy.answerWithinMs));
}

HubOsCall *HubOsClient::fetchRooms()
{
    return startCall(HubOsCall::Kind::Read, "GET", u"/v1/rooms"_s, QByteArray(), QByteArray(),
        QDeadlineTimer(m_policy.answerWithinMs));
}
