// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/singleinstance.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QWidget>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSingle, "hubbridge.ui.instance", QtWarningMsg)

namespace {
const QByteArray kActivate = "activate\n";
const QByteArray kAcknowledge = "ok\n";
constexpr int kConnectTimeoutMs = 1000;

QString userIdentity()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    return qEnvironmentVariable("USERDOMAIN") + u'\\' + qEnvironmentVariable("USERNAME");
#endif
}
} // namespace

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_name(serverNameFor(dataDir))
{ }

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close(); // removes the socket file
}

QString SingleInstance::serverNameFor(const QString &dataDir)
{
    const QFileInfo info(dataDir);
    QString folder = info.canonicalFilePath(); // resolves links; empty while it does not exist
    if (folder.isEmpty())
        folder = QDir::cleanPath(info.absoluteFilePath());
#ifdef Q_OS_WIN
    folder = folder.toLower();
#endif
    const QByteArray key = (userIdentity() + u'\n' + folder).toUtf8();
    const QString id = QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(20));
#ifdef Q_OS_UNIX
    // The per-user runtime folder (XDG_RUNTIME_DIR, mode 0700) rather than the shared /tmp,
    // where Qt puts plain names. Without it (no login session) /tmp it is; the name still
    // holds the user id, and the socket is the user's only (UserAccessOption).
    if (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) {
        const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
        if (!runtime.isEmpty())
            return runtime + u"/hubbridge-"_s + id + u".sock"_s;
    }
#endif
    return u"hubbridge-"_s + id;
}

bool SingleInstance::signalRunning(int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
#ifdef Q_OS_WIN
    // Lets the running instance take the foreground, which Windows otherwise keeps for us.
    AllowSetForegroundWindow(ASFW_ANY);
#endif
    socket.write(kActivate);
    socket.waitForBytesWritten(timeoutMs);
    // Someone accepted the connection, so an instance is alive. It answers once its event loop
    // runs; a busy one (still opening a large history) gets the message later all the same.
    const QDeadlineTimer deadline(timeoutMs);
    while (!socket.canReadLine() && !deadline.hasExpired()
        && socket.state() == QLocalSocket::ConnectedState)
        socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    if (socket.canReadLine() && socket.readLine() == kAcknowledge)
        qCInfo(lcSingle) << "the running instance was asked to show its window";
    else
        qCInfo(lcSingle) << "the running instance did not answer yet";
    socket.disconnectFromServer();
    return true;
}

bool SingleInstance::listen()
{
    auto server = std::make_unique<QLocalServer>(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_name)) {
        qCInfo(lcSingle) << "cannot listen on" << m_name << server->errorString();
        return false;
    }
    connect(server.get(), &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            auto handle = [this, socket] {
                while (socket->canReadLine()) {
                    if (socket->readLine() != kActivate)
                        continue;
                    if (socket->state() == QLocalSocket::ConnectedState)
                        socket->write(kAcknowledge);
                    Q_EMIT activationRequested();
                }
            };
            connect(socket, &QLocalSocket::readyRead, this, handle);
            handle(); // what arrived before the connection was picked up
        }
    });
    m_server = server.release();
    return true;
}

bool SingleInstance::claim()
{
    if (m_server)
        return true;
    if (signalRunning(kConnectTimeoutMs))
        return false;
    if (listen())
        return true;
    // The name is taken: either an instance that started at the same moment (it answers now)
    // or a socket file left behind by one that crashed (nobody answers): remove and retry.
    if (signalRunning(kConnectTimeoutMs))
        return false;
    qCInfo(lcSingle) << "removing the stale socket" << m_name;
    QLocalServer::removeServer(m_name);
    if (listen())
        return true;
    // Still no socket (unwritable runtime folder, ...): run without single-instance support
    // rather than refusing to open the window.
    qCWarning(lcSingle) << "single instance disabled: cannot listen on" << m_name;
    return true;
}

void SingleInstance::bringToFront(QWidget *window)
{
    QList<QWidget *> windows;
    if (window) {
        windows.append(window);
    } else {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->isVisible() && w->isWindow())
                windows.append(w);
        }
    }
    for (QWidget *w : windows) {
        if (w->isMinimized() || !w->isVisible())
            w->showNormal();
        w->raise();
        w->activateWindow();
    }
}
