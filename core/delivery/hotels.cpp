// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/delivery/hotels.h"

#include "core/common/logging.h"
#include "core/config/hotelsecrets.h"
#include "core/duve/duvecredentials.h"
#include "core/hubos/hubosclient.h"
#include "core/hubos/huboshealth.h"
#include "core/store/historystore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

bool Hotel::acceptsPrevious() const
{
    return HotelSecret { {}, previous, previousUntil }.acceptsPrevious(
        QDateTime::currentDateTimeUtc());
}

Hotel Hotel::checking(const HttpHeaders &headers) const
{
    if (!acceptsPrevious() || DuveCredentials::verifyHeaders(headers, credentials).ok
        || !DuveCredentials::verifyHeaders(headers, previous).ok)
        return *this;
    Hotel h = *this;
    h.credentials = previous; // for the check alone: h.client keeps the current ones
    h.checkedWithPrevious = true;
    return h;
}

Hotels::Hotels(HistoryStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_own.client = new HubOsClient(this);
    m_own.health = new HubOsHealth(this);
}

Hotels::~Hotels() = default;

void Hotels::setOwnCredentials(const HubOsCredentials &credentials)
{
    m_own.credentials = credentials;
    m_own.hotelId = credentials.hotelId.toUtf8();
    m_own.client->setCredentials(credentials);
    collectSecretValues();
}

void Hotels::configure(const QUrl &defaultUrl, const DeliveryPolicy &policy)
{
    m_defaultUrl = defaultUrl;
    m_policy = policy;
    m_own.client->setPolicy(policy);
    m_own.client->setBaseUrl(defaultUrl);
    for (Hotel &h : m_group) {
        h.client->setPolicy(policy);
        const QUrl url = m_urls.value(h.key);
        h.client->setBaseUrl(url.isEmpty() ? defaultUrl : url);
    }
}

void Hotels::reload()
{
    // A read that failed (the database restarting) is not "no hotels": the ones known stay
    // until a read succeeds. Found by the group rig: for up to 10 s after PostgreSQL came back,
    // an instance answered the group's orders 400 and set their retries aside.
    const quint64 failuresBefore = m_store->readFailures();
    const QList<HotelRecord> records = m_store->hotels();
    if (m_store->readFailures() != failuresBefore) {
        qCWarning(lcDelivery) << "the hotels could not be read; the" << m_group.size()
                              << "known stay until they can";
        return;
    }
    QHash<QString, Hotel> group;
    for (const HotelRecord &r : records) {
        Hotel h = m_group.value(r.key);
        if (!h.client) {
            h.client = new HubOsClient(this);
            h.client->setPolicy(m_policy);
            h.health = new HubOsHealth(this);
        }
        h.key = r.key;
        h.name = r.name;
        h.enabled = r.enabled;
        QString problem;
        const HotelSecret secret
            = HotelSecrets::read(m_secretsDir, r.key, &problem).value_or(HotelSecret());
        h.credentials = secret.current;
        h.hotelId = h.credentials.hotelId.toUtf8();
        h.previous = secret.previous;
        h.previousUntil = secret.previousUntil;
        h.previousHotelId = h.acceptsPrevious() ? h.previous.hotelId.toUtf8() : QByteArray();
        if (h.acceptsPrevious() && m_graces.value(r.key) != h.previousUntil)
            qCInfo(lcDelivery).noquote()
                << "hotel" << r.key << "accepts its previous credentials from Duve until"
                << h.previousUntil.toString(Qt::ISODate);
        m_graces.insert(r.key, h.previousUntil);
        if (!problem.isEmpty() && m_problems.value(r.key) != problem)
            qCWarning(lcDelivery).noquote()
                << "hotel" << r.key << "has no usable credentials:" << problem;
        m_problems.insert(r.key, problem);
        h.client->setCredentials(h.credentials);
        const QUrl url(r.hubOsUrl);
        m_urls.insert(r.key, url);
        h.client->setBaseUrl(url.isEmpty() ? m_defaultUrl : url);
        group.insert(r.key, h);
    }
    // A removed hotel's client stays (a delivery of its may be running); it gets no new work.
    m_group = group;
    collectSecretValues();
}

std::optional<Hotel> Hotels::byKey(const QString &key) const
{
    if (key.isEmpty())
        return m_own;
    const auto it = m_group.constFind(key);
    return it == m_group.cend() ? std::nullopt : std::optional<Hotel>(*it);
}

Hotel Hotels::byHeaders(const HttpHeaders &headers) const
{
    if (m_group.isEmpty())
        return m_own;
    const QByteArray presented = DuveCredentials::presentedHotelId(headers);
    const Hotel *found = nullptr;
    // Every hotel is compared, whichever matches: the time says nothing about which one did.
    for (const Hotel &h : m_group) {
        const bool same = DuveCredentials::constantTimeEquals(presented, h.hotelId);
        const bool previous = DuveCredentials::constantTimeEquals(presented, h.previousHotelId);
        if (((same && !h.hotelId.isEmpty()) || (previous && h.acceptsPrevious())) && !found)
            found = &h;
    }
    if (DuveCredentials::constantTimeEquals(presented, m_own.hotelId))
        found = found ? found : &m_own;
    return found ? *found : m_own;
}

Hotel Hotels::checkingHeaders(const HttpHeaders &headers) const
{
    return byHeaders(headers).checking(headers);
}

HubOsClient *Hotels::clientFor(const QString &key) const
{
    if (key.isEmpty())
        return m_own.client;
    const auto it = m_group.constFind(key);
    return it == m_group.cend() ? nullptr : it->client;
}

HubOsHealth *Hotels::healthFor(const QString &key) const
{
    if (key.isEmpty())
        return m_own.health;
    const auto it = m_group.constFind(key);
    return it == m_group.cend() ? nullptr : it->health;
}

QList<Hotel> Hotels::group() const
{
    QList<Hotel> hotels = m_group.values();
    std::sort(
        hotels.begin(), hotels.end(), [](const Hotel &a, const Hotel &b) { return a.key < b.key; });
    return hotels;
}

void Hotels::collectSecretValues()
{
    m_secretValues.clear();
    const auto add = [this](const HubOsCredentials &c) {
        for (const QString *v : { &c.hotelId, &c.accessToken, &c.passwordToken }) {
            if (!v->isEmpty())
                m_secretValues.append(v->toUtf8());
        }
    };
    add(m_own.credentials);
    for (const Hotel &h : std::as_const(m_group)) {
        add(h.credentials);
        add(h.previous);
    }
}
