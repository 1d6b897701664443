#include "bridge.h"

#include "delivery.h"
#include "hubosclient.h"
#include "logging.h"
#include "mapping.h"
#include "ordervalidator.h"

#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kStoredBodyLimit = 64 * 1024; // of a body refused for its size
constexpr int kCommitMarginMs = 750; // kept from answerWithinMs for the last write

bool isOrderEvent(const QString &event)
{
    return event == u"orderCreated"_s || event == u"pendingOrderCreated"_s;
}

bool isReservationEvent(const QString &event)
{
    return event == u"reservationRoomAssign"_s || event == u"reservationCreated"_s;
}
} // namespace

struct Bridge::Exchange
{
    HttpRequest request;
    HttpReply reply;
    HistoryEntry entry;
    DuvePayload payload;
};

Bridge::Bridge(Settings *settings, HistoryStore *store, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_store(store)
    , m_listener(new HttpListener(this))
    , m_client(new HubOsClient(this))
{
    m_listener->setHandler(
        [this](const HttpRequest &request, HttpReply reply) { handle(request, std::move(reply)); });
    reloadSettings();
}

Bridge::~Bridge() = default;

void Bridge::reloadSettings()
{
    m_paths = m_settings->payloadPaths();
    m_policy = m_settings->deliveryPolicy();
    m_maxBodyBytes = m_settings->maxBodyBytes();
    m_client->setPolicy(m_policy);
    m_client->setBaseUrl(m_settings->hubOsUrl());
}

void Bridge::setCredentials(const HubOsCredentials &credentials)
{
    m_credentials = credentials;
    m_client->setCredentials(credentials);
}

bool Bridge::start(QString *error)
{
    return start(m_settings->bindAddress(), m_settings->port(), error);
}

bool Bridge::start(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_listener->listen(address, port, error))
        return false;
    qCInfo(lcListener).noquote() << "listening on" << webhookUrl().toString();
    if (!m_credentials.isComplete())
        qCWarning(lcListener) << "no Hub OS credentials configured: every webhook will be "
                                 "answered WEB_HUK_INVALID_CREDS";
    Q_EMIT listeningChanged(true);
    return true;
}

void Bridge::stop()
{
    if (!m_listener->isListening())
        return;
    m_listener->close();
    qCInfo(lcListener) << "stopped listening";
    Q_EMIT listeningChanged(false);
}

bool Bridge::isListening() const
{
    return m_listener->isListening();
}

quint16 Bridge::port() const
{
    return m_listener->port();
}

QUrl Bridge::webhookUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    QHostAddress address = m_listener->address();
    if (address == QHostAddress::AnyIPv4 || address == QHostAddress::Any
        || address == QHostAddress::AnyIPv6)
        address = QHostAddress::LocalHost;
    url.setHost(address.toString());
    url.setPort(m_listener->port());
    url.setPath(QString::fromLatin1(kWebhookPath));
    return url;
}

void Bridge::shutdown(std::function<void()> done)
{
    stop();
    if (m_inFlight.isEmpty() && m_openRequests == 0) {
        done();
        return;
    }
    qCInfo(lcListener) << "waiting for" << m_openRequests << "request(s) to be answered";
    auto finished = std::make_shared<bool>(false);
    auto finish = [finished, done] {
        if (!*finished) {
            *finished = true;
            done();
        }
    };
    connect(this, &Bridge::idle, this, finish, Qt::SingleShotConnection);
    QTimer::singleShot(m_policy.answerWithinMs + 1000, this, finish);
}

QByteArray Bridge::healthJson() const
{
    const QJsonObject o {
        { u"status"_s, u"ok"_s },
        { u"version"_s, QStringLiteral(HUBBRIDGE_VERSION) },
        { u"listening"_s, isListening() },
        { u"pending"_s, pendingCount() },
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QDeadlineTimer Bridge::deadlineFor(const ExchangePtr &ex) const
{
    const qint64 spent = ex->request.receivedAt.msecsTo(QDateTime::currentDateTimeUtc());
    return QDeadlineTimer(std::max<qint64>(0, m_policy.answerWithinMs - kCommitMarginMs - spent));
}

// ---------------------------------------------------------------------------------------------
// Listener: what arrived, and is it for us?

void Bridge::handle(const HttpRequest &request, HttpReply reply)
{
    const bool health = request.path == QLatin1String(kHealthPath);
    if (health && (request.method == "GET" || request.method == "HEAD")) {
        // Monitoring probes are answered at once and not recorded.
        reply.send(200, healthJson());
        return;
    }

    auto ex = std::make_shared<Exchange>();
    ++m_openRequests;
    ex->request = request;
    ex->reply = std::move(reply);
    HistoryEntry &e = ex->entry;
    e.receivedAt = request.receivedAt;
    e.remoteAddress = request.remoteAddress.toString();
    e.method = QString::fromLatin1(request.method);
    e.path = request.path;
    e.headers = request.headers; // the store replaces the credential values by ***
    e.bodySize = request.body.size();
    e.body
        = request.body.size() > m_maxBodyBytes ? request.body.left(kStoredBodyLimit) : request.body;

    if (health)
        return answer(ex, DuveAnswer::methodNotAllowed());
    if (request.path != QLatin1String(kWebhookPath))
        return answer(ex, DuveAnswer::notFound());
    if (request.method != "POST")
        return answer(ex, DuveAnswer::methodNotAllowed());
    if (request.body.size() > m_maxBodyBytes)
        return answer(ex, DuveAnswer::payloadTooLarge(m_maxBodyBytes));
    handleWebhook(ex);
}

// Credentials, then parsing, then the event decides.
void Bridge::handleWebhook(const ExchangePtr &ex)
{
    const CredentialCheck check = Credentials::verifyHeaders(ex->request.headers, m_credentials);
    if (!check.ok)
        return answer(ex, DuveAnswer::invalidCredentials(check.detail));

    ex->payload = PayloadParser::parse(ex->request.body, m_paths);
    if (!ex->payload.ok)
        return answer(ex, DuveAnswer::malformedJson(ex->payload.error));

    const QString &event = ex->payload.event;
    HistoryEntry &e = ex->entry;
    const OrderData &order = ex->payload.order;
    e.event = event;
    e.reservationId = order.reservationId;
    e.room = order.room;
    e.guest = order.guestName();

    if (isOrderEvent(event))
        return handleOrder(ex);
    if (event == u"orderCancelled"_s)
        return handleCancel(ex);
    if (isReservationEvent(event))
        return handleReservation(ex);
    answer(ex, DuveAnswer::ignored(event));
}

void Bridge::handleReservation(const ExchangePtr &ex)
{
    const OrderData &order = ex->payload.order;
    if (!order.reservationId.isEmpty() && !order.room.isEmpty()) {
        // Queued before the entry: both are on disk when the answer goes out.
        m_store->rememberRoom(order.reservationId, order.room);
        ex->entry.detail
            = u"Room %1 remembered for reservation %2."_s.arg(order.room, order.reservationId);
    }
    DuveAnswer a = DuveAnswer::recorded();
    a.detail = ex->entry.detail;
    answer(ex, a);
}

// ---------------------------------------------------------------------------------------------
// Orders: validate, map, then deliver (or answer from what is known).

void Bridge::handleOrder(const ExchangePtr &ex)
{
    OrderData &order = ex->payload.order;
    HistoryEntry &e = ex->entry;
    QString roomNote;
    if (order.room.isEmpty()) {
        order.room = m_store->roomForReservation(order.reservationId);
        if (!order.room.isEmpty())
            roomNote = u"Room %1 taken from the reservation's room assignment."_s.arg(order.room);
    }
    e.orderKey = order.orderKey;
    e.orderNumber = order.orderNumber;
    e.room = order.room;
    e.externalIds = order.externalIds();

    const OrderVerdict verdict = OrderValidator::validate(order, m_policy.allowPaid);
    if (verdict.kind == OrderVerdict::SkipPaid)
        return answer(ex, DuveAnswer::skipped(verdict.detail));
    if (verdict.kind == OrderVerdict::MissingData)
        return answer(ex, DuveAnswer::invalidBody(verdict.detail));

    const MappingResult mapped = Mapping::mapItems(
        order.items, [this](const QString &id) { return m_store->mapping(id); });
    if (!mapped.ok)
        return answer(ex, DuveAnswer::unknownExternalId(mapped.unknownExternalId));

    if (waitForInFlight(ex, &Bridge::handleOrder))
        return;
    std::optional<OrderRecord> known = m_store->order(order.orderKey);
    if (known && !known->answer.isEmpty()) { // created before (and maybe cancelled since)
        e.tasks = QJsonDocument::fromJson(known->answer).object().value(u"tasks"_s).toArray();
        return answer(ex, DuveAnswer::duplicateOf(known->answer));
    }

    e.detail = roomNote;
    deliver(ex, mapped.items, known.value_or(OrderRecord()));
}

void Bridge::deliver(const ExchangePtr &ex, const QList<MappedItem> &items, OrderRecord record)
{
    const OrderData order = ex->payload.order;
    m_inFlight.insert(order.orderKey, {});
    OrderRecord planned = Delivery::plan(order, items, std::move(record));

    // Record the request and the intent (tasks with their idempotency keys) before calling.
    QPointer<Bridge> self(this);
    m_store->insertEntry(ex->entry, [self, ex, items, planned](bool ok, qint64 id) mutable {
        if (!self)
            return;
        if (!ok) {
            self->refuseUnrecorded(ex);
            self->releaseInFlight(planned.orderKey);
            return;
        }
        ex->entry.id = id;
        planned.entryId = id;
        self->m_store->saveOrder(planned, [self, ex, items, planned](bool saved) {
            if (!self)
                return;
            if (!saved) {
                self->answer(ex, DuveAnswer::storeUnavailable());
                self->releaseInFlight(planned.orderKey);
                return;
            }
            Delivery *delivery = Delivery::createTasks(self->m_client, self->m_store, ex->entry.id,
                ex->payload.order, items, planned, self->deadlineFor(ex), self);
            connect(delivery, &Delivery::finished, self,
                [self, ex](const DuveAnswer &a, const OrderRecord &result, int attempts) {
                    ex->entry.tasks = Delivery::tasksJson(result.tasks, u"created"_s);
                    ex->entry.attempts = attempts;
                    self->settle(ex, a, result);
                });
        });
    });
}

void Bridge::handleCancel(const ExchangePtr &ex)
{
    const OrderData &order = ex->payload.order;
    HistoryEntry &e = ex->entry;
    e.orderKey = order.orderKey;
    e.orderNumber = order.orderNumber;
    e.externalIds = order.externalIds();
    if (order.orderKey.isEmpty())
        return answer(ex, DuveAnswer::ignored(ex->payload.event));
    if (waitForInFlight(ex, &Bridge::handleCancel))
        return;

    const std::optional<OrderRecord> known = m_store->order(order.orderKey);
    if (known && known->state == u"cancelled"_s && !known->cancelAnswer.isEmpty())
        return answer(ex, DuveAnswer::duplicateOf(known->cancelAnswer));
    bool anyTask = false;
    for (const TaskRecord &t : known ? known->tasks : QList<TaskRecord>())
        anyTask = anyTask || (t.state == u"created"_s && !t.taskId.isEmpty());
    if (!anyTask) {
        DuveAnswer a = DuveAnswer::ignored(QString());
        a.detail = u"No Hub OS task is known for this order; nothing to cancel."_s;
        return answer(ex, a);
    }
    cancel(ex, *known);
}

void Bridge::cancel(const ExchangePtr &ex, OrderRecord record)
{
    const QString key = record.orderKey;
    m_inFlight.insert(key, {});
    QPointer<Bridge> self(this);
    m_store->insertEntry(ex->entry, [self, ex, record](bool ok, qint64 id) {
        if (!self)
            return;
        if (!ok) {
            self->refuseUnrecorded(ex);
            self->releaseInFlight(record.orderKey);
            return;
        }
        ex->entry.id = id;
        Delivery *delivery = Delivery::cancelTasks(
            self->m_client, self->m_store, id, record, self->deadlineFor(ex), self);
        connect(delivery, &Delivery::finished, self,
            [self, ex](const DuveAnswer &a, const OrderRecord &result, int attempts) {
                ex->entry.tasks = Delivery::tasksJson(result.tasks, u"cancelled"_s);
                ex->entry.attempts = attempts;
                self->settle(ex, a, result);
            });
    });
}

void Bridge::settle(const ExchangePtr &ex, const DuveAnswer &a, const OrderRecord &result)
{
    // Requests waiting for this order run only once its new state is committed, so that they
    // see it (and answer "duplicate" instead of calling Hub OS again).
    QPointer<Bridge> self(this);
    m_store->saveOrder(result, [self, key = result.orderKey](bool) {
        if (self)
            self->releaseInFlight(key);
    });
    answer(ex, a);
}

bool Bridge::waitForInFlight(const ExchangePtr &ex, void (Bridge::*retry)(const ExchangePtr &))
{
    const auto it = m_inFlight.find(ex->payload.order.orderKey);
    if (it == m_inFlight.end())
        return false;
    qCInfo(lcDelivery).noquote() << "order" << it.key()
                                 << "is in flight; this request waits for it";
    it->append([this, ex, retry] { (this->*retry)(ex); });
    return true;
}

void Bridge::releaseInFlight(const QString &orderKey)
{
    const QList<std::function<void()>> waiting = m_inFlight.take(orderKey);
    for (const auto &resume : waiting)
        resume();
}

void Bridge::refuseUnrecorded(const ExchangePtr &ex)
{
    // Never acknowledge what could not be recorded: Duve retries a 503 later.
    qCCritical(lcListener) << "history not writable; answering 503 so that Duve retries";
    ex->reply.send(503, DuveAnswer::storeUnavailable().bodyBytes());
    requestClosed();
}

void Bridge::requestClosed()
{
    --m_openRequests;
    if (m_openRequests == 0 && m_inFlight.isEmpty())
        Q_EMIT idle();
}

// ---------------------------------------------------------------------------------------------
// Record, then answer.

void Bridge::answer(const ExchangePtr &ex, const DuveAnswer &a)
{
    HistoryEntry &e = ex->entry;
    e.outcome = a.outcome;
    e.httpStatus = a.httpStatus;
    e.code = a.code();
    e.message = a.message();
    if (!a.detail.isEmpty())
        e.detail = e.detail.isEmpty() ? a.detail : e.detail + u' ' + a.detail;
    e.answer = a.bodyBytes();
    e.answeredAt = QDateTime::currentDateTimeUtc();

    QPointer<Bridge> self(this);
    auto send = [self, ex, a](bool ok, qint64 id) {
        if (!ok) {
            if (self)
                self->refuseUnrecorded(ex);
            return;
        }
        ex->reply.send(a.httpStatus, a.bodyBytes());
        if (self)
            self->requestClosed();
        qCInfo(lcListener).noquote()
            << ex->entry.method << ex->entry.path << ex->entry.event << ex->entry.orderKey << "->"
            << a.httpStatus << (a.code().isEmpty() ? a.outcome : a.code());
        if (self)
            Q_EMIT self->answered(id, a);
    };
    if (e.id > 0)
        m_store->updateEntry(e, [send, id = e.id](bool ok) { send(ok, id); });
    else
        m_store->insertEntry(e, send);
}
