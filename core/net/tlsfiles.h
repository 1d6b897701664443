// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSslConfiguration>
#include <QString>

// [listener] tlsCert / tlsKey: the PEM files HTTPS is served with.
namespace TlsFiles {

// Reads a PEM certificate (chain) and its unencrypted PEM private key and checks them:
// readable, certificate valid now (not expired, not future), key belonging to the
// certificate (RSA and EC keys are compared; other types are left to the TLS handshake).
// Returns a TLS 1.2+ server configuration, or a null one and a plain-words `error`.
QSslConfiguration load(const QString &certPath, const QString &keyPath, QString *error);

} // namespace TlsFiles
