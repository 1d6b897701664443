// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/wizard/firstrunpage.h"

class NoticeLabel;
class QLineEdit;
class QRadioButton;

// 1. Hub OS credentials, or the built-in sandbox. Leaving saves the choice.
class FirstRunCredentialsPage : public FirstRunPage
{
public:
    explicit FirstRunCredentialsPage(Runtime *control, QWidget *parent = nullptr);

    bool validatePage() override;

    QRadioButton *hubOsChoice() const { return m_useHubOs; }
    QRadioButton *sandboxChoice() const { return m_useSandbox; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *hotelIdEdit() const { return m_hotelId; }
    QLineEdit *accessTokenEdit() const { return m_accessToken; }
    QLineEdit *passwordTokenEdit() const { return m_passwordToken; }
    QString keychainWarning() const; // empty when hidden

private:
    void updateKeychainWarning();

    QRadioButton *m_useHubOs;
    QRadioButton *m_useSandbox;
    QLineEdit *m_url;
    QLineEdit *m_hotelId;
    QLineEdit *m_accessToken;
    QLineEdit *m_passwordToken;
    NoticeLabel *m_keychainWarning; // no keychain: the tokens last this session only
};
