// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QWidget;

// One front-desk window per person and data folder. The first start listens on a local socket
// (a Unix socket in the user's runtime folder, a named pipe on Windows) whose name is derived
// from the user and the data folder; a second start connects to it, asks the first to come to
// the front, and is told to exit. Another data folder is another instance. `serve` and the
// other commands do not use this.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Becomes the running instance (true), or asks the running one to show its window and
    // returns false: the caller should then exit. A socket left behind by a crashed instance is
    // removed and taken over.
    bool claim();
    bool isPrimary() const { return m_server != nullptr; }

    // The local socket name for a data folder and the current user (stable per user and folder).
    static QString serverNameFor(const QString &dataDir);
    QString serverName() const { return m_name; }

    // Shows `window` normally and gives it the focus; without one, every visible top-level
    // window (e.g. the first-run wizard) is raised.
    static void bringToFront(QWidget *window);

Q_SIGNALS:
    // Another start of the window asked this one to come to the front.
    void activationRequested();

private:
    bool signalRunning(int timeoutMs);
    bool listen();

    QString m_name;
    QLocalServer *m_server = nullptr;
};
