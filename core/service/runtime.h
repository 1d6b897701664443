// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/config/credentialstore.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

class Bridge;
class HistoryStore;
class HttpListener;
class HubOsSandbox;
class Maintenance;
class Settings;

// The composition root: the one place that builds Hubbridge from a data folder, for
// `hubbridge serve`, `hubbridge history resend` and the window alike. It owns the settings, the
// history, the pipeline (Bridge, with its listener and outbox), maintenance, the Hub OS
// credentials (keychain, or this session only when there is no keychain) and the built-in Hub OS
// sandbox when "Use sandbox" is on — the rule that decides where orders go lives here once.
class Runtime : public QObject
{
    Q_OBJECT
public:
    explicit Runtime(const QString &dataDir, QObject *parent = nullptr);
    ~Runtime() override;

    // Opens the history and builds the pipeline. Settings may be changed before. False and a
    // plain-words `error` when the database cannot be opened (a damaged one is moved aside
    // and replaced instead: see HistoryStore::recoveryNotice).
    bool open(QString *error = nullptr);
    void startMaintenance(); // backups, retention, integrity checks

    Settings *settings() const { return m_settings.get(); }
    // What open() had to do with a damaged history (HistoryStore::recoveryNotice) and the newest
    // backup to restore from; empty when the history opened as it was.
    QString recoveryNotice() const { return m_recoveryNotice; }
    HistoryStore *store() const { return m_store.get(); }
    Bridge *bridge() const { return m_bridge.get(); }
    HubOsSandbox *sandbox() const { return m_sandbox.get(); }

    // Reads the keychain (asynchronously; the environment overrides it value by value), then
    // applies the settings. `done` runs afterwards, from the event loop.
    void loadCredentials(std::function<void()> done = {});
    bool credentialsLoaded() const { return m_loaded; }
    HubOsCredentials credentials() const { return m_credentials; }
    // Stores in the keychain; when that fails the credentials are kept for this session only
    // (never in the INI file) and `done` gets the reason.
    void saveCredentials(
        const HubOsCredentials &credentials, std::function<void(const QString &error)> done = {});
    QString keychainError() const { return m_keychainError; }
    bool sessionOnly() const { return !m_keychainError.isEmpty(); }

    // The settings again: delivery, payload paths, and where orders go — the Hub OS URL, or
    // the built-in sandbox (started on the loopback interface) while [hubos] useSandbox is on.
    void applySettings();
    bool usesSandbox() const;
    // The credentials the bridge checks and sends: the saved ones, or the sandbox's demo
    // credentials while the sandbox runs and none are saved.
    HubOsCredentials effectiveCredentials() const;
    // True when Hub OS is not configured yet (no URL, no sandbox): the first-run wizard shows.
    bool needsSetup() const;

    // Listens on the settings' address and port, or on the ones given (serve --bind/--port).
    bool startListener(QString *error = nullptr);
    bool startListener(const QHostAddress &address, quint16 port, QString *error = nullptr);
    void stopListener();
    bool restartListener(QString *error = nullptr);
    // /metrics in Prometheus' text format on [metrics] bind:port, a listener of its own (not the
    // public webhook's port). Nothing to do when the port is 0. The URL, once listening.
    // On [metrics] port, or on `portOverride` (serve --metrics-port: instances sharing a data
    // folder); port 0: none.
    bool startMetrics(QString *error = nullptr, std::optional<quint16> portOverride = {});
    QUrl metricsUrl() const;
    // The /metrics answer: this instance, its requests, Hub OS, the outbox and the store.
    QByteArray metricsText() const;
    QString listenError() const { return m_listenError; }

Q_SIGNALS:
    void credentialsChanged();
    void settingsApplied();
    void listenErrorChanged(const QString &error);

private:
    void setListenError(const QString &error);
    bool finishStart(bool ok, const QString &why, QString *error);

    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<Bridge> m_bridge;
    std::unique_ptr<Maintenance> m_maintenance;
    QString m_recoveryNotice;
    std::unique_ptr<HubOsSandbox> m_sandbox;
    std::unique_ptr<HttpListener> m_metrics;
    CredentialStore *m_keychain;
    HubOsCredentials m_credentials;
    QString m_keychainError;
    QString m_listenError;
    bool m_loaded = false;
};
