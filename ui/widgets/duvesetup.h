// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/hubos/huboscredentials.h"

#include <QStringList>
#include <QUrl>

// What Duve support needs to send Hubbridge orders: the webhook URL and three custom headers
// whose values are the Hub OS credentials. One place for the wizard, Settings and the Overview.
namespace DuveSetup {

// custom_hotel_id, custom_access_token, custom_password_token: the names Duve must use.
const QStringList &headerNames();
// The values in the order of headerNames().
QStringList headerValues(const HubOsCredentials &credentials);
// "name: value" lines, one per header.
QString headersText(const HubOsCredentials &credentials);
// The block to paste into an e-mail to Duve support: the URL, an empty line, the headers.
QString text(const QUrl &webhookUrl, const HubOsCredentials &credentials);

// True when the URL's host is an address Duve cannot reach from the internet: this computer
// (127.0.0.1, ::1) or a private network (10.x, 172.16-31.x, 192.168.x, link-local, fc00::/7).
bool reachableOnlyInside(const QUrl &webhookUrl);

} // namespace DuveSetup
