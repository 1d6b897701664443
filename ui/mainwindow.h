// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMainWindow>
#include <QTimer>

class Runtime;
class HistoryPage;
class MappingsPage;
class OverviewPage;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QStackedWidget;
class SettingsPage;
class TrayIcon;

// The front-desk window: a sidebar with the four pages (Overview, History, Mappings,
// Settings), a banner for problems staff must act on, and a status-bar chip that tells whether
// the listener runs and whether Hub OS answered lately. Closing it keeps the listener running
// in the tray when there is one.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { OverviewPageIndex, HistoryPageIndex, MappingsPageIndex, SettingsPageIndex };

    explicit MainWindow(Runtime *control, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setPage(int page);
    int currentPage() const;
    OverviewPage *overviewPage() const { return m_overview; }
    HistoryPage *historyPage() const { return m_history; }
    MappingsPage *mappingsPage() const { return m_mappings; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    TrayIcon *trayIcon() const { return m_tray; }
    QString statusText() const; // the status-bar chip, as plain text
    QString bannerText() const;
    // The data folder's name when it is not the standard one (then the title shows it).
    QString dataFolderName() const;

    void showEntry(qint64 id); // History page, that entry selected
    void showAbout(); // Help > About Hubbridge: version, purpose, licence (its text under Details)
    // Back from the tray or a second start, as it was: maximized stays maximized, a normal
    // window keeps its size and place; un-minimized, raised and active.
    void bringBack();
    // Quit from the tray menu, Ctrl+Q or closing without a tray: while the listener runs, first
    // asks (window-modal) whether to stop receiving Duve's orders.
    void requestQuit();
    void quit(); // saves the window state and leaves the application
    void saveState();

    void setVisible(bool visible) override;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setupSidebar(QHBoxLayout *outer);
    void setupPages(QWidget *central, QHBoxLayout *outer);
    void setupStatusBar();
    void connectNavigation();
    void setupShortcuts();
    void setupHelpMenu();
    void connectStatus();
    void refreshStatus();
    void updateBanner();
    void addShortcut(const QKeySequence &keys, const QString &name, std::function<void()> run);
    void placeForFirstStart();

    Runtime *m_control;
    QString m_storeError; // the history cannot be written (disk full, read-only)
    QString m_integrityNotice; // the background check found the history damaged
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QLabel *m_banner;
    QLabel *m_chip;
    OverviewPage *m_overview;
    HistoryPage *m_history;
    MappingsPage *m_mappings;
    SettingsPage *m_settingsPage;
    TrayIcon *m_tray;
    QTimer m_clock;
    bool m_quitting = false;
    QSize m_maximizeAtFirstShow; // the first start's size, when it is to open maximized
};
