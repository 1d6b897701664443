// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class Runtime;

// Whether Hub OS is failing, as the window's status bar and the tray show it: the last call to
// Hub OS failed (HubOsHealth), unless that failure was the set-up wizard's own test order, which
// is a test and not a guest's order.
namespace HubOsState {

bool failing(Runtime *control);
// The last Hub OS failure was the wizard's test order (called by the wizard right after it).
void setLastFailureWasTest(Runtime *control);

} // namespace HubOsState
