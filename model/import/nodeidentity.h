// Who each imported file is: the host its peers reach it by, its machine and
// its port offset. A WSO2 engineer reads a set this way: the name other files'
// URLs use for a node is its name; failing that its own [server] hostname, then
// its node_ip; a path fragment only when the files say nothing (cleaned into a
// valid host name). Nodes sharing a host with different offsets share a
// machine; an offset a file leaves out but its peers' URLs imply is inferred.
#pragma once

#include "endpoints.h"
#include "rolerecognition.h"

#include <QHash>
#include <QList>
#include <QString>

namespace apim::importid {

// What the identity pass reads of one file and decides for it.
struct Identity
{
    // read
    NodeKind kind = NodeKind::Gateway;
    QString namingPath;
    QString serverHost; // [server] hostname, lower case, as written
    QString ip;         // [server] node_ip when it is an address, lower case
    int offset = -1;    // [server] offset; -1 when the file sets none
    const QList<endpoints::Use> *uses = nullptr;
    // decided
    QString host;            // the host peers use, else serverHost, else ip; empty when none is real
    QString peerName;        // the host other files' URLs use for it, when one resolves to it alone
    int inferredOffset = -1; // the offset peers' URLs imply when the file sets none
    const endpoints::Use *inferredFrom = nullptr; // the URL that implied it
    int inferredBy = -1;                          // index of the identity holding that URL
    // A container service name peers use for this node and others of its kind alike
    // (`<release>-pub-store-tm-service` over instance-1 and instance-2): their balancer.
    QString balancedBy;
};

// A valid host name (RFC 1123 labels: a-z, 0-9, '-', '.') made from any text:
// "nodes__gateway-worker" gives "nodes-gateway-worker". Never empty.
QString cleanHostName(const QString &text);

// The part of a file's path that names its node, cleaned: the folder of a
// deployment.toml (above repository/conf), else the file's stem; "__" in
// flattened paths separates folders, and generic folder names are skipped.
// "nodes__gateway-worker__deployment.toml" gives "gateway-worker".
QString pathFragment(const QString &namingPath);

// Decides host, peerName, inferred offsets and service balancers for every identity.
// Container and Kubernetes service names that name no node as written are resolved by what
// the names and the set share: the tokens of a service name (`wso2am-pattern-2-km-service`)
// against each file's folders and hostname (`confs/am-km/...`), counting only tokens that
// tell the files apart; then Compose names of one project (`stack-apim-1`, `stack-key-1`),
// once one of them is known, by elimination over the kinds each URL must reach.
void identify(QList<Identity> &ids);

} // namespace apim::importid
