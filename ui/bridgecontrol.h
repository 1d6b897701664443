#pragma once

#include "core/config/credentialstore.h"

#include <QDateTime>
#include <QObject>
#include <functional>
#include <memory>

class Bridge;
class HistoryStore;
class HubOsSandbox;
class Settings;

// What the window uses to run the bridge: the Hub OS credentials (keychain, or this session only
// when there is no keychain), the built-in Hub OS sandbox when "Use sandbox" is on, and the
// listener. Pages read and change the pipeline through this one object.
class BridgeControl : public QObject
{
    Q_OBJECT
public:
    BridgeControl(
        Settings *settings, HistoryStore *store, Bridge *bridge, QObject *parent = nullptr);
    ~BridgeControl() override;

    Settings *settings() const { return m_settings; }
    HistoryStore *store() const { return m_store; }
    Bridge *bridge() const { return m_bridge; }
    HubOsSandbox *sandbox() const { return m_sandbox.get(); }

    // Reads the keychain (asynchronously), then applies the settings. `done` runs afterwards.
    void loadCredentials(std::function<void()> done = {});
    bool credentialsLoaded() const { return m_loaded; }
    HubOsCredentials credentials() const { return m_credentials; }
    // Stores in the keychain; when that fails the credentials are kept for this session only
    // (never in the INI file) and `done` gets the reason.
    void saveCredentials(
        const HubOsCredentials &credentials, std::function<void(const QString &error)> done = {});
    QString keychainError() const { return m_keychainError; }
    bool sessionOnly() const { return !m_keychainError.isEmpty(); }

    // The settings again: delivery, payload paths, Hub OS URL or the sandbox.
    void applySettings();
    bool usesSandbox() const;
    // The credentials the bridge checks and sends: the saved ones, or the sandbox's demo
    // credentials while the sandbox runs and none are saved.
    HubOsCredentials effectiveCredentials() const;
    // True when Hub OS is not configured yet (no URL, no sandbox): the first-run wizard shows.
    bool needsSetup() const;

    bool startListener(QString *error = nullptr);
    void stopListener();
    bool restartListener(QString *error = nullptr);
    QString listenError() const { return m_listenError; }

Q_SIGNALS:
    void credentialsChanged();
    void settingsApplied();
    void listenErrorChanged(const QString &error);

private:
    void setListenError(const QString &error);

    Settings *m_settings;
    HistoryStore *m_store;
    Bridge *m_bridge;
    CredentialStore *m_keychain;
    std::unique_ptr<HubOsSandbox> m_sandbox;
    HubOsCredentials m_credentials;
    QString m_keychainError;
    QString m_listenError;
    bool m_loaded = false;
};
