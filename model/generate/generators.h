// Generators: pure functions from a design to files. No I/O, no clock, so the
// GUI preview, the CLI and the tests get the same bytes for the same design.
#pragma once

#include "bundlefile.h"
#include "design.h"
#include "tomldocument.h"

namespace apim {

// ---- per API-M node (gateway, control plane)
// The deployment.toml tree for an API-M node (unmanaged imported keys merged in).
TomlTable deploymentToml(const Design &design, const Node &node);
QByteArray deploymentTomlText(const Design &design, const Node &node);
// /etc/hosts lines the node needs to reach every host its files name.
QByteArray nodeHostsFile(const Design &design, const Node &node);
// start.sh and start.bat (the seed's step 7 with the right profile or distribution script).
QByteArray startScriptUnix(const Design &design, const Node &node);
QByteArray startScriptWindows(const Design &design, const Node &node);
// wso2am-<node>.service: runs start.sh from serviceHome() as the design's service user
// (DesignSettings::service), Restart=on-failure, stopped with API-M's stop verb.
QByteArray systemdUnit(const Design &design, const Node &node); // empty without hasServiceUnit()
// Whether the node gets a unit: it has a start command of its own (genutil::startCommand).
bool hasServiceUnit(const Design &design, const Node &node);
QString serviceUnitName(const Node &node);
// The node's API-M home on its machine: the service root plus the node's folder name,
// so that two nodes on one machine never share a home.
QString serviceHome(const Design &design, const Node &node);
// "-Xms<heap>m -Xmx<heap>m" from the node's JVM heap field; "" when it has none.
QString jvmMemoryOptions(const Node &node);

// ---- load balancer and database nodes
QByteArray nginxConfig(const Design &design, const Node &balancer);
QByteArray databaseScript(const Design &design, const Node &database);

// ---- certificates (DesignSettings::certificates generated())
// certs/make-certs.sh: a CA (or the user's), a key and certificate per API-M node and load
// balancer, the keystores and truststore every deployment.toml names.
QByteArray certificateScript(const Design &design);
// certs/passwords.env: the keystore and truststore passwords the script falls back on.
QByteArray certificatePasswords(const Design &design);

// ---- whole bundle
// Every hosts entry of the design.
QByteArray designHostsFile(const Design &design);
// The bundle's README.md: node table, start order, what to copy where.
QByteArray bundleReadme(const Design &design);

// The files of one node, with paths relative to its folder `nodes/<name>/`.
BundleFiles nodeFiles(const Design &design, const Node &node);
// The whole bundle, every path under one top-level folder named after the design, sorted.
// `finish` (optional) is applied to each file right after its node's files are generated.
BundleFiles generateBundle(const Design &design, const BundleFinisher &finish = {});
// The bundle's top-level folder name: the design name, sanitised.
QString bundleFolderName(const Design &design);

} // namespace apim
