// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/hubos/huboscredentials.h"

#include <QString>
#include <optional>

// The credentials of each hotel of a group: the three values Duve sends in its custom headers
// and Hubbridge sends on to Hub OS. They are kept out of the database (which every instance,
// every backup and every replica reads) in a file per hotel that only the service's user may
// read, as ssh keys and TLS keys are:
//   - systemd's credential "hotel-KEY" when the service has one ($CREDENTIALS_DIRECTORY, from
//     LoadCredential= or LoadCredentialEncrypted=: encrypted at rest with the host's key);
//   - else KEY.conf in the secrets folder ([hotels] secretsDir, hotels.d in the data folder),
//     refused when its group or others may read it.
// A file holds `hotel_id=`, `access_token=` and `password_token=` lines (# comments).
namespace HotelSecrets {

// Where hotel `key`'s credentials are read from.
QString pathFor(const QString &dir, const QString &key);
std::optional<HubOsCredentials> read(const QString &dir, const QString &key, QString *error);
// Writes DIR/KEY.conf readable by its owner alone (the folder too), replacing it atomically.
bool write(
    const QString &dir, const QString &key, const HubOsCredentials &credentials, QString *error);
bool remove(const QString &dir, const QString &key, QString *error); // true when already gone

QByteArray format(const QString &key, const HubOsCredentials &credentials);
HubOsCredentials parse(const QByteArray &text);

} // namespace HotelSecrets
