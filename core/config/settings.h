// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/duve/payloadpaths.h"
#include "core/hubos/deliverypolicy.h"
#include "core/net/httplistener.h" // ListenerConfig

#include <QHostAddress>
#include <QSettings>
#include <QStringList>
#include <QUrl>
#include <QVariant>
#include <memory>

// The one typed wrapper around hubbridge.ini. Every key is declared once, with its INI name and
// its default, in settings.cpp. Secrets are never stored here: see CredentialStore.
class Settings
{
public:
    enum class Key {
        HubOsUrl,
        ListenerBind,
        ListenerPort,
        ListenerMaxBodyBytes,
        ListenerIdleTimeoutMs,
        ListenerMaxConnections,
        ListenerMaxConnectionsPerAddress, // 0: no per-address cap
        ListenerAllowFrom, // networks allowed to connect (CIDR list); empty: everyone
        ListenerTlsCert, // PEM certificate (chain); with tlsKey the listener speaks HTTPS
        ListenerTlsKey, // PEM private key, unencrypted
        DeliveryAttempts,
        DeliveryBackoffMs,
        DeliveryAttemptTimeoutMs,
        DeliveryAnswerWithinMs,
        DeliveryRetrySchedule,
        DeliveryAllowPaid,
        DeliveryMaxItems,
        PayloadOrderKey,
        PayloadOrderNumber,
        PayloadReservationId,
        PayloadRoom,
        PayloadFirstName,
        PayloadLastName,
        PayloadItems,
        PayloadItemExternalId,
        PayloadItemQuantity,
        PayloadItemName,
        PayloadExternalId,
        PayloadDeliveryAt,
        PayloadSpecialRequest,
        PayloadServiceName,
        PayloadPrice,
        PayloadCurrency,
        HistoryRetentionDays,
        HistoryArchive,
        HistoryBackupsKept,
        HubOsUseSandbox, // run the built-in Hub OS sandbox and deliver to it
        ListenerStartOnLaunch, // the window starts the listener when it opens
        UiLanguage, // "" follows the system
        UiStartAtLogin,
        UiGeometry, // window geometry (QWidget::saveGeometry)
        UiLastPage, // the page shown last
        UiTrayHintShown, // the "still running in the tray" hint was shown once
        ListenerPublicUrl, // the webhook URL as Duve reaches it (proxy, tunnel); "" unknown
        // The history's database: "" the SQLite file in the data folder; postgresql://... a
        // PostgreSQL database (its password from libpq's passfile or PGPASSWORD, never here)
        StoreUrl,
        // A shared (PostgreSQL) store: how long an instance's claim on an order lasts before
        // another instance may take the order over (it died, or stalled)
        StoreClaimLeaseSeconds,
        MetricsBind, // where /metrics listens (Prometheus): not the public webhook's port
        MetricsPort, // 0: no metrics listener
        // A group's hotels: the folder of their credential files (HotelSecrets); "" hotels.d in
        // the data folder
        HotelsSecretsDir,
    };

    // dataDir holds hubbridge.ini and the database; it is created when missing.
    explicit Settings(const QString &dataDir);
    ~Settings();

    static QString defaultDataDir();
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    QString dataDir() const { return m_dataDir; }
    QString iniPath() const;
    QString databasePath() const; // the SQLite file in the data folder
    QString storeLocation() const; // [store] url, else databasePath(): HistoryStore::create's
    QHostAddress metricsBindAddress() const;
    quint16 metricsPort() const; // 0: off
    QString hotelSecretsDir() const; // absolute

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void sync();

    QUrl hubOsUrl() const;
    QHostAddress bindAddress() const;
    quint16 port() const;
    ListenerConfig listenerConfig() const; // the [listener] keys below, for HttpListener
    qint64 maxBodyBytes() const;
    int idleTimeoutMs() const;
    int maxConnections() const;
    int maxConnectionsPerAddress() const;
    QStringList allowFrom() const; // as written; HttpListener checks every entry
    QString tlsCertPath() const; // absolute (relative paths are taken from the data dir); "" unset
    QString tlsKeyPath() const;
    DeliveryPolicy deliveryPolicy() const;
    int retentionDays() const; // history older than this is pruned (0: keep forever)
    bool archiveBeforePruning() const;
    int backupsKept() const;
    PayloadPaths payloadPaths() const;
    static PayloadPaths defaultPayloadPaths();

private:
    int intValue(Key key, int minimum, int maximum) const;
    QStringList listValue(Key key) const;
    bool boolValue(Key key) const;

    QString m_dataDir;
    std::unique_ptr<QSettings> m_settings;
};
