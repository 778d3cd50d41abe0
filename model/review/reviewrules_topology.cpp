// Rules on how the nodes reach each other: hosts, throttling and event-hub
// endpoints, ports and offsets, load balancers.
#include "generatorutil.h"
#include "ports.h"
#include "reviewcontext.h"
#include "reviewfix.h"
#include "reviewmachine.h"
#include "tomlkeys.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace apim::review {

namespace {

using endpoints::Target;

QString names(const QList<const Node *> &nodes)
{
    QStringList out;
    for (const Node *n : nodes)
        out.append(n->name());
    return out.join(QLatin1String(", "));
}

// Which nodes peers reach by a real host name (directly or through their balancer), and whether
// any endpoint of the set names a real host at all: then the set spans machines.
struct Naming
{
    QSet<NodeId> reachedByName;
    bool realHosts = false;
};

// `report`: false for an Identity Server's file, read for its naming only.
void checkHosts(Context &c, const NodeConfig &nc, Naming *naming, bool report = true)
{
    QSet<QString> reported;
    QList<QList<const Node *>> counted; // member lists already counted: each use of a balancer names them
    for (const endpoints::Use &u : nc.uses) {
        // A URL shown to consumers names a public address (DNS, an outer balancer) the set need not hold.
        if (isAdvertised(u))
            continue;
        const bool real = endpoints::isRealHost(u.url.host);
        naming->realHosts = naming->realHosts || real;
        const Target t = endpoints::resolve(c.topology, c.hosts, *nc.node, u.url);
        if (real && (t.kind == Target::Nodes || t.kind == Target::Balancer) &&
            std::ranges::none_of(counted, [&](const auto &l) { return l.isSharedWith(t.nodes); })) {
            if (t.nodes.size() > 1)
                counted.append(t.nodes);
            for (const Node *n : t.nodes) {
                if (n->id != nc.node->id)
                    naming->reachedByName.insert(n->id);
            }
        }
        if (!report || reported.contains(u.url.host) || t.kind != Target::Unknown)
            continue;
        reported.insert(u.url.host);
        c.add(rule::UnknownHost, &nc, u.line,
              ReviewTr::tr("%1 names the host %2, which is no node or load balancer of the design.")
                  .arg(u.key, u.url.host),
              ReviewTr::tr("Add the node (or import its file), or correct the host. An external service may "
                           "stay as it is."));
    }
    for (const endpoints::Database &db : endpoints::databases(report ? nc.config : TomlTable())) {
        if (db.embedded || db.host.isEmpty() || reported.contains(db.host) ||
            endpoints::resolveDatabase(c.hosts, db.host).kind != Target::Unknown)
            continue;
        reported.insert(db.host);
        c.add(rule::UnknownHost, &nc, db.line,
              ReviewTr::tr("[database.%1] names the host %2, which is no database or node of the design.")
                  .arg(db.id, db.host),
              ReviewTr::tr("Add a database node with that hostname, or correct the host."));
    }
}

// On a file: the list entry `u` rewritten as one entry per node (`after`: the nodes added after
// it), each at the node's port for that listener.
void addMembersFix(Context &c, const NodeConfig &nc, const endpoints::Use &u,
                   const QList<const Node *> &nodes, bool after)
{
    if (!nc.file || !u.spec || !u.spec->hasListener || nodes.isEmpty())
        return;
    QStringList urls;
    for (const Node *n : nodes) {
        urls.append(urlWithHostPort(u.text, hostOf(*n), ports::base(u.spec->listener) + n->offset()));
        if (urls.last().isEmpty())
            return;
    }
    FixStep step;
    if (after ? appendAfterStep(*nc.file, u.line, u.column, urls, &step)
              : replaceStringStep(*nc.file, u.line, u.column, urls, &step))
        c.addFix({ReviewTr::tr("List %1 in throttle_decision_endpoints").arg(names(nodes)), {step}});
}

void checkThrottling(Context &c, const NodeConfig &nc)
{
    const Node &gw = *nc.node;
    // A gateway's own rule: decisions come from its traffic managers, else its control planes.
    QList<const Node *> expected = c.linkedClusters(gw, NodeKind::TrafficManager);
    if (expected.isEmpty())
        expected = c.linkedClusters(gw, NodeKind::ControlPlane);
    QList<const Node *> decisions, groups;
    int decisionLine = 0, groupLine = 0;
    const endpoints::Use *lastDecision = nullptr;
    bool namesBalancer = false;
    bool hasDecisions = false, hasGroups = false;
    for (const endpoints::Use &u : nc.uses) {
        const bool decision = u.key == QLatin1String(tomlkey::ThrottleDecisionEndpoints);
        const bool group = u.key.startsWith(QLatin1String(tomlkey::ThrottlingUrlGroup));
        if (!decision && !group)
            continue;
        (decision ? hasDecisions : hasGroups) = true;
        int &firstLine = decision ? decisionLine : groupLine;
        if (!firstLine)
            firstLine = u.line;
        const Target t = endpoints::resolve(c.topology, c.hosts, gw, u.url);
        if (decision)
            lastDecision = &u;
        if (t.kind == Target::Balancer) {
            c.add(rule::ThrottleEndpoints, &nc, u.line,
                  ReviewTr::tr(
                      "%1 names the load balancer %2: throttle decisions and events must come from each node "
                      "directly, or the subscriptions split between them.")
                      .arg(u.text, t.balancer->name()),
                  ReviewTr::tr("List every node of the cluster instead: %1.").arg(names(t.nodes)));
            // A url group is one table per node: only the decision list takes the members in place.
            if (decision) {
                namesBalancer = true;
                addMembersFix(c, nc, u, t.nodes, false);
            }
            continue;
        }
        if (t.kind == Target::Ambiguous) { // co-located nodes on one port: port-conflict's, and each is named
            (decision ? decisions : groups).append(t.nodes);
            continue;
        }
        if (t.kind != Target::Nodes || t.nodes.size() != 1)
            continue;
        // A wrong port for the node's offset is endpoint-port's (reviewrules_wiring.cpp).
        (decision ? decisions : groups).append(t.nodes.first());
    }
    if (expected.isEmpty())
        return;
    const QString key[2] = {QStringLiteral("throttle_decision_endpoints"),
                            QStringLiteral("[[apim.throttling.url_group]]")};
    const QList<const Node *> *named[2] = {&decisions, &groups};
    const bool present[2] = {hasDecisions, hasGroups};
    const int lines[2] = {decisionLine, groupLine};
    for (int i = 0; i < 2; ++i) {
        QList<const Node *> missing;
        for (const Node *n : expected) {
            if (!named[i]->contains(n))
                missing.append(n);
        }
        if (missing.isEmpty())
            continue;
        c.add(rule::ThrottleEndpoints, Severity::Warning, &nc,
              lines[i] ? lines[i] : lineAt(nc.config, tomlkey::path(tomlkey::Throttling)),
              present[i] ? ReviewTr::tr(
                               "%1 of %2 misses %3: that node's throttle decisions never reach the gateway.")
                               .arg(key[i], gw.name(), names(missing))
                         : ReviewTr::tr("%1 has no %2, but it is linked to %3.")
                               .arg(gw.name(), key[i], names(missing)),
              ReviewTr::tr("Add an entry for each of %1.").arg(names(expected)));
        if (i == 0 && lastDecision && !namesBalancer)
            addMembersFix(c, nc, *lastDecision, missing, true);
    }
}

// A node's AMQP endpoint as the set names the node: by its host, at its offset.
QString amqpUrl(const Node &n)
{
    return QStringLiteral("tcp://%1:%2")
        .arg(hostOf(n))
        .arg(endpoints::basePort(endpoints::Purpose::Amqp) + n.offset());
}

// The event_duplicate_url entries of a control plane's file, and which name no peer.
struct DuplicateList
{
    QList<const endpoints::Use *> uses;
    QList<bool> wrong;
};

// On a file: each wrong entry becomes a missing peer, the peers left over follow the last
// entry. With more wrong entries than missing peers, which to drop is not mechanical.
void addDuplicateFix(Context &c, const NodeConfig &nc, const DuplicateList &list,
                     const QList<const Node *> &missing)
{
    const qsizetype wrongCount = list.wrong.count(true);
    if (!nc.file || list.uses.isEmpty() || wrongCount > missing.size() || missing.isEmpty())
        return;
    QStringList urls;
    for (const Node *n : missing)
        urls.append(amqpUrl(*n));
    FindingFix fix{ReviewTr::tr("Name %1 in event_duplicate_url").arg(names(missing)), {}};
    qsizetype next = 0;
    for (qsizetype i = 0; i < list.uses.size(); ++i) {
        const endpoints::Use &u = *list.uses.at(i);
        const bool last = i == list.uses.size() - 1;
        FixStep step;
        bool ok = true;
        if (list.wrong.at(i)) // the last wrong entry takes the peers left over with it
            ok = replaceStringStep(*nc.file, u.line, u.column, last ? urls.mid(next) : urls.mid(next++, 1),
                                   &step);
        else if (last && next < urls.size())
            ok = appendAfterStep(*nc.file, u.line, u.column, urls.mid(next), &step);
        else
            continue;
        if (!ok)
            return;
        fix.steps.append(step);
    }
    c.addFix(fix);
}

void checkEventHub(Context &c)
{
    for (const Node *lb : c.topology.nodesWith(&KindTraits::balancer)) {
        const QList<const Node *> members = c.members.value(lb->id);
        // The control plane's event hub rule (its messages name control planes).
        if (members.size() < 2 || members.first()->kind != NodeKind::ControlPlane)
            continue;
        for (const Node *cp : members) {
            const NodeConfig *nc = c.configOf(cp->id);
            if (!nc)
                continue;
            QList<const Node *> peers = members;
            peers.removeAll(cp);
            if (!nc->config.findPath(tomlkey::path(tomlkey::EventHub))) {
                c.add(rule::EventHubHa, nc, 0,
                      ReviewTr::tr("%1 is one of %2 control planes behind %3 but has no [apim.event_hub]: "
                                   "token revocations "
                                   "and policy events reach one node only.")
                          .arg(cp->name())
                          .arg(members.size())
                          .arg(lb->name()),
                      ReviewTr::tr("Add [apim.event_hub] with event_duplicate_url naming %1.")
                          .arg(names(peers)));
                continue;
            }
            QList<const Node *> named;
            QStringList wrong;
            DuplicateList list;
            int line = lineAt(nc->config, tomlkey::path(tomlkey::EventHub));
            for (const endpoints::Use &u : nc->uses) {
                if (u.key != QLatin1String(tomlkey::EventDuplicateUrl))
                    continue;
                line = u.line;
                const Target t = endpoints::resolve(c.topology, c.hosts, *cp, u.url);
                list.uses.append(&u);
                list.wrong.append(false);
                if (t.kind == Target::Nodes && t.nodes.size() == 1 && peers.contains(t.nodes.first()))
                    named.append(t.nodes.first());
                else if (t.kind != Target::Placeholder) {
                    wrong.append(u.text);
                    list.wrong.last() = true;
                }
            }
            QList<const Node *> missing;
            for (const Node *p : peers) {
                if (!named.contains(p))
                    missing.append(p);
            }
            if (missing.isEmpty() && wrong.isEmpty())
                continue;
            QStringList problems;
            if (!missing.isEmpty())
                problems.append(ReviewTr::tr("it misses %1").arg(names(missing)));
            if (!wrong.isEmpty())
                problems.append(ReviewTr::tr("%1 is no other control plane of the cluster")
                                    .arg(wrong.join(QLatin1String(", "))));
            c.add(rule::EventHubHa, nc, line,
                  ReviewTr::tr(
                      "event_duplicate_url of %1 must name exactly the other control planes behind %2: %3.")
                      .arg(cp->name(), lb->name(), problems.join(QLatin1String("; "))),
                  ReviewTr::tr("Set event_duplicate_url to the AMQP endpoints of %1.").arg(names(peers)));
            addDuplicateFix(c, *nc, list, missing);
        }
    }
}

void checkPlaceholders(Context &c, const NodeConfig &nc)
{
    for (const endpoints::Use &u : nc.uses) {
        if (!u.url.portPlaceholder)
            continue;
        const Target t = endpoints::resolve(c.topology, c.hosts, *nc.node, u.url);
        if (t.kind != Target::Nodes || t.nodes.size() != 1 || t.nodes.first()->offset() == nc.node->offset())
            continue;
        const Node *n = t.nodes.first();
        c.add(rule::OffsetPlaceholder, &nc, u.line,
              ReviewTr::tr("%1 points at %2 with a port placeholder, which resolves on %3 with its offset "
                           "%4; %2 has offset "
                           "%5.")
                  .arg(u.text, n->name(), nc.node->name())
                  .arg(nc.node->offset())
                  .arg(n->offset()),
              ReviewTr::tr("Write %1's port literally.").arg(n->name()));
    }
}

// Two nodes share a machine when the design knows them by the same host or IP;
// loopback addresses say nothing about that, unless the files reach each other by them.
void checkPorts(Context &c)
{
    // Only nodes that reach each other by localhost: nodes that merely all write localhost may be
    // separate machines each calling itself so; which node a clash is reported on is then unsure.
    QSet<NodeId> onLoopback;
    QByteArray signature;
    if (reachedByLoopback(c)) {
        for (const Node *n : c.hosts.loopbackNodes()) {
            onLoopback.insert(n->id);
            signature += QByteArray::number(n->id) + ' ';
        }
    }
    // Each node's machines and ports, kept for the nodes that did not change.
    c.forAllNodes(
        Segment::ReviewPorts,
        [&](const Node &n) {
            QStringList keys;
            for (const QString &k : {n.hostname(), n.ip()}) {
                const QString host = k.trimmed().toLower();
                if (endpoints::isRealHost(host) && !keys.contains(host))
                    keys.append(host);
            }
            if (onLoopback.contains(n.id))
                keys.append(QStringLiteral("localhost"));
            QList<int> ports;
            for (const genutil::PortUse &p : genutil::listeningPorts(c.topology, n))
                ports.append(p.port);
            c.memo.machineKeys.set(n.id, keys);
            c.memo.machines.insert(n.id, {keys, ports});
        },
        signature);
    // A machine only one node is on holds no clash: only the shared ones are walked.
    const QSet<QString> shared = c.memo.machineKeys.keysCounted(2);
    if (shared.isEmpty())
        return;
    QHash<QString, QHash<int, const Node *>> machines;
    QSet<QPair<NodeId, NodeId>> reported;
    for (const Node &n : c.topology.nodes()) {
        const auto &[keys, ports] = c.memo.machines[n.id];
        for (const QString &key : keys) {
            if (!shared.contains(key))
                continue;
            QHash<int, const Node *> &used = machines[key];
            QMap<qsizetype, QStringList> clashes; // by the other node's index, for a stable order
            for (int port : ports) {
                const Node *other = used.value(port);
                if (other && other->id != n.id)
                    clashes[c.topology.indexOfNode(other->id)].append(QString::number(port));
                else
                    used.insert(port, &n);
            }
            for (auto it = clashes.constBegin(); it != clashes.constEnd(); ++it) {
                const Node *other = &c.topology.nodes().at(it.key());
                const QPair<NodeId, NodeId> pair{other->id, n.id};
                if (reported.contains(pair))
                    continue;
                reported.insert(pair);
                const NodeConfig *nc = c.configOf(n.id);
                Finding f = ruleFinding(rule::PortConflict, &n);
                if (nc && nc->file) {
                    f.file = nc->file->path;
                    f.line = lineAt(nc->config, {QStringLiteral("server"), QStringLiteral("offset")});
                }
                f.message = ReviewTr::tr("%1 and %2 are both on %3 and both listen on %4.")
                                .arg(other->name(), n.name(), key, it.value().join(QLatin1String(", ")));
                f.hint = ReviewTr::tr("Give one of them another port offset, or put it on another machine.");
                c.add(f);
            }
        }
    }
}

void addBalancerNameFix(Context &c, const NodeConfig &nc, const Node &lb, const TomlValue *written);

void checkLocalhostHostname(Context &c, const NodeConfig &nc)
{
    const QStringList hostPath{QStringLiteral("server"), QStringLiteral("hostname")};
    const TomlValue *written = nc.config.findPath(hostPath);
    const QString host =
        written ? stringAt(nc.config, hostPath).trimmed().toLower() : QStringLiteral("localhost");
    // Left out, it defaults to localhost. Wrong once peers reach the node by a name, or behind a
    // balancer, or in any set whose endpoints name real hosts: it spans machines. Nodes that all
    // call themselves localhost and reach each other so run on one machine, where it is right.
    const bool wrong =
        c.memo.realHosts.has(0) || c.memo.reached.has(nc.node->id) || c.balancerOf.contains(nc.node->id);
    if (c.apimCount() + c.others.size() > 1 && endpoints::isLoopback(host) && wrong && (written || nc.file))
        c.add(rule::LocalhostHostname, &nc,
              written ? lineAt(nc.config, hostPath) : lineAt(nc.config, {QStringLiteral("server")}),
              ReviewTr::tr("[server] hostname is %1 in a design of %2 API-M nodes: the URLs this node hands "
                           "out (and its "
                           "certificates) name a host the others cannot reach.")
                  .arg(host)
                  .arg(c.apimCount()),
              ReviewTr::tr("Set the hostname other nodes and clients use for %1 (its load balancer's name "
                           "when it has one).")
                  .arg(nc.node->name()));
    else
        return;
    if (const Node *lb = c.balancerOf.value(nc.node->id))
        addBalancerNameFix(c, nc, *lb, written);
}

// Behind a known balancer, the hostname is the balancer's: on a file, its public hostname; in a
// design, whose members take the balancer's public hostname, the balancer's own name.
void addBalancerNameFix(Context &c, const NodeConfig &nc, const Node &lb, const TomlValue *written)
{
    const QString publicHost = lb.text(Field::PublicHostname).trimmed();
    if (nc.file) {
        FixStep step;
        if (written && endpoints::isRealHost(publicHost.toLower()) &&
            replaceStringStep(*nc.file, written->line, written->column, {publicHost}, &step))
            c.addFix(
                {ReviewTr::tr("Set the hostname to %1, the name of %2").arg(publicHost, lb.name()), {step}});
        return;
    }
    if (publicHost == lb.name() || !endpoints::isRealHost(lb.name().toLower()))
        return;
    FixStep step;
    step.kind = FixStep::Kind::SetNodeValue;
    step.node = lb.id;
    step.key = Field::PublicHostname;
    step.value = lb.name();
    c.addFix({ReviewTr::tr("Set the public hostname of %1 to %1").arg(lb.name()), {step}});
}

void checkNodeSettings(Context &c, const NodeConfig &nc)
{
    checkLocalhostHostname(c, nc);

    if (const Node *lb = c.balancerOf.value(nc.node->id)) {
        QStringList missing;
        for (const QString &scheme : {QStringLiteral("http"), QStringLiteral("https")}) {
            if (!nc.config.findPath(tomlkey::at(tomlkey::Transport,
                                                {scheme, QString::fromLatin1(tomlkey::TransportProperties),
                                                 QString::fromLatin1(tomlkey::TransportProxyPort)})))
                missing.append(QStringLiteral("[transport.%1] properties.proxyPort").arg(scheme));
        }
        if (!missing.isEmpty())
            c.add(
                rule::ProxyPortMissing, &nc, lineAt(nc.config, tomlkey::path(tomlkey::Transport)),
                ReviewTr::tr(
                    "%1 is behind the load balancer %2 but has no %3: its portals redirect to its own port.")
                    .arg(nc.node->name(), lb->name(), missing.join(ReviewTr::tr(" or "))),
                ReviewTr::tr("Set proxyPort to the load balancer's ports (%1 and %2).")
                    .arg(lb->value(Field::HttpPort).toInt())
                    .arg(lb->value(Field::HttpsPort).toInt()));
    }

    if (c.kindCount.value(int(nc.node->kind)) == 1) {
        const QString role = SchemaRegistry::label(SchemaRegistry::instance().kind(nc.node->kind));
        c.add(rule::SingleNodeRole, &nc, 0,
              ReviewTr::tr("%1 is the only %2 of the design: when it stops, its role stops.")
                  .arg(nc.node->name(), role.toLower()),
              ReviewTr::tr("Add a second %1 behind a load balancer for high availability.")
                  .arg(role.toLower()));
    }
}

} // namespace

// What one node's URLs say of the set's naming, counted over all nodes (FindingMemo's tallies).
void keepNaming(Context &c, NodeId id, const Naming &naming)
{
    c.memo.reached.set(id, naming.reachedByName.values());
    c.memo.realHosts.set(id, naming.realHosts ? QList<int>{0} : QList<int>());
}

void checkTopology(Context &c)
{
    c.forNodes(Segment::ReviewHosts, [&](const NodeConfig &nc) {
        Naming naming;
        checkHosts(c, nc, &naming);
        keepNaming(c, nc.node->id, naming);
    });
    for (const NodeConfig &nc : c.others) {
        Naming naming;
        checkHosts(c, nc, &naming, false);
        keepNaming(c, nc.node->id, naming);
    }
    for (const NodeConfig &nc : c.others)
        checkLocalhostHostname(c, nc);
    // localhost-hostname reads whether the set names real hosts, and whether peers reach the node.
    c.forNodes(
        Segment::ReviewNodes,
        [&](const NodeConfig &nc) {
            if (nc.node->kind == NodeKind::Gateway) // throttle subscriptions are the gateway's own
                checkThrottling(c, nc);
            checkPlaceholders(c, nc);
            checkNodeSettings(c, nc);
        },
        c.memo.realHosts.has(0) ? "real" : "", c.memo.reached.flipped());
    checkEventHub(c);
    checkPorts(c);
}

} // namespace apim::review
