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
#include "ui/widgets/duvesetup.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/noticelabel.h"
#include "ui/widgets/statuspalette.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QToolButton>
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
    // Next to what it explains when its row is taller than its lines.
    label->setAlignment(Qt::AlignLeading | Qt::AlignTop);
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

// When a new language shows: Hubbridge keeps running in the tray when its window is closed.
QString languageNote()
{
    return QSystemTrayIcon::isSystemTrayAvailable()
        ? SettingsPage::tr("A new language shows after you quit Hubbridge (tray menu → Quit) and "
                           "start it again; closing the window is not enough.")
        : SettingsPage::tr("A new language shows after you close Hubbridge and start it again.");
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
    , m_copyForDuve(new QPushButton(tr("Copy everything for &Duve"), this))
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
    auto *accessRow = new QHBoxLayout;
    accessRow->setSpacing(6);
    accessRow->addWidget(m_accessToken, 1);
    m_showAccessToken
        = addShowToggle(m_accessToken, tr("Show the access token"), tr("Hide the access token"));
    accessRow->addWidget(m_showAccessToken);
    auto *accessLabel = new QLabel(tr("&Access token:"), content);
    accessLabel->setBuddy(m_accessToken);
    form->addRow(accessLabel, accessRow);
    m_passwordToken->setAccessibleName(tr("Password token"));
    auto *passwordRow = new QHBoxLayout;
    passwordRow->setSpacing(6);
    passwordRow->addWidget(m_passwordToken, 1);
    m_showPasswordToken = addShowToggle(
        m_passwordToken, tr("Show the password token"), tr("Hide the password token"));
    passwordRow->addWidget(m_showPasswordToken);
    auto *passwordLabel = new QLabel(tr("&Password token:"), content);
    passwordLabel->setBuddy(m_passwordToken);
    form->addRow(passwordLabel, passwordRow);
    // Tab: each token, then its eye button.
    setTabOrder(m_accessToken, m_showAccessToken);
    setTabOrder(m_showAccessToken, m_passwordToken);
    setTabOrder(m_passwordToken, m_showPasswordToken);
    m_credentialStatus->setWordWrap(true);
    form->addRow(QString(), m_credentialStatus);
    m_sandbox->setAccessibleName(tr("Use the Hub OS sandbox"));
    form->addRow(QString(), m_sandbox);
    auto *testRow = new QHBoxLayout;
    testRow->setSpacing(12);
    m_test->setAccessibleName(tr("Test the connection to Hub OS"));
    m_test->setToolTip(tr("Asks Hub OS for its task types with these credentials"));
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::RichText);
    m_testResult->setAccessibleName(tr("Connection test result"));
    // As high as the button: a one-line result does not move the rows below.
    m_testResult->setMinimumHeight(m_test->sizeHint().height());
    m_testResult->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    testRow->addWidget(m_testResult, 1);
    form->addRow(QString(), testRow);
}

QToolButton *SettingsPage::addShowToggle(
    QLineEdit *edit, const QString &showText, const QString &hideText)
{
    // A button of its own next to the field (not an icon inside it), so that Tab reaches it and
    // Space toggles it.
    edit->setEchoMode(QLineEdit::Password);
    auto *show = new QToolButton(this);
    show->setIcon(Icons::glyph(Icons::Glyph::Eye, palette().color(QPalette::ButtonText)));
    show->setCheckable(true);
    show->setFocusPolicy(Qt::StrongFocus);
    show->setAutoRaise(true);
    const auto describe = [show, showText, hideText](bool on) {
        const QString text = on ? hideText : showText;
        show->setToolTip(text);
        show->setAccessibleName(text);
    };
    describe(false);
    connect(show, &QToolButton::toggled, edit, [edit, describe](bool on) {
        edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        describe(on);
    });
    return show;
}

void SettingsPage::hideTokens()
{
    for (QToolButton *show : { m_showAccessToken, m_showPasswordToken })
        show->setChecked(false);
}

void SettingsPage::hideEvent(QHideEvent *event)
{
    // Another page, or the window closed to the tray: a shown token is hidden again.
    hideTokens();
    QWidget::hideEvent(event);
}

void SettingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    loadPreviewOrder(); // orders may have arrived meanwhile
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
    m_copyForDuve->setIcon(Icons::glyph(Icons::Glyph::Copy, palette().color(QPalette::ButtonText)));
    m_copyForDuve->setAccessibleName(tr("Copy the URL and headers for Duve"));
    m_copyForDuve->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    form->addRow(QString(), m_copyForDuve);
    form->addRow(QString(),
        hint(tr("The webhook URL and Duve's three headers with the saved credentials, ready to "
                "paste into an e-mail to Duve support. The header values are secrets."),
            content));
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
    // Payload paths with a live preview: for the IT person, folded away so that a stray
    // keystroke at the front desk does not change where orders are read.
    auto *box = new QGroupBox(tr("Where fields are read in Duve's order"), content);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(16, 14, 16, 14);
    column->setSpacing(10);
    column->addWidget(hint(tr("Change these only when Duve support or your IT person says so: "
                              "they tell Hubbridge where it finds the room, the guest and the "
                              "external ID in Duve's orders."),
        box));
    m_payloadToggle = new QToolButton(box);
    m_payloadToggle->setText(tr("Show the fields"));
    m_payloadToggle->setCheckable(true);
    m_payloadToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_payloadToggle->setArrowType(Qt::RightArrow);
    m_payloadToggle->setAccessibleName(tr("Show where fields are read"));
    column->addWidget(m_payloadToggle, 0, Qt::AlignLeading);
    m_payloadFields = new QWidget(box);
    auto *form = new QFormLayout(m_payloadFields);
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    column->addWidget(m_payloadFields);
    m_payloadFields->hide();
    connect(m_payloadToggle, &QToolButton::toggled, this, [this](bool on) {
        m_payloadFields->setVisible(on);
        m_payloadToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_payloadToggle->setText(on ? tr("Hide the fields") : tr("Show the fields"));
    });
    layout->addWidget(box);

    m_previewSource->setWordWrap(true);
    form->addRow(QString(), m_previewSource);
    // One width for every preview, so that the fields line up.
    const int previewWidth = fontMetrics().averageCharWidth() * 32;
    for (const PayloadSpec &spec : kPayloadSpecs) {
        PayloadField field;
        field.key = spec.key;
        field.edit = new QLineEdit(m_payloadFields);
        field.edit->setAccessibleName(tr(spec.label).chopped(1));
        field.edit->setToolTip(tr("Dotted paths, separated by commas; the first that has a value "
                                  "wins"));
        field.preview = new QLabel(m_payloadFields);
        field.preview->setFixedWidth(previewWidth);
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
    form->addRow(QString(), hint(languageNote(), content));
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
    connect(m_copyForDuve, &QPushButton::clicked, this, &SettingsPage::copyForDuve);
    for (QLineEdit *edit : { m_hotelId, m_accessToken, m_passwordToken }) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_credentialsEdited = true;
            markDirty();
        });
    }
    // A test result is about the values it was made with: it goes when they change.
    for (QLineEdit *edit : { m_url, m_hotelId, m_accessToken, m_passwordToken })
        connect(edit, &QLineEdit::textEdited, m_testResult, &QLabel::clear);
    connect(m_sandbox, &QCheckBox::toggled, m_testResult, &QLabel::clear);
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
    // The preview follows the newest order (read once per burst, and only while shown).
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(500);
    connect(&m_previewTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            loadPreviewOrder();
    });
    connect(m_control->store(), &HistoryStore::entryChanged, this, [this] {
        if (!m_previewTimer.isActive())
            m_previewTimer.start();
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
    hideTokens();
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
        const HubOsCredentials before = m_control->credentials();
        const bool changed = c.isComplete()
            && (c.hotelId != before.hotelId || c.accessToken != before.accessToken
                || c.passwordToken != before.passwordToken);
        if (changed)
            notes.append(tr("Duve must send the new credentials too: give Duve support the new "
                            "headers (Copy everything for Duve)."));
        QPointer<SettingsPage> self(this);
        m_control->saveCredentials(c, [self, changed](const QString &error) {
            if (!self)
                return;
            if (!error.isEmpty())
                self->m_notice->setNotice(tr("Saved, but no system keychain is available (%1): the "
                                             "credentials are kept for this session only.")
                                              .arg(error),
                    true);
            self->updateCredentialStatus();
            Q_EMIT self->credentialsSaved(error);
            if (changed)
                self->remindDuve();
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
        notes.append(languageNote());
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

void SettingsPage::copyForDuve()
{
    const HubOsCredentials c = m_control->effectiveCredentials();
    if (!c.isComplete()) {
        m_notice->setNotice(tr("Enter and save the Hub OS credentials first: Duve sends them as "
                               "its three headers."),
            true);
        return;
    }
    QApplication::clipboard()->setText(DuveSetup::text(m_control->bridge()->publicWebhookUrl(), c));
    QString note = tr("Copied the webhook URL and Duve's three headers: paste them into an e-mail "
                      "to Duve support.");
    if (DuveSetup::reachableOnlyInside(m_control->bridge()->publicWebhookUrl()))
        note += u' '
            + tr("Replace %1 in the URL with the address Duve reaches this computer at from the "
                 "internet.")
                  .arg(m_control->bridge()->publicWebhookUrl().host());
    m_notice->setNotice(note);
}

void SettingsPage::remindDuve()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("Tell Duve support"),
        tr("Duve must send the new credentials too."), QMessageBox::NoButton, this);
    box->setObjectName(u"duveReminder"_s);
    box->setInformativeText(
        tr("Duve sends the hotel ID and both tokens as its three custom headers with every "
           "order. Until Duve support has the new values, Duve's orders are refused "
           "(WEB_HUK_INVALID_CREDS)."));
    QPushButton *copy = box->addButton(tr("Copy everything for Duve"), QMessageBox::AcceptRole);
    box->addButton(tr("Later"), QMessageBox::RejectRole);
    box->setDefaultButton(copy);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPointer<SettingsPage> self(this);
    connect(box, &QMessageBox::finished, this, [self, box, copy] {
        if (self && box->clickedButton() == copy)
            self->copyForDuve();
    });
    box->open();
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
