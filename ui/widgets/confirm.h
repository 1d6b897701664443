// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <functional>

class QWidget;

// Asks before an action, window-modal and without blocking: Cancel and a button named `action`;
// `confirmed` runs only when that button is pressed. A destructive action gets Cancel as the
// default button, a safe one its own button.
namespace Confirm {

enum class Kind { Destructive, Safe };

void ask(QWidget *parent, Kind kind, const QString &title, const QString &question,
    const QString &details, const QString &action, std::function<void()> confirmed);

// What stops Duve's orders from being received: the listener stopped (or paused), or Hubbridge
// quit.
enum class Stop { Listener, Quit };

// Before such a step: says that Duve's orders are refused until Hubbridge listens again and
// asks, Cancel being the default. For every "Stop listener", "Pause listener" and "Quit".
void askBeforeStopping(QWidget *parent, Stop what, std::function<void()> confirmed);

} // namespace Confirm
