// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/wizard/firstrunpage.h"

#include <QList>

class QLabel;
class QLineEdit;

// 3. What to give Duve support: the webhook URL and the three custom headers, to copy.
class FirstRunDuvePage : public FirstRunPage
{
public:
    explicit FirstRunDuvePage(Runtime *control, QWidget *parent = nullptr);

    void initializePage() override;

    QString webhookUrlText() const;
    QString headersText() const; // "name: value" lines

private:
    QLineEdit *m_webhookUrl;
    QList<QLineEdit *> m_headerValues;
    QLabel *m_sandboxNote; // the header values are demo values
    QLabel *m_addressNote; // the URL's address is not one Duve can reach
};
