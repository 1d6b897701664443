// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// [listener] tlsCert / tlsKey on their own: certificates and keys made with openssl at test time,
// good pairs and every way they can be wrong (missing, not PEM, expired, another key, a key of
// another type, a passphrase), each refused with words that say which; and a listener that
// picks up renewed files without a restart.
#include "core/net/httplistener.h"
#include "core/net/tlsfiles.h"
#include "rawhttp.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace Qt::StringLiterals;

class TestTlsFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tlsFilesAreChecked_data()
    {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("error"); // "" when it must work
        QTest::newRow("RSA pair") << u"rsa.crt"_s << u"rsa.key"_s << QString();
        QTest::newRow("EC pair") << u"ec.crt"_s << u"ec.key"_s << QString();
        QTest::newRow("missing certificate")
            << u"none.crt"_s << u"rsa.key"_s << u"Cannot read the TLS certificate"_s;
        QTest::newRow("missing key")
            << u"rsa.crt"_s << u"none.key"_s << u"Cannot read the TLS key"_s;
        QTest::newRow("no key setting") << u"rsa.crt"_s << QString() << u"both"_s;
        QTest::newRow("not a certificate")
            << u"rsa.key"_s << u"rsa.key"_s << u"no PEM certificate"_s;
        QTest::newRow("expired") << u"old.crt"_s << u"old.key"_s << u"expired on 2020-02-01"_s;
        QTest::newRow("key of another RSA certificate")
            << u"rsa.crt"_s << u"other.key"_s << u"does not belong"_s;
        QTest::newRow("EC key, RSA certificate")
            << u"rsa.crt"_s << u"ec.key"_s << u"does not belong"_s;
        QTest::newRow("key of another EC certificate")
            << u"ec.crt"_s << u"ec2.key"_s << u"does not belong"_s;
        QTest::newRow("passphrase") << u"rsa.crt"_s << u"locked.key"_s << u"passphrase"_s;
    }

    void tlsFilesAreChecked()
    {
        QFETCH(QString, cert);
        QFETCH(QString, key);
        QFETCH(QString, error);
        static QTemporaryDir dir; // made once for every row
        static bool made = false;
        if (!made) {
            QVERIFY(dir.isValid());
            const QList<QPair<QString, QString>> keys { { u"rsa"_s, u"rsa:2048"_s },
                { u"other"_s, u"rsa:2048"_s }, { u"ec"_s, u"ec"_s }, { u"ec2"_s, u"ec"_s } };
            for (const auto &[name, type] : keys) {
                const QString e = RawHttp::makeCertificate(dir.path(), name, type);
                QVERIFY2(e.isEmpty(), qPrintable(e));
            }
            const QString e = RawHttp::makeExpiredCertificate(dir.path(), u"old"_s);
            QVERIFY2(e.isEmpty(), qPrintable(e));
            const QString l = RawHttp::openssl(dir.path(),
                { u"pkey"_s, u"-in"_s, u"rsa.key"_s, u"-aes256"_s, u"-passout"_s, u"pass:x"_s,
                    u"-out"_s, u"locked.key"_s });
            QVERIFY2(l.isEmpty(), qPrintable(l));
            made = true;
        }
        QString problem;
        const QSslConfiguration conf = TlsFiles::load(
            dir.filePath(cert), key.isEmpty() ? QString() : dir.filePath(key), &problem);
        if (error.isEmpty()) {
            QVERIFY2(!conf.isNull(), qPrintable(problem));
            QCOMPARE(conf.protocol(), QSsl::TlsV1_2OrLater);
            QVERIFY(!conf.localCertificate().isNull());
            QVERIFY(!conf.privateKey().isNull());
            QVERIFY(!conf.ciphers().isEmpty());
            QCOMPARE(conf.ciphers(), TlsFiles::strongCiphers(conf.ciphers()));
        } else {
            QVERIFY(conf.isNull());
            QVERIFY2(problem.contains(error), qPrintable(problem));
        }
    }

    void onlyForwardSecretAeadSuites()
    {
        // Issue 14, item 6: testssl.sh found CBC and static-RSA suites offered.
        const QList<QSslCipher> kept
            = TlsFiles::strongCiphers(QSslConfiguration::supportedCiphers());
        QVERIFY(!kept.isEmpty());
        QStringList names;
        for (const QSslCipher &c : kept)
            names.append(c.name());
        for (const QString &weak : { u"AES128-SHA"_s, u"AES256-SHA256"_s, u"AES128-GCM-SHA256"_s,
                 u"ECDHE-RSA-AES128-SHA"_s, u"ECDHE-ECDSA-AES256-SHA384"_s,
                 u"DHE-RSA-AES256-SHA"_s })
            QVERIFY2(!names.contains(weak), qPrintable(weak));
        for (const QString &strong : { u"TLS_AES_128_GCM_SHA256"_s,
                 u"ECDHE-RSA-AES128-GCM-SHA256"_s, u"ECDHE-ECDSA-CHACHA20-POLY1305"_s })
            QVERIFY2(names.contains(strong), qPrintable(strong));
    }

    // Issue 14, item 5: a renewed certificate (files replaced by renames, as certbot and most
    // tools do) is served to new connections without a restart or a SIGHUP; a connection open
    // during the renewal goes on; files that cannot be used keep the certificate in use.
    void renewedFilesAreServedWithoutARestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString &name : { u"first"_s, u"renewed"_s }) {
            const QString made = RawHttp::makeCertificate(dir.path(), name);
            QVERIFY2(made.isEmpty(), qPrintable(made));
        }
        const auto certificate = [&](const QString &name) {
            return QSslCertificate::fromPath(dir.filePath(name + u".crt"_s)).value(0);
        };
        // Written next to the live file, then renamed over it.
        const auto install = [&](const QString &from, const QString &to) {
            const QString staged = dir.filePath(to + u".new"_s);
            QFile::remove(staged);
            return QFile::copy(dir.filePath(from), staged)
                && std::rename(qPrintable(staged), qPrintable(dir.filePath(to))) == 0;
        };
        QVERIFY(install(u"first.crt"_s, u"live.crt"_s));
        QVERIFY(install(u"first.key"_s, u"live.key"_s));

        HttpListener listener;
        listener.setTlsFiles(dir.filePath(u"live.crt"_s), dir.filePath(u"live.key"_s));
        listener.setHandler([](const HttpRequest &, HttpReply reply) { reply.send(200, "{}"); });
        QString problem;
        QVERIFY2(listener.listen(QHostAddress::LocalHost, 0, &problem), qPrintable(problem));

        const auto connect = [&](QSslSocket &s) {
            s.setPeerVerifyMode(QSslSocket::VerifyNone);
            QSignalSpy encrypted(&s, &QSslSocket::encrypted);
            s.connectToHostEncrypted(u"127.0.0.1"_s, listener.port());
            return encrypted.wait(5000);
        };
        const auto served = [&] {
            QSslSocket s;
            return connect(s) ? s.peerCertificate() : QSslCertificate();
        };
        QSslSocket during;
        QVERIFY(connect(during));
        QCOMPARE(during.peerCertificate(), certificate(u"first"_s));

        QVERIFY(install(u"renewed.crt"_s, u"live.crt"_s));
        QVERIFY(install(u"renewed.key"_s, u"live.key"_s));
        QTRY_COMPARE_WITH_TIMEOUT(served(), certificate(u"renewed"_s), 10000);

        QSignalSpy answered(&during, &QIODevice::readyRead);
        during.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY(answered.wait(5000));
        QVERIFY(during.readAll().startsWith("HTTP/1.1 200"));

        // A broken renewal: a certificate that does not belong to the key.
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(u"the TLS files changed but cannot be used.*key"_s));
        QVERIFY(install(u"first.crt"_s, u"live.crt"_s));
        QTest::qWait(HttpListener::kTlsSettleMs * 3);
        QCOMPARE(served(), certificate(u"renewed"_s));
        QVERIFY(listener.isListening());
    }
};

QTEST_GUILESS_MAIN(TestTlsFiles)
#include "tst_tlsfiles.moc"
