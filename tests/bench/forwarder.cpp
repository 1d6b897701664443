// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The baseline: a bare forwarder. Each POST becomes one Hub OS task call to the sandbox and is
// answered when the sandbox answers: no validation, no persistence, no history. Waits overlap
// (the responder lives with the reply) and the forwarder gets the same connection capacity as
// the bridge's HubOsClient (a pool of QNetworkAccessManagers, six connections each).
#include "forwarder.h"

#include "benchutil.h"
#include "core/net/connectionguard.h" // kListenBacklog

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTextStream>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
constexpr int kManagerPoolSize = 48; // as app/hubosclient.cpp
}

int runForwarder(QCoreApplication &app, quint16 port, const QUrl &sandbox)
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> pool;
    for (int i = 0; i < kManagerPoolSize; ++i)
        pool.push_back(std::make_unique<QNetworkAccessManager>());
    std::size_t nextManager = 0;
    quint64 counter = 0;
    QUrl tasksUrl = sandbox;
    tasksUrl.setPath(u"/v1/tasks"_s);

    QHttpServer server;
    server.route(u"/webhooks/duve"_s,
        [&](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            Q_UNUSED(request);
            // A valid task with a fresh reference, so that the sandbox does the same work for
            // the forwarder as for the bridge (one created task per order).
            const QByteArray ref = "fwd:" + QByteArray::number(++counter);
            const QByteArray task = R"({"taskTypeId":4,"room":"204","guestName":"Bobby Smith",)"
                                    R"("quantity":1,"notes":"Towel service","externalRef":")"
                + ref + "\"}";
            QNetworkRequest r(tasksUrl);
            r.setRawHeader("Content-Type", "application/json; charset=utf-8");
            r.setRawHeader("Accept", "application/json");
            r.setRawHeader("X-Hotel-Id", Bench::hotelId());
            r.setRawHeader("X-Access-Token", Bench::accessToken());
            r.setRawHeader("X-Password-Token", Bench::passwordToken());
            r.setRawHeader("Idempotency-Key", ref);
            QNetworkAccessManager *nam = pool[nextManager++ % pool.size()].get();
            QNetworkReply *reply = nam->post(r, task);
            auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
            QObject::connect(reply, &QNetworkReply::finished, reply, [reply, shared] {
                const int status
                    = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status == 201 || status == 200)
                    shared->write(QByteArray(R"({"status":"created"})"), "application/json");
                else
                    shared->write(QByteArray(R"({"status":"failed"})"), "application/json",
                        QHttpServerResponder::StatusCode::BadGateway);
                reply->deleteLater();
            });
        });
    // The same listen backlog as the bridge's connection guard (Qt's default of 50 overflows
    // when the slow run's 200 connections arrive at once).
    auto *tcp = new QTcpServer(&server);
    tcp->setListenBacklogSize(ConnectionGuard::kListenBacklog);
    const quint16 bound = tcp->listen(QHostAddress::LocalHost, port) ? tcp->serverPort() : 0;
    if (bound != 0)
        server.bind(tcp);
    if (bound == 0) {
        QTextStream(stderr) << "forwarder: cannot listen on port " << port << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "forwarder on http://127.0.0.1:" << bound << Qt::endl;
    return app.exec();
}
