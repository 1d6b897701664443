// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The front-desk window as a module that `hubbridge` loads only when it opens the window
// (main/windowmodule.cpp). `hubbridge serve` and the other commands so never map Qt Widgets,
// Gui, Charts, OpenGL or X11: about 6 MB of resident memory a headless service has no use for.
// The module carries its own copy of the core, so it installs its own message handler: the
// order and hotel a log line names are kept in that copy. The application's name and version are
// QtCore's, already set by the executable.
#include "core/common/logging.h"
#include "main/windowmodule.h"
#include "ui/gui.h"

#include <QString>

extern "C" Q_DECL_EXPORT int hubbridge_window_run(int argc, char **argv, const char *dataDir)
{
    Log::install(Log::formatFromEnvironment());
    return Gui::run(argc, argv, QString::fromUtf8(dataDir));
}
