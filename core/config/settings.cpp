// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/config/settings.h"

#include "core/common/logging.h"

#include <QDir>
#include <QStandardPaths>
#include <algorithm>
#include <functional>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct KeySpec
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result.append(QString::fromLatin1(item));
    return result;
}

const std::vector<KeySpec> &specs()
{
    using K = Settings::Key;
    // In the order of Settings::Key.
    static const std::vector<KeySpec> table {
        { K::HubOsUrl, "hubos/url", QString() },
        { K::ListenerBind, "listener/bind", u"0.0.0.0"_s },
        { K::ListenerPort, "listener/port", 8080 },
        { K::ListenerMaxBodyBytes, "listener/maxBodyBytes", 1048576 },
        { K::ListenerIdleTimeoutMs, "listener/idleTimeoutMs", 10000 },
        { K::ListenerMaxConnections, "listener/maxConnections", 256 },
        { K::ListenerMaxConnectionsPerAddress, "listener/maxConnectionsPerAddress", 32 },
        { K::ListenerAllowFrom, "listener/allowFrom", QString() },
        { K::ListenerTlsCert, "listener/tlsCert", QString() },
        { K::ListenerTlsKey, "listener/tlsKey", QString() },
        { K::DeliveryAttempts, "delivery/attempts", 3 },
        { K::DeliveryBackoffMs, "delivery/backoffMs", 500 },
        { K::DeliveryAttemptTimeoutMs, "delivery/attemptTimeoutMs", 5000 },
        { K::DeliveryAnswerWithinMs, "delivery/answerWithinMs", 15000 },
        { K::DeliveryRetrySchedule, "delivery/retrySchedule",
            list({ "60", "300", "900", "1800", "3600", "7200" }) },
        { K::DeliveryAllowPaid, "delivery/allowPaid", false },
        { K::DeliveryMaxItems, "delivery/maxItems", kDefaultMaxItems },
        { K::PayloadOrderKey, "payload/orderKey", list({ "resource.order.id" }) },
        { K::PayloadOrderNumber, "payload/orderNumber", list({ "resource.order.orderId" }) },
        { K::PayloadReservationId, "payload/reservationId", list({ "resource.id" }) },
        { K::PayloadRoom, "payload/room",
            list({ "resource.roomNumber", "resource.room.number", "resource.room",
                "resource.apartmentNumber" }) },
        { K::PayloadFirstName, "payload/firstName",
            list({ "resource.verifiedFirstName", "resource.firstName" }) },
        { K::PayloadLastName, "payload/lastName",
            list({ "resource.verifiedLastName", "resource.lastName" }) },
        { K::PayloadItems, "payload/items",
            list({ "resource.order.bookingDetails.selectedVariables" }) },
        { K::PayloadItemExternalId, "payload/itemExternalId", list({ "externalId" }) },
        { K::PayloadItemQuantity, "payload/itemQuantity", list({ "amount" }) },
        { K::PayloadItemName, "payload/itemName", list({ "name" }) },
        { K::PayloadExternalId, "payload/externalId",
            list({ "resource.product.externalId", "resource.order.service.externalId" }) },
        { K::PayloadDeliveryAt, "payload/deliveryAt", list({ "resource.order.deliveryAt" }) },
        { K::PayloadSpecialRequest, "payload/specialRequest",
            list({ "resource.order.bookingDetails.specialRequest" }) },
        { K::PayloadServiceName, "payload/serviceName",
            list({ "resource.order.service.name", "resource.product.name" }) },
        { K::PayloadPrice, "payload/price", list({ "resource.order.chargeAmount" }) },
        { K::PayloadCurrency, "payload/currency", list({ "resource.order.currency" }) },
        { K::HistoryRetentionDays, "history/retentionDays", 90 },
        { K::HistoryArchive, "history/archive", false },
        { K::HistoryBackupsKept, "history/backupsKept", 7 },
        { K::HubOsUseSandbox, "hubos/useSandbox", false },
        { K::ListenerStartOnLaunch, "listener/startOnLaunch", true },
        { K::UiLanguage, "ui/language", QString() },
        { K::UiStartAtLogin, "ui/startAtLogin", false },
        { K::UiGeometry, "ui/geometry", QByteArray() },
        { K::UiLastPage, "ui/lastPage", 0 },
        { K::UiTrayHintShown, "ui/trayHintShown", false },
        { K::ListenerPublicUrl, "listener/publicUrl", QString() },
        { K::StoreUrl, "store/url", QString() },
        { K::StoreClaimLeaseSeconds, "store/claimLeaseSeconds", 60 },
        { K::MetricsBind, "metrics/bind", u"127.0.0.1"_s },
        { K::MetricsPort, "metrics/port", 0 },
        { K::HotelsSecretsDir, "hotels/secretsDir", QString() },
    };
    return table;
}

const KeySpec &spec(Settings::Key key)
{
    const auto &table = specs();
    const auto index = static_cast<std::size_t>(key);
    Q_ASSERT(index < table.size() && table[index].key == key);
    return table.at(index);
}

} // namespace

Settings::Settings(const QString &dataDir)
    : m_dataDir(QDir(dataDir).absolutePath())
{
    if (!QDir().mkpath(m_dataDir))
        qCWarning(lcSettings) << "cannot create data directory" << m_dataDir;
    m_settings = std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
}

Settings::~Settings() = default;

QString Settings::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(spec(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return spec(key).defaultValue;
}

QString Settings::iniPath() const
{
    return m_dataDir + u"/hubbridge.ini"_s;
}

QString Settings::databasePath() const
{
    return m_dataDir + u"/hubbridge.sqlite"_s;
}

QString Settings::hotelSecretsDir() const
{
    const QString dir = value(Key::HotelsSecretsDir).toString();
    return dir.isEmpty() ? m_dataDir + u"/hotels.d"_s : QDir(m_dataDir).absoluteFilePath(dir);
}

QHostAddress Settings::metricsBindAddress() const
{
    QHostAddress address;
    return address.setAddress(value(Key::MetricsBind).toString()) ? address
                                                                  : QHostAddress::LocalHost;
}

quint16 Settings::metricsPort() const
{
    return quint16(intValue(Key::MetricsPort, 0, 65535));
}

QString Settings::storeLocation() const
{
    const QString url = value(Key::StoreUrl).toString().trimmed();
    return url.isEmpty() ? databasePath() : url;
}

QVariant Settings::value(Key key) const
{
    const KeySpec &s = spec(key);
    return m_settings->value(QString::fromLatin1(s.name), s.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    const KeySpec &s = spec(key);
    if (value == s.defaultValue)
        m_settings->remove(QString::fromLatin1(s.name));
    else
        m_settings->setValue(QString::fromLatin1(s.name), value);
}

void Settings::sync()
{
    m_settings->sync();
}

int Settings::intValue(Key key, int minimum, int maximum) const
{
    bool ok = false;
    // Read wide so that a huge number is out of range instead of wrapping around.
    const qlonglong v = value(key).toString().trimmed().toLongLong(&ok);
    if (!ok || v < minimum || v > maximum) {
        qCWarning(lcSettings).noquote()
            << "ignoring invalid value for" << keyName(key) << "- using the default";
        return defaultValue(key).toInt();
    }
    return int(v);
}

bool Settings::boolValue(Key key) const
{
    const QVariant v = value(key);
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    return QStringList { u"true"_s, u"1"_s, u"yes"_s, u"on"_s }.contains(
        v.toString().trimmed().toLower());
}

QStringList Settings::listValue(Key key) const
{
    // QSettings turns "a, b" into a list; a single entry comes back as a plain string.
    QStringList result;
    const QVariant v = value(key);
    const QStringList raw
        = v.typeId() == QMetaType::QStringList ? v.toStringList() : v.toString().split(u',');
    for (const QString &item : raw) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            result.append(trimmed);
    }
    return result;
}

int Settings::retentionDays() const
{
    return intValue(Key::HistoryRetentionDays, 0, 100 * 365);
}

bool Settings::archiveBeforePruning() const
{
    return boolValue(Key::HistoryArchive);
}

int Settings::backupsKept() const
{
    return intValue(Key::HistoryBackupsKept, 1, 1000);
}

QUrl Settings::hubOsUrl() const
{
    return QUrl(value(Key::HubOsUrl).toString().trimmed());
}

QHostAddress Settings::bindAddress() const
{
    const QString text = value(Key::ListenerBind).toString().trimmed();
    QHostAddress address;
    if (text.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    if (!address.setAddress(text)) {
        // Fail closed: a typo must not open the port to every network.
        qCWarning(lcSettings).noquote()
            << "invalid listener/bind" << text << "- listening on 127.0.0.1 only";
        return QHostAddress(QHostAddress::LocalHost);
    }
    return address;
}

quint16 Settings::port() const
{
    return quint16(intValue(Key::ListenerPort, 0, 65535));
}

ListenerConfig Settings::listenerConfig() const
{
    ListenerConfig config;
    config.limits.maxBodyBytes = maxBodyBytes();
    config.limits.idleTimeoutMs = idleTimeoutMs();
    config.limits.maxConnections = maxConnections();
    config.limits.maxConnectionsPerAddress = maxConnectionsPerAddress();
    config.allowFrom = allowFrom();
    config.tlsCertPath = tlsCertPath();
    config.tlsKeyPath = tlsKeyPath();
    return config;
}

qint64 Settings::maxBodyBytes() const
{
    return intValue(Key::ListenerMaxBodyBytes, 1024, std::numeric_limits<int>::max());
}

int Settings::idleTimeoutMs() const
{
    return intValue(Key::ListenerIdleTimeoutMs, 100, 3600 * 1000);
}

int Settings::maxConnections() const
{
    return intValue(Key::ListenerMaxConnections, 1, 100000);
}

int Settings::maxConnectionsPerAddress() const
{
    return intValue(Key::ListenerMaxConnectionsPerAddress, 0, 100000);
}

QStringList Settings::allowFrom() const
{
    return listValue(Key::ListenerAllowFrom);
}

QString Settings::tlsCertPath() const
{
    const QString path = value(Key::ListenerTlsCert).toString().trimmed();
    return path.isEmpty() ? path : QDir(m_dataDir).absoluteFilePath(path);
}

QString Settings::tlsKeyPath() const
{
    const QString path = value(Key::ListenerTlsKey).toString().trimmed();
    return path.isEmpty() ? path : QDir(m_dataDir).absoluteFilePath(path);
}

DeliveryPolicy Settings::deliveryPolicy() const
{
    DeliveryPolicy policy;
    policy.attempts = intValue(Key::DeliveryAttempts, 1, 20);
    policy.backoffMs = intValue(Key::DeliveryBackoffMs, 0, 600 * 1000);
    policy.attemptTimeoutMs = intValue(Key::DeliveryAttemptTimeoutMs, 100, 600 * 1000);
    policy.answerWithinMs = intValue(Key::DeliveryAnswerWithinMs, 500, 3600 * 1000);
    for (const QString &item : listValue(Key::DeliveryRetrySchedule)) {
        bool ok = false;
        const int seconds = item.toInt(&ok);
        if (ok && seconds > 0)
            policy.retryScheduleSeconds.append(seconds);
        else
            qCWarning(lcSettings).noquote() << "ignoring retry delay" << item;
    }
    if (policy.retryScheduleSeconds.isEmpty()) {
        for (const QString &item : defaultValue(Key::DeliveryRetrySchedule).toStringList())
            policy.retryScheduleSeconds.append(item.toInt());
    }
    policy.allowPaid = boolValue(Key::DeliveryAllowPaid);
    // Each item is one Hub OS call: a guest's order has a handful. Far more is a sender's bug or
    // an abuse, and 10,000 held the event loop for 17 s (issue 14, testers' round two).
    policy.maxItems = intValue(Key::DeliveryMaxItems, 1, kMaxItemsLimit);
    // A claim outlives the longest delivery it covers (the answer's, a retry's): otherwise a
    // second instance would take over an order that is still being worked on.
    policy.claimLeaseMs = std::max(intValue(Key::StoreClaimLeaseSeconds, 1, 3600) * 1000,
        policy.answerWithinMs + kClaimLeaseMarginMs);
    return policy;
}

namespace {
PayloadPaths pathsFrom(const std::function<QStringList(Settings::Key)> &list)
{
    using K = Settings::Key;
    PayloadPaths p;
    p.orderKey = list(K::PayloadOrderKey);
    p.orderNumber = list(K::PayloadOrderNumber);
    p.reservationId = list(K::PayloadReservationId);
    p.room = list(K::PayloadRoom);
    p.firstName = list(K::PayloadFirstName);
    p.lastName = list(K::PayloadLastName);
    p.items = list(K::PayloadItems);
    p.itemExternalId = list(K::PayloadItemExternalId);
    p.itemQuantity = list(K::PayloadItemQuantity);
    p.itemName = list(K::PayloadItemName);
    p.externalId = list(K::PayloadExternalId);
    p.deliveryAt = list(K::PayloadDeliveryAt);
    p.specialRequest = list(K::PayloadSpecialRequest);
    p.serviceName = list(K::PayloadServiceName);
    p.price = list(K::PayloadPrice);
    p.currency = list(K::PayloadCurrency);
    return p;
}
} // namespace

PayloadPaths Settings::payloadPaths() const
{
    return pathsFrom([this](Key key) { return listValue(key); });
}

PayloadPaths Settings::defaultPayloadPaths()
{
    return pathsFrom([](Key key) { return defaultValue(key).toStringList(); });
}
