// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/net/httpanswer.h"

#include "core/common/jsonobjectwriter.h"

using namespace Qt::StringLiterals;

QJsonObject HttpAnswer::errorObject(const QString &code, const QString &message)
{
    return QJsonObject { { u"code"_s, code }, { u"message"_s, message } };
}

QByteArray HttpAnswer::errorBody(const QString &code, const QString &message)
{
    return JsonObjectWriter(64 + message.size())
        .add("code"_L1, code)
        .add("message"_L1, message)
        .take();
}

QByteArray HttpAnswer::reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}
