// SPDX-FileCopyrightText: 2026 The Hubbridge authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Build-time helper: renders the application's SVG icon to the PNG sizes of the hicolor icon
// theme (OUTDIR/<N>x<N>/apps/NAME.png), and to a .ico for the Windows installer.
//   hubbridge-svgtopng ICON.svg OUTDIR NAME SIZE... [--ico FILE.ico]
// QSvgRenderer draws into a QImage with the raster engine: no QGuiApplication and no platform
// plugin are needed, so it runs on a headless build machine.
#include <QDir>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QStringList>
#include <QSvgRenderer>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "hubbridge-svgtopng: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    QString ico;
    if (const qsizetype at = args.indexOf(u"--ico"_s); at >= 0) {
        ico = args.value(at + 1);
        args.remove(at, 2);
    }
    if (args.size() < 4)
        return fail(u"usage: hubbridge-svgtopng ICON.svg OUTDIR NAME SIZE... [--ico FILE]"_s);
    QSvgRenderer svg(args.at(0));
    if (!svg.isValid())
        return fail(u"%1 is not a valid SVG file"_s.arg(args.at(0)));
    const QDir out(args.at(1));
    const QString name = args.at(2);
    for (const QString &sizeText : args.mid(3)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size < 1 || size > 4096)
            return fail(u"%1 is not an icon size"_s.arg(sizeText));
        const QString dir = u"%1x%1/apps"_s.arg(size);
        if (!out.mkpath(dir))
            return fail(u"cannot create %1"_s.arg(out.filePath(dir)));
        const QString file = out.filePath(dir + u'/' + name + u".png"_s);
        QImageWriter writer(file, "png");
        if (!writer.write(render(svg, size)))
            return fail(u"cannot write %1: %2"_s.arg(file, writer.errorString()));
    }
    if (!ico.isEmpty()) {
        // Qt's ICO writer stores one image; 256 px is what Windows scales from.
        QImageWriter writer(ico, "ico");
        if (!writer.write(render(svg, 256)))
            return fail(u"cannot write %1: %2"_s.arg(ico, writer.errorString()));
    }
    return 0;
}
