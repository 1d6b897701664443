// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWizardPage>

class NoticeLabel;
class QBoxLayout;
class Runtime;

// What the pages of the first-run wizard share: the runtime they set up, and a line under the
// page that says what stops the person from going on.
class FirstRunPage : public QWizardPage
{
public:
    explicit FirstRunPage(Runtime *control, QWidget *parent = nullptr);

    QString error() const; // empty when nothing stops this page

protected:
    Runtime *control() const { return m_control; }
    // Adds the (hidden) error line at the end of `layout`.
    void addErrorLine(QBoxLayout *layout);
    void setError(const QString &text);

private:
    Runtime *m_control;
    NoticeLabel *m_error = nullptr;
};
