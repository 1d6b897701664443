// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QString>

class QPalette;

// The colours that say how things stand, in one place (what KeePassXC calls StateColorPalette).
// Two uses:
//  - fill(): the background of a chip or badge (OutcomeChip, the tray icon's badge, the chart).
//    Chips carry their own text colour (OutcomeChip::textColor), so one shade serves light and
//    dark palettes alike.
//  - text(): text drawn straight on the window (an error under a form, a notice): a darker
//    shade on a light palette, a lighter one on a dark palette, so that it stays readable.
namespace StatusPalette {

enum class Role {
    Ok, // created, running, answering
    Warning, // waiting, pending, the sandbox
    Problem, // failed, stopped, refused input
    Info, // received, in progress
    Neutral, // nothing to say yet, paused, other
};

// The one place that decides whether a palette is dark.
bool isDark(const QPalette &palette);

QColor fill(Role role);
QColor text(Role role, const QPalette &palette);

// A chip in rich text: `text` on the role's fill.
QString chipHtml(const QString &text, Role role);

} // namespace StatusPalette
