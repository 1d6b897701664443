// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/store/outcome.h"
#include "core/store/reason.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// An answer to Duve: HTTP status and JSON body. The four WEB_HUK_* codes and their messages are
// Duve's own, word for word (../shared/contracts/duve-inbound.md); all of them are built here.
struct DuveAnswer
{
    int httpStatus = 200;
    QJsonObject body;
    Outcome outcome = Outcome::Received; // the history outcome
    QString detail; // for staff; never sent to Duve
    Reason reason; // why, as a code (see reason.h); None for a success

    QString code() const { return body.value(QStringLiteral("code")).toString(); }
    QString message() const { return body.value(QStringLiteral("message")).toString(); }
    QByteArray bodyBytes() const;

    static DuveAnswer methodNotAllowed(const QString &method);
    static DuveAnswer notFound(const QString &path);
    static DuveAnswer storeUnavailable();
    // 503: another instance sharing the database kept the order past this request's time.
    static DuveAnswer orderBusy();
    static DuveAnswer invalidCredentials(const QString &detail);
    static DuveAnswer malformedJson(const QString &what);
    static DuveAnswer ignored(const QString &event);
    static DuveAnswer recorded();
    static DuveAnswer skipped(const QString &reason);
    static DuveAnswer invalidBody(const QString &detail, const Reason &reason);
    static DuveAnswer unknownExternalId(const QString &externalId);
    static DuveAnswer unknownRoom(const QString &room, const QString &detail);
    static DuveAnswer hubOsRequestFailed(
        const QString &message, const Reason &reason, const QString &detail);
    static DuveAnswer attemptsFailed(int attempts, const QString &detail);
    static DuveAnswer created(const QString &orderKey, const QJsonArray &tasks);
    static DuveAnswer duplicateOf(const QByteArray &firstAnswerBody);
    static DuveAnswer cancelled(const QString &orderKey, const QJsonArray &tasks);
};
