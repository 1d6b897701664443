// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/hubos/huboscredentials.h"

#include <QObject>
#include <QString>
#include <functional>

// Reads and writes the Hub OS credentials in the OS keychain (QtKeychain). The environment
// variables HUBBRIDGE_HOTEL_ID, HUBBRIDGE_ACCESS_TOKEN and HUBBRIDGE_PASSWORD_TOKEN override the
// keychain value by value (for servers and tests).
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(QObject *parent = nullptr);

    static bool environmentOverridesAll();

    // Asynchronous; `done` runs in this object's thread. `error` is empty on success and says
    // plainly what went wrong otherwise (e.g. no keychain service on this machine).
    void load(std::function<void(const HubOsCredentials &, const QString &error)> done);
    void save(const HubOsCredentials &credentials, std::function<void(const QString &error)> done);
    void clear(std::function<void(const QString &error)> done);

    static QString serviceName();
};
