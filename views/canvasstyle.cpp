#include "canvasstyle.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmapCache>
#include <QPointer>
#include <QSvgRenderer>

namespace apim {

namespace CanvasStyle {

namespace {

// One renderer per kind, or none when the icon resource is missing (the icons
// are optional: the canvas draws a tag instead).
QSvgRenderer *iconRenderer(NodeKind kind)
{
    // Owned by the application object, so that none outlives it.
    static QHash<int, QPointer<QSvgRenderer>> renderers;
    static QHash<int, bool> looked;
    if (looked.value(int(kind)))
        return renderers.value(int(kind));
    looked.insert(int(kind), true);
    const QString path = SchemaRegistry::instance().kind(kind).icon;
    if (path.isEmpty() || !QFile::exists(path))
        return nullptr;
    auto *renderer = new QSvgRenderer(path, QCoreApplication::instance());
    if (!renderer->isValid()) {
        delete renderer;
        return nullptr;
    }
    renderers.insert(int(kind), renderer);
    return renderer;
}

void paintTag(QPainter *painter, NodeKind kind, const QRectF &rect)
{
    const QColor colour = kindColor(kind);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    const qreal r = rect.width() * 0.22;
    painter->drawRoundedRect(rect, r, r);
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(qMax(6, int(rect.height() * 0.42)));
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(rect, Qt::AlignCenter, kindTag(kind));
    painter->restore();
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor kindColor(NodeKind kind)
{
    return QColor::fromRgb(SchemaRegistry::instance().kind(kind).look.colour);
}

QString kindTag(NodeKind kind)
{
    const TranslatableText &tag = SchemaRegistry::instance().kind(kind).look.tag;
    return QCoreApplication::translate("CanvasStyle", tag.source, tag.comment);
}

QColor linkColor(LinkKind kind, const QPalette &palette)
{
    QColor c;
    switch (kind) {
    case LinkKind::Https:
        c = QColor(0x25, 0x63, 0xeb);
        break;
    case LinkKind::Events:
        c = QColor(0xea, 0x73, 0x0c);
        break;
    case LinkKind::Jdbc:
        c = QColor(0x16, 0xa3, 0x4a);
        break;
    }
    return isDark(palette) ? c.lighter(140) : c;
}

QPen linkPen(LinkKind kind, const QPalette &palette, qreal width, bool cosmetic)
{
    QPen pen(linkColor(kind, palette), width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    pen.setCosmetic(cosmetic);
    switch (kind) {
    case LinkKind::Https:
        break;
    case LinkKind::Events:
        pen.setDashPattern({5.0, 3.5});
        break;
    case LinkKind::Jdbc:
        pen.setDashPattern({1.2, 2.4});
        break;
    }
    return pen;
}

QColor errorColor()
{
    return QColor(0xdc, 0x26, 0x26);
}

QColor warningColor()
{
    return QColor(0xf5, 0x9e, 0x0b);
}

void paintKindIcon(QPainter *painter, NodeKind kind, const QRectF &rect)
{
    if (QSvgRenderer *renderer = iconRenderer(kind))
        renderer->render(painter, rect);
    else
        paintTag(painter, kind, rect);
}

QPixmap kindPixmap(NodeKind kind, int size, qreal devicePixelRatio)
{
    // QPixmapCache rather than a static: pixmaps must not outlive the application.
    const QString key = QStringLiteral("apim-kind/%1/%2/%3").arg(int(kind)).arg(size).arg(devicePixelRatio);
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    pixmap = QPixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    {
        QPainter p(&pixmap);
        p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                         QPainter::SmoothPixmapTransform);
        paintKindIcon(&p, kind, QRectF(0, 0, size, size));
    }
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

QIcon kindIcon(NodeKind kind)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64})
        icon.addPixmap(kindPixmap(kind, size));
    return icon;
}

} // namespace CanvasStyle

} // namespace apim
