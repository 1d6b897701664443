// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

// hubbridge hotels add|list|show|enable|disable|credentials|remove|import|export: the hotels of
// a group served by one Hubbridge (HotelRecord in the database, their credentials in
// HotelSecrets' files).
namespace HotelsCli {
int run(const QStringList &args);
}
