// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QCoreApplication;

// The command line: `hubbridge [--data-dir DIR]` opens the window; the commands below run
// headless on the core library alone.
//   serve, sandbox, mappings import|export, history export, credentials set|status|clear
namespace Cli {

// True when argv asks for a command (or --help/--version), i.e. no window is wanted.
bool wantsCommand(int argc, char **argv);

void setApplicationInfo(); // name, organisation, version: before any QCoreApplication use
int run(QCoreApplication &app);

// For the GUI: the data directory from --data-dir, or the default.
QString dataDirFromArguments(const QStringList &arguments);

} // namespace Cli
