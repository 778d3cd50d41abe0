#include "throttlingtoml.h"
#include "generatorutil.h"
#include "tomlcommon.h"
#include "tomlkeys.h"

namespace apim::tomlgen {

void writeEventHubSubscription(TomlTable &root, const Topology &t, const QList<const Node *> &hubs)
{
    if (hubs.isEmpty())
        return;
    TomlTable &hub = root.tableAt(tomlkey::path(tomlkey::EventHub));
    hub.set(QStringLiteral("enable"), true);
    hub.set(QStringLiteral("username"), RefAdminUser);
    hub.set(QStringLiteral("password"), RefAdminPassword);
    // Policy and API events tell the subscriber to fetch over HTTPS, through the balancer ...
    hub.set(tomlkey::leaf(tomlkey::EventHubServiceUrl),
            managementBase(t, *hubs.first()) + QLatin1String("/services/"));
    // ... but each JMS subscription goes to every hub node directly, or it would see only
    // the events of the node the balancer picked.
    QStringList listening;
    for (const Node *n : hubs)
        listening.append(tcp(*n, AmqpPort));
    hub.set(tomlkey::leaf(tomlkey::EventListeningEndpoints), TomlValue(listening));
}

QList<const Node *> trafficManagersOf(const Topology &t, const Node &node, const ApimVersion &version)
{
    const QList<const Node *> all = genutil::providers(t, node, Service::TrafficManager, version);
    // A dedicated traffic manager serves no portals; a 4.1-4.4 control plane linked beside
    // one has its traffic manager idle.
    QList<const Node *> dedicated;
    for (const Node *n : all) {
        const KindRelease *r = SchemaRegistry::instance().release(n->kind, version);
        if (r && !r->provides(Service::Portals))
            dedicated.append(n);
    }
    return dedicated.isEmpty() ? all : dedicated;
}

const Node *keyValueStoreOf(const Topology &t, const Node &node, const ApimVersion &version)
{
    // Distributed throttling came with API-M 4.6.
    if (!version.distributedThrottling())
        return nullptr;
    for (const Node *member : t.clusterOf(node.id)) {
        const QList<const Node *> stores = t.targets(member->id, NodeKind::KeyValueStore);
        if (!stores.isEmpty())
            return stores.first();
    }
    return nullptr;
}

bool sharesCounters(const Topology &t, const QList<const Node *> &trafficManagers, const ApimVersion &version)
{
    for (const Node *tm : trafficManagers) {
        if (keyValueStoreOf(t, *tm, version))
            return true;
    }
    return false;
}

// Key names as the 4.6 api-manager.xml.j2 template reads them (the key list scanned from
// it, shared/reference/wso2-config-keys.tsv): snake_case max_total, max_idle, min_idle,
// as the 4.7 distributed-throttling docs spell them. helm-apim's camelCase maxTotal,
// maxIdle, minIdle are not among them. The pool values are the docs' example.
void writeDistributedThrottling(TomlTable &root, const Node &store)
{
    TomlTable &dt = root.tableAt(tomlkey::path(tomlkey::DistributedThrottling));
    dt.set(QStringLiteral("enable"), true);
    dt.set(QStringLiteral("type"), QStringLiteral("redis")); // Valkey speaks the same protocol
    dt.set(QStringLiteral("sync_interval"), 1);
    dt.set(QStringLiteral("core_pool_size"), 5);

    TomlTable &kv = root.tableAt(tomlkey::path(tomlkey::KeyValueStore));
    kv.set(QStringLiteral("host"), store.hostname());
    kv.set(QStringLiteral("port"), store.value(Field::KvPort).toInt());
    kv.set(QStringLiteral("user"), store.text(Field::KvUser));
    kv.set(QStringLiteral("password"), store.text(Field::KvPassword));
    if (store.value(Field::KvSsl).toBool())
        kv.set(QStringLiteral("ssl"), true);
    kv.set(QStringLiteral("max_total"), 20);
    kv.set(QStringLiteral("max_idle"), 20);
    kv.set(QStringLiteral("min_idle"), 4);
    kv.set(QStringLiteral("block_when_exhausted"), true);
    kv.set(QStringLiteral("test_while_idle"), true);
    kv.set(QStringLiteral("min_evictable_idle_time_millis"), 3000);
    kv.set(QStringLiteral("time_between_eviction_runs_millis"), 1200);
}

} // namespace apim::tomlgen
