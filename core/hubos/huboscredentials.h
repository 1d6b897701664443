// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QtGlobal>

// The three values Hub OS hands a hotel. Duve sends them back in its custom headers, and the
// bridge sends them to Hub OS. They live in the OS keychain or the environment, never on disk.
struct HubOsCredentials
{
    QString hotelId;
    QString accessToken;
    QString passwordToken;

    bool isComplete() const
    {
        return !hotelId.isEmpty() && !accessToken.isEmpty() && !passwordToken.isEmpty();
    }

    // HUBBRIDGE_HOTEL_ID, HUBBRIDGE_ACCESS_TOKEN, HUBBRIDGE_PASSWORD_TOKEN (servers and tests);
    // each overrides the keychain's value (CredentialStore).
    static HubOsCredentials fromEnvironment()
    {
        return { qEnvironmentVariable("HUBBRIDGE_HOTEL_ID"),
            qEnvironmentVariable("HUBBRIDGE_ACCESS_TOKEN"),
            qEnvironmentVariable("HUBBRIDGE_PASSWORD_TOKEN") };
    }
};
