// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/hubos/huboscredentials.h"
#include "core/net/httpheaders.h"

#include <QString>

// Result of comparing Duve's custom headers against the configured credentials.
struct CredentialCheck
{
    bool ok = false;
    QString detail; // for staff: which header was missing or wrong, never a value
    bool presented = false; // each header came once: the sender knows Duve's format
};

namespace DuveCredentials {

// Compares the custom_hotel_id / custom_access_token / custom_password_token headers (any case,
// underscore or hyphen spelling) with `expected`, in time independent of where they differ.
CredentialCheck verifyHeaders(const HttpHeaders &headers, const HubOsCredentials &expected);

// The custom_hotel_id header's value, which tells a group's hotels apart; empty when it is
// missing or sent more than once.
QByteArray presentedHotelId(const HttpHeaders &headers);

// Byte comparison whose duration depends only on the lengths, not on the contents.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace DuveCredentials
