// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/wizard/firstrunpage.h"

#include "ui/widgets/noticelabel.h"

#include <QBoxLayout>

FirstRunPage::FirstRunPage(Runtime *control, QWidget *parent)
    : QWizardPage(parent)
    , m_control(control)
{ }

QString FirstRunPage::error() const
{
    return m_error && !m_error->isHidden() ? m_error->text() : QString();
}

void FirstRunPage::addErrorLine(QBoxLayout *layout)
{
    m_error = new NoticeLabel(this);
    m_error->setProblem(true);
    m_error->hide();
    layout->addWidget(m_error);
}

void FirstRunPage::setError(const QString &text)
{
    if (!m_error)
        return;
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}
