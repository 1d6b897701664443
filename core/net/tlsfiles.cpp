// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/net/tlsfiles.h"

#include "core/common/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace {

// --- Minimal DER reading, enough to compare an RSA or EC private key with a public key. ---

struct Der
{
    QByteArrayView data;
    qsizetype pos = 0;

    // Reads one TLV; false when malformed. `content` views into data.
    bool next(uchar *tag, QByteArrayView *content, QByteArrayView *whole = nullptr)
    {
        const qsizetype start = pos;
        if (pos + 2 > data.size())
            return false;
        *tag = uchar(data[pos++]);
        qsizetype length = uchar(data[pos++]);
        if (length & 0x80) {
            const int bytes = length & 0x7f;
            if (bytes == 0 || bytes > 4 || pos + bytes > data.size())
                return false;
            length = 0;
            for (int i = 0; i < bytes; ++i)
                length = (length << 8) | uchar(data[pos++]);
        }
        if (length < 0 || pos + length > data.size())
            return false;
        *content = data.sliced(pos, length);
        pos += length;
        if (whole)
            *whole = data.sliced(start, pos - start);
        return true;
    }
};

// The public part of a SubjectPublicKeyInfo: for RSA the modulus and exponent TLVs, for EC the
// point. Empty when it cannot be read.
QByteArray publicMaterialOfSpki(const QByteArray &der)
{
    Der outer { der };
    uchar tag = 0;
    QByteArrayView spki;
    if (!outer.next(&tag, &spki) || tag != 0x30)
        return {};
    Der inner { spki };
    QByteArrayView algorithm;
    QByteArrayView bits;
    if (!inner.next(&tag, &algorithm) || tag != 0x30 || !inner.next(&tag, &bits) || tag != 0x03
        || bits.size() < 2)
        return {};
    const QByteArrayView key = bits.sliced(1); // skip the unused-bits byte
    if (key.size() > 0 && uchar(key[0]) == 0x30) { // RSAPublicKey ::= SEQUENCE { n, e }
        Der rsa { key };
        QByteArrayView numbers;
        if (!rsa.next(&tag, &numbers) || tag != 0x30)
            return {};
        return numbers.toByteArray();
    }
    return key.toByteArray(); // EC point
}

// The same material read from the private key: PKCS#1 RSAPrivateKey or SEC1 ECPrivateKey.
QByteArray publicMaterialOfPrivateKey(const QSslKey &key)
{
    const QByteArray der = key.toDer();
    Der outer { der };
    uchar tag = 0;
    QByteArrayView body;
    if (!outer.next(&tag, &body) || tag != 0x30)
        return {};
    Der fields { body };
    QByteArrayView version;
    if (!fields.next(&tag, &version) || tag != 0x02)
        return {};
    if (key.algorithm() == QSsl::Rsa) {
        QByteArrayView n, e, nWhole, eWhole;
        if (!fields.next(&tag, &n, &nWhole) || tag != 0x02 || !fields.next(&tag, &e, &eWhole)
            || tag != 0x02)
            return {};
        return nWhole.toByteArray() + eWhole.toByteArray();
    }
    if (key.algorithm() == QSsl::Ec) {
        QByteArrayView field;
        while (fields.next(&tag, &field)) {
            if (tag != 0xa1) // [1] publicKey
                continue;
            Der wrapped { field };
            QByteArrayView bits;
            if (!wrapped.next(&tag, &bits) || tag != 0x03 || bits.size() < 2)
                return {};
            return bits.sliced(1).toByteArray();
        }
    }
    return {};
}

} // namespace

QList<QSslCipher> TlsFiles::strongCiphers(const QList<QSslCipher> &offered)
{
    // TLS 1.3's suites are all forward secret and AEAD. Of TLS 1.2's, only (EC)DHE key exchange
    // with AES-GCM or ChaCha20-Poly1305: no CBC, no static RSA key exchange.
    QList<QSslCipher> kept;
    for (const QSslCipher &c : offered) {
        const bool tls13 = c.protocol() == QSsl::TlsV1_3 || c.name().startsWith(u"TLS_"_s);
        const bool forwardSecret = c.keyExchangeMethod() == u"ECDH"_s
            || c.keyExchangeMethod() == u"DH"_s || c.name().startsWith(u"ECDHE-"_s)
            || c.name().startsWith(u"DHE-"_s);
        const bool aead = c.name().contains(u"GCM"_s) || c.name().contains(u"CHACHA20"_s);
        if (tls13 || (forwardSecret && aead))
            kept.append(c);
    }
    return kept;
}

QSslConfiguration TlsFiles::load(const QString &certPath, const QString &keyPath, QString *error)
{
    auto failed = [error](const QString &message) {
        if (error)
            *error = message;
        return QSslConfiguration();
    };
    if (certPath.isEmpty() || keyPath.isEmpty())
        return failed(QCoreApplication::translate(
            "ConnectionGuard", "HTTPS needs both listener/tlsCert and listener/tlsKey."));
    if (!QSslSocket::supportsSsl())
        return failed(QCoreApplication::translate(
            "ConnectionGuard", "HTTPS is not available: no TLS library could be loaded (%1).")
                          .arg(QSslSocket::sslLibraryBuildVersionString()));

    QFile certFile(certPath);
    if (!certFile.open(QIODevice::ReadOnly))
        return failed(
            QCoreApplication::translate("ConnectionGuard", "Cannot read the TLS certificate %1: %2")
                .arg(certPath, certFile.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return failed(QCoreApplication::translate(
            "ConnectionGuard", "The TLS certificate file %1 holds no PEM certificate.")
                          .arg(certPath));
    const QSslCertificate &leaf = chain.first();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (leaf.expiryDate() < now)
        return failed(QCoreApplication::translate(
            "ConnectionGuard", "The TLS certificate %1 expired on %2; renew it.")
                          .arg(certPath, leaf.expiryDate().toString(Qt::ISODate)));
    if (leaf.effectiveDate() > now)
        return failed(QCoreApplication::translate(
            "ConnectionGuard", "The TLS certificate %1 is not valid before %2.")
                          .arg(certPath, leaf.effectiveDate().toString(Qt::ISODate)));

    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return failed(
            QCoreApplication::translate("ConnectionGuard", "Cannot read the TLS key %1: %2")
                .arg(keyPath, keyFile.errorString()));
    const QByteArray pem = keyFile.readAll();
    if (pem.contains("ENCRYPTED"))
        return failed(QCoreApplication::translate("ConnectionGuard",
            "The TLS key %1 is protected by a passphrase; Hubbridge needs it "
            "unencrypted (make the file readable by the service account only).")
                          .arg(keyPath));
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return failed(QCoreApplication::translate(
            "ConnectionGuard", "The TLS key file %1 holds no PEM private key (RSA or EC).")
                          .arg(keyPath));
    const QSslKey publicKey = leaf.publicKey();
    if (publicKey.algorithm() != key.algorithm())
        return failed(QCoreApplication::translate("ConnectionGuard",
            "The TLS key %1 does not belong to the certificate %2 (different key "
            "types).")
                          .arg(keyPath, certPath));
    const QByteArray fromCert = publicMaterialOfSpki(publicKey.toDer());
    const QByteArray fromKey = publicMaterialOfPrivateKey(key);
    if (!fromCert.isEmpty() && !fromKey.isEmpty()) {
        if (fromCert != fromKey)
            return failed(QCoreApplication::translate(
                "ConnectionGuard", "The TLS key %1 does not belong to the certificate %2.")
                              .arg(keyPath, certPath));
    } else {
        qCWarning(lcGuard) << "cannot compare the TLS key with the certificate; the first "
                              "handshake will tell";
    }

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setCiphers(strongCiphers(configuration.ciphers()));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}
