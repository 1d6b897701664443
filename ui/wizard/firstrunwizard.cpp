// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/wizard/firstrunwizard.h"

#include "ui/widgets/icons.h"
#include "ui/wizard/credentialspage.h"
#include "ui/wizard/donepage.h"
#include "ui/wizard/duvepage.h"
#include "ui/wizard/listenerpage.h"
#include "ui/wizard/testorderpage.h"

FirstRunWizard::FirstRunWizard(Runtime *control, QWidget *parent)
    : QWizard(parent)
    , m_credentials(new FirstRunCredentialsPage(control, this))
    , m_listener(new FirstRunListenerPage(control, this))
    , m_duve(new FirstRunDuvePage(control, this))
    , m_test(new FirstRunTestOrderPage(control, this))
    , m_done(new FirstRunDonePage(control, this))
{
    setWindowTitle(tr("Set up Hubbridge"));
    setWindowIcon(Icons::app());
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(680, 520);
    setPage(CredentialsPage, m_credentials);
    setPage(ListenerPage, m_listener);
    setPage(DuvePage, m_duve);
    setPage(TestPage, m_test);
    setPage(DonePage, m_done);
    setButtonText(QWizard::FinishButton, tr("Open Hubbridge"));
    connect(m_test, &FirstRunTestOrderPage::testOrderAnswered, this,
        &FirstRunWizard::testOrderAnswered);
    connect(m_test, &FirstRunTestOrderPage::roomsListed, this, &FirstRunWizard::roomsListed);
}

QString FirstRunWizard::keychainWarning() const
{
    return m_credentials->keychainWarning();
}

QLineEdit *FirstRunWizard::testRoomEdit() const
{
    return m_test->roomEdit();
}

QString FirstRunWizard::roomsText() const
{
    return m_test->roomsText();
}

QString FirstRunWizard::pageError() const
{
    for (const FirstRunPage *page : { static_cast<const FirstRunPage *>(m_credentials),
             static_cast<const FirstRunPage *>(m_listener) }) {
        if (!page->error().isEmpty())
            return page->error();
    }
    return {};
}

QRadioButton *FirstRunWizard::sandboxChoice() const
{
    return m_credentials->sandboxChoice();
}

QRadioButton *FirstRunWizard::hubOsChoice() const
{
    return m_credentials->hubOsChoice();
}

QLineEdit *FirstRunWizard::urlEdit() const
{
    return m_credentials->urlEdit();
}

QLineEdit *FirstRunWizard::hotelIdEdit() const
{
    return m_credentials->hotelIdEdit();
}

QLineEdit *FirstRunWizard::accessTokenEdit() const
{
    return m_credentials->accessTokenEdit();
}

QLineEdit *FirstRunWizard::passwordTokenEdit() const
{
    return m_credentials->passwordTokenEdit();
}

QSpinBox *FirstRunWizard::portBox() const
{
    return m_listener->portBox();
}

QString FirstRunWizard::webhookUrlText() const
{
    return m_duve->webhookUrlText();
}

QString FirstRunWizard::headersText() const
{
    return m_duve->headersText();
}

QPushButton *FirstRunWizard::sendTestButton() const
{
    return m_test->sendTestButton();
}

QString FirstRunWizard::testResult() const
{
    return m_test->testResult();
}

void FirstRunWizard::sendTestOrder()
{
    m_test->sendTestOrder();
}
