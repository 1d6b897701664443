// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/duve/duveanswer.h"

#include "core/net/httpanswer.h"
#include "core/store/outcome.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

DuveAnswer error(int status, const QString &code, const QString &message, Outcome outcome,
    const Reason &reason, const QString &detail = QString())
{
    DuveAnswer a;
    a.httpStatus = status;
    a.body = HttpAnswer::errorObject(code, message);
    a.outcome = outcome;
    a.reason = reason;
    a.detail = detail.isEmpty() ? message : detail;
    return a;
}

DuveAnswer ok(const QJsonObject &body, Outcome outcome, const QString &detail = QString())
{
    DuveAnswer a;
    a.httpStatus = 200;
    a.body = body;
    a.outcome = outcome;
    a.detail = detail;
    return a;
}

} // namespace

QByteArray DuveAnswer::bodyBytes() const
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

DuveAnswer DuveAnswer::methodNotAllowed(const QString &method)
{
    return error(405, u"METHOD_NOT_ALLOWED"_s, u"Only POST is accepted here."_s, Outcome::Rejected,
        Reason(Reason::Code::NotAWebhook, method));
}

DuveAnswer DuveAnswer::notFound(const QString &path)
{
    return error(404, u"NOT_FOUND"_s, u"Nothing here. Duve webhooks go to POST /webhooks/duve."_s,
        Outcome::Rejected, Reason(Reason::Code::NotAWebhook, path));
}

DuveAnswer DuveAnswer::storeUnavailable()
{
    return error(503, u"STORE_UNAVAILABLE"_s,
        u"The request could not be recorded; please retry later."_s, Outcome::Failed,
        Reason::Code::StoreUnavailable);
}

DuveAnswer DuveAnswer::orderBusy()
{
    return error(503, u"ORDER_BUSY"_s,
        u"Another instance is delivering this order; please retry later."_s, Outcome::Pending,
        Reason::Code::OrderBusy);
}

DuveAnswer DuveAnswer::invalidCredentials(const QString &detail)
{
    return error(400, u"WEB_HUK_INVALID_CREDS"_s, u"Invalid credentials."_s, Outcome::Rejected,
        Reason::Code::DuveCredentials, detail);
}

DuveAnswer DuveAnswer::malformedJson(const QString &what)
{
    return error(
        400, u"WEB_HUK_MALFORMED_JSON"_s, what, Outcome::Rejected, Reason::Code::MalformedJson);
}

DuveAnswer DuveAnswer::ignored(const QString &event)
{
    return ok(QJsonObject { { u"status"_s, u"ignored"_s } }, Outcome::Ignored,
        event.isEmpty() ? QString() : u"Event %1 does not create tasks."_s.arg(event));
}

DuveAnswer DuveAnswer::recorded()
{
    return ok(QJsonObject { { u"status"_s, u"recorded"_s } }, Outcome::Recorded);
}

DuveAnswer DuveAnswer::skipped(const QString &reason)
{
    return ok(QJsonObject { { u"status"_s, u"skipped"_s }, { u"reason"_s, reason } },
        Outcome::Skipped, reason);
}

DuveAnswer DuveAnswer::invalidBody(const QString &detail, const Reason &reason)
{
    return error(403, u"WEB_HUK_INVALID_BODY"_s,
        u"Please provide the proper Room Number, External Id, and Verified First Name."_s,
        Outcome::Rejected, reason, detail);
}

DuveAnswer DuveAnswer::unknownExternalId(const QString &externalId)
{
    return error(400, u"WEB_HUK_HUBOS_REQUEST_FAIL"_s, u"Unknown external ID %1"_s.arg(externalId),
        Outcome::Rejected, Reason(Reason::Code::UnknownExternalId, externalId),
        u"External ID %1 is not in the mapping table (or is switched off)."_s.arg(externalId));
}

DuveAnswer DuveAnswer::unknownRoom(const QString &room, const QString &detail)
{
    return error(400, u"WEB_HUK_HUBOS_REQUEST_FAIL"_s, u"Unknown room"_s, Outcome::Failed,
        Reason(Reason::Code::UnknownRoom, room), detail);
}

DuveAnswer DuveAnswer::hubOsRequestFailed(
    const QString &message, const Reason &reason, const QString &detail)
{
    return error(400, u"WEB_HUK_HUBOS_REQUEST_FAIL"_s, message, Outcome::Failed, reason, detail);
}

DuveAnswer DuveAnswer::attemptsFailed(int attempts, const QString &detail)
{
    return error(403, u"WEB_HUK_REQUEST_ATTEMPT_FAILED"_s,
        u"Operation failed after %1 attempt, Please check credentials and request body."_s.arg(
            attempts),
        Outcome::Failed, Reason::Code::HubOsUnavailable, detail);
}

DuveAnswer DuveAnswer::created(const QString &orderKey, const QJsonArray &tasks)
{
    return ok(QJsonObject { { u"status"_s, u"created"_s }, { u"orderId"_s, orderKey },
                  { u"tasks"_s, tasks } },
        Outcome::Created);
}

DuveAnswer DuveAnswer::duplicateOf(const QByteArray &firstAnswerBody)
{
    QJsonObject body = QJsonDocument::fromJson(firstAnswerBody).object();
    body.insert(u"duplicate"_s, true);
    return ok(body, Outcome::Duplicate, u"Order seen before; Hub OS was not called again."_s);
}

DuveAnswer DuveAnswer::cancelled(const QString &orderKey, const QJsonArray &tasks)
{
    return ok(QJsonObject { { u"status"_s, u"cancelled"_s }, { u"orderId"_s, orderKey },
                  { u"tasks"_s, tasks } },
        Outcome::Cancelled);
}
