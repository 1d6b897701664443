// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/overview/overviewpage.h"

#include "core/config/settings.h"
#include "core/delivery/bridge.h"
#include "core/hubos/huboshealth.h"
#include "core/hubos/hubossandbox.h"
#include "core/service/runtime.h"
#include "core/store/historystore.h"
#include "core/store/problems.h"
#include "ui/history/historymodel.h"
#include "ui/history/resendrun.h"
#include "ui/widgets/confirm.h"
#include "ui/widgets/duvesetup.h"
#include "ui/widgets/hubosstate.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/noticelabel.h"
#include "ui/widgets/outcomechip.h"
#include "ui/widgets/statuspalette.h"

#include <QApplication>
#include <QClipboard>
#include <QCursor>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QFrame *card(QWidget *parent, const QString &title, QVBoxLayout **body)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setBackgroundRole(QPalette::Base);
    frame->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 12, 16, 14);
    layout->setSpacing(8);
    auto *heading = new QLabel(title, frame);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    heading->setFont(font);
    layout->addWidget(heading);
    *body = layout;
    return frame;
}

// The outcome groups of the chart and their colours.
struct Group
{
    QString name;
    QList<Outcome> outcomes;
    QColor color;
};

QList<Group> chartGroups()
{
    return {
        { OverviewPage::tr("Created"), { Outcome::Created, Outcome::Duplicate, Outcome::Cancelled },
            OutcomeChip::color(Outcome::Created) },
        { OverviewPage::tr("Failed"), { Outcome::Failed, Outcome::Interrupted },
            OutcomeChip::color(Outcome::Failed) },
        { OverviewPage::tr("Refused"), { Outcome::Rejected },
            OutcomeChip::color(Outcome::Rejected) },
        { OverviewPage::tr("Pending"), { Outcome::Pending, Outcome::Received },
            OutcomeChip::color(Outcome::Pending) },
        { OverviewPage::tr("Other"), { Outcome::Ignored, Outcome::Recorded, Outcome::Skipped },
            OutcomeChip::color(Outcome::Ignored) },
    };
}

} // namespace

OverviewPage::OverviewPage(Runtime *control, QWidget *parent)
    : QWidget(parent)
    , m_control(control)
    , m_listenerState(new QLabel(this))
    , m_url(new QLabel(this))
    , m_copy(new QPushButton(tr("&Copy URL"), this))
    , m_copyAll(new QPushButton(tr("Copy everything for &Duve"), this))
    , m_startStop(new QPushButton(this))
    , m_hubOsState(new QLabel(this))
    , m_hubOsTarget(new QLabel(this))
    , m_hubOsSuccess(new QLabel(this))
    , m_hubOsError(new QLabel(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_hours(new QCategoryAxis)
    , m_values(new QValueAxis)
    , m_errors(new QListWidget(this))
    , m_fix(new QPushButton(this))
    , m_groupHandled(new QPushButton(tr("Mark handled…"), this))
    , m_problemNotice(new NoticeLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(14);

    // Listener and Hub OS cards.
    auto *top = new QHBoxLayout;
    top->setSpacing(14);
    setupListenerCard(top);
    setupHubOsCard(top);
    layout->addLayout(top);

    setupCounts(layout);

    // Chart and latest errors.
    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(14);
    setupChart(bottom);
    setupProblems(bottom);
    layout->addLayout(bottom, 1);
    applyChartTheme();

    connectSignals();
    refresh();
}

void OverviewPage::setupListenerCard(QHBoxLayout *top)
{
    QVBoxLayout *listener = nullptr;
    top->addWidget(card(this, tr("Listener"), &listener), 3);
    m_listenerState->setTextFormat(Qt::RichText);
    listener->addWidget(m_listenerState);
    auto *urlHint = new QLabel(tr("Give Duve support this webhook URL:"), this);
    listener->addWidget(urlHint);
    auto *urlRow = new QHBoxLayout;
    m_url->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_url->setAccessibleName(tr("Webhook URL for Duve"));
    urlHint->setBuddy(m_url);
    urlRow->addWidget(m_url, 1);
    m_copy->setIcon(Icons::glyph(Icons::Glyph::Copy, palette().color(QPalette::ButtonText)));
    m_copy->setAccessibleName(tr("Copy the webhook URL"));
    urlRow->addWidget(m_copy);
    m_copyAll->setToolTip(tr("The webhook URL and the three custom headers, ready to paste into "
                             "a message to Duve support"));
    m_copyAll->setAccessibleName(tr("Copy the URL and the headers for Duve"));
    listener->addLayout(urlRow);
    auto *listenerButtons = new QHBoxLayout;
    m_startStop->setAccessibleName(tr("Start or stop the listener"));
    listenerButtons->addWidget(m_startStop);
    listenerButtons->addWidget(m_copyAll);
    listenerButtons->addStretch();
    listener->addLayout(listenerButtons);
    listener->addStretch();
}

void OverviewPage::setupHubOsCard(QHBoxLayout *top)
{
    QVBoxLayout *hubOs = nullptr;
    top->addWidget(card(this, tr("Hub OS"), &hubOs), 2);
    m_hubOsState->setTextFormat(Qt::RichText);
    for (QLabel *label : { m_hubOsTarget, m_hubOsSuccess, m_hubOsError }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    hubOs->addWidget(m_hubOsState);
    hubOs->addWidget(m_hubOsTarget);
    hubOs->addWidget(m_hubOsSuccess);
    hubOs->addWidget(m_hubOsError);
    hubOs->addStretch();
}

void OverviewPage::setupCounts(QVBoxLayout *layout)
{
    // Today.
    auto *counts = new QHBoxLayout;
    counts->setSpacing(14);
    // Orders only (other traffic is not counted), and what needs doing now: open problems,
    // counted as the tray and /healthz count them.
    const QList<QPair<QString, QColor>> tiles {
        { tr("Orders today"), OutcomeChip::color(Outcome::Received) },
        { tr("Created today"), OutcomeChip::color(Outcome::Created) },
        { tr("Needs attention"), OutcomeChip::color(Outcome::Failed) },
        { tr("Retrying"), OutcomeChip::color(Outcome::Pending) },
    };
    for (const auto &[name, color] : tiles) {
        QVBoxLayout *tile = nullptr;
        QFrame *frame = card(this, name, &tile);
        auto *value = new QLabel(u"0"_s, frame);
        QFont font = value->font();
        font.setPointSizeF(font.pointSizeF() * 2.2);
        font.setBold(true);
        value->setFont(font);
        // A coloured bar marks the tile; the number stays in the text colour.
        auto *bar = new QWidget(frame);
        bar->setFixedHeight(4);
        QPalette barPalette = bar->palette();
        barPalette.setColor(QPalette::Window, color);
        bar->setPalette(barPalette);
        bar->setBackgroundRole(QPalette::Window);
        bar->setAutoFillBackground(true);
        tile->insertWidget(0, bar);
        value->setAccessibleName(name);
        tile->addWidget(value);
        m_countValues.append(value);
        counts->addWidget(frame, 1);
    }
    layout->addLayout(counts);
}

void OverviewPage::setupChart(QHBoxLayout *bottom)
{
    auto *series = new QStackedBarSeries;
    for (const Group &group : chartGroups()) {
        auto *set = new QBarSet(group.name);
        set->setColor(group.color);
        set->setBorderColor(group.color);
        m_sets.append(set);
        series->append(set);
    }
    m_chart->addSeries(series);
    m_chart->setTitle(tr("Requests per hour, last 24 hours"));
    m_chart->addAxis(m_hours, Qt::AlignBottom);
    m_chart->addAxis(m_values, Qt::AlignLeft);
    series->attachAxis(m_hours);
    series->attachAxis(m_values);
    // A bar says its count when pointed at, and opens its hour in the history when clicked.
    connect(series, &QStackedBarSeries::hovered, this, [this](bool over, int index) {
        if (over)
            QToolTip::showText(QCursor::pos(), hourText(index), m_chartView);
        else
            QToolTip::hideText();
    });
    connect(series, &QStackedBarSeries::clicked, this, [this](int index) {
        if (m_firstHour.isValid() && index >= 0 && index < m_hourlyTotals.size())
            Q_EMIT hourRequested(m_firstHour.addSecs(3600 * index));
    });
    m_values->setLabelFormat(u"%d"_s);
    QFont axisFont = font();
    axisFont.setPointSizeF(axisFont.pointSizeF() * 0.8);
    m_hours->setLabelsFont(axisFont);
    // Bar i stands at x = i. One label per category of the bar axis was elided to "…" at
    // 1024-1366 px, and upright at 1024×600 too: every third hour is named, each label with
    // three bars' room (pointing at a bar says its hour exactly).
    m_hours->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_hours->setRange(-0.5, 23.5);
    m_values->setLabelsFont(axisFont);
    m_values->setMin(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    m_chartView->setAccessibleName(tr("Requests per hour chart"));
    bottom->addWidget(m_chartView, 3);
}

void OverviewPage::setupProblems(QHBoxLayout *bottom)
{
    QVBoxLayout *errors = nullptr;
    bottom->addWidget(card(this, tr("Needs attention"), &errors), 2);
    m_errors->setAccessibleName(tr("Problems by cause"));
    m_errors->setToolTip(
        tr("Double-click or press Enter to open the newest order of the cause in the history"));
    m_errors->setFrameShape(QFrame::NoFrame);
    m_errors->setWordWrap(true);
    m_errors->setAlternatingRowColors(true);
    errors->addWidget(m_errors, 1);
    // The fix at hand for the cause chosen in the list.
    auto *fixes = new QHBoxLayout;
    fixes->setSpacing(8);
    m_fix->setAccessibleName(tr("Fix the chosen cause"));
    m_groupHandled->setAccessibleName(tr("Mark the orders of the chosen cause handled"));
    m_groupHandled->setToolTip(tr("Mark the orders of this cause as handled by hand (the guests "
                                  "were served another way): they leave the problems"));
    fixes->addWidget(m_fix);
    fixes->addWidget(m_groupHandled);
    fixes->addStretch();
    errors->addLayout(fixes);
    m_problemNotice->setWordWrap(true);
    m_problemNotice->hide();
    errors->addWidget(m_problemNotice);
}

void OverviewPage::connectSignals()
{
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(webhookUrlText());
        m_copy->setText(tr("Copied"));
        QTimer::singleShot(2000, m_copy, [this] { m_copy->setText(tr("&Copy URL")); });
    });
    connect(m_startStop, &QPushButton::clicked, this, [this] {
        if (!m_control->bridge()->isListening()) {
            m_control->startListener();
            return;
        }
        // Stopping refuses Duve's orders until it runs again: asked, as tray Pause and Quit.
        QPointer<OverviewPage> self(this);
        Confirm::askBeforeStopping(this, Confirm::Stop::Listener, [self] {
            if (self)
                self->m_control->stopListener();
        });
    });
    connect(m_copyAll, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(DuveSetup::text(
            m_control->bridge()->publicWebhookUrl(), m_control->effectiveCredentials()));
        m_copyAll->setText(tr("Copied"));
        QTimer::singleShot(
            2000, m_copyAll, [this] { m_copyAll->setText(tr("Copy everything for &Duve")); });
    });
    auto open = [this](QListWidgetItem *item) {
        if (item && item->data(Qt::UserRole).toLongLong() > 0)
            Q_EMIT entryRequested(item->data(Qt::UserRole).toLongLong());
    };
    connect(m_errors, &QListWidget::itemActivated, this, open);
    connect(m_errors, &QListWidget::currentRowChanged, this, &OverviewPage::updateFix);
    // How the last fix went is about the cause it was for.
    connect(m_errors, &QListWidget::currentRowChanged, m_problemNotice, &QWidget::hide);
    connect(m_fix, &QPushButton::clicked, this, &OverviewPage::fixSelected);
    connect(m_groupHandled, &QPushButton::clicked, this, &OverviewPage::markSelectedGroupHandled);
    // A mapping or room name added for a cause turns its fix into "Resend".
    connect(m_control->store(), &HistoryStore::mappingsChanged, this, &OverviewPage::updateFix);
    connect(m_control->store(), &HistoryStore::roomMappingsChanged, this, &OverviewPage::updateFix);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(1000);
    connect(&m_refreshTimer, &QTimer::timeout, this, &OverviewPage::refresh);
    Bridge *bridge = m_control->bridge();
    connect(bridge, &Bridge::listeningChanged, this, &OverviewPage::refreshListener);
    connect(bridge, &Bridge::answered, this, &OverviewPage::refreshHubOs);
    connect(bridge->hubOsHealth(), &HubOsHealth::failed, this, &OverviewPage::refreshHubOs);
    connect(m_control, &Runtime::settingsApplied, this, &OverviewPage::refreshHubOs);
    connect(m_control, &Runtime::listenErrorChanged, this, &OverviewPage::refreshListener);
    connect(m_control->store(), &HistoryStore::entryChanged, this, &OverviewPage::scheduleRefresh);
}

void OverviewPage::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyChartTheme();
    QWidget::changeEvent(event);
}

void OverviewPage::applyChartTheme()
{
    const QPalette p = palette();
    m_chart->setTheme(StatusPalette::isDark(p) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(p.color(QPalette::Base));
    m_chart->setBackgroundRoundness(4);
    m_chart->setTitleBrush(p.color(QPalette::Text));
    m_chart->legend()->setLabelColor(p.color(QPalette::Text));
    for (QAbstractAxis *axis :
        { static_cast<QAbstractAxis *>(m_hours), static_cast<QAbstractAxis *>(m_values) }) {
        axis->setLabelsColor(p.color(QPalette::Text));
        QColor grid = p.color(QPalette::Text);
        grid.setAlpha(40);
        axis->setGridLineColor(grid);
    }
    m_chartView->setBackgroundBrush(p.color(QPalette::Window));
    // The theme resets the series colours: ours carry meaning.
    const QList<Group> groups = chartGroups();
    for (int i = 0; i < m_sets.size(); ++i) {
        m_sets[i]->setColor(groups.at(i).color);
        m_sets[i]->setBorderColor(groups.at(i).color);
    }
}

void OverviewPage::refresh()
{
    refreshListener();
    refreshHubOs();
    if (!isVisible() && !m_hourlyTotals.isEmpty())
        return; // the numbers are read again when the page shows
    refreshCounts();
    refreshChart();
    refreshErrors();
}

QString OverviewPage::webhookUrlText() const
{
    return m_url->text();
}

QString OverviewPage::todayText() const
{
    QStringList parts;
    for (const QLabel *value : m_countValues)
        parts.append(value->accessibleName() + u": "_s + value->text());
    return parts.join(u", "_s);
}

void OverviewPage::refreshListener()
{
    Bridge *bridge = m_control->bridge();
    const bool listening = bridge->isListening();
    if (listening) {
        m_listenerState->setText(StatusPalette::chipHtml(tr("Running"), StatusPalette::Role::Ok)
            + u"&nbsp; "_s
            + tr("Orders from Duve are received on port %1.").arg(bridge->port()).toHtmlEscaped());
        m_url->setText(bridge->publicWebhookUrl().toString());
        m_startStop->setText(tr("&Stop listener"));
    } else {
        QString why = m_control->listenError();
        m_listenerState->setText(
            StatusPalette::chipHtml(tr("Stopped"), StatusPalette::Role::Problem) + u"&nbsp; "_s
            + (why.isEmpty() ? tr("Duve's orders are not received.") : why).toHtmlEscaped());
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(m_control->settings()->bindAddress().toString());
        url.setPort(m_control->settings()->port());
        url.setPath(QString::fromLatin1(Bridge::kWebhookPath));
        m_url->setText(url.toString());
        m_startStop->setText(tr("&Start listener"));
    }
    m_copy->setEnabled(listening);
    m_copyAll->setEnabled(listening);
}

void OverviewPage::refreshHubOs()
{
    Bridge *bridge = m_control->bridge();
    const QDateTime ok = bridge->hubOsHealth()->lastSuccessAt();
    const QDateTime failed = bridge->hubOsHealth()->lastErrorAt();
    const bool failing = HubOsState::failing(m_control); // as the status bar and the tray
    QString chip;
    if (failing)
        chip = StatusPalette::chipHtml(tr("Failing"), StatusPalette::Role::Problem);
    else if (ok.isValid())
        chip = StatusPalette::chipHtml(tr("Answering"), StatusPalette::Role::Ok);
    else
        chip = StatusPalette::chipHtml(tr("Not called yet"), StatusPalette::Role::Neutral);
    m_hubOsState->setText(chip);
    if (m_control->usesSandbox()) {
        m_hubOsTarget->setText(tr("Built-in sandbox (no real tasks are created)"));
    } else {
        const QUrl url = m_control->settings()->hubOsUrl();
        m_hubOsTarget->setText(url.isEmpty()
                ? tr("Not configured: enter the Hub OS URL in Settings.")
                : url.toString());
    }
    m_hubOsSuccess->setText(
        tr("Last success: %1").arg(ok.isValid() ? HistoryModel::timeText(ok) : tr("none yet")));
    m_hubOsError->setText(failed.isValid()
            ? tr("Last error: %1 — %2")
                  .arg(HistoryModel::timeText(failed), bridge->hubOsHealth()->lastError())
            : tr("Last error: none"));
}

void OverviewPage::refreshCounts()
{
    HistoryStore *store = m_control->store();
    HistoryFilter today;
    today.from = QDateTime(QDate::currentDate(), QTime(0, 0));
    today.traffic = HistoryFilter::Traffic::Orders;
    const qint64 received = store->count(today);
    today.outcomes = { Outcome::Created };
    const qint64 created = store->count(today);
    const ProblemCounts problems = store->problemCounts();
    const qint64 values[] = { received, created, problems.needsAttention, problems.retrying };
    for (int i = 0; i < m_countValues.size(); ++i)
        m_countValues[i]->setText(QLocale().toString(values[i]));
}

void OverviewPage::refreshChart()
{
    HistoryStore *store = m_control->store();
    const QList<Group> groups = chartGroups();
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime thisHour(now.date(), QTime(now.time().hour(), 0));
    QList<QPair<QString, int>> hourLabels;
    QList<QList<qreal>> values(groups.size());
    m_hourlyTotals.clear();
    int highest = 0;
    const QDateTime first = thisHour.addSecs(-3600 * 23);
    m_firstHour = first;
    const QList<QHash<Outcome, int>> perHour = store->outcomesPerHour(first, 24);
    for (int h = 0; h < perHour.size(); ++h) {
        const int hour = first.addSecs(3600 * h).time().hour();
        if (hour % 3 == 0)
            hourLabels.append({ QString::number(hour), h });
        int total = 0;
        for (int g = 0; g < groups.size(); ++g) {
            int n = 0;
            for (const Outcome outcome : groups.at(g).outcomes)
                n += perHour.at(h).value(outcome);
            values[g].append(n);
            total += n;
        }
        m_hourlyTotals.append(total);
        highest = std::max(highest, total);
    }
    for (int g = 0; g < groups.size(); ++g) {
        m_sets[g]->remove(0, m_sets[g]->count());
        m_sets[g]->append(values.at(g));
    }
    for (const QString &label : m_hours->categoriesLabels())
        m_hours->remove(label);
    m_hours->setStartValue(-0.5);
    for (const auto &[label, at] : std::as_const(hourLabels))
        m_hours->append(label, at);
    m_hours->setRange(-0.5, 23.5);
    // A readable scale: whole numbers, a little headroom.
    const int top = std::max(4, highest + std::max(1, highest / 10));
    m_values->setRange(0, top);
    m_values->setTickCount(5);
    m_values->applyNiceNumbers();
}

void OverviewPage::refreshErrors()
{
    const ProblemReport report = Problems::report(*m_control->store(), kProblemRows);
    const int chosen = m_errors->currentRow();
    const QString chosenKey
        = chosen >= 0 && chosen < m_groups.size() ? groupKey(m_groups.at(chosen)) : QString();
    const QSignalBlocker blocker(m_errors);
    m_errors->clear();
    m_groups = report.groups;
    int select = 0;
    for (const ProblemGroup &group : report.groups) {
        if (groupKey(group) == chosenKey)
            select = m_errors->count();
        // "Unknown external ID 77 — 3 orders" and the newest order of the cause.
        QString text = group.title;
        if (group.requests == 0) {
            text = group.retrying
                ? tr("%1 — %n order(s) retrying", nullptr, int(group.orders.size()))
                      .arg(group.title)
                : tr("%1 — %n order(s)", nullptr, int(group.orders.size())).arg(group.title);
        }
        QStringList tip;
        for (const HistoryRow &row : group.orders.mid(0, 8))
            tip.append(orderText(row));
        if (!group.orders.isEmpty()) {
            text += u'\n' + tr("Latest: %1").arg(orderText(group.orders.first()));
            if (group.orders.size() > 8)
                tip.append(tr("… and %n more", nullptr, int(group.orders.size() - 8)));
        }
        const QString fix = group.cause.text();
        if (!fix.isEmpty() && group.requests == 0)
            tip.prepend(fix);
        auto *item = new QListWidgetItem(text, m_errors);
        item->setData(Qt::UserRole, group.orders.isEmpty() ? 0 : group.orders.first().id);
        item->setToolTip(tip.join(u'\n'));
        const Outcome shade = group.retrying ? Outcome::Pending : Outcome::Failed;
        QPixmap dot(12, 12);
        dot.fill(Qt::transparent);
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(OutcomeChip::color(shade));
        painter.drawEllipse(QRectF(1, 1, 10, 10));
        painter.end();
        item->setIcon(QIcon(dot));
    }
    if (report.isEmpty()) {
        auto *item = new QListWidgetItem(
            tr("Nothing needs attention. Every order reached Hub OS."), m_errors);
        item->setFlags(Qt::ItemIsEnabled);
    } else {
        m_errors->setCurrentRow(select);
    }
    updateFix();
}

QString OverviewPage::groupKey(const ProblemGroup &group)
{
    return (group.retrying ? u"retrying:"_s : u"cause:"_s) + group.cause.stored() + u':'
        + group.title.section(u':', 0, 0);
}

void OverviewPage::selectGroup(int row)
{
    if (row >= 0 && row < m_groups.size())
        m_errors->setCurrentRow(row);
}

OverviewPage::FixAction OverviewPage::fixFor(const ProblemGroup &group) const
{
    const HistoryStore *store = m_control->store();
    if (group.requests > 0 || group.cause.code() == Reason::Code::DuveCredentials)
        return { Fix::OpenSettings, {} };
    if (group.retrying)
        return { Fix::RetryNow, {} };
    const QString value = group.cause.value();
    switch (group.cause.code()) {
    case Reason::Code::UnknownExternalId: {
        const std::optional<MappingRow> mapped = store->mapping(value);
        if (mapped && mapped->enabled)
            return { Fix::Resend, {} };
        return { Fix::AddMapping, value };
    }
    case Reason::Code::UnknownRoom: {
        // The value is the room Hub OS was sent; the orders carry Duve's name for it.
        const QString duveRoom = group.orders.isEmpty() ? QString() : group.orders.first().room;
        if (!duveRoom.isEmpty() && store->hubOsRoomFor(duveRoom) != value)
            return { Fix::Resend, {} };
        return { Fix::AddRoomName, duveRoom.isEmpty() ? value : duveRoom };
    }
    default:
        return { Fix::ShowInHistory, {} };
    }
}

void OverviewPage::updateFix()
{
    const int row = m_errors->currentRow();
    if (row < 0 || row >= m_groups.size()) {
        m_fix->hide();
        m_groupHandled->hide();
        return;
    }
    const ProblemGroup &group = m_groups.at(row);
    const FixAction action = fixFor(group);
    const int orders = int(group.orders.size());
    switch (action.kind) {
    case Fix::AddMapping:
        m_fix->setText(tr("Add mapping for %1…").arg(action.value));
        m_fix->setToolTip(tr("Map external ID %1 to a Hub OS task type, then resend these "
                             "orders")
                              .arg(action.value));
        break;
    case Fix::AddRoomName:
        m_fix->setText(tr("Add room name for %1…").arg(action.value));
        m_fix->setToolTip(tr("Say which Hub OS room Duve's room %1 is, then resend these orders")
                              .arg(action.value));
        break;
    case Fix::Resend:
        m_fix->setText(tr("Resend these %n orders", nullptr, orders));
        m_fix->setToolTip(tr("The set-up is fixed: send the newest request of each of these "
                             "orders to Hub OS again"));
        break;
    case Fix::RetryNow: {
        m_fix->setText(tr("Retry now"));
        const QDateTime next = m_control->store()->nextRetryAt();
        m_fix->setToolTip(next.isValid()
                ? tr("Hubbridge tries again by itself at %1; this tries every waiting order now")
                      .arg(QLocale().toString(next.toLocalTime().time(), QLocale::ShortFormat))
                : tr("Try every waiting order now"));
        break;
    }
    case Fix::OpenSettings:
        m_fix->setText(tr("Open Settings"));
        m_fix->setToolTip(tr("Duve's credentials are in Settings, where \"Copy everything for "
                             "Duve\" gives the ones Duve must send"));
        break;
    case Fix::ShowInHistory:
    case Fix::None:
        m_fix->setText(tr("Show in History"));
        m_fix->setToolTip(tr("Show these orders in the history"));
        break;
    }
    m_fix->show();
    // Orders being retried are Hubbridge's own work; the credentials group has no orders.
    m_groupHandled->setVisible(!group.retrying && group.requests == 0 && orders > 0);
}

QString OverviewPage::problemNotice() const
{
    return m_problemNotice->isVisible() ? m_problemNotice->text() : QString();
}

void OverviewPage::fixSelected()
{
    const int row = m_errors->currentRow();
    if (row < 0 || row >= m_groups.size())
        return;
    const ProblemGroup group = m_groups.at(row);
    const FixAction action = fixFor(group);
    switch (action.kind) {
    case Fix::AddMapping:
        Q_EMIT mappingRequested(action.value);
        break;
    case Fix::AddRoomName:
        Q_EMIT roomNameRequested(action.value);
        break;
    case Fix::Resend:
        resendGroup(group);
        break;
    case Fix::RetryNow: {
        const int started = m_control->bridge()->retryPendingNow();
        m_problemNotice->setNotice(started > 0
                ? tr("Trying %n waiting order(s) again now…", nullptr, started)
                : tr("The waiting orders are being delivered right now."));
        m_problemNotice->show();
        break;
    }
    case Fix::OpenSettings:
        Q_EMIT settingsRequested();
        break;
    case Fix::ShowInHistory:
    case Fix::None:
        Q_EMIT ordersRequested(group.orders);
        break;
    }
}

void OverviewPage::resendGroup(const ProblemGroup &group)
{
    QList<qint64> ids;
    for (const HistoryRow &row : group.orders)
        ids.append(row.id); // the newest entry of each order
    if (ids.isEmpty())
        return;
    QPointer<OverviewPage> self(this);
    ResendRun::confirm(this, int(ids.size()),
        tr("Send the %n order(s) of “%1” to Hub OS again?", nullptr, int(ids.size()))
            .arg(group.title),
        [self, ids] {
            if (!self)
                return;
            auto *run = new ResendRun(self->m_control->bridge(), ids, self.data());
            connect(run, &ResendRun::finished, self.data(), [self](const Resender::Summary &s) {
                self->m_problemNotice->setNotice(
                    ResendRun::summaryText(s), s.pending + s.failed + s.skipped > 0);
                self->m_problemNotice->show();
                self->refresh();
            });
            run->start();
        });
}

void OverviewPage::markSelectedGroupHandled()
{
    const int row = m_errors->currentRow();
    if (row < 0 || row >= m_groups.size())
        return;
    const int orders = int(m_groups.at(row).orders.size());
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Handled by hand"),
        tr("What was done for these %n order(s) (for example: towels brought by the night "
           "porter)?",
            nullptr, orders),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        markGroupHandled(row, note.trimmed());
}

void OverviewPage::markGroupHandled(int row, const QString &note)
{
    if (row < 0 || row >= m_groups.size())
        return;
    const QList<HistoryRow> orders = m_groups.at(row).orders;
    if (orders.isEmpty())
        return;
    const Handling handling = Problems::handledHere(note);
    auto left = std::make_shared<int>(int(orders.size()));
    auto failed = std::make_shared<int>(0);
    QPointer<OverviewPage> self(this);
    for (const HistoryRow &order : orders) {
        m_control->store()->markHandled(
            order.id, handling, [self, left, failed, count = int(orders.size())](bool ok) {
                if (!ok)
                    ++*failed;
                if (--*left > 0 || !self)
                    return;
                if (*failed > 0)
                    self->m_problemNotice->setNotice(
                        tr("%n order(s) could not be marked handled (the database refused the "
                           "write).",
                            nullptr, *failed),
                        true);
                else
                    self->m_problemNotice->setNotice(
                        tr("%n order(s) marked handled by hand.", nullptr, count));
                self->m_problemNotice->show();
                self->refresh();
            });
    }
}

// One order in a line: the guest, the room, the order number and when.
QString OverviewPage::orderText(const HistoryRow &row)
{
    QStringList parts;
    if (!row.guest.isEmpty())
        parts.append(row.guest);
    if (!row.room.isEmpty())
        parts.append(tr("room %1").arg(row.room));
    if (!row.orderNumber.isEmpty())
        parts.append(tr("order #%1").arg(row.orderNumber));
    const QDateTime at = row.receivedAt.toLocalTime();
    const QLocale locale;
    parts.append(at.date() == QDate::currentDate()
            ? locale.toString(at.time(), QLocale::ShortFormat)
            : locale.toString(at, QLocale::ShortFormat));
    return parts.join(u" · "_s);
}

// "14:00–15:00: 12 requests (9 created, 2 failed, 1 refused)".
QString OverviewPage::hourText(int index) const
{
    if (!m_firstHour.isValid() || index < 0 || index >= m_hourlyTotals.size())
        return {};
    const QDateTime start = m_firstHour.addSecs(3600 * index);
    const QLocale locale;
    QStringList parts;
    const QList<Group> groups = chartGroups();
    for (int g = 0; g < groups.size() && g < m_sets.size(); ++g) {
        const int n = int(m_sets.at(g)->at(index));
        if (n > 0)
            parts.append(u"%1 %2"_s.arg(locale.toString(n), groups.at(g).name.toLower()));
    }
    QString text = tr("%1–%2: %n request(s)", nullptr, m_hourlyTotals.at(index))
                       .arg(locale.toString(start.time(), QLocale::ShortFormat),
                           locale.toString(start.addSecs(3600).time(), QLocale::ShortFormat));
    if (!parts.isEmpty())
        text += u" ("_s + parts.join(u", "_s) + u')';
    return text + u'\n' + tr("Click to see them in the history");
}
