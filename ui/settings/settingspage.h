// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/config/settings.h"

#include <QJsonObject>
#include <QList>
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
class QVBoxLayout;

// Everything staff may set: Hub OS (URL, hotel ID, tokens, test, sandbox), the listener,
// delivery, retention, where fields are read in Duve's payload (with a live preview against the
// last order received), language and start at login. Tokens go to the system keychain only.
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

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *hotelIdEdit() const { return m_hotelId; }
    QLineEdit *accessTokenEdit() const { return m_accessToken; }
    QLineEdit *passwordTokenEdit() const { return m_passwordToken; }
    QCheckBox *sandboxBox() const { return m_sandbox; }
    QSpinBox *portBox() const { return m_port; }
    QPushButton *testButton() const { return m_test; }
    QString testResult() const;
    QString noticeText() const;
    QString credentialStatus() const;
    QLineEdit *payloadEdit(Settings::Key key) const;
    QString payloadPreview(Settings::Key key) const;

Q_SIGNALS:
    void testFinished(bool ok, const QString &message);
    void credentialsSaved(const QString &error);
    void savedSettings();

private:
    struct PayloadField
    {
        Settings::Key key;
        QLineEdit *edit = nullptr;
        QLabel *preview = nullptr;
    };
    void updateCredentialStatus();
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
    QLabel *m_credentialStatus;
    QCheckBox *m_sandbox;
    QPushButton *m_test;
    QLabel *m_testResult;
    QComboBox *m_bind;
    QSpinBox *m_port;
    QCheckBox *m_startOnLaunch;
    QSpinBox *m_attempts;
    QLineEdit *m_retrySchedule;
    QSpinBox *m_retention;
    QList<PayloadField> m_payload;
    QLabel *m_previewSource;
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
