#pragma once

#include <QWizard>

class Runtime;
class QCheckBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QRadioButton;
class QSpinBox;

// The first run: Hub OS credentials (or the sandbox) -> the listener port -> the URL and
// custom headers to give Duve -> a test order through the running listener -> done.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { CredentialsPage, ListenerPage, DuvePage, TestPage, DonePage };

    explicit FirstRunWizard(Runtime *control, QWidget *parent = nullptr);

    QRadioButton *sandboxChoice() const { return m_useSandbox; }
    QRadioButton *hubOsChoice() const { return m_useHubOs; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *hotelIdEdit() const { return m_hotelId; }
    QLineEdit *accessTokenEdit() const { return m_accessToken; }
    QLineEdit *passwordTokenEdit() const { return m_passwordToken; }
    QSpinBox *portBox() const { return m_port; }
    QPushButton *sendTestButton() const { return m_sendTest; }
    QString webhookUrlText() const;
    QString headersText() const;
    QString testResult() const;
    QString pageError() const; // what stops the current page from going on

    // Posts a sample order to the running listener and shows Duve's answer.
    void sendTestOrder();
    static QByteArray sampleOrder(
        const QString &orderId, const QString &room, const QString &externalId);

Q_SIGNALS:
    void testOrderAnswered(int httpStatus, const QString &outcome);

private:
    friend class WizardStep;
    bool leave(int page); // applies a page's choices; false keeps the person on it
    void enter(int page);
    void setPageError(const QString &text);

    Runtime *m_control;
    QNetworkAccessManager *m_nam;
    QRadioButton *m_useHubOs;
    QRadioButton *m_useSandbox;
    QLineEdit *m_url;
    QLineEdit *m_hotelId;
    QLineEdit *m_accessToken;
    QLineEdit *m_passwordToken;
    QSpinBox *m_port;
    QCheckBox *m_allInterfaces;
    QLabel *m_sandboxNote; // the header values are demo values
    QLineEdit *m_webhookUrl;
    QList<QLineEdit *> m_headerValues;
    QLineEdit *m_testRoom;
    QPushButton *m_sendTest;
    QLabel *m_testResult;
    QLabel *m_summary;
    QList<QLabel *> m_errors;
};
