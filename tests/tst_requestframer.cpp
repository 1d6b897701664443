// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// RequestFramer on its own: every framing rule of the connection guard, fed whole and in pieces
// of every size (the pieces must frame exactly as the whole), and the heads it reads.
#include "core/net/requestframer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using E = RequestFramer::Error;

Q_DECLARE_METATYPE(RequestFramer::Error)

namespace {

struct FramerRun
{
    int heads = 0;
    int requests = 0;
    E error = E::None;
    QList<qint64> bodies; // data bytes of each complete request
    QList<RequestHead> headList;
};

// Feeds `stream` in pieces of `piece` bytes (0: at once), as the guard does.
FramerRun runFramer(const QByteArray &stream, qint64 maxBody, int maxHead, qsizetype piece)
{
    RequestFramer f(maxBody, maxHead);
    FramerRun run;
    qsizetype pos = 0;
    while (pos < stream.size()) {
        const qsizetype n = piece > 0 ? std::min(piece, stream.size() - pos) : stream.size() - pos;
        qsizetype off = 0;
        while (off < n) {
            const RequestFramer::Step step = f.feed(stream.constData() + pos + off, n - off);
            off += step.consumed;
            if (step.headDone) {
                ++run.heads;
                run.headList.append(f.head());
            }
            if (step.requestDone) {
                ++run.requests;
                run.bodies.append(f.bodyBytes());
            }
            if (step.error != E::None) {
                run.error = step.error;
                return run;
            }
            if (step.consumed == 0 && !step.headDone && !step.requestDone)
                return run; // would loop: a framer bug, caught by the comparisons
        }
        pos += n;
    }
    return run;
}

QByteArray chunked(const QList<QByteArray> &chunks)
{
    QByteArray out;
    for (const QByteArray &c : chunks)
        out += QByteArray::number(c.size(), 16) + "\r\n" + c + "\r\n";
    return out + "0\r\n\r\n";
}

} // namespace

class TestRequestFramer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framer_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("requests");
        QTest::addColumn<int>("error");
        const int none = int(E::None);
        const QByteArray post = "POST /x HTTP/1.1\r\nHost: a\r\n";

        QTest::newRow("GET") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\n") << 1 << none;
        QTest::newRow("HTTP/1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << 1 << none;
        QTest::newRow("Content-Length body")
            << QByteArray(post + "Content-Length: 5\r\n\r\nhello") << 1 << none;
        QTest::newRow("leading zeros")
            << QByteArray(post + "Content-Length: 007\r\n\r\n1234567") << 1 << none;
        QTest::newRow("same Content-Length twice")
            << QByteArray(post + "Content-Length: 2\r\nContent-Length: 2\r\n\r\nab") << 1 << none;
        QTest::newRow("two requests, CRLF between")
            << QByteArray(post + "Content-Length: 2\r\n\r\nab\r\nGET /y HTTP/1.1\r\n\r\n") << 2
            << none;
        QTest::newRow("chunked") << QByteArray(
            post + "Transfer-Encoding: chunked\r\n\r\n" + chunked({ "hello", " world" }))
                                 << 1 << none;
        QTest::newRow("chunked, extensions, case")
            << QByteArray(post + "Transfer-Encoding: Chunked\r\n\r\n5;a=b\r\nhello\r\n0\r\n\r\n")
            << 1 << none;
        QTest::newRow("empty header value")
            << QByteArray("GET / HTTP/1.1\r\nX:\r\n\r\n") << 1 << none;

        QTest::newRow("TLS ClientHello")
            << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01", 8) << 0 << int(E::Garbage);
        QTest::newRow("SSH banner")
            << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << 0 << int(E::Garbage);
        QTest::newRow("no target") << QByteArray("HELLO\r\n\r\n") << 0 << int(E::Garbage);
        QTest::newRow("not HTTP version")
            << QByteArray("GET / SPDY/3\r\n\r\n") << 0 << int(E::Garbage);
        QTest::newRow("method too long")
            << QByteArray(QByteArray(40, 'G') + " / HTTP/1.1\r\n\r\n") << 0 << int(E::Garbage);
        QTest::newRow("control byte in target")
            << QByteArray("GET /\x01 HTTP/1.1\r\n\r\n") << 0 << int(E::Garbage);
        QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 0
                                  << int(E::BadRequest);
        QTest::newRow("8-bit target")
            << QByteArray("GET /\xc3\xa9 HTTP/1.1\r\n\r\n") << 0 << int(E::BadRequest);
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: a\n\n") << 0
                                 << int(E::BadRequest);
        QTest::newRow("bare LF in head")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\n\r\n") << 0 << int(E::BadRequest);
        QTest::newRow("obs-fold") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n") << 0
                                  << int(E::BadRequest);
        QTest::newRow("space before colon")
            << QByteArray(post + "Content-Length : 5\r\n\r\nhello") << 0 << int(E::BadRequest);
        QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nHost a\r\n\r\n") << 0
                                  << int(E::BadRequest);
        QTest::newRow("NUL in value")
            << QByteArray(QByteArray("GET / HTTP/1.1\r\nA: b") + '\0' + "c\r\n\r\n") << 0
            << int(E::BadRequest);
        for (const char *cl : { "-1", "+5", "1e3", "0x10", "5, 5", "", "5 5" })
            QTest::addRow("Content-Length \"%s\"", cl)
                << QByteArray(post + "Content-Length: " + cl + "\r\n\r\n") << 0
                << int(E::BadRequest);
        QTest::newRow("two different Content-Length")
            << QByteArray(post + "Content-Length: 2\r\nContent-Length: 3\r\n\r\nabc") << 0
            << int(E::BadRequest);
        QTest::newRow("Content-Length and chunked")
            << QByteArray(post + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n") << 0
            << int(E::BadRequest);
        QTest::newRow("chunked in HTTP/1.0")
            << QByteArray("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") << 0
            << int(E::BadRequest);
        QTest::newRow("gzip") << QByteArray(post + "Transfer-Encoding: gzip\r\n\r\n") << 0
                              << int(E::UnsupportedEncoding);
        QTest::newRow("gzip, chunked")
            << QByteArray(post + "Transfer-Encoding: gzip, chunked\r\n\r\n") << 0
            << int(E::UnsupportedEncoding);
        QTest::newRow("two Transfer-Encoding")
            << QByteArray(post + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n")
            << 0 << int(E::UnsupportedEncoding);
        for (const char *size : { "zz", "-5", "0x5", " 5", "5 ", "" })
            QTest::addRow("chunk size \"%s\"", size) << QByteArray(
                post + "Transfer-Encoding: chunked\r\n\r\n" + size + "\r\nhello\r\n0\r\n\r\n")
                                                     << 0 << int(E::BadRequest);
        QTest::newRow("chunk without CRLF")
            << QByteArray(post + "Transfer-Encoding: chunked\r\n\r\n5\r\nhelloX\r\n0\r\n\r\n") << 0
            << int(E::BadRequest);
        QTest::newRow("trailer") << QByteArray(
            post + "Transfer-Encoding: chunked\r\n\r\n0\r\nX-T: 1\r\n\r\n")
                                 << 0 << int(E::BadRequest);
        QTest::newRow("WebSocket upgrade")
            << QByteArray("GET / HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n")
            << 0 << int(E::WebSocket);
        QTest::newRow("Content-Length over the limit")
            << QByteArray(post + "Content-Length: 2001\r\n\r\n") << 0 << int(E::BodyTooLarge);
        QTest::newRow("absurd Content-Length")
            << QByteArray(post + "Content-Length: 99999999999999999999999999999\r\n\r\n") << 0
            << int(E::BodyTooLarge);
        QTest::newRow("chunked over the limit")
            << QByteArray(post + "Transfer-Encoding: chunked\r\n\r\n"
                   + chunked({ QByteArray(1500, 'a'), QByteArray(600, 'b') }))
            << 0 << int(E::BodyTooLarge);
        QTest::newRow("chunk size of 16 digits")
            << QByteArray(post + "Transfer-Encoding: chunked\r\n\r\n1000000000000000\r\n") << 0
            << int(E::BodyTooLarge);
        QByteArray framing = post + "Transfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 70; ++i) // 70 data bytes in ~70 KB of chunk extensions
            framing += "1;" + QByteArray(1000, 'e') + "\r\nx\r\n";
        QTest::newRow("chunk framing flood") << framing << 0 << int(E::BodyTooLarge);
        QTest::newRow("head over the limit")
            << QByteArray("GET / HTTP/1.1\r\nX: " + QByteArray(600, 'a') + "\r\n\r\n") << 0
            << int(E::HeadTooLarge);
        QTest::newRow("target over the limit")
            << QByteArray("GET /" + QByteArray(600, 'a') + " HTTP/1.1\r\n\r\n") << 0
            << int(E::HeadTooLarge);
        QByteArray fields = "GET / HTTP/1.1\r\n";
        for (int i = 0; i < RequestFramer::kMaxHeaderFields + 1; ++i)
            fields += "A: 1\r\n";
        QTest::newRow("too many fields")
            << QByteArray(fields + "\r\n") << 0 << int(E::TooManyFields);
        QTest::newRow("CR/LF flood") << QByteArray(4000, '\n') << 0 << int(E::HeadTooLarge);
    }

    void framer()
    {
        QFETCH(QByteArray, stream);
        QFETCH(int, requests);
        QFETCH(int, error);
        // Limits small enough for the rows: body 2000 bytes, head 512 (fields rows: 4 KiB).
        const int maxHead = QByteArray(QTest::currentDataTag()) == "too many fields" ? 4096 : 512;
        const FramerRun whole = runFramer(stream, 2000, maxHead, 0);
        QCOMPARE(int(whole.error), error);
        QCOMPARE(whole.requests, requests);
        // The answer never depends on how the bytes were cut up.
        for (qsizetype piece : { 1, 2, 3, 7, 64 }) {
            const FramerRun cut = runFramer(stream, 2000, maxHead, piece);
            QCOMPARE(int(cut.error), error);
            QCOMPARE(cut.requests, whole.requests);
            QCOMPARE(cut.heads, whole.heads);
            QCOMPARE(cut.bodies, whole.bodies);
        }
    }

    void framerReadsHeads()
    {
        const QByteArray stream = "POST /webhooks/duve?x=%41 HTTP/1.1\r\nHost: a\r\n"
                                  "custom_access_token:  tok \r\nContent-Length: 3\r\n\r\nabc"
                                  "GET /%41b HTTP/1.1\r\nConnection: close\r\n\r\n"
                                  "GET / HTTP/1.0\r\n\r\n"
                                  "GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n"
                                  "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                                  "3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n";
        const FramerRun run = runFramer(stream, 1000, 1000, 0);
        QCOMPARE(run.error, E::None);
        QCOMPARE(run.requests, 5);
        QCOMPARE(run.bodies, (QList<qint64> { 3, 0, 0, 0, 5 }));
        const RequestHead &first = run.headList[0];
        QCOMPARE(first.method, QByteArray("POST"));
        QCOMPARE(first.target, QByteArray("/webhooks/duve?x=%41"));
        QCOMPARE(first.path(), u"/webhooks/duve"_s);
        QCOMPARE(first.contentLength, 3);
        QCOMPARE(first.headers.size(), 3);
        QCOMPARE(first.headers[1], (QPair<QByteArray, QByteArray>("custom_access_token", "tok")));
        QVERIFY(first.keepAlive);
        QCOMPARE(run.headList[1].path(), u"/Ab"_s);
        QVERIFY(!run.headList[1].keepAlive);
        QCOMPARE(run.headList[2].minorVersion, 0);
        QVERIFY(!run.headList[2].keepAlive);
        QVERIFY(run.headList[3].keepAlive);
        QVERIFY(run.headList[4].chunked);
        QCOMPARE(run.headList[4].contentLength, -1);
    }

    void dechunkedBodies()
    {
        const QByteArray head = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
        const qsizetype at = head.size();
        // Sizes in hex, an extension, a trailer: only the data is kept.
        QCOMPARE(RequestFramer::dechunked(head + "5;ext=1\r\nhello\r\n1a\r\n" + QByteArray(26, 'x')
                         + "\r\n0\r\nX-T: 1\r\n\r\n",
                     at),
            QByteArray("hello") + QByteArray(26, 'x'));
        QCOMPARE(RequestFramer::dechunked(head + "0\r\n\r\n", at), QByteArray());
        // Not all there, or not chunked framing: nothing.
        QCOMPARE(RequestFramer::dechunked(head + "5\r\nhel", at), QByteArray());
        QCOMPARE(RequestFramer::dechunked(head + "zz\r\nhello\r\n0\r\n\r\n", at), QByteArray());
        QCOMPARE(RequestFramer::dechunked(head + "5\r\nhello\r\n", at), QByteArray());
    }
};

QTEST_APPLESS_MAIN(TestRequestFramer)
#include "tst_requestframer.moc"
