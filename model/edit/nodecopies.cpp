#include "nodecopies.h"

#include "hostname.h"
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

// A host no node uses yet: the copy's own name where the host was named after
// the node (gw-1.example for gw-1), else the first label counted on (gw1 -> gw2,
// lb -> lb-2). `taken` holds lower-case hosts.
QString freshHostname(const QString &host, const QString &oldName, const QString &newName,
                      const QSet<QString> &taken)
{
    if (host.isEmpty() || !taken.contains(host.toLower()))
        return host;
    const qsizetype dot = host.indexOf(QLatin1Char('.'));
    const QString label = dot < 0 ? host : host.left(dot);
    const QString rest = dot < 0 ? QString() : host.mid(dot);
    if (label.compare(oldName, Qt::CaseInsensitive) == 0 && isValidHost(newName + rest) &&
        !taken.contains((newName + rest).toLower()))
        return newName + rest;
    qsizetype digits = label.size();
    while (digits > 0 && label.at(digits - 1).isDigit())
        --digits;
    const QString stem = label.left(digits);
    const int start = digits < label.size() ? label.mid(digits).toInt() + 1 : 2;
    for (int i = start; i < start + 10000; ++i) {
        QString candidate =
            (digits < label.size() ? stem : stem + QLatin1Char('-')) + QString::number(i) + rest;
        if (!taken.contains(candidate.toLower()))
            return candidate;
    }
    return host;
}

// An address no node uses yet: the next free one in the same /24 (IPv4) or
// the same last group's range (IPv6). Anything else is kept.
QString freshIp(const QString &ip, const QSet<QString> &taken)
{
    if (ip.isEmpty() || !taken.contains(ip.toLower()))
        return ip;
    const bool v4 = isIpv4Address(ip);
    const QChar separator = v4 ? QLatin1Char('.') : QLatin1Char(':');
    const qsizetype cut = ip.lastIndexOf(separator);
    if ((!v4 && !isIpv6Address(ip)) || cut < 0)
        return ip;
    bool ok = false;
    const int last = ip.mid(cut + 1).toInt(&ok, v4 ? 10 : 16);
    if (!ok)
        return ip;
    const int range = v4 ? 254 : 0xffff; // IPv4 skips .0 and .255
    for (int step = 1; step < range; ++step) {
        const int n = (last - 1 + step) % range + 1;
        QString candidate = ip.left(cut + 1) + QString::number(n, v4 ? 10 : 16);
        if (!taken.contains(candidate.toLower()))
            return candidate;
    }
    return ip;
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
    // Hosts and addresses of the target, then of each copy as it gets its own.
    QSet<QString> hosts;
    QSet<QString> ips;
    for (const Node &n : target.nodes()) {
        hosts.insert(n.hostname().toLower());
        hosts.insert(n.text(Field::PublicHostname).toLower());
        ips.insert(n.ip().toLower());
    }
    for (qsizetype i = 0; i < nodes->size(); ++i) {
        Node &n = (*nodes)[i];
        const QString oldName = n.name();
        n.values.insert(Field::Name, names.at(i));
        n.pos += offset;
        for (const QString &field : {Field::Hostname, Field::PublicHostname}) {
            if (!n.values.contains(field))
                continue;
            const QString host = freshHostname(n.text(field), oldName, names.at(i), hosts);
            n.values.insert(field, host);
            hosts.insert(host.toLower());
        }
        if (n.values.contains(Field::Ip)) {
            const QString ip = freshIp(n.ip(), ips);
            n.values.insert(Field::Ip, ip);
            ips.insert(ip.toLower());
        }
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
