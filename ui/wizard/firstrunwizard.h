// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWizard>

class FirstRunCredentialsPage;
class FirstRunDonePage;
class FirstRunDuvePage;
class FirstRunListenerPage;
class FirstRunTestOrderPage;
class Runtime;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

// The first run: Hub OS credentials (or the sandbox) -> the listener port -> the URL and
// custom headers to give Duve -> a test order through the running listener -> done.
// One FirstRunPage subclass a page (ui/wizard/*page.h); the texts stay in this class's
// translation context.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { CredentialsPage, ListenerPage, DuvePage, TestPage, DonePage };

    explicit FirstRunWizard(Runtime *control, QWidget *parent = nullptr);

    QRadioButton *sandboxChoice() const;
    QRadioButton *hubOsChoice() const;
    QLineEdit *urlEdit() const;
    QLineEdit *hotelIdEdit() const;
    QLineEdit *accessTokenEdit() const;
    QLineEdit *passwordTokenEdit() const;
    QSpinBox *portBox() const;
    QPushButton *sendTestButton() const;
    QLineEdit *testRoomEdit() const;
    QString webhookUrlText() const;
    QString headersText() const;
    QString testResult() const;
    QString roomsText() const; // the rooms the test page lists
    QString pageError() const; // what stops the current page from going on
    QString keychainWarning() const; // the first page's, empty when a keychain is there

    // Posts a sample order to the running listener and shows Duve's answer.
    void sendTestOrder();

Q_SIGNALS:
    void testOrderAnswered(int httpStatus, const QString &outcome);
    void roomsListed();

private:
    FirstRunCredentialsPage *m_credentials;
    FirstRunListenerPage *m_listener;
    FirstRunDuvePage *m_duve;
    FirstRunTestOrderPage *m_test;
    FirstRunDonePage *m_done;
};
