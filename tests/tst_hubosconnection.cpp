// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// HubOsConnections: HTTP/1.1 framing and connection reuse against a scripted server that
// answers each request with the next canned bytes (plain TCP or TLS).
#include "core/hubos/hubosconnections.h"
#include "rawhttp.h"

#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Canned
{
    QByteArray bytes;
    bool closeAfter = false;
};

// Reads a request (head + Content-Length body), answers with the next canned bytes.
class ScriptedServer : public QObject
{
public:
    explicit ScriptedServer(QTcpServer *server)
        : m_server(server)
    {
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection()) {
                ++connections;
                connect(s, &QIODevice::readyRead, this, [this, s] { onRead(s); });
            }
        });
    }
    QList<Canned> script;
    QList<QByteArray> requests;
    int connections = 0;

private:
    void onRead(QTcpSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qint64 length = 0;
            for (const QByteArray &line : buffer.left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return;
            requests.append(buffer.left(end + 4 + length));
            buffer.remove(0, end + 4 + length);
            const Canned answer
                = script.isEmpty() ? Canned { "HTTP/1.1 500 X\r\n\r\n", true } : script.takeFirst();
            s->write(answer.bytes);
            if (answer.closeAfter)
                s->disconnectFromHost();
        }
    }
    QTcpServer *m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

struct Answer
{
    bool done = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QString errorText;
};

Answer call(HubOsConnections &pool, const QUrl &url, const QByteArray &body = "{}")
{
    QNetworkRequest request(url);
    request.setRawHeader("Content-Type", "application/json");
    QNetworkReply *reply = pool.send(request, "POST", body);
    Answer a;
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, &a] {
        a.done = true;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.error = reply->error();
        a.errorText = reply->errorString();
        a.body = reply->isOpen() ? reply->readAll() : QByteArray();
        reply->deleteLater();
    });
    if (!QTest::qWaitFor([&a] { return a.done; }, 10000))
        a.errorText = u"no answer within 10 s"_s;
    return a;
}

QUrl urlOf(const QTcpServer &server, const QString &scheme = u"http"_s)
{
    return QUrl(u"%1://localhost:%2/v1/tasks"_s.arg(scheme).arg(server.serverPort()));
}

} // namespace

class TestHubOsConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contentLengthAndKeepAlive()
    {
        QTcpServer tcp;
        QVERIFY(tcp.listen(QHostAddress::LocalHost));
        ScriptedServer server(&tcp);
        server.script
            = { { "HTTP/1.1 201 Created\r\nContent-Length: 15\r\n\r\n{\"taskId\":\"t1\"}" },
                  { "HTTP/1.1 201 Created\r\nContent-Length: 15\r\n\r\n{\"taskId\":\"t2\"}" } };
        HubOsConnections pool;
        const Answer first = call(pool, urlOf(tcp), R"({"a":1})");
        QCOMPARE(first.status, 201);
        QCOMPARE(first.body, QByteArray(R"({"taskId":"t1"})"));
        QCOMPARE(pool.idleConnections(), 1);
        const Answer second = call(pool, urlOf(tcp));
        QCOMPARE(second.body, QByteArray(R"({"taskId":"t2"})"));
        QCOMPARE(server.connections, 1); // the same connection twice
        QVERIFY(server.requests.value(0).startsWith("POST /v1/tasks HTTP/1.1\r\n"));
        QVERIFY(server.requests.value(0).contains("\r\nHost: localhost:"));
        QVERIFY(server.requests.value(0).endsWith("\r\nContent-Length: 7\r\n\r\n{\"a\":1}"));
    }

    void chunkedAndInterimAnswers()
    {
        QTcpServer tcp;
        QVERIFY(tcp.listen(QHostAddress::LocalHost));
        ScriptedServer server(&tcp);
        server.script = { { "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n"
                            "Transfer-Encoding: chunked\r\n\r\n4;x=y\r\n{\"ta\r\n"
                            "B\r\nskId\":\"c1\"}\r\n0\r\nX-Trailer: 1\r\n\r\n" },
            { "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok" } };
        HubOsConnections pool;
        const Answer a = call(pool, urlOf(tcp));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body, QByteArray(R"({"taskId":"c1"})"));
        QCOMPARE(call(pool, urlOf(tcp)).body, QByteArray("ok")); // framing left nothing behind
        QCOMPARE(server.connections, 1);
    }

    void answerEndedByClosing()
    {
        QTcpServer tcp;
        QVERIFY(tcp.listen(QHostAddress::LocalHost));
        ScriptedServer server(&tcp);
        server.script = { { "HTTP/1.1 503 Busy\r\nConnection: close\r\n\r\nlater", true } };
        HubOsConnections pool;
        const Answer a = call(pool, urlOf(tcp));
        QCOMPARE(a.status, 503);
        QCOMPARE(a.body, QByteArray("later"));
        QCOMPARE(pool.idleConnections(), 0);
    }

    void closedKeepAliveConnectionIsReplacedOnce()
    {
        QTcpServer tcp;
        QVERIFY(tcp.listen(QHostAddress::LocalHost));
        ScriptedServer server(&tcp);
        // The server keeps the first connection "alive", then drops it without a word.
        server.script = { { "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\na" },
            { "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nb" } };
        HubOsConnections pool;
        QCOMPARE(call(pool, urlOf(tcp)).body, QByteArray("a"));
        QCOMPARE(pool.idleConnections(), 1);
        // Close it on the server side, but let the client not notice before it reuses it.
        const auto sockets = tcp.findChildren<QTcpSocket *>();
        QCOMPARE(sockets.size(), 1);
        sockets.front()->abort();
        const Answer b = call(pool, urlOf(tcp));
        QCOMPARE(b.error, QNetworkReply::NoError);
        QCOMPARE(b.body, QByteArray("b"));
        QCOMPARE(server.connections, 2);
    }

    void refusedAndOversizedAnswersFail()
    {
        QTcpServer tcp;
        QVERIFY(tcp.listen(QHostAddress::LocalHost));
        const quint16 port = tcp.serverPort();
        ScriptedServer server(&tcp);
        server.script = { { "HTTP/1.1 200 OK\r\nContent-Length: "
            + QByteArray::number(HubOsConnections::kMaxAnswerBytes + 1) + "\r\n\r\n" } };
        HubOsConnections pool;
        const Answer big = call(pool, urlOf(tcp));
        QCOMPARE(big.error, QNetworkReply::ProtocolFailure);
        QCOMPARE(big.status, 0);
        tcp.close();
        const Answer refused = call(pool, QUrl(u"http://127.0.0.1:%1/v1/tasks"_s.arg(port)));
        QCOMPARE(refused.error, QNetworkReply::ConnectionRefusedError);
        QVERIFY(!refused.errorText.isEmpty());
    }

    void httpsWithTrustedAndUntrustedCertificates()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString made = RawHttp::makeCertificate(dir.path(), u"server"_s);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        const QList<QSslCertificate> certs
            = QSslCertificate::fromPath(dir.filePath(u"server.crt"_s));
        QCOMPARE(certs.size(), 1);
        QFile keyFile(dir.filePath(u"server.key"_s));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QSslKey key(&keyFile, QSsl::Rsa);
        QVERIFY(!key.isNull());

        QSslServer tls;
        QSslConfiguration serverConfig = QSslConfiguration::defaultConfiguration();
        serverConfig.setLocalCertificate(certs.front());
        serverConfig.setPrivateKey(key);
        tls.setSslConfiguration(serverConfig);
        QVERIFY(tls.listen(QHostAddress::LocalHost));
        ScriptedServer server(&tls);
        server.script = { { "HTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok" } };

        HubOsConnections untrusting; // the system's CAs only
        const Answer refused = call(untrusting, urlOf(tls, u"https"_s));
        QCOMPARE(refused.status, 0);
        QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);

        HubOsConnections trusting;
        QSslConfiguration clientConfig = QSslConfiguration::defaultConfiguration();
        clientConfig.addCaCertificates(certs);
        trusting.setSslConfiguration(clientConfig);
        const Answer ok = call(trusting, urlOf(tls, u"https"_s));
        QCOMPARE(ok.error, QNetworkReply::NoError);
        QCOMPARE(ok.status, 201);
        QCOMPARE(ok.body, QByteArray("ok"));
    }
};

QTEST_GUILESS_MAIN(TestHubOsConnection)
#include "tst_hubosconnection.moc"
