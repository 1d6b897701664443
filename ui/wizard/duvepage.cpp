// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/wizard/duvepage.h"

#include "core/delivery/bridge.h"
#include "core/service/runtime.h"
#include "ui/widgets/duvesetup.h"
#include "ui/widgets/icons.h"
#include "ui/wizard/firstrunwizard.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {

QPushButton *copyButton(QWidget *parent, QLineEdit *source, const QString &what)
{
    auto *button = new QPushButton(FirstRunWizard::tr("Copy"), parent);
    button->setIcon(
        Icons::glyph(Icons::Glyph::Copy, parent->palette().color(QPalette::ButtonText)));
    button->setAccessibleName(FirstRunWizard::tr("Copy %1").arg(what));
    QObject::connect(button, &QPushButton::clicked, button, [source, button] {
        QApplication::clipboard()->setText(source->text());
        button->setText(FirstRunWizard::tr("Copied"));
    });
    return button;
}

} // namespace

FirstRunDuvePage::FirstRunDuvePage(Runtime *control, QWidget *parent)
    : FirstRunPage(control, parent)
    , m_webhookUrl(new QLineEdit)
    , m_sandboxNote(new QLabel)
    , m_addressNote(new QLabel)
{
    setTitle(FirstRunWizard::tr("Tell Duve support"));
    setSubTitle(FirstRunWizard::tr("Send Duve support this webhook URL and these three custom "
                                   "headers. Duve sends them with every order; Hubbridge "
                                   "refuses orders without them."));
    auto *grid = new QGridLayout(this);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(10);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_webhookUrl->setReadOnly(true);
    m_webhookUrl->setFont(fixed);
    m_webhookUrl->setAccessibleName(FirstRunWizard::tr("Webhook URL"));
    grid->addWidget(new QLabel(FirstRunWizard::tr("Webhook URL:")), 0, 0);
    grid->addWidget(m_webhookUrl, 0, 1);
    grid->addWidget(copyButton(this, m_webhookUrl, FirstRunWizard::tr("the webhook URL")), 0, 2);
    grid->addWidget(new QLabel(FirstRunWizard::tr("Custom headers:")), 1, 0, 1, 3);
    for (int i = 0; i < DuveSetup::headerNames().size(); ++i) {
        const QString &header = DuveSetup::headerNames().at(i);
        auto *name = new QLabel(header);
        name->setFont(fixed);
        name->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *value = new QLineEdit;
        value->setReadOnly(true);
        value->setFont(fixed);
        value->setAccessibleName(FirstRunWizard::tr("Value of %1").arg(header));
        m_headerValues.append(value);
        grid->addWidget(name, 2 + i, 0);
        grid->addWidget(value, 2 + i, 1);
        grid->addWidget(copyButton(this, value, header), 2 + i, 2);
    }
    auto *copyAll = new QPushButton(FirstRunWizard::tr("Copy &everything for Duve"));
    copyAll->setAccessibleName(FirstRunWizard::tr("Copy the URL and headers for Duve"));
    connect(copyAll, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(
            DuveSetup::text(QUrl(webhookUrlText()), this->control()->effectiveCredentials()));
    });
    grid->addWidget(copyAll, 5, 1, 1, 1, Qt::AlignLeft);
    auto *secret = new QLabel(
        FirstRunWizard::tr("These values are secrets: send them to Duve support only."));
    secret->setWordWrap(true);
    secret->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(secret, 6, 0, 1, 3);
    // The address in the URL: this computer's, which Duve cannot reach from the internet.
    m_addressNote->setWordWrap(true);
    m_addressNote->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    grid->addWidget(m_addressNote, 7, 0, 1, 3);
    m_sandboxNote->setWordWrap(true);
    m_sandboxNote->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    grid->addWidget(m_sandboxNote, 8, 0, 1, 3);
    grid->setRowStretch(9, 1);
    grid->setColumnStretch(1, 1);
}

void FirstRunDuvePage::initializePage()
{
    const QUrl url = control()->bridge()->publicWebhookUrl();
    m_webhookUrl->setText(url.toString());
    m_addressNote->setText(
        FirstRunWizard::tr("%1 is an address inside the hotel (or of this computer): Duve cannot "
                           "reach it. Before you send the URL, replace %1 with the address at "
                           "which Duve reaches this computer from the internet; your IT person "
                           "knows it.")
            .arg(url.host()));
    m_addressNote->setVisible(DuveSetup::reachableOnlyInside(url));
    const HubOsCredentials c = control()->effectiveCredentials();
    const QStringList values = DuveSetup::headerValues(c);
    for (int i = 0; i < m_headerValues.size(); ++i)
        m_headerValues[i]->setText(values.at(i));
    m_sandboxNote->setText(FirstRunWizard::tr("With the sandbox these are demo values, good for a "
                                              "test from this computer only. Send Duve support "
                                              "your real Hub OS credentials once you have them "
                                              "and have entered them in Settings."));
    m_sandboxNote->setVisible(control()->usesSandbox());
}

QString FirstRunDuvePage::webhookUrlText() const
{
    return m_webhookUrl->text();
}

QString FirstRunDuvePage::headersText() const
{
    return DuveSetup::headersText(control()->effectiveCredentials());
}
