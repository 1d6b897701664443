// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/settings/settingspage.h"

#include "core/config/credentialstore.h"
#include "core/delivery/bridge.h"
#include "core/duve/duveevents.h"
#include "core/duve/payloadparser.h"
#include "core/hubos/hubosclient.h"
#include "core/hubos/hubossandbox.h"
#include "core/service/runtime.h"
#include "core/store/historystore.h"
#include "ui/gui.h"
#include "ui/startatlogin.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/noticelabel.h"
#include "ui/widgets/statuspalette.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QGroupBox *group(const QString &title, QWidget *parent, QFormLayout **form)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QFormLayout(box);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setHorizontalSpacing(16);
    layout->setVerticalSpacing(10);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    *form = layout;
    return box;
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString joinList(const QVariant &value)
{
    return value.typeId() == QMetaType::QStringList ? value.toStringList().join(u", "_s)
                                                    : value.toString();
}

QStringList splitList(const QString &text)
{
    QStringList list;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            list.append(part.trimmed());
    }
    return list;
}

// A password field with an eye button that shows what was typed.
void addShowToggle(QLineEdit *edit)
{
    edit->setEchoMode(QLineEdit::Password);
    QAction *show
        = edit->addAction(Icons::glyph(Icons::Glyph::Eye, edit->palette().color(QPalette::Text)),
            QLineEdit::TrailingPosition);
    show->setText(SettingsPage::tr("Show"));
    show->setToolTip(SettingsPage::tr("Show or hide the token"));
    show->setCheckable(true);
    QObject::connect(show, &QAction::toggled, edit, [edit, show](bool on) {
        edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        show->setText(on ? SettingsPage::tr("Hide") : SettingsPage::tr("Show"));
    });
}

struct PayloadSpec
{
    Settings::Key key;
    const char *label;
};

const PayloadSpec kPayloadSpecs[] = {
    { Settings::Key::PayloadOrderKey, QT_TRANSLATE_NOOP("SettingsPage", "Order id:") },
    { Settings::Key::PayloadOrderNumber, QT_TRANSLATE_NOOP("SettingsPage", "Order number:") },
    { Settings::Key::PayloadRoom, QT_TRANSLATE_NOOP("SettingsPage", "Room:") },
    { Settings::Key::PayloadFirstName, QT_TRANSLATE_NOOP("SettingsPage", "First name:") },
    { Settings::Key::PayloadLastName, QT_TRANSLATE_NOOP("SettingsPage", "Last name:") },
    { Settings::Key::PayloadExternalId, QT_TRANSLATE_NOOP("SettingsPage", "External ID:") },
    { Settings::Key::PayloadItems, QT_TRANSLATE_NOOP("SettingsPage", "Items (list):") },
    { Settings::Key::PayloadItemExternalId,
        QT_TRANSLATE_NOOP("SettingsPage", "Item external ID:") },
    { Settings::Key::PayloadItemQuantity, QT_TRANSLATE_NOOP("SettingsPage", "Item quantity:") },
    { Settings::Key::PayloadServiceName, QT_TRANSLATE_NOOP("SettingsPage", "Service name:") },
    { Settings::Key::PayloadDeliveryAt, QT_TRANSLATE_NOOP("SettingsPage", "Delivery time:") },
    { Settings::Key::PayloadSpecialRequest, QT_TRANSLATE_NOOP("SettingsPage", "Special request:") },
    { Settings::Key::PayloadReservationId, QT_TRANSLATE_NOOP("SettingsPage", "Reservation id:") },
};

} // namespace

SettingsPage::SettingsPage(Runtime *control, QWidget *parent)
    : QWidget(parent)
    , m_control(control)
    , m_settings(control->settings())
    , m_url(new QLineEdit(this))
    , m_hotelId(new QLineEdit(this))
    , m_accessToken(new QLineEdit(this))
    , m_passwordToken(new QLineEdit(this))
    , m_credentialStatus(new QLabel(this))
    , m_sandbox(
          new QCheckBox(tr("Use the built-in Hub OS sandbox (no real tasks are created)"), this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_testResult(new QLabel(this))
    , m_bind(new QComboBox(this))
    , m_port(new QSpinBox(this))
    , m_startOnLaunch(new QCheckBox(tr("Start listening when Hubbridge opens"), this))
    , m_attempts(new QSpinBox(this))
    , m_retrySchedule(new QLineEdit(this))
    , m_retention(new QSpinBox(this))
    , m_previewSource(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_startAtLogin(new QCheckBox(tr("Start Hubbridge when I log in"), this))
    , m_notice(new NoticeLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(16);
    content->setMaximumWidth(900);

    setupHubOs(layout, content);
    setupListener(layout, content);
    setupDelivery(layout, content);
    setupPayloadPaths(layout, content);
    setupApplication(layout, content);
    layout->addStretch();
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    setupButtons(outer);
    connectSignals();
    load();
}

void SettingsPage::setupHubOs(QVBoxLayout *layout, QWidget *content)
{
    // Hub OS.
    QFormLayout *form = nullptr;
    layout->addWidget(group(tr("Hub OS"), content, &form));
    m_url->setPlaceholderText(tr("https://…, given by Hub OS"));
    m_url->setAccessibleName(tr("Hub OS URL"));
    form->addRow(tr("Hub OS &URL:"), m_url);
    m_hotelId->setAccessibleName(tr("Hotel ID"));
    form->addRow(tr("&Hotel ID:"), m_hotelId);
    m_accessToken->setAccessibleName(tr("Access token"));
    addShowToggle(m_accessToken);
    form->addRow(tr("&Access token:"), m_accessToken);
    m_passwordToken->setAccessibleName(tr("Password token"));
    addShowToggle(m_passwordToken);
    form->addRow(tr("&Password token:"), m_passwordToken);
    m_credentialStatus->setWordWrap(true);
    form->addRow(QString(), m_credentialStatus);
    m_sandbox->setAccessibleName(tr("Use the Hub OS sandbox"));
    form->addRow(QString(), m_sandbox);
    auto *testRow = new QHBoxLayout;
    m_test->setAccessibleName(tr("Test the connection to Hub OS"));
    m_test->setToolTip(tr("Asks Hub OS for its task types with these credentials"));
    testRow->addWidget(m_test);
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::RichText);
    m_testResult->setAccessibleName(tr("Connection test result"));
    testRow->addWidget(m_testResult, 1);
    form->addRow(QString(), testRow);
}

void SettingsPage::setupListener(QVBoxLayout *layout, QWidget *content)
{
    // Listener.
    QFormLayout *form = nullptr;
    layout->addWidget(group(tr("Listener (where Duve sends orders)"), content, &form));
    m_bind->setEditable(true);
    m_bind->addItem(tr("All network interfaces (0.0.0.0)"), u"0.0.0.0"_s);
    m_bind->addItem(tr("This computer only (127.0.0.1)"), u"127.0.0.1"_s);
    m_bind->setAccessibleName(tr("Listener bind address"));
    form->addRow(tr("&Listen on:"), m_bind);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("Any free port"));
    m_port->setAccessibleName(tr("Listener port"));
    // Wide enough for "Any free port" in the longest translation.
    m_port->setMaximumWidth(std::max(140, m_port->sizeHint().width()));
    form->addRow(tr("P&ort:"), m_port);
    m_startOnLaunch->setAccessibleName(tr("Start listening on launch"));
    form->addRow(QString(), m_startOnLaunch);
}

void SettingsPage::setupDelivery(QVBoxLayout *layout, QWidget *content)
{
    // Delivery and history.
    QFormLayout *form = nullptr;
    layout->addWidget(group(tr("Delivery to Hub OS"), content, &form));
    m_attempts->setRange(1, 20);
    m_attempts->setAccessibleName(tr("Attempts per task"));
    m_attempts->setMaximumWidth(140);
    form->addRow(tr("Attempts &before answering Duve:"), m_attempts);
    m_retrySchedule->setAccessibleName(tr("Background retry schedule in seconds"));
    m_retrySchedule->setPlaceholderText(u"60, 300, 900, 1800, 3600, 7200"_s);
    form->addRow(tr("&Retry later after (seconds):"), m_retrySchedule);
    form->addRow(QString(),
        hint(tr("When Hub OS cannot be reached, the order is tried again in the background after "
                "each of these waits."),
            content));
    m_retention->setRange(0, 36500);
    m_retention->setSpecialValueText(tr("Keep forever"));
    m_retention->setSuffix(tr(" day(s)", nullptr, m_retention->value()));
    connect(m_retention, &QSpinBox::valueChanged, m_retention,
        [this](int days) { m_retention->setSuffix(tr(" day(s)", nullptr, days)); });
    m_retention->setAccessibleName(tr("Keep history for days"));
    m_retention->setMaximumWidth(std::max(180, m_retention->sizeHint().width() + 10));
    form->addRow(tr("&Keep history for:"), m_retention);
}

void SettingsPage::setupPayloadPaths(QVBoxLayout *layout, QWidget *content)
{
    // Payload paths with a live preview.
    QFormLayout *form = nullptr;
    layout->addWidget(group(tr("Where fields are read in Duve's order"), content, &form));
    m_previewSource->setWordWrap(true);
    form->addRow(QString(), m_previewSource);
    for (const PayloadSpec &spec : kPayloadSpecs) {
        PayloadField field;
        field.key = spec.key;
        field.edit = new QLineEdit(content);
        field.edit->setAccessibleName(tr(spec.label).chopped(1));
        field.edit->setToolTip(tr("Dotted paths, separated by commas; the first that has a value "
                                  "wins"));
        field.preview = new QLabel(content);
        field.preview->setMinimumWidth(160);
        field.preview->setMaximumWidth(260);
        field.preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field.preview->setForegroundRole(QPalette::PlaceholderText);
        auto *row = new QHBoxLayout;
        row->addWidget(field.edit, 1);
        row->addWidget(field.preview);
        form->addRow(tr(spec.label), row);
        connect(field.edit, &QLineEdit::textChanged, this, &SettingsPage::updatePreview);
        m_payload.append(field);
    }
}

void SettingsPage::setupApplication(QVBoxLayout *layout, QWidget *content)
{
    // Application.
    QFormLayout *form = nullptr;
    layout->addWidget(group(tr("Application"), content, &form));
    m_language->addItem(tr("System language"), QString());
    for (const auto &[code, name] : Gui::availableLanguages())
        m_language->addItem(name, code);
    m_language->setAccessibleName(tr("Language"));
    form->addRow(tr("Lan&guage:"), m_language);
    form->addRow(
        QString(), hint(tr("A new language shows the next time Hubbridge is opened."), content));
    m_startAtLogin->setAccessibleName(tr("Start at login"));
    form->addRow(QString(), m_startAtLogin);
}

void SettingsPage::setupButtons(QVBoxLayout *outer)
{
    // Buttons, always visible.
    auto *bar = new QFrame(this);
    bar->setFrameShape(QFrame::NoFrame);
    auto *buttons = new QHBoxLayout(bar);
    buttons->setContentsMargins(24, 10, 24, 12);
    m_notice->setWordWrap(true);
    m_notice->setAccessibleName(tr("Settings status"));
    buttons->addWidget(m_notice, 1);
    m_revert->setAccessibleName(tr("Revert the settings"));
    m_save->setAccessibleName(tr("Save the settings"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    m_save->setDefault(true);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    outer->addWidget(bar);
}

void SettingsPage::connectSignals()
{
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_revert, &QPushButton::clicked, this, &SettingsPage::load);
    connect(m_test, &QPushButton::clicked, this, &SettingsPage::testConnection);
    for (QLineEdit *edit : { m_hotelId, m_accessToken, m_passwordToken }) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_credentialsEdited = true;
            markDirty();
        });
    }
    for (QLineEdit *edit : { m_url, m_retrySchedule })
        connect(edit, &QLineEdit::textEdited, this, &SettingsPage::markDirty);
    connect(m_sandbox, &QCheckBox::toggled, this, [this](bool on) {
        m_url->setEnabled(!on);
        markDirty();
    });
    connect(m_control, &Runtime::credentialsChanged, this, [this] {
        if (!m_credentialsEdited) {
            const HubOsCredentials c = m_control->credentials();
            m_hotelId->setText(c.hotelId);
            m_accessToken->setText(c.accessToken);
            m_passwordToken->setText(c.passwordToken);
        }
        updateCredentialStatus();
    });
    connect(m_control->store(), &HistoryStore::entryChanged, this, [this] {
        if (m_previewRoot.isEmpty())
            loadPreviewOrder();
    });
}

SettingsPage::~SettingsPage() = default;

QLineEdit *SettingsPage::payloadEdit(Settings::Key key) const
{
    for (const PayloadField &field : m_payload) {
        if (field.key == key)
            return field.edit;
    }
    return nullptr;
}

QString SettingsPage::payloadPreview(Settings::Key key) const
{
    for (const PayloadField &field : m_payload) {
        if (field.key == key)
            return field.preview->text();
    }
    return {};
}

QString SettingsPage::testResult() const
{
    return m_testResult->text();
}

QString SettingsPage::noticeText() const
{
    return m_notice->text();
}

QString SettingsPage::credentialStatus() const
{
    return m_credentialStatus->text();
}

void SettingsPage::markDirty()
{
    if (!m_loading)
        m_notice->setNotice(tr("Changes not saved yet."));
}

void SettingsPage::load()
{
    m_loading = true;
    m_url->setText(m_settings->value(Settings::Key::HubOsUrl).toString());
    const HubOsCredentials c = m_control->credentials();
    m_hotelId->setText(c.hotelId);
    m_accessToken->setText(c.accessToken);
    m_passwordToken->setText(c.passwordToken);
    m_credentialsEdited = false;
    m_sandbox->setChecked(m_settings->value(Settings::Key::HubOsUseSandbox).toBool());
    m_url->setEnabled(!m_sandbox->isChecked());
    const QString bind = m_settings->value(Settings::Key::ListenerBind).toString();
    const int bindIndex = m_bind->findData(bind);
    if (bindIndex >= 0)
        m_bind->setCurrentIndex(bindIndex);
    else
        m_bind->setEditText(bind);
    m_port->setValue(m_settings->port());
    m_startOnLaunch->setChecked(m_settings->value(Settings::Key::ListenerStartOnLaunch).toBool());
    const DeliveryPolicy policy = m_settings->deliveryPolicy();
    m_attempts->setValue(policy.attempts);
    QStringList schedule;
    for (int seconds : policy.retryScheduleSeconds)
        schedule.append(QString::number(seconds));
    m_retrySchedule->setText(schedule.join(u", "_s));
    m_retention->setValue(m_settings->retentionDays());
    for (const PayloadField &field : std::as_const(m_payload))
        field.edit->setText(joinList(m_settings->value(field.key)));
    const int language
        = m_language->findData(m_settings->value(Settings::Key::UiLanguage).toString());
    m_language->setCurrentIndex(std::max(0, language));
    m_startAtLogin->setChecked(StartAtLogin::isEnabled());
    m_loading = false;
    m_notice->setNotice(QString());
    updateCredentialStatus();
    loadPreviewOrder();
}

QString SettingsPage::validate() const
{
    if (!m_sandbox->isChecked() && !m_url->text().trimmed().isEmpty()) {
        const QUrl url(m_url->text().trimmed());
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")
            || url.host().isEmpty())
            return tr("The Hub OS URL must start with https:// (or http://) and name a server.");
    }
    QHostAddress address;
    const QString bind = m_bind->currentIndex() >= 0
            && m_bind->currentText() == m_bind->itemText(m_bind->currentIndex())
        ? m_bind->currentData().toString()
        : m_bind->currentText().trimmed();
    if (!address.setAddress(bind))
        return tr("\"%1\" is not an IP address to listen on (use 0.0.0.0 for all).").arg(bind);
    for (const QString &part : splitList(m_retrySchedule->text())) {
        bool ok = false;
        const int seconds = part.toInt(&ok);
        if (!ok || seconds <= 0)
            return tr("The retry schedule is a list of waits in seconds, e.g. 60, 300, 900. "
                      "\"%1\" is not a number of seconds.")
                .arg(part);
    }
    for (const PayloadField &field : m_payload) {
        if (splitList(field.edit->text()).isEmpty())
            return tr("Every payload field needs at least one path (empty: %1).")
                .arg(field.edit->accessibleName());
    }
    const int filled = int(!m_hotelId->text().trimmed().isEmpty())
        + int(!m_accessToken->text().isEmpty()) + int(!m_passwordToken->text().isEmpty());
    if (filled != 0 && filled != 3)
        return tr("Enter all three Hub OS credentials (hotel ID, access token, password token), "
                  "or none.");
    return {};
}

bool SettingsPage::save()
{
    const QString problem = validate();
    if (!problem.isEmpty()) {
        m_notice->setNotice(problem, true);
        return false;
    }
    const quint16 oldPort = m_settings->port();
    const QString oldBind = m_settings->value(Settings::Key::ListenerBind).toString();
    const QString oldLanguage = m_settings->value(Settings::Key::UiLanguage).toString();

    m_settings->setValue(Settings::Key::HubOsUrl, m_url->text().trimmed());
    m_settings->setValue(Settings::Key::HubOsUseSandbox, m_sandbox->isChecked());
    const QString bind = m_bind->currentText() == m_bind->itemText(m_bind->currentIndex())
        ? m_bind->currentData().toString()
        : m_bind->currentText().trimmed();
    m_settings->setValue(Settings::Key::ListenerBind, bind);
    m_settings->setValue(Settings::Key::ListenerPort, m_port->value());
    m_settings->setValue(Settings::Key::ListenerStartOnLaunch, m_startOnLaunch->isChecked());
    m_settings->setValue(Settings::Key::DeliveryAttempts, m_attempts->value());
    const QStringList schedule = splitList(m_retrySchedule->text());
    if (schedule.isEmpty())
        m_settings->setValue(Settings::Key::DeliveryRetrySchedule,
            Settings::defaultValue(Settings::Key::DeliveryRetrySchedule));
    else
        m_settings->setValue(Settings::Key::DeliveryRetrySchedule, schedule);
    m_settings->setValue(Settings::Key::HistoryRetentionDays, m_retention->value());
    for (const PayloadField &field : std::as_const(m_payload)) {
        const QStringList paths = splitList(field.edit->text());
        m_settings->setValue(
            field.key, paths.size() == 1 ? QVariant(paths.first()) : QVariant(paths));
    }
    const QString language = m_language->currentData().toString();
    m_settings->setValue(Settings::Key::UiLanguage, language);
    QString loginError;
    if (m_startAtLogin->isChecked() != StartAtLogin::isEnabled())
        StartAtLogin::setEnabled(m_startAtLogin->isChecked(), &loginError);
    m_settings->setValue(Settings::Key::UiStartAtLogin, m_startAtLogin->isChecked());
    m_settings->sync();

    QStringList notes { tr("Saved.") };
    if (m_credentialsEdited) {
        m_credentialsEdited = false;
        const HubOsCredentials c { m_hotelId->text().trimmed(), m_accessToken->text(),
            m_passwordToken->text() };
        QPointer<SettingsPage> self(this);
        m_control->saveCredentials(c, [self](const QString &error) {
            if (!self)
                return;
            if (!error.isEmpty())
                self->m_notice->setNotice(tr("Saved, but no system keychain is available (%1): the "
                                             "credentials are kept for this session only.")
                                              .arg(error),
                    true);
            self->updateCredentialStatus();
            Q_EMIT self->credentialsSaved(error);
        });
    } else {
        m_control->applySettings();
    }
    if (bind != oldBind || m_port->value() != oldPort) {
        if (m_control->bridge()->isListening()) {
            QString error;
            if (m_control->restartListener(&error))
                notes.append(tr("The listener now runs on port %1: give Duve the new URL.")
                                 .arg(m_control->bridge()->port()));
            else
                notes.append(tr("The listener could not move to the new address: %1").arg(error));
        }
    }
    if (language != oldLanguage)
        notes.append(tr("The language changes when Hubbridge is opened again."));
    if (!loginError.isEmpty())
        notes.append(tr("Start at login could not be set: %1").arg(loginError));
    m_notice->setNotice(notes.join(u' '), !loginError.isEmpty());
    Q_EMIT savedSettings();
    return true;
}

void SettingsPage::updateCredentialStatus()
{
    QString text;
    if (CredentialStore::environmentOverridesAll())
        text = tr("The credentials come from the HUBBRIDGE_* environment variables.");
    else if (!m_control->credentialsLoaded())
        text = tr("Reading the system keychain…");
    else if (m_control->sessionOnly())
        text = tr("No system keychain is available (%1). The credentials are kept for this "
                  "session only, never written to disk.")
                   .arg(m_control->keychainError());
    else if (m_control->credentials().isComplete())
        text = tr("Stored in the system keychain.");
    else
        text = tr("The credentials are stored in the system keychain when you save.");
    m_credentialStatus->setText(text);
}

void SettingsPage::setTestResult(const QString &text, bool ok)
{
    m_testResult->setText(StatusPalette::chipHtml(ok ? tr("OK") : tr("Problem"),
                              ok ? StatusPalette::Role::Ok : StatusPalette::Role::Problem)
        + u"&nbsp; "_s + text.toHtmlEscaped());
    m_test->setEnabled(true);
    Q_EMIT testFinished(ok, text);
}

void SettingsPage::testConnection()
{
    HubOsCredentials c { m_hotelId->text().trimmed(), m_accessToken->text(),
        m_passwordToken->text() };
    QUrl url(m_url->text().trimmed());
    if (m_sandbox->isChecked()) {
        // The sandbox accepts whatever credentials it is given; it demonstrates the path.
        if (!c.isComplete())
            c = HubOsSandbox::defaultCredentials();
        m_testSandbox = std::make_unique<HubOsSandbox>();
        m_testSandbox->setCredentials(c);
        QString error;
        if (!m_testSandbox->listen(QHostAddress::LocalHost, 0, &error)) {
            setTestResult(tr("The sandbox cannot start: %1").arg(error), false);
            return;
        }
        url = m_testSandbox->url();
    } else {
        if (url.isEmpty()) {
            setTestResult(tr("Enter the Hub OS URL first."), false);
            return;
        }
        if (!url.isValid() || url.host().isEmpty()) {
            setTestResult(tr("\"%1\" is not a web address.").arg(m_url->text()), false);
            return;
        }
        if (!c.isComplete()) {
            setTestResult(tr("Enter the hotel ID and both tokens first."), false);
            return;
        }
    }
    m_test->setEnabled(false);
    m_testResult->setText(tr("Asking Hub OS…"));
    auto *client = new HubOsClient(this);
    client->setBaseUrl(url);
    client->setCredentials(c);
    DeliveryPolicy policy = m_settings->deliveryPolicy();
    policy.attempts = 1;
    policy.attemptTimeoutMs = 10000;
    client->setPolicy(policy);
    HubOsCall *call = client->fetchTaskTypes();
    const QString where = url.toString();
    QPointer<SettingsPage> self(this);
    connect(call, &HubOsCall::finished, this, [self, client, where](const HubOsResult &result) {
        client->deleteLater();
        if (!self)
            return;
        switch (result.outcome) {
        case HubOsResult::Ok: {
            const QJsonValue types
                = QJsonDocument::fromJson(result.body).object().value(u"taskTypes"_s);
            self->setTestResult(types.isArray()
                    ? tr("Connected. Hub OS accepted the credentials and knows %n task type(s).",
                        nullptr, int(types.toArray().size()))
                    : tr("Connected. Hub OS accepted the credentials."),
                true);
            break;
        }
        case HubOsResult::BadCredentials:
            self->setTestResult(tr("Hub OS refused the credentials (HTTP %1). Check the hotel ID "
                                   "and both tokens.")
                                    .arg(result.httpStatus),
                false);
            break;
        case HubOsResult::Exhausted:
            self->setTestResult(tr("Hub OS could not be reached at %1 (%2). Check the URL and the "
                                   "network.")
                                    .arg(where, result.error),
                false);
            break;
        default:
            self->setTestResult(tr("Hub OS answered HTTP %1 at %2, not the task list. Check the "
                                   "URL.")
                                    .arg(result.httpStatus)
                                    .arg(where),
                false);
            break;
        }
        self->m_testSandbox.reset();
    });
}

void SettingsPage::loadPreviewOrder()
{
    HistoryFilter filter;
    filter.events = QStringList { DuveEvent::OrderCreated };
    const QList<HistoryRow> last = m_control->store()->page(filter, 0, 1);
    m_previewRoot = {};
    if (!last.isEmpty()) {
        if (const std::optional<HistoryEntry> entry = m_control->store()->entry(last.first().id)) {
            m_previewRoot = QJsonDocument::fromJson(entry->body).object();
            m_previewSource->setText(
                tr("Preview: the last order received (%1, entry %2).")
                    .arg(entry->orderNumber.isEmpty() ? entry->orderKey
                                                      : u"#"_s + entry->orderNumber)
                    .arg(entry->id));
        }
    }
    if (m_previewRoot.isEmpty())
        m_previewSource->setText(tr("The preview appears once Duve has sent an order."));
    updatePreview();
}

void SettingsPage::updatePreview()
{
    const QJsonValue root(m_previewRoot);
    QJsonValue firstItem;
    for (const PayloadField &field : std::as_const(m_payload)) {
        if (field.key == Settings::Key::PayloadItems) {
            for (const QString &path : splitList(field.edit->text())) {
                const QJsonValue items = PayloadParser::valueAt(root, path);
                if (items.isArray() && !items.toArray().isEmpty()) {
                    firstItem = items.toArray().first();
                    break;
                }
            }
        }
    }
    for (const PayloadField &field : std::as_const(m_payload)) {
        if (m_previewRoot.isEmpty()) {
            field.preview->clear();
            continue;
        }
        const QStringList paths = splitList(field.edit->text());
        QString value;
        if (field.key == Settings::Key::PayloadItems) {
            int count = 0;
            for (const QString &path : paths) {
                const QJsonValue items = PayloadParser::valueAt(root, path);
                if (items.isArray() && !items.toArray().isEmpty()) {
                    count = int(items.toArray().size());
                    break;
                }
            }
            value = count > 0 ? tr("%n item(s)", nullptr, count) : QString();
        } else if (field.key == Settings::Key::PayloadItemExternalId
            || field.key == Settings::Key::PayloadItemQuantity) {
            value = PayloadParser::firstText(firstItem, paths);
        } else {
            value = PayloadParser::firstText(root, paths);
        }
        //: What a payload path finds in the last order (the arrow follows the text).
        const QString shown = value.isEmpty() ? tr("(nothing found)") : tr("→ %1").arg(value);
        field.preview->setText(fontMetrics().elidedText(shown, Qt::ElideRight, 250));
        field.preview->setToolTip(value);
    }
}
