// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/service/runtime.h"

#include "core/common/metrics.h"
#include "core/config/settings.h"
#include "core/delivery/bridge.h"
#include "core/hubos/hubosclient.h"
#include "core/hubos/hubossandbox.h"
#include "core/net/httpanswer.h"
#include "core/net/httplistener.h"
#include "core/store/historystore.h"
#include "core/upkeep/maintenance.h"

#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

Runtime::Runtime(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<Settings>(dataDir))
    , m_keychain(new CredentialStore(this))
{ }

Runtime::~Runtime()
{
    m_maintenance.reset();
    if (m_bridge)
        m_bridge->stop();
    m_bridge.reset();
    m_sandbox.reset();
    if (m_store)
        m_store->close();
}

bool Runtime::open(QString *error)
{
    m_store = HistoryStore::create(m_settings->storeLocation());
    QString why;
    if (!m_store->open(&why)) {
        if (error)
            *error = tr("The history database %1 cannot be opened: %2")
                         .arg(HistoryStore::displayLocation(m_settings->storeLocation()), why);
        m_store.reset();
        return false;
    }
    m_bridge = std::make_unique<Bridge>(m_settings.get(), m_store.get());
    m_recoveryNotice = m_store->recoveryNotice();
    if (!m_recoveryNotice.isEmpty()) {
        const QString backup = Maintenance::newestBackup(*m_settings);
        m_recoveryNotice += u' '
            + (backup.isEmpty() ? tr("There is no backup to restore from.")
                                : tr("The newest backup, checked when it was made, is %1 (%2).")
                                      .arg(backup,
                                          QLocale().toString(QFileInfo(backup).lastModified(),
                                              QLocale::ShortFormat)));
    }
    return true;
}

void Runtime::startMaintenance()
{
    if (!m_store || m_maintenance)
        return;
    m_maintenance = std::make_unique<Maintenance>(m_settings.get(), m_store.get());
    m_maintenance->start();
}

void Runtime::loadCredentials(std::function<void()> done)
{
    // From the event loop even when the environment answers at once: `done` may start the
    // listener or end the program, which must not happen before the caller's exec().
    QMetaObject::invokeMethod(
        this,
        [this, done] {
            m_keychain->load([this, done](const HubOsCredentials &c, const QString &error) {
                m_credentials = c;
                m_keychainError = error;
                m_loaded = true;
                applySettings();
                Q_EMIT credentialsChanged();
                if (done)
                    done();
            });
        },
        Qt::QueuedConnection);
}

void Runtime::saveCredentials(
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

bool Runtime::usesSandbox() const
{
    return m_settings->value(Settings::Key::HubOsUseSandbox).toBool();
}

HubOsCredentials Runtime::effectiveCredentials() const
{
    if (usesSandbox() && !m_credentials.isComplete())
        return HubOsSandbox::defaultCredentials();
    return m_credentials;
}

bool Runtime::needsSetup() const
{
    return m_settings->hubOsUrl().isEmpty() && !usesSandbox();
}

void Runtime::applySettings()
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

bool Runtime::startListener(QString *error)
{
    if (m_bridge->isListening())
        return true;
    QString why;
    const bool ok = m_bridge->start(&why);
    return finishStart(ok, why, error);
}

bool Runtime::startListener(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_bridge->isListening())
        return true;
    QString why;
    const bool ok = m_bridge->start(address, port, &why);
    return finishStart(ok, why, error);
}

bool Runtime::finishStart(bool ok, const QString &why, QString *error)
{
    setListenError(ok ? QString() : why);
    if (error)
        *error = why;
    return ok;
}

bool Runtime::startMetrics(QString *error, std::optional<quint16> portOverride)
{
    const quint16 port = portOverride.value_or(m_settings->metricsPort());
    if (port == 0 || m_metrics)
        return true;
    m_metrics = std::make_unique<HttpListener>();
    m_metrics->setHandler([this](const HttpRequest &request, HttpReply reply) {
        if (request.path != u"/metrics"_s)
            return reply.send(404, HttpAnswer::errorBody(u"NOT_FOUND"_s, u"Only /metrics here."_s));
        if (request.method != "GET" && request.method != "HEAD")
            return reply.send(
                405, HttpAnswer::errorBody(u"METHOD_NOT_ALLOWED"_s, u"GET /metrics"_s));
        reply.send(
            200, metricsText(), { { "Content-Type", "text/plain; version=0.0.4; charset=utf-8" } });
    });
    QString why;
    if (!m_metrics->listen(m_settings->metricsBindAddress(), port, &why)) {
        m_metrics.reset();
        if (error)
            *error = tr("The metrics listener cannot start: %1").arg(why);
        return false;
    }
    return true;
}

QUrl Runtime::metricsUrl() const
{
    if (!m_metrics || !m_metrics->isListening())
        return QUrl();
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_settings->metricsBindAddress().toString());
    url.setPort(m_metrics->port());
    url.setPath(u"/metrics"_s);
    return url;
}

QByteArray Runtime::metricsText() const
{
    QByteArray out;
    Metrics::gauge(out, "hubbridge_up", "1 while this Hubbridge runs.", 1);
    Metrics::header(out, "hubbridge_build_info", "The version of this Hubbridge.", "gauge");
    Metrics::sample(out, "hubbridge_build_info",
        { { "version", QStringLiteral(HUBBRIDGE_VERSION) },
            { "store",
                HistoryStore::isServerUrl(m_settings->storeLocation()) ? u"postgresql"_s
                                                                       : u"sqlite"_s } },
        1);
    if (m_bridge)
        m_bridge->writeMetrics(out);
    return out;
}

void Runtime::stopListener()
{
    m_bridge->stop();
}

bool Runtime::restartListener(QString *error)
{
    m_bridge->stop();
    return startListener(error);
}

void Runtime::setListenError(const QString &error)
{
    if (m_listenError == error)
        return;
    m_listenError = error;
    Q_EMIT listenErrorChanged(error);
}
