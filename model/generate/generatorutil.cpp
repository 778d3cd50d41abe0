#include "generatorutil.h"
#include "hostname.h"
#include "names.h"
#include "quoting.h"

#include <algorithm>

namespace apim::genutil {

namespace {

// A linked node providing `service`, with every member of its cluster, each once.
void appendProvider(const Topology &topology, const Node *candidate, Service service,
                    const ApimVersion &version, QList<const Node *> &out)
{
    const KindRelease *r = candidate ? SchemaRegistry::instance().release(candidate->kind, version) : nullptr;
    if (!r || !r->provides(service))
        return;
    for (const Node *member : topology.clusterOf(candidate->id)) {
        if (member->kind == candidate->kind && !out.contains(member))
            out.append(member);
    }
}

void appendPorts(QList<PortUse> &out, const QList<const PortSpec *> &ports, int offset)
{
    for (const PortSpec *p : ports)
        out.append({p->base + offset, QString::fromLatin1(p->purpose)});
}

} // namespace

QList<PortUse> listeningPorts(const Topology &topology, const Node &node)
{
    QList<PortUse> out;
    const KindTraits &traits = SchemaRegistry::instance().traits(node.kind);
    if (traits.balancer) {
        out.append({node.value(Field::HttpPort).toInt(), QStringLiteral("HTTP")});
        out.append({node.value(Field::HttpsPort).toInt(), QStringLiteral("HTTPS")});
        // The balancer of an API traffic cluster also listens on the WebSocket ports.
        const auto members = topology.clusterMembers(node.id);
        if (!members.isEmpty() && carriesApiTraffic(members.first()->kind)) {
            for (PortId id : {PortId::Ws, PortId::Wss})
                appendPorts(out, {&ports::spec(id)}, 0);
        }
    } else if (traits.database) {
        out.append({node.value(Field::DbPort).toInt(), QStringLiteral("database")});
    } else if (SchemaRegistry::instance().field(node.kind, Field::KvPort)) {
        out.append({node.value(Field::KvPort).toInt(), QStringLiteral("key-value store")});
    } else {
        appendPorts(out, SchemaRegistry::instance().ports(node.kind), node.offset());
    }
    return out;
}

bool isApimNode(const Node &node)
{
    return SchemaRegistry::instance().kind(node.kind).apimNode;
}

bool needsApimDb(NodeKind kind, const ApimVersion &version)
{
    const KindRelease *r = SchemaRegistry::instance().release(kind, version);
    return r && r->apimDb;
}

bool needsSharedDb(NodeKind kind, const ApimVersion &version)
{
    const KindRelease *r = SchemaRegistry::instance().release(kind, version);
    return r && r->sharedDb;
}

QList<const Node *> providers(const Topology &topology, const Node &node, Service service,
                              const ApimVersion &version)
{
    const SchemaRegistry &registry = SchemaRegistry::instance();
    QList<const Node *> out;
    for (const Link *link : topology.linksOf(node.id)) {
        if (link->from == node.id)
            appendProvider(topology, topology.node(link->to), service, version, out);
    }
    // A node linked to a dedicated provider (a key manager or traffic manager node) uses it
    // rather than a node that also provides the service among others (a control plane or
    // all-in-one node it links to for its event hub): the fewest services win.
    auto breadth = [&](const Node *n) { return registry.release(n->kind, version)->services.size(); };
    if (!out.isEmpty()) {
        const auto narrowest = breadth(*std::min_element(
            out.cbegin(), out.cend(), [&](const Node *a, const Node *b) { return breadth(a) < breadth(b); }));
        out.removeIf([&](const Node *n) { return breadth(n) != narrowest; });
    }
    return topology.sortedByIndex(out);
}

QList<const Node *> clients(const Topology &topology, const Node &node, Service service,
                            const ApimVersion &version)
{
    QList<const Node *> out;
    // Only the linking nodes that provide the service are collected and sorted: the
    // key manager of 1,000 gateways is asked once for every gateway's file.
    const auto provides = [&](const Node &n) {
        const KindRelease *r = SchemaRegistry::instance().release(n.kind, version);
        return r && r->provides(service);
    };
    for (const Node *member : topology.clusterOf(node.id)) {
        if (member->kind != node.kind)
            continue;
        for (const Node *client : topology.linked(member->id, false, provides))
            appendProvider(topology, client, service, version, out);
    }
    return topology.sortedByIndex(out);
}

bool carriesApiTraffic(NodeKind kind)
{
    return SchemaRegistry::instance().kind(kind).runs(Component::Gateway);
}

QString kindLabel(NodeKind kind)
{
    return QString::fromLatin1(SchemaRegistry::instance().kind(kind).label);
}

QString balancerHost(const Node &balancer)
{
    const QString host = balancer.text(Field::PublicHostname).trimmed();
    return host.isEmpty() ? balancer.hostname().trimmed() : host;
}

QString balancerCertBase(const Node &balancer)
{
    const QString host = balancerHost(balancer);
    return isPlainToken(host) ? host : sanitizeFileName(balancer.name());
}

QString balancerManagementHost(const Node &balancer)
{
    QString own = balancer.hostname().trimmed();
    if (!isPlainToken(own) || own.compare(balancerHost(balancer), Qt::CaseInsensitive) == 0)
        return {};
    return own;
}

QString textOrDefault(const Node &node, const QString &key)
{
    QString text = node.text(key).trimmed();
    if (!text.isEmpty())
        return text;
    if (const FieldSpec *f = SchemaRegistry::instance().field(node.kind, key))
        return f->defaultValue.toString();
    return {};
}

QList<const Node *> databaseClients(const Topology &topology, const Node &database)
{
    QList<const Node *> out;
    for (const Node &n : topology.nodes()) {
        if (isApimNode(n) && topology.findLink(n.id, database.id))
            out.append(&n);
    }
    return out;
}

StartCommand startCommand(const Node &node, const ApimVersion &version)
{
    StartCommand cmd;
    const KindRelease *release = SchemaRegistry::instance().release(node.kind, version);
    if (!release)
        return cmd;
    cmd.valid = true;
    cmd.script = release->script;
    if (!release->profile.isEmpty())
        cmd.args.append(QStringLiteral("-Dprofile=") + release->profile);
    return cmd;
}

QString oneLine(const QString &text)
{
    return quote::comment(text);
}

bool isPlainToken(const QString &text)
{
    return !text.isEmpty() && isValidHost(text);
}

QByteArray joinLines(const QStringList &lines)
{
    QString text;
    for (const QString &line : lines) {
        text += line;
        text += QLatin1Char('\n');
    }
    return text.toUtf8();
}

} // namespace apim::genutil
