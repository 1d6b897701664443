// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/delivery/bridge.h"

#include "core/common/logging.h"
#include "core/delivery/delivery.h"
#include "core/delivery/outbox.h"
#include "core/duve/duvecredentials.h"
#include "core/duve/ordervalidator.h"
#include "core/duve/webhookreader.h"
#include "core/hubos/hubosclient.h"
#include "core/hubos/huboshealth.h"
#include "core/mapping/mapping.h"
#include "core/mapping/roomresolver.h"
#include "core/net/httpanswer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaMethod>
#include <QNetworkInterface>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kStoredBodyLimit = 64 * 1024; // of a body refused for its size
constexpr qint64 kAnonymousBodyLimit = 4 * 1024; // of one from a sender without credentials
constexpr int kCommitMarginMs = 750; // kept from answerWithinMs for the last write
constexpr int kCountsCoalesceMs = 500; // workCountsChanged at most this often
constexpr int kShutdownPollMs = 20; // while a request arriving at the stop is read
// A request for an order another instance is working on asks for it again this often.
constexpr int kClaimPollMs = 50;
constexpr int kHotelsReloadMs = 10000; // the group's hotels are read again this often
// A group's hotel with this many orders waiting on its Hub OS, the oldest for this long, is
// backlogged (LiveDeliveries): a Hub OS answering in 200 ms never is, at any load.
constexpr int kBackloggedOrders = 8;
constexpr std::chrono::milliseconds kBackloggedAge { 1000 };

// Not from Duve as far as anyone can tell: wrong or no credentials, or not a webhook at all.
bool isAnonymous(const DuveAnswer &a)
{
    return a.code() == u"WEB_HUK_INVALID_CREDS"_s || a.httpStatus == 404 || a.httpStatus == 405;
}

// Bound to every interface (0.0.0.0, ::), not to one address.
bool isAnyAddress(const QHostAddress &address)
{
    return address == QHostAddress::AnyIPv4 || address == QHostAddress::Any
        || address == QHostAddress::AnyIPv6;
}
} // namespace

struct Bridge::Exchange
{
    HttpRequest request;
    HttpReply reply; // empty for a resend: nobody waits on the wire
    HistoryEntry entry;
    Hotel hotel; // whose request: the data folder's own hotel, or one of a group's
    DuvePayload payload;
    bool resend = false;
    std::function<void(const DuveAnswer &)> onAnswered;
    quint64 readFailuresAtStart = 0; // HistoryStore::readFailures() when it arrived
    QString roomNote; // how the Hub OS room was found, when it is not the Duve room
    // When the claim on the order (a shared store) may have gone to another instance.
    QDeadlineTimer claimLease { QDeadlineTimer::Forever };
};

Bridge::Bridge(Settings *settings, HistoryStore *store, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_store(store)
    , m_listener(new HttpListener(this))
    , m_hotels(new Hotels(store, this))
    , m_hotelsTimer(new QTimer(this))
    , m_outbox(new Outbox(
          store, [this](const QString &hotel) { return m_hotels->clientFor(hotel); }, &m_locks,
          [this](
              const OrderRecord &result, const DuveAnswer &answer) { saveSettled(result, answer); },
          this))
    , m_countsTimer(new QTimer(this))
    , m_sweepTimer(new QTimer(this))
{
    connect(m_sweepTimer, &QTimer::timeout, this,
        [this] { m_store->recoverInterruptedWork(interruptedBefore()); });
    // A burst settles hundreds of orders a second; the counts are read once per burst.
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(kCountsCoalesceMs);
    connect(m_countsTimer, &QTimer::timeout, this, [this] {
        // The problems are counted for someone who shows them (the tray), not for serve: on
        // PostgreSQL, with thousands of failed requests in the history, the count takes a good
        // part of a second (SQLite keeps them in a table of their own: milliseconds).
        if (!isSignalConnected(QMetaMethod::fromSignal(&Bridge::workCountsChanged)))
            return;
        const ProblemCounts counts = m_store->problemCounts();
        Q_EMIT workCountsChanged(counts.retrying, counts.needsAttention);
    });
    // A problem marked handled (or an entry settled by a retry) changes the counts too.
    connect(m_store, &HistoryStore::entryChanged, this, &Bridge::emitWorkCounts);
    m_listener->setHandler(
        [this](const HttpRequest &request, HttpReply reply) { handle(request, std::move(reply)); });
    m_listener->setRefusalHandler(
        [this](const RefusedRequest &request, std::function<void()> recorded) {
            recordRefused(request, std::move(recorded));
        });
    // A hotel added, changed or removed here is seen at once; by another process (hubbridge
    // hotels, another instance) within the timer's interval.
    connect(m_store, &HistoryStore::hotelsChanged, m_hotels, &Hotels::reload);
    connect(m_hotelsTimer, &QTimer::timeout, m_hotels, &Hotels::reload);
    reloadSettings();
}

Bridge::~Bridge() = default;

void Bridge::reloadSettings()
{
    m_paths = m_settings->payloadPaths();
    m_policy = m_settings->deliveryPolicy();
    m_maxBodyBytes = m_settings->maxBodyBytes();
    m_outbox->setSchedule(m_policy.retryScheduleSeconds);
    m_outbox->setAttemptBudgetMs(m_policy.answerWithinMs);
    m_outbox->setClaimLeaseMs(m_policy.claimLeaseMs);
    m_hotels->setSecretsDir(m_settings->hotelSecretsDir());
    m_hotels->configure(m_settings->hubOsUrl(), m_policy);
    m_hotels->reload();
    m_listener->setConfig(
        m_settings->listenerConfig()); // limits, allow-list, TLS: used by the next start()
}

void Bridge::setCredentials(const HubOsCredentials &credentials)
{
    m_hotels->setOwnCredentials(credentials);
}

bool Bridge::start(QString *error)
{
    return start(m_settings->bindAddress(), m_settings->port(), error);
}

bool Bridge::start(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_listener->listen(address, port, error))
        return false;
    startBackgroundWork();
    qCInfo(lcListener).noquote() << "listening on" << webhookUrl().toString();
    if (m_hotels->isGroup())
        qCInfo(lcListener) << "serving" << m_hotels->count() << "hotel(s) of a group"
                           << (hasCredentials() ? "and this data folder's own" : "");
    else if (!hasCredentials())
        qCWarning(lcListener) << "no Hub OS credentials configured: every webhook will be "
                                 "answered WEB_HUK_INVALID_CREDS";
    Q_EMIT listeningChanged(true);
    return true;
}

void Bridge::startBackgroundWork()
{
    if (m_backgroundStarted)
        return;
    m_backgroundStarted = true;
    // Work cut off by a crash or power loss: answer-less entries are marked, orders whose
    // delivery was under way are due at once. Then the outbox takes over.
    QPointer<Bridge> self(this);
    m_store->recoverInterruptedWork(interruptedBefore(), [self](bool) {
        if (!self)
            return;
        self->m_outbox->start();
        self->emitWorkCounts();
    });
    // Instances sharing a database: another one may die at any time, and nobody restarts it
    // for its entries' sake. What it left unanswered is marked by whoever looks next (its orders
    // are due again when their claims' leases run out: the outbox sees to those).
    if (m_store->isShared())
        m_sweepTimer->start(m_policy.claimLeaseMs);
    m_hotelsTimer->start(kHotelsReloadMs);
}

QDateTime Bridge::interruptedBefore() const
{
    // Alone, every entry without an answer was cut off. Sharing the database, the entries of the
    // last claim lease may still be answered by a live instance.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_store->isShared() ? now.addMSecs(-m_policy.claimLeaseMs) : now;
}

void Bridge::stop()
{
    if (!m_listener->isListening())
        return;
    m_listener->close();
    m_outbox->stop();
    m_sweepTimer->stop();
    m_backgroundStarted = false;
    qCInfo(lcListener) << "stopped listening";
    Q_EMIT listeningChanged(false);
}

int Bridge::retryPendingNow()
{
    return m_outbox->retryNow();
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
    url.setScheme(m_listener->isTls() ? u"https"_s : u"http"_s);
    QHostAddress address = m_listener->address();
    if (isAnyAddress(address))
        address = QHostAddress::LocalHost;
    url.setHost(address.toString());
    url.setPort(m_listener->port());
    url.setPath(QString::fromLatin1(kWebhookPath));
    return url;
}

QUrl Bridge::publicWebhookUrl() const
{
    const QUrl configured(m_settings->value(Settings::Key::ListenerPublicUrl).toString().trimmed());
    if (configured.isValid() && !configured.host().isEmpty())
        return configured;
    QUrl url = webhookUrl();
    if (!isAnyAddress(m_listener->address()))
        return url;
    // The first address of a running, non-loopback interface (IPv4 preferred: what a router
    // forwards to).
    QHostAddress best;
    for (const QNetworkInterface &nic : QNetworkInterface::allInterfaces()) {
        const auto flags = nic.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp)
            || !flags.testFlag(QNetworkInterface::IsRunning)
            || flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : nic.addressEntries()) {
            const QHostAddress a = entry.ip();
            if (a.isLinkLocal() || a.isLoopback())
                continue;
            if (best.isNull()
                || (a.protocol() == QAbstractSocket::IPv4Protocol
                    && best.protocol() != QAbstractSocket::IPv4Protocol))
                best = a;
        }
    }
    if (!best.isNull())
        url.setHost(best.toString());
    return url;
}

void Bridge::shutdown(std::function<void()> done)
{
    // Only requests someone waits for are waited for: a background retry in flight is left
    // (its order stays due and is retried at the next start, with the same idempotency keys).
    stop();
    if (m_openRequests > 0)
        qCInfo(lcListener) << "waiting for" << m_openRequests << "request(s) to be answered";
    m_onAllAnswered = std::move(done);
    m_shutdownDeadline = QDeadlineTimer(m_policy.answerWithinMs + 1000);
    QTimer::singleShot(m_policy.answerWithinMs + 1000, this, &Bridge::finishShutdownWhenQuiet);
    finishShutdownWhenQuiet();
}

// Done when every request is answered and none is arriving (bytes that came just before the
// stop are read and answered too), or when the time is up.
void Bridge::finishShutdownWhenQuiet()
{
    if (!m_onAllAnswered)
        return;
    const bool quiet = m_openRequests == 0 && !m_listener->hasRequestsArriving();
    if (quiet || m_shutdownDeadline.hasExpired()) {
        std::exchange(m_onAllAnswered, {})();
        return;
    }
    if (m_openRequests == 0) // requestClosed() calls again otherwise
        QTimer::singleShot(kShutdownPollMs, this, &Bridge::finishShutdownWhenQuiet);
}

// Anyone may ask whether Hubbridge is up; what it is doing (counts, Hub OS errors, version) is
// for this computer (not through a proxy in front) or for a sender with the hotel's credentials.
// A group's hotel sees its own state alone, never another hotel's.
std::optional<Hotel> Bridge::healthDetailFor(const HttpRequest &request) const
{
    const bool forwarded = !request.header("forwarded").isEmpty()
        || !request.header("x-forwarded-for").isEmpty() || !request.header("x-real-ip").isEmpty();
    if (request.remoteAddress.isLoopback() && !forwarded)
        return m_hotels->own();
    const Hotel hotel = m_hotels->checkingHeaders(request.headers);
    if (!hotel.credentials.isComplete()
        || !DuveCredentials::verifyHeaders(request.headers, hotel.credentials).ok)
        return std::nullopt;
    return hotel;
}

namespace {
QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toString(Qt::ISODate)) : QJsonValue();
}

void addHubOsHealth(QJsonObject &o, const HubOsHealth &h)
{
    o.insert(u"lastError"_s, h.lastError().isEmpty() ? QJsonValue() : QJsonValue(h.lastError()));
    o.insert(u"lastErrorAt"_s, timeOrNull(h.lastErrorAt()));
    o.insert(u"lastSuccessAt"_s, timeOrNull(h.lastSuccessAt()));
}

QJsonObject hotelHealth(const Hotel &h, const ProblemCounts &counts)
{
    QJsonObject o { { u"key"_s, h.key }, { u"enabled"_s, h.enabled },
        { u"credentials"_s, h.credentials.isComplete() },
        { u"hubOsFailing"_s, h.health->isFailing() },
        { u"previousCredentialsUntil"_s,
            timeOrNull(h.acceptsPrevious() ? h.previousUntil : QDateTime()) },
        { u"pending"_s, counts.retrying }, { u"failed"_s, counts.needsAttention } };
    addHubOsHealth(o, *h.health);
    return o;
}
} // namespace

QByteArray Bridge::healthJson(const HttpRequest &request, const QString &problem) const
{
    const QString status = problem.isEmpty() ? u"ok"_s : u"failing"_s;
    QJsonObject o { { u"status"_s, status } };
    // HEAD is a load balancer's check: its answer has no body, and the detail's counts read the
    // history (about 1.7 s with 120,000 open problems among 1M entries on PostgreSQL; 7 ms on
    // SQLite, which keeps them in a table of their own).
    const std::optional<Hotel> viewer
        = request.method == "HEAD" ? std::nullopt : healthDetailFor(request);
    if (!viewer)
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    o.insert(u"problem"_s, problem.isEmpty() ? QJsonValue() : QJsonValue(problem));
    o.insert(u"version"_s, QStringLiteral(HUBBRIDGE_VERSION));
    o.insert(u"listening"_s, isListening());
    if (!viewer->key.isEmpty()) {
        // One hotel of a group: its own counts and Hub OS.
        o.insert(
            u"hotels"_s, QJsonArray { hotelHealth(*viewer, m_store->problemCounts(viewer->key)) });
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    const ProblemCounts counts = m_store->problemCounts();
    o.insert(u"pending"_s, std::max(pendingCount(), counts.retrying));
    o.insert(u"failed"_s, counts.needsAttention); // orders needing a person, as the window counts
    o.insert(u"credentialFailures"_s, counts.credentialFailures);
    addHubOsHealth(o, *hubOsHealth()); // the data folder's own hotel's Hub OS
    if (m_hotels->isGroup()) {
        const QHash<QString, ProblemCounts> byHotel = m_store->problemCountsByHotel();
        QJsonArray hotels;
        for (const Hotel &h : m_hotels->group())
            hotels.append(hotelHealth(h, byHotel.value(h.key)));
        o.insert(u"hotels"_s, hotels);
    }
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
        // Monitoring probes are answered at once and not recorded. 503 when orders cannot be
        // recorded: every webhook is refused then, and a load balancer should know.
        const QString problem = m_store->problem();
        reply.send(problem.isEmpty() ? 200 : 503, healthJson(request, problem));
        return;
    }

    const ExchangePtr ex = newExchange(request, std::move(reply));
    const QString method = QString::fromLatin1(request.method);
    if (health)
        return answer(ex, DuveAnswer::methodNotAllowed(method + u' ' + request.path));
    const std::optional<Hotel> hotel
        = isWebhookPath(request.path) ? hotelOf(request) : std::nullopt;
    if (!hotel)
        return answer(ex, DuveAnswer::notFound(method + u' ' + request.path.left(200)));
    if (request.method != "POST")
        return answer(ex, DuveAnswer::methodNotAllowed(method + u' ' + request.path));
    ex->hotel = *hotel;
    if (hotel->checkedWithPrevious && !std::exchange(m_saidPrevious[hotel->key], true))
        qCWarning(lcListener).noquote()
            << Log::hotel(hotel->key)
            << "Duve still sends the hotel's previous credentials, accepted until"
            << hotel->previousUntil.toString(Qt::ISODate)
            << "- put the new ones in the hotel's Duve account";
    // The body limit has one owner: the connection guard refused anything larger (413).
    handleWebhook(ex);
}

const QList<QByteArray> &Bridge::secretValues() const
{
    return m_hotels->secretValues();
}

bool Bridge::isWebhookPath(const QString &path)
{
    const QLatin1String base(kWebhookPath);
    return path.startsWith(base) && (path.size() == base.size() || path.at(base.size()) == u'/');
}

std::optional<Hotel> Bridge::hotelOf(const HttpRequest &request) const
{
    const qsizetype base = qsizetype(qstrlen(kWebhookPath));
    if (request.path.size() == base + 1) // "/webhooks/duve/"
        return std::nullopt;
    if (request.path.size() == base)
        return m_hotels->checkingHeaders(request.headers);
    const std::optional<Hotel> hotel = m_hotels->byKey(request.path.mid(base + 1));
    if (!hotel)
        return std::nullopt;
    return hotel->checking(request.headers);
}

Bridge::ExchangePtr Bridge::newExchange(const HttpRequest &request, HttpReply reply)
{
    auto ex = std::make_shared<Exchange>();
    ex->readFailuresAtStart = m_store->readFailures();
    ++m_openRequests;
    ex->request = request;
    ex->reply = std::move(reply);
    HistoryEntry &e = ex->entry;
    e.receivedAt = request.receivedAt;
    e.remoteAddress = request.remoteAddress.toString();
    e.method = QString::fromLatin1(request.method);
    e.path = request.path;
    // The store replaces the credential headers' values by ***; values that hold a credential
    // under any other header name go here.
    e.headers = Http::withoutSecretValues(request.headers, secretValues());
    e.bodySize = request.body.size();
    e.body
        = request.body.size() > m_maxBodyBytes ? request.body.left(kStoredBodyLimit) : request.body;
    return ex;
}

bool Bridge::isReplayable(const HistoryEntry &e)
{
    // A webhook kept whole, whose sender proved it knew the credentials: a request refused for
    // its credentials is never replayed (it may be anyone's).
    return e.method == u"POST"_s && isWebhookPath(e.path) && !e.body.isEmpty()
        && e.bodySize <= e.body.size()
        && !(e.outcome == Outcome::Rejected && e.code == u"WEB_HUK_INVALID_CREDS"_s);
}

QList<qint64> Bridge::replayableEntries(const HistoryFilter &filter) const
{
    QList<qint64> ids;
    for (const qint64 id : m_store->entriesToResend(filter)) {
        const std::optional<HistoryEntry> e = m_store->entry(id);
        if (e && isReplayable(*e))
            ids.append(id);
    }
    return ids;
}

void Bridge::resendEntry(qint64 entryId, std::function<void(bool, const DuveAnswer &)> done)
{
    const std::optional<HistoryEntry> original = m_store->entry(entryId);
    if (!original || !isReplayable(*original)) {
        DuveAnswer nothing;
        nothing.detail = tr("Entry %1 holds no Duve webhook that can be sent again.").arg(entryId);
        done(false, nothing);
        return;
    }
    const std::optional<Hotel> hotel = m_hotels->byKey(original->hotel);
    if (!hotel) {
        DuveAnswer gone;
        gone.detail = tr("Entry %1 is hotel %2's, which this service no longer has.")
                          .arg(entryId)
                          .arg(original->hotel);
        done(false, gone);
        return;
    }
    // The recorded request goes through the pipeline again, as if Duve had re-sent it: the
    // same order key gives the same idempotency keys, so Hub OS never gets a second task.
    HttpRequest request;
    request.receivedAt = QDateTime::currentDateTimeUtc();
    request.method = "POST";
    request.path = original->path;
    request.headers = original->headers;
    request.body = original->body;
    const ExchangePtr ex = newExchange(request, HttpReply());
    ex->resend = true;
    ex->hotel = *hotel;
    ex->entry.remoteAddress = tr("resend of #%1").arg(entryId);
    ex->onAnswered = [done](const DuveAnswer &a) { done(true, a); };
    handleWebhook(ex);
}

// Read (credentials, parse, classify), then the event decides.
void Bridge::handleWebhook(const ExchangePtr &ex)
{
    ex->entry.hotel = ex->hotel.key;
    if (!ex->hotel.enabled)
        return answer(
            ex, DuveAnswer::invalidCredentials(u"hotel %1 is disabled"_s.arg(ex->hotel.key)));
    const WebhookRead read = WebhookReader::read(
        ex->request.headers, ex->request.body, ex->hotel.credentials, m_paths, ex->resend);
    if (read.kind == WebhookRead::Kind::Refused)
        return answer(ex, read.answer);
    ex->payload = read.payload;
    HistoryEntry &e = ex->entry;
    const OrderData &order = ex->payload.order;
    e.event = ex->payload.event;
    e.reservationId = order.reservationId;
    e.room = order.room;
    e.guest = order.guestName();
    e.service = order.serviceName;
    switch (read.kind) {
    case WebhookRead::Kind::Order:
        return handleOrder(ex);
    case WebhookRead::Kind::Cancel:
        return handleCancel(ex);
    case WebhookRead::Kind::Reservation:
        return handleReservation(ex);
    case WebhookRead::Kind::Ignored:
    case WebhookRead::Kind::Refused:
        break;
    }
    answer(ex, read.answer);
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
    const ResolvedRoom room = RoomResolver::resolve(
        order.room, order.reservationId,
        [this](const QString &reservation) { return m_store->roomForReservation(reservation); },
        [this, ex](
            const QString &duveRoom) { return m_store->hubOsRoomFor(duveRoom, ex->hotel.key); });
    order.room = room.room;
    e.orderKey = order.orderKey;
    e.orderNumber = order.orderNumber;
    e.room = order.room;
    e.externalIds = order.externalIds();

    const OrderVerdict verdict
        = OrderValidator::validate(order, m_policy.allowPaid, m_policy.maxItems);
    if (verdict.kind == OrderVerdict::SkipPaid)
        return answer(ex, DuveAnswer::skipped(verdict.detail));
    if (verdict.kind == OrderVerdict::MissingData || verdict.kind == OrderVerdict::TooManyItems)
        return answer(ex, DuveAnswer::invalidBody(verdict.detail, verdict.reason));

    const MappingResult mapped = Mapping::mapItems(
        order.items, [this, ex](const QString &id) { return m_store->mapping(id, ex->hotel.key); });
    if (!mapped.ok)
        return answer(ex, DuveAnswer::unknownExternalId(mapped.unknownExternalId));
    ex->roomNote = room.note;
    takeOrder(ex, mapped.items);
}

// One piece of work per order at a time, in this instance (OrderLocks) and among the instances
// sharing the database (a claim): then what is known of the order decides.
void Bridge::takeOrder(const ExchangePtr &ex, const QList<MappedItem> &items)
{
    const QString key = ex->payload.order.orderKey;
    const auto again = [this, ex, items] { takeOrder(ex, items); };
    if (m_locks.waitIfHeld(key, again))
        return;
    const std::optional<qint64> fence = claimOrder(ex, key, again);
    if (!fence)
        return;
    std::optional<OrderRecord> known = m_store->order(key);
    if (known && !known->answer.isEmpty()) { // created before (and maybe cancelled since)
        m_store->releaseOrder(key, *fence);
        ex->entry.tasks
            = QJsonDocument::fromJson(known->answer).object().value(u"tasks"_s).toArray();
        return answer(ex, DuveAnswer::duplicateOf(known->answer));
    }
    OrderRecord record = known.value_or(OrderRecord());
    record.fence = *fence;
    ex->entry.detail = ex->roomNote;
    deliver(ex, items, std::move(record));
}

std::optional<qint64> Bridge::claimOrder(
    const ExchangePtr &ex, const QString &orderKey, const std::function<void()> &again)
{
    if (!m_store->isShared())
        return 0;
    const HistoryStore::Claim claim = m_store->claimOrder(orderKey, m_policy.claimLeaseMs);
    switch (claim.result) {
    case HistoryStore::Claim::Result::Held:
        ex->claimLease = QDeadlineTimer(m_policy.claimLeaseMs);
        return claim.fence;
    case HistoryStore::Claim::Result::Failed:
        answer(ex, DuveAnswer::storeUnavailable());
        return std::nullopt;
    case HistoryStore::Claim::Result::Busy:
        break;
    }
    // Another instance is with Hub OS for this order (Duve re-sent it to this one): ask again
    // shortly, and answer what that instance got once it lets go. Should it not let go within
    // this request's time (it died or stalled; its lease runs out later), Duve is asked to
    // re-send later and the order is left to the lease.
    if (deadlineFor(ex).remainingTime() < kClaimPollMs) {
        answer(ex, DuveAnswer::orderBusy());
        return std::nullopt;
    }
    QTimer::singleShot(kClaimPollMs, this, again);
    return std::nullopt;
}

void Bridge::deliver(const ExchangePtr &ex, const QList<MappedItem> &items, OrderRecord record)
{
    if (decidedOnAFailedRead(ex)) { // "a new order" may be an order() that could not be read
        m_store->releaseOrder(record.orderKey, record.fence);
        return answer(ex, DuveAnswer::storeUnavailable());
    }
    const OrderData order = ex->payload.order;
    m_locks.tryHold(order.orderKey); // free: checked just before, in the same turn
    OrderRecord planned = Delivery::plan(order, items, std::move(record));
    planned.hotel = ex->hotel.key;
    // Claimed in a shared database: should this instance die now, the order is due for a
    // retry, by any instance, when the claim's lease runs out.
    if (planned.fence != 0)
        planned.nextRetryAt = QDateTime::currentDateTimeUtc().addMSecs(m_policy.claimLeaseMs);

    // Record the request and the intent (tasks with their idempotency keys) before calling:
    // one transaction, one wait for the disk.
    QPointer<Bridge> self(this);
    m_store->insertEntryWithOrder(
        ex->entry, planned, [self, ex, planned](bool ok, qint64 id) mutable {
            if (!self)
                return;
            if (!ok) {
                self->refuseUnrecorded(ex);
                self->m_store->releaseOrder(planned.orderKey, planned.fence);
                self->m_locks.release(planned.orderKey);
                return;
            }
            ex->entry.id = id;
            planned.entryId = id;
            const QString hotel = ex->hotel.key;
            // A group's hotel whose Hub OS is not keeping up: its order goes to the background
            // retries at once, and the connection Duve shares with every hotel is let go. (The
            // data folder's own hotel is not counted: the single-hotel path is as it was.)
            const bool ofGroup = !hotel.isEmpty();
            if (ofGroup && self->m_live.isBacklogged(hotel, kBackloggedOrders, kBackloggedAge)) {
                DuveAnswer answer = DuveAnswer::attemptsFailed(0,
                    u"Hub OS of hotel %1 is not keeping up (%2 or more orders waiting on it for "
                    "over %3 ms); not called now."_s.arg(hotel)
                        .arg(kBackloggedOrders)
                        .arg(kBackloggedAge.count()));
                answer.outcome = Outcome::Pending; // as a delivery that found Hub OS away
                return self->settle(ex, answer, self->m_outbox->withNextRetry(planned, answer));
            }
            const LiveDeliveries::Clock::time_point started
                = ofGroup ? self->m_live.start(hotel) : LiveDeliveries::Clock::time_point();
            Delivery *delivery = Delivery::createTasks(
                ex->hotel.client, self->m_store, id, planned, self->deadlineFor(ex), self);
            connect(delivery, &Delivery::finished, self,
                [self, ex, hotel, started, ofGroup](
                    const DuveAnswer &a, const OrderRecord &result, int attempts) {
                    if (ofGroup)
                        self->m_live.finish(hotel, started);
                    ex->entry.tasks = Delivery::tasksJson(result.tasks, DeliveryState::Created);
                    ex->entry.attempts = attempts;
                    DuveAnswer answer = a;
                    self->settle(ex, answer, self->m_outbox->withNextRetry(result, answer));
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
    const auto again = [this, ex] { handleCancel(ex); };
    if (m_locks.waitIfHeld(order.orderKey, again))
        return;
    const std::optional<qint64> fence = claimOrder(ex, order.orderKey, again);
    if (!fence)
        return;

    std::optional<OrderRecord> known = m_store->order(order.orderKey);
    if (known && known->state == DeliveryState::Cancelled && !known->cancelAnswer.isEmpty()) {
        m_store->releaseOrder(order.orderKey, *fence);
        return answer(ex, DuveAnswer::duplicateOf(known->cancelAnswer));
    }
    bool anyTask = false;
    for (const TaskRecord &t : known ? known->tasks : QList<TaskRecord>())
        anyTask = anyTask || (t.state == DeliveryState::Created && !t.taskId.isEmpty());
    if (!anyTask) {
        m_store->releaseOrder(order.orderKey, *fence);
        DuveAnswer a = DuveAnswer::ignored(QString());
        a.detail = u"No Hub OS task is known for this order; nothing to cancel."_s;
        return answer(ex, a);
    }
    known->fence = *fence;
    cancel(ex, *known);
}

void Bridge::cancel(const ExchangePtr &ex, OrderRecord record)
{
    if (decidedOnAFailedRead(ex)) {
        m_store->releaseOrder(record.orderKey, record.fence);
        return answer(ex, DuveAnswer::storeUnavailable());
    }
    const QString key = record.orderKey;
    m_locks.tryHold(key); // free: checked just before, in the same turn
    QPointer<Bridge> self(this);
    m_store->insertEntry(ex->entry, [self, ex, record](bool ok, qint64 id) {
        if (!self)
            return;
        if (!ok) {
            self->refuseUnrecorded(ex);
            self->m_store->releaseOrder(record.orderKey, record.fence);
            self->m_locks.release(record.orderKey);
            return;
        }
        ex->entry.id = id;
        Delivery *delivery = Delivery::cancelTasks(
            ex->hotel.client, self->m_store, id, record, self->deadlineFor(ex), self);
        connect(delivery, &Delivery::finished, self,
            [self, ex](const DuveAnswer &a, const OrderRecord &result, int attempts) {
                ex->entry.tasks = Delivery::tasksJson(result.tasks, DeliveryState::Cancelled);
                ex->entry.attempts = attempts;
                self->settle(ex, a, result);
            });
    });
}

void Bridge::settle(const ExchangePtr &ex, const DuveAnswer &a, const OrderRecord &result)
{
    saveSettled(result, a); // dropped by a shared store when the claim was taken over
    if (ex->claimLease.hasExpired()) {
        // This instance stalled past its claim's lease, and another one may have taken the
        // order over and settled it: then what that one stored is the order's answer.
        const std::optional<OrderRecord> stored = m_store->order(result.orderKey);
        const QByteArray storedAnswer = !stored        ? QByteArray()
            : result.state == DeliveryState::Cancelled ? stored->cancelAnswer
                                                       : stored->answer;
        if (!storedAnswer.isEmpty()) {
            qCWarning(lcDelivery).noquote()
                << Log::order(result.orderKey) << "was settled by another instance meanwhile";
            return answer(ex, DuveAnswer::duplicateOf(storedAnswer));
        }
    }
    answer(ex, a);
}

void Bridge::saveSettled(const OrderRecord &result, const DuveAnswer &a)
{
    noteHubOsOutcome(result.hotel, a);
    // Requests waiting for this order run only once its new state is committed, so that they
    // see it (and answer "duplicate" instead of calling Hub OS again).
    QPointer<Bridge> self(this);
    m_store->saveOrder(result, [self, key = result.orderKey, next = result.nextRetryAt](bool) {
        if (!self)
            return;
        self->m_locks.release(key);
        self->m_outbox->wakeBy(next);
        self->emitWorkCounts();
    });
    m_store->releaseOrder(result.orderKey, result.fence); // queued after the save: one commit
}

HubOsHealth *Bridge::hubOsHealth() const
{
    return m_hotels->own().health;
}

void Bridge::noteHubOsOutcome(const QString &hotel, const DuveAnswer &a)
{
    // Each hotel's Hub OS is its own: one failing says nothing of another's.
    HubOsHealth *health = m_hotels->healthFor(hotel);
    if (!health)
        return; // the hotel was removed meanwhile
    // Hub OS is failing when it cannot be reached or refuses Hubbridge; an order it answers
    // "unknown room" or "unknown task type" is that order's problem, and Hub OS works.
    if (a.reason.isHubOsFault())
        health->noteFailure(a.detail.trimmed().isEmpty() ? a.message() : a.detail.trimmed());
    else if (a.outcome != Outcome::Received)
        health->noteSuccess();
}

void Bridge::emitWorkCounts()
{
    if (!m_countsTimer->isActive())
        m_countsTimer->start();
}

// A request the connection guard answered itself (413 before the body was read, 431, ...) is
// recorded like any other; the guard writes its answer once `recorded` runs.
void Bridge::recordRefused(const RefusedRequest &request, std::function<void()> recorded)
{
    HistoryEntry e;
    e.receivedAt = request.receivedAt;
    e.remoteAddress = request.remoteAddress.toString();
    e.method = QString::fromLatin1(request.method);
    e.path = request.path;
    e.headers = Http::withoutSecretValues(request.headers, secretValues()); // see newExchange
    e.bodySize = std::max(request.declaredBodyBytes, request.receivedBodyBytes);
    e.outcome = Outcome::Rejected;
    e.httpStatus = request.status;
    e.code = QString::fromLatin1(request.code);
    e.message = request.message;
    // The body, when the guard received it whole, so that staff can re-send it; only for a
    // sender that knew the credentials (a resend does not check them again).
    const Hotel hotel = m_hotels->checkingHeaders(request.headers);
    e.hotel = hotel.key;
    const bool fromDuve = DuveCredentials::verifyHeaders(request.headers, hotel.credentials).ok;
    const bool keep = fromDuve && request.bodyKept && request.body.size() <= m_maxBodyBytes;
    if (keep)
        e.body = request.body;
    e.detail = keep ? u"Answered by the connection guard; the body was kept."_s
                    : u"Answered by the connection guard; the body was not kept."_s;
    // From the hotel's Duve (right credentials), a refusal is an order problem; from anyone
    // else it is other traffic.
    e.reason = Reason(fromDuve ? Reason::Code::Refused : Reason::Code::RefusedUnread,
        QString::number(request.status));
    e.answer = request.answer;
    e.answeredAt = QDateTime::currentDateTimeUtc();
    DuveAnswer a;
    a.httpStatus = request.status;
    a.body = HttpAnswer::errorObject(QString::fromLatin1(request.code), request.message);
    a.outcome = e.outcome;
    a.detail = e.detail;
    a.reason = e.reason;
    QPointer<Bridge> self(this);
    m_store->insertEntry(
        e, [self, a, hotel = e.hotel, recorded = std::move(recorded)](bool ok, qint64 id) {
            recorded();
            if (self)
                self->countAnswer(
                    a.outcome, a.reason, hotel); // the guard answered, recorded or not
            if (ok && self)
                Q_EMIT self->answered(id, a);
        });
}

void Bridge::countAnswer(std::optional<Outcome> outcome, const Reason &reason, const QString &hotel)
{
    m_answers.add({ outcome ? outcomeName(*outcome) : u"unrecorded"_s,
        reason.isOtherTraffic() ? u"other"_s : u"order"_s, hotel });
}

void Bridge::writeMetrics(QByteArray &out) const
{
    m_answers.write(out, "hubbridge_requests_total",
        "Requests answered, by outcome (unrecorded: answered 503 because the history could not be "
        "written), traffic (order: Duve's orders; other: scanners, unknown paths, wrong "
        "credentials) and hotel (a group's hotel's key; none: the data folder's own).");
    m_recordWaits.write(out, "hubbridge_store_write_seconds",
        "Time from the decision on a request to its record being durable (the answer waits for "
        "it).");
    hubOsClient()->latency().write(out, "hubbridge_hubos_request_duration_seconds",
        "Hub OS HTTP exchanges, from the request to the answer or the failure.");
    Metrics::gauge(out, "hubbridge_orders_in_delivery", "Orders being delivered to Hub OS now.",
        pendingCount());
    Metrics::gauge(out, "hubbridge_outbox_orders",
        "Orders waiting for a background retry to Hub OS.", m_store->pendingOrderCount());
    const QDateTime next = m_store->nextRetryAt();
    const qint64 overdueMs
        = next.isValid() ? std::max<qint64>(0, next.msecsTo(QDateTime::currentDateTimeUtc())) : 0;
    Metrics::gauge(out, "hubbridge_outbox_oldest_due_seconds",
        "How long the most overdue background retry has been due (0: none is late).",
        double(overdueMs) / 1000.0);
    Metrics::gauge(out, "hubbridge_store_failing",
        "1 when the history cannot be written (orders are answered 503), else 0.",
        m_store->problem().isEmpty() ? 0 : 1);
    Metrics::gauge(out, "hubbridge_listening", "1 when the webhook listener accepts requests.",
        isListening() ? 1 : 0);
    // Each hotel's Hub OS (the data folder's own without a label, as in requests_total).
    Metrics::header(out, "hubbridge_hubos_failing",
        "1 while the hotel's Hub OS is failing (its last call failed), else 0.", "gauge");
    Metrics::sample(out, "hubbridge_hubos_failing", {}, hubOsHealth()->isFailing() ? 1 : 0);
    for (const Hotel &h : m_hotels->group())
        Metrics::sample(
            out, "hubbridge_hubos_failing", { { "hotel", h.key } }, h.health->isFailing() ? 1 : 0);
}

void Bridge::refuseUnrecorded(const ExchangePtr &ex)
{
    // Never acknowledge what could not be recorded: Duve retries a 503 later.
    qCCritical(lcListener) << "history not writable; answering 503 so that Duve retries";
    const DuveAnswer unavailable = DuveAnswer::storeUnavailable();
    countAnswer(std::nullopt, ex->entry.reason, ex->entry.hotel);
    ex->reply.send(unavailable.httpStatus, unavailable.bodyBytes());
    if (ex->onAnswered)
        ex->onAnswered(unavailable);
    requestClosed();
}

void Bridge::requestClosed()
{
    --m_openRequests;
    if (m_openRequests == 0)
        finishShutdownWhenQuiet();
    if (m_openRequests == 0 && m_locks.isEmpty())
        Q_EMIT idle();
}

// ---------------------------------------------------------------------------------------------
// Record, then answer.

bool Bridge::decidedOnAFailedRead(const ExchangePtr &ex) const
{
    // A read failed while this request was decided (the database went away, a table could not
    // be read): the decision may rest on a "not found" that was never looked up. Duve retries a
    // 503; a refusal such as "unknown external ID" it would take as final.
    if (m_store->readFailures() == ex->readFailuresAtStart)
        return false;
    qCWarning(lcListener) << "a read of the history failed while deciding; answering 503";
    return true;
}

void Bridge::answer(const ExchangePtr &ex, const DuveAnswer &decided)
{
    // Decided here, without Hub OS (refused, ignored, a duplicate): on what the store read.
    const DuveAnswer a
        = ex->entry.id == 0 && decidedOnAFailedRead(ex) ? DuveAnswer::storeUnavailable() : decided;
    HistoryEntry &e = ex->entry;
    e.outcome = a.outcome;
    e.httpStatus = a.httpStatus;
    e.code = a.code();
    e.message = a.message();
    e.reason = a.reason;
    if (!a.detail.isEmpty())
        e.detail = e.detail.isEmpty() ? a.detail : e.detail + u' ' + a.detail;
    e.answer = a.bodyBytes();
    e.answeredAt = QDateTime::currentDateTimeUtc();
    // Anyone can send a megabyte: what staff need to see what it was is its start (bodySize
    // keeps the whole size), and the writer and the search index never carry the rest.
    if (e.id == 0 && isAnonymous(a) && e.body.size() > kAnonymousBodyLimit)
        e.body.truncate(kAnonymousBodyLimit);

    QPointer<Bridge> self(this);
    QElapsedTimer recording;
    recording.start();
    auto send = [self, ex, a, recording](bool ok, qint64 id) {
        if (self)
            self->m_recordWaits.observe(double(recording.nsecsElapsed()) / 1e9);
        if (!ok) {
            if (self)
                self->refuseUnrecorded(ex);
            return;
        }
        ex->reply.send(a.httpStatus, ex->entry.answer);
        if (ex->onAnswered)
            ex->onAnswered(a);
        if (self) {
            self->countAnswer(a.outcome, a.reason, ex->entry.hotel);
            self->requestClosed();
        }
        qCInfo(lcListener).noquote()
            << ex->entry.method << ex->entry.path << ex->entry.event << Log::hotel(ex->entry.hotel)
            << Log::order(ex->entry.orderKey) << "->" << a.httpStatus
            << (a.code().isEmpty() ? outcomeName(a.outcome) : a.code());
        if (self)
            Q_EMIT self->answered(id, a);
    };
    if (e.id > 0)
        m_store->updateEntry(e, [send, id = e.id](bool ok) { send(ok, id); });
    else
        m_store->insertEntry(e, send);
}
