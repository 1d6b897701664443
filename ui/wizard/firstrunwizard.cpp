#include "ui/wizard/firstrunwizard.h"

#include "core/config/settings.h"
#include "core/delivery/bridge.h"
#include "core/hubos/hubossandbox.h"
#include "core/service/runtime.h"
#include "core/store/historystore.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/noticelabel.h"
#include "ui/widgets/outcomechip.h"
#include "ui/widgets/statuspalette.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QWizardPage>

using namespace Qt::StringLiterals;

// A wizard page that asks the wizard before going on.
class WizardStep : public QWizardPage
{
public:
    WizardStep(FirstRunWizard *wizard, int id)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_id(id)
    { }
    bool validatePage() override { return m_wizard->leave(m_id); }
    void initializePage() override { m_wizard->enter(m_id); }

private:
    FirstRunWizard *m_wizard;
    int m_id;
};

namespace {

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new NoticeLabel(parent);
    label->setProblem(true);
    label->hide();
    return label;
}

QPushButton *copyButton(QWidget *parent, QLineEdit *source, const QString &what)
{
    auto *button = new QPushButton(FirstRunWizard::tr("Copy"), parent);
    button->setIcon(
        Icons::glyph(Icons::Glyph::Copy, parent->palette().color(QPalette::ButtonText)));
    button->setAccessibleName(FirstRunWizard::tr("Copy %1").arg(what));
    QObject::connect(button, &QPushButton::clicked, button, [source, button] {
        QApplication::clipboard()->setText(source->text());
        button->setText(FirstRunWizard::tr("Copied"));
    });
    return button;
}

} // namespace

FirstRunWizard::FirstRunWizard(Runtime *control, QWidget *parent)
    : QWizard(parent)
    , m_control(control)
    , m_nam(new QNetworkAccessManager(this))
    , m_useHubOs(new QRadioButton(tr("I have Hub OS credentials")))
    , m_useSandbox(new QRadioButton(tr("Try Hubbridge first with the built-in Hub OS sandbox")))
    , m_url(new QLineEdit)
    , m_hotelId(new QLineEdit)
    , m_accessToken(new QLineEdit)
    , m_passwordToken(new QLineEdit)
    , m_port(new QSpinBox)
    , m_allInterfaces(new QCheckBox(tr("Accept orders from other computers (needed for Duve)")))
    , m_sandboxNote(new QLabel)
    , m_webhookUrl(new QLineEdit)
    , m_testRoom(new QLineEdit)
    , m_sendTest(new QPushButton(tr("&Send a test order")))
    , m_testResult(new QLabel)
    , m_summary(new QLabel)
{
    setWindowTitle(tr("Set up Hubbridge"));
    setWindowIcon(Icons::app());
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(680, 520);
    Settings *settings = control->settings();

    // 1. Credentials.
    auto *credentials = new WizardStep(this, CredentialsPage);
    credentials->setTitle(tr("Connect to Hub OS"));
    credentials->setSubTitle(tr("Hubbridge creates housekeeping tasks in Hub OS with the "
                                "credentials Hub OS gave your hotel."));
    auto *layout = new QVBoxLayout(credentials);
    layout->setSpacing(10);
    m_useHubOs->setAccessibleName(tr("Use my Hub OS credentials"));
    m_useSandbox->setAccessibleName(tr("Use the sandbox"));
    layout->addWidget(m_useHubOs);
    auto *form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0);
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(8);
    m_url->setPlaceholderText(tr("https://…"));
    m_url->setAccessibleName(tr("Hub OS URL"));
    m_url->setText(settings->value(Settings::Key::HubOsUrl).toString());
    m_hotelId->setAccessibleName(tr("Hotel ID"));
    m_accessToken->setAccessibleName(tr("Access token"));
    m_passwordToken->setAccessibleName(tr("Password token"));
    m_accessToken->setEchoMode(QLineEdit::Password);
    m_passwordToken->setEchoMode(QLineEdit::Password);
    const HubOsCredentials known = control->credentials();
    m_hotelId->setText(known.hotelId);
    m_accessToken->setText(known.accessToken);
    m_passwordToken->setText(known.passwordToken);
    form->addRow(tr("Hub OS &URL:"), m_url);
    form->addRow(tr("&Hotel ID:"), m_hotelId);
    form->addRow(tr("&Access token:"), m_accessToken);
    form->addRow(tr("&Password token:"), m_passwordToken);
    auto *showTokens = new QCheckBox(tr("Show the tokens"));
    form->addRow(QString(), showTokens);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_useSandbox);
    auto *sandboxHint = new QLabel(tr("The sandbox is a stand-in for Hub OS inside Hubbridge: "
                                      "orders go all the way through, but no real task is "
                                      "created. You can switch to Hub OS later in Settings."));
    sandboxHint->setWordWrap(true);
    sandboxHint->setContentsMargins(24, 0, 0, 0);
    sandboxHint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(sandboxHint);
    layout->addStretch();
    m_errors.append(errorLabel(credentials));
    layout->addWidget(m_errors.last());
    m_useHubOs->setChecked(true);
    auto enableFields = [this] {
        for (QLineEdit *edit : { m_url, m_hotelId, m_accessToken, m_passwordToken })
            edit->setEnabled(m_useHubOs->isChecked());
    };
    connect(m_useHubOs, &QRadioButton::toggled, this, enableFields);
    connect(showTokens, &QCheckBox::toggled, this, [this](bool on) {
        m_accessToken->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_passwordToken->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    setPage(CredentialsPage, credentials);

    // 2. Listener.
    auto *listener = new WizardStep(this, ListenerPage);
    listener->setTitle(tr("Where Duve sends orders"));
    listener->setSubTitle(tr("Hubbridge listens for Duve's webhooks on a network port of this "
                             "computer. The usual port is 8080; choose another if it is taken."));
    layout = new QVBoxLayout(listener);
    form = new QFormLayout;
    form->setHorizontalSpacing(14);
    m_port->setRange(1, 65535);
    m_port->setValue(settings->port() > 0 ? settings->port() : 8080);
    m_port->setAccessibleName(tr("Listener port"));
    m_port->setMaximumWidth(140);
    form->addRow(tr("&Port:"), m_port);
    m_allInterfaces->setChecked(
        settings->value(Settings::Key::ListenerBind).toString() != u"127.0.0.1");
    m_allInterfaces->setAccessibleName(tr("Accept orders from other computers"));
    form->addRow(QString(), m_allInterfaces);
    layout->addLayout(form);
    auto *firewall = new QLabel(tr("Duve reaches this port from the internet: your IT or "
                                   "internet provider may need to forward it to this computer."));
    firewall->setWordWrap(true);
    firewall->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(firewall);
    layout->addStretch();
    m_errors.append(errorLabel(listener));
    layout->addWidget(m_errors.last());
    setPage(ListenerPage, listener);

    // 3. What to give Duve.
    auto *duve = new WizardStep(this, DuvePage);
    duve->setTitle(tr("Tell Duve support"));
    duve->setSubTitle(tr("Send Duve support this webhook URL and these three custom headers. "
                         "Duve sends them with every order; Hubbridge refuses orders without "
                         "them."));
    auto *grid = new QGridLayout(duve);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(10);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_webhookUrl->setReadOnly(true);
    m_webhookUrl->setFont(fixed);
    m_webhookUrl->setAccessibleName(tr("Webhook URL"));
    grid->addWidget(new QLabel(tr("Webhook URL:")), 0, 0);
    grid->addWidget(m_webhookUrl, 0, 1);
    grid->addWidget(copyButton(duve, m_webhookUrl, tr("the webhook URL")), 0, 2);
    auto *headersTitle = new QLabel(tr("Custom headers:"));
    grid->addWidget(headersTitle, 1, 0, 1, 3);
    const QStringList headerNames { u"custom_hotel_id"_s, u"custom_access_token"_s,
        u"custom_password_token"_s };
    for (int i = 0; i < headerNames.size(); ++i) {
        auto *name = new QLabel(headerNames.at(i));
        name->setFont(fixed);
        name->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *value = new QLineEdit;
        value->setReadOnly(true);
        value->setFont(fixed);
        value->setAccessibleName(tr("Value of %1").arg(headerNames.at(i)));
        m_headerValues.append(value);
        grid->addWidget(name, 2 + i, 0);
        grid->addWidget(value, 2 + i, 1);
        grid->addWidget(copyButton(duve, value, headerNames.at(i)), 2 + i, 2);
    }
    auto *copyAll = new QPushButton(tr("Copy &everything for Duve"));
    copyAll->setAccessibleName(tr("Copy the URL and headers for Duve"));
    connect(copyAll, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(webhookUrlText() + u"\n\n"_s + headersText());
    });
    grid->addWidget(copyAll, 5, 1, 1, 1, Qt::AlignLeft);
    auto *secret = new QLabel(tr("These values are secrets: send them to Duve support only."));
    secret->setWordWrap(true);
    secret->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(secret, 6, 0, 1, 3);
    m_sandboxNote->setWordWrap(true);
    m_sandboxNote->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    grid->addWidget(m_sandboxNote, 7, 0, 1, 3);
    grid->setRowStretch(8, 1);
    grid->setColumnStretch(1, 1);
    setPage(DuvePage, duve);

    // 4. Test order.
    auto *test = new WizardStep(this, TestPage);
    test->setTitle(tr("Send a test order"));
    test->setSubTitle(tr("Hubbridge sends itself a sample Duve order through the listener, as "
                         "Duve would, and shows what happened."));
    layout = new QVBoxLayout(test);
    layout->setSpacing(10);
    form = new QFormLayout;
    form->setHorizontalSpacing(14);
    m_testRoom->setText(u"101"_s);
    m_testRoom->setAccessibleName(tr("Room for the test order"));
    m_testRoom->setMaximumWidth(140);
    form->addRow(tr("&Room:"), m_testRoom);
    layout->addLayout(form);
    auto *testHint = new QLabel(tr("With real Hub OS credentials this creates a real \"Serve "
                                   "towels\" task for that room: pick a room your team knows is "
                                   "a test."));
    testHint->setWordWrap(true);
    testHint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(testHint);
    m_sendTest->setAccessibleName(tr("Send a test order"));
    layout->addWidget(m_sendTest, 0, Qt::AlignLeft);
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::RichText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->setAccessibleName(tr("Test order result"));
    layout->addWidget(m_testResult);
    layout->addStretch();
    connect(m_sendTest, &QPushButton::clicked, this, &FirstRunWizard::sendTestOrder);
    setPage(TestPage, test);

    // 5. Done.
    auto *done = new WizardStep(this, DonePage);
    done->setTitle(tr("Hubbridge is ready"));
    layout = new QVBoxLayout(done);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    layout->addStretch();
    setPage(DonePage, done);

    setButtonText(QWizard::FinishButton, tr("Open Hubbridge"));
}

void FirstRunWizard::setPageError(const QString &text)
{
    const int page = std::clamp(currentId(), 0, int(m_errors.size()) - 1);
    if (page < m_errors.size()) {
        m_errors[page]->setText(text);
        m_errors[page]->setVisible(!text.isEmpty());
    }
}

QString FirstRunWizard::pageError() const
{
    for (const QLabel *label : m_errors) {
        if (!label->isHidden())
            return label->text();
    }
    return {};
}

bool FirstRunWizard::leave(int page)
{
    Settings *settings = m_control->settings();
    if (page == CredentialsPage) {
        if (m_useSandbox->isChecked()) {
            settings->setValue(Settings::Key::HubOsUseSandbox, true);
            settings->sync();
            m_control->applySettings();
            setPageError({});
            return true;
        }
        const QUrl url(m_url->text().trimmed());
        if (m_url->text().trimmed().isEmpty() || !url.isValid() || url.host().isEmpty()) {
            setPageError(tr("Enter the Hub OS URL, e.g. https://api.hubos.example."));
            m_url->setFocus();
            return false;
        }
        const HubOsCredentials c { m_hotelId->text().trimmed(), m_accessToken->text(),
            m_passwordToken->text() };
        if (!c.isComplete()) {
            setPageError(tr("Enter the hotel ID and both tokens, as Hub OS gave them."));
            return false;
        }
        settings->setValue(Settings::Key::HubOsUrl, url.toString());
        settings->setValue(Settings::Key::HubOsUseSandbox, false);
        settings->sync();
        setPageError({});
        m_control->saveCredentials(c);
        return true;
    }
    if (page == ListenerPage) {
        settings->setValue(Settings::Key::ListenerPort, m_port->value());
        settings->setValue(Settings::Key::ListenerBind,
            m_allInterfaces->isChecked() ? u"0.0.0.0"_s : u"127.0.0.1"_s);
        settings->sync();
        QString error;
        const bool same
            = m_control->bridge()->isListening() && m_control->bridge()->port() == m_port->value();
        if (!same && !m_control->restartListener(&error)) {
            setPageError(tr("Port %1 cannot be used: %2. Choose another port.")
                             .arg(m_port->value())
                             .arg(error));
            return false;
        }
        setPageError({});
        return true;
    }
    return true;
}

void FirstRunWizard::enter(int page)
{
    if (page == DuvePage) {
        m_webhookUrl->setText(m_control->bridge()->publicWebhookUrl().toString());
        const HubOsCredentials c = m_control->effectiveCredentials();
        const QStringList values { c.hotelId, c.accessToken, c.passwordToken };
        for (int i = 0; i < m_headerValues.size(); ++i)
            m_headerValues[i]->setText(values.at(i));
        m_sandboxNote->setText(tr("With the sandbox these are demo values, good for a test from "
                                  "this computer only. Send Duve support your real Hub OS "
                                  "credentials once you have them and have entered them in "
                                  "Settings."));
        m_sandboxNote->setVisible(m_control->usesSandbox());
    } else if (page == DonePage) {
        const bool sandbox = m_control->usesSandbox();
        m_summary->setText(
            tr("<p>Hubbridge listens at <b>%1</b>.</p>")
                .arg(m_control->bridge()->publicWebhookUrl().toString().toHtmlEscaped())
            + (sandbox ? tr("<p>Orders go to the <b>built-in sandbox</b>. When your Hub OS "
                            "credentials arrive, enter them in <i>Settings</i> and switch the "
                            "sandbox off.</p>")
                       : tr("<p>Orders go to Hub OS at <b>%1</b>.</p>")
                             .arg(m_control->settings()->hubOsUrl().toString().toHtmlEscaped()))
            + tr("<p>The <i>History</i> page shows every order Duve sends; <i>Mappings</i> says "
                 "which Hub OS task each Duve service becomes. Closing the window keeps "
                 "Hubbridge running in the system tray.</p>"));
    }
}

QString FirstRunWizard::webhookUrlText() const
{
    return m_webhookUrl->text();
}

QString FirstRunWizard::headersText() const
{
    const QStringList names { u"custom_hotel_id"_s, u"custom_access_token"_s,
        u"custom_password_token"_s };
    QStringList lines;
    for (int i = 0; i < names.size(); ++i)
        lines.append(names.at(i) + u": "_s + m_headerValues.at(i)->text());
    return lines.join(u'\n');
}

QString FirstRunWizard::testResult() const
{
    return m_testResult->text();
}

QByteArray FirstRunWizard::sampleOrder(
    const QString &orderId, const QString &room, const QString &externalId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject order {
        { u"id"_s, orderId },
        { u"orderId"_s, int(now.toSecsSinceEpoch() % 100000) },
        { u"status"_s, 0 },
        { u"chargeAmount"_s, 0 },
        { u"currency"_s, u"EUR"_s },
        { u"orderedAt"_s, now.toString(Qt::ISODateWithMs) },
        { u"deliveryAt"_s, now.addSecs(1800).toString(Qt::ISODateWithMs) },
        { u"service"_s,
            QJsonObject { { u"type"_s, 5 }, { u"id"_s, u"hubbridge-test"_s },
                { u"name"_s, u"Hubbridge test order"_s } } },
        { u"bookingDetails"_s,
            QJsonObject { { u"specialRequest"_s, u"Test order sent by the Hubbridge set-up"_s },
                { u"selectedVariables"_s,
                    QJsonArray { QJsonObject {
                        { u"name"_s, u"Units"_s }, { u"price"_s, 0 }, { u"amount"_s, 1 } } } } } },
    };
    const QJsonObject resource {
        { u"id"_s, u"hubbridge-test-reservation"_s },
        { u"firstName"_s, u"Test"_s },
        { u"lastName"_s, u"Guest"_s },
        { u"roomNumber"_s, room },
        { u"order"_s, order },
        { u"product"_s,
            QJsonObject {
                { u"name"_s, u"Hubbridge test order"_s }, { u"externalId"_s, externalId } } },
    };
    const QJsonObject root { { u"event"_s, u"orderCreated"_s }, { u"resource"_s, resource } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

void FirstRunWizard::sendTestOrder()
{
    Bridge *bridge = m_control->bridge();
    if (!bridge->isListening()) {
        m_testResult->setText(StatusPalette::chipHtml(tr("Not sent"), StatusPalette::Role::Problem)
            + u"&nbsp; "_s
            + tr("The listener is not running: go back and choose a port.").toHtmlEscaped());
        return;
    }
    // An enabled mapping to send: towels when mapped, else the first one.
    QString externalId;
    for (const MappingRow &row : m_control->store()->mappings()) {
        if (!row.enabled)
            continue;
        if (externalId.isEmpty() || row.hubOsTaskTypeId == 4)
            externalId = row.duveExternalId;
        if (row.hubOsTaskTypeId == 4)
            break;
    }
    if (externalId.isEmpty()) {
        m_testResult->setText(StatusPalette::chipHtml(tr("Not sent"), StatusPalette::Role::Problem)
            + u"&nbsp; "_s
            + tr("The mapping table is empty: reset it to the defaults on the Mappings page.")
                  .toHtmlEscaped());
        return;
    }
    QUrl url = bridge->webhookUrl();
    url.setHost(u"127.0.0.1"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    const HubOsCredentials c = m_control->effectiveCredentials();
    request.setRawHeader("custom_hotel_id", c.hotelId.toUtf8());
    request.setRawHeader("custom_access_token", c.accessToken.toUtf8());
    request.setRawHeader("custom_password_token", c.passwordToken.toUtf8());
    request.setTransferTimeout(60000);
    const QString orderId = u"hubbridge-test-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    m_sendTest->setEnabled(false);
    m_testResult->setText(tr("Sending…"));
    QNetworkReply *reply = m_nam->post(request,
        sampleOrder(orderId,
            m_testRoom->text().trimmed().isEmpty() ? u"101"_s : m_testRoom->text().trimmed(),
            externalId));
    QPointer<FirstRunWizard> self(this);
    connect(reply, &QNetworkReply::finished, this, [self, reply] {
        reply->deleteLater();
        if (!self)
            return;
        self->m_sendTest->setEnabled(true);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 0) {
            self->m_testResult->setText(
                StatusPalette::chipHtml(tr("No answer"), StatusPalette::Role::Problem)
                + u"&nbsp; "_s
                + tr("The listener did not answer: %1").arg(reply->errorString()).toHtmlEscaped());
            Q_EMIT self->testOrderAnswered(0, QString());
            return;
        }
        QStringList taskIds;
        for (const QJsonValue &task : answer.value(u"tasks"_s).toArray())
            taskIds.append(task.toObject().value(u"taskId"_s).toString());
        const bool created = status == 200 && !taskIds.isEmpty();
        QString text;
        QString outcome;
        if (created) {
            outcome = Outcome::Created;
            text = tr("Duve would have been told HTTP 200: Hub OS task %1 was created. "
                      "Everything works.")
                       .arg(taskIds.join(u", "_s));
        } else {
            outcome = Outcome::Failed;
            text = tr("Duve would have been told HTTP %1 (%2): %3")
                       .arg(status)
                       .arg(answer.value(u"code"_s).toString(),
                           answer.value(u"message"_s).toString());
            const QList<HistoryRow> last = self->m_control->store()->page(HistoryFilter(), 0, 1);
            if (!last.isEmpty()) {
                if (const auto entry = self->m_control->store()->entry(last.first().id);
                    entry && !entry->detail.isEmpty())
                    text += u" — "_s + entry->detail;
            }
        }
        self->m_testResult->setText(
            OutcomeChip::html(OutcomeChip::label(outcome), OutcomeChip::color(outcome))
            + u"&nbsp; "_s + text.toHtmlEscaped());
        Q_EMIT self->testOrderAnswered(status, outcome);
    });
}
