// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QIcon>

// The application's icons. The app icon is resources/icons/hubbridge.svg rendered with
// QSvgRenderer; the page glyphs are drawn with QPainter so that they follow the palette.
namespace Icons {

enum class Glyph { Overview, History, Mappings, Settings, Copy, Eye };

// The bridge-and-bell mark on a round badge of `badge` colour (the tray shows state by colour).
QIcon app(const QColor &badge = QColor(0x1e, 0x88, 0xe5));
// A page glyph in `color` (usually the palette's text colour).
QIcon glyph(Glyph glyph, const QColor &color);

} // namespace Icons
