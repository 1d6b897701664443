// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/hubos/hubossandbox.h"

#include "core/common/logging.h"
#include "core/hubos/hubostasktypes.h"
#include "core/net/httplistener.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr std::size_t kMaxCalls = 100000; // the call log is a ring: memory stays bounded

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

HubOsSandbox::HubOsSandbox(QObject *parent)
    : QObject(parent)
    , m_listener(new HttpListener(this))
    , m_credentials(defaultCredentials())
{
    setRooms(defaultRooms());
    m_listener->setHandler(
        [this](const HttpRequest &request, HttpReply reply) { handle(request, std::move(reply)); });
}

HubOsSandbox::~HubOsSandbox() = default;

HubOsCredentials HubOsSandbox::defaultCredentials()
{
    HubOsCredentials c = HubOsCredentials::fromEnvironment();
    if (c.hotelId.isEmpty())
        c.hotelId = u"sandbox-hotel"_s;
    if (c.accessToken.isEmpty())
        c.accessToken = u"sandbox-access-token"_s;
    if (c.passwordToken.isEmpty())
        c.passwordToken = u"sandbox-password-token"_s;
    return c;
}

QStringList HubOsSandbox::defaultRooms()
{
    QStringList rooms;
    for (int floor = 1; floor <= 5; ++floor) {
        for (int n = 1; n <= 20; ++n)
            rooms.append(QString::number(floor * 100 + n));
    }
    return rooms;
}

void HubOsSandbox::setRooms(const QStringList &rooms)
{
    m_rooms = QSet<QString>(rooms.begin(), rooms.end());
}

bool HubOsSandbox::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_listener->listen(address, port, error))
        return false;
    m_address = address;
    m_port = m_listener->port();
    return true;
}

quint16 HubOsSandbox::port() const
{
    return m_port;
}

QUrl HubOsSandbox::url() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    const bool any = m_address == QHostAddress::Any || m_address == QHostAddress::AnyIPv4;
    url.setHost(any ? u"127.0.0.1"_s : m_address.toString());
    url.setPort(m_port);
    return url;
}

void HubOsSandbox::refuseConnectionsFor(int ms)
{
    qCInfo(lcSandbox) << "refusing connections for" << ms << "ms";
    m_listener->close();
    QTimer::singleShot(ms, this, [this] {
        QString error;
        if (!m_listener->listen(m_address, m_port, &error))
            qCWarning(lcSandbox).noquote() << "cannot listen again:" << error;
    });
}

void HubOsSandbox::reset()
{
    m_latencyMs = 0;
    m_failCount = 0;
    m_throttleCount = 0;
    m_rejectCredentials = false;
    m_tasks.clear();
    m_byIdempotency.clear();
    m_taskOrder.clear();
    m_calls.clear();
    m_extraTaskTypes.clear();
    setRooms(defaultRooms());
}

QList<HubOsSandbox::Task> HubOsSandbox::tasks() const
{
    QList<Task> list;
    for (const QString &id : m_taskOrder)
        list.append(m_tasks.value(id));
    return list;
}

int HubOsSandbox::createdTaskCount() const
{
    return int(m_tasks.size());
}

QJsonObject HubOsSandbox::applyFaults(const QJsonObject &f)
{
    if (f.contains(u"latencyMs"_s))
        m_latencyMs = f.value(u"latencyMs"_s).toInt();
    if (f.contains(u"fail"_s)) {
        const QJsonObject fail = f.value(u"fail"_s).toObject();
        failNext(fail.value(u"count"_s).toInt(1), fail.value(u"status"_s).toInt(503));
    }
    if (f.contains(u"throttle"_s)) {
        const QJsonObject t = f.value(u"throttle"_s).toObject();
        throttleNext(t.value(u"count"_s).toInt(1), t.value(u"retryAfter"_s).toInt(1));
    }
    if (f.contains(u"credentials"_s)) { // the hotel's new values (a rotation)
        const QJsonObject c = f.value(u"credentials"_s).toObject();
        m_credentials = { c.value(u"hotelId"_s).toString(), c.value(u"accessToken"_s).toString(),
            c.value(u"passwordToken"_s).toString() };
    }
    if (f.contains(u"rejectCredentials"_s))
        m_rejectCredentials = f.value(u"rejectCredentials"_s).toBool();
    if (f.contains(u"rooms"_s)) {
        QStringList rooms;
        for (const QJsonValue &v : f.value(u"rooms"_s).toArray())
            rooms.append(v.toString());
        setRooms(rooms);
    }
    if (f.contains(u"taskTypes"_s)) {
        const QJsonObject answer { { u"taskTypes"_s, f.value(u"taskTypes"_s) } };
        setExtraTaskTypes(HubOsTaskTypes::fromAnswer(QJsonDocument(answer).toJson()));
    }
    if (f.contains(u"refuseForMs"_s))
        QTimer::singleShot(
            0, this, [this, ms = f.value(u"refuseForMs"_s).toInt()] { refuseConnectionsFor(ms); });
    return QJsonObject { { u"latencyMs"_s, m_latencyMs }, { u"failRemaining"_s, m_failCount },
        { u"throttleRemaining"_s, m_throttleCount },
        { u"rejectCredentials"_s, m_rejectCredentials } };
}

void HubOsSandbox::handle(const HttpRequest &request, HttpReply reply)
{
    // Control endpoints answer at once.
    if (request.path.startsWith(u"/_sandbox/"_s)) {
        const QString what = request.path.mid(10);
        if (what == u"calls"_s) {
            QJsonArray calls;
            for (const Call &c : m_calls) {
                calls.append(QJsonObject { { u"at"_s, c.at.toString(Qt::ISODateWithMs) },
                    { u"method"_s, QString::fromLatin1(c.method) }, { u"path"_s, c.path },
                    { u"idempotencyKey"_s, QString::fromUtf8(c.idempotencyKey) },
                    { u"accept"_s, QString::fromUtf8(c.accept) },
                    { u"contentType"_s, QString::fromUtf8(c.contentType) },
                    { u"credentials"_s, c.credentialsOk ? u"ok"_s : u"wrong"_s },
                    { u"body"_s, c.body }, { u"status"_s, c.status } });
            }
            reply.send(200, json({ { u"calls"_s, calls } }));
        } else if (what == u"tasks"_s) {
            QJsonArray list;
            for (const Task &t : tasks()) {
                list.append(QJsonObject { { u"taskId"_s, t.id },
                    { u"externalRef"_s, t.externalRef }, { u"idempotencyKey"_s, t.idempotencyKey },
                    { u"state"_s, t.state }, { u"task"_s, t.body } });
            }
            reply.send(200, json({ { u"tasks"_s, list } }));
        } else if (what == u"faults"_s && request.method == "POST") {
            reply.send(200, json(applyFaults(QJsonDocument::fromJson(request.body).object())));
        } else if (what == u"reset"_s && request.method == "POST") {
            reset();
            reply.send(200, json({ { u"status"_s, u"reset"_s } }));
        } else {
            reply.send(404, json({ { u"error"_s, u"not_found"_s } }));
        }
        return;
    }
    if (m_latencyMs > 0) {
        ++m_waiting;
        QTimer::singleShot(m_latencyMs, this, [this, request, reply] {
            --m_waiting;
            respond(request, reply);
        });
        return;
    }
    respond(request, reply);
}

void HubOsSandbox::respond(const HttpRequest &request, HttpReply reply)
{
    Call call;
    call.at = QDateTime::currentDateTimeUtc();
    call.method = request.method;
    call.path = request.path;
    call.idempotencyKey = request.header("Idempotency-Key");
    call.accept = request.header("Accept");
    call.contentType = request.header("Content-Type");
    call.body = QJsonDocument::fromJson(request.body).object();
    call.credentialsOk = request.header("X-Hotel-Id") == m_credentials.hotelId.toUtf8()
        && request.header("X-Access-Token") == m_credentials.accessToken.toUtf8()
        && request.header("X-Password-Token") == m_credentials.passwordToken.toUtf8();

    auto send = [&](int status, const QJsonObject &body, const QByteArray &retryAfter = {}) {
        call.status = status;
        m_calls.push_back(call);
        if (m_calls.size() > kMaxCalls)
            m_calls.pop_front();
        HttpHeaders headers;
        if (!retryAfter.isEmpty())
            headers.append({ "Retry-After", retryAfter });
        reply.send(status, json(body), headers);
        Q_EMIT callReceived();
    };

    if (m_failCount > 0) {
        --m_failCount;
        return send(m_failStatus, { { u"error"_s, u"injected_failure"_s } });
    }
    if (m_throttleCount > 0) {
        --m_throttleCount;
        return send(429, { { u"error"_s, u"throttled"_s } }, QByteArray::number(m_retryAfter));
    }
    if (!call.credentialsOk || m_rejectCredentials)
        return send(401, { { u"error"_s, u"invalid_credentials"_s } });

    static const QRegularExpression cancelPath(u"^/v1/tasks/([^/]+)/cancel$"_s);
    if (request.method == "GET" && request.path == u"/v1/task-types"_s) {
        QJsonArray types;
        for (const TaskType &t : HubOsTaskTypes::catalogue() + m_extraTaskTypes)
            types.append(QJsonObject { { u"id"_s, t.id }, { u"name"_s, t.name } });
        return send(200, { { u"taskTypes"_s, types } });
    }
    if (request.method == "GET" && request.path == u"/v1/rooms"_s) {
        QStringList rooms = m_rooms.values();
        std::sort(rooms.begin(), rooms.end());
        return send(200, { { u"rooms"_s, QJsonArray::fromStringList(rooms) } });
    }
    if (request.method == "POST" && request.path == u"/v1/tasks"_s) {
        const QJsonObject &task = call.body;
        const QString key = QString::fromUtf8(call.idempotencyKey);
        if (!key.isEmpty() && m_byIdempotency.contains(key)) {
            const QString id = m_byIdempotency.value(key);
            return send(200, { { u"taskId"_s, id }, { u"status"_s, u"exists"_s } });
        }
        const int type = task.value(u"taskTypeId"_s).toInt();
        const bool extra = std::any_of(m_extraTaskTypes.cbegin(), m_extraTaskTypes.cend(),
            [type](const TaskType &t) { return t.id == type; });
        if (HubOsTaskTypes::name(type).isEmpty() && !extra)
            return send(422, { { u"error"_s, u"unknown_task_type"_s } });
        if (!m_rooms.contains(task.value(u"room"_s).toString()))
            return send(422, { { u"error"_s, u"unknown_room"_s } });
        if (task.value(u"externalRef"_s).toString().isEmpty()
            || task.value(u"guestName"_s).toString().isEmpty())
            return send(400, { { u"error"_s, u"missing_fields"_s } });
        Task t;
        t.id = u"HT-%1"_s.arg(m_nextTaskNumber++);
        t.externalRef = task.value(u"externalRef"_s).toString();
        t.idempotencyKey = key;
        t.body = task;
        t.state = u"created"_s;
        m_tasks.insert(t.id, t);
        m_taskOrder.append(t.id);
        if (!key.isEmpty())
            m_byIdempotency.insert(key, t.id);
        return send(201, { { u"taskId"_s, t.id }, { u"status"_s, u"created"_s } });
    }
    const QRegularExpressionMatch m = cancelPath.match(request.path);
    if (request.method == "POST" && m.hasMatch()) {
        const QString id = QUrl::fromPercentEncoding(m.captured(1).toUtf8());
        if (!m_tasks.contains(id))
            return send(404, { { u"error"_s, u"unknown_task"_s } });
        m_tasks[id].state = u"cancelled"_s;
        return send(200, { { u"taskId"_s, id }, { u"status"_s, u"cancelled"_s } });
    }
    send(404, { { u"error"_s, u"not_found"_s } });
}
