// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/mapping/mapping.h" // ImportMode

#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class QWidget;

// Asks before an action, window-modal and without blocking: Cancel and a button named `action`;
// `confirmed` runs only when that button is pressed. A destructive action gets Cancel as the
// default button, a safe one its own button.
namespace Confirm {

enum class Kind { Destructive, Safe };

void ask(QWidget *parent, Kind kind, const QString &title, const QString &question,
    const QString &details, const QString &action, std::function<void()> confirmed);

// What stops Duve's orders from being received: the listener stopped (or paused), or Hubbridge
// quit.
enum class Stop { Listener, Quit };

// Before such a step: says that Duve's orders are refused until Hubbridge listens again and
// asks, Cancel being the default. For every "Stop listener", "Pause listener" and "Quit".
void askBeforeStopping(QWidget *parent, Stop what, std::function<void()> confirmed);

// The question before a CSV import into a table (the mappings, the room names): what the file
// would change, compared with the table, and how to import it. Every text is the caller's (in its
// own translation context).
struct ImportQuestion
{
    QString title;
    QString question; // "Import 4 mappings from file.csv?"
    QStringList comparison; // the first line, then one line per count
    bool removes = false; // the table holds rows the file does not: offer "Replace"
    QString replaceWarning; // when it removes: what replacing does to them
    QString importLabel; // the one button when nothing would be removed
    QString replaceLabel; // "Replace the table"
    QString mergeLabel; // "Add and update only"
    QStringList details; // one line per row added, changed or not in the file
};

// Opens it window-modal over `parent` without blocking; `answered` gets the mode chosen (Merge
// for the one button of an import that removes nothing), or nothing when it was cancelled.
void askImport(QWidget *parent, const ImportQuestion &question,
    std::function<void(std::optional<ImportMode>)> answered);

} // namespace Confirm
