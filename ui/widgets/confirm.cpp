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
    if (what == Stop::Quit) {
        QString details = QCoreApplication::translate("Confirm",
            "Guests' requests sent meanwhile do not reach Hub OS, and orders "
            "waiting for a retry wait too.");
        // The way to keep receiving orders with the window out of sight, where there is one.
        if (QSystemTrayIcon::isSystemTrayAvailable())
            details += u' '
                + QCoreApplication::translate("Confirm",
                    "To close the window and keep receiving orders, close it instead: Hubbridge "
                    "keeps running in the tray.");
        ask(parent, Kind::Destructive, QCoreApplication::translate("Confirm", "Quit Hubbridge"),
            QCoreApplication::translate(
                "Confirm", "Quit Hubbridge? Duve's orders will be refused until it runs again."),
            details, QCoreApplication::translate("Confirm", "Quit"), std::move(confirmed));
        return;
    }
    ask(parent, Kind::Destructive, QCoreApplication::translate("Confirm", "Stop the listener"),
        QCoreApplication::translate(
            "Confirm", "Stop the listener? Duve's orders will be refused until it runs again."),
        QSystemTrayIcon::isSystemTrayAvailable()
            ? QCoreApplication::translate("Confirm",
                "Guests' requests sent meanwhile do not reach Hub OS. Start it again with "
                "\"Start listener\" on the Overview or \"Resume listener\" in the tray menu.")
            : QCoreApplication::translate("Confirm",
                "Guests' requests sent meanwhile do not reach Hub OS. Start it again with "
                "\"Start listener\" on the Overview."),
        QCoreApplication::translate("Confirm", "Stop listener"), std::move(confirmed));
}

void Confirm::askImport(QWidget *parent, const ImportQuestion &q,
    std::function<void(std::optional<ImportMode>)> answered)
{
    auto *box
        = new QMessageBox(QMessageBox::Question, q.title, q.question, QMessageBox::Cancel, parent);
    box->setObjectName(u"importQuestion"_s);
    QStringList lines = q.comparison.mid(0, 1);
    for (const QString &count : q.comparison.mid(1))
        lines.append(u"• "_s + count);
    QPushButton *replace = nullptr;
    QPushButton *merge = nullptr;
    if (!q.removes) {
        merge = box->addButton(q.importLabel, QMessageBox::AcceptRole);
    } else {
        lines.append(QString());
        lines.append(q.replaceWarning);
        replace = box->addButton(q.replaceLabel, QMessageBox::DestructiveRole);
        merge = box->addButton(q.mergeLabel, QMessageBox::AcceptRole);
    }
    box->setDefaultButton(merge);
    box->setInformativeText(lines.join(u'\n'));
    box->setDetailedText(q.details.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QObject::connect(
        box, &QMessageBox::finished, box, [box, replace, merge, answered = std::move(answered)] {
            QAbstractButton *chosen = box->clickedButton();
            if (chosen != replace && chosen != merge)
                answered(std::nullopt);
            else
                answered(chosen == replace ? ImportMode::Replace : ImportMode::Merge);
        });
    box->open();
}
