// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/wizard/firstrunpage.h"

class QLabel;

// 5. Where orders are received and where they go.
class FirstRunDonePage : public FirstRunPage
{
public:
    explicit FirstRunDonePage(Runtime *control, QWidget *parent = nullptr);

    void initializePage() override;

private:
    QLabel *m_summary;
};
