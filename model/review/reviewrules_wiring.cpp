// Rules on the wiring: each endpoint of the registry (endpointregistry.h)
// resolved to a node, a listener and a port, the way a WSO2 engineer reads a
// set. Unknown hosts stay unknown-host's, throttle lists throttle-endpoints'
// and the control planes' event duplication event-hub-ha's, so nothing is
// reported twice.
#include "endpointregistry.h"
#include "reviewcontext.h"
#include "reviewfix.h"
#include "reviewmachine.h"
#include "tomlkeys.h"
#include "versionprofile.h"

#include <QSet>

#include <cstring>

namespace apim::review {

namespace {

using endpoints::Target;

// Whether `n` is what an endpoint of `holder` must reach, in `version`.
bool serves(const Node &n, const EndpointSpec &spec, const Node &holder, const ApimVersion &version)
{
    const SchemaRegistry &reg = SchemaRegistry::instance();
    auto provides = [&](Service s) {
        const KindRelease *r = reg.release(n.kind, version);
        return !r || r->provides(s); // a kind the version profile does not describe is given the benefit
    };
    switch (spec.target) {
    case EndpointTarget::KeyManager:
        return n.kind == NodeKind::IdentityServer || provides(Service::KeyManager);
    case EndpointTarget::TrafficManager:
        return provides(Service::TrafficManager);
    case EndpointTarget::EventHub:
        return provides(Service::EventHub);
    case EndpointTarget::Portals:
        return provides(Service::Portals);
    case EndpointTarget::Gateway:
        return reg.kind(n.kind).runs(Component::Gateway);
    case EndpointTarget::Peer:
        return n.kind == holder.kind && n.id != holder.id;
    case EndpointTarget::Database:
        return reg.traits(n.kind).database;
    }
    return true;
}

QString targetName(EndpointTarget t)
{
    switch (t) {
    case EndpointTarget::KeyManager:
        return ReviewTr::tr("a key manager");
    case EndpointTarget::TrafficManager:
        return ReviewTr::tr("a traffic manager");
    case EndpointTarget::EventHub:
        return ReviewTr::tr("an event hub (a control plane)");
    case EndpointTarget::Portals:
        return ReviewTr::tr("a control plane");
    case EndpointTarget::Gateway:
        return ReviewTr::tr("a gateway");
    case EndpointTarget::Peer:
        return ReviewTr::tr("another node of its own cluster");
    case EndpointTarget::Database:
        return ReviewTr::tr("a database");
    }
    return QString();
}

// What other rules own: a gateway's throttle lists naming a balancer (throttle-endpoints), the
// event duplication of control planes behind a balancer, all of it (event-hub-ha).
enum class Owned { Nothing, ListShape, Everything };

Owned ownedElsewhere(const Context &c, const NodeConfig &nc, const endpoints::Use &u)
{
    const QLatin1String key(u.spec->key);
    if (key == QLatin1String(tomlkey::EventDuplicateUrl) && nc.node->kind == NodeKind::ControlPlane &&
        c.balancerOf.contains(nc.node->id))
        return Owned::Everything;
    if (nc.node->kind == NodeKind::Gateway && (key == QLatin1String(tomlkey::ThrottleDecisionEndpoints) ||
                                               key == QLatin1String(tomlkey::TrafficManagerUrls) ||
                                               key == QLatin1String(tomlkey::TrafficManagerAuthUrls)))
        return Owned::ListShape;
    return Owned::Nothing;
}

// A reverse proxy's ports: a URL on 80 or 443 reaches the node through one, so its port says
// nothing about the node's offset.
bool proxied(int port)
{
    return port == 80 || port == 443;
}

class Wiring
{
public:
    explicit Wiring(Context &c)
        : m_c(c), m_version(ApimVersion::parse(c.design.settings.apimVersion)), m_machine(loopbackMachine(c))
    {}

    void run()
    {
        m_c.forNodes(Segment::ReviewWiring, [&](const NodeConfig &nc) {
            m_referenced.clear();
            m_placeholderTargets.clear();
            m_envSelfRun = false;
            for (const endpoints::Use &u : nc.uses) {
                const bool wasRun = m_envSelfRun;
                m_selfReported = false;
                if (u.spec)
                    check(nc, u);
                // The URLs of one gateway environment at localhost are one mistake, said once.
                m_envSelfRun = u.environment && (m_selfReported || (wasRun && m_selfFolded));
                m_selfFolded = false;
            }
            if (nc.node->kind == NodeKind::Gateway)
                checkKeyManager(nc);
            checkRequired(nc);
            checkHaPeers(nc);
            m_c.memo.referenced.set(nc.node->id, m_referenced.values());
            m_c.memo.placeholders.set(nc.node->id, m_placeholderTargets.values());
        });
        checkReferenced();
    }

private:
    void check(const NodeConfig &nc, const endpoints::Use &u)
    {
        const Node &self = *nc.node;
        const Target t = endpoints::resolve(m_c.topology, m_c.hosts, self, u.url);
        // Only what checkReferenced() asks about: a balancer of 1,000 gateways is named often.
        for (const Node *n : t.nodes) {
            if (n->id != self.id && (n->kind == NodeKind::TrafficManager || n->kind == NodeKind::KeyManager ||
                                     SchemaRegistry::instance().traits(n->kind).balancer))
                m_referenced.insert(n->id);
        }
        if (t.balancer)
            m_referenced.insert(t.balancer->id);
        const Owned owned = ownedElsewhere(m_c, nc, u);
        if (owned == Owned::Everything)
            return;
        if (t.kind == Target::Placeholder)
            m_placeholderTargets.insert(int(u.spec->target));
        switch (t.kind) {
        case Target::Placeholder:
        case Target::Unknown:   // unknown-host
        case Target::Ambiguous: // port-conflict
            return;
        case Target::Unresolved:
            if (m_c.apimCount() > 1 && u.url.port > 0)
                m_c.add(rule::EndpointNoNode, &nc, u.line,
                        ReviewTr::tr("%1 = %2 points at this machine, but no node here listens on %3.")
                            .arg(u.key, u.text)
                            .arg(u.url.port),
                        ReviewTr::tr("Name the node it must reach (%1) by its host, with its port.")
                            .arg(targetName(u.spec->target)));
            return;
        case Target::Self:
            if (serves(self, *u.spec, self, m_version) && u.spec->target != EndpointTarget::Peer)
                return;
            // On localhost, a co-located node that serves it was meant, on the wrong port (its offset
            // left out); the reader's own ports are any API-M port, whatever its kind runs.
            if (const QList<const Node *> meant = servingNeighbours(self, u); !meant.isEmpty())
                checkPort(nc, u, meant);
            else if (isAdvertised(u))
                return; // localhost shown to consumers: localhost-advertised's
            else if (u.environment && m_envSelfRun)
                m_selfFolded = true;
            else {
                m_selfReported = true;
                m_c.add(rule::EndpointSelf, &nc, u.line,
                        ReviewTr::tr("%1 = %2 points at %3 itself, which is not %4.")
                            .arg(u.key, u.text, self.name(), targetName(u.spec->target)),
                        ReviewTr::tr("Point it at %1 of the design.").arg(targetName(u.spec->target)));
            }
            return;
        case Target::Balancer:
            if (u.spec->list && owned == Owned::Nothing)
                m_c.add(rule::EndpointHaList, &nc, u.line,
                        ReviewTr::tr("%1 names the load balancer %2: each node of the list must be named "
                                     "directly, or events reach one of them only.")
                            .arg(u.key, t.balancer->name()),
                        ReviewTr::tr("List each of its nodes instead."));
            checkKind(nc, u, t.nodes);
            return;
        case Target::Nodes:
            if (checkKind(nc, u, t.nodes))
                checkPort(nc, u, t.nodes);
            return;
        }
    }

    QList<const Node *> servingNeighbours(const Node &self, const endpoints::Use &u) const
    {
        QList<const Node *> out;
        if (!endpoints::isLoopback(u.url.host))
            return out;
        // Only nodes on the reader's machine (reviewmachine.h): a template that leaves its hostname
        // out runs on a machine of its own, which also calls itself localhost.
        if (!m_machine.contains(self.id))
            return out;
        for (const Node *n : m_c.hosts.loopbackNodes()) {
            if (n->id != self.id && m_machine.contains(n->id) && serves(*n, *u.spec, self, m_version))
                out.append(n);
        }
        return out;
    }

    // False when the target is of the wrong kind (reported).
    bool checkKind(const NodeConfig &nc, const endpoints::Use &u, const QList<const Node *> &targets)
    {
        if (targets.isEmpty())
            return true;
        for (const Node *n : targets) {
            if (serves(*n, *u.spec, *nc.node, m_version))
                return true;
        }
        QStringList names;
        for (const Node *n : targets)
            names.append(n->name());
        m_c.add(rule::EndpointTargetKind, &nc, u.line,
                ReviewTr::tr("%1 = %2 reaches %3, which is not %4 in API-M %5.")
                    .arg(u.key, u.text, names.join(QLatin1String(", ")), targetName(u.spec->target),
                         m_version.toString()),
                ReviewTr::tr("Point it at %1 of the design.").arg(targetName(u.spec->target)));
        return false;
    }

    // The URL's port must be the listener's at the target's offset; on a host several nodes share,
    // one of theirs ("tm-2 listens on 5675; 5677 is nobody").
    void checkPort(const NodeConfig &nc, const endpoints::Use &u, const QList<const Node *> &targets)
    {
        if (!u.spec->hasListener || u.url.port <= 0 || proxied(u.url.port))
            return;
        const int base = ports::base(u.spec->listener);
        QStringList listening;
        for (const Node *n : targets) {
            if (base + n->offset() == u.url.port)
                return;
            listening.append(ReviewTr::tr("%1 listens on %2 (offset %3)")
                                 .arg(n->name())
                                 .arg(base + n->offset())
                                 .arg(n->offset()));
        }
        m_c.add(rule::EndpointPort, &nc, u.line,
                ReviewTr::tr("%1 = %2: %3; %4 is nobody.")
                    .arg(u.key, u.text, listening.join(QLatin1String(", ")))
                    .arg(u.url.port),
                targets.size() == 1 ? ReviewTr::tr("Use port %1, or correct %2's offset.")
                                          .arg(base + targets.first()->offset())
                                          .arg(targets.first()->name())
                                    : ReviewTr::tr("Use the port of the node it must reach."));
        // When several nodes reach the target on the same port, its offset is the likelier
        // mistake: which one to correct is no longer mechanical.
        if (targets.size() == 1 && nc.file && portVotes().value({targets.first()->id, u.url.port}) < 2)
            addPortFix(nc, u, base + targets.first()->offset());
    }

    // How many nodes reach each node on each port, counted once, when a port is first wrong.
    const QHash<QPair<NodeId, int>, int> &portVotes()
    {
        if (m_votesCounted)
            return m_portVotes;
        m_votesCounted = true;
        for (const NodeConfig &nc : m_c.nodes) {
            QSet<QPair<NodeId, int>> seen;
            for (const endpoints::Use &u : nc.uses) {
                if (!u.spec || !u.spec->hasListener || u.url.port <= 0)
                    continue;
                const Target t = endpoints::resolve(m_c.topology, m_c.hosts, *nc.node, u.url);
                if (t.kind == Target::Nodes && t.nodes.size() == 1)
                    seen.insert({t.nodes.first()->id, u.url.port});
            }
            for (const auto &key : seen)
                ++m_portVotes[key];
        }
        return m_portVotes;
    }

    // On a file: its URL rewritten with the port the one target listens on.
    void addPortFix(const NodeConfig &nc, const endpoints::Use &u, int port)
    {
        FixStep step;
        const QString url = urlWithPort(u.text, port);
        if (!url.isEmpty() && replaceStringStep(*nc.file, u.line, u.column, {url}, &step))
            m_c.addFix({ReviewTr::tr("Set the port to %1").arg(port), {step}});
    }

    void checkKeyManager(const NodeConfig &nc)
    {
        // A designed gateway without a key manager is linked to no control plane: validation's
        // gateway-without-control-plane says so, once.
        if (m_c.apimCount() < 2 || !nc.file)
            return;
        // Credentials may be left out: the seed's gateways fall back to the super admin's.
        if (nc.config.findPath(tomlkey::path(tomlkey::KeyManager)))
            checkKeyManagerCredentials(nc);
        else
            m_c.add(rule::GatewayKeyManager, &nc, 0,
                    ReviewTr::tr("%1 has no [apim.key_manager]: it validates tokens against a key manager on "
                                 "localhost, which a gateway does not run.")
                        .arg(nc.node->name()),
                    ReviewTr::tr("Add [apim.key_manager] with the service_url, username and password of the "
                                 "key manager (or the control plane)."));
    }

    // Without username and password in [apim.key_manager] a gateway calls the key manager as its
    // own super admin, which must then be the key manager's too.
    void checkKeyManagerCredentials(const NodeConfig &nc)
    {
        const QStringList km = tomlkey::path(tomlkey::KeyManager);
        const QString user = QStringLiteral("username"), password = QStringLiteral("password");
        const TomlTable &t = nc.config;
        if (t.findPath(km + QStringList{user}) && t.findPath(km + QStringList{password}))
            return;
        const QString admin = QStringLiteral("admin");
        const QStringList own{stringAt(t, km + QStringList{user},
                                       stringAt(t, tomlkey::path(tomlkey::SuperAdminUsername), admin)),
                              stringAt(t, km + QStringList{password},
                                       stringAt(t, tomlkey::path(tomlkey::SuperAdminPassword), admin))};
        const QString url = stringAt(t, tomlkey::path(tomlkey::KeyManagerServiceUrl));
        const Target target = endpoints::resolve(m_c.topology, m_c.hosts, *nc.node, endpoints::parseUrl(url));
        if (target.kind != Target::Nodes && target.kind != Target::Balancer)
            return;
        for (const Node *n : target.nodes) {
            const NodeConfig *other = m_c.configOf(n->id);
            if (!other || n->id == nc.node->id)
                continue;
            const QStringList theirs{
                stringAt(other->config, tomlkey::path(tomlkey::SuperAdminUsername), admin),
                stringAt(other->config, tomlkey::path(tomlkey::SuperAdminPassword), admin)};
            // A secret or a reference may resolve to the same value: only plain values compare.
            const bool plain = !(own + theirs).join(QString()).contains(QLatin1Char('$'));
            if (!plain || own == theirs)
                continue;
            m_c.add(rule::GatewayKeyManager, &nc, lineAt(t, km),
                    ReviewTr::tr("[apim.key_manager] of %1 sets no username and password, so %1 calls %2 as "
                                 "its own super admin \"%3\", whose credentials %2 does not have: token "
                                 "validation fails.")
                        .arg(nc.node->name(), n->name(), own.first()),
                    ReviewTr::tr("Set username and password in [apim.key_manager] to an admin user of %1.")
                        .arg(n->name()));
            return;
        }
    }

    // An HA list (event listening and publishing, throttle duplication and groups) that names some
    // nodes of a cluster must name all of them, or the missing one's events never arrive.
    void checkHaPeers(const NodeConfig &nc)
    {
        const bool gateway = nc.node->kind == NodeKind::Gateway;
        for (const char *key :
             {tomlkey::EventListeningEndpoints, tomlkey::PublishUrls, tomlkey::ThrottlingDuplicateUrl,
              tomlkey::ThrottleDecisionEndpoints, tomlkey::TrafficManagerUrls}) {
            // A gateway's throttle lists are throttle-endpoints'.
            if (gateway && (QLatin1String(key) == QLatin1String(tomlkey::ThrottleDecisionEndpoints) ||
                            QLatin1String(key) == QLatin1String(tomlkey::TrafficManagerUrls)))
                continue;
            QList<const Node *> named;
            int line = 0;
            bool placeholder = false;
            const endpoints::Use *last = nullptr;
            for (const endpoints::Use &u : nc.uses) {
                if (!u.spec || std::strcmp(u.spec->key, key) != 0)
                    continue;
                line = line ? line : u.line;
                last = &u;
                const Target t = endpoints::resolve(m_c.topology, m_c.hosts, *nc.node, u.url);
                placeholder = placeholder || t.kind == Target::Placeholder || t.kind == Target::Unknown;
                if (t.kind == Target::Nodes || t.kind == Target::Ambiguous)
                    named += t.nodes;
                // Throttle events go to every node's receivers, this one's too (an all-in-one pair).
                else if (t.kind == Target::Self &&
                         QLatin1String(key) == QLatin1String(tomlkey::TrafficManagerUrls))
                    named.append(nc.node);
            }
            // The traffic managers duplicate to their own cluster; the others follow the named nodes'.
            const bool peers = QLatin1String(key) == QLatin1String(tomlkey::ThrottlingDuplicateUrl);
            if (!line || placeholder || (!peers && named.isEmpty()))
                continue;
            QList<const Node *> expected;
            for (const Node *n : peers ? QList<const Node *>{nc.node} : named) {
                for (const Node *member : m_c.clusterOf(*n)) {
                    if (member->kind == n->kind && member->id != nc.node->id && !expected.contains(member))
                        expected.append(member);
                }
            }
            QStringList missing;
            QList<const Node *> missingNodes;
            for (const Node *n : expected) {
                if (!named.contains(n)) {
                    missing.append(n->name());
                    missingNodes.append(n);
                }
            }
            if (missing.isEmpty())
                continue;
            m_c.add(rule::EndpointHaList, Severity::Warning, &nc, line,
                    ReviewTr::tr("%1 of %2 misses %3, though it names other nodes of that cluster: %2 "
                                 "exchanges no events with %3, and none at all when the others stop.")
                        .arg(QLatin1String(key), nc.node->name(), missing.join(QLatin1String(", "))),
                    ReviewTr::tr("Add an entry for %1.").arg(missing.join(QLatin1String(", "))));
            // A url group is one table per node; the flat lists take the missing nodes in place.
            if (QLatin1String(key) == QLatin1String(tomlkey::EventListeningEndpoints) ||
                QLatin1String(key) == QLatin1String(tomlkey::ThrottlingDuplicateUrl))
                addPeersFix(nc, *last, missingNodes);
        }
    }

    // On a file: `missing` added after the list's last entry, at their ports for its listener.
    void addPeersFix(const NodeConfig &nc, const endpoints::Use &last, const QList<const Node *> &missing)
    {
        if (!nc.file || !last.spec->hasListener)
            return;
        QStringList urls;
        for (const Node *n : missing) {
            urls.append(
                urlWithHostPort(last.text, hostOf(*n), ports::base(last.spec->listener) + n->offset()));
            if (urls.last().isEmpty())
                return;
        }
        FixStep step;
        if (appendAfterStep(*nc.file, last.line, last.column, urls, &step)) {
            QStringList names;
            for (const Node *n : missing)
                names.append(n->name());
            m_c.addFix({ReviewTr::tr("Add %1 to %2")
                            .arg(names.join(QLatin1String(", ")), QLatin1String(last.spec->key)),
                        {step}});
        }
    }

    // The tables an imported node's role needs to reach the rest of the set, said once per node:
    // [apim.event_hub] where another node holds the event hub, [apim.key_manager] on a node with
    // the portals where the set has a separate key manager (its resident one is used otherwise).
    void checkRequired(const NodeConfig &nc)
    {
        if (m_c.apimCount() < 2 || !nc.file)
            return;
        const Node &self = *nc.node;
        QStringList missing;
        QList<const Node *> reach;
        // Event hub: 4.x only; a gateway whose throttle decisions come from the event hub's node
        // gets the events over that connection (the seed's gateway and control plane).
        const EndpointSpec *hub = endpointregistry::find(tomlkey::EventHubServiceUrl);
        if (!m_c.legacy() && applies(*hub, self) && !serves(self, *hub, self, m_version) &&
            !nc.config.findPath(tomlkey::path(tomlkey::EventHub))) {
            const QList<const Node *> hubs = providers(*hub, self, false);
            if (!hubs.isEmpty() && !decisionsCarryEvents(nc, *hub)) {
                missing.append(QStringLiteral("[apim.event_hub]"));
                reach += hubs;
            }
        }
        const EndpointSpec *km = endpointregistry::find(tomlkey::KeyManagerServiceUrl);
        const EndpointSpec *portals = endpointregistry::find(tomlkey::DevportalUrl);
        if (applies(*km, self) && serves(self, *portals, self, m_version) &&
            !nc.config.findPath(tomlkey::path(tomlkey::KeyManager))) {
            const QList<const Node *> kms = providers(*km, self, true);
            if (!kms.isEmpty()) {
                missing.append(QStringLiteral("[apim.key_manager]"));
                reach += kms;
            }
        }
        if (missing.isEmpty())
            return;
        if (self.kind == NodeKind::Gateway && !nc.config.findPath(tomlkey::path(tomlkey::Throttling)))
            missing.append(QStringLiteral("[apim.throttling]"));
        QStringList names;
        for (const Node *n : reach) {
            if (!names.contains(n->name()))
                names.append(n->name());
        }
        m_c.add(rule::MissingEndpoint, &nc, 0,
                ReviewTr::tr("%1 has no %2: it does not reach %3, which the set has for that.")
                    .arg(self.name(), missing.join(ReviewTr::tr(" and ")), names.join(QLatin1String(", "))),
                ReviewTr::tr("Add %1 with service_url (and, for the event hub, event_listening_endpoints) "
                             "naming %2.")
                    .arg(missing.join(ReviewTr::tr(" and ")), names.join(QLatin1String(", "))));
    }

    bool applies(const EndpointSpec &spec, const Node &holder) const
    {
        return endpointregistry::appliesTo(spec, holder.kind,
                                           endpointregistry::versionCode(m_version.major, m_version.minor));
    }

    // The other nodes that serve `spec`'s target; `separate`: only those without the portals, whose
    // own resident service a control plane would use otherwise.
    QList<const Node *> providers(const EndpointSpec &spec, const Node &holder, bool separate) const
    {
        // Which nodes serve depends on the holder only through its kind (Peer) and its id, so the
        // set is scanned once per (spec, separate, kind) and the holder left out of the list.
        const ProviderKey key{&spec, separate, int(holder.kind)};
        auto it = m_providers.constFind(key);
        if (it == m_providers.constEnd()) {
            const EndpointSpec *portals = endpointregistry::find(tomlkey::DevportalUrl);
            QList<const Node *> all;
            for (const Node &n : m_c.topology.nodes()) {
                // Of the nodes that run no API-M, only an Identity Server serves (as key manager).
                const bool candidate =
                    SchemaRegistry::instance().kind(n.kind).apimNode || n.kind == NodeKind::IdentityServer;
                if (!candidate)
                    continue;
                // For another holder of this kind, the holder itself is a peer like any other node.
                const bool serving = n.id == holder.id && spec.target == EndpointTarget::Peer
                                         ? true
                                         : serves(n, spec, holder, m_version);
                if (!serving || (separate && serves(n, *portals, holder, m_version)))
                    continue;
                all.append(&n);
            }
            it = m_providers.insert(key, all);
        }
        QList<const Node *> out;
        for (const Node *n : *it) {
            if (n->id != holder.id)
                out.append(n);
        }
        return out;
    }

    // Whether a gateway's throttle decisions come from the nodes that hold the event hub: every
    // node a decision endpoint may reach (several on a shared localhost) must hold it, and a host
    // that is no node is none of them. When the endpoints are placeholders, whether the set has no
    // traffic manager of its own.
    bool decisionsCarryEvents(const NodeConfig &nc, const EndpointSpec &hub) const
    {
        if (nc.node->kind != NodeKind::Gateway || !nc.config.findPath(tomlkey::path(tomlkey::Throttling)))
            return false;
        bool resolved = false, placeholders = false;
        for (const endpoints::Use &u : nc.uses) {
            if (u.key != QLatin1String(tomlkey::ThrottleDecisionEndpoints))
                continue;
            const Target t = endpoints::resolve(m_c.topology, m_c.hosts, *nc.node, u.url);
            if (t.kind == Target::Placeholder) {
                placeholders = true;
                continue;
            }
            if (t.kind == Target::Unknown || t.kind == Target::Unresolved || t.kind == Target::Self)
                return false;
            for (const Node *n : t.nodes) {
                if (n->id == nc.node->id || !serves(*n, hub, *nc.node, m_version))
                    return false;
                resolved = true;
            }
        }
        if (resolved || !placeholders)
            return resolved;
        const EndpointSpec *tm = endpointregistry::find(tomlkey::ThrottleDecisionEndpoints);
        for (const Node *n : providers(*tm, *nc.node, false)) {
            if (!serves(*n, hub, *nc.node, m_version))
                return false;
        }
        return true;
    }

    // A traffic manager or key manager no other node's endpoint reaches does nothing.
    void checkReferenced()
    {
        if (m_c.apimCount() < 2)
            return;
        for (const NodeConfig &nc : m_c.nodes) {
            const NodeKind k = nc.node->kind;
            if (k != NodeKind::TrafficManager && k != NodeKind::KeyManager)
                continue;
            const Node *lb = m_c.balancerOf.value(nc.node->id);
            // A placeholder (a template's "{{ tm_host }}") may name it.
            const EndpointTarget target =
                k == NodeKind::TrafficManager ? EndpointTarget::TrafficManager : EndpointTarget::KeyManager;
            const FindingMemo &m = m_c.memo;
            if (m.referenced.has(nc.node->id) || (lb && m.referenced.has(lb->id)) ||
                m.placeholders.has(int(target)))
                continue;
            m_c.add(
                rule::EndpointUnreferenced, &nc, 0,
                ReviewTr::tr("No node's endpoint reaches %1: it is a %2 nobody uses.")
                    .arg(nc.node->name(),
                         SchemaRegistry::label(SchemaRegistry::instance().kind(k)).toLower()),
                k == NodeKind::TrafficManager
                    ? ReviewTr::tr("Name it in the gateways' throttle_decision_endpoints and url groups, "
                                   "or remove it.")
                    : ReviewTr::tr("Name it in the gateways' [apim.key_manager] service_url, or remove it."));
        }
    }

    Context &m_c;
    ApimVersion m_version;
    QSet<NodeId> m_machine;                     // the loopback nodes on one machine (reviewmachine.h)
    QSet<NodeId> m_referenced;                  // by the node running, counted in FindingMemo::referenced
    QSet<int> m_placeholderTargets;             // EndpointTarget of endpoints whose host is a placeholder
    QHash<QPair<NodeId, int>, int> m_portVotes; // (target, port) -> nodes whose URLs use it
    struct ProviderKey
    {
        const EndpointSpec *spec;
        bool separate;
        int holderKind;
        bool operator==(const ProviderKey &o) const
        {
            return spec == o.spec && separate == o.separate && holderKind == o.holderKind;
        }
        friend size_t qHash(const ProviderKey &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.spec, k.separate, k.holderKind);
        }
    };
    mutable QHash<ProviderKey, QList<const Node *>> m_providers; // providers(), the holder left in
    bool m_votesCounted = false;
    bool m_envSelfRun = false;   // the previous use was an environment URL at this node itself
    bool m_selfReported = false; // this use got an endpoint-self finding
    bool m_selfFolded = false;   // this use was folded into the previous one's finding
};

} // namespace

void checkWiring(Context &c)
{
    Wiring(c).run();
}

} // namespace apim::review
