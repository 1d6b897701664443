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

QStringList OutcomeChip::outcomes()
{
    return { Outcome::Created, Outcome::Failed, Outcome::Pending, Outcome::Rejected,
        Outcome::Duplicate, Outcome::Cancelled, Outcome::Interrupted, Outcome::Received,
        Outcome::Ignored, Outcome::Recorded, Outcome::Skipped };
}

QString OutcomeChip::label(const QString &outcome)
{
    if (outcome == Outcome::Created)
        return tr("Created");
    if (outcome == Outcome::Failed)
        return tr("Failed");
    if (outcome == Outcome::Pending)
        return tr("Pending");
    if (outcome == Outcome::Rejected)
        return tr("Rejected");
    if (outcome == Outcome::Duplicate)
        return tr("Duplicate");
    if (outcome == Outcome::Cancelled)
        return tr("Cancelled");
    if (outcome == Outcome::Interrupted)
        return tr("Interrupted");
    if (outcome == Outcome::Received)
        return tr("Received");
    if (outcome == Outcome::Ignored)
        return tr("Ignored");
    if (outcome == Outcome::Recorded)
        return tr("Recorded");
    if (outcome == Outcome::Skipped)
        return tr("Skipped");
    return outcome;
}

QColor OutcomeChip::color(const QString &outcome)
{
    using Role = StatusPalette::Role;
    if (outcome == Outcome::Created)
        return StatusPalette::fill(Role::Ok);
    if (outcome == Outcome::Failed)
        return StatusPalette::fill(Role::Problem);
    if (outcome == Outcome::Pending)
        return StatusPalette::fill(Role::Warning);
    if (outcome == Outcome::Rejected)
        return QColor(0xe6, 0x51, 0x00);
    if (outcome == Outcome::Duplicate)
        return QColor(0x00, 0x79, 0x6b);
    if (outcome == Outcome::Cancelled)
        return QColor(0x54, 0x6e, 0x7a);
    if (outcome == Outcome::Interrupted)
        return QColor(0x6a, 0x1b, 0x9a);
    if (outcome == Outcome::Received)
        return StatusPalette::fill(Role::Info);
    return StatusPalette::fill(Role::Neutral);
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
    const QString outcome = index.data(Qt::UserRole).toString();
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
    const QString text = label(index.data(Qt::UserRole).toString());
    return QSize(fm.horizontalAdvance(text) + 28, fm.height() + 10);
}
