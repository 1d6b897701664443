// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/config/settings.h"

#include <QJsonObject>
#include <QList>
#include <QTimer>
#include <QWidget>
#include <memory>

class Runtime;
class HubOsSandbox;
class QCheckBox;
class QComboBox;
class QLabel;
class NoticeLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
class QVBoxLayout;

// Everything staff may set: Hub OS (URL, hotel ID, tokens, test, sandbox), the listener (and
// what to send Duve support), delivery, retention, where fields are read in Duve's payload (for
// the IT person, folded away; with a live preview against the last order received), language
// and start at login. Tokens go to the system keychain only; a token shown with its eye button
// is hidden again on Save and when the page is left.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(Runtime *control, QWidget *parent = nullptr);
    ~SettingsPage() override;

    void load(); // the form from the settings and the keychain
    // Validates and stores the form; credentials go to the keychain (or this session only).
    bool save();
    void testConnection();
    // The webhook URL and Duve's three headers with the saved credentials, to the clipboard.
    void copyForDuve();

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *hotelIdEdit() const { return m_hotelId; }
    QLineEdit *accessTokenEdit() const { return m_accessToken; }
    QLineEdit *passwordTokenEdit() const { return m_passwordToken; }
    QCheckBox *sandboxBox() const { return m_sandbox; }
    QSpinBox *portBox() const { return m_port; }
    QPushButton *testButton() const { return m_test; }
    QToolButton *showAccessTokenButton() const { return m_showAccessToken; }
    QToolButton *showPasswordTokenButton() const { return m_showPasswordToken; }
    QPushButton *copyForDuveButton() const { return m_copyForDuve; }
    QToolButton *payloadToggle() const { return m_payloadToggle; }
    QString testResult() const;
    QString noticeText() const;
    QString credentialStatus() const;
    QLineEdit *payloadEdit(Settings::Key key) const;
    QString payloadPreview(Settings::Key key) const;

Q_SIGNALS:
    void testFinished(bool ok, const QString &message);
    void credentialsSaved(const QString &error);
    void savedSettings();

protected:
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct PayloadField
    {
        Settings::Key key;
        QLineEdit *edit = nullptr;
        QLabel *preview = nullptr;
    };
    void updateCredentialStatus();
    void hideTokens();
    // After new credentials are saved: Duve must send them too (its three headers).
    void remindDuve();
    QToolButton *addShowToggle(QLineEdit *edit, const QString &showText, const QString &hideText);
    void updatePreview();
    void loadPreviewOrder();
    void setTestResult(const QString &text, bool ok);
    void markDirty();
    QString validate() const;
    void setupHubOs(QVBoxLayout *layout, QWidget *content);
    void setupListener(QVBoxLayout *layout, QWidget *content);
    void setupDelivery(QVBoxLayout *layout, QWidget *content);
    void setupPayloadPaths(QVBoxLayout *layout, QWidget *content);
    void setupApplication(QVBoxLayout *layout, QWidget *content);
    void setupButtons(QVBoxLayout *outer);
    void connectSignals();

    Runtime *m_control;
    Settings *m_settings;
    QLineEdit *m_url;
    QLineEdit *m_hotelId;
    QLineEdit *m_accessToken;
    QLineEdit *m_passwordToken;
    QToolButton *m_showAccessToken = nullptr;
    QToolButton *m_showPasswordToken = nullptr;
    QLabel *m_credentialStatus;
    QCheckBox *m_sandbox;
    QPushButton *m_test;
    QLabel *m_testResult;
    QComboBox *m_bind;
    QSpinBox *m_port;
    QCheckBox *m_startOnLaunch;
    QPushButton *m_copyForDuve;
    QSpinBox *m_attempts;
    QLineEdit *m_retrySchedule;
    QSpinBox *m_retention;
    QList<PayloadField> m_payload;
    QToolButton *m_payloadToggle = nullptr;
    QWidget *m_payloadFields = nullptr;
    QLabel *m_previewSource;
    QTimer m_previewTimer; // new orders: the preview reads the newest, once per burst
    QComboBox *m_language;
    QCheckBox *m_startAtLogin;
    NoticeLabel *m_notice;
    QPushButton *m_save;
    QPushButton *m_revert;
    QJsonObject m_previewRoot;
    bool m_credentialsEdited = false;
    bool m_loading = false;
    std::unique_ptr<HubOsSandbox> m_testSandbox;
};
