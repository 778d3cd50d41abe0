// The URLs, endpoints and database hosts of a deployment.toml, and which node
// of a design each one names. Shared by the importer (to infer links and load
// balancers) and the review rules (unknown-host, throttle-endpoints, ...).
#pragma once

#include "endpointregistry.h"
#include "tomldocument.h"
#include "topology.h"

#include <QHash>
#include <QList>
#include <QString>

namespace apim::endpoints {

// What a URL is used for; decides the default port it should carry.
enum class Purpose {
    Management,     // https://host:9443/services/, notify, devportal
    Amqp,           // tcp://host:5672: throttle decisions, event hub listening/duplication
    BinaryTcp,      // tcp://host:9611
    BinarySsl,      // ssl://host:9711
    GatewayTraffic, // gateway environment endpoints: http(s), ws(s), websub
};

// The port API-M listens on for a purpose at offset 0 (-1 when it varies).
int basePort(Purpose purpose);

struct Url
{
    QString scheme;               // lower case: https, tcp, ssl, ws
    QString host;                 // lower case, as written
    int port = -1;                // -1: none written
    bool portPlaceholder = false; // ${mgt.transport.https.port} and the like
    bool valid = false;
};
Url parseUrl(const QString &text);

// localhost, 127.x.x.x, 0.0.0.0, ::1.
bool isLoopback(const QString &host);
// ${...}, $env{...}, $ref{...}, {{ ... }}, [page-placeholder], <sed-placeholder> or empty.
bool isPlaceholder(const QString &host);
// A host that names a machine: neither a placeholder nor loopback.
bool isRealHost(const QString &host);

// The first DNS label of a service host without the suffixes container
// platforms add: "wso2apim-km-internal.wso2.svc" and "wso2apim-km-service" give
// "wso2apim-km"; Helm's "<release>-<chart>-1-service" gives "<release>-<chart>".
QString serviceStem(const QString &host);

// One URL-valued entry of a deployment.toml.
struct Use
{
    QString key; // catalogue-style, for messages: apim.throttling.url_group[].traffic_manager_urls
    Purpose purpose = Purpose::Management;
    bool environment =
        false;    // under [[apim.gateway.environment]]: names the gateway, not a server of this node
    QString text; // the value
    Url url;
    int line = 0;
    int column = 0;
    const EndpointSpec *spec = nullptr; // its row of the endpoint registry (endpointregistry.h)
};
// Every endpoint the topology rules read, in file order.
QList<Use> collect(const TomlTable &config);

// One [database.<id>] entry.
struct Database
{
    QString id;   // apim_db, shared_db, ...
    QString type; // as the designer names it: mysql, postgre, mssql, oracle, db2, mariadb, h2
    QString host; // lower case; empty when embedded or unknown
    int port = -1;
    QString name;
    QString service; // Oracle: the SID or service name of the URL, else the `sid` key
    QString user;
    QString password;
    bool embedded = false; // H2
    bool fromUrl = false;  // the host came from `url`
    int line = 0;          // of `url`, else `hostname`, else the table
    int column = 0;
};
QList<Database> databases(const TomlTable &config);
// Maps a JDBC sub-protocol or a type key onto the designer's type names.
QString databaseType(const QString &jdbcOrType);

// Which nodes a design knows by which host: node names, hostnames and IPs, and
// load balancers' public hostnames. Built once per design, O(nodes).
class HostIndex
{
public:
    explicit HostIndex(const Topology &topology);
    QList<const Node *> lookup(const QString &host) const;
    const QList<const Node *> &loopbackNodes() const { return m_loopback; }

private:
    const Topology *m_topology;
    QHash<QString, QList<NodeId>> m_byHost;
    QHash<QString, QList<NodeId>> m_byStem;    // serviceStem() of names and hostnames
    QHash<QString, QList<NodeId>> m_byRelease; // helm-apim fullname of names and hostnames (servicenames.h)
    QList<const Node *> m_loopback;            // API-M nodes whose own hostname is loopback or unset
};

// What a URL in `from`'s file points at.
struct Target
{
    enum Kind {
        Placeholder, // the host is a template placeholder
        Unresolved,  // loopback, but no node of the design listens on that port
        Ambiguous,   // loopback, and several co-located nodes listen on that port (`nodes`): a port conflict
        Self,
        Nodes,    // named nodes directly
        Balancer, // a load balancer; `nodes` are its members
        Unknown,  // a real host the design does not know
    };
    Kind kind = Unknown;
    const Node *balancer = nullptr;
    QList<const Node *> nodes;
};
Target resolve(const Topology &topology, const HostIndex &index, const Node &from, const Url &url);
Target resolveDatabase(const HostIndex &index, const QString &host);

// Whether an API-M node at `offset` listens on `port`.
bool listensOn(int offset, int port);

} // namespace apim::endpoints
