#include "ui/bridgecontrol.h"

#include "core/config/settings.h"
#include "core/delivery/bridge.h"
#include "core/hubos/hubosclient.h"
#include "core/hubos/hubossandbox.h"
#include "core/store/historystore.h"

using namespace Qt::StringLiterals;

BridgeControl::BridgeControl(
    Settings *settings, HistoryStore *store, Bridge *bridge, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_store(store)
    , m_bridge(bridge)
    , m_keychain(new CredentialStore(this))
{ }

BridgeControl::~BridgeControl() = default;

void BridgeControl::loadCredentials(std::function<void()> done)
{
    m_keychain->load([this, done](const HubOsCredentials &c, const QString &error) {
        m_credentials = c;
        m_keychainError = error;
        m_loaded = true;
        applySettings();
        Q_EMIT credentialsChanged();
        if (done)
            done();
    });
}

void BridgeControl::saveCredentials(
    const HubOsCredentials &credentials, std::function<void(const QString &)> done)
{
    m_credentials = credentials;
    applySettings();
    Q_EMIT credentialsChanged();
    m_keychain->save(credentials, [this, done](const QString &error) {
        m_keychainError = error;
        Q_EMIT credentialsChanged();
        if (done)
            done(error);
    });
}

bool BridgeControl::usesSandbox() const
{
    return m_settings->value(Settings::Key::HubOsUseSandbox).toBool();
}

HubOsCredentials BridgeControl::effectiveCredentials() const
{
    if (usesSandbox() && !m_credentials.isComplete())
        return HubOsSandbox::defaultCredentials();
    return m_credentials;
}

bool BridgeControl::needsSetup() const
{
    return m_settings->hubOsUrl().isEmpty() && !usesSandbox();
}

void BridgeControl::applySettings()
{
    m_bridge->reloadSettings();
    if (usesSandbox()) {
        if (!m_sandbox) {
            m_sandbox = std::make_unique<HubOsSandbox>();
            QString error;
            if (!m_sandbox->listen(QHostAddress::LocalHost, 0, &error)) {
                m_sandbox.reset();
                setListenError(tr("The Hub OS sandbox cannot start: %1").arg(error));
            }
        }
    } else {
        m_sandbox.reset();
    }
    const HubOsCredentials credentials = effectiveCredentials();
    if (m_sandbox) {
        m_sandbox->setCredentials(credentials);
        // The sandbox stands in for Hub OS: the bridge delivers to it instead of the URL.
        m_bridge->hubOsClient()->setBaseUrl(m_sandbox->url());
    }
    m_bridge->setCredentials(credentials);
    Q_EMIT settingsApplied();
}

bool BridgeControl::startListener(QString *error)
{
    if (m_bridge->isListening())
        return true;
    QString why;
    const bool ok = m_bridge->start(&why);
    setListenError(ok ? QString() : why);
    if (error)
        *error = why;
    return ok;
}

void BridgeControl::stopListener()
{
    m_bridge->stop();
}

bool BridgeControl::restartListener(QString *error)
{
    m_bridge->stop();
    return startListener(error);
}

void BridgeControl::setListenError(const QString &error)
{
    if (m_listenError == error)
        return;
    m_listenError = error;
    Q_EMIT listenErrorChanged(error);
}
