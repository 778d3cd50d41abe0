#include "nodecopies.h"

#include "nodecommands.h"
#include "projectfile.h"
#include "topologydocument.h"

#include <QCoreApplication>
#include <QSet>

namespace apim {

namespace {

// The context of these texts predates the split from views/nodeclipboard.
struct CopiesTr
{
    Q_DECLARE_TR_FUNCTIONS(NodeClipboard)
};

int add(TopologyDocument *document, const QByteArray &fragment, const QPointF &offset, const char *text,
        QString *error)
{
    QList<Node> nodes;
    QList<Link> links;
    if (!NodeCopies::prepare(document->topology(), fragment, offset, &nodes, &links, error) ||
        nodes.isEmpty())
        return 0;
    const int count = int(nodes.size());
    document->push(new AddNodesCommand(document, nodes, links, CopiesTr::tr(text, nullptr, count)));
    return count;
}

} // namespace

QByteArray NodeCopies::fragment(const Design &design, const QList<NodeId> &ids, bool withSecrets)
{
    const QSet<NodeId> wanted(ids.cbegin(), ids.cend());
    Design part;
    part.settings = design.settings;
    if (withSecrets)
        part.settings.storePasswords = true;
    // The design's order, not the selection's, so that the fragment is stable.
    for (const Node &n : design.topology.nodes()) {
        if (wanted.contains(n.id))
            part.topology.insertNode(part.topology.nodes().size(), n);
    }
    for (const Link &l : design.topology.links()) {
        if (wanted.contains(l.from) && wanted.contains(l.to))
            part.topology.insertLink(part.topology.links().size(), l);
    }
    return ProjectFile::serialize(part);
}

bool NodeCopies::prepare(const Topology &target, const QByteArray &fragment, const QPointF &offset,
                         QList<Node> *nodes, QList<Link> *links, QString *error)
{
    Design part;
    TomlError parseError;
    if (!ProjectFile::parse(fragment, CopiesTr::tr("clipboard"), &part, &parseError)) {
        if (error)
            *error = parseError.toString();
        return false;
    }
    *nodes = part.topology.nodes();
    QStringList bases;
    for (const Node &n : std::as_const(*nodes))
        bases.append(n.name());
    const QStringList names = target.uniqueNames(bases);
    for (qsizetype i = 0; i < nodes->size(); ++i) {
        Node &n = (*nodes)[i];
        n.values.insert(Field::Name, names.at(i));
        n.pos += offset;
    }
    // Parsed ids are fragment-local; AddNodesCommand maps them to fresh ones.
    *links = part.topology.links();
    return true;
}

int NodeCopies::paste(TopologyDocument *document, const QByteArray &fragment, const QPointF &offset,
                      QString *error)
{
    return add(document, fragment, offset, QT_TRANSLATE_N_NOOP("NodeClipboard", "Paste %n node(s)"), error);
}

int NodeCopies::duplicate(TopologyDocument *document)
{
    if (document->selection().isEmpty())
        return 0;
    return add(document, fragment(document->design(), document->selection(), true),
               QPointF(PasteOffset, PasteOffset),
               QT_TRANSLATE_N_NOOP("NodeClipboard", "Duplicate %n node(s)"), nullptr);
}

} // namespace apim
