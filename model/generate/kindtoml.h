// Each generated kind's own part of deployment.toml, one file per kind
// (gatewaytoml.cpp, controlplanetoml.cpp, ...). deploymentToml() writes the
// parts every kind shares and then calls the kind's writer.
#pragma once

#include "design.h"
#include "tomldocument.h"

namespace apim::tomlgen {

void writeGateway(TomlTable &root, const Design &design, const Node &gateway);
void writeControlPlane(TomlTable &root, const Design &design, const Node &controlPlane);
void writeTrafficManager(TomlTable &root, const Design &design, const Node &trafficManager);
void writeKeyManager(TomlTable &root, const Design &design, const Node &keyManager);
void writeAllInOne(TomlTable &root, const Design &design, const Node &allInOne);
// WSO2 Identity Server 7 as key manager: its whole file, it is not an API-M node.
void writeIdentityServer(TomlTable &root, const Design &design, const Node &identityServer);

// The gateways' [apim.analytics] (DesignSettings::analytics), for the design's version; the
// all-in-one node, which runs a gateway, writes it too.
void writeAnalytics(TomlTable &root, const Design &design);

// Parts of the control plane's writer (controlplanetoml.cpp) that the all-in-one
// writer shares: both publish gateway environments and run an event hub.
void writeEnvironmentUrls(TomlTable &e, const Topology &t, const Node &gw);
void writeEnvironments(TomlTable &root, const Design &design, const Node &cp);
void writeEventHub(TomlTable &root, const Node &cp, const QList<const Node *> &peers, const QString &base);

} // namespace apim::tomlgen
