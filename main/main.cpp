// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Hubbridge: a thin entry point. Commands run on the core library alone; without a command the
// front-desk window opens. Elsewhere than on Windows the window is a module loaded only then
// (HUBBRIDGE_WINDOW_MODULE, main/windowmodule.h), so `serve` maps no widget library. On Windows
// this file is built twice (main/CMakeLists.txt): hubbridge.exe, a GUI-subsystem program that
// only opens the window, and hubbridge-cli.exe (HUBBRIDGE_CLI_ONLY), a console program that only
// runs commands.
#include "core/common/logging.h"
#include "main/cli.h"

#include <QCoreApplication>
#include <QStringList>

#ifdef HUBBRIDGE_WITH_GUI
#include "ui/gui.h"
#endif
#ifdef HUBBRIDGE_WINDOW_MODULE
#include "main/windowmodule.h"
#endif

#if defined(HUBBRIDGE_WITH_GUI) && defined(Q_OS_WIN)
#include <QApplication>
#include <QMessageBox>
#include <QtCore/qt_windows.h>

namespace {

// hubbridge.exe given a command (serve, mappings, --help, ...). A GUI-subsystem program has no
// console, and Windows cannot switch a running program to the console subsystem, so it only
// says where the commands are and exits 1. Where that is said:
// - standard error when the caller redirected it (a script's `2> file`, a pipe): read there;
// - else the console of the parent (cmd, PowerShell) when there is one (AttachConsole), since
//   that is where the person who typed the command looks; cmd does not wait for GUI programs,
//   so the line may appear after its next prompt, which is acceptable for a one-line hint;
// - else (started from Explorer, a shortcut or the Run dialog) a message box, but only on an
//   interactive desktop: a scheduled task or a service would wait on an invisible box forever.
// The console text is ASCII, so no code page can garble it.
int pointToTheCommandLine(int argc, char **argv)
{
    static const char hint[] = "hubbridge: hubbridge.exe only opens the window. Commands are "
                               "run by hubbridge-cli.exe, in the same folder (hubbridge-cli "
                               "--help lists them).\r\n";
    DWORD written = 0;
    const HANDLE redirected = GetStdHandle(STD_ERROR_HANDLE);
    if (redirected && redirected != INVALID_HANDLE_VALUE
        && (GetFileType(redirected) == FILE_TYPE_DISK
            || GetFileType(redirected) == FILE_TYPE_PIPE)) {
        WriteFile(redirected, hint, DWORD(sizeof hint - 1), &written, nullptr);
        return 1;
    }
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        const HANDLE console = CreateFileW(L"CONOUT$", GENERIC_WRITE,
            FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING, 0, nullptr);
        if (console != INVALID_HANDLE_VALUE) {
            WriteFile(console, "\r\n", 2, &written, nullptr);
            WriteFile(console, hint, DWORD(sizeof hint - 1), &written, nullptr);
            CloseHandle(console);
        }
        FreeConsole();
        return 1;
    }
    USEROBJECTFLAGS station {};
    const HWINSTA windowStation = GetProcessWindowStation();
    if (windowStation
        && GetUserObjectInformationW(
            windowStation, UOI_FLAGS, &station, DWORD(sizeof station), nullptr)
        && (station.dwFlags & WSF_VISIBLE)) {
        QApplication app(argc, argv);
        QMessageBox::information(nullptr, QCoreApplication::translate("Main", "Hubbridge"),
            QCoreApplication::translate("Main",
                "hubbridge.exe opens the front-desk window only. Commands such as \"serve\" "
                "are run by hubbridge-cli.exe, in the same folder, from a command prompt."));
    }
    return 1;
}

} // namespace
#endif

int main(int argc, char **argv)
{
    Cli::setApplicationInfo();
    Log::install(Log::formatFromEnvironment()); // serve --log-format may change it
#if defined(HUBBRIDGE_WITH_GUI) || defined(HUBBRIDGE_WINDOW_MODULE)
    if (!Cli::wantsCommand(argc, argv)) {
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments.append(QString::fromLocal8Bit(argv[i]));
        const QString dataDir = Cli::dataDirFromArguments(arguments);
#ifdef HUBBRIDGE_WINDOW_MODULE
        return WindowModule::run(argc, argv, dataDir);
#else
        return Gui::run(argc, argv, dataDir);
#endif
    }
#endif
#if defined(HUBBRIDGE_WITH_GUI) && defined(Q_OS_WIN)
    return pointToTheCommandLine(argc, argv);
#else
#ifdef HUBBRIDGE_CLI_ONLY
    // hubbridge-cli.exe without a command: its help rather than silence.
    char help[] = "--help";
    char *withHelp[] = { argv[0], help, nullptr };
    if (argc < 2) {
        argc = 2;
        argv = withHelp;
    }
#endif
    QCoreApplication app(argc, argv);
    return Cli::run(app);
#endif
}
