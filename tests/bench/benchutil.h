// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Small helpers shared by the parts of hubbridge-bench: child processes whose output goes to
// files, blocking one-shot HTTP for control endpoints, resident memory.
#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <memory>

namespace Bench {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// Resident set size in MiB of `pid` (0: this process), from /proc/<pid>/status VmRSS.
double rssMb(qint64 pid = 0);

// CPU time (user + system) in seconds used so far by `pid` (0: this process), all threads.
double cpuSeconds(qint64 pid = 0);

// A free TCP port on 127.0.0.1 (bound then released; good enough on one machine).
quint16 freePort();

// A child process whose stdout/stderr go to files (nothing blocks on a full pipe).
class Child
{
public:
    Child(const QString &name, const QString &logDir);
    ~Child(); // terminates (SIGTERM, then SIGKILL) if still running

    void start(const QString &program, const QStringList &args,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // Waits until the child printed a line matching `pattern` (capture 1 is returned).
    QString waitForLine(
        QProcess::ProcessChannel channel, const QRegularExpression &pattern, int timeoutMs = 20000);
    bool stop(int timeoutMs = 20000); // SIGTERM and wait; SIGKILL after the timeout
    qint64 pid() const;
    bool isRunning() const;
    QString stdoutPath() const { return m_out; }
    QString stderrPath() const { return m_err; }
    // The end of stderr (or stdout), for error messages.
    QByteArray tail(
        int bytes = 2000, QProcess::ProcessChannel channel = QProcess::StandardError) const;

private:
    QString m_name;
    QString m_out;
    QString m_err;
    std::unique_ptr<QProcess> m_process;
};

struct HttpAnswer
{
    int status = 0; // 0: no answer
    QByteArray body;
};

// One request on its own connection (Connection: close), blocking; for control endpoints.
HttpAnswer httpRequest(const QHostAddress &host, quint16 port, const QByteArray &method,
    const QByteArray &path, const QByteArray &body = {}, int timeoutMs = 10000);

// The credentials every process of the run is given (serve, sandbox, forwarder).
QProcessEnvironment childEnvironment();
Headers duveHeaders(); // custom_hotel_id, custom_access_token, custom_password_token
QByteArray hotelId();
QByteArray accessToken();
QByteArray passwordToken();

double median(QList<double> values);

} // namespace Bench
