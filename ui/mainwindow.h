#pragma once

#include <QMainWindow>

class Bridge;
class HistoryStore;
class QLabel;
class Settings;

// The front-desk window. For now a status page: where Duve should send its webhooks, whether
// the listener runs, and how many requests the history holds.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Settings *settings, HistoryStore *store, Bridge *bridge, QWidget *parent = nullptr);

    void setKeychainError(const QString &error);
    void setListenError(const QString &error);

private:
    void refresh();

    Settings *m_settings;
    HistoryStore *m_store;
    Bridge *m_bridge;
    QLabel *m_state;
    QLabel *m_url;
    QLabel *m_hubOs;
    QLabel *m_count;
    QLabel *m_problem;
};
