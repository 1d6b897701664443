// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/wizard/credentialspage.h"

#include "core/config/settings.h"
#include "core/service/runtime.h"
#include "ui/wizard/firstrunwizard.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

FirstRunCredentialsPage::FirstRunCredentialsPage(Runtime *control, QWidget *parent)
    : FirstRunPage(control, parent)
    , m_useHubOs(new QRadioButton(FirstRunWizard::tr("I have Hub OS credentials")))
    , m_useSandbox(new QRadioButton(
          FirstRunWizard::tr("Try Hubbridge first with the built-in Hub OS sandbox")))
    , m_url(new QLineEdit)
    , m_hotelId(new QLineEdit)
    , m_accessToken(new QLineEdit)
    , m_passwordToken(new QLineEdit)
{
    setTitle(FirstRunWizard::tr("Connect to Hub OS"));
    setSubTitle(FirstRunWizard::tr("Hubbridge creates housekeeping tasks in Hub OS with the "
                                   "credentials Hub OS gave your hotel."));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    m_useHubOs->setAccessibleName(FirstRunWizard::tr("Use my Hub OS credentials"));
    m_useSandbox->setAccessibleName(FirstRunWizard::tr("Use the sandbox"));
    layout->addWidget(m_useHubOs);
    auto *form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0);
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(8);
    m_url->setPlaceholderText(FirstRunWizard::tr("https://…"));
    m_url->setAccessibleName(FirstRunWizard::tr("Hub OS URL"));
    m_url->setText(control->settings()->value(Settings::Key::HubOsUrl).toString());
    m_hotelId->setAccessibleName(FirstRunWizard::tr("Hotel ID"));
    m_accessToken->setAccessibleName(FirstRunWizard::tr("Access token"));
    m_passwordToken->setAccessibleName(FirstRunWizard::tr("Password token"));
    m_accessToken->setEchoMode(QLineEdit::Password);
    m_passwordToken->setEchoMode(QLineEdit::Password);
    const HubOsCredentials known = control->credentials();
    m_hotelId->setText(known.hotelId);
    m_accessToken->setText(known.accessToken);
    m_passwordToken->setText(known.passwordToken);
    form->addRow(FirstRunWizard::tr("Hub OS &URL:"), m_url);
    form->addRow(FirstRunWizard::tr("&Hotel ID:"), m_hotelId);
    form->addRow(FirstRunWizard::tr("&Access token:"), m_accessToken);
    form->addRow(FirstRunWizard::tr("&Password token:"), m_passwordToken);
    auto *showTokens = new QCheckBox(FirstRunWizard::tr("Show the tokens"));
    form->addRow(QString(), showTokens);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_useSandbox);
    auto *sandboxHint
        = new QLabel(FirstRunWizard::tr("The sandbox is a stand-in for Hub OS inside Hubbridge: "
                                        "orders go all the way through, but no real task is "
                                        "created. You can switch to Hub OS later in Settings."));
    sandboxHint->setWordWrap(true);
    sandboxHint->setContentsMargins(24, 0, 0, 0);
    sandboxHint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(sandboxHint);
    layout->addStretch();
    addErrorLine(layout);
    m_useHubOs->setChecked(true);
    connect(m_useHubOs, &QRadioButton::toggled, this, [this] {
        for (QLineEdit *edit : { m_url, m_hotelId, m_accessToken, m_passwordToken })
            edit->setEnabled(m_useHubOs->isChecked());
    });
    connect(showTokens, &QCheckBox::toggled, this, [this](bool on) {
        m_accessToken->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_passwordToken->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
}

bool FirstRunCredentialsPage::validatePage()
{
    Settings *settings = control()->settings();
    if (m_useSandbox->isChecked()) {
        settings->setValue(Settings::Key::HubOsUseSandbox, true);
        settings->sync();
        control()->applySettings();
        setError({});
        return true;
    }
    const QUrl url(m_url->text().trimmed());
    if (m_url->text().trimmed().isEmpty() || !url.isValid() || url.host().isEmpty()) {
        setError(FirstRunWizard::tr("Enter the Hub OS URL, e.g. https://api.hubos.example."));
        m_url->setFocus();
        return false;
    }
    const HubOsCredentials c { m_hotelId->text().trimmed(), m_accessToken->text(),
        m_passwordToken->text() };
    if (!c.isComplete()) {
        setError(FirstRunWizard::tr("Enter the hotel ID and both tokens, as Hub OS gave them."));
        return false;
    }
    settings->setValue(Settings::Key::HubOsUrl, url.toString());
    settings->setValue(Settings::Key::HubOsUseSandbox, false);
    settings->sync();
    setError({});
    control()->saveCredentials(c);
    return true;
}
