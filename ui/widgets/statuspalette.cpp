// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/widgets/statuspalette.h"

#include "ui/widgets/outcomechip.h"

#include <QPalette>

bool StatusPalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor StatusPalette::fill(Role role)
{
    switch (role) {
    case Role::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case Role::Warning:
        return QColor(0xf9, 0xa8, 0x25);
    case Role::Problem:
        return QColor(0xc6, 0x28, 0x28);
    case Role::Info:
        return QColor(0x15, 0x65, 0xc0);
    case Role::Neutral:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QColor StatusPalette::text(Role role, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (role) {
    case Role::Ok:
        return dark ? QColor(0x81, 0xc7, 0x84) : fill(role);
    case Role::Warning: // the yellow fill is too light for text on white
        return dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0xa0, 0x6a, 0x00);
    case Role::Problem:
        return dark ? QColor(0xff, 0x8a, 0x80) : fill(role);
    case Role::Info:
        return dark ? QColor(0x90, 0xca, 0xf9) : fill(role);
    case Role::Neutral:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QString StatusPalette::chipHtml(const QString &text, Role role)
{
    return OutcomeChip::html(text, fill(role));
}
