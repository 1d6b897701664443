// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/widgets/tasktypes.h"

#include "core/hubos/hubostasktypes.h"

#include <QCoreApplication>

QString TaskTypes::name(int id)
{
    const QString english = HubOsTaskTypes::name(id);
    if (english.isEmpty())
        return {};
    return QCoreApplication::translate(
        HubOsTaskTypes::kTranslationContext, english.toUtf8().constData());
}
