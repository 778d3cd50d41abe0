// Small helpers shared by the hosts, start-script, NGINX, SQL and README
// generators. Pure functions; everything in a nested namespace so that the
// names cannot collide with other parts of the model.
#pragma once

#include "design.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace apim::genutil {

struct PortUse
{
    int port = 0;
    QString purpose;
};

// The ports a node listens on, offset applied (ports.h). A load balancer's depend on
// the kind of cluster it fronts; a database's is its configured port.
QList<PortUse> listeningPorts(const Topology &topology, const Node &node);

bool isApimNode(const Node &node);
// Whether a node of this kind names apim_db / shared_db in this version (KindRelease).
bool needsApimDb(NodeKind kind, const ApimVersion &version);
bool needsSharedDb(NodeKind kind, const ApimVersion &version);
// Whether a balanced cluster of this kind carries API traffic (gateway listeners).
bool carriesApiTraffic(NodeKind kind);
// The untranslated English label of a kind, for generated files.
QString kindLabel(NodeKind kind);

// The name clients use for a load balancer: its public hostname, else its hostname.
QString balancerHost(const Node &balancer);
// The base name of a load balancer's certificate and key, /etc/nginx/ssl/<base>.crt and .key:
// its public host, or its node name when that host cannot be written.
QString balancerCertBase(const Node &balancer);
// The host name on which a load balancer in front of API traffic serves the members' admin
// services (/services/): its own hostname when that differs from the public one; empty when
// it has none, and then the balancer does not route /services/ at all.
QString balancerManagementHost(const Node &balancer);

// A value of the node, falling back to the schema default when it is empty.
QString textOrDefault(const Node &node, const QString &key);

// API-M nodes linked to a database, in node order.
QList<const Node *> databaseClients(const Topology &topology, const Node &database);

// The nodes `node` links to that provide `service` in `version`, each linked node
// expanded to every member of its cluster, in node order without repeats. A gateway
// linked to a control plane cluster gets every control plane of it.
// When both a dedicated node (a key manager or traffic manager node) and a node offering
// more services (a control plane) provide it, only the dedicated ones are returned.
QList<const Node *> providers(const Topology &topology, const Node &node, Service service,
                              const ApimVersion &version);
// The other way round: the nodes linking to `node` (or to its cluster) that provide
// `service`, each expanded to its cluster, in node order. A key manager notifies and
// listens to the control planes that use it.
QList<const Node *> clients(const Topology &topology, const Node &node, Service service,
                            const ApimVersion &version);

// How an API-M node is started for a product version.
struct StartCommand
{
    QString script;     // "api-manager" or the 4.5+ distribution script, no extension
    QStringList args;   // e.g. -Dprofile=gateway-worker; empty when none applies
    bool valid = false; // false for nodes that do not run API-M
};
StartCommand startCommand(const Node &node, const ApimVersion &version);

// Text safe inside a one-line comment (quote::comment): control characters become spaces.
QString oneLine(const QString &text);
// Whether a host name or IP may be written where a file expects a host: not
// empty and valid (hostname.h). Every generator asks this before writing one.
bool isPlainToken(const QString &text);

// "text\n" joined, as UTF-8.
QByteArray joinLines(const QStringList &lines);

} // namespace apim::genutil
