// Random document commands, as a person editing might push them (tst_model_random,
// tst_generationcache).
#pragma once

#include "autolayout.h"
#include "importer.h"
#include "linkcommands.h"
#include "names.h"
#include "nodecommands.h"
#include "nodecopies.h"
#include "settingscommands.h"
#include "templates.h"
#include "testutil.h"
#include "topologydocument.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

#include <initializer_list>

namespace apim::randomcommands {

class Fuzzer
{
public:
    Fuzzer(TopologyDocument &doc, quint32 seed) : m_doc(doc), m_rng(seed) {}

    // Pushes one random command; returns false when the chosen verb had nothing to act on.
    bool step()
    {
        const Topology &t = m_doc.topology();
        const int verb = int(m_rng.bounded(11));
        const auto anyNode = [&]() -> const Node * {
            return t.nodes().isEmpty() ? nullptr
                                       : &t.nodes()[qsizetype(m_rng.bounded(quint32(t.nodes().size())))];
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
        case 5: { // edit a field: what names a node to others, its ports, what a gateway serves
            const Node *n = anyNode();
            if (!n)
                return false;
            const NodeKind kind = n->kind;
            switch (m_rng.bounded(5)) {
            case 0:
                m_doc.push(new SetNodeValueCommand(&m_doc, {n->id}, Field::Hostname,
                                                   QStringLiteral("h%1").arg(m_rng.bounded(100))));
                break;
            case 1:
                m_doc.push(new SetNodeValueCommand(&m_doc, {n->id}, Field::Ip,
                                                   QStringLiteral("10.0.0.%1").arg(m_rng.bounded(250))));
                break;
            case 2:
                if (!SchemaRegistry::instance().field(kind, Field::Offset))
                    return false;
                m_doc.push(new SetNodeValueCommand(&m_doc, {n->id}, Field::Offset, int(m_rng.bounded(3))));
                break;
            case 3: // a label some environment has, or none has
                if (!SchemaRegistry::instance().field(kind, Field::Labels))
                    return false;
                m_doc.push(new SetNodeValueCommand(
                    &m_doc, {n->id}, Field::Labels,
                    QStringList{m_rng.bounded(2) == 1 ? QStringLiteral("Default") : QStringLiteral("edge")}));
                break;
            default:
                if (!SchemaRegistry::instance().field(kind, Field::PublicHostname))
                    return false;
                m_doc.push(new SetNodeValueCommand(&m_doc, {n->id}, Field::PublicHostname,
                                                   QStringLiteral("h%1").arg(m_rng.bounded(100))));
                break;
            }
            return true;
        }
        case 6: { // paste or duplicate up to three nodes with the links among them, as the editor does
            if (t.nodes().isEmpty())
                return false;
            QList<NodeId> picked;
            for (int i = 0; i < 3; ++i)
                picked.append(anyNode()->id);
            m_doc.setSelection(picked);
            if (m_rng.bounded(2) == 1)
                return NodeCopies::duplicate(&m_doc) > 0;
            const QPointF offset(m_rng.bounded(100), m_rng.bounded(100));
            return NodeCopies::paste(&m_doc, NodeCopies::fragment(m_doc.design(), picked), offset) > 0;
        }
        case 10: { // rename to a name at or next to the length limit, which copies must keep
            const Node *n = anyNode();
            if (!n)
                return false;
            const int length = MaxFileNameLength - int(m_rng.bounded(2));
            QString name = QStringLiteral("long%1-").arg(m_rng.bounded(1000));
            name += QString(length - name.size(), QLatin1Char('n'));
            if (m_rng.bounded(2) == 1) // numbered: its copies count on
                name = name.left(length - 2) + QStringLiteral("-%1").arg(m_rng.bounded(10));
            if (t.isNameTaken(name))
                return false;
            m_doc.push(new SetNodeValueCommand(&m_doc, {n->id}, Field::Name, name));
            return true;
        }
        case 9: { // import: the seed's single-node files, added as fresh nodes
            ImportedFiles files;
            for (const QString &name :
                 {QStringLiteral("gateway-single"), QStringLiteral("control-plane-single")}) {
                ImportedFile f;
                f.path = name + QLatin1String("/repository/conf/deployment.toml");
                f.namingPath = f.path;
                f.text = ::testutil::readFile(
                    ::testutil::dataPath(QStringLiteral("seed/") + name + QLatin1String(".toml")));
                f.parsed = readToml(f.text, f.path, &f.table, &f.error);
                files.append(f);
            }
            Design imported;
            Findings findings;
            importFiles(&files, &imported, &findings);
            QList<Node> nodes = imported.topology.nodes();
            QStringList bases;
            for (const Node &n : std::as_const(nodes))
                bases.append(n.name());
            const QStringList names = t.uniqueNames(bases);
            for (qsizetype i = 0; i < nodes.size(); ++i)
                nodes[i].values.insert(Field::Name, names.at(i));
            m_doc.push(new AddNodesCommand(&m_doc, nodes, imported.topology.links(), QString()));
            return true;
        }
        case 7: // auto-layout
            m_doc.push(new MoveNodesCommand(&m_doc, autoLayout(t)));
            return true;
        default: { // settings, the version and the environments among them
            DesignSettings s = m_doc.settings();
            s.cacheInvalidation = !s.cacheInvalidation;
            s.adminPassword = QStringLiteral("p%1").arg(m_rng.bounded(1000));
            if (m_rng.bounded(3) == 0)
                s.apimVersion = s.apimVersion == QLatin1String("4.4.0") ? QStringLiteral("4.7.0")
                                                                        : QStringLiteral("4.4.0");
            if (m_rng.bounded(3) == 0) {
                GatewayEnvironment edge;
                edge.name = QStringLiteral("edge");
                if (s.environments.size() > 1)
                    s.environments.removeLast();
                else
                    s.environments.append(edge);
            }
            m_doc.push(new SetSettingsCommand(&m_doc, s));
            return true;
        }
        }
    }

private:
    TopologyDocument &m_doc;
    QRandomGenerator m_rng;
};

// The data rows of a random test: `fixed` seeds and one from the clock, or only
// APIM_RANDOM_SEED=<n> to replay one.
inline void addSeedRows(std::initializer_list<quint32> fixed)
{
    QTest::addColumn<quint32>("seed");
    if (qEnvironmentVariableIsSet("APIM_RANDOM_SEED")) {
        QTest::newRow("replay") << quint32(qEnvironmentVariableIntValue("APIM_RANDOM_SEED"));
        return;
    }
    QList<quint32> seeds(fixed);
    seeds.append(quint32(QDateTime::currentSecsSinceEpoch()));
    for (quint32 seed : std::as_const(seeds))
        QTest::newRow(qPrintable(QString::number(seed))) << seed;
}

// The design the random walks start from: 3 gateways and 2 control planes behind balancers.
inline Design startDesign()
{
    Design start;
    QString error;
    if (!Templates::create(QStringLiteral("gw-cp-ha"), 3, 2, &start, &error))
        qFatal("%s", qPrintable(error));
    return start;
}

} // namespace apim::randomcommands
