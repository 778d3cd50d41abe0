// The deployment.toml keys the generators, the importer and the review rules
// write or read, each spelled once. A key is its dotted path from the file's
// root; "[]" marks an array of tables ([[apim.gateway.environment]]).
#pragma once

#include <QString>
#include <QStringList>

namespace apim::tomlkey {

// ---- [server]
inline constexpr char ServerHostname[] = "server.hostname";
inline constexpr char ServerRole[] = "server.server_role";
inline constexpr char ServerOffset[] = "server.offset";

inline constexpr char ServerNodeIp[] = "server.node_ip";
inline constexpr char ServerBasePath[] = "server.base_path";

// ---- users, stores and the vault
inline constexpr char UserStoreType[] = "user_store.type";
inline constexpr char SuperAdmin[] = "super_admin";
inline constexpr char SuperAdminUsername[] = "super_admin.username";
inline constexpr char SuperAdminPassword[] = "super_admin.password";
inline constexpr char SuperAdminCreate[] = "super_admin.create_admin_account";
inline constexpr char Keystore[] = "keystore";
inline constexpr char KeystoreTls[] = "keystore.tls";
inline constexpr char KeystorePrimary[] = "keystore.primary";
inline constexpr char Truststore[] = "truststore";
// Inside [keystore.<store>] and [truststore].
inline constexpr char StoreFileName[] = "file_name";
inline constexpr char StoreType[] = "type";
inline constexpr char StorePassword[] = "password";
inline constexpr char StoreAlias[] = "alias";
inline constexpr char StoreKeyPassword[] = "key_password";
inline constexpr char Secrets[] = "secrets";
// 4.7+ symmetric internal encryption: one key shared by every node.
inline constexpr char EncryptionKey[] = "encryption.key";

// ---- transports behind a load balancer: transport.<http|https>.properties.*
inline constexpr char Transport[] = "transport";
inline constexpr char TransportProperties[] = "properties";
inline constexpr char TransportPort[] = "port";
inline constexpr char TransportProxyPort[] = "proxyPort";

// ---- broker
inline constexpr char QpidHeartbeat[] = "qpid.heartbeat";
inline constexpr char QpidHeartbeatDelay[] = "qpid.heartbeat.delay";
inline constexpr char QpidHeartbeatTimeoutFactor[] = "qpid.heartbeat.timeout_factor";

// ---- tables
inline constexpr char Apim[] = "apim";
inline constexpr char Database[] = "database";
inline constexpr char ApimDb[] = "database.apim_db";
inline constexpr char SharedDb[] = "database.shared_db";
inline constexpr char IdentityDb[] = "database.identity_db";
inline constexpr char AccessControl[] = "resource.access_control"; // Identity Server
inline constexpr char TenantRewrite[] = "tenant_context.rewrite";  // Identity Server
inline constexpr char EventHub[] = "apim.event_hub";
inline constexpr char Throttling[] = "apim.throttling";
inline constexpr char CacheInvalidation[] = "apim.cache_invalidation";
inline constexpr char GatewayEnvironments[] = "apim.gateway.environment";
inline constexpr char GatewayType[] = "apim.gateway_type";
inline constexpr char EventListeners[] = "event_listener";
inline constexpr char SecureVault[] = "apim.enable_secure_vault";
inline constexpr char KeyManager[] = "apim.key_manager";
inline constexpr char Devportal[] = "apim.devportal";
inline constexpr char CacheInvalidationEnabled[] = "apim.cache_invalidation.enabled";
inline constexpr char CacheInvalidationDomain[] = "apim.cache_invalidation.domain";
inline constexpr char EventHubPublishUrlGroup[] = "apim.event_hub.publish.url_group";
// 4.6+ counters shared by the traffic managers through Redis or Valkey.
inline constexpr char DistributedThrottling[] = "apim.distributed_throttling";
inline constexpr char KeyValueStore[] = "apim.distributed_throttling.keyvalue_store";
// The id of the control plane's token revocation listener ([[event_listener]] id).
inline constexpr char TokenRevocationListener[] = "token_revocation";
// Inside [event_listener.properties]: which key manager sends the notification.
inline constexpr char KeyManagerHeaderKey[] = "header.X-WSO2-KEY-MANAGER";
inline constexpr char EventHandlers[] = "event_handler";
// Identity Server 7 as key manager.
inline constexpr char AuthorizeAllScopes[] = "oauth.authorize_all_scopes";

// ---- gateway side
inline constexpr char GatewayLabels[] = "apim.sync_runtime_artifacts.gateway.gateway_labels";
inline constexpr char SkipList[] = "apim.sync_runtime_artifacts.gateway.skip_list";
// Inside the skip list table.
inline constexpr char SkipApis[] = "apis";
inline constexpr char SkipEndpoints[] = "endpoints";
inline constexpr char SkipSequences[] = "sequences";
inline constexpr char SkipLocalEntries[] = "local_entries";
inline constexpr char GatewayTokenCache[] = "apim.cache.gateway_token";
// 4.5+: each gateway's name in the control plane's deployment monitoring.
inline constexpr char GatewayNotificationId[] = "apim.gateway_notification.gateway_id";

// ---- URL-valued keys (model/import/endpoints.cpp reads every one)
inline constexpr char KeyManagerServiceUrl[] = "apim.key_manager.service_url";
inline constexpr char ThrottlingServiceUrl[] = "apim.throttling.service_url";
inline constexpr char ThrottleDecisionEndpoints[] = "apim.throttling.throttle_decision_endpoints";
inline constexpr char ThrottlingDuplicateUrl[] = "apim.throttling.event_duplicate_url";
inline constexpr char ThrottlingUrlGroup[] = "apim.throttling.url_group";
inline constexpr char TrafficManagerUrls[] = "apim.throttling.url_group[].traffic_manager_urls";
inline constexpr char TrafficManagerAuthUrls[] = "apim.throttling.url_group[].traffic_manager_auth_urls";
inline constexpr char ThrottlingUrlGroupType[] = "apim.throttling.url_group[].type"; // "loadbalance"
inline constexpr char EventHubServiceUrl[] = "apim.event_hub.service_url";
inline constexpr char EventListeningEndpoints[] = "apim.event_hub.event_listening_endpoints";
inline constexpr char EventDuplicateUrl[] = "apim.event_hub.event_duplicate_url";
inline constexpr char PublishUrls[] = "apim.event_hub.publish.url_group[].urls";
inline constexpr char PublishAuthUrls[] = "apim.event_hub.publish.url_group[].auth_urls";
inline constexpr char EnvServiceUrl[] = "apim.gateway.environment[].service_url";
inline constexpr char EnvHttpEndpoint[] = "apim.gateway.environment[].http_endpoint";
inline constexpr char EnvHttpsEndpoint[] = "apim.gateway.environment[].https_endpoint";
inline constexpr char EnvWsEndpoint[] = "apim.gateway.environment[].ws_endpoint";
inline constexpr char EnvWssEndpoint[] = "apim.gateway.environment[].wss_endpoint";
inline constexpr char EnvWebSubHttp[] = "apim.gateway.environment[].websub_event_receiver_http_endpoint";
inline constexpr char EnvWebSubHttps[] = "apim.gateway.environment[].websub_event_receiver_https_endpoint";
inline constexpr char VhostHttpEndpoint[] = "apim.gateway.environment[].virtual_host[].http_endpoint";
inline constexpr char VhostHttpsEndpoint[] = "apim.gateway.environment[].virtual_host[].https_endpoint";
inline constexpr char VhostWsEndpoint[] = "apim.gateway.environment[].virtual_host[].ws_endpoint";
inline constexpr char VhostWssEndpoint[] = "apim.gateway.environment[].virtual_host[].wss_endpoint";
inline constexpr char NotificationEndpoint[] = "event_listener[].properties.notification_endpoint";
inline constexpr char RevokeEndpoint[] = "apim.oauth_config.revoke_endpoint";
inline constexpr char DevportalUrl[] = "apim.devportal.url";
// Any [database.<id>] url (or hostname): the endpoint registry's row for database links.
inline constexpr char DatabaseUrl[] = "database.*.url";
inline constexpr char KeyManagerType[] = "apim.key_manager.type";

// ---- what the importer recognises kinds and versions by (kindfacts.cpp, model/import/)
inline constexpr char GatewayNotification[] = "apim.gateway_notification"; // 4.5+ gateways
inline constexpr char EnvName[] = "apim.gateway.environment[].name";
inline constexpr char EnvGatewayType[] = "apim.gateway.environment[].gateway_type";
inline constexpr char EnvType[] = "apim.gateway.environment[].type"; // hybrid, production or sandbox
inline constexpr char EnvProvider[] = "apim.gateway.environment[].provider";
inline constexpr char EventListenerId[] = "event_listener[].id";
inline constexpr char KeyManagerHeader[] = "event_listener[].properties.'header.X-WSO2-KEY-MANAGER'";
inline constexpr char ClientCertAuth[] = "client_certificate_based_authentication"; // Identity Server
inline constexpr char Encryption[] = "encryption";                                  // 4.7 symmetric key
inline constexpr char TokenTypeIssuer[] = "oauth.extensions.token_types[].issuer";
inline constexpr char TenantSharing[] = "apim.tenant_sharing"; // 4.6+
// 4.6+ tenant sharing towards WSO2 Identity Server 7 ([[apim.tenant_sharing]] of the control plane).
inline constexpr char TenantSharingType[] = "apim.tenant_sharing[].type";
inline constexpr char TenantSharingBaseUrl[] = "apim.tenant_sharing[].properties.identity_server_base_url";
// 4.7 key manager: token encryption and hashing, which every node reading tokens must agree on.
inline constexpr char TokenEncryption[] = "apim.oauth_config.enable_token_encryption";
inline constexpr char TokenHashing[] = "apim.oauth_config.enable_token_hashing";
inline constexpr char TokenTypes[] = "oauth.extensions.token_types";    // [[...]] name, issuer
inline constexpr char AnalyticsUrlGroup[] = "apim.analytics.url_group"; // 3.x analytics
// 4.x gateway analytics (the seed's step 5): Choreo up to 4.5, Moesif from 4.6, or ELK.
inline constexpr char AnalyticsEnable[] = "apim.analytics.enable";
inline constexpr char AnalyticsConfigEndpoint[] = "apim.analytics.config_endpoint";
inline constexpr char AnalyticsAuthToken[] = "apim.analytics.auth_token";
inline constexpr char AnalyticsType[] = "apim.analytics.type";
inline constexpr char AnalyticsMoesifKey[] = "apim.analytics.properties.moesifKey";

// The segments of a key, "[]" dropped: {"apim", "throttling", "url_group", ...}. Split once per
// key and thread: the checks ask for the same few keys on every node of every edit.
QStringList path(const char *key);

// The last segment: the key inside its table.
inline QString leaf(const char *key)
{
    return path(key).last();
}

// The table holding a key: path(key) without its last segment.
inline QStringList parent(const char *key)
{
    QStringList out = path(key);
    out.removeLast();
    return out;
}

// path(table) followed by more segments: at(Keystore, {store, StorePassword}).
inline QStringList at(const char *table, const QStringList &more)
{
    return path(table) + more;
}

} // namespace apim::tomlkey
