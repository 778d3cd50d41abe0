// The topology, the document and every undo command.
#include "autolayout.h"
#include "linkcommands.h"
#include "names.h"
#include "nodecommands.h"
#include "projectfile.h"
#include "settingscommands.h"
#include "templates.h"
#include "topologydocument.h"

#include <QSignalSpy>
#include <QtTest>

using namespace apim;

namespace {

Node makeNode(NodeKind kind, const QString &name)
{
    Node n;
    n.kind = kind;
    n.values = SchemaRegistry::instance().defaults(kind);
    n.values.insert(Field::Name, name);
    n.values.insert(Field::Hostname, name + QLatin1String(".example"));
    return n;
}

Design haDesign()
{
    Design d;
    QString error;
    Templates::create(QStringLiteral("gw-cp-ha"), 2, 2, &d, &error);
    return d;
}

// Invariants every state must keep: unique ids and names, links between existing nodes, valid links.
void checkInvariants(const Topology &t)
{
    QSet<NodeId> ids;
    QSet<QString> names;
    for (const Node &n : t.nodes()) {
        QVERIFY(!ids.contains(n.id));
        ids.insert(n.id);
        QVERIFY(!names.contains(n.name().toLower()));
        names.insert(n.name().toLower());
        QCOMPARE(t.node(n.id), &n);
    }
    QSet<LinkId> linkIds;
    for (const Link &l : t.links()) {
        QVERIFY(!linkIds.contains(l.id));
        linkIds.insert(l.id);
        QVERIFY(t.node(l.from));
        QVERIFY(t.node(l.to));
        QCOMPARE(t.link(l.id), &l);
    }
}

} // namespace

class TestModel : public QObject
{
    Q_OBJECT

private slots:
    void refusesInvalidLinksWithReason()
    {
        Design d = haDesign();
        Topology &t = d.topology;
        const Node *lb = t.nodeByName(QStringLiteral("gw-lb"));
        const Node *db = t.nodeByName(QStringLiteral("mysql"));
        const Node *gw = t.nodeByName(QStringLiteral("apim-gw-1"));
        const Node *cp = t.nodeByName(QStringLiteral("apim-cp-1"));
        const Node *cpLb = t.nodeByName(QStringLiteral("cp-lb"));
        QString reason;
        QVERIFY(!t.canConnect(lb->id, db->id, &reason));
        QVERIFY(reason.contains(QStringLiteral("database")));
        QVERIFY(!t.canConnect(gw->id, gw->id, &reason));
        QVERIFY(!t.canConnect(gw->id, cp->id, &reason)); // already linked
        QVERIFY(!t.canConnect(cp->id, gw->id, &reason));
        QVERIFY(!t.canConnect(cpLb->id, gw->id, &reason)); // already behind gw-lb / other kind
        QVERIFY(!t.canConnect(db->id, gw->id, &reason));
        QVERIFY(reason.contains(QStringLiteral("other way")));
        QVERIFY(!reason.isEmpty());
    }

    void clustersComeFromBalancers()
    {
        const Design d = haDesign();
        const Topology &t = d.topology;
        const Node *gw1 = t.nodeByName(QStringLiteral("apim-gw-1"));
        QCOMPARE(t.balancerOf(gw1->id)->name(), QStringLiteral("gw-lb"));
        QCOMPARE(t.clusterOf(gw1->id).size(), 2);
        QCOMPARE(t.databaseOf(gw1->id)->name(), QStringLiteral("mysql"));
        QCOMPARE(t.targets(gw1->id, NodeKind::ControlPlane).size(), 2);
        QCOMPARE(t.sources(t.nodeByName(QStringLiteral("apim-cp-2"))->id, NodeKind::Gateway).size(), 2);
    }

    void uniqueNames()
    {
        Topology t;
        t.insertNode(0, makeNode(NodeKind::Gateway, QStringLiteral("gw-1")));
        QCOMPARE(t.uniqueName(QStringLiteral("gw-1")), QStringLiteral("gw-2"));
        QCOMPARE(t.uniqueName(QStringLiteral("gw")), QStringLiteral("gw-2"));
        QCOMPARE(t.uniqueName(QStringLiteral("cp")), QStringLiteral("cp-1"));
        // Names for several new nodes are unique among themselves too.
        QCOMPARE(t.uniqueNames({QStringLiteral("gw-1"), QStringLiteral("gw-1"), QStringLiteral("cp-4")}),
                 QStringList({QStringLiteral("gw-2"), QStringLiteral("gw-3"), QStringLiteral("cp-4")}));
    }

    void uniqueNamesKeepTheLengthLimit()
    {
        Topology t;
        const QString plain(MaxFileNameLength, QLatin1Char('a'));
        const QString numbered = QString(MaxFileNameLength - 2, QLatin1Char('b')) + QStringLiteral("-9");
        for (const QString &name : {plain, numbered}) {
            Node n = makeNode(NodeKind::Gateway, name);
            n.id = t.allocateNodeId();
            t.insertNode(t.nodes().size(), n);
        }
        const QStringList names = t.uniqueNames(QStringList(12, plain) + QStringList{numbered});
        QCOMPARE(names.first(), plain.left(MaxFileNameLength - 2) + QStringLiteral("-1"));
        QCOMPARE(names.at(9), plain.left(MaxFileNameLength - 3) + QStringLiteral("-10"));
        QCOMPARE(names.last(), numbered.left(MaxFileNameLength - 2) + QStringLiteral("-1"));
        for (const QString &name : names)
            QVERIFY2(isValidNodeName(name), qPrintable(name));
        // What the importer asks for: a plain name stays while free and counts as the first.
        const QSet<QString> taken{QStringLiteral("gw-lb")};
        QCOMPARE(uniqueName(QStringLiteral("gw-lb"), {}, PlainName::KeptWhenFree), QStringLiteral("gw-lb"));
        QCOMPARE(uniqueName(QStringLiteral("gw-lb"), taken, PlainName::KeptWhenFree),
                 QStringLiteral("gw-lb-2"));
        QCOMPARE(uniqueName(QStringLiteral("gw-lb"), taken), QStringLiteral("gw-lb-1"));
    }

    void everyCommandUndoesAndRedoes()
    {
        TopologyDocument doc;
        doc.resetDesign(haDesign());
        const QByteArray start = ProjectFile::serialize(doc.design());
        const Topology &t = doc.topology();
        const NodeId gw1 = t.nodeByName(QStringLiteral("apim-gw-1"))->id;
        const NodeId cp1 = t.nodeByName(QStringLiteral("apim-cp-1"))->id;

        QList<QByteArray> states{start};
        auto step = [&](QUndoCommand *cmd) {
            const QString text = cmd->text();
            doc.push(cmd);
            checkInvariants(doc.topology());
            states.append(ProjectFile::serialize(doc.design()));
            // A step that leaves the saved bytes as they were would make the comparisons below vacuous.
            QVERIFY2(
                states.last() != states.at(states.size() - 2),
                qPrintable(QStringLiteral("step %1 (%2) changed nothing").arg(states.size() - 1).arg(text)));
        };
        Node extra = makeNode(NodeKind::Gateway, QStringLiteral("apim-gw-3"));
        step(new AddNodesCommand(&doc, {extra}, {}, QString()));
        const NodeId gw3 = doc.topology().nodeByName(QStringLiteral("apim-gw-3"))->id;
        step(new ConnectNodesCommand(&doc, gw3, cp1));
        step(new MoveNodesCommand(&doc, {{gw3, QPointF(500, 500)}}));
        step(new SetNodeValueCommand(&doc, {gw1, gw3}, Field::Offset, 3));
        step(new SetExtraTomlCommand(&doc, gw1, QStringLiteral("[apim.jwt]\nenable = true\n")));
        DesignSettings s = doc.settings();
        s.adminPassword = QStringLiteral("s3cret");
        step(new SetSettingsCommand(&doc, s));
        step(new DisconnectCommand(&doc, {doc.topology().findLink(gw3, cp1)->id}));
        step(new RemoveNodesCommand(&doc, {gw1, cp1}));
        QVERIFY(!doc.topology().node(gw1));
        QVERIFY(doc.isModified());

        // Undo all the way: each intermediate state comes back byte for byte.
        for (qsizetype i = states.size() - 2; i >= 0; --i) {
            doc.undoStack()->undo();
            checkInvariants(doc.topology());
            QCOMPARE(ProjectFile::serialize(doc.design()), states[i]);
        }
        QVERIFY(!doc.isModified());
        // Redo, undo, redo: identical bytes each time, and each redo a change.
        for (qsizetype i = 1; i < states.size(); ++i) {
            QVERIFY(states[i] != states[i - 1]);
            doc.undoStack()->redo();
            QCOMPARE(ProjectFile::serialize(doc.design()), states[i]);
            doc.undoStack()->undo();
            QCOMPARE(ProjectFile::serialize(doc.design()), states[i - 1]);
            doc.undoStack()->redo();
            QCOMPARE(ProjectFile::serialize(doc.design()), states[i]);
        }
    }

    void typingMergesIntoOneStep()
    {
        TopologyDocument doc;
        doc.resetDesign(haDesign());
        const NodeId gw1 = doc.topology().nodeByName(QStringLiteral("apim-gw-1"))->id;
        for (const QString &text : {QStringLiteral("h"), QStringLiteral("ho"), QStringLiteral("host")})
            doc.push(new SetNodeValueCommand(&doc, {gw1}, Field::Hostname, text));
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.push(new SetNodeValueCommand(&doc, {gw1}, Field::Ip, QStringLiteral("1.2.3.4")));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.topology().node(gw1)->hostname(), QStringLiteral("apim-gw-1"));
    }

    void dragIsOneStep()
    {
        TopologyDocument doc;
        doc.resetDesign(haDesign());
        const NodeId gw1 = doc.topology().nodeByName(QStringLiteral("apim-gw-1"))->id;
        const QPointF start = doc.topology().node(gw1)->pos;
        for (int i = 1; i <= 5; ++i)
            doc.push(new MoveNodesCommand(&doc, {{gw1, start + QPointF(i * 10, 0)}}, i > 1));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.topology().node(gw1)->pos, start + QPointF(50, 0));
        doc.undoStack()->undo();
        QCOMPARE(doc.topology().node(gw1)->pos, start);
    }

    void signalsNameTheChangedIds()
    {
        TopologyDocument doc;
        doc.resetDesign(haDesign());
        QSignalSpy added(&doc, &TopologyDocument::nodeAdded);
        QSignalSpy removed(&doc, &TopologyDocument::nodeRemoved);
        QSignalSpy changed(&doc, &TopologyDocument::nodeChanged);
        QSignalSpy linkRemoved(&doc, &TopologyDocument::linkRemoved);
        const NodeId gw1 = doc.topology().nodeByName(QStringLiteral("apim-gw-1"))->id;
        doc.push(new SetNodeValueCommand(&doc, {gw1}, Field::Ip, QStringLiteral("9.9.9.9")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<NodeId>(), gw1);
        doc.push(new RemoveNodesCommand(&doc, {gw1}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(linkRemoved.size(), 4); // balancer, two control planes, database
        doc.undoStack()->undo();
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().at(0).value<NodeId>(), gw1);
    }

    void removalRestoresOrder()
    {
        TopologyDocument doc;
        doc.resetDesign(haDesign());
        const QByteArray before = ProjectFile::serialize(doc.design());
        QList<NodeId> every;
        for (const Node &n : doc.topology().nodes())
            every.append(n.id);
        doc.push(new RemoveNodesCommand(&doc, {every[3], every[0], every[5]}));
        doc.undoStack()->undo();
        QCOMPARE(ProjectFile::serialize(doc.design()), before);
    }

    void autoLayoutIsDeterministicAndTiered()
    {
        const Design d = haDesign();
        const auto a = autoLayout(d.topology);
        const auto b = autoLayout(d.topology);
        QCOMPARE(a, b);
        const Topology &t = d.topology;
        const double lbY = a.value(t.nodeByName(QStringLiteral("gw-lb"))->id).y();
        const double gwY = a.value(t.nodeByName(QStringLiteral("apim-gw-1"))->id).y();
        const double cpY = a.value(t.nodeByName(QStringLiteral("apim-cp-1"))->id).y();
        const double dbY = a.value(t.nodeByName(QStringLiteral("mysql"))->id).y();
        QVERIFY(lbY < gwY && gwY < cpY && cpY < dbY);
        // Cluster members sit side by side.
        QCOMPARE(a.value(t.nodeByName(QStringLiteral("apim-gw-2"))->id).y(), gwY);
        QCOMPARE(a.size(), qsizetype(t.nodes().size()));
    }

    void templatesScale()
    {
        Design d;
        QString error;
        QVERIFY(Templates::create(QStringLiteral("gw-cp-ha"), 5, 3, &d, &error));
        QCOMPARE(d.topology.nodesOfKind(NodeKind::Gateway).size(), 5);
        QCOMPARE(d.topology.nodesOfKind(NodeKind::ControlPlane).size(), 3);
        QVERIFY(!Templates::create(QStringLiteral("nope"), 1, 1, &d, &error));
        QVERIFY(error.contains(QStringLiteral("nope")));
        QVERIFY(!Templates::create(QStringLiteral("gw-cp-ha"), 0, 1, &d, &error));
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
