// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/wizard/listenerpage.h"

#include "core/config/settings.h"
#include "core/delivery/bridge.h"
#include "core/service/runtime.h"
#include "ui/wizard/firstrunwizard.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FirstRunListenerPage::FirstRunListenerPage(Runtime *control, QWidget *parent)
    : FirstRunPage(control, parent)
    , m_port(new QSpinBox)
    , m_allInterfaces(
          new QCheckBox(FirstRunWizard::tr("Accept orders from other computers (needed for Duve)")))
{
    Settings *settings = control->settings();
    setTitle(FirstRunWizard::tr("Where Duve sends orders"));
    setSubTitle(FirstRunWizard::tr("Hubbridge listens for Duve's webhooks on a network port of "
                                   "this computer. The usual port is 8080; choose another if it "
                                   "is taken."));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(14);
    m_port->setRange(1, 65535);
    m_port->setValue(settings->port() > 0 ? settings->port() : 8080);
    m_port->setAccessibleName(FirstRunWizard::tr("Listener port"));
    m_port->setMaximumWidth(140);
    form->addRow(FirstRunWizard::tr("&Port:"), m_port);
    m_allInterfaces->setChecked(
        settings->value(Settings::Key::ListenerBind).toString() != u"127.0.0.1");
    m_allInterfaces->setAccessibleName(FirstRunWizard::tr("Accept orders from other computers"));
    form->addRow(QString(), m_allInterfaces);
    layout->addLayout(form);
    auto *firewall
        = new QLabel(FirstRunWizard::tr("Duve reaches this port from the internet: your IT or "
                                        "internet provider may need to forward it to this "
                                        "computer."));
    firewall->setWordWrap(true);
    firewall->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(firewall);
    layout->addStretch();
    addErrorLine(layout);
}

bool FirstRunListenerPage::validatePage()
{
    Settings *settings = control()->settings();
    settings->setValue(Settings::Key::ListenerPort, m_port->value());
    settings->setValue(
        Settings::Key::ListenerBind, m_allInterfaces->isChecked() ? u"0.0.0.0"_s : u"127.0.0.1"_s);
    settings->sync();
    QString error;
    Bridge *bridge = control()->bridge();
    const bool same = bridge->isListening() && bridge->port() == m_port->value();
    if (!same && !control()->restartListener(&error)) {
        setError(FirstRunWizard::tr("Port %1 cannot be used: %2. Choose another port.")
                     .arg(m_port->value())
                     .arg(error));
        return false;
    }
    setError({});
    return true;
}
