// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/widgets/duvesetup.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

const QStringList &DuveSetup::headerNames()
{
    static const QStringList names { u"custom_hotel_id"_s, u"custom_access_token"_s,
        u"custom_password_token"_s };
    return names;
}

QStringList DuveSetup::headerValues(const HubOsCredentials &credentials)
{
    return { credentials.hotelId, credentials.accessToken, credentials.passwordToken };
}

QString DuveSetup::headersText(const HubOsCredentials &credentials)
{
    const QStringList values = headerValues(credentials);
    QStringList lines;
    for (qsizetype i = 0; i < headerNames().size(); ++i)
        lines.append(headerNames().at(i) + u": "_s + values.at(i));
    return lines.join(u'\n');
}

QString DuveSetup::text(const QUrl &webhookUrl, const HubOsCredentials &credentials)
{
    return webhookUrl.toString() + u"\n\n"_s + headersText(credentials);
}

bool DuveSetup::reachableOnlyInside(const QUrl &webhookUrl)
{
    const QString host = webhookUrl.host();
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    if (address.isNull())
        return false; // a name: it may well be public
    static const QPair<QHostAddress, int> privateNets[] = {
        QHostAddress::parseSubnet(u"10.0.0.0/8"_s),
        QHostAddress::parseSubnet(u"172.16.0.0/12"_s),
        QHostAddress::parseSubnet(u"192.168.0.0/16"_s),
    };
    for (const auto &net : privateNets) {
        if (address.isInSubnet(net))
            return true;
    }
    return address.isLoopback() || address.isLinkLocal() || address.isUniqueLocalUnicast()
        || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6;
}
