// A traffic manager's own part of deployment.toml (facts sheet §1.3 and §2.1, the
// same keys for 4.1-4.4 profile nodes and 4.5+ distributions): its key manager, the
// event hub it listens to, its HA peers and, from 4.6, the counters it shares.
#include "generatorutil.h"
#include "kindtoml.h"
#include "throttlingtoml.h"
#include "tomlcommon.h"
#include "tomlkeys.h"

namespace apim::tomlgen {

namespace {

// A traffic manager linked to a control plane and to a separate key manager gets both
// as key manager providers; the separate one (it serves no portals) is the key manager.
void writeKeyManagerLink(TomlTable &root, const Topology &t, const Node &tm, const ApimVersion &version)
{
    const QList<const Node *> providers = genutil::providers(t, tm, Service::KeyManager, version);
    if (providers.isEmpty())
        return;
    const Node *chosen = providers.first();
    for (const Node *n : providers) {
        const KindRelease *r = SchemaRegistry::instance().release(n->kind, version);
        if (r && !r->provides(Service::Portals)) {
            chosen = n;
            break;
        }
    }
    TomlTable &km = root.tableAt(tomlkey::path(tomlkey::KeyManager));
    km.set(tomlkey::leaf(tomlkey::KeyManagerServiceUrl),
           managementBase(t, *chosen) + QLatin1String("/services/"));
    km.set(QStringLiteral("username"), RefAdminUser);
    km.set(QStringLiteral("password"), RefAdminPassword);
    // The component traffic manager revokes tokens at its key manager (helm-apim 4.5-4.7).
    if (!version.profileBased())
        root.tableAt(tomlkey::parent(tomlkey::RevokeEndpoint))
            .set(tomlkey::leaf(tomlkey::RevokeEndpoint),
                 managementBase(t, *chosen) + QLatin1String("/oauth2/revoke"));
}

// HA traffic managers copy each throttle event to the others and take their own
// decisions from themselves; a single one needs neither key.
void writePeers(TomlTable &root, const Topology &t, const Node &tm)
{
    QList<const Node *> peers;
    for (const Node *member : t.clusterOf(tm.id)) {
        if (member->kind == tm.kind && member->id != tm.id)
            peers.append(member);
    }
    if (!t.balancerOf(tm.id) || peers.isEmpty())
        return;
    TomlTable &throttling = root.tableAt(tomlkey::path(tomlkey::Throttling));
    QStringList duplicates;
    for (const Node *peer : peers)
        duplicates.append(tcp(*peer, AmqpPort));
    throttling.set(tomlkey::leaf(tomlkey::ThrottlingDuplicateUrl), TomlValue(duplicates));
    throttling.set(tomlkey::leaf(tomlkey::ThrottleDecisionEndpoints),
                   TomlValue(QStringList{QStringLiteral("tcp://localhost:%1").arg(AmqpPort + tm.offset())}));
}

} // namespace

void writeTrafficManager(TomlTable &root, const Design &design, const Node &tm)
{
    const Topology &t = design.topology;
    const ApimVersion version = ApimVersion::parse(design.settings.apimVersion);
    writeKeyManagerLink(root, t, tm, version);
    writePeers(root, t, tm);
    // The traffic manager learns of new policies from the event hub and pulls their
    // execution plans from the hub's service URL.
    writeEventHubSubscription(root, t, genutil::providers(t, tm, Service::EventHub, version));
    if (const Node *store = keyValueStoreOf(t, tm, version))
        writeDistributedThrottling(root, *store);
}

} // namespace apim::tomlgen
