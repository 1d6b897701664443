// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/searchwords.h"

QString SearchWords::fold(const QString &text)
{
    QString folded(1, u' ');
    folded.reserve(text.size() + 1);
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c.isLetterOrNumber() ? c.toLower() : QChar(u' '));
    }
    return folded;
}

QStringList SearchWords::words(const QString &typed)
{
    return fold(typed).split(u' ', Qt::SkipEmptyParts);
}
