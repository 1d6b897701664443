// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/wizard/firstrunpage.h"

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

// 4. A sample order through the running listener, as Duve would send it, and what came of it.
class FirstRunTestOrderPage : public FirstRunPage
{
    Q_OBJECT
public:
    explicit FirstRunTestOrderPage(Runtime *control, QWidget *parent = nullptr);

    QPushButton *sendTestButton() const { return m_sendTest; }
    QString testResult() const;

    // Posts a sample order to the running listener and shows Duve's answer.
    void sendTestOrder();
    static QByteArray sampleOrder(
        const QString &orderId, const QString &room, const QString &externalId);

Q_SIGNALS:
    void testOrderAnswered(int httpStatus, const QString &outcome); // outcomeName(), empty: none

private:
    void showProblem(const QString &chip, const QString &text);
    QString mappedExternalId() const; // what the test order asks for
    void showAnswer(int status, const QByteArray &body, const QString &error);

    QNetworkAccessManager *m_nam;
    QLineEdit *m_testRoom;
    QPushButton *m_sendTest;
    QLabel *m_testResult;
};
