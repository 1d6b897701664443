// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/hubos/deliverypolicy.h"
#include "core/hubos/huboscredentials.h"
#include "core/net/httpheaders.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QUrl>
#include <optional>

class HistoryStore;
class HubOsClient;
class HubOsHealth;

// One hotel the bridge works for: the data folder's own (key "", its credentials from the
// keychain or the environment, its Hub OS from [hubos] url), or one of a group's
// (`hubbridge hotels`: a HotelRecord and its credential file).
struct Hotel
{
    QString key;
    QString name;
    bool enabled = true;
    HubOsCredentials credentials;
    QByteArray hotelId; // credentials.hotelId as a request presents it, made once per change
    HubOsClient *client = nullptr; // owned by Hotels; lives as long as the bridge
    HubOsHealth *health = nullptr; // its Hub OS's, of its orders alone; owned by Hotels
    // During a rotation's grace period, the values the credentials replaced: still accepted
    // from Duve until previousUntil (HotelSecret).
    HubOsCredentials previous;
    QByteArray previousHotelId;
    QDateTime previousUntil;
    bool checkedWithPrevious = false; // set by checking()

    // This hotel as it checks a request: with the previous values when the request carries
    // those during the grace period (Hub OS is called with the current ones all the same).
    Hotel checking(const HttpHeaders &headers) const;
    bool acceptsPrevious() const;
};

// The hotels a bridge serves, and how a request finds its own: by the path
// /webhooks/duve/KEY, or by the hotel ID in Duve's custom_hotel_id header on the one webhook
// URL (as Duve's hosted endpoint tells hotels apart). Each hotel has its Hub OS client, so that
// one hotel's slow or failing Hub OS never holds another's connections.
class Hotels : public QObject
{
    Q_OBJECT
public:
    Hotels(HistoryStore *store, QObject *parent = nullptr);
    ~Hotels() override;

    HubOsClient *ownClient() const { return m_own.client; }
    const Hotel &own() const { return m_own; }
    void setOwnCredentials(const HubOsCredentials &credentials);
    // [hubos] url (the own hotel's, and any hotel's without a URL of its own), the policy.
    void configure(const QUrl &defaultUrl, const DeliveryPolicy &policy);
    void setSecretsDir(const QString &dir) { m_secretsDir = dir; }

    // Reads the group's hotels and their credential files again. A hotel whose file cannot be
    // used (missing, readable by others) is kept without credentials: its requests are refused
    // and its problem is logged once. When the database cannot be read, the hotels known stay.
    void reload();
    bool isGroup() const { return !m_group.isEmpty(); }
    int count() const { return int(m_group.size()); }

    // The hotel of /webhooks/duve/KEY; "" is the own one.
    std::optional<Hotel> byKey(const QString &key) const;
    // The hotel whose hotel ID the request's custom_hotel_id carries, compared with every
    // hotel's in time that does not depend on where they differ; else the own hotel (whose
    // check then refuses the request as today).
    Hotel byHeaders(const HttpHeaders &headers) const;
    // byHeaders(headers), as it checks that request (Hotel::checking).
    Hotel checkingHeaders(const HttpHeaders &headers) const;
    // An order's hotel's client, enabled or not (its retries still go out); null when the hotel
    // was removed.
    HubOsClient *clientFor(const QString &key) const;
    // Whether that hotel's Hub OS is taking work; null when the hotel was removed.
    HubOsHealth *healthFor(const QString &key) const;
    // The group's hotels, by key.
    QList<Hotel> group() const;
    // Every hotel's credential values: kept out of the history whatever header carries them.
    const QList<QByteArray> &secretValues() const { return m_secretValues; }

private:
    HistoryStore *m_store;
    QString m_secretsDir;
    QUrl m_defaultUrl;
    DeliveryPolicy m_policy;
    Hotel m_own;
    QHash<QString, Hotel> m_group;
    QHash<QString, QUrl> m_urls; // each group hotel's own Hub OS URL ("" the default)
    QHash<QString, QString> m_problems; // logged once per hotel and problem
    QHash<QString, QDateTime> m_graces; // a rotation's grace period, logged once
    QList<QByteArray> m_secretValues; // made when the credentials change, not per request

    void collectSecretValues();
};
