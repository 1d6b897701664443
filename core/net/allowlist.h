// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// [listener] allowFrom: the networks that may connect at all.
namespace AllowList {

using Networks = QList<QPair<QHostAddress, int>>; // address, prefix length

// "10.0.0.0/8, 192.168.1.7, ::1, 2001:db8::/32" -> networks. False and `error` on the first
// entry that is not an address or CIDR network (an allow-list must never fail open).
// IPv4-mapped entries (::ffff:192.168.1.7, ::ffff:10.0.0.0/104) are taken as the IPv4 ones.
bool parse(const QStringList &entries, Networks *networks, QString *error);
bool contains(const QHostAddress &address, const Networks &networks);

// ::ffff:a.b.c.d is a.b.c.d: the one place an IPv4-mapped address is made plain IPv4.
QHostAddress canonical(const QHostAddress &address);

} // namespace AllowList
