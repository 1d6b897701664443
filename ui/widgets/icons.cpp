// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/widgets/icons.h"

#include <QFile>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QSvgRenderer>
#include <QtMath>

// The resources of a static library are registered by hand (resources/hubbridge.qrc).
static void initHubbridgeResources()
{
    Q_INIT_RESOURCE(hubbridge);
}

namespace {

// The application icon's SVG (resources/icons/hubbridge.svg) with its badge colour replaced.
QByteArray appSvg(const QColor &badge)
{
    static const QByteArray svg = [] {
        initHubbridgeResources();
        QFile file(QStringLiteral(":/icons/hubbridge.svg"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QByteArray copy = svg;
    return copy.replace("#1e88e5", badge.name(QColor::HexRgb).toLatin1());
}

QPixmap canvas(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

void drawApp(QPainter &p, int s, const QColor &badge)
{
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(badge);
    p.drawEllipse(QRectF(s * 0.04, s * 0.04, s * 0.92, s * 0.92));
    // A bridge: a deck and an arch, in white.
    QPen pen(Qt::white, s * 0.09, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawLine(QPointF(s * 0.2, s * 0.62), QPointF(s * 0.8, s * 0.62));
    QPainterPath arch;
    arch.moveTo(s * 0.24, s * 0.62);
    arch.quadTo(s * 0.5, s * 0.12, s * 0.76, s * 0.62);
    p.drawPath(arch);
    pen.setWidthF(s * 0.06);
    p.setPen(pen);
    for (double x : { 0.38, 0.5, 0.62 })
        p.drawLine(QPointF(s * x, s * (x == 0.5 ? 0.38 : 0.45)), QPointF(s * x, s * 0.62));
}

void drawGlyph(QPainter &p, int s, Icons::Glyph glyph, const QColor &color)
{
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(color, s * 0.09, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (glyph) {
    case Icons::Glyph::Overview: // bars
        for (int i = 0; i < 3; ++i) {
            const double x = s * (0.22 + i * 0.28);
            const double top = s * (i == 0 ? 0.55 : i == 1 ? 0.25 : 0.42);
            p.drawLine(QPointF(x, s * 0.82), QPointF(x, top));
        }
        break;
    case Icons::Glyph::History: // a clock
        p.drawEllipse(QRectF(s * 0.12, s * 0.12, s * 0.76, s * 0.76));
        p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.5, s * 0.28));
        p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.66, s * 0.6));
        break;
    case Icons::Glyph::Mappings: // two arrows
        p.drawLine(QPointF(s * 0.15, s * 0.33), QPointF(s * 0.8, s * 0.33));
        p.drawLine(QPointF(s * 0.62, s * 0.18), QPointF(s * 0.8, s * 0.33));
        p.drawLine(QPointF(s * 0.85, s * 0.67), QPointF(s * 0.2, s * 0.67));
        p.drawLine(QPointF(s * 0.38, s * 0.82), QPointF(s * 0.2, s * 0.67));
        break;
    case Icons::Glyph::Settings: { // a gear
        const QPointF c(s * 0.5, s * 0.5);
        p.drawEllipse(c, s * 0.14, s * 0.14);
        p.drawEllipse(c, s * 0.3, s * 0.3);
        for (int i = 0; i < 8; ++i) {
            const double a = i * M_PI / 4;
            p.drawLine(
                c + QPointF(qCos(a), qSin(a)) * s * 0.3, c + QPointF(qCos(a), qSin(a)) * s * 0.42);
        }
        break;
    }
    case Icons::Glyph::Eye: {
        pen.setWidthF(s * 0.07);
        p.setPen(pen);
        QPainterPath eye;
        eye.moveTo(s * 0.08, s * 0.5);
        eye.quadTo(s * 0.5, s * 0.1, s * 0.92, s * 0.5);
        eye.quadTo(s * 0.5, s * 0.9, s * 0.08, s * 0.5);
        p.drawPath(eye);
        p.setBrush(color);
        p.drawEllipse(QPointF(s * 0.5, s * 0.5), s * 0.12, s * 0.12);
        break;
    }
    case Icons::Glyph::Copy:
        pen.setWidthF(s * 0.07);
        p.setPen(pen);
        p.drawRoundedRect(QRectF(s * 0.3, s * 0.3, s * 0.5, s * 0.55), s * 0.06, s * 0.06);
        p.drawPolyline(QPolygonF({ QPointF(s * 0.2, s * 0.7), QPointF(s * 0.2, s * 0.15),
            QPointF(s * 0.62, s * 0.15) }));
        break;
    }
}

} // namespace

QIcon Icons::app(const QColor &badge)
{
    // Rendered here rather than through Qt's SVG icon engine plugin: one code path for the
    // window, the tray's state colours and platforms where the plugin is not deployed.
    QSvgRenderer svg(appSvg(badge));
    QIcon icon;
    for (int size : { 16, 22, 24, 32, 48, 64, 128, 256 }) {
        QPixmap pixmap = canvas(size);
        QPainter p(&pixmap);
        if (svg.isValid()) {
            p.setRenderHint(QPainter::Antialiasing);
            svg.render(&p, QRectF(0, 0, size, size));
        } else {
            drawApp(p, size, badge); // the drawn mark, should the resource be missing
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon Icons::glyph(Glyph glyph, const QColor &color)
{
    QIcon icon;
    for (int size : { 16, 24, 32, 48 }) {
        QPixmap pixmap = canvas(size);
        QPainter p(&pixmap);
        drawGlyph(p, size, glyph, color);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
