#include "endpointregistry.h"
#include "schemaregistry.h"
#include "tomlkeys.h"

#include <cstring>

namespace apim::endpointregistry {

namespace {

constexpr int V3 = 300;   // 3.0
constexpr int V4 = 400;   // 4.0
constexpr int Last = 499; // any 4.x

} // namespace

// The keys come from the shipped deployment.toml templates of each release and the
// domain reference (wso2-domain.md §4-§9): who writes them, and where they lead.
const QList<EndpointSpec> &all()
{
    using K = NodeKind;
    using T = EndpointTarget;
    using P = PortId;
    const QList<NodeKind> apiConsumers{K::Gateway, K::AllInOne, K::KeyManager};
    const QList<NodeKind> eventHubClients{K::Gateway, K::TrafficManager, K::KeyManager, K::AllInOne};
    const QList<NodeKind> environmentHolders{K::ControlPlane, K::AllInOne, K::KeyManager};
    static const QList<EndpointSpec> table{
        // key manager: validates tokens; a control plane holds the resident one
        {tomlkey::KeyManagerServiceUrl,
         {K::Gateway, K::ControlPlane, K::TrafficManager, K::AllInOne},
         V3,
         Last,
         T::KeyManager,
         P::HttpsServlet,
         true,
         false,
         false},
        {tomlkey::RevokeEndpoint,
         {K::TrafficManager, K::ControlPlane, K::KeyManager, K::AllInOne},
         V3,
         Last,
         T::KeyManager,
         P::HttpsServlet,
         true,
         false,
         false},
        // throttling: key templates over HTTPS, decisions over JMS from each node
        {tomlkey::ThrottlingServiceUrl, apiConsumers, V3, Last, T::TrafficManager, P::HttpsServlet, true,
         false, false},
        {tomlkey::ThrottleDecisionEndpoints, apiConsumers, V3, Last, T::TrafficManager, P::Amqp, true, false,
         true},
        {tomlkey::TrafficManagerUrls, apiConsumers, V3, Last, T::TrafficManager, P::BinaryTcp, true, false,
         true},
        {tomlkey::TrafficManagerAuthUrls, apiConsumers, V3, Last, T::TrafficManager, P::BinarySsl, true,
         false, true},
        {tomlkey::ThrottlingDuplicateUrl,
         {K::TrafficManager, K::AllInOne},
         V3,
         Last,
         T::Peer,
         P::Amqp,
         true,
         false,
         true},
        // event hub: the control plane's broker that gateways, traffic managers and key managers follow
        {tomlkey::EventHubServiceUrl, eventHubClients, V4, Last, T::EventHub, P::HttpsServlet, true, false,
         false},
        {tomlkey::EventListeningEndpoints, eventHubClients, V4, Last, T::EventHub, P::Amqp, true, false,
         true},
        {tomlkey::EventDuplicateUrl,
         {K::ControlPlane, K::AllInOne},
         V4,
         Last,
         T::Peer,
         P::Amqp,
         true,
         false,
         true},
        {tomlkey::PublishUrls,
         {K::ControlPlane, K::KeyManager, K::AllInOne},
         V4,
         Last,
         T::EventHub,
         P::BinaryTcp,
         true,
         false,
         true},
        {tomlkey::PublishAuthUrls,
         {K::ControlPlane, K::KeyManager, K::AllInOne},
         V4,
         Last,
         T::EventHub,
         P::BinarySsl,
         true,
         false,
         true},
        // gateway environments: where the portals deploy APIs and what they advertise
        {tomlkey::EnvServiceUrl, environmentHolders, V3, Last, T::Gateway, P::HttpsServlet, true, true,
         false},
        {tomlkey::EnvHttpEndpoint, environmentHolders, V3, Last, T::Gateway, P::PassthroughHttp, true, true,
         false},
        {tomlkey::EnvHttpsEndpoint, environmentHolders, V3, Last, T::Gateway, P::PassthroughHttps, true, true,
         false},
        {tomlkey::EnvWsEndpoint, environmentHolders, V3, Last, T::Gateway, P::Ws, true, true, false},
        {tomlkey::EnvWssEndpoint, environmentHolders, V3, Last, T::Gateway, P::Wss, true, true, false},
        {tomlkey::EnvWebSubHttp, environmentHolders, V4, Last, T::Gateway, P::WebSubHttp, true, true, false},
        {tomlkey::EnvWebSubHttps, environmentHolders, V4, Last, T::Gateway, P::WebSubHttps, true, true,
         false},
        {tomlkey::VhostHttpEndpoint, environmentHolders, V3, Last, T::Gateway, P::PassthroughHttp, true, true,
         false},
        {tomlkey::VhostHttpsEndpoint, environmentHolders, V3, Last, T::Gateway, P::PassthroughHttps, true,
         true, false},
        {tomlkey::VhostWsEndpoint, environmentHolders, V3, Last, T::Gateway, P::Ws, true, true, false},
        {tomlkey::VhostWssEndpoint, environmentHolders, V3, Last, T::Gateway, P::Wss, true, true, false},
        // notifications: key managers tell the control plane about token and application events
        {tomlkey::NotificationEndpoint,
         {K::KeyManager, K::ControlPlane, K::AllInOne, K::IdentityServer},
         V3,
         Last,
         T::Portals,
         P::HttpsServlet,
         true,
         false,
         false},
        {tomlkey::DevportalUrl,
         {K::ControlPlane, K::AllInOne},
         V3,
         Last,
         T::Portals,
         P::HttpsServlet,
         true,
         false,
         false},
        // databases: [database.<id>] url or hostname, on the database's own port
        {tomlkey::DatabaseUrl,
         {K::Gateway, K::ControlPlane, K::TrafficManager, K::KeyManager, K::AllInOne},
         V3,
         Last,
         T::Database,
         P::HttpsServlet,
         false,
         false,
         false},
    };
    return table;
}

const EndpointSpec *find(const char *key)
{
    for (const EndpointSpec &s : all()) {
        if (std::strcmp(s.key, key) == 0)
            return &s;
    }
    return nullptr;
}

bool appliesTo(const EndpointSpec &spec, NodeKind holder, int version)
{
    return version >= spec.fromVersion && version <= spec.toVersion && spec.holders.contains(holder);
}

} // namespace apim::endpointregistry
