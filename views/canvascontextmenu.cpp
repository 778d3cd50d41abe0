#include "canvascontextmenu.h"

#include "canvasscene.h"
#include "canvasstyle.h"
#include "canvasview.h"
#include "designchecker.h"
#include "linkcommands.h"
#include "linkitem.h"
#include "nodeitem.h"
#include "topologydocument.h"

#include <QCollator>
#include <QMenu>

#include <algorithm>

namespace apim::CanvasContextMenu {

namespace {

// The window's action of this name, if the view was given it.
QAction *windowAction(const CanvasView *view, const char *name)
{
    const auto actions = view->actions();
    for (QAction *a : actions) {
        if (a->objectName() == QLatin1String(name))
            return a;
    }
    return nullptr;
}

void addWindowAction(QMenu *menu, const CanvasView *view, const char *name)
{
    if (QAction *a = windowAction(view, name))
        menu->addAction(a);
}

QAction *addOwn(QMenu *menu, const char *name, const QString &text)
{
    QAction *a = menu->addAction(text);
    a->setObjectName(QLatin1String(name));
    return a;
}

// Nodes `id` may be linked with, either way round, that it is not linked with yet; by name.
QList<const Node *> linkTargets(const Topology &t, NodeId id)
{
    QList<const Node *> out;
    for (const Node &n : t.nodes()) {
        if (n.id == id || t.findLink(id, n.id) || t.findLink(n.id, id))
            continue;
        if (t.canConnect(id, n.id) || t.canConnect(n.id, id))
            out.append(&n);
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(out.begin(), out.end(), [&collator](const Node *a, const Node *b) {
        return collator.compare(a->name(), b->name()) < 0;
    });
    return out;
}

// "Show Problems" and a "Fix Problems" submenu with every fix of the node's findings
// that edits the design (the Problems dock's Fix; a fix of an imported file's text is not one).
void problemEntries(QMenu *menu, CanvasView *view, NodeId id)
{
    DesignChecker *checker = view->canvasScene()->checker();
    if (!checker)
        return;
    Findings own;
    for (const Finding &f : checker->findings()) {
        if (f.node == id)
            own.append(f);
    }
    QAction *show = addOwn(menu, "menuShowProblems", CanvasView::tr("Show &Problems (%1)").arg(own.size()));
    show->setEnabled(!own.isEmpty());
    QObject::connect(show, &QAction::triggered, view, [view, id] { emit view->problemsRequested(id); });
    QMenu *fix = menu->addMenu(CanvasView::tr("Fi&x Problems"));
    fix->setObjectName(QStringLiteral("menuFixProblems"));
    for (const Finding &f : std::as_const(own)) {
        for (int i = 0; i < f.fixes.size(); ++i) {
            if (!f.fixes.at(i).editsDesign())
                continue;
            QAction *a = fix->addAction(f.fixes.at(i).title);
            a->setToolTip(f.message);
            QObject::connect(a, &QAction::triggered, view, [view, f, i] { emit view->fixRequested(f, i); });
        }
    }
    fix->setEnabled(!fix->isEmpty());
}

void nodeMenu(QMenu *menu, CanvasView *view, NodeId id)
{
    TopologyDocument *doc = view->document();
    if (!doc->isSelected(id))
        doc->setSelection({id});
    const bool single = doc->selection().size() == 1;
    if (single)
        addWindowAction(menu, view, "actionRename");
    addWindowAction(menu, view, "actionDuplicate");
    addWindowAction(menu, view, "actionCopy");
    addWindowAction(menu, view, "actionCut");
    addWindowAction(menu, view, "actionDelete");
    menu->addSeparator();
    QAction *files = addOwn(menu, "menuShowFiles", CanvasView::tr("Show &Files"));
    QObject::connect(files, &QAction::triggered, view, [view, id] { emit view->showFilesRequested(id); });
    if (!single)
        return;
    problemEntries(menu, view, id);
    QMenu *link = menu->addMenu(CanvasView::tr("&Link To"));
    link->setObjectName(QStringLiteral("menuLinkTo"));
    const QList<const Node *> targets = linkTargets(doc->topology(), id);
    link->setEnabled(!targets.isEmpty());
    for (const Node *n : targets.mid(0, MaxLinkTargets)) {
        const NodeId other = n->id;
        const QString kind = SchemaRegistry::label(SchemaRegistry::instance().kind(n->kind));
        QAction *a = link->addAction(CanvasView::tr("%1 (%2)").arg(n->name(), kind));
        a->setData(other);
        QObject::connect(a, &QAction::triggered, view, [doc, id, other] {
            // The link runs the way the schema allows, as a drag either way round does.
            const bool forward = doc->topology().canConnect(id, other);
            doc->push(new ConnectNodesCommand(doc, forward ? id : other, forward ? other : id));
        });
    }
}

void linkMenu(QMenu *menu, CanvasView *view, LinkId id)
{
    TopologyDocument *doc = view->document();
    if (!doc->linkSelection().contains(id))
        doc->setLinkSelection({id});
    QAction *remove = addOwn(menu, "menuRemoveLink", CanvasView::tr("&Remove Link"));
    QObject::connect(remove, &QAction::triggered, view, [doc] {
        if (!doc->linkSelection().isEmpty())
            doc->push(new DisconnectCommand(doc, doc->linkSelection()));
    });
    QAction *ends = addOwn(menu, "menuSelectEnds", CanvasView::tr("Select &Ends"));
    QObject::connect(ends, &QAction::triggered, view,
                     [doc] { doc->setSelection(linkEnds(doc->topology(), doc->linkSelection())); });
    QAction *meaning = addOwn(menu, "menuShowLinkEffects", CanvasView::tr("&What It Writes"));
    QObject::connect(meaning, &QAction::triggered, view, [view, id] { emit view->linkDetailsRequested(id); });
}

void canvasMenu(QMenu *menu, CanvasView *view, const QPointF &scenePos)
{
    QMenu *add = menu->addMenu(CanvasView::tr("&Add Node Here"));
    add->setObjectName(QStringLiteral("menuAddNode"));
    const SchemaRegistry &registry = SchemaRegistry::instance();
    for (NodeKind kind : registry.paletteKinds()) {
        QAction *a = add->addAction(CanvasStyle::kindIcon(kind), SchemaRegistry::label(registry.kind(kind)));
        a->setData(registry.kind(kind).id);
        QObject::connect(a, &QAction::triggered, view, [view, kind, scenePos] {
            const NodeId id = view->addNodeAt(kind, scenePos);
            view->document()->setSelection({id});
        });
    }
    addWindowAction(menu, view, "actionPaste");
    menu->addSeparator();
    addWindowAction(menu, view, "actionSelectAll");
    QAction *layout = addOwn(menu, "menuAutoLayout", CanvasView::tr("A&uto-Layout"));
    QObject::connect(layout, &QAction::triggered, view, &CanvasView::autoLayout);
    QAction *fit = addOwn(menu, "menuFitAll", CanvasView::tr("&Fit All"));
    QObject::connect(fit, &QAction::triggered, view, &CanvasView::zoomToFit);
}

} // namespace

QMenu *create(CanvasView *view, const QPointF &scenePos)
{
    auto *menu = new QMenu(view);
    menu->setObjectName(QStringLiteral("canvasContextMenu"));
    CanvasScene *scene = view->canvasScene();
    if (const NodeItem *node = scene->nodeAt(scenePos))
        nodeMenu(menu, view, node->nodeId());
    else if (const LinkItem *link = scene->linkAt(scenePos))
        linkMenu(menu, view, link->linkId());
    else
        canvasMenu(menu, view, scenePos);
    return menu;
}

} // namespace apim::CanvasContextMenu
