// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/widgets/noticelabel.h"

#include "ui/widgets/statuspalette.h"

#include <QApplication>
#include <QEvent>

NoticeLabel::NoticeLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

void NoticeLabel::setNotice(const QString &text, bool problem)
{
    setText(text);
    setProblem(problem);
}

void NoticeLabel::setProblem(bool problem)
{
    m_problem = problem;
    applyColour();
}

void NoticeLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ParentChange)
        applyColour();
}

void NoticeLabel::applyColour()
{
    if (m_applying)
        return;
    m_applying = true;
    QPalette own; // nothing set: every role comes from the parent
    if (m_problem) {
        const QPalette around
            = parentWidget() ? parentWidget()->palette() : QApplication::palette();
        own.setColor(
            QPalette::WindowText, StatusPalette::text(StatusPalette::Role::Problem, around));
    }
    setPalette(own);
    m_applying = false;
}
