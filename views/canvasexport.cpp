// CanvasView's diagram export (PNG and self-contained SVG), apart from the
// interaction code in canvasview.cpp.
#include "canvaslegend.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "nodeitem.h"
#include "topologydocument.h"

#include <QBuffer>
#include <QFile>
#include <QImageWriter>
#include <QPainter>
#include <QSvgGenerator>

#include <cmath>

namespace apim {

namespace {

constexpr qreal ExportMargin = 32.0;
constexpr int MaxImageSide = 32000;
constexpr qint64 MaxImagePixels = 256LL * 1024 * 1024;

} // namespace

QByteArray CanvasView::hoverTitles(const QRectF &source) const
{
    // Names are elided on the cards; an invisible rectangle over each card gives
    // the whole name and host as the tooltip an SVG viewer shows on hover.
    QByteArray out("<g id=\"node-titles\">\n");
    for (const Node &n : m_document->topology().nodes()) {
        const NodeItem *item = m_scene->nodeItem(n.id);
        if (!item)
            continue;
        const QRectF card = item->cardSceneRect().translated(-source.topLeft());
        const QString title =
            item->subtitle().isEmpty() ? item->title() : tr("%1 (%2)").arg(item->title(), item->subtitle());
        out += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#000\" "
                              "fill-opacity=\"0\"><title>%5</title></rect>\n")
                   .arg(card.x())
                   .arg(card.y())
                   .arg(card.width())
                   .arg(card.height())
                   .arg(title.toHtmlEscaped())
                   .toUtf8();
    }
    out += "</g>\n";
    return out;
}

QSizeF CanvasView::exportSize(QRectF *source) const
{
    *source = m_scene->contentRect().adjusted(-ExportMargin, -ExportMargin, ExportMargin, ExportMargin);
    if (m_scene->contentRect().isEmpty())
        return {};
    const QSizeF legend = CanvasLegend::legendSize(font());
    return QSizeF(std::max(source->width(), legend.width() + 2 * ExportMargin),
                  source->height() + legend.height() + ExportMargin);
}

void CanvasView::renderDiagram(QPainter *painter, const QRectF &source, const QSizeF &size)
{
    const QSizeF legend = CanvasLegend::legendSize(font());
    painter->fillRect(QRectF(QPointF(0, 0), size), palette().color(QPalette::Base));
    m_scene->renderForExport(painter, QRectF(QPointF(0, 0), source.size()), source);
    CanvasLegend::paintLegend(painter, QRectF(QPointF(ExportMargin, source.height()), legend), palette(),
                              font());
}

bool CanvasView::exportPng(const QString &path, qreal scale, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QRectF source;
    const QSizeF size = exportSize(&source);
    if (size.isEmpty())
        return fail(tr("The diagram is empty."));
    if (!(scale > 0) || !std::isfinite(scale))
        return fail(tr("The scale must be greater than zero."));
    const QSize pixels = (size * scale).toSize();
    if (pixels.width() > MaxImageSide || pixels.height() > MaxImageSide ||
        qint64(pixels.width()) * pixels.height() > MaxImagePixels)
        return fail(tr("The image would be %1 × %2 pixels; choose a smaller scale or export SVG.")
                        .arg(pixels.width())
                        .arg(pixels.height()));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return fail(
            tr("Not enough memory for a %1 × %2 pixel image.").arg(pixels.width()).arg(pixels.height()));
    // Rounding can leave the last pixel row outside the painted background.
    image.fill(palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                               QPainter::SmoothPixmapTransform);
        painter.scale(scale, scale);
        renderDiagram(&painter, source, size);
    }
    QImageWriter writer(path, "png");
    if (!writer.write(image))
        return fail(tr("Could not write %1: %2").arg(path, writer.errorString()));
    return true;
}

bool CanvasView::exportSvg(const QString &path, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QRectF source;
    const QSizeF size = exportSize(&source);
    if (size.isEmpty())
        return fail(tr("The diagram is empty."));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(tr("Could not write %1: %2").arg(path, file.errorString()));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setTitle(m_document->displayName());
    generator.setDescription(tr("Topology diagram exported by APIM Topology Designer"));
    QPainter painter;
    if (!painter.begin(&generator))
        return fail(tr("Could not write %1.").arg(path));
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    renderDiagram(&painter, source, size);
    painter.end();
    QByteArray svg = buffer.data();
    const qsizetype end = svg.lastIndexOf("</svg>");
    if (end >= 0)
        svg.insert(end, hoverTitles(source));
    file.write(svg);
    file.close();
    if (file.error() != QFileDevice::NoError)
        return fail(tr("Could not write %1: %2").arg(path, file.errorString()));
    return true;
}

} // namespace apim
