// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/hubos/huboscredentials.h"

#include <QDateTime>
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
// A file holds `hotel_id=`, `access_token=` and `password_token=` lines (# comments), and while
// a rotation's grace period lasts the values they replaced (`previous_hotel_id=`,
// `previous_access_token=`, `previous_password_token=`, `previous_until=` an ISO 8601 time).

// A hotel's credentials and, during a rotation, the ones they replaced: Duve may send those
// until the hotel's Duve account has the new values, and they are accepted from Duve until
// `previousUntil`. Hub OS is called with the current ones alone.
struct HotelSecret
{
    HubOsCredentials current;
    HubOsCredentials previous;
    QDateTime previousUntil; // invalid: no previous values

    // The previous values still open the door at `now`.
    bool acceptsPrevious(const QDateTime &now) const
    {
        return previous.isComplete() && previousUntil.isValid() && now < previousUntil;
    }
};

namespace HotelSecrets {

// Where hotel `key`'s credentials are read from.
QString pathFor(const QString &dir, const QString &key);
std::optional<HotelSecret> read(const QString &dir, const QString &key, QString *error);
// Writes DIR/KEY.conf readable by its owner alone (the folder too), replacing it atomically.
bool write(const QString &dir, const QString &key, const HotelSecret &secret, QString *error);
bool remove(const QString &dir, const QString &key, QString *error); // true when already gone

QByteArray format(const QString &key, const HotelSecret &secret);
HotelSecret parse(const QByteArray &text);

} // namespace HotelSecrets
