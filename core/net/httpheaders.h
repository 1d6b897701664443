// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

// HTTP header fields in arrival order, names as sent, values trimmed.
using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

namespace Http {

inline constexpr char kRedacted[] = "***";

// Whether a header name is `normalized` (lower case, '_' for '-'), ignoring case, the choice
// between '-' and '_', and surrounding blanks. Runs for every header of every request: no copies.
bool nameIs(QByteArrayView name, const char *normalized);

// True for header names whose values are secrets (Duve's custom credential headers in both
// spellings, Hub OS credential headers, Authorization, Cookie).
bool isSecretHeader(const QByteArray &name);

// The headers with every secret value replaced by kRedacted.
HttpHeaders redacted(const HttpHeaders &headers);

// The headers with every value that holds one of `secrets` replaced by kRedacted, whatever
// the header is called: credentials sent under a misspelled or foreign name
// (custom__hotel_id, X-Api-Key, Authorization: Bearer ...) never reach the history in clear.
// Secrets shorter than 4 bytes are matched whole only.
HttpHeaders withoutSecretValues(const HttpHeaders &headers, const QList<QByteArray> &secrets);

} // namespace Http
