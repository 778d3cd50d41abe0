// The Docker Compose target: the whole design on one machine, with WSO2's images
// (wso2-patterns-and-engines.md §6). Pure, like every generator: the same design
// gives the same bytes. composedesign.cpp turns the design into its container
// form (service names as hosts, no offsets) so that the existing deployment.toml,
// NGINX and SQL generators write the compose files unchanged;
// composegenerator.cpp writes docker-compose.yml and its README.
#pragma once

#include "bundlefile.h"
#include "design.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace apim::compose {

// The image a node runs (§6.1): repository:tag, the server folder inside it,
// the container arguments (≤4.4: -Dprofile=) and environment (PROFILE_NAME).
struct Image
{
    QString reference;  // wso2/wso2am-acp:4.7.0
    QString serverHome; // /home/wso2carbon/wso2am-acp-4.7.0
    QStringList args;
    QList<QPair<QString, QString>> environment;
};

// The design in container form, and what the compose file needs to know about it.
struct Plan
{
    Design design;                // hosts are service names, offsets 0, database ports the images'
    Design frontDesign;           // `design` plus an NGINX front for each public node no balancer fronts
    QHash<NodeId, QString> names; // node id -> service name (API-M, database nodes)
    // node id -> fixed address on the compose network: MySQL grants name client hosts, and the
    // image resolves no names (skip-name-resolve), so each client's address is granted too.
    QHash<NodeId, QString> addresses;
    QString nginxAddress;
    QList<NodeId> balancers;   // in frontDesign, in node order
    QStringList aliases;       // the host names NGINX answers to, sorted
    QList<int> publishedPorts; // what NGINX listens on, sorted
};

// Why the compose target cannot express this design; empty when it can.
QString refusal(const Design &design);
// The container form of a design refusal() accepts.
Plan plan(const Design &design);
// The image of an API-M node in the design's version; empty reference when none exists.
Image image(const Design &design, const Node &node);
// The compose service name of the NGINX service, and the network's name and subnet.
QString nginxService();
QString networkName();
QString subnet();

// compose/README.md: what to provide, how to run, the start order. `steps` as in the YAML.
QByteArray composeReadme(const Plan &plan, const QList<QList<const Node *>> &steps);

// compose/ files, paths relative to the compose folder, sorted. Empty when refused.
BundleFiles composeFiles(const Design &design);

} // namespace apim::compose
