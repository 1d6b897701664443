// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/net/httpheaders.h"

bool Http::nameIs(QByteArrayView name, const char *normalized)
{
    name = name.trimmed();
    qsizetype i = 0;
    for (; i < name.size() && normalized[i] != '\0'; ++i) {
        char c = name[i];
        c = c == '-' ? '_' : (c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
        if (c != normalized[i])
            return false;
    }
    return i == name.size() && normalized[i] == '\0';
}

bool Http::isSecretHeader(const QByteArray &name)
{
    for (const char *secret :
        { "custom_hotel_id", "custom_access_token", "custom_password_token", "authorization",
            "proxy_authorization", "cookie", "x_hotel_id", "x_access_token", "x_password_token" }) {
        if (nameIs(name, secret))
            return true;
    }
    return false;
}

HttpHeaders Http::redacted(const HttpHeaders &headers)
{
    HttpHeaders result;
    result.reserve(headers.size());
    for (const auto &header : headers) {
        result.append(
            { header.first, isSecretHeader(header.first) ? QByteArray(kRedacted) : header.second });
    }
    return result;
}

HttpHeaders Http::withoutSecretValues(const HttpHeaders &headers, const QList<QByteArray> &secrets)
{
    HttpHeaders result = headers;
    for (auto &header : result) {
        const QByteArray value = header.second.trimmed();
        for (const QByteArray &secret : secrets) {
            if (secret.isEmpty())
                continue;
            if (value == secret || (secret.size() >= 4 && value.contains(secret))) {
                header.second = kRedacted;
                break;
            }
        }
    }
    return result;
}
