#include "canvasaccessible.h"

#include "canvasscene.h"
#include "canvasview.h"
#include "linkitem.h"
#include "nodeitem.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTextDocumentFragment>

namespace apim {

namespace {

// One node card or link; it holds ids only, so it never outlives what it names.
class CanvasItemAccessible : public QAccessibleInterface
{
    Q_DECLARE_TR_FUNCTIONS(CanvasItemAccessible)

public:
    CanvasItemAccessible(CanvasView *view, bool link, quint64 id) : m_view(view), m_link(link), m_id(id) {}

    bool isValid() const override { return graphicsItem() != nullptr; }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_view); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    void setText(QAccessible::Text, const QString &) override {}
    // A card is a picture of a server; a link is what the designer calls it.
    QAccessible::Role role() const override { return m_link ? QAccessible::Link : QAccessible::Graphic; }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return m_link ? linkName() : node() ? node()->name() : QString();
        if (t == QAccessible::Description)
            return m_link ? linkDescription() : nodeDescription();
        return {};
    }

    QRect rect() const override
    {
        const QGraphicsItem *item = graphicsItem();
        if (!item || !m_view)
            return {};
        const QRectF scene =
            m_link ? item->sceneBoundingRect() : static_cast<const NodeItem *>(item)->cardSceneRect();
        const QRect local = m_view->mapFromScene(scene).boundingRect();
        return QRect(m_view->viewport()->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        const QGraphicsItem *item = graphicsItem();
        if (!item) {
            s.invalid = true;
            return s;
        }
        s.invisible = !item->isVisible();
        s.selectable = true;
        s.multiSelectable = true;
        s.selected = m_link ? static_cast<const LinkItem *>(item)->isLinkSelected() : item->isSelected();
        s.focusable = !m_link;
        return s;
    }

private:
    const QGraphicsItem *graphicsItem() const
    {
        if (!m_view)
            return nullptr;
        CanvasScene *scene = m_view->canvasScene();
        return m_link ? static_cast<const QGraphicsItem *>(scene->linkItem(LinkId(m_id)))
                      : static_cast<const QGraphicsItem *>(scene->nodeItem(NodeId(m_id)));
    }
    const Node *node(NodeId id = 0) const
    {
        return m_view ? m_view->document()->topology().node(id ? id : NodeId(m_id)) : nullptr;
    }
    const Link *link() const { return m_view ? m_view->document()->topology().link(LinkId(m_id)) : nullptr; }

    QString linkName() const
    {
        const Link *l = link();
        const Node *from = l ? node(l->from) : nullptr;
        const Node *to = l ? node(l->to) : nullptr;
        if (!from || !to)
            return {};
        // What the far end does for this one ("key manager, event hub"), else what travels.
        const KindRelease *release = SchemaRegistry::instance().release(
            to->kind, ApimVersion::parse(m_view->document()->settings().apimVersion));
        QStringList roles;
        if (release && t().linkKind(*l) == LinkKind::Events) {
            for (Service s : release->services)
                roles.append(serviceName(s));
        }
        const QString what = roles.isEmpty() ? SchemaRegistry::linkKindLabel(t().linkKind(*l))
                                             : roles.join(QLatin1String(", "));
        return tr("%1 → %2, %3").arg(from->name(), to->name(), what);
    }
    const Topology &t() const { return m_view->document()->topology(); }
    static QString serviceName(Service s)
    {
        switch (s) {
        case Service::KeyManager:
            return tr("key manager");
        case Service::TrafficManager:
            return tr("traffic manager");
        case Service::EventHub:
            return tr("event hub");
        case Service::Portals:
            return tr("portals");
        }
        return {};
    }
    QString linkDescription() const
    {
        const auto *item = m_view ? m_view->canvasScene()->linkItem(LinkId(m_id)) : nullptr;
        return item ? SchemaRegistry::linkKindLabel(item->linkKind()) : QString();
    }
    QString nodeDescription() const
    {
        const Node *n = node();
        const auto *item = m_view ? m_view->canvasScene()->nodeItem(NodeId(m_id)) : nullptr;
        if (!n || !item)
            return {};
        QString out = tr("%1, %2").arg(SchemaRegistry::label(SchemaRegistry::instance().kind(n->kind)),
                                       item->subtitle());
        if (item->errorCount() + item->warningCount() == 0)
            return out + QLatin1Char('.') + QLatin1Char(' ') + tr("No problems.");
        // The badge's tooltip lines, as plain text.
        const QString details = QTextDocumentFragment::fromHtml(item->problemDetails())
                                    .toPlainText()
                                    .replace(QChar(0x25CF), QString())
                                    .replace(QLatin1Char('\n'), QLatin1String("; "));
        return out + QLatin1String(". ") + tr("%n error(s)", nullptr, item->errorCount()) +
               QLatin1String(", ") + tr("%n warning(s)", nullptr, item->warningCount()) +
               QLatin1String(": ") + details.simplified();
    }

    QPointer<CanvasView> m_view;
    bool m_link;
    quint64 m_id;
};

QAccessibleInterface *canvasFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("apim::CanvasView") && object && object->isWidgetType())
        return new CanvasAccessible(static_cast<CanvasView *>(object));
    return nullptr;
}

} // namespace

CanvasAccessible::CanvasAccessible(CanvasView *view) : QAccessibleWidget(view, QAccessible::Canvas)
{
    addControllingSignal(QStringLiteral("zoomChanged(qreal)"));
}

void CanvasAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(canvasFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

CanvasView *CanvasAccessible::view() const
{
    return static_cast<CanvasView *>(widget());
}

int CanvasAccessible::itemCount() const
{
    const Topology &t = view()->document()->topology();
    return int(t.nodes().size() + t.links().size());
}

int CanvasAccessible::childCount() const
{
    return itemCount() + QAccessibleWidget::childCount();
}

QAccessibleInterface *CanvasAccessible::child(int index) const
{
    const Topology &t = view()->document()->topology();
    const int nodes = int(t.nodes().size());
    if (index < 0)
        return nullptr;
    if (index < nodes)
        return itemInterface(false, t.nodes().at(index).id);
    if (index < itemCount())
        return itemInterface(true, t.links().at(index - nodes).id);
    return QAccessibleWidget::child(index - itemCount());
}

int CanvasAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    for (int i = 0; i < itemCount(); ++i) {
        if (this->child(i) == child)
            return i;
    }
    const int own = QAccessibleWidget::indexOfChild(child);
    return own < 0 ? -1 : own + itemCount();
}

QAccessibleInterface *CanvasAccessible::childAt(int x, int y) const
{
    CanvasView *v = view();
    const QPointF scenePos = v->mapToScene(v->viewport()->mapFromGlobal(QPoint(x, y)));
    if (const NodeItem *item = v->canvasScene()->nodeAt(scenePos))
        return itemInterface(false, item->nodeId());
    if (const LinkItem *item = v->canvasScene()->linkAt(scenePos); item && !item->isBundle())
        return itemInterface(true, item->linkId());
    return QAccessibleWidget::childAt(x, y);
}

QAccessibleInterface *CanvasAccessible::itemInterface(bool link, quint64 id) const
{
    const auto key = qMakePair(link, id);
    if (const auto it = m_items.constFind(key); it != m_items.cend())
        return QAccessible::accessibleInterface(*it);
    auto *iface = new CanvasItemAccessible(view(), link, id);
    m_items.insert(key, QAccessible::registerAccessibleInterface(iface));
    return iface;
}

} // namespace apim
