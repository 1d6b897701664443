// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSslCipher>
#include <QSslConfiguration>
#include <QString>

// [listener] tlsCert / tlsKey: the PEM files HTTPS is served with.
namespace TlsFiles {

// Reads a PEM certificate (chain) and its unencrypted PEM private key and checks them:
// readable, certificate valid now (not expired, not future), key belonging to the
// certificate (RSA and EC keys are compared; other types are left to the TLS handshake).
// Returns a TLS 1.2+ server configuration offering strongCiphers() only, or a null one and a
// plain-words `error`.
QSslConfiguration load(const QString &certPath, const QString &keyPath, QString *error);

// The forward-secret AEAD suites of `offered`: TLS 1.3's, and TLS 1.2's (EC)DHE with AES-GCM or
// ChaCha20-Poly1305 (no CBC, no static RSA key exchange).
QList<QSslCipher> strongCiphers(const QList<QSslCipher> &offered);

} // namespace TlsFiles
