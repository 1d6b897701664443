// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/duve/duvecredentials.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

struct CredentialHeader
{
    const char *name; // normalized spelling (Http::nameIs)
    QString HubOsCredentials::*field;
};

const CredentialHeader kHeaders[] = {
    { "custom_hotel_id", &HubOsCredentials::hotelId },
    { "custom_access_token", &HubOsCredentials::accessToken },
    { "custom_password_token", &HubOsCredentials::passwordToken },
};

} // namespace

bool DuveCredentials::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // Walk the longer input completely; the result folds in the length difference.
    const qsizetype n = std::max(a.size(), b.size());
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
        const unsigned char y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
        diff |= x ^ y;
    }
    return diff == 0;
}

QByteArray DuveCredentials::presentedHotelId(const HttpHeaders &headers)
{
    QList<QByteArray> values;
    for (const auto &header : headers) {
        if (Http::nameIs(header.first, kHeaders[0].name))
            values.append(header.second.trimmed());
    }
    return values.size() == 1 ? values.front() : QByteArray();
}

CredentialCheck DuveCredentials::verifyHeaders(
    const HttpHeaders &headers, const HubOsCredentials &expected)
{
    CredentialCheck check;
    check.ok = true;
    check.presented = true;
    QStringList problems;
    for (const CredentialHeader &h : kHeaders) {
        QList<QByteArray> values;
        for (const auto &header : headers) {
            if (Http::nameIs(header.first, h.name))
                values.append(header.second.trimmed());
        }
        const QByteArray want = (expected.*(h.field)).toUtf8();
        bool matches = values.size() == 1;
        check.presented = check.presented && matches;
        // Always compare, even when the header is missing, so the timing says nothing.
        const bool equal = constantTimeEquals(values.value(0), want);
        matches = matches && equal && !want.isEmpty();
        if (!matches) {
            check.ok = false;
            const QString name = QString::fromLatin1(h.name);
            if (values.isEmpty())
                problems.append(name + u" missing"_s);
            else if (values.size() > 1)
                problems.append(name + u" sent more than once"_s);
            else if (want.isEmpty())
                problems.append(name + u" not configured in Hubbridge"_s);
            else
                problems.append(name + u" does not match"_s);
        }
    }
    check.detail = problems.join(u"; "_s);
    return check;
}
