// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/widgets/hubosstate.h"

#include "core/delivery/bridge.h"
#include "core/hubos/huboshealth.h"
#include "core/service/runtime.h"

#include <QDateTime>
#include <QVariant>

namespace {
// Kept on the runtime, for the window opened after the wizard: when the wizard's test failed.
constexpr char kTestFailureAt[] = "hubbridgeTestFailureAt";
} // namespace

bool HubOsState::failing(Runtime *control)
{
    const HubOsHealth *health = control->bridge()->hubOsHealth();
    if (!health->isFailing())
        return false;
    return health->lastErrorAt() != control->property(kTestFailureAt).toDateTime();
}

void HubOsState::setLastFailureWasTest(Runtime *control)
{
    control->setProperty(kTestFailureAt, control->bridge()->hubOsHealth()->lastErrorAt());
}
