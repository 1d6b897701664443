// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/widgets/confirm.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

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

void Confirm::askBeforeStopping(QWidget *parent, Stop what, std::function<void()> confirmed)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Confirm", text); };
    if (what == Stop::Quit) {
        // The way to keep receiving orders with the window out of sight, where there is one.
        const QString instead = QSystemTrayIcon::isSystemTrayAvailable() ? u' '
                + tr("To close the window and keep receiving orders, close it instead: Hubbridge "
                     "keeps running in the tray.")
                                                                         : QString();
        ask(parent, Kind::Destructive, tr("Quit Hubbridge"),
            tr("Quit Hubbridge? Duve's orders will be refused until it runs again."),
            tr("Guests' requests sent meanwhile do not reach Hub OS, and orders waiting for a "
               "retry wait too.")
                + instead,
            tr("Quit"), std::move(confirmed));
        return;
    }
    ask(parent, Kind::Destructive, tr("Stop the listener"),
        tr("Stop the listener? Duve's orders will be refused until it runs again."),
        QSystemTrayIcon::isSystemTrayAvailable()
            ? tr("Guests' requests sent meanwhile do not reach Hub OS. Start it again with "
                 "\"Start listener\" on the Overview or \"Resume listener\" in the tray menu.")
            : tr("Guests' requests sent meanwhile do not reach Hub OS. Start it again with "
                 "\"Start listener\" on the Overview."),
        tr("Stop listener"), std::move(confirmed));
}
