#include "nodeclipboard.h"

#include "nodecommands.h"
#include "projectfile.h"
#include "topologydocument.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMimeData>
#include <QSet>

namespace apim {

namespace {

struct ClipboardTr
{
    Q_DECLARE_TR_FUNCTIONS(NodeClipboard)
};

} // namespace

QByteArray NodeClipboard::fragment(const Design &design, const QList<NodeId> &ids, bool withSecrets)
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

QMimeData *NodeClipboard::createMimeData(const Design &design, const QList<NodeId> &ids)
{
    auto *data = new QMimeData;
    data->setData(MimeType, fragment(design, ids));
    return data;
}

bool NodeClipboard::canPaste(const QMimeData *data)
{
    return data && data->hasFormat(MimeType);
}

bool NodeClipboard::prepare(const Topology &target, const QByteArray &fragment, const QPointF &offset,
                            QList<Node> *nodes, QList<Link> *links, QString *error)
{
    Design part;
    TomlError parseError;
    if (!ProjectFile::parse(fragment, ClipboardTr::tr("clipboard"), &part, &parseError)) {
        if (error)
            *error = parseError.toString();
        return false;
    }
    // Names must be unique among the existing nodes and the other pasted ones:
    // claim each in a scratch copy before choosing the next.
    Topology scratch = target;
    nodes->clear();
    links->clear();
    for (Node n : part.topology.nodes()) {
        const QString name = scratch.uniqueName(n.name());
        n.values.insert(Field::Name, name);
        n.pos += offset;
        Node claim;
        claim.id = scratch.allocateNodeId();
        claim.values.insert(Field::Name, name);
        scratch.insertNode(scratch.nodes().size(), claim);
        nodes->append(n);
    }
    // Parsed ids are fragment-local; AddNodesCommand maps them to fresh ones.
    *links = part.topology.links();
    return true;
}

void NodeClipboard::copy(const TopologyDocument &document)
{
    if (document.selection().isEmpty())
        return;
    QGuiApplication::clipboard()->setMimeData(createMimeData(document.design(), document.selection()));
}

void NodeClipboard::cut(TopologyDocument *document)
{
    const QList<NodeId> ids = document->selection();
    if (ids.isEmpty())
        return;
    copy(*document);
    auto *command = new RemoveNodesCommand(document, ids);
    command->setText(ClipboardTr::tr("Cut %n node(s)", nullptr, int(ids.size())));
    document->push(command);
}

int NodeClipboard::paste(TopologyDocument *document, const QMimeData *data, const QPointF &offset,
                         QString *error)
{
    if (!canPaste(data))
        return 0;
    QList<Node> nodes;
    QList<Link> links;
    if (!prepare(document->topology(), data->data(MimeType), offset, &nodes, &links, error) ||
        nodes.isEmpty())
        return 0;
    const int count = int(nodes.size());
    document->push(new AddNodesCommand(document, nodes, links, ClipboardTr::tr("Paste %n node(s)", nullptr, count)));
    return count;
}

int NodeClipboard::duplicate(TopologyDocument *document)
{
    if (document->selection().isEmpty())
        return 0;
    QList<Node> nodes;
    QList<Link> links;
    // Duplicating never leaves the process, so the copies keep their passwords.
    if (!prepare(document->topology(), fragment(document->design(), document->selection(), true),
                 QPointF(PasteOffset, PasteOffset), &nodes, &links, nullptr))
        return 0;
    const int count = int(nodes.size());
    document->push(new AddNodesCommand(document, nodes, links, ClipboardTr::tr("Duplicate %n node(s)", nullptr, count)));
    return count;
}

} // namespace apim
