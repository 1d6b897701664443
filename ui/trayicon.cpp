// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/trayicon.h"

#include "core/delivery/bridge.h"
#include "core/hubos/huboshealth.h"
#include "core/service/runtime.h"
#include "core/store/historystore.h"
#include "ui/widgets/confirm.h"
#include "ui/widgets/hubosstate.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/statuspalette.h"

#include <QAction>
#include <QMenu>
#include <QPointer>
#include <QWidget>

using namespace Qt::StringLiterals;

TrayIcon::TrayIcon(Runtime *control, QObject *parent)
    : QSystemTrayIcon(parent)
    , m_control(control)
{
    auto *menu = new QMenu();
    connect(this, &QObject::destroyed, menu, &QObject::deleteLater);
    m_open = menu->addAction(tr("&Open Hubbridge"));
    m_pause = menu->addAction(tr("&Pause listener"));
    m_pause->setCheckable(true);
    menu->addSeparator();
    m_quit = menu->addAction(tr("&Quit"));
    setContextMenu(menu);

    connect(m_open, &QAction::triggered, this, &TrayIcon::openRequested);
    connect(m_quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    connect(m_pause, &QAction::triggered, this, [this](bool paused) {
        if (!paused) {
            m_control->startListener();
            refresh();
            return;
        }
        refresh(); // unticked until confirmed
        QPointer<TrayIcon> self(this);
        Confirm::askBeforeStopping(
            qobject_cast<QWidget *>(this->parent()), Confirm::Stop::Listener, [self] {
                if (!self)
                    return;
                self->m_control->stopListener();
                self->refresh();
            });
    });
    connect(this, &QSystemTrayIcon::activated, this, [this](ActivationReason reason) {
        if (reason == Trigger || reason == DoubleClick)
            Q_EMIT openRequested();
    });
    connect(this, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_lastFailedEntry > 0)
            Q_EMIT entryRequested(m_lastFailedEntry);
        else
            Q_EMIT openRequested();
    });
    Bridge *bridge = control->bridge();
    connect(bridge, &Bridge::answered, this, &TrayIcon::answered);
    connect(bridge, &Bridge::listeningChanged, this, &TrayIcon::refresh);
    connect(bridge->hubOsHealth(), &HubOsHealth::failed, this, &TrayIcon::refresh);
    connect(bridge, &Bridge::workCountsChanged, this, [this](int pending, int failed) {
        m_pending = pending;
        m_failed = failed;
        refresh();
    });
    const ProblemCounts counts = control->store()->problemCounts();
    m_pending = counts.retrying;
    m_failed = counts.needsAttention;
    refresh();
    if (QSystemTrayIcon::isSystemTrayAvailable())
        show();
}

QColor TrayIcon::colorFor(State state)
{
    using Role = StatusPalette::Role;
    switch (state) {
    case State::Ok:
        return StatusPalette::fill(Role::Ok);
    case State::Waiting:
        return StatusPalette::fill(Role::Warning);
    case State::Problem:
        return StatusPalette::fill(Role::Problem);
    case State::Paused:
        break;
    }
    return StatusPalette::fill(Role::Neutral);
}

void TrayIcon::refresh()
{
    Bridge *bridge = m_control->bridge();
    const bool listening = bridge->isListening();
    // Not for the set-up wizard's own test order: it is no guest's.
    const bool hubOsFailing = HubOsState::failing(m_control);
    State state = State::Ok;
    QString tip;
    if (!listening) {
        state = State::Paused;
        tip = tr("Hubbridge: the listener is stopped; Duve's orders are not received.");
    } else if (hubOsFailing || m_failed > 0) {
        state = State::Problem;
        tip = hubOsFailing
            ? tr("Hubbridge: Hub OS is failing (%1)").arg(bridge->hubOsHealth()->lastError())
            : tr("Hubbridge: %n order(s) could not be delivered", nullptr, m_failed);
    } else if (m_pending > 0) {
        state = State::Waiting;
        tip = tr("Hubbridge: %n order(s) waiting for Hub OS", nullptr, m_pending);
    } else {
        tip = tr("Hubbridge: listening on port %1").arg(bridge->port());
    }
    const QSignalBlocker block(m_pause);
    m_pause->setChecked(!listening);
    m_pause->setText(listening ? tr("&Pause listener") : tr("&Resume listener"));
    setToolTip(tip);
    if (!m_stateKnown || state != m_state)
        setIcon(Icons::app(colorFor(state)));
    m_state = state;
    m_stateKnown = true;
}

void TrayIcon::showHint()
{
    notify(tr("Hubbridge is still running"),
        tr("Orders from Duve keep arriving while the window is closed. Use the tray icon to "
           "open the window or quit."),
        Information);
}

void TrayIcon::answered(qint64 entryId, const DuveAnswer &answer)
{
    // A guest's order that needs someone (not other traffic): who, where, and why in the
    // staff's language.
    const bool problem = (answer.outcome == Outcome::Failed || answer.outcome == Outcome::Rejected)
        && !answer.reason.isNone() && !answer.reason.isOtherTraffic();
    if (problem) {
        m_lastFailedEntry = entryId;
        QString text = answer.reason.text();
        if (const std::optional<HistoryEntry> e = m_control->store()->entry(entryId)) {
            if (!e->guest.isEmpty() || !e->room.isEmpty())
                text = tr("%1, room %2").arg(e->guest, e->room) + u'\n' + text;
        }
        notify(tr("An order could not be sent to Hub OS"), text, Critical);
    }
    refresh();
}

void TrayIcon::notify(const QString &title, const QString &text, MessageIcon icon)
{
    m_lastNotification = title + u": "_s + text;
    if (isVisible() && supportsMessages())
        showMessage(title, text, icon, 10000);
}
