// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSystemTrayIcon>

class Runtime;
class QAction;
struct DuveAnswer;

// The system tray: its colour tells the state (green: listening and Hub OS fine, amber: orders
// waiting for a retry, red: Hub OS failing or orders given up, grey: paused), it notifies when
// an order fails, and its menu opens the window, pauses the listener or quits.
class TrayIcon : public QSystemTrayIcon
{
    Q_OBJECT
public:
    enum class State { Ok, Waiting, Problem, Paused };

    explicit TrayIcon(Runtime *control, QObject *parent = nullptr);

    State state() const { return m_state; }
    QAction *openAction() const { return m_open; }
    QAction *pauseAction() const { return m_pause; }
    QAction *quitAction() const { return m_quit; }
    QString lastNotification() const { return m_lastNotification; }

    void refresh();
    void showHint(); // "Hubbridge keeps running here", once
    static QColor colorFor(State state);

Q_SIGNALS:
    void openRequested();
    void quitRequested();
    void entryRequested(qint64 id);

private:
    void answered(qint64 entryId, const DuveAnswer &answer);
    void notify(const QString &title, const QString &text, QSystemTrayIcon::MessageIcon icon);

    Runtime *m_control;
    QAction *m_open;
    QAction *m_pause;
    QAction *m_quit;
    State m_state = State::Paused;
    bool m_stateKnown = false;
    int m_pending = 0;
    int m_failed = 0;
    qint64 m_lastFailedEntry = 0;
    QString m_lastNotification;
};
