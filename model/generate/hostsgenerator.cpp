// /etc/hosts lines: one per host name a node's files mention, so that the
// nodes reach each other without DNS. Entries are sorted and de-duplicated so
// the output does not depend on link order.
#include "generators.h"
#include "generatorutil.h"
#include "hostname.h"
#include "quoting.h"

#include <QMap>
#include <QSet>

namespace apim {

namespace {

using namespace genutil;

// host name -> IPs it was given (empty string: a node without an IP). Host names are
// case-insensitive: spellings of one name share one entry, so that no line repeats (two
// nodes on one machine, a load balancer beside a node).
class HostsTable
{
public:
    void add(const QString &host, const QString &ip)
    {
        const QString h = host.trimmed();
        if (h.isEmpty() || isIpAddress(h) || h.contains(QLatin1Char(':')))
            return; // nothing to resolve
        Entry &e = m_entries[h.toLower()];
        // The smallest spelling, whatever order the nodes come in.
        if (e.spelling.isEmpty() || h < e.spelling)
            e.spelling = h;
        e.ips.insert(ip.trimmed());
    }

    // The node's own hostname; a node with no hostname is addressed by IP and needs no entry.
    void addNode(const Node &node) { add(node.hostname(), node.ip()); }

    // Clients address a load balancer by its public hostname; control planes reach the admin
    // services of API traffic members by its own (balancerManagementHost).
    // `management`: the node calls the members' admin services (it defines environments).
    void addBalancer(const Topology &t, const Node &lb, bool management = true)
    {
        add(lb.text(Field::PublicHostname), lb.ip());
        const QList<const Node *> members = t.clusterMembers(lb.id);
        if (management && !members.isEmpty() && carriesApiTraffic(members.first()->kind))
            add(balancerManagementHost(lb), lb.ip());
    }

    QStringList lines() const
    {
        QStringList out;
        for (const Entry &e : m_entries) {
            const QString &host = e.spelling;
            const QString name = quote::hostsName(host); // once: a control plane's file has 10,000
            if (name.isEmpty()) {
                out.append(QStringLiteral("# skipped \"%1\": not a valid host name").arg(oneLine(host)));
                continue;
            }
            QStringList ips;
            for (const QString &ip : e.ips) {
                if (!ip.isEmpty())
                    ips.append(ip);
            }
            ips.sort();
            if (ips.isEmpty()) {
                out.append(QStringLiteral("# <IP missing> %1   (set the node's IP address in the designer)")
                               .arg(host));
                continue;
            }
            if (ips.size() > 1)
                out.append(
                    QStringLiteral("# %1 has more than one IP address in the design; the first line wins")
                        .arg(host));
            for (const QString &ip : ips) {
                if (const QString address = quote::hostsAddress(ip); !address.isEmpty())
                    out.append(address + QLatin1Char(' ') + name);
                else
                    out.append(QStringLiteral("# skipped %1: \"%2\" is not a valid IP address")
                                   .arg(host, oneLine(ip)));
            }
        }
        return out;
    }

private:
    struct Entry
    {
        QString spelling;
        QSet<QString> ips;
    };
    QMap<QString, Entry> m_entries; // QMap: sorted by the lower-case host name
};

// A node as another node's files name it, plus its load balancer when one fronts it.
void addWithBalancer(HostsTable &table, const Topology &t, const Node &node)
{
    table.addNode(node);
    if (const Node *lb = t.balancerOf(node.id))
        table.addBalancer(t, *lb, SchemaRegistry::instance().traits(node.kind).definesEnvironments);
}

void collectApimNode(HostsTable &table, const Topology &t, const Node &node)
{
    addWithBalancer(table, t, node);

    // Event hub peers: event_duplicate_url and publish url_groups name each one.
    // Gateways never name each other.
    const KindTraits &traits = SchemaRegistry::instance().traits(node.kind);
    if (traits.hasHaPeers) {
        for (const Node *peer : t.clusterOf(node.id)) {
            if (peer->kind == node.kind)
                table.addNode(*peer);
        }
    }

    // The API-M nodes it links to (control planes, traffic managers, key managers), with their
    // clusters: throttling and event hub endpoints name every node, service URLs the balancer.
    for (const Node *target : t.targets(node.id, &KindTraits::frontedByLoadBalancer)) {
        for (const Node *member : t.clusterOf(target->id))
            addWithBalancer(table, t, *member);
    }

    // Gateway environments: the gateways linking to any member of this cluster,
    // by their balancer's public hostname when they have one.
    if (traits.definesEnvironments) {
        for (const Node *member : t.clusterOf(node.id)) {
            for (const Node *gw : t.sources(member->id, &KindTraits::servesEnvironments)) {
                if (const Node *lb = t.balancerOf(gw->id))
                    table.addBalancer(t, *lb);
                else
                    table.addNode(*gw);
            }
        }
    }

    // A key manager (node or Identity Server) is linked to by the control planes using it; it
    // notifies them through their balancer and listens to each of their event hubs.
    if (node.kind == NodeKind::KeyManager || node.kind == NodeKind::IdentityServer) {
        for (const Node *member : t.clusterOf(node.id)) {
            for (const Node *cp : t.sources(member->id, &KindTraits::definesEnvironments)) {
                for (const Node *peer : t.clusterOf(cp->id))
                    addWithBalancer(table, t, *peer);
            }
        }
    }

    if (const Node *db = t.databaseOf(node.id))
        table.addNode(*db);
    // The key-value store its distributed throttling connects to.
    for (const Node *store : t.targets(node.id, NodeKind::KeyValueStore))
        table.addNode(*store);
}

QString headerFor(const QString &what)
{
    return QStringLiteral("# %1 -- generated by APIM Topology Designer; append to /etc/hosts "
                          "(Windows: C:\\Windows\\System32\\drivers\\etc\\hosts)")
        .arg(oneLine(what));
}

} // namespace

QByteArray nodeHostsFile(const Design &design, const Node &node)
{
    const Topology &t = design.topology;
    HostsTable table;
    const KindTraits &traits = SchemaRegistry::instance().traits(node.kind);
    if (traits.balancer) {
        // NGINX resolves the upstream servers' host names when it starts.
        for (const Node *member : t.clusterMembers(node.id))
            table.addNode(*member);
    } else if (traits.database) {
        // MySQL matches grants to client host names by resolving them.
        for (const Node *client : databaseClients(t, node))
            table.addNode(*client);
    } else {
        collectApimNode(table, t, node);
    }
    QStringList lines{headerFor(QStringLiteral("Hosts entries for %1").arg(node.name()))};
    lines += table.lines();
    return joinLines(lines);
}

QByteArray designHostsFile(const Design &design)
{
    HostsTable table;
    for (const Node &node : design.topology.nodes()) {
        table.addNode(node);
        if (SchemaRegistry::instance().traits(node.kind).balancer)
            table.addBalancer(design.topology, node);
    }
    QStringList lines{
        headerFor(QStringLiteral("Hosts entries for every node of %1").arg(design.settings.name))};
    lines += table.lines();
    return joinLines(lines);
}

} // namespace apim
