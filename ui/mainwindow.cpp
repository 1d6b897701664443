// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/mainwindow.h"

#include "core/config/settings.h"
#include "core/delivery/bridge.h"
#include "core/hubos/huboshealth.h"
#include "core/service/runtime.h"
#include "core/store/historystore.h"
#include "ui/history/historypage.h"
#include "ui/mappings/mappingspage.h"
#include "ui/mappings/roomsmapping.h"
#include "ui/overview/overviewpage.h"
#include "ui/settings/settingspage.h"
#include "ui/trayicon.h"
#include "ui/widgets/confirm.h"
#include "ui/widgets/hubosstate.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/statuspalette.h"
#include "ui/widgets/windowplacement.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Runtime *control, QWidget *parent)
    : QMainWindow(parent)
    , m_control(control)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_banner(new QLabel(this))
    , m_chip(new QLabel(this))
    , m_overview(new OverviewPage(control, this))
    , m_history(new HistoryPage(control, this))
    , m_mappings(new MappingsPage(control, this))
    , m_settingsPage(new SettingsPage(control, this))
    , m_tray(new TrayIcon(control, this))
{
    setWindowIcon(Icons::app());
    setMinimumSize(900, 540); // 1024×600 less a taskbar and a title bar

    auto *central = new QWidget(this);
    auto *outer = new QHBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    setupSidebar(outer);
    setupPages(central, outer);
    setupStatusBar();
    connectNavigation();
    setupShortcuts();
    setupHelpMenu();
    connectStatus();

    Settings *settings = control->settings();
    const QByteArray geometry = settings->value(Settings::Key::UiGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        placeForFirstStart();
    setPage(std::clamp(settings->value(Settings::Key::UiLastPage).toInt(), 0, 3));
    refreshStatus();
    updateBanner();
}

void MainWindow::setupSidebar(QHBoxLayout *outer)
{
    // Sidebar.
    const QColor text = palette().color(QPalette::WindowText);
    const struct
    {
        Icons::Glyph glyph;
        QString name;
        QString tip;
    } pages[] = {
        { Icons::Glyph::Overview, tr("Overview"),
            tr("Listener, Hub OS and today's orders (Ctrl+1)") },
        { Icons::Glyph::History, tr("History"), tr("Every request Duve sent (Ctrl+2)") },
        { Icons::Glyph::Mappings, tr("Mappings"),
            tr("Duve services and rooms to Hub OS (Ctrl+3)") },
        { Icons::Glyph::Settings, tr("Settings"), tr("Hub OS, listener and delivery (Ctrl+4)") },
    };
    int widestName = 0;
    for (const auto &page : pages) {
        widestName = std::max(widestName, fontMetrics().horizontalAdvance(page.name));
        auto *item = new QListWidgetItem(Icons::glyph(page.glyph, text), page.name, m_nav);
        item->setToolTip(page.tip);
        item->setSizeHint(QSize(0, fontMetrics().height() + 22));
    }
    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setFixedWidth(std::max(170, int(widestName * 1.08) + 90)); // the font grows below
    m_nav->setBackgroundRole(QPalette::AlternateBase);
    m_nav->setAutoFillBackground(true);
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.08);
    m_nav->setFont(navFont);
    m_nav->setSpacing(2);
    outer->addWidget(m_nav);
}

void MainWindow::setupPages(QWidget *central, QHBoxLayout *outer)
{
    auto *right = new QWidget(central);
    auto *column = new QVBoxLayout(right);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setAccessibleName(tr("Problem"));
    m_banner->setStyleSheet(u"QLabel { background-color: rgba(198, 40, 40, 0.16); "
                            "border: 1px solid rgba(198, 40, 40, 0.65); border-radius: 6px; "
                            "padding: 8px 12px; margin: 12px 16px 0 16px; }"_s);
    m_banner->hide();
    column->addWidget(m_banner);
    m_stack->addWidget(m_overview);
    m_stack->addWidget(m_history);
    m_stack->addWidget(m_mappings);
    m_stack->addWidget(m_settingsPage);
    column->addWidget(m_stack, 1);
    outer->addWidget(right, 1);
    setCentralWidget(central);
}

void MainWindow::setupStatusBar()
{
    m_chip->setTextFormat(Qt::RichText);
    m_chip->setAccessibleName(tr("Status"));
    m_chip->setContentsMargins(6, 2, 6, 2);
    statusBar()->addPermanentWidget(m_chip);
}

void MainWindow::connectNavigation()
{
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_stack->setCurrentIndex(row);
    });
    connect(m_overview, &OverviewPage::entryRequested, this, &MainWindow::showEntry);
    connect(m_overview, &OverviewPage::hourRequested, this, [this](const QDateTime &start) {
        setPage(HistoryPageIndex);
        m_history->showHour(start);
    });
    // The Overview's fixes for a cause of problems: the forms open over the Overview.
    connect(m_overview, &OverviewPage::mappingRequested, this,
        [this](const QString &externalId) { m_mappings->addMapping(externalId); });
    connect(m_overview, &OverviewPage::roomNameRequested, this,
        [this](const QString &duveRoom) { m_mappings->rooms()->addRoom(duveRoom); });
    connect(
        m_overview, &OverviewPage::settingsRequested, this, [this] { setPage(SettingsPageIndex); });
    connect(
        m_overview, &OverviewPage::ordersRequested, this, [this](const QList<HistoryRow> &orders) {
            setPage(HistoryPageIndex);
            m_history->showOrders(orders);
        });
    connect(m_tray, &TrayIcon::openRequested, this, &MainWindow::bringBack);
    connect(m_tray, &TrayIcon::quitRequested, this, &MainWindow::requestQuit);
    connect(m_tray, &TrayIcon::entryRequested, this, [this](qint64 id) {
        bringBack();
        showEntry(id);
    });
}

void MainWindow::setupShortcuts()
{
    // Keyboard: pages, search, new mapping, refresh, quit.
    for (int i = 0; i < 4; ++i) {
        addShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)),
            tr("Show %1").arg(m_nav->item(i)->text()), [this, i] { setPage(i); });
    }
    addShortcut(QKeySequence::Find, tr("Search the history"), [this] {
        setPage(HistoryPageIndex);
        m_history->focusSearch();
    });
    addShortcut(QKeySequence::New, tr("New mapping"), [this] {
        setPage(MappingsPageIndex);
        m_mappings->addMapping();
    });
    addShortcut(QKeySequence(Qt::Key_F5), tr("Refresh"), [this] {
        switch (currentPage()) {
        case OverviewPageIndex:
            m_overview->refresh();
            break;
        case HistoryPageIndex:
            m_history->refresh();
            break;
        case MappingsPageIndex:
            m_mappings->reload();
            break;
        default:
            break;
        }
    });
    addShortcut(QKeySequence::Quit, tr("Quit"), [this] { requestQuit(); });
    addShortcut(QKeySequence::Close, tr("Close the window"), [this] { close(); });
}

void MainWindow::setupHelpMenu()
{
    // Help: who made this, which version, under which licence.
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Hubbridge"));
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setObjectName(u"aboutQtAction"_s);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, this, [this] { QMessageBox::aboutQt(this); });
}

void MainWindow::connectStatus()
{
    Bridge *bridge = m_control->bridge();
    connect(bridge, &Bridge::listeningChanged, this, &MainWindow::updateBanner);
    connect(bridge->hubOsHealth(), &HubOsHealth::failed, this, &MainWindow::refreshStatus);
    connect(bridge, &Bridge::answered, this, &MainWindow::refreshStatus);
    connect(m_control, &Runtime::listenErrorChanged, this, &MainWindow::updateBanner);
    connect(m_control, &Runtime::credentialsChanged, this, &MainWindow::updateBanner);
    connect(m_control, &Runtime::settingsApplied, this, &MainWindow::refreshStatus);
    connect(m_control->store(), &HistoryStore::writeFailed, this, [this](const QString &error) {
        m_storeError = error;
        updateBanner();
    });
    connect(
        m_control->store(), &HistoryStore::integrityProblem, this, [this](const QString &notice) {
            m_integrityNotice = notice;
            updateBanner();
        });
    connect(m_control->store(), &HistoryStore::writeRecovered, this, [this] {
        m_storeError.clear();
        updateBanner();
    });
    m_clock.setInterval(30 * 1000);
    connect(&m_clock, &QTimer::timeout, this, &MainWindow::refreshStatus);
    m_clock.start();
}

MainWindow::~MainWindow() = default;

void MainWindow::addShortcut(
    const QKeySequence &keys, const QString &name, std::function<void()> run)
{
    auto *action = new QAction(name, this);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, std::move(run));
    addAction(action);
}

void MainWindow::placeForFirstStart()
{
    // The status bar above the taskbar, also on a 1366×768 front-desk screen.
    const QScreen *on = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!on) {
        resize(1180, 760);
        return;
    }
    const WindowPlacement::Placement placement = WindowPlacement::firstStart(
        on->availableGeometry(), QSize(1180, 760), minimumSizeHint().expandedTo(minimumSize()));
    setGeometry(placement.geometry);
    // Maximized when shown, unless a size was chosen before (resize() after construction).
    if (placement.maximized)
        m_maximizeAtFirstShow = placement.geometry.size();
}

void MainWindow::setVisible(bool visible)
{
    if (visible && m_maximizeAtFirstShow.isValid()) {
        if (size() == m_maximizeAtFirstShow)
            setWindowState(windowState() | Qt::WindowMaximized);
        m_maximizeAtFirstShow = QSize();
    }
    QMainWindow::setVisible(visible);
}

void MainWindow::bringBack()
{
    if (isMinimized())
        setWindowState(windowState() & ~Qt::WindowMinimized);
    show(); // not showNormal(): that would un-maximize
    raise();
    activateWindow();
}

void MainWindow::requestQuit()
{
    if (!m_control->bridge()->isListening()) {
        quit(); // nothing is received anyway
        return;
    }
    if (isHidden())
        bringBack(); // the question needs its window
    Confirm::askBeforeStopping(this, Confirm::Stop::Quit, [this] { quit(); });
}

void MainWindow::setPage(int page)
{
    if (page < 0 || page >= m_stack->count())
        return;
    m_nav->setCurrentRow(page);
    m_stack->setCurrentIndex(page);
}

int MainWindow::currentPage() const
{
    return m_stack->currentIndex();
}

void MainWindow::showEntry(qint64 id)
{
    setPage(HistoryPageIndex);
    m_history->showEntry(id);
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setObjectName(u"aboutDialog"_s);
    box.setWindowTitle(tr("About Hubbridge"));
    box.setIconPixmap(Icons::app().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    const QString html = u"<h3>%1</h3><p>%2</p><p>%3</p><p>%4<br>"
                         "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">"
                         "www.gnu.org/licenses/gpl-3.0.html</a></p>"_s;
    box.setText(html.arg(
        QStringLiteral("Hubbridge " HUBBRIDGE_VERSION).toHtmlEscaped(), // a name, not a text
        tr("Turns guest orders from Duve into housekeeping tasks in Hub OS.").toHtmlEscaped(),
        tr("Copyright 2026 the Hubbridge authors.").toHtmlEscaped(),
        tr("Licensed under the GNU General Public License, version 3 or later. There is no "
           "warranty, to the extent permitted by law.")
            .toHtmlEscaped()));
    // The full text, offline: LICENSE is compiled in (resources/hubbridge.qrc).
    QFile licence(u":/LICENSE"_s);
    if (licence.open(QIODevice::ReadOnly | QIODevice::Text))
        box.setDetailedText(QString::fromUtf8(licence.readAll()));
    box.setStandardButtons(QMessageBox::Ok);
    box.setEscapeButton(QMessageBox::Ok);
    box.exec();
}

QString MainWindow::statusText() const
{
    QTextDocument doc;
    doc.setHtml(m_chip->text());
    return doc.toPlainText().simplified();
}

QString MainWindow::bannerText() const
{
    return m_banner->isVisible() || !m_banner->isHidden() ? m_banner->text() : QString();
}

void MainWindow::refreshStatus()
{
    Bridge *bridge = m_control->bridge();
    const bool listening = bridge->isListening();
    const QDateTime ok = bridge->hubOsHealth()->lastSuccessAt();
    const QDateTime failed = bridge->hubOsHealth()->lastErrorAt();
    const bool hubOsFailing = HubOsState::failing(m_control);

    QString listenerChip = listening
        ? StatusPalette::chipHtml(
            tr("Listening on port %1").arg(bridge->port()), StatusPalette::Role::Ok)
        : StatusPalette::chipHtml(tr("Listener stopped"), StatusPalette::Role::Problem);
    QString hubOsChip;
    QString hubOsTitle;
    if (hubOsFailing) {
        hubOsChip = StatusPalette::chipHtml(
            tr("Hub OS error at %1").arg(failed.toLocalTime().toString(u"HH:mm"_s)),
            StatusPalette::Role::Problem);
        hubOsTitle = tr("Hub OS error");
    } else if (ok.isValid()) {
        hubOsChip = StatusPalette::chipHtml(
            tr("Hub OS answered at %1").arg(ok.toLocalTime().toString(u"HH:mm"_s)),
            StatusPalette::Role::Ok);
        hubOsTitle = tr("Hub OS OK");
    } else {
        hubOsChip
            = StatusPalette::chipHtml(tr("Hub OS not called yet"), StatusPalette::Role::Neutral);
        hubOsTitle = tr("Hub OS not called yet");
    }
    if (m_control->usesSandbox())
        hubOsChip
            += u"&nbsp;"_s + StatusPalette::chipHtml(tr("Sandbox"), StatusPalette::Role::Warning);
    m_chip->setText(listenerChip + u"&nbsp;&nbsp;"_s + hubOsChip);
    m_chip->setToolTip(hubOsFailing ? bridge->hubOsHealth()->lastError() : QString());
    const QString state = listening ? tr("listening") : tr("listener stopped");
    // Two Hubbridges on two data folders side by side: the title says which is which.
    const QString folder = dataFolderName();
    setWindowTitle(folder.isEmpty()
            ? tr("Hubbridge — %1 · %2").arg(state, hubOsTitle)
            : tr("Hubbridge (%1) — %2 · %3").arg(folder, state, hubOsTitle));
    m_tray->refresh();
}

QString MainWindow::dataFolderName() const
{
    const QString dir = QDir::cleanPath(QDir(m_control->settings()->dataDir()).absolutePath());
    const QString standard = QDir::cleanPath(QDir(Settings::defaultDataDir()).absolutePath());
    return dir == standard ? QString() : QDir(dir).dirName();
}

void MainWindow::updateBanner()
{
    QStringList problems;
    if (!m_integrityNotice.isEmpty())
        problems.append(m_integrityNotice);
    if (!m_storeError.isEmpty())
        problems.append(tr("Hubbridge cannot write its history (%1). Orders are answered \"try "
                           "again later\" until it can: free disk space or check the data "
                           "folder's permissions.")
                            .arg(m_storeError));
    if (!m_control->listenError().isEmpty())
        problems.append(tr("The listener could not start: %1. Check the port in Settings.")
                            .arg(m_control->listenError()));
    else if (!m_control->bridge()->isListening())
        problems.append(tr("The listener is stopped: Duve's orders are refused until it runs "
                           "again. Start listener on the Overview starts it."));
    if (m_control->sessionOnly())
        problems.append(tr("No system keychain is available (%1). Hub OS credentials are kept "
                           "for this session only and must be entered again after a restart.")
                            .arg(m_control->keychainError()));
    else if (m_control->credentialsLoaded() && !m_control->effectiveCredentials().isComplete())
        problems.append(tr("Hub OS credentials are missing: every order is refused until you "
                           "enter them in Settings."));
    m_banner->setText(problems.join(u"\n"_s));
    m_banner->setVisible(!problems.isEmpty());
    refreshStatus();
}

void MainWindow::saveState()
{
    Settings *settings = m_control->settings();
    settings->setValue(Settings::Key::UiGeometry, saveGeometry());
    settings->setValue(Settings::Key::UiLastPage, currentPage());
    settings->sync();
}

void MainWindow::quit()
{
    m_quitting = true;
    saveState();
    m_tray->hide();
    close();
    QApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    if (!m_quitting && !m_tray->isVisible() && m_control->bridge()->isListening()) {
        // Without a tray, closing quits: ask first, as Quit does.
        event->ignore();
        requestQuit();
        return;
    }
    if (!m_quitting && m_tray->isVisible()) {
        // The listener keeps running: say so once.
        hide();
        event->ignore();
        Settings *settings = m_control->settings();
        if (!settings->value(Settings::Key::UiTrayHintShown).toBool()) {
            m_tray->showHint();
            settings->setValue(Settings::Key::UiTrayHintShown, true);
            settings->sync();
        }
        return;
    }
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        const QColor text = palette().color(QPalette::WindowText);
        const Icons::Glyph glyphs[] = { Icons::Glyph::Overview, Icons::Glyph::History,
            Icons::Glyph::Mappings, Icons::Glyph::Settings };
        for (int i = 0; i < m_nav->count() && i < 4; ++i)
            m_nav->item(i)->setIcon(Icons::glyph(glyphs[i], text));
    }
    QMainWindow::changeEvent(event);
}
