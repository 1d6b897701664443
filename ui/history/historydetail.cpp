// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/history/historydetail.h"

#include "core/net/httpheaders.h"
#include "core/store/historystore.h"
#include "ui/history/historymodel.h"
#include "ui/widgets/outcomechip.h"

#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QJsonValue masked(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (Http::isSecretHeader(it.key().toUtf8()) && !it.value().isNull())
                it.value() = QString::fromLatin1(Http::kRedacted);
            else
                it.value() = masked(it.value());
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = masked(*it);
        return array;
    }
    return value;
}

QPlainTextEdit *codeView(QWidget *parent, const QString &name)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setAccessibleName(name);
    return view;
}

} // namespace

HistoryDetail::HistoryDetail(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_request(codeView(this, tr("Request from Duve")))
    , m_attempts(codeView(this, tr("Hub OS attempts")))
    , m_answer(codeView(this, tr("Answer sent to Duve")))
    , m_timeline(codeView(this, tr("The order's requests")))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    m_tabs->addTab(m_request, tr("Request"));
    m_tabs->addTab(m_attempts, tr("Hub OS attempts"));
    m_tabs->addTab(m_answer, tr("Answer to Duve"));
    m_tabs->addTab(m_timeline, tr("Order timeline"));
    m_tabs->setAccessibleName(tr("Entry details"));
    layout->addWidget(m_tabs, 1);
    clear();
}

QString HistoryDetail::prettyJson(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return QString::fromUtf8(bytes);
    const QJsonValue value = masked(doc.isObject() ? QJsonValue(doc.object()) : doc.array());
    const QJsonDocument out
        = value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray());
    return QString::fromUtf8(out.toJson(QJsonDocument::Indented)).trimmed();
}

void HistoryDetail::clear()
{
    m_entryId = 0;
    m_title->setText(tr("No entry selected"));
    m_summary->setText(tr("Select a row to see what Duve sent, what Hub OS answered and what "
                          "Duve was told."));
    m_request->clear();
    m_attempts->clear();
    m_answer->clear();
    setTimeline({});
}

void HistoryDetail::showEntry(
    const HistoryEntry &entry, const QList<StoredAttempt> &attempts, const QString &standing)
{
    m_entryId = entry.id;
    QStringList title;
    title.append(HistoryModel::eventLabel(entry.event));
    if (!entry.orderNumber.isEmpty())
        title.append(tr("order #%1").arg(entry.orderNumber));
    if (!entry.room.isEmpty())
        title.append(tr("room %1").arg(entry.room));
    if (!entry.guest.isEmpty())
        title.append(entry.guest);
    m_title->setText(title.join(u" · "_s));

    QString summary
        = OutcomeChip::html(OutcomeChip::label(entry.outcome), OutcomeChip::color(entry.outcome))
        + u"&nbsp;&nbsp;"_s
        + tr("Entry %1, received %2 from %3")
              .arg(entry.id)
              .arg(HistoryModel::timeText(entry.receivedAt), entry.remoteAddress)
              .toHtmlEscaped();
    if (!entry.reason.isNone())
        summary += u"<br><b>"_s + entry.reason.text().toHtmlEscaped() + u"</b>"_s;
    if (!standing.isEmpty())
        summary += u"<br>➜ "_s + standing.toHtmlEscaped();
    if (!entry.code.isEmpty())
        summary += u"<br>"_s
            + tr("Answered to Duve: HTTP %1 %2 (%3)")
                  .arg(entry.httpStatus)
                  .arg(entry.code, entry.message)
                  .toHtmlEscaped();
    else if (!entry.message.isEmpty())
        summary += u"<br>"_s + entry.message.toHtmlEscaped();
    if (!entry.detail.isEmpty() && entry.detail != entry.message)
        summary += u"<br><i>"_s + entry.detail.toHtmlEscaped() + u"</i>"_s;
    m_summary->setText(summary);

    // The request: line, headers (secrets as ***), body.
    QString request = entry.method + u' ' + entry.path + u'\n';
    for (const auto &header : Http::redacted(entry.headers))
        request
            += QString::fromUtf8(header.first) + u": "_s + QString::fromUtf8(header.second) + u'\n';
    request += u'\n';
    if (entry.bodySize > entry.body.size())
        request += tr("(body of %1 bytes, first %2 bytes kept)\n")
                       .arg(entry.bodySize)
                       .arg(entry.body.size());
    request += prettyJson(entry.body);
    m_request->setPlainText(request);

    QString text;
    if (attempts.isEmpty())
        text = tr("Hub OS was not called for this entry.");
    for (const StoredAttempt &a : attempts) {
        const QString status = a.httpStatus > 0 ? tr("HTTP %1").arg(a.httpStatus)
                                                : tr("no answer (%1)").arg(a.error);
        text += tr("── %1 item %2, attempt %3 ── %4 ── %5 ms ──")
                    .arg(a.kind == u"create"      ? tr("Create")
                            : a.kind == u"cancel" ? tr("Cancel")
                                                  : a.kind)
                    .arg(a.itemIndex + 1)
                    .arg(a.number)
                    .arg(status)
                    .arg(a.latencyMs)
            + u'\n';
        text += tr("Started %1").arg(HistoryModel::timeText(a.startedAt)) + u'\n';
        text += a.method + u' ' + a.url + u'\n';
        if (!a.request.isEmpty())
            text += prettyJson(a.request) + u'\n';
        text += tr("Response:") + u'\n';
        text += (a.response.isEmpty() ? tr("(empty)") : prettyJson(a.response)) + u'\n';
        if (!a.taskId.isEmpty())
            text += tr("Hub OS task: %1").arg(a.taskId) + u'\n';
        if (!a.error.isEmpty() && a.httpStatus > 0)
            text += tr("Error: %1").arg(a.error) + u'\n';
        text += u'\n';
    }
    m_attempts->setPlainText(text.trimmed());
    m_tabs->setTabText(1, tr("Hub OS attempts (%1)").arg(attempts.size()));

    QString answer;
    if (entry.httpStatus == 0) {
        answer = tr("Not answered yet.");
    } else {
        answer = tr("HTTP %1, answered %2")
                     .arg(entry.httpStatus)
                     .arg(HistoryModel::timeText(entry.answeredAt))
            + u"\n\n"_s + prettyJson(entry.answer);
    }
    m_answer->setPlainText(answer);
}

QString HistoryDetail::requestText() const
{
    return m_request->toPlainText();
}

QString HistoryDetail::attemptsText() const
{
    return m_attempts->toPlainText();
}

QString HistoryDetail::answerText() const
{
    return m_answer->toPlainText();
}

void HistoryDetail::setTimeline(const QStringList &lines)
{
    m_timeline->setPlainText(lines.join(u'\n'));
    const int index = m_tabs->indexOf(m_timeline);
    m_tabs->setTabText(index,
        lines.isEmpty() ? tr("Order timeline") : tr("Order timeline (%1)").arg(lines.size()));
    m_tabs->setTabEnabled(index, !lines.isEmpty());
}

QString HistoryDetail::timelineText() const
{
    return m_timeline->toPlainText();
}
