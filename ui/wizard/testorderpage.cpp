// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/wizard/testorderpage.h"

#include "core/config/settings.h"
#include "core/delivery/bridge.h"
#include "core/duve/duveevents.h"
#include "core/hubos/hubosclient.h"
#include "core/hubos/huboshealth.h"
#include "core/service/runtime.h"
#include "core/store/historystore.h"
#include "core/store/problems.h"
#include "ui/widgets/hubosstate.h"
#include "ui/widgets/outcomechip.h"
#include "ui/widgets/statuspalette.h"
#include "ui/wizard/firstrunwizard.h"

#include <QCompleter>
#include <QDateTime>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FirstRunTestOrderPage::FirstRunTestOrderPage(Runtime *control, QWidget *parent)
    : FirstRunPage(control, parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_testRoom(new QLineEdit)
    , m_sendTest(new QPushButton(FirstRunWizard::tr("&Send a test order")))
    , m_rooms(new QLabel)
    , m_testResult(new QLabel)
{
    setTitle(FirstRunWizard::tr("Send a test order"));
    setSubTitle(FirstRunWizard::tr("Hubbridge sends itself a sample Duve order through the "
                                   "listener, as Duve would, and shows what happened."));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(14);
    m_testRoom->setText(u"101"_s);
    m_testRoom->setAccessibleName(FirstRunWizard::tr("Room for the test order"));
    m_testRoom->setMaximumWidth(140);
    form->addRow(FirstRunWizard::tr("&Room:"), m_testRoom);
    // Enter in the room sends the test (it would otherwise press Next).
    m_testRoom->installEventFilter(this);
    m_rooms->setWordWrap(true);
    m_rooms->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rooms->setAccessibleName(FirstRunWizard::tr("Rooms Hub OS knows"));
    m_rooms->hide();
    layout->addLayout(form);
    layout->addWidget(m_rooms);
    auto *testHint = new QLabel(
        FirstRunWizard::tr("With real Hub OS credentials this creates a real \"Serve "
                           "towels\" task for that room: pick a room your team knows is "
                           "a test."));
    testHint->setWordWrap(true);
    testHint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(testHint);
    m_sendTest->setAccessibleName(FirstRunWizard::tr("Send a test order"));
    layout->addWidget(m_sendTest, 0, Qt::AlignLeft);
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::RichText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->setAccessibleName(FirstRunWizard::tr("Test order result"));
    layout->addWidget(m_testResult);
    layout->addStretch();
    connect(m_sendTest, &QPushButton::clicked, this, &FirstRunTestOrderPage::sendTestOrder);
}

QString FirstRunTestOrderPage::testResult() const
{
    return m_testResult->text();
}

QString FirstRunTestOrderPage::roomsText() const
{
    return m_rooms->isHidden() ? QString() : m_rooms->text();
}

void FirstRunTestOrderPage::initializePage()
{
    listRooms();
}

bool FirstRunTestOrderPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_testRoom && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_sendTest->isEnabled())
                sendTestOrder();
            return true;
        }
    }
    return FirstRunPage::eventFilter(watched, event);
}

QString FirstRunTestOrderPage::roomRanges(const QStringList &rooms, int most)
{
    QList<qint64> numbers;
    QStringList names;
    for (const QString &room : rooms) {
        bool number = false;
        const qint64 n = room.toLongLong(&number);
        // "0101" stays a name: as a number it would be shown as 101, another room.
        if (number && n >= 0 && QString::number(n) == room)
            numbers.append(n);
        else
            names.append(room);
    }
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    QStringList parts;
    for (qsizetype i = 0; i < numbers.size();) {
        qsizetype j = i;
        while (j + 1 < numbers.size() && numbers[j + 1] == numbers[j] + 1)
            ++j;
        parts.append(j == i ? QString::number(numbers[i])
                            : QString::number(numbers[i]) + u"–"_s + QString::number(numbers[j]));
        i = j + 1;
    }
    names.sort();
    parts += names;
    if (parts.size() > most)
        return parts.mid(0, most).join(u", "_s) + u", …"_s;
    return parts.join(u", "_s);
}

void FirstRunTestOrderPage::listRooms()
{
    // The rooms of whatever orders go to (the sandbox or Hub OS), asked with a client of its own:
    // this question is not an order and leaves Hub OS's health alone.
    delete m_roomsClient;
    m_roomsClient = nullptr;
    m_rooms->hide();
    const QUrl base = control()->bridge()->hubOsClient()->baseUrl();
    const HubOsCredentials credentials = control()->effectiveCredentials();
    if (base.isEmpty() || !credentials.isComplete())
        return;
    m_roomsClient = new HubOsClient(this);
    m_roomsClient->setBaseUrl(base);
    m_roomsClient->setCredentials(credentials);
    DeliveryPolicy policy = control()->settings()->deliveryPolicy();
    policy.attempts = 1;
    m_roomsClient->setPolicy(policy);
    HubOsCall *call = m_roomsClient->fetchRooms();
    const bool sandbox = control()->usesSandbox();
    connect(call, &HubOsCall::finished, this, [this, sandbox](const HubOsResult &result) {
        QStringList rooms;
        for (const QJsonValue &room :
            QJsonDocument::fromJson(result.body).object().value(u"rooms"_s).toArray())
            rooms.append(room.toString());
        rooms.removeAll(QString());
        if (result.outcome == HubOsResult::Ok && !rooms.isEmpty()) {
            const QString ranges = roomRanges(rooms);
            m_rooms->setText(sandbox
                    ? FirstRunWizard::tr("The sandbox knows these rooms: %1.").arg(ranges)
                    : FirstRunWizard::tr("Rooms Hub OS knows: %1.").arg(ranges));
            auto *completer = new QCompleter(rooms, m_testRoom);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            delete m_testRoom->completer();
            m_testRoom->setCompleter(completer);
            m_rooms->show();
        }
        Q_EMIT roomsListed();
    });
}

void FirstRunTestOrderPage::closeTestOrder(const QString &orderKey)
{
    HubOsHealth *health = control()->bridge()->hubOsHealth();
    if (health->isFailing() && health->lastErrorAt() >= m_sentAt)
        HubOsState::setLastFailureWasTest(control());
    std::optional<OrderRecord> order = control()->store()->order(orderKey);
    if (!order || order->state == DeliveryState::Created)
        return;
    order->state = DeliveryState::Cancelled;
    order->nextRetryAt = QDateTime();
    control()->store()->saveOrder(*order);
    // Not a guest's order: it never needs attention.
    control()->store()->markHandled(order->entryId,
        Problems::handledHere(FirstRunWizard::tr("A test order sent by the set-up wizard.")));
}

QByteArray FirstRunTestOrderPage::sampleOrder(
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
    const QJsonObject root { { u"event"_s, DuveEvent::OrderCreated }, { u"resource"_s, resource } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

void FirstRunTestOrderPage::showProblem(const QString &chip, const QString &text)
{
    m_testResult->setText(StatusPalette::chipHtml(chip, StatusPalette::Role::Problem) + u"&nbsp; "_s
        + text.toHtmlEscaped());
}

QString FirstRunTestOrderPage::mappedExternalId() const
{
    // An enabled mapping to send: towels when mapped, else the first one.
    QString externalId;
    for (const MappingRow &row : control()->store()->mappings()) {
        if (!row.enabled)
            continue;
        if (externalId.isEmpty() || row.hubOsTaskTypeId == 4)
            externalId = row.duveExternalId;
        if (row.hubOsTaskTypeId == 4)
            break;
    }
    return externalId;
}

void FirstRunTestOrderPage::sendTestOrder()
{
    Bridge *bridge = control()->bridge();
    if (!bridge->isListening()) {
        showProblem(FirstRunWizard::tr("Not sent"),
            FirstRunWizard::tr("The listener is not running: go back and choose a port."));
        return;
    }
    const QString externalId = mappedExternalId();
    if (externalId.isEmpty()) {
        showProblem(FirstRunWizard::tr("Not sent"),
            FirstRunWizard::tr(
                "The mapping table is empty: reset it to the defaults on the Mappings page."));
        return;
    }
    QUrl url = bridge->webhookUrl();
    url.setHost(u"127.0.0.1"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    const HubOsCredentials c = control()->effectiveCredentials();
    request.setRawHeader("custom_hotel_id", c.hotelId.toUtf8());
    request.setRawHeader("custom_access_token", c.accessToken.toUtf8());
    request.setRawHeader("custom_password_token", c.passwordToken.toUtf8());
    request.setTransferTimeout(60000);
    const QString orderId = u"hubbridge-test-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    m_orderKey = orderId;
    m_sentAt = QDateTime::currentDateTimeUtc();
    m_sendTest->setEnabled(false);
    m_testResult->setText(FirstRunWizard::tr("Sending…"));
    const QString room = m_testRoom->text().trimmed();
    QNetworkReply *reply
        = m_nam->post(request, sampleOrder(orderId, room.isEmpty() ? u"101"_s : room, externalId));
    QPointer<FirstRunTestOrderPage> self(this);
    connect(reply, &QNetworkReply::finished, this, [self, reply] {
        reply->deleteLater();
        if (self)
            self->showAnswer(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->readAll(), reply->errorString());
    });
}

void FirstRunTestOrderPage::showAnswer(int status, const QByteArray &body, const QString &error)
{
    m_sendTest->setEnabled(true);
    if (status == 0) {
        showProblem(FirstRunWizard::tr("No answer"),
            FirstRunWizard::tr("The listener did not answer: %1").arg(error));
        Q_EMIT testOrderAnswered(0, QString());
        return;
    }
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    QStringList taskIds;
    for (const QJsonValue &task : answer.value(u"tasks"_s).toArray())
        taskIds.append(task.toObject().value(u"taskId"_s).toString());
    const bool created = status == 200 && !taskIds.isEmpty();
    QString text;
    QString closed; // on a line of its own
    Outcome outcome = Outcome::Failed;
    if (created) {
        outcome = Outcome::Created;
        text = FirstRunWizard::tr("Duve would have been told HTTP 200: Hub OS task %1 was created. "
                                  "Everything works.")
                   .arg(taskIds.join(u", "_s));
    } else {
        outcome = Outcome::Failed;
        text = FirstRunWizard::tr("Duve would have been told HTTP %1 (%2): %3")
                   .arg(status)
                   .arg(answer.value(u"code"_s).toString(), answer.value(u"message"_s).toString());
        const QList<HistoryRow> last = control()->store()->page(HistoryFilter(), 0, 1);
        if (!last.isEmpty()) {
            if (const auto entry = control()->store()->entry(last.first().id);
                entry && !entry->detail.isEmpty())
                text += u" — "_s + entry->detail;
        }
        closeTestOrder(m_orderKey);
        closed = FirstRunWizard::tr("A test order is not tried again later and does not count "
                                    "as a guest's failed order.");
    }
    m_testResult->setText(
        OutcomeChip::html(OutcomeChip::label(outcome), OutcomeChip::color(outcome)) + u"&nbsp; "_s
        + text.toHtmlEscaped()
        + (closed.isEmpty() ? QString() : u"<br>"_s + closed.toHtmlEscaped()));
    Q_EMIT testOrderAnswered(status, outcomeName(outcome));
}
