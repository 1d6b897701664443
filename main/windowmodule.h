// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Opens the front-desk window from its module (hubbridge-window.so, main/window.cpp): next to
// the executable in a build tree, in HUBBRIDGE_WINDOW_MODULE_DIR (relative to the executable's
// folder) once installed. Returns the window's exit code, or 1 with a line on standard error when
// the module is missing or cannot be loaded (a headless install: the commands still work).
namespace WindowModule {

inline constexpr char entryPoint[] = "hubbridge_window_run";
using Entry = int (*)(int argc, char **argv, const char *dataDir);

int run(int argc, char **argv, const QString &dataDir);

} // namespace WindowModule
