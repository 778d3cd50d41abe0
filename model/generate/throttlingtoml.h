// The keys that tie nodes to the event hub and to the traffic managers' shared
// counters, written alike by the gateway, traffic manager and control plane
// writers. Pure functions over the topology.
#pragma once

#include "design.h"
#include "tomldocument.h"

namespace apim::tomlgen {

// [apim.event_hub] of a node that listens to the event hub of `hubs` (the control
// planes): service URL through their load balancer, one listening endpoint per node.
// Writes nothing when `hubs` is empty.
void writeEventHubSubscription(TomlTable &root, const Topology &t, const QList<const Node *> &hubs);

// The nodes `node` throttles through: its separate traffic managers when it links to
// any, else whatever else provides the traffic manager (a control plane up to 4.4, an
// all-in-one node), each cluster expanded.
QList<const Node *> trafficManagersOf(const Topology &t, const Node &node, const ApimVersion &version);

// The key-value store whose counters `node` shares, or nullptr: only from API-M 4.6,
// where distributed throttling exists.
const Node *keyValueStoreOf(const Topology &t, const Node &node, const ApimVersion &version);
// Whether any of the traffic managers shares its counters through a key-value store.
bool sharesCounters(const Topology &t, const QList<const Node *> &trafficManagers,
                    const ApimVersion &version);

// [apim.distributed_throttling] and its keyvalue_store table, towards `store`.
void writeDistributedThrottling(TomlTable &root, const Node &store);

} // namespace apim::tomlgen
