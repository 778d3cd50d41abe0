#include "patternpreview.h"

#include "canvasstyle.h"
#include "templates.h"

#include <QPainter>

#include <algorithm>

namespace apim {

Design defaultPatternDesign(const QString &pattern)
{
    PatternOptions o;
    o.pattern = pattern;
    Design d;
    QString error;
    Templates::create(o, &d, &error);
    return d;
}

QPixmap patternPreview(const Design &design, const QSize &size, qreal devicePixelRatio)
{
    QPixmap pixmap(size * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    const Topology &t = design.topology;
    if (t.nodes().isEmpty())
        return pixmap;

    QRectF bounds;
    for (const Node &n : t.nodes())
        bounds |= CanvasStyle::nodeRect().translated(n.pos);
    const qreal margin = 4.0;
    // Small designs keep the boxes of the larger ones: the pictures read as one family.
    const qreal maxScale = 0.16;
    const qreal scale = std::min({(size.width() - 2 * margin) / bounds.width(),
                                  (size.height() - 2 * margin) / bounds.height(), maxScale});
    // Centre the scaled design in the picture.
    const QPointF origin((size.width() - bounds.width() * scale) / 2,
                         (size.height() - bounds.height() * scale) / 2);
    auto place = [&](const Node &n) {
        return QRectF(origin + (n.pos - bounds.topLeft()) * scale,
                      QSizeF(CanvasStyle::NodeWidth, CanvasStyle::NodeHeight) * scale);
    };

    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0x94a3b8), 1.0));
    for (const Link &l : t.links()) {
        const Node *from = t.node(l.from);
        const Node *to = t.node(l.to);
        if (from && to)
            p.drawLine(place(*from).center(), place(*to).center());
    }
    QFont font = p.font();
    font.setBold(true);
    for (const Node &n : t.nodes()) {
        const QRectF r = place(n);
        p.setPen(Qt::NoPen);
        p.setBrush(CanvasStyle::kindColor(n.kind));
        const qreal radius = CanvasStyle::NodeRadius * scale;
        p.drawRoundedRect(r, radius, radius);
        font.setPixelSize(std::max(7, int(r.height() * 0.55)));
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(r, Qt::AlignCenter, CanvasStyle::kindTag(n.kind));
    }
    return pixmap;
}

} // namespace apim
