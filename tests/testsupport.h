// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/hubos/huboscredentials.h"
#include "core/store/records.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QTest>
#include <QUrl>

// Shared by the tests: sample payloads, credentials, and real HTTP through QNetworkAccessManager.
namespace TestSupport {

QString dataPath(const QString &relative); // tests/data/...
QByteArray sample(const QString &name); // tests/data/duve/<name>
QString hubbridgeBinary(); // build/bin/hubbridge
HubOsCredentials testCredentials(); // what the tests configure everywhere

// The store engine a suite runs on. Under tests/with-postgres.sh (HUBBRIDGE_TEST_STORE=postgres)
// it is PostgreSQL: freshStoreUrl drops and creates the database `name` on the server that
// script started and returns its URL ([store] url). Otherwise SQLite: "" (the data folder's file).
bool onPostgres();
QString freshStoreUrl(const QString &name);

struct Reply
{
    int status = 0; // 0: no HTTP answer
    QByteArray body;
    QJsonObject json;
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

// Sends a request and spins the event loop until it is answered (or timeoutMs passes).
Reply send(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url,
    const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {},
    int timeoutMs = 20000);

// The three Duve custom headers carrying `c` (underscore spelling unless hyphen is true).
QList<QPair<QByteArray, QByteArray>> duveHeaders(const HubOsCredentials &c, bool hyphen = false);

// A port nobody listens on, for a listener started later: from below Linux's ephemeral range
// (32768-60999), which listening on port 0 and outgoing connections never take, so that the
// tests running beside (their port-0 listeners, their connections) cannot take it meanwhile.
quint16 freePort();

// The environment of a hubbridge process the tests start: this one's, with `c` as the
// credentials (HUBBRIDGE_HOTEL_ID, ...) and the info logs on (the tests wait for their lines).
QProcessEnvironment processEnvironment(const HubOsCredentials &c = testCredentials());
// A hubbridge command run to completion: `input` on its standard input (then closed), `env` its
// environment (default: this process's). code is its exit code, -1 when it did not finish
// within 30 s, -2 when it crashed.
struct Ran
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};
Ran runHubbridge(const QStringList &args, const QByteArray &input = {},
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
// Waits until `process` prints a line matching `pattern` on `channel`; returns capture 1 (empty,
// with a warning showing what it printed, when none came within timeoutMs).
QString waitForLine(QProcess &process, QProcess::ProcessChannel channel,
    const QRegularExpression &pattern, int timeoutMs = 10000);

// A JSON copy of a sample with its order id replaced (so each test has a fresh order).
QByteArray withOrderId(const QByteArray &sample, const QString &orderId);

} // namespace TestSupport

// QCOMPARE prints a DeliveryState and an Outcome as their stored text.
namespace QTest {
template<> inline char *toString(const Outcome &outcome)
{
    return qstrdup(outcomeName(outcome).toUtf8().constData());
}

template<> inline char *toString(const DeliveryState &state)
{
    return qstrdup(deliveryStateName(state).toUtf8().constData());
}
} // namespace QTest
