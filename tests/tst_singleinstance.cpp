// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// One front-desk window per user and data folder (ui/singleinstance.h): two instances in this
// process, a socket left by a crashed instance, and the real executable as the second and as
// the first instance. And the window as a module of its own (main/windowmodule.h): `serve` maps
// no widget library, and an executable without the module says so.
#include "testsupport.h"
#include "ui/singleinstance.h"

#include <QDir>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    static QProcessEnvironment environment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        // Complete credentials from the environment: the keychain is never asked.
        const HubOsCredentials c = TestSupport::testCredentials();
        env.insert(u"HUBBRIDGE_HOTEL_ID"_s, c.hotelId);
        env.insert(u"HUBBRIDGE_ACCESS_TOKEN"_s, c.accessToken);
        env.insert(u"HUBBRIDGE_PASSWORD_TOKEN"_s, c.passwordToken);
        return env;
    }

    // True once something accepts connections on the instance socket of `dir`.
    static bool someoneListens(const QString &dir)
    {
        QLocalSocket socket;
        socket.connectToServer(SingleInstance::serverNameFor(dir));
        const bool connected = socket.waitForConnected(200);
        socket.abort();
        return connected;
    }

private Q_SLOTS:
    void secondInstanceSignalsTheFirst()
    {
        QTemporaryDir dir;
        SingleInstance first(dir.path());
        QVERIFY(first.claim());
        QVERIFY(first.isPrimary());
        QSignalSpy activated(&first, &SingleInstance::activationRequested);

        SingleInstance second(dir.path());
        QVERIFY(!second.claim()); // the caller exits
        QVERIFY(!second.isPrimary());
        QTRY_COMPARE(activated.count(), 1);

        SingleInstance third(dir.path());
        QVERIFY(!third.claim());
        QTRY_COMPARE(activated.count(), 2);
        QVERIFY(first.claim()); // already the running instance: stays so
    }

    void nameDependsOnTheDataFolderOnly()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        QCOMPARE(SingleInstance::serverNameFor(a.path()),
            SingleInstance::serverNameFor(a.path() + u"/"_s));
        QCOMPARE(SingleInstance::serverNameFor(a.path()),
            SingleInstance::serverNameFor(a.path() + u"/sub/.."_s));
        QVERIFY(SingleInstance::serverNameFor(a.path()) != SingleInstance::serverNameFor(b.path()));
        // A folder that does not exist yet (first start) has a name too.
        QVERIFY(!SingleInstance::serverNameFor(a.filePath(u"new"_s)).isEmpty());

        SingleInstance first(a.path());
        SingleInstance other(b.path());
        QVERIFY(first.claim());
        QVERIFY(other.claim()); // another data folder is another instance
    }

    void quittingFreesTheName()
    {
        QTemporaryDir dir;
        {
            SingleInstance first(dir.path());
            QVERIFY(first.claim());
        }
        QVERIFY(!someoneListens(dir.path()));
        SingleInstance next(dir.path());
        QVERIFY(next.claim());
        QVERIFY(next.isPrimary());
    }

#ifdef Q_OS_UNIX
    void staleSocketIsTakenOver()
    {
        // What a crashed instance leaves: the socket file, with nobody listening.
        QTemporaryDir dir;
        QString name = SingleInstance::serverNameFor(dir.path());
        if (!name.startsWith(u'/'))
            name = QDir::tempPath() + u'/' + name; // where QLocalServer puts plain names
        const QByteArray path = name.toLocal8Bit();
        sockaddr_un address = {};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
        memcpy(address.sun_path, path.constData(), size_t(path.size()));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        ::close(fd);
        QVERIFY(QFile::exists(QString::fromLocal8Bit(path)));

        SingleInstance instance(dir.path());
        QVERIFY(instance.claim());
        QVERIFY(instance.isPrimary());
        QVERIFY(someoneListens(dir.path()));
    }
#endif

    // `hubbridge --data-dir DIR` while this test holds DIR: the real window process signals us
    // and exits with 0 before it opens anything.
    void secondProcessExits()
    {
        QTemporaryDir dir;
        SingleInstance first(dir.path());
        QVERIFY(first.claim());
        QSignalSpy activated(&first, &SingleInstance::activationRequested);

        QProcess second;
        second.setProcessEnvironment(environment());
        second.start(TestSupport::hubbridgeBinary(), { u"--data-dir"_s, dir.path() });
        QVERIFY2(second.waitForFinished(20000), "the second instance did not exit");
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QTRY_COMPARE(activated.count(), 1);
        // It exited before opening the data folder.
        QVERIFY(!QFile::exists(dir.filePath(u"hubbridge.sqlite"_s)));
    }

    // The real window process as the first instance: a second start is refused while it runs,
    // and after it is killed its leftover socket does not block the next start.
    void firstProcessAnswers()
    {
        QTemporaryDir dir;
        QProcess first;
        first.setProcessEnvironment(environment());
        first.start(TestSupport::hubbridgeBinary(), { u"--data-dir"_s, dir.path() });
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(someoneListens(dir.path()), 20000);

        SingleInstance second(dir.path());
        QVERIFY(!second.claim());
        QTest::qWait(200);
        QCOMPARE(first.state(), QProcess::Running); // it stays, only comes to the front

        first.kill();
        QVERIFY(first.waitForFinished());
        SingleInstance next(dir.path());
        QVERIFY(next.claim());
        QVERIFY(next.isPrimary());
    }

#ifdef Q_OS_LINUX
    // The libraries the running `serve` has mapped: Qt Core and Network, never Widgets or Gui.
    void serveMapsNoWidgetLibraryNorLibpq()
    {
        QTemporaryDir dir;
        QProcess serve;
        serve.setProcessEnvironment(environment());
        serve.setProcessChannelMode(QProcess::MergedChannels);
        serve.start(TestSupport::hubbridgeBinary(),
            { u"serve"_s, u"--data-dir"_s, dir.path(), u"--bind"_s, u"127.0.0.1"_s, u"--port"_s,
                u"0"_s });
        QVERIFY(serve.waitForStarted());
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += serve.readAll()).contains("/webhooks/duve")
                || serve.state() != QProcess::Running,
            20000);
        QVERIFY2(output.contains("/webhooks/duve"), output.constData());
        QFile maps(u"/proc/%1/maps"_s.arg(serve.processId()));
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray mapped = maps.readAll();
        QVERIFY(mapped.contains("libQt6Network"));
        QVERIFY2(!mapped.contains("libQt6Widgets"), "serve mapped Qt Widgets");
        QVERIFY2(!mapped.contains("libQt6Gui"), "serve mapped Qt Gui");
        QVERIFY(!mapped.contains("hubbridge-window"));
        // Nor PostgreSQL's client library (and its twenty dependencies): its history is SQLite.
        QVERIFY2(!mapped.contains("libpq.so"), "serve mapped libpq");
        QVERIFY2(!mapped.contains("libldap"), "serve mapped libpq's LDAP");
        serve.terminate();
        QVERIFY(serve.waitForFinished(20000));
        QCOMPARE(serve.exitCode(), 0);
    }

    // A copy of the executable without its window module (a headless install): the window
    // cannot open and says why, the commands still run.
    void withoutTheWindowModuleTheCommandsStillRun()
    {
        QTemporaryDir bin;
        const QString copy = bin.filePath(u"hubbridge"_s);
        QVERIFY(QFile::copy(TestSupport::hubbridgeBinary(), copy));
        QProcess window;
        window.setProcessEnvironment(environment());
        window.start(copy, { u"--data-dir"_s, bin.filePath(u"data"_s) });
        QVERIFY(window.waitForFinished(20000));
        QCOMPARE(window.exitCode(), 1);
        const QByteArray said = window.readAllStandardError();
        const QByteArray expected
            = "cannot open the window: not found in " + bin.path().toLocal8Bit();
        QVERIFY2(said.contains(expected), said.constData());
        QVERIFY(!QFile::exists(bin.filePath(u"data/hubbridge.sqlite"_s)));

        QProcess version;
        version.start(copy, { u"--version"_s });
        QVERIFY(version.waitForFinished(20000));
        QCOMPARE(version.exitCode(), 0);
        QVERIFY(version.readAllStandardOutput().startsWith("hubbridge "));
    }
#endif
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
