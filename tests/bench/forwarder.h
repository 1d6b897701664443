// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QUrl>

class QCoreApplication;

// `hubbridge-bench --forwarder PORT SANDBOX_URL`: the bare forwarder (the baseline), until
// killed. Prints "forwarder on http://127.0.0.1:PORT" on stdout once listening.
int runForwarder(QCoreApplication &app, quint16 port, const QUrl &sandbox);
