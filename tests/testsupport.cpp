// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "testsupport.h"

#include "core/store/postgres/pgconnection.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTimer>

using namespace Qt::StringLiterals;

QString TestSupport::dataPath(const QString &relative)
{
    return QStringLiteral(HUBBRIDGE_TEST_DATA) + u'/' + relative;
}

QByteArray TestSupport::sample(const QString &name)
{
    QFile f(dataPath(u"duve/"_s + name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", qPrintable(name));
    return f.readAll();
}

QString TestSupport::hubbridgeBinary()
{
    return QStringLiteral(HUBBRIDGE_BINARY);
}

bool TestSupport::onPostgres()
{
    return qEnvironmentVariable("HUBBRIDGE_TEST_STORE") == QStringLiteral("postgres");
}

QString TestSupport::freshStoreUrl(const QString &name)
{
    if (!onPostgres())
        return QString();
    PgConnection db;
    QString error;
    if (!db.open(QStringLiteral("postgresql:///postgres?application_name=tests"), &error)) {
        qWarning().noquote() << "no PostgreSQL to test on:" << error;
        return QString();
    }
    db.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    const PgResult created = db.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
    if (!created.ok())
        qWarning().noquote() << created.error();
    return QStringLiteral("postgresql:///") + name;
}

HubOsCredentials TestSupport::testCredentials()
{
    return { u"hotel-test-42"_s, u"access-TEST-7f3a9c"_s, u"password-TEST-b81e44"_s };
}

TestSupport::Reply TestSupport::send(QNetworkAccessManager &nam, const QByteArray &method,
    const QUrl &url, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers,
    int timeoutMs)
{
    QNetworkRequest request(url);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setRawHeader("Content-Type", "application/json");
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply r;
    if (!reply->isFinished()) {
        reply->abort();
        r.error = QNetworkReply::TimeoutError;
    } else {
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.json = QJsonDocument::fromJson(r.body).object();
        r.headers = reply->rawHeaderPairs();
        r.error = reply->error();
    }
    reply->deleteLater();
    return r;
}

QList<QPair<QByteArray, QByteArray>> TestSupport::duveHeaders(
    const HubOsCredentials &c, bool hyphen)
{
    auto name = [hyphen](const char *n) {
        QByteArray b(n);
        if (hyphen)
            b.replace('_', '-');
        return b;
    };
    return { { name("custom_hotel_id"), c.hotelId.toUtf8() },
        { name("custom_access_token"), c.accessToken.toUtf8() },
        { name("custom_password_token"), c.passwordToken.toUtf8() } };
}

QByteArray TestSupport::withOrderId(const QByteArray &sample, const QString &orderId)
{
    QJsonObject root = QJsonDocument::fromJson(sample).object();
    QJsonObject resource = root.value(u"resource"_s).toObject();
    QJsonObject order = resource.value(u"order"_s).toObject();
    order.insert(u"id"_s, orderId);
    resource.insert(u"order"_s, order);
    root.insert(u"resource"_s, resource);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QProcessEnvironment TestSupport::processEnvironment(const HubOsCredentials &c)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HUBBRIDGE_HOTEL_ID"_s, c.hotelId);
    env.insert(u"HUBBRIDGE_ACCESS_TOKEN"_s, c.accessToken);
    env.insert(u"HUBBRIDGE_PASSWORD_TOKEN"_s, c.passwordToken);
    env.insert(u"QT_LOGGING_RULES"_s, u"hubbridge.*.info=true"_s);
    return env;
}

QString TestSupport::waitForLine(QProcess &process, QProcess::ProcessChannel channel,
    const QRegularExpression &pattern, int timeoutMs)
{
    process.setReadChannel(channel);
    QDeadlineTimer deadline(timeoutMs);
    QByteArray seen;
    while (!deadline.hasExpired()) {
        if (!process.canReadLine() && !process.waitForReadyRead(100))
            continue;
        while (process.canReadLine()) {
            const QByteArray line = process.readLine();
            seen += line;
            const QRegularExpressionMatch m = pattern.match(QString::fromUtf8(line));
            if (m.hasMatch())
                return m.captured(1);
        }
    }
    qWarning("no line matching %s; got: %s", qPrintable(pattern.pattern()), seen.constData());
    return QString();
}

quint16 TestSupport::freePort()
{
    static QRandomGenerator random(QRandomGenerator::global()->generate());
    for (int i = 0; i < 500; ++i) {
        const auto port = quint16(random.bounded(20000, 32000));
        QTcpServer probe; // on every address: also free on the loopback one
        if (probe.listen(QHostAddress::AnyIPv4, port))
            return port;
    }
    return 0;
}

TestSupport::Ran TestSupport::runHubbridge(
    const QStringList &args, const QByteArray &input, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(hubbridgeBinary(), args);
    p.write(input);
    p.closeWriteChannel();
    Ran ran;
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return ran;
    }
    ran.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    ran.out = p.readAllStandardOutput();
    ran.err = p.readAllStandardError();
    return ran;
}
