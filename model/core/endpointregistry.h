// The inter-node endpoints a deployment.toml can hold, as data: for each key,
// which roles write it in which versions, what the node it names must provide
// and which of that node's listeners (a base port the target's offset shifts)
// it must reach. The importer's endpoint collection (model/import/endpoints.h),
// the import's offset inference and the wiring review rules all read this one
// table, so adding an endpoint is one row.
#pragma once

#include "ports.h"

#include <QList>

namespace apim {

enum class NodeKind;

// What the node an endpoint names must be.
enum class EndpointTarget {
    KeyManager,     // provides Service::KeyManager
    TrafficManager, // provides Service::TrafficManager
    EventHub,       // provides Service::EventHub
    Portals,        // provides Service::Portals (the control plane's notification receiver)
    Gateway,        // a gateway (or an all-in-one): environments name the gateways
    Peer,           // another node of the holder's own cluster (event duplication)
    Database,       // a database server
};

struct EndpointSpec
{
    const char *key; // tomlkey:: constant, "[]" marking arrays of tables
    QList<NodeKind> holders;
    int fromVersion; // major * 100 + minor, both ends included
    int toVersion;
    EndpointTarget target;
    PortId listener;
    bool hasListener; // false for database URLs: the database's own port
    bool environment; // under [[apim.gateway.environment]]: names the gateway, not a server of the holder
    bool list;        // an HA list: names every node of the target cluster directly, never its balancer
    // Whether the holder may name itself is not a column: it may when its own kind provides the
    // target in the version (an all-in-one throttling through its own broker).
};

namespace endpointregistry {
// Every row, in the order the review reports keys.
const QList<EndpointSpec> &all();
// The row of a key; nullptr when the registry does not know it.
const EndpointSpec *find(const char *key);
// The version as the table compares it.
inline int versionCode(int major, int minor)
{
    return major * 100 + minor;
}
bool appliesTo(const EndpointSpec &spec, NodeKind holder, int versionCode);
} // namespace endpointregistry

} // namespace apim
