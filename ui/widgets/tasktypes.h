// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// The Hub OS task types of HubOsTaskTypes::catalogue() as the window shows them: in the interface
// language. What is stored and sent to Hub OS stays the type number.
namespace TaskTypes {
// The translated name of task type `id`; empty when the catalogue does not know it.
QString name(int id);
} // namespace TaskTypes
