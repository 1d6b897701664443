// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

struct HistoryEntry;
struct StoredAttempt;
class QLabel;
class QPlainTextEdit;
class QTabWidget;

// One history entry in full: what Duve sent (pretty-printed JSON, credentials as ***), every
// Hub OS attempt (request, response, latency) and the answer Duve got.
class HistoryDetail : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryDetail(QWidget *parent = nullptr);

    // `standing`: where the entry's order stands now ("Resolved by entry 28 → Created").
    void showEntry(const HistoryEntry &entry, const QList<StoredAttempt> &attempts,
        const QString &standing = {});
    void clear();
    // The requests of the entry's order, oldest first, one per line; empty: not an order.
    void setTimeline(const QStringList &lines);
    QString timelineText() const;
    qint64 entryId() const { return m_entryId; }

    QString requestText() const;
    QString attemptsText() const;
    QString answerText() const;

    static QString prettyJson(const QByteArray &bytes); // credentials shown as ***

private:
    qint64 m_entryId = 0;
    QLabel *m_title;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_request;
    QPlainTextEdit *m_attempts;
    QPlainTextEdit *m_answer;
    QPlainTextEdit *m_timeline;
};
