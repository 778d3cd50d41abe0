// Model integrity under thousands of random commands. Each run prints its
// seed; APIM_RANDOM_SEED=<n> replays one.
#include "autolayout.h"
#include "importer.h"
#include "testutil.h"
#include "linkcommands.h"
#include "nodecommands.h"
#include "projectfile.h"
#include "settingscommands.h"
#include "templates.h"
#include "topologydocument.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace apim;

namespace {

bool invariantsHold(const Topology &t, QString *why)
{
    QSet<NodeId> ids;
    QSet<QString> names;
    for (const Node &n : t.nodes()) {
        if (ids.contains(n.id) || t.node(n.id) != &n) {
            *why = QStringLiteral("node id %1 broken").arg(n.id);
            return false;
        }
        ids.insert(n.id);
        if (names.contains(n.name().toLower())) {
            *why = QStringLiteral("duplicate name %1").arg(n.name());
            return false;
        }
        names.insert(n.name().toLower());
    }
    QSet<QPair<NodeId, NodeId>> pairs;
    for (const Link &l : t.links()) {
        if (!t.node(l.from) || !t.node(l.to) || t.link(l.id) != &l) {
            *why = QStringLiteral("dangling link %1").arg(l.id);
            return false;
        }
        if (pairs.contains({l.from, l.to})) {
            *why = QStringLiteral("duplicate link %1").arg(l.id);
            return false;
        }
        pairs.insert({l.from, l.to});
        if (!SchemaRegistry::instance().linkRule(t.node(l.from)->kind, t.node(l.to)->kind)) {
            *why = QStringLiteral("invalid link %1").arg(l.id);
            return false;
        }
    }
    return true;
}

class Fuzzer
{
public:
    Fuzzer(TopologyDocument &doc, quint32 seed) : m_doc(doc), m_rng(seed) {}

    // Pushes one random command; returns false when the chosen verb had nothing to act on.
    bool step()
    {
        const Topology &t = m_doc.topology();
        const int verb = int(m_rng.bounded(10));
        const auto anyNode = [&]() -> const Node * {
            return t.nodes().isEmpty() ? nullptr : &t.nodes()[qsizetype(m_rng.bounded(quint32(t.nodes().size())))];
        };
        switch (verb) {
        case 0: { // add
            const auto kinds = SchemaRegistry::instance().paletteKinds();
            const NodeKind kind = kinds[qsizetype(m_rng.bounded(quint32(kinds.size())))];
            Node n;
            n.kind = kind;
            n.values = SchemaRegistry::instance().defaults(kind);
            n.values.insert(Field::Name, t.uniqueName(SchemaRegistry::instance().kind(kind).namePrefix));
            n.pos = QPointF(m_rng.bounded(2000), m_rng.bounded(2000));
            m_doc.push(new AddNodesCommand(&m_doc, {n}, {}, QString()));
            return true;
        }
        case 1: { // remove
            const Node *n = anyNode();
            if (!n)
                return false;
            m_doc.push(new RemoveNodesCommand(&m_doc, {n->id}));
            return true;
        }
        case 2: { // move, sometimes merging like a drag
            const Node *n = anyNode();
            if (!n)
                return false;
            m_doc.push(new MoveNodesCommand(&m_doc, {{n->id, n->pos + QPointF(m_rng.bounded(50), 7)}},
                                            m_rng.bounded(2) == 1));
            return true;
        }
        case 3: { // connect, only where the model allows it
            const Node *a = anyNode();
            const Node *b = anyNode();
            if (!a || !b || !t.canConnect(a->id, b->id))
                return false;
            m_doc.push(new ConnectNodesCommand(&m_doc, a->id, b->id));
            return true;
        }
        case 4: { // disconnect
            if (t.links().isEmpty())
                return false;
            const Link &l = t.links()[qsizetype(m_rng.bounded(quint32(t.links().size())))];
            m_doc.push(new DisconnectCommand(&m_doc, {l.id}));
            return true;
        }
        case 5: { // edit a field
            const Node *n = anyNode();
            if (!n)
                return false;
            const bool host = m_rng.bounded(2) == 1;
            if (host)
                m_doc.push(new SetNodeValueCommand(&m_doc, {n->id}, Field::Hostname,
                                                   QStringLiteral("h%1").arg(m_rng.bounded(100))));
            else
                m_doc.push(new SetNodeValueCommand(&m_doc, {n->id}, Field::Ip,
                                                   QStringLiteral("10.0.0.%1").arg(m_rng.bounded(250))));
            return true;
        }
        case 6: { // paste: copies of up to three nodes with the links among them, renamed
            if (t.nodes().isEmpty())
                return false;
            QList<Node> copies;
            QSet<NodeId> picked;
            for (int i = 0; i < 3; ++i) {
                const Node *n = anyNode();
                if (picked.contains(n->id))
                    continue;
                picked.insert(n->id);
                Node c = *n;
                copies.append(c);
            }
            Topology names = t; // reserve fresh names one by one
            for (Node &c : copies) {
                c.values.insert(Field::Name, names.uniqueName(c.name()));
                Node reserve = c;
                reserve.id = names.allocateNodeId();
                names.insertNode(names.nodes().size(), reserve);
            }
            QList<Link> links;
            for (const Link &l : t.links()) {
                if (picked.contains(l.from) && picked.contains(l.to) && t.node(l.to)->kind != NodeKind::Database &&
                    t.node(l.from)->kind != NodeKind::LoadBalancer)
                    links.append(l);
            }
            m_doc.push(new AddNodesCommand(&m_doc, copies, links, QString()));
            return true;
        }
        case 9: { // import: the seed's single-node files, added as fresh nodes
            ImportedFiles files;
            for (const QString &name : {QStringLiteral("gateway-single"), QStringLiteral("control-plane-single")}) {
                ImportedFile f;
                f.path = name + QLatin1String("/repository/conf/deployment.toml");
                f.namingPath = f.path;
                f.text = testutil::readFile(testutil::dataPath(QStringLiteral("seed/") + name + QLatin1String(".toml")));
                f.parsed = readToml(f.text, f.path, &f.table, &f.error);
                files.append(f);
            }
            Design imported;
            Findings findings;
            importFiles(&files, &imported, &findings);
            QList<Node> nodes = imported.topology.nodes();
            Topology names = t;
            for (Node &n : nodes) {
                n.values.insert(Field::Name, names.uniqueName(n.name()));
                Node reserve = n;
                reserve.id = names.allocateNodeId();
                names.insertNode(names.nodes().size(), reserve);
            }
            m_doc.push(new AddNodesCommand(&m_doc, nodes, imported.topology.links(), QString()));
            return true;
        }
        case 7: // auto-layout
            m_doc.push(new MoveNodesCommand(&m_doc, autoLayout(t)));
            return true;
        default: { // settings
            DesignSettings s = m_doc.settings();
            s.cacheInvalidation = !s.cacheInvalidation;
            s.adminPassword = QStringLiteral("p%1").arg(m_rng.bounded(1000));
            m_doc.push(new SetSettingsCommand(&m_doc, s));
            return true;
        }
        }
    }

private:
    TopologyDocument &m_doc;
    QRandomGenerator m_rng;
};

} // namespace

class TestModelRandom : public QObject
{
    Q_OBJECT

private slots:
    void randomCommandsKeepInvariants_data()
    {
        QTest::addColumn<quint32>("seed");
        if (qEnvironmentVariableIsSet("APIM_RANDOM_SEED")) {
            QTest::newRow("replay") << quint32(qEnvironmentVariableIntValue("APIM_RANDOM_SEED"));
            return;
        }
        for (quint32 seed : {1u, 2u, 3u, 20261126u, quint32(QDateTime::currentSecsSinceEpoch())})
            QTest::newRow(qPrintable(QString::number(seed))) << seed;
    }

    void randomCommandsKeepInvariants()
    {
        QFETCH(quint32, seed);
        qInfo("seed %u (replay with APIM_RANDOM_SEED=%u)", seed, seed);
        TopologyDocument doc;
        Design start;
        QString error;
        QVERIFY(Templates::create(QStringLiteral("gw-cp-ha"), 3, 2, &start, &error));
        doc.resetDesign(start);
        const QByteArray startBytes = ProjectFile::serialize(doc.design());
        Fuzzer fuzzer(doc, seed);
        int pushed = 0;
        for (int i = 0; i < 1500; ++i) {
            pushed += fuzzer.step() ? 1 : 0;
            QString why;
            QVERIFY2(invariantsHold(doc.topology(), &why),
                     qPrintable(QStringLiteral("seed %1, step %2: %3").arg(seed).arg(i).arg(why)));
        }
        QVERIFY(pushed > 500);
        const QByteArray endBytes = ProjectFile::serialize(doc.design());
        // The saved form must load: names stay valid and links legal.
        Design reloaded;
        TomlError e;
        QVERIFY2(ProjectFile::parse(endBytes, QStringLiteral("end"), &reloaded, &e), qPrintable(e.toString()));

        while (doc.undoStack()->canUndo()) {
            doc.undoStack()->undo();
            QString why;
            QVERIFY2(invariantsHold(doc.topology(), &why), qPrintable(QStringLiteral("seed %1 undo: %2").arg(seed).arg(why)));
        }
        QCOMPARE(ProjectFile::serialize(doc.design()), startBytes);
        while (doc.undoStack()->canRedo())
            doc.undoStack()->redo();
        QCOMPARE(ProjectFile::serialize(doc.design()), endBytes);
    }
};

QTEST_GUILESS_MAIN(TestModelRandom)
#include "tst_model_random.moc"
