// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "benchutil.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <algorithm>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Bench {

double rssMb(qint64 pid)
{
    QFile f(pid > 0 ? u"/proc/%1/status"_s.arg(pid) : u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:")) {
            const QByteArray kb = line.mid(6).trimmed().split(' ').value(0);
            return kb.toDouble() / 1024.0;
        }
    }
    return -1;
}

double cpuSeconds(qint64 pid)
{
    QFile f(pid > 0 ? u"/proc/%1/stat"_s.arg(pid) : u"/proc/self/stat"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    // After the command name (in parentheses, may hold spaces): state is field 3; utime and
    // stime are fields 14 and 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    static const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / ticks;
}

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

Child::Child(const QString &name, const QString &logDir)
    : m_name(name)
    , m_out(QDir(logDir).filePath(name + u".out.log"_s))
    , m_err(QDir(logDir).filePath(name + u".err.log"_s))
{ }

Child::~Child()
{
    stop(10000);
}

void Child::start(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    stop(10000);
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(env);
    m_process->setStandardOutputFile(m_out, QIODevice::Truncate);
    m_process->setStandardErrorFile(m_err, QIODevice::Truncate);
    m_process->setProgram(program);
    m_process->setArguments(args);
    m_process->start();
    m_process->waitForStarted(10000);
}

QString Child::waitForLine(
    QProcess::ProcessChannel channel, const QRegularExpression &pattern, int timeoutMs)
{
    QFile f(channel == QProcess::StandardOutput ? m_out : m_err);
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (f.isOpen() || f.open(QIODevice::ReadOnly)) {
            f.seek(0);
            const QByteArray all = f.readAll();
            for (const QByteArray &line : all.split('\n')) {
                const QRegularExpressionMatch m = pattern.match(QString::fromUtf8(line));
                if (m.hasMatch())
                    return m.captured(1);
            }
        }
        if (!isRunning())
            break;
        QThread::msleep(2);
    }
    return QString();
}

bool Child::stop(int timeoutMs)
{
    if (!m_process)
        return true;
    bool clean = true;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(timeoutMs)) {
            clean = false;
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
    return clean;
}

qint64 Child::pid() const
{
    return m_process ? m_process->processId() : 0;
}

bool Child::isRunning() const
{
    if (!m_process)
        return false;
    // The state changes only when the event loop (or a wait) notices it.
    if (m_process->state() == QProcess::Running)
        m_process->waitForFinished(0);
    return m_process->state() != QProcess::NotRunning;
}

QByteArray Child::tail(int bytes, QProcess::ProcessChannel channel) const
{
    QFile f(channel == QProcess::StandardOutput ? m_out : m_err);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    if (f.size() > bytes)
        f.seek(f.size() - bytes);
    return f.readAll();
}

HttpAnswer httpRequest(const QHostAddress &host, quint16 port, const QByteArray &method,
    const QByteArray &path, const QByteArray &body, int timeoutMs)
{
    HttpAnswer answer;
    QDeadlineTimer deadline(timeoutMs);
    QTcpSocket socket;
    socket.connectToHost(host, port);
    if (!socket.waitForConnected(int(std::max<qint64>(1, deadline.remainingTime()))))
        return answer;
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: " + host.toString().toLatin1()
        + ':' + QByteArray::number(port) + "\r\nConnection: close\r\n";
    if (!body.isEmpty() || method == "POST")
        request += "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;
    socket.write(request);
    QByteArray data;
    while (!deadline.hasExpired()) {
        if (!socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            break;
        data += socket.readAll();
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0)
            continue;
        const QByteArray head = data.left(end).toLower();
        const qsizetype cl = head.indexOf("content-length:");
        const qsizetype length = cl < 0
            ? 0
            : head.mid(cl + 15, head.indexOf('\r', cl) - cl - 15).trimmed().toLongLong();
        if (data.size() >= end + 4 + length) {
            answer.status = data.mid(9, 3).toInt();
            answer.body = data.mid(end + 4, length);
            break;
        }
    }
    return answer;
}

QByteArray hotelId()
{
    return "bench-hotel";
}

QByteArray accessToken()
{
    return "bench-access-token";
}

QByteArray passwordToken()
{
    return "bench-password-token";
}

QProcessEnvironment childEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HUBBRIDGE_HOTEL_ID"_s, QString::fromLatin1(hotelId()));
    env.insert(u"HUBBRIDGE_ACCESS_TOKEN"_s, QString::fromLatin1(accessToken()));
    env.insert(u"HUBBRIDGE_PASSWORD_TOKEN"_s, QString::fromLatin1(passwordToken()));
    return env;
}

Headers duveHeaders()
{
    return { { "custom_hotel_id", hotelId() }, { "custom_access_token", accessToken() },
        { "custom_password_token", passwordToken() } };
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace Bench
