// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/widgets/windowplacement.h"

#include <algorithm>

WindowPlacement::Placement WindowPlacement::firstStart(
    const QRect &available, const QSize &preferred, const QSize &minimum)
{
    const QSize room(std::max(0, available.width() - kFrameWidth),
        std::max(0, available.height() - kFrameHeight));
    Placement placement;
    QSize size = preferred;
    if (preferred.width() > room.width() || preferred.height() > room.height()) {
        placement.maximized = true;
        size = preferred.boundedTo(room).expandedTo(minimum);
    }
    placement.geometry = QRect(QPoint(0, 0), size);
    // Centred with its frame: most of the frame is the title bar, above the window's area.
    placement.geometry.moveCenter(available.center() + QPoint(0, kFrameHeight / 2 - 8));
    // A window larger than the area (its minimum does not fit) starts at the area's top left,
    // so that its title bar can be reached.
    placement.geometry.moveTopLeft(QPoint(std::max(placement.geometry.left(), available.left()),
        std::max(placement.geometry.top(), available.top())));
    return placement;
}
