// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

// What a word is to the history's search, for both engines, so that they find the same entries:
// SQLite's index (unicode61, diacritics removed) and its scan of the newest entries, and
// PostgreSQL's tsvector, built from this folded text.
namespace SearchWords {

// Text as the search sees it: lower case, no diacritics ("Müller" -> "muller"), every character
// that is not a letter or digit a space, a space in front (so that instr(folded, ' ' || word)
// finds words starting with `word`).
QString fold(const QString &text);

// The folded words of what staff typed; an entry matches when each starts a word of its text.
QStringList words(const QString &typed);

} // namespace SearchWords
