// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/net/allowlist.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QHostAddress AllowList::canonical(const QHostAddress &address)
{
    bool v4 = false;
    const quint32 ip4 = address.toIPv4Address(&v4);
    return v4 ? QHostAddress(ip4) : address;
}

bool AllowList::parse(const QStringList &entries, Networks *networks, QString *error)
{
    Networks result;
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue;
        QPair<QHostAddress, int> network;
        const QString host = entry.section(u'/', 0, 0);
        // Qt also reads "192.168.1" (as 192.168.0.1): a typo must not allow another network.
        const bool fullAddress = host.contains(u':') || host.count(u'.') == 3;
        if (!fullAddress) {
            network.second = -1;
        } else if (entry.contains(u'/')) {
            network = QHostAddress::parseSubnet(entry);
        } else {
            QHostAddress address;
            if (address.setAddress(entry))
                network
                    = { address, address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128 };
        }
        // ::ffff:a.b.c.d[/96+n] is written for a.b.c.d[/n]: connections are matched as IPv4.
        const QHostAddress plain = canonical(network.first);
        if (!network.first.isNull() && plain != network.first && network.second >= 96)
            network = { plain, network.second - 96 };
        if (network.first.isNull() || network.second < 0) {
            if (error)
                *error = QCoreApplication::translate("ConnectionGuard",
                    "listener/allowFrom: \"%1\" is not an IP address or a network "
                    "such as 192.168.1.0/24.")
                             .arg(entry);
            return false;
        }
        result.append(network);
    }
    *networks = result;
    return true;
}

bool AllowList::contains(const QHostAddress &address, const Networks &networks)
{
    const QHostAddress a = canonical(address);
    for (const auto &n : networks)
        if (a.isInSubnet(n))
            return true;
    return false;
}
