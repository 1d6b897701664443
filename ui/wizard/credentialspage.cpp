// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/wizard/credentialspage.h"

#include "core/config/settings.h"
#include "core/service/runtime.h"
#include "ui/widgets/noticelabel.h"
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
    , m_keychainWarning(new NoticeLabel)
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
    // Said before the tokens are typed, not afterwards in the window's banner.
    m_keychainWarning->setProblem(true);
    m_keychainWarning->setAccessibleName(FirstRunWizard::tr("Keychain warning"));
    m_keychainWarning->hide();
    form->addRow(QString(), m_keychainWarning);
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
        setError({}); // what was missing for one choice is not for the other
        updateKeychainWarning();
    });
    connect(control, &Runtime::credentialsChanged, this,
        &FirstRunCredentialsPage::updateKeychainWarning);
    updateKeychainWarning();
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
    const QString typed = m_url->text().trimmed();
    const QUrl url(typed);
    if (typed.isEmpty()) {
        setError(FirstRunWizard::tr("Enter the Hub OS URL, e.g. https://api.hubos.example."));
        m_url->setFocus();
        return false;
    }
    if (url.scheme() != u"https" && url.scheme() != u"http") {
        setError(FirstRunWizard::tr("The Hub OS URL must start with https://, e.g. "
                                    "https://%1.")
                     .arg(url.host().isEmpty() ? typed : url.host()));
        m_url->setFocus();
        return false;
    }
    if (!url.isValid() || url.host().isEmpty()) {
        setError(FirstRunWizard::tr("\"%1\" is not a web address. Enter the Hub OS URL, e.g. "
                                    "https://api.hubos.example.")
                     .arg(typed));
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

QString FirstRunCredentialsPage::keychainWarning() const
{
    return m_keychainWarning->isHidden() ? QString() : m_keychainWarning->text();
}

void FirstRunCredentialsPage::updateKeychainWarning()
{
    const bool missing = control()->sessionOnly() && !CredentialStore::environmentOverridesAll();
    m_keychainWarning->setText(
        FirstRunWizard::tr("No system keychain is available (%1). Hubbridge can keep the tokens "
                           "only until it is quit: after a restart they must be entered again in "
                           "Settings. To keep them, set up a keychain (e.g. GNOME Keyring) and "
                           "start Hubbridge again.")
            .arg(control()->keychainError()));
    m_keychainWarning->setVisible(missing && m_useHubOs->isChecked());
}
