// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/common/logging.h"

Q_LOGGING_CATEGORY(lcListener, "hubbridge.listener", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGuard, "hubbridge.guard", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPayload, "hubbridge.payload", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDelivery, "hubbridge.delivery", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHubOs, "hubbridge.hubos", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "hubbridge.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "hubbridge.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "hubbridge.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "hubbridge.cli", QtInfoMsg)
