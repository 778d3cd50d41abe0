// The ids of the review rules, each spelled once. They live below the review
// because the importer raises two of them itself (toml-syntax, unknown-host)
// and lint then keeps the review's finding only. The review's table of rules
// (severity, title, inputs) is reviewRules() in model/review/review.h.
#pragma once

#include <QString>

namespace apim::rule {

inline constexpr QLatin1String TomlSyntax("toml-syntax");
inline constexpr QLatin1String TemplatedFile("templated-file");
inline constexpr QLatin1String TableOrder("table-order");
inline constexpr QLatin1String SecretsNotLast("secrets-not-last");
inline constexpr QLatin1String SecretUndefined("secret-undefined");
inline constexpr QLatin1String GatewayLabelUnmatched("gateway-label-unmatched");
inline constexpr QLatin1String DuplicateEnvironment("duplicate-environment");
inline constexpr QLatin1String UnknownHost("unknown-host");
inline constexpr QLatin1String ThrottleEndpoints("throttle-endpoints");
inline constexpr QLatin1String EventHubHa("event-hub-ha");
inline constexpr QLatin1String PortConflict("port-conflict");
inline constexpr QLatin1String OffsetPlaceholder("offset-placeholder");
inline constexpr QLatin1String DefaultCredentials("default-credentials");
inline constexpr QLatin1String KeystoreMismatch("keystore-mismatch");
inline constexpr QLatin1String H2InDistributed("h2-in-distributed");
inline constexpr QLatin1String SingleNodeRole("single-node-role");
inline constexpr QLatin1String ProxyPortMissing("proxy-port-missing");
inline constexpr QLatin1String LocalhostHostname("localhost-hostname");
inline constexpr QLatin1String UnknownKey("unknown-key");
inline constexpr QLatin1String VersionTopology("version-topology");
// The wiring (model/review/reviewrules_wiring.cpp): endpoints resolved to a node, listener and port.
inline constexpr QLatin1String EndpointNoNode("endpoint-no-node");
inline constexpr QLatin1String EndpointSelf("endpoint-self");
inline constexpr QLatin1String EndpointPort("endpoint-port");
inline constexpr QLatin1String EndpointTargetKind("endpoint-target-kind");
inline constexpr QLatin1String EndpointHaList("endpoint-ha-list");
inline constexpr QLatin1String EndpointUnreferenced("endpoint-unreferenced");
inline constexpr QLatin1String GatewayKeyManager("gateway-key-manager");
inline constexpr QLatin1String MissingEndpoint("missing-endpoint");
// Hardening (model/review/reviewrules_hardening.cpp, shipped-primary-keystore in _security.cpp).
inline constexpr QLatin1String UseSslFalse("use-ssl-false");
inline constexpr QLatin1String DbRootUser("db-root-user");
inline constexpr QLatin1String HostnameVerifierAllowAll("hostname-verifier-allowall");
inline constexpr QLatin1String UnsubstitutedPlaceholder("unsubstituted-placeholder");
inline constexpr QLatin1String ShippedPrimaryKeystore("shipped-primary-keystore");
inline constexpr QLatin1String LocalhostAdvertised("localhost-advertised");
inline constexpr QLatin1String QpidHeartbeatZero("qpid-heartbeat-zero");
// What a role needs in its version (model/review/reviewrules_role.cpp).
inline constexpr QLatin1String RevokeEndpoint("revoke-endpoint");
inline constexpr QLatin1String EnvironmentType("environment-type");
inline constexpr QLatin1String DefaultRoleGateway("default-role-gateway");
inline constexpr QLatin1String LegacyKey("legacy-key");
// The API-M version imported files show, and why (model/import/versioninference.cpp).
inline constexpr QLatin1String ApimVersion("apim-version");

// An import note, not a review rule: a value the importer kept although the
// designer manages it. It matters to a design, so `lint` leaves it out.
inline constexpr QLatin1String ManagedValueKept("managed-value-kept");
// An import note: a node's port offset read from the URLs its peers reach it by.
inline constexpr QLatin1String OffsetInferred("offset-inferred");

} // namespace apim::rule
