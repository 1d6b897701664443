// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace Gui {
// Creates the QApplication, opens the front-desk window for the data folder `dataDir` (the
// first-run wizard before it on a fresh installation) and runs the event loop.
int run(int argc, char **argv, const QString &dataDir);

// Languages the window can be shown in: code ("de") and the language's own name.
QList<QPair<QString, QString>> availableLanguages();
// Installs the translators for `code` ("" follows the system). Needs a QCoreApplication.
void installTranslations(const QString &code);
} // namespace Gui
