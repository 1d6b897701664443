#include "mainwindow.h"

#include "bridge.h"
#include "historystore.h"
#include "settings.h"

#include <QFormLayout>
#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(Settings *settings, HistoryStore *store, Bridge *bridge, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_store(store)
    , m_bridge(bridge)
    , m_state(new QLabel(this))
    , m_url(new QLabel(this))
    , m_hubOs(new QLabel(this))
    , m_count(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Hubbridge"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(16);

    auto *title = new QLabel(tr("Duve → Hub OS bridge"), central);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Listener:"), m_state);
    form->addRow(tr("Address for Duve:"), m_url);
    form->addRow(tr("Hub OS:"), m_hubOs);
    form->addRow(tr("History:"), m_count);
    layout->addLayout(form);

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *note = new QLabel(tr("The full front-desk application (history, mappings, settings) "
                               "is on its way. Until then, use the command line: "
                               "hubbridge --help."),
        central);
    note->setWordWrap(true);
    note->setEnabled(false);
    layout->addWidget(note);
    layout->addStretch();
    setCentralWidget(central);
    resize(640, 360);

    connect(bridge, &Bridge::listeningChanged, this, &MainWindow::refresh);
    connect(store, &HistoryStore::entryChanged, this, &MainWindow::refresh);
    refresh();
}

void MainWindow::setKeychainError(const QString &error)
{
    if (error.isEmpty())
        return;
    m_problem->setText(tr("The system keychain is not available (%1). Hub OS credentials "
                          "cannot be read.")
                           .arg(error));
    m_problem->show();
}

void MainWindow::setListenError(const QString &error)
{
    m_problem->setText(error);
    m_problem->show();
    refresh();
}

void MainWindow::refresh()
{
    const bool listening = m_bridge->isListening();
    m_state->setText(listening ? tr("Running") : tr("Stopped"));
    m_url->setText(listening ? m_bridge->webhookUrl().toString() : tr("—"));
    const QUrl hubOs = m_settings->hubOsUrl();
    m_hubOs->setText(hubOs.isEmpty()
            ? tr("Not configured (set hubos/url in %1)").arg(m_settings->iniPath())
            : hubOs.toString());
    m_count->setText(tr("Requests recorded: %1").arg(m_store->entryCount()));
    statusBar()->showMessage(listening ? tr("Listening for Duve") : tr("Not listening"));
}
