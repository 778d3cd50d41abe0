// A key manager node's own part of deployment.toml (4.1-4.4: the API-M pack with the
// api-key-manager profile; 4.5+: the API Control Plane pack started as key-manager). The
// control planes, gateways and traffic managers that use it link to it; it tells the
// control planes among them of revoked tokens and listens to their event hub.
#include "generatorutil.h"
#include "kindtoml.h"
#include "throttlingtoml.h"
#include "tomlcommon.h"
#include "tomlkeys.h"

namespace apim::tomlgen {

namespace {

// Self-registered users get their default roles, as in the shipped key-manager template.
void writeEventHandler(TomlTable &root)
{
    TomlTable &handler = root.appendTable(QLatin1String(tomlkey::EventHandlers));
    handler.set(QStringLiteral("name"), QStringLiteral("userPostSelfRegistration"));
    handler.set(QStringLiteral("subscriptions"), TomlValue(QStringList{QStringLiteral("POST_ADD_USER")}));
}

// 4.7: helm-apim's key manager states token encryption and hashing beside the token type,
// both off as shipped.
void writeTokenSettings(TomlTable &root, const ApimVersion &version)
{
    if (!version.jwtTokenPersistenceOptimised())
        return;
    TomlTable &oauth = root.tableAt(tomlkey::parent(tomlkey::TokenEncryption));
    oauth.set(tomlkey::leaf(tomlkey::TokenEncryption), false);
    oauth.set(tomlkey::leaf(tomlkey::TokenHashing), false);
    writeJwtTokenType(root, version);
}

} // namespace

void writeKeyManager(TomlTable &root, const Design &design, const Node &km)
{
    const Topology &t = design.topology;
    // Its login and consent pages behind the balancer, as the control plane's.
    if (t.balancerOf(km.id))
        root.tableAt(tomlkey::parent(tomlkey::ServerBasePath))
            .set(tomlkey::leaf(tomlkey::ServerBasePath),
                 QStringLiteral("${carbon.protocol}://${carbon.host}:${carbon.management.port}"));
    writeEventHandler(root);
    const ApimVersion version = ApimVersion::parse(design.settings.apimVersion);
    writeTokenSettings(root, version);
    const QList<const Node *> hubs = genutil::clients(t, km, Service::EventHub, version);
    if (hubs.isEmpty())
        return; // no control plane uses it yet: nobody to notify or listen to
    writeTokenRevocationListener(root, notificationBase(design, km), KeyManagerHeaderResident);
    writeEventHubSubscription(root, t, hubs);
}

} // namespace apim::tomlgen
