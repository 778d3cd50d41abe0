// The parts of deployment.toml every API-M kind writes the same way, and the URL
// builders the per-kind writers share. Pure functions; the per-kind writers
// (gatewaytoml.cpp, controlplanetoml.cpp, ...) compose them.
#pragma once

#include "design.h"
#include "ports.h"
#include "tomldocument.h"

namespace apim::tomlgen {

inline const QString RefAdminUser = QStringLiteral("$ref{super_admin.username}");
inline const QString RefAdminPassword = QStringLiteral("$ref{super_admin.password}");
inline const QString AdminUserVar = QStringLiteral("${admin.username}");
inline const QString AdminPasswordVar = QStringLiteral("${admin.password}");

// Default ports (ports.h); every one shifts by the node's offset.
inline const int HttpsMgmtPort = ports::base(PortId::HttpsServlet);
inline const int HttpMgmtPort = ports::base(PortId::HttpServlet);
inline const int PassthroughHttp = ports::base(PortId::PassthroughHttp);
inline const int PassthroughHttps = ports::base(PortId::PassthroughHttps);
inline const int WsPort = ports::base(PortId::Ws);
inline const int WssPort = ports::base(PortId::Wss);
inline const int WebSubHttpPort = ports::base(PortId::WebSubHttp);
inline const int WebSubHttpsPort = ports::base(PortId::WebSubHttps);
inline const int AmqpPort = ports::base(PortId::Amqp);
inline const int BinaryTcpPort = ports::base(PortId::BinaryTcp);
inline const int BinarySslPort = ports::base(PortId::BinarySsl);

// scheme://host[:port], the port left out when it is the scheme's default.
QString hostPort(const QString &scheme, const QString &host, int port, int defaultPort);
// The base URLs a load balancer exposes (https://cp.wso2.com, http://cp.wso2.com).
QString balancerHttpsBase(const Node &lb);
QString balancerHttpBase(const Node &lb);
// https://<management host>[:port] of a balancer in front of API traffic; empty when it
// has no management host of its own (genutil::balancerManagementHost).
QString balancerManagementBase(const Node &lb);
// https://host:port of a node's management port, or its balancer when it has one. Behind a
// balancer of API traffic: the balancer's management host, else the node itself, since the
// public API host never routes the admin services.
QString managementBase(const Topology &t, const Node &node);
// tcp://host:port and ssl://host:port on a node, its offset applied.
QString tcp(const Node &n, int port);
QString ssl(const Node &n, int port);

// [apim.key_manager] service_url for a node: the services URL of the key manager it links
// to (genutil::providers: a key manager node wins over a control plane), its balancer
// when it has one. Empty when nothing linked provides a key manager.
QString keyManagerServices(const Design &design, const Node &node);
// The https:// base of the node a key manager notifies of revoked tokens: the first control
// plane (or all-in-one node) linking to it, its balancer when it has one. Empty when none does.
QString notificationBase(const Design &design, const Node &keyManager);

// Whether a node links to a WSO2 Identity Server acting as its key manager.
bool usesIdentityServer(const Topology &t, const Node &node);

// The token_revocation [[event_listener]] a key manager (the control plane's resident one, a
// key manager node, an Identity Server) notifies `notifyBase`/internal/data/v1/notify with;
// `header` names the sender: "default" for API-M, "WSO2-IS" for an Identity Server.
inline const QString KeyManagerHeaderResident = QStringLiteral("default");
inline const QString KeyManagerHeaderIdentityServer = QStringLiteral("WSO2-IS");
void writeTokenRevocationListener(TomlTable &root, const QString &notifyBase, const QString &header);
// 4.7+: the token-issuing packs (control plane, all-in-one, key manager) ship JWTs issued
// without persisting them; a generated file replaces the shipped one, so it states it again.
void writeJwtTokenType(TomlTable &root, const ApimVersion &version);

// [server], [user_store] and [super_admin].
void writeServer(TomlTable &root, const Design &design, const Node &node, const QString &role);
// [database.apim_db] (when the kind uses it) and [database.shared_db] from the linked database.
void writeDatabase(TomlTable &root, const Design &design, const Node &node);
// [keystore.tls] and [truststore].
void writeStores(TomlTable &root, const DesignSettings &s);
// [transport.*.properties] proxy ports, for a node behind a load balancer.
void writeTransport(TomlTable &root, const Topology &t, const Node &node);
// Every password becomes a $secret{alias} held in [secrets].
void applySecureVault(TomlTable &root);
// The 4.6+ control plane pack ships an active "Default" [[apim.gateway.environment]] at
// localhost; a file imported with it and the user's own "Default" keeps both in its pinned
// keys. The generated file drops such a localhost entry when a same-named entry elsewhere
// exists. Other same-named entries are the file's own and stay (the review reports them).
void dropShippedLocalhostEnvironments(TomlTable &root);
// [encryption] key of 4.7+: the design's one key, the same in every node's file.
void writeEncryptionKey(TomlTable &root, const Design &design);

} // namespace apim::tomlgen
