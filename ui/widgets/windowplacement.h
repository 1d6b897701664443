// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QRect>

// Where a window opens the first time, before it has a remembered geometry: its preferred size,
// centred, when that fits in the screen's available area (the screen without taskbars and
// panels) together with the window frame; otherwise maximized, which the window manager fits
// to that area exactly, title bar and all.
namespace WindowPlacement {

struct Placement
{
    QRect geometry; // the normal (not maximized) geometry, inside `available`
    bool maximized = false;
};

// Room kept for the frame the window manager adds (title bar, borders), which is not known
// before the window is shown.
inline constexpr int kFrameWidth = 16;
inline constexpr int kFrameHeight = 48;

Placement firstStart(const QRect &available, const QSize &preferred, const QSize &minimum);

} // namespace WindowPlacement
