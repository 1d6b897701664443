// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/history/historypage.h"

#include "core/delivery/bridge.h"
#include "core/delivery/resender.h"
#include "core/duve/duveevents.h"
#include "core/service/runtime.h"
#include "core/store/problems.h"
#include "ui/history/historydetail.h"
#include "ui/history/historymodel.h"
#include "ui/history/resendrun.h"
#include "ui/widgets/noticelabel.h"
#include "ui/widgets/outcomechip.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
enum Period { AnyTime, Today, Last24Hours, Last7Days, Last30Days, Custom, OneHour };

// QTableView::selectRow() selected nothing in a right-to-left layout with Qt 6.4 (seen in
// tst_gui_translations); selecting through the selection model works in both directions.
void selectRow(QTableView *table, int row)
{
    const QModelIndex index = table->model()->index(row, 0);
    table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}
} // namespace

HistoryPage::HistoryPage(Runtime *control, QWidget *parent)
    : QWidget(parent)
    , m_control(control)
    , m_store(control->store())
    , m_model(new HistoryModel(control->store(), this))
    , m_table(new QTableView(this))
    , m_detail(new HistoryDetail(this))
    , m_search(new QLineEdit(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_outcome(new QComboBox(this))
    , m_event(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_notice(new NoticeLabel(this))
    , m_resend(new QPushButton(tr("&Resend"), this))
    , m_handled(new QPushButton(tr("&Handled…"), this))
    , m_details(new QPushButton(tr("&Details"), this))
    , m_view(new QComboBox(this))
    , m_resendAll(new QPushButton(tr("Resend &all matching…"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(10);

    setupFilters(layout);
    setupActions(layout);
    setupTable(layout);
    connectSignals();
    selectionChanged();
    m_countTimer.start();
}

void HistoryPage::setupFilters(QVBoxLayout *layout)
{
    // Filters.
    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    m_search->setPlaceholderText(tr("Search guest, room, order or payload…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the history"));
    m_search->setToolTip(tr("Every word must appear (Ctrl+F)"));
    m_search->setMinimumWidth(240);
    filters->addWidget(m_search, 2);

    // Requests (every call Duve made, as recorded) or orders (each order once, as it stands now).
    m_view->addItem(tr("All requests"), false);
    m_view->addItem(tr("Orders"), true);
    m_view->setAccessibleName(tr("Show"));
    m_view->setToolTip(tr("Orders: each order once, its newest request saying where it stands; "
                          "All requests: every request as it arrived"));
    filters->addWidget(m_view);
    m_period->addItem(tr("Any time"), AnyTime);
    m_period->addItem(tr("Today"), Today);
    m_period->addItem(tr("Last 24 hours"), Last24Hours);
    m_period->addItem(tr("Last 7 days"), Last7Days);
    m_period->addItem(tr("Last 30 days"), Last30Days);
    m_period->addItem(tr("Dates…"), Custom);
    m_period->setAccessibleName(tr("Period"));
    filters->addWidget(m_period);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDate(QDate::currentDate());
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setVisible(false);
    }
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date (included)"));
    m_from->setToolTip(tr("From (included)"));
    m_to->setToolTip(tr("To (included)"));
    filters->addWidget(m_from);
    filters->addWidget(m_to);

    m_outcome->addItem(tr("All outcomes"), QStringList());
    m_outcome->addItem(tr("Problems"), outcomeNames(problemOutcomes()));
    for (const Outcome outcome : OutcomeChip::outcomes())
        m_outcome->addItem(OutcomeChip::label(outcome), QStringList { outcomeName(outcome) });
    m_outcome->setAccessibleName(tr("Outcome"));
    filters->addWidget(m_outcome);

    m_event->addItem(tr("All events"), QStringList());
    m_event->addItem(tr("Orders"),
        QStringList {
            DuveEvent::OrderCreated, DuveEvent::OrderCancelled, DuveEvent::OrderRefunded });
    for (const QString &event : HistoryModel::knownEvents())
        m_event->addItem(HistoryModel::eventLabel(event), QStringList { event });
    m_event->setAccessibleName(tr("Event"));
    filters->addWidget(m_event);

    auto *clear = new QPushButton(tr("Clear filters"), this);
    clear->setAccessibleName(tr("Clear filters"));
    filters->addWidget(clear);
    connect(clear, &QPushButton::clicked, this, &HistoryPage::clearFilters);
    layout->addLayout(filters);
}

void HistoryPage::setupActions(QVBoxLayout *layout)
{
    // Count and actions.
    auto *actions = new QHBoxLayout;
    actions->setSpacing(8);
    QFont countFont = m_count->font();
    countFont.setBold(true);
    m_count->setFont(countFont);
    m_count->setAccessibleName(tr("Number of matching entries"));
    actions->addWidget(m_count);
    m_notice->setWordWrap(false);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    actions->addWidget(m_notice, 1);
    m_resend->setToolTip(tr("Send the selected order through the bridge again (Ctrl+R)"));
    m_resend->setShortcut(QKeySequence(tr("Ctrl+R")));
    m_resend->setAccessibleName(tr("Resend the selected entry"));
    m_resendAll->setToolTip(tr("Send every order matching the filters again"));
    m_resendAll->setAccessibleName(tr("Resend all matching entries"));
    m_export->setToolTip(tr("Save the matching rows as CSV or JSON Lines (Ctrl+E)"));
    m_export->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_export->setAccessibleName(tr("Export the matching entries"));
    m_handled->setToolTip(tr("Mark the selected order as handled by hand (the guest was served "
                             "another way): it leaves the problems"));
    m_handled->setAccessibleName(tr("Mark the selected order handled"));
    m_handled->setEnabled(false);
    m_details->setCheckable(true);
    m_details->setChecked(true);
    m_details->setToolTip(tr("Show or hide the detail pane below the table"));
    m_details->setAccessibleName(tr("Show the detail pane"));
    actions->addWidget(m_details);
    actions->addWidget(m_resend);
    actions->addWidget(m_handled);
    actions->addWidget(m_resendAll);
    actions->addWidget(m_export);
    layout->addLayout(actions);
}

void HistoryPage::setupColumnWidths()
{
    QHeaderView *header = m_table->horizontalHeader();
    // Widths from what the columns typically hold, in this font.
    const QFontMetrics fm = fontMetrics();
    int chip = 0;
    for (const Outcome outcome : OutcomeChip::outcomes())
        chip = std::max(chip, fm.horizontalAdvance(OutcomeChip::label(outcome)));
    const QList<QPair<int, QString>> widths { { HistoryModel::TimeColumn,
                                                  u"2026-12-31 23:59:59"_s },
        { HistoryModel::EventColumn, HistoryModel::eventLabel(DuveEvent::OrderCancelled) },
        { HistoryModel::OrderColumn, u"#168010"_s }, { HistoryModel::RoomColumn, u"Room"_s },
        { HistoryModel::GuestColumn, u"Bobby Smithson"_s },
        { HistoryModel::ServiceColumn, u"Towel service → Serve towels"_s },
        { HistoryModel::StatusColumn, u"HTTP"_s },
        { HistoryModel::ReasonColumn, u"Hub OS does not know room 9"_s },
        { HistoryModel::TasksColumn, u"HT-100000"_s },
        { HistoryModel::AttemptsColumn, u"Attempts"_s } };
    // A column is never narrower than its title (titles grow in some languages).
    auto titleWidth = [this, &fm](int column) {
        return fm.horizontalAdvance(
                   m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString())
            + 24;
    };
    for (const auto &[column, sample] : widths)
        header->resizeSection(
            column, std::max(fm.horizontalAdvance(sample) + 24, titleWidth(column)));
    header->resizeSection(
        HistoryModel::OutcomeColumn, std::max(chip + 36, titleWidth(HistoryModel::OutcomeColumn)));
    // What staff look for first, the outcome and why, then the Hub OS task, before Duve's
    // technical answer (HTTP status), which is what a 1280-pixel screen may have to scroll to.
    header->moveSection(header->visualIndex(HistoryModel::ReasonColumn),
        header->visualIndex(HistoryModel::OutcomeColumn) + 1);
    header->moveSection(header->visualIndex(HistoryModel::TasksColumn),
        header->visualIndex(HistoryModel::ReasonColumn) + 1);
    header->moveSection(header->visualIndex(HistoryModel::AttemptsColumn),
        header->visualIndex(HistoryModel::TasksColumn) + 1);
    header->setStretchLastSection(true);
}

void HistoryPage::setupTable(QVBoxLayout *layout)
{
    // Table and detail.
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(HistoryModel::OutcomeColumn, new OutcomeChip(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setAccessibleName(tr("History"));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    setupColumnWidths();
    // Tab leaves the table (arrows move within it), as in any list of the desktop.
    m_table->setTabKeyNavigation(false);
    // The table gets the height; the detail pane can be folded away (Details button, or by
    // dragging the divider down).
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(0, false);
    m_splitter->setCollapsible(1, true);
    layout->addWidget(m_splitter, 1);
    connect(m_splitter, &QSplitter::splitterMoved, this,
        [this] { m_details->setChecked(m_splitter->sizes().value(1) > 0); });
}

void HistoryPage::connectSignals()
{
    // Typing does not query: the filter applies shortly after the last key, the count after.
    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(250);
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(150);
    connect(&m_filterTimer, &QTimer::timeout, this, &HistoryPage::applyFilter);
    connect(&m_countTimer, &QTimer::timeout, this, &HistoryPage::updateCount);
    connect(m_search, &QLineEdit::textChanged, this, &HistoryPage::filterEdited);
    connect(m_search, &QLineEdit::returnPressed, this, &HistoryPage::applyFilter);
    connect(m_period, &QComboBox::currentIndexChanged, this, &HistoryPage::periodChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryPage::filterEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryPage::filterEdited);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilter);
    connect(m_view, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilter);
    connect(m_event, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilter);
    connect(m_resend, &QPushButton::clicked, this, &HistoryPage::resendSelected);
    connect(m_handled, &QPushButton::clicked, this, &HistoryPage::markSelectedHandled);
    connect(m_details, &QPushButton::toggled, this, &HistoryPage::setDetailsShown);
    connect(m_resendAll, &QPushButton::clicked, this, &HistoryPage::resendAllMatching);
    connect(m_export, &QPushButton::clicked, this, &HistoryPage::exportRows);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &HistoryPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &from, const QModelIndex &to) {
            const QModelIndex current = m_table->selectionModel()->currentIndex();
            if (current.isValid() && current.row() >= from.row() && current.row() <= to.row())
                showDetail(selectedId());
        });
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this,
        [this](const QModelIndex &, int first, int) { rowsAboutToArrive(first); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) { rowsArrived(first, last); });
    connect(m_model, &HistoryModel::rowsArrived, this, [this](int count) {
        if (m_total >= 0) {
            m_total += count;
            m_count->setText(tr("%n entries", nullptr, int(m_total)));
            Q_EMIT countUpdated(m_total);
        }
    });
    connect(m_control->bridge(), &Bridge::listeningChanged, this, [this] { selectionChanged(); });
}

HistoryFilter HistoryPage::currentFilter() const
{
    HistoryFilter filter;
    filter.search = m_search->text().trimmed();
    filter.newestOfEachOrder = m_view->currentData().toBool();
    filter.outcomes = outcomesFromNames(m_outcome->currentData().toStringList());
    filter.events = m_event->currentData().toStringList();
    const QDateTime now = QDateTime::currentDateTime();
    switch (m_period->currentData().toInt()) {
    case Today:
        filter.from = QDateTime(QDate::currentDate(), QTime(0, 0));
        break;
    case Last24Hours:
        filter.from = now.addSecs(-24 * 3600);
        break;
    case Last7Days:
        filter.from = now.addDays(-7);
        break;
    case Last30Days:
        filter.from = now.addDays(-30);
        break;
    case Custom:
        filter.from = QDateTime(m_from->date(), QTime(0, 0));
        filter.to = QDateTime(m_to->date().addDays(1), QTime(0, 0));
        break;
    case OneHour:
        filter.from = m_hourStart;
        filter.to = m_hourStart.addSecs(3600);
        break;
    default:
        break;
    }
    return filter;
}

qint64 HistoryPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->idAt(rows.first().row());
}

void HistoryPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void HistoryPage::filterEdited()
{
    m_filterTimer.start();
}

void HistoryPage::periodChanged()
{
    const bool custom = m_period->currentData().toInt() == Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    applyFilter();
}

void HistoryPage::applyFilter()
{
    m_filterTimer.stop();
    const qint64 keep = selectedId();
    m_model->setFilter(currentFilter());
    m_table->scrollToTop();
    const int row = keep ? m_model->rowOf(keep) : -1;
    if (row >= 0)
        selectRow(m_table, row);
    m_total = -1;
    m_count->setText(tr("Counting…"));
    m_countTimer.start();
}

void HistoryPage::updateCount()
{
    // When everything matching is loaded the count is known without asking.
    if (!m_model->canFetchMore({})) {
        m_total = m_model->rowCount();
    } else if (m_model->filter().newestOfEachOrder) {
        // Counting orders means looking at every request (about a second at a million): the
        // Orders view says how many it shows, and that there are more.
        m_total = m_model->rowCount();
        m_count->setText(tr("%n+ orders", nullptr, int(m_total)));
        Q_EMIT countUpdated(m_total);
        return;
    } else {
        // Entries written since the model last looked are counted when they arrive.
        const qint64 all = m_store->count(m_model->filter());
        const qint64 unseen
            = m_store->newerThan(m_model->filter(), m_model->watermark(), 100000).size();
        m_total = all - unseen;
    }
    m_count->setText(tr("%n entries", nullptr, int(m_total)));
    Q_EMIT countUpdated(m_total);
}

void HistoryPage::refresh()
{
    applyFilter();
}

void HistoryPage::clearFilters()
{
    const QSignalBlocker a(m_search), b(m_period), c(m_outcome), d(m_event);
    m_search->clear();
    m_period->setCurrentIndex(0);
    m_outcome->setCurrentIndex(0);
    m_event->setCurrentIndex(0);
    m_from->setVisible(false);
    m_to->setVisible(false);
    applyFilter();
}

void HistoryPage::showEntry(qint64 id)
{
    int row = m_model->rowOf(id);
    if (row < 0 && !currentFilter().isEmpty()) {
        // An earlier request of an order is only in the list of all requests.
        const QSignalBlocker blocker(m_view);
        m_view->setCurrentIndex(m_view->findData(false));
        clearFilters();
        row = m_model->rowOf(id);
    }
    // Recent entries are a few pages away at most; stop after a reasonable number of pages.
    for (int pages = 0; row < 0 && pages < 50 && m_model->canFetchMore({}); ++pages) {
        if (m_model->rowCount() > 0 && m_model->idAt(m_model->rowCount() - 1) < id)
            break;
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (row >= 0) {
        selectRow(m_table, row);
        m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    } else {
        m_table->clearSelection();
    }
    showDetail(id);
}

void HistoryPage::selectionChanged()
{
    const qint64 id = selectedId();
    m_resend->setEnabled(id > 0);
    m_resendAll->setEnabled(m_model->rowCount() > 0);
    m_export->setEnabled(m_model->rowCount() > 0);
    if (id > 0)
        showDetail(id);
    else
        m_detail->clear();
}

void HistoryPage::showDetail(qint64 id)
{
    const std::optional<HistoryEntry> entry = m_store->entry(id);
    if (!entry) {
        m_detail->clear();
        return;
    }
    // Where the order stands now: a later request resolved (or followed) this one, or a person
    // handled it.
    QString standing;
    bool open = false;
    const bool problem = problemOutcomes().contains(entry->outcome);
    if (problem && !entry->reason.isOtherTraffic()) {
        const std::optional<HistoryRow> later = m_store->laterEntryOfOrder(id);
        const std::optional<Handling> handled = m_store->handling(id);
        if (later) {
            const bool settled = later->outcome == Outcome::Created
                || later->outcome == Outcome::Duplicate || later->outcome == Outcome::Cancelled;
            standing = (settled ? tr("Resolved by entry %1 → %2") : tr("Followed by entry %1 → %2"))
                           .arg(later->id)
                           .arg(OutcomeChip::label(later->outcome));
        } else if (handled) {
            standing = tr("Handled by hand by %1 on %2: %3")
                           .arg(handled->by, HistoryModel::timeText(handled->at), handled->note);
        } else {
            open = entry->outcome != Outcome::Pending;
        }
    }
    m_handled->setEnabled(open);
    m_detail->showEntry(*entry, m_store->attempts(id), standing);
    QStringList timeline;
    for (const HistoryRow &row : m_store->orderTimeline(id)) {
        QString line = tr("%1  entry %2  %3")
                           .arg(HistoryModel::timeText(row.receivedAt))
                           .arg(row.id)
                           .arg(OutcomeChip::label(row.outcome));
        const QString why = HistoryModel::reasonText(row);
        if (!why.isEmpty())
            line += u"  "_s + why;
        timeline.append(row.id == id ? u"➜ "_s + line : u"   "_s + line);
    }
    m_detail->setTimeline(timeline);
    if (Bridge::isReplayable(*entry)) {
        m_resend->setEnabled(true);
        m_resend->setToolTip(tr("Send the selected order through the bridge again (Ctrl+R)"));
    } else {
        m_resend->setEnabled(false);
        m_resend->setToolTip(tr("This entry is not an order Duve sent with the right "
                                "credentials, so it cannot be sent again."));
    }
}

void HistoryPage::rowsAboutToArrive(int first)
{
    Q_UNUSED(first);
    m_scrollBefore = m_table->verticalScrollBar()->value();
    m_topRowBefore = m_table->rowAt(0);
}

void HistoryPage::rowsArrived(int first, int last)
{
    // Rows inserted above what the person looks at push it down: scroll by as much, unless
    // they are at the very top (then the newest entries are what they want to see).
    if (m_scrollBefore <= 0 || first > m_topRowBefore || m_topRowBefore < 0)
        return;
    const int shift = (last - first + 1) * m_table->verticalHeader()->defaultSectionSize();
    QScrollBar *bar = m_table->verticalScrollBar();
    bar->setMaximum(bar->maximum() + shift);
    bar->setValue(m_scrollBefore + shift);
}

void HistoryPage::resendSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    Bridge *bridge = m_control->bridge();
    m_notice->setNotice(tr("Sending entry %1 again…").arg(id));
    m_resend->setEnabled(false);
    QPointer<HistoryPage> self(this);
    bridge->resendEntry(id, [self, id](bool replayed, const DuveAnswer &answer) {
        if (!self)
            return;
        self->m_resend->setEnabled(true);
        if (!replayed) {
            self->m_notice->setNotice(answer.detail, true);
        } else {
            const bool bad = Resender::classify(replayed, answer) != Resender::Result::Resolved;
            QString text
                = tr("Entry %1 sent again: %2").arg(id).arg(OutcomeChip::label(answer.outcome));
            if (bad && !answer.detail.isEmpty())
                text += u" — "_s + answer.detail;
            self->m_notice->setNotice(text, bad);
        }
        Q_EMIT self->resendFinished(id, replayed, answer.outcome);
    });
}

void HistoryPage::resendAllMatching()
{
    const HistoryFilter filter = m_model->filter();
    const QList<qint64> ids = m_control->bridge()->replayableEntries(filter);
    if (ids.isEmpty()) {
        m_notice->setNotice(
            tr("None of the matching entries is an order that can be sent again."), true);
        return;
    }
    QPointer<HistoryPage> self(this);
    ResendRun::confirm(this, int(ids.size()),
        tr("Send %n order(s) matching the filters to Hub OS again?", nullptr, int(ids.size())),
        [self, ids] {
            if (self)
                self->resendAll(ids);
        });
}

void HistoryPage::resendAll(const QList<qint64> &ids)
{
    auto *run = new ResendRun(m_control->bridge(), ids, this);
    connect(run, &ResendRun::entryDone, this, &HistoryPage::resendFinished);
    connect(run, &ResendRun::finished, this, [this](const Resender::Summary &s) {
        const int notResolved = s.pending + s.failed + s.skipped;
        m_notice->setNotice(ResendRun::summaryText(s), notResolved > 0);
        Q_EMIT resendAllFinished(s.resolved, notResolved);
    });
    run->start();
}

void HistoryPage::exportRows()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = documents + u"/hubbridge-history-"_s
        + QDate::currentDate().toString(u"yyyy-MM-dd"_s) + u".csv"_s;
    QString selectedFilter;
    const QString csv = tr("CSV for spreadsheets (*.csv)");
    const QString jsonl = tr("JSON Lines, every detail (*.jsonl)");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export history"), suggested, csv + u";;"_s + jsonl, &selectedFilter);
    if (path.isEmpty())
        return;
    const bool json = selectedFilter == jsonl || path.endsWith(u".jsonl"_s, Qt::CaseInsensitive)
        || path.endsWith(u".json"_s, Qt::CaseInsensitive);
    exportTo(path, json ? HistoryExporter::Format::JsonLines : HistoryExporter::Format::Csv);
}

bool HistoryPage::exportTo(const QString &path, HistoryExporter::Format format)
{
    auto *exporter = new HistoryExporter(m_store, this);
    QString error;
    if (!exporter->start(m_model->filter(), path, format, &error)) {
        delete exporter;
        QMessageBox::warning(
            this, tr("Export history"), tr("%1 cannot be written:\n%2").arg(path, error));
        Q_EMIT exportFinished(false, path);
        return false;
    }
    auto *progress = new QProgressDialog(
        tr("Exporting %n entries…", nullptr, int(exporter->total())), tr("Cancel"), 0, 1000, this);
    progress->setWindowTitle(tr("Export history"));
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    connect(exporter, &HistoryExporter::progress, progress, [progress](qint64 done, qint64 total) {
        progress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
    });
    connect(progress, &QProgressDialog::canceled, exporter, [this, exporter, progress, path] {
        exporter->cancel();
        exporter->deleteLater();
        progress->deleteLater();
        m_notice->setNotice(tr("Export cancelled."));
        Q_EMIT exportFinished(false, path);
    });
    connect(exporter, &HistoryExporter::finished, this,
        [this, exporter, progress, path](bool ok, const QString &why) {
            progress->deleteLater();
            exporter->deleteLater();
            if (ok)
                m_notice->setNotice(
                    tr("%n entries exported to %1", nullptr, int(exporter->written())).arg(path));
            else
                m_notice->setNotice(tr("Export failed: %1").arg(why), true);
            Q_EMIT exportFinished(ok, path);
        });
    return true;
}

void HistoryPage::markSelectedHandled()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Handled by hand"),
        tr("What was done for this order (for example: towels brought by the night porter)?"),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        markHandled(id, note.trimmed());
}

void HistoryPage::markHandled(qint64 id, const QString &note)
{
    QPointer<HistoryPage> self(this);
    m_store->markHandled(id, Problems::handledHere(note), [self, id](bool) {
        if (self && self->selectedId() == id)
            self->showDetail(id);
    });
}

void HistoryPage::setDetailsShown(bool shown)
{
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (shown && sizes.value(1) == 0)
        m_splitter->setSizes({ total * 2 / 3, total - total * 2 / 3 });
    else if (!shown && sizes.value(1) > 0)
        m_splitter->setSizes({ total, 0 });
    if (m_details->isChecked() != shown)
        m_details->setChecked(shown);
}

bool HistoryPage::detailsShown() const
{
    return m_splitter->sizes().value(1) > 0;
}

void HistoryPage::showHour(const QDateTime &start)
{
    m_hourStart = start;
    const QLocale locale;
    const QString text = tr("%1, %2–%3")
                             .arg(locale.toString(start.date(), QLocale::ShortFormat),
                                 locale.toString(start.time(), QLocale::ShortFormat),
                                 locale.toString(start.addSecs(3600).time(), QLocale::ShortFormat));
    int index = m_period->findData(OneHour);
    if (index < 0) {
        m_period->addItem(text, OneHour);
        index = m_period->count() - 1;
    }
    m_period->setItemText(index, text);
    if (m_period->currentIndex() == index)
        applyFilter();
    else
        m_period->setCurrentIndex(index); // applies it
}

void HistoryPage::showOrders(const QList<HistoryRow> &orders)
{
    if (orders.isEmpty())
        return;
    QDate first = orders.first().receivedAt.toLocalTime().date();
    QDate last = first;
    qint64 newest = 0;
    for (const HistoryRow &row : orders) {
        const QDate day = row.receivedAt.toLocalTime().date();
        first = std::min(first, day);
        last = std::max(last, day);
        newest = std::max(newest, row.id);
    }
    {
        const QSignalBlocker a(m_search), b(m_period), c(m_outcome), d(m_event), e(m_view),
            f(m_from), g(m_to);
        m_search->clear();
        m_event->setCurrentIndex(0);
        m_view->setCurrentIndex(m_view->findData(true));
        m_outcome->setCurrentIndex(m_outcome->findData(outcomeNames(problemOutcomes())));
        m_period->setCurrentIndex(m_period->findData(Custom));
        m_from->setDate(first);
        m_to->setDate(last);
        m_from->setVisible(true);
        m_to->setVisible(true);
    }
    applyFilter();
    showEntry(newest);
}

void HistoryPage::setOrdersView(bool orders)
{
    m_view->setCurrentIndex(m_view->findData(orders));
}
