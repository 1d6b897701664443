// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The body of every error answer Hubbridge gives, whoever gives it — the connection guard's
// refusals, the listener's 500, Duve's documented codes: {"code":"...","message":"..."}.
namespace HttpAnswer {

QJsonObject errorObject(const QString &code, const QString &message);
QByteArray errorBody(const QString &code, const QString &message); // compact JSON
QByteArray reasonPhrase(int status); // for the status line of the answers we write ourselves

} // namespace HttpAnswer
