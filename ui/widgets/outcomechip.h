// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/store/outcome.h"

#include <QColor>
#include <QStyledItemDelegate>

// Paints a history outcome as a coloured, rounded chip. The chip carries its own background
// and a text colour picked for contrast, so it reads the same in light and dark palettes.
class OutcomeChip : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit OutcomeChip(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QString label(Outcome outcome); // translated, for people
    static QColor color(Outcome outcome);
    static QColor textColor(const QColor &background);
    // A chip as rich text, for labels (status bar, overview).
    static QString html(const QString &text, const QColor &background);
    // Every outcome staff can filter by, in a sensible order.
    static QList<Outcome> outcomes();
    // The outcome a model gives for Qt::UserRole (its name, outcomeName()).
    static Outcome outcomeAt(const QModelIndex &index);
};
