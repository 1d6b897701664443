// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/wizard/firstrunpage.h"

#include <QDateTime>

class HubOsClient;
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

    void initializePage() override;

    QPushButton *sendTestButton() const { return m_sendTest; }
    QLineEdit *roomEdit() const { return m_testRoom; }
    QString testResult() const;
    QString roomsText() const; // the rooms Hub OS (or the sandbox) knows, as shown

    // Posts a sample order to the running listener and shows Duve's answer.
    void sendTestOrder();
    static QByteArray sampleOrder(
        const QString &orderId, const QString &room, const QString &externalId);
    // "101–120, 201–220, Suite": runs of room numbers as ranges, at most `most` parts.
    static QString roomRanges(const QStringList &rooms, int most = 12);

Q_SIGNALS:
    void testOrderAnswered(int httpStatus, const QString &outcome); // outcomeName(), empty: none
    void roomsListed(); // roomsText() shows what Hub OS answered

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void listRooms();
    // A test order that did not create its task is closed: not retried in the background, not
    // counted as a guest's failed order, and its Hub OS failure does not turn the tray red.
    void closeTestOrder(const QString &orderKey);
    void showProblem(const QString &chip, const QString &text);
    QString mappedExternalId() const; // what the test order asks for
    void showAnswer(int status, const QByteArray &body, const QString &error);

    QNetworkAccessManager *m_nam;
    QLineEdit *m_testRoom;
    QPushButton *m_sendTest;
    QLabel *m_rooms;
    QLabel *m_testResult;
    HubOsClient *m_roomsClient = nullptr;
    QString m_orderKey; // of the test order in flight
    QDateTime m_sentAt;
};
