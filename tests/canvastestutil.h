// Shared by the canvas tests: designs at known places, a shown CanvasView over
// its own document, and the mirror check (every node and link has its item).
#pragma once

#include "canvasscene.h"
#include "canvasview.h"
#include "designchecker.h"
#include "linkitem.h"
#include "nodeitem.h"
#include "templates.h"
#include "topologydocument.h"

#include <QtTest>

#include <memory>

namespace canvastest {

using namespace apim;

inline Design haDesign(int gateways = 2, int controlPlanes = 2)
{
    Design d;
    QString error;
    Templates::create(QStringLiteral("gw-cp-ha"), gateways, controlPlanes, &d, &error);
    return d;
}

inline Node makeNode(Topology &t, NodeKind kind, const QString &name, const QPointF &pos)
{
    Node n;
    n.id = t.allocateNodeId();
    n.kind = kind;
    n.pos = pos;
    n.values = SchemaRegistry::instance().defaults(kind);
    n.values.insert(Field::Name, name);
    n.values.insert(Field::Hostname, name + QLatin1String(".example"));
    t.insertNode(t.nodes().size(), n);
    return n;
}

// A load balancer, a gateway and a database, unlinked, at known places.
inline Design looseDesign()
{
    Design d;
    makeNode(d.topology, NodeKind::LoadBalancer, QStringLiteral("lb"), QPointF(0, 0));
    makeNode(d.topology, NodeKind::Gateway, QStringLiteral("gw"), QPointF(320, 0));
    makeNode(d.topology, NodeKind::Database, QStringLiteral("db"), QPointF(320, 200));
    return d;
}

inline NodeId idOf(const TopologyDocument &doc, const char *name)
{
    const Node *n = doc.topology().nodeByName(QString::fromLatin1(name));
    return n ? n->id : 0;
}

// Every node and link has its item, at the model's place, and nothing else exists.
inline void checkMirror(CanvasScene *scene, const TopologyDocument &doc)
{
    const Topology &t = doc.topology();
    QCOMPARE(scene->nodeItemCount(), t.nodes().size());
    QCOMPARE(scene->linkItemCount(), t.links().size());
    for (const Node &n : t.nodes()) {
        const NodeItem *item = scene->nodeItem(n.id);
        QVERIFY2(item, qPrintable(n.name()));
        QCOMPARE(item->pos(), n.pos);
        QCOMPARE(item->title(), n.name());
    }
    for (const Link &l : t.links()) {
        const LinkItem *item = scene->linkItem(l.id);
        QVERIFY(item);
        QCOMPARE(item->from(), l.from);
        QCOMPARE(item->to(), l.to);
    }
    int nodeItems = 0;
    for (const QGraphicsItem *item : scene->items())
        nodeItems += item->type() == NodeItem::Type ? 1 : 0;
    QCOMPARE(nodeItems, int(t.nodes().size()));
}

struct Canvas
{
    explicit Canvas(const Design &design)
    {
        doc.resetDesign(design);
        view = std::make_unique<CanvasView>(&doc);
        view->canvasScene()->setChecker(&checker);
        view->resize(1000, 700);
        view->show();
    }
    QPoint viewportPoint(const QPointF &scenePos) const { return view->mapFromScene(scenePos); }
    QPoint centreOf(NodeId id) const
    {
        return viewportPoint(view->canvasScene()->nodeItem(id)->cardSceneRect().center());
    }
    QPoint handleOf(NodeId id) const
    {
        const NodeItem *item = view->canvasScene()->nodeItem(id);
        return viewportPoint(item->mapToScene(NodeItem::handleCenter()));
    }
    QWidget *viewport() const { return view->viewport(); }
    // A press, a few moves and a release, as a hand would do it.
    void drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers = {}) const
    {
        QTest::mousePress(viewport(), Qt::LeftButton, modifiers, from);
        for (int i = 1; i <= 4; ++i)
            QTest::mouseMove(viewport(), from + (to - from) * i / 4);
        QTest::mouseRelease(viewport(), Qt::LeftButton, modifiers, to);
    }

    TopologyDocument doc;
    DesignChecker checker{&doc};
    std::unique_ptr<CanvasView> view;
};

} // namespace canvastest
