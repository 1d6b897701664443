// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/config/settings.h"
#include "core/hubos/huboscredentials.h"
#include "core/store/historystore.h"

#include <QCommandLineOption>
#include <QString>
#include <QTextStream>
#include <memory>
#include <optional>

class QCommandLineParser;

// What every command of the command line shares: its output streams, its errors, the
// --data-dir option and opening a data folder's settings and history.
namespace CliSupport {

QTextStream &out();
QTextStream &err();
// A line of the command's own for the operator (or for serve's log): plain on standard error,
// or one JSON object like every other line when the logs are JSON (--log-format json).
void announce(const QString &line, QtMsgType type = QtInfoMsg);
int fail(const QString &message); // announces "hubbridge: message"; returns 1

QCommandLineOption dataDirOption();
// Parses the arguments that follow the command words; exits on --help or errors.
void parseCommand(QCommandLineParser &parser, const QStringList &args, int commandWords,
    const QString &description);
QString dataDirOf(const QCommandLineParser &parser);

// A command's file: "-" is standard output / input. Writing returns the error ("" written);
// reading gives the bytes, or none and the error.
QString writeFile(const QString &file, const QByteArray &bytes);
std::optional<QByteArray> readFile(const QString &file, QString *error);

// The hotel ID, access token and password token, one per line on standard input (asked for on
// standard error); none and the error when a line is missing or empty.
std::optional<HubOsCredentials> readCredentials(QString *error);

// A hotel of the group by its key (hubbridge hotels).
std::optional<HotelRecord> findHotel(const HistoryStore &store, const QString &key);

// Opens the settings and the history store of a data directory.
struct DataDir
{
    std::unique_ptr<Settings> settings;
    std::unique_ptr<HistoryStore> store;
    QString error;

    explicit DataDir(const QString &dir);
};

} // namespace CliSupport
