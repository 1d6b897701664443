// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLabel>

// A line of text that tells how something went: in the window's text colour, or, for a
// problem, in StatusPalette's problem colour for the current (light or dark) palette. Used for
// the pages' notices and for the error line under a form (hidden until there is one).
class NoticeLabel : public QLabel
{
    Q_OBJECT
public:
    explicit NoticeLabel(QWidget *parent = nullptr);

    void setNotice(const QString &text, bool problem = false);
    // Every text of this label is a problem (an error line under a form).
    void setProblem(bool problem);
    bool isProblem() const { return m_problem; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColour();

    bool m_problem = false;
    bool m_applying = false;
};
