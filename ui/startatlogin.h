// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// Starting Hubbridge when the person logs in: an XDG autostart entry on Linux, the Run key of
// the current user on Windows.
namespace StartAtLogin {

bool isEnabled();
bool setEnabled(bool enabled, QString *error = nullptr);
QString location(); // where the entry lives, for messages and tests

} // namespace StartAtLogin
