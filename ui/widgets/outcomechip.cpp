// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/widgets/outcomechip.h"

#include "core/store/historystore.h"
#include "ui/widgets/statuspalette.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

OutcomeChip::OutcomeChip(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QList<Outcome> OutcomeChip::outcomes()
{
    return { Outcome::Created, Outcome::Failed, Outcome::Pending, Outcome::Rejected,
        Outcome::Duplicate, Outcome::Cancelled, Outcome::Interrupted, Outcome::Received,
        Outcome::Ignored, Outcome::Recorded, Outcome::Skipped };
}

QString OutcomeChip::label(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Created:
        return tr("Created");
    case Outcome::Failed:
        return tr("Failed");
    case Outcome::Pending:
        return tr("Pending");
    case Outcome::Rejected:
        return tr("Rejected");
    case Outcome::Duplicate:
        return tr("Duplicate");
    case Outcome::Cancelled:
        return tr("Cancelled");
    case Outcome::Interrupted:
        return tr("Interrupted");
    case Outcome::Received:
        return tr("Received");
    case Outcome::Ignored:
        return tr("Ignored");
    case Outcome::Recorded:
        return tr("Recorded");
    case Outcome::Skipped:
        return tr("Skipped");
    }
    return outcomeName(outcome);
}

QColor OutcomeChip::color(Outcome outcome)
{
    using Role = StatusPalette::Role;
    switch (outcome) {
    case Outcome::Created:
        return StatusPalette::fill(Role::Ok);
    case Outcome::Failed:
        return StatusPalette::fill(Role::Problem);
    case Outcome::Pending:
        return StatusPalette::fill(Role::Warning);
    case Outcome::Rejected:
        return QColor(0xe6, 0x51, 0x00);
    case Outcome::Duplicate:
        return QColor(0x00, 0x79, 0x6b);
    case Outcome::Cancelled:
        return QColor(0x54, 0x6e, 0x7a);
    case Outcome::Interrupted:
        return QColor(0x6a, 0x1b, 0x9a);
    case Outcome::Received:
        return StatusPalette::fill(Role::Info);
    case Outcome::Ignored:
    case Outcome::Recorded:
    case Outcome::Skipped:
        break;
    }
    return StatusPalette::fill(Role::Neutral);
}

Outcome OutcomeChip::outcomeAt(const QModelIndex &index)
{
    return outcomeFromName(index.data(Qt::UserRole).toString()).value_or(Outcome::Received);
}

QColor OutcomeChip::textColor(const QColor &background)
{
    // Relative luminance (sRGB approximation): dark text on light chips, white otherwise.
    const double l
        = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return l > 0.55 ? QColor(0x1f, 0x1f, 0x1f) : QColor(Qt::white);
}

QString OutcomeChip::html(const QString &text, const QColor &background)
{
    return u"<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>"_s.arg(
        background.name(), textColor(background).name(), text.toHtmlEscaped());
}

void OutcomeChip::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Outcome outcome = outcomeAt(index);
    const QString text = label(outcome);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // selection background

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(option.font);
    const int padX = 8;
    const int height = std::min(option.rect.height() - 6, fm.height() + 4);
    const int width = std::min(option.rect.width() - 8, fm.horizontalAdvance(text) + 2 * padX + 4);
    const QRect chip(
        option.rect.left() + 4, option.rect.center().y() - height / 2 + 1, width, height);
    const QColor bg = color(outcome);
    QPainterPath path;
    path.addRoundedRect(QRectF(chip), height / 2.0, height / 2.0);
    painter->fillPath(path, bg);
    painter->setPen(textColor(bg));
    painter->drawText(chip.adjusted(padX, 0, -padX, 0), Qt::AlignCenter,
        fm.elidedText(text, Qt::ElideRight, chip.width() - 2 * padX));
    painter->restore();
}

QSize OutcomeChip::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    const QString text = label(outcomeAt(index));
    return QSize(fm.horizontalAdvance(text) + 28, fm.height() + 10);
}
