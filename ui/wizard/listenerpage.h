// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/wizard/firstrunpage.h"

class QCheckBox;
class QSpinBox;

// 2. The port Duve's webhooks come to. Leaving (re)starts the listener on it.
class FirstRunListenerPage : public FirstRunPage
{
public:
    explicit FirstRunListenerPage(Runtime *control, QWidget *parent = nullptr);

    bool validatePage() override;

    QSpinBox *portBox() const { return m_port; }

private:
    QSpinBox *m_port;
    QCheckBox *m_allInterfaces;
};
