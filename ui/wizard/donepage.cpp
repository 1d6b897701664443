// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/wizard/donepage.h"

#include "core/config/settings.h"
#include "core/delivery/bridge.h"
#include "core/service/runtime.h"
#include "ui/wizard/firstrunwizard.h"

#include <QLabel>
#include <QVBoxLayout>

FirstRunDonePage::FirstRunDonePage(Runtime *control, QWidget *parent)
    : FirstRunPage(control, parent)
    , m_summary(new QLabel)
{
    setTitle(FirstRunWizard::tr("Hubbridge is ready"));
    auto *layout = new QVBoxLayout(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    layout->addStretch();
}

void FirstRunDonePage::initializePage()
{
    const bool sandbox = control()->usesSandbox();
    m_summary->setText(FirstRunWizard::tr("<p>Hubbridge listens at <b>%1</b>.</p>")
                           .arg(control()->bridge()->publicWebhookUrl().toString().toHtmlEscaped())
        + (sandbox
                ? FirstRunWizard::tr("<p>Orders go to the <b>built-in sandbox</b>. When your Hub "
                                     "OS credentials arrive, enter them in <i>Settings</i> and "
                                     "switch the sandbox off.</p>")
                : FirstRunWizard::tr("<p>Orders go to Hub OS at <b>%1</b>.</p>")
                      .arg(control()->settings()->hubOsUrl().toString().toHtmlEscaped()))
        + FirstRunWizard::tr("<p>The <i>History</i> page shows every order Duve sends; "
                             "<i>Mappings</i> says which Hub OS task each Duve service becomes. "
                             "Closing the window keeps Hubbridge running in the system tray.</p>"));
}
