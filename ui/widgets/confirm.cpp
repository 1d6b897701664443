// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/widgets/confirm.h"

#include <QMessageBox>
#include <QPushButton>

void Confirm::ask(QWidget *parent, Kind kind, const QString &title, const QString &question,
    const QString &details, const QString &action, std::function<void()> confirmed)
{
    auto *box
        = new QMessageBox(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    if (!details.isEmpty())
        box->setInformativeText(details);
    const bool destructive = kind == Kind::Destructive;
    QPushButton *yes = box->addButton(
        action, destructive ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
    if (destructive)
        box->setDefaultButton(QMessageBox::Cancel);
    else
        box->setDefaultButton(yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QObject::connect(
        box, &QMessageBox::finished, box, [box, yes, confirmed = std::move(confirmed)] {
            if (box->clickedButton() == yes)
                confirmed();
        });
    box->open();
}
