// The table of review rules, and the finding builder that reads it.
#include "review.h"
#include "reviewfinding.h"

#include <QCoreApplication>

namespace apim {

namespace {

constexpr RuleInputs Text = RuleInput::Text;
constexpr RuleInputs Config = RuleInput::Config;
constexpr RuleInputs Topology = RuleInput::Topology;

const ReviewRule Rules[] = {
    {rule::TomlSyntax, Severity::Error, QT_TRANSLATE_NOOP("Review", "TOML syntax"),
     QT_TRANSLATE_NOOP("Review", "not valid TOML"), Text},
    {rule::TemplatedFile, Severity::Error, QT_TRANSLATE_NOOP("Review", "Template, not a config"),
     QT_TRANSLATE_NOOP(
         "Review", "a Helm, Jinja or ERB template or a <host> placeholder where a deployment.toml belongs"),
     Text},
    {rule::TableOrder, Severity::Error, QT_TRANSLATE_NOOP("Review", "Table order"),
     QT_TRANSLATE_NOOP("Review",
                       "a sub-table before its parent table, or [apim] enable_secure_vault after [apim.*]"),
     Text},
    {rule::SecretsNotLast, Severity::Error, QT_TRANSLATE_NOOP("Review", "Secrets table last"),
     QT_TRANSLATE_NOOP("Review", "[secrets] is not the last table"), Text | Config},
    {rule::SecretUndefined, Severity::Error, QT_TRANSLATE_NOOP("Review", "Undefined secret"),
     QT_TRANSLATE_NOOP("Review", "a $secret{x} with no x in [secrets]"), Config},
    {rule::GatewayLabelUnmatched, Severity::Error, QT_TRANSLATE_NOOP("Review", "Unmatched gateway label"),
     QT_TRANSLATE_NOOP("Review", "a gateway label with no gateway environment of that name"),
     Config | Topology},
    {rule::DuplicateEnvironment, Severity::Warning,
     QT_TRANSLATE_NOOP("Review", "Duplicate gateway environment"),
     QT_TRANSLATE_NOOP("Review", "two [[apim.gateway.environment]] tables with one name"), Config},
    {rule::UnknownHost, Severity::Warning, QT_TRANSLATE_NOOP("Review", "Unknown host"),
     QT_TRANSLATE_NOOP("Review", "a URL naming a host that is no node or load balancer of the design"),
     Config | Topology},
    {rule::ThrottleEndpoints, Severity::Error, QT_TRANSLATE_NOOP("Review", "Throttle endpoints"),
     QT_TRANSLATE_NOOP("Review",
                       "throttle endpoints missing a node, naming a load balancer or using a wrong port"),
     Config | Topology},
    {rule::EventHubHa, Severity::Error, QT_TRANSLATE_NOOP("Review", "Event hub in HA"),
     QT_TRANSLATE_NOOP("Review",
                       "HA control planes without an event hub, or duplicating events to the wrong nodes"),
     Config | Topology},
    {rule::PortConflict, Severity::Error, QT_TRANSLATE_NOOP("Review", "Port conflict"),
     QT_TRANSLATE_NOOP("Review", "two nodes on one machine listening on the same port"), Topology},
    {rule::OffsetPlaceholder, Severity::Error, QT_TRANSLATE_NOOP("Review", "Port placeholder across offsets"),
     QT_TRANSLATE_NOOP("Review", "a ${...port} placeholder in a URL to a node with another offset"),
     Config | Topology},
    {rule::DefaultCredentials, Severity::Warning, QT_TRANSLATE_NOOP("Review", "Default credentials"),
     QT_TRANSLATE_NOOP("Review", "admin/admin or the shipped wso2carbon keystore passwords"), Config},
    {rule::KeystoreMismatch, Severity::Error, QT_TRANSLATE_NOOP("Review", "Keystore mismatch"),
     QT_TRANSLATE_NOOP("Review", "the primary keystore differs between API-M nodes"), Config},
    {rule::H2InDistributed, Severity::Error, QT_TRANSLATE_NOOP("Review", "H2 in a distributed design"),
     QT_TRANSLATE_NOOP("Review", "an H2 apim_db or shared_db in a multi-node design"), Config | Topology},
    {rule::SingleNodeRole, Severity::Info, QT_TRANSLATE_NOOP("Review", "Single-node role"),
     QT_TRANSLATE_NOOP("Review", "a role with one node only, so no high availability"), Topology},
    {rule::ProxyPortMissing, Severity::Warning, QT_TRANSLATE_NOOP("Review", "Missing proxy port"),
     QT_TRANSLATE_NOOP("Review", "a node behind a load balancer without proxyPort"), Config | Topology},
    {rule::LocalhostHostname, Severity::Warning, QT_TRANSLATE_NOOP("Review", "localhost as hostname"),
     QT_TRANSLATE_NOOP("Review", "[server] hostname is localhost in a multi-node design"), Config | Topology},
    {rule::UnknownKey, Severity::Warning, QT_TRANSLATE_NOOP("Review", "Unknown key"),
     QT_TRANSLATE_NOOP("Review", "a key API-M does not know"), Config},
    {rule::VersionTopology, Severity::Error, QT_TRANSLATE_NOOP("Review", "Version and topology"),
     QT_TRANSLATE_NOOP("Review",
                       "a design the chosen API-M version cannot run: a missing kind, profile, traffic "
                       "manager or encryption key, or too many key-value stores"),
     Topology},
    {rule::EndpointNoNode, Severity::Warning, QT_TRANSLATE_NOOP("Review", "Endpoint reaches no node"),
     QT_TRANSLATE_NOOP("Review", "a localhost URL on a port no node of the machine listens on"),
     Config | Topology},
    {rule::EndpointSelf, Severity::Error, QT_TRANSLATE_NOOP("Review", "Endpoint points at itself"),
     QT_TRANSLATE_NOOP("Review", "a URL naming its own node where another node's service belongs"),
     Config | Topology},
    {rule::EndpointPort, Severity::Error, QT_TRANSLATE_NOOP("Review", "Endpoint port and offset"),
     QT_TRANSLATE_NOOP("Review", "the right node but a port its offset does not give the listener"),
     Config | Topology},
    {rule::EndpointTargetKind, Severity::Warning, QT_TRANSLATE_NOOP("Review", "Endpoint target kind"),
     QT_TRANSLATE_NOOP("Review", "a URL reaching a node that does not provide that service in the version"),
     Config | Topology},
    {rule::EndpointHaList, Severity::Error, QT_TRANSLATE_NOOP("Review", "HA endpoint list"),
     QT_TRANSLATE_NOOP("Review", "an event listening, publishing or duplication list naming a load balancer, "
                                 "or missing a node of the cluster it names"),
     Config | Topology},
    {rule::EndpointUnreferenced, Severity::Warning, QT_TRANSLATE_NOOP("Review", "Unused service node"),
     QT_TRANSLATE_NOOP("Review", "a traffic manager or key manager no endpoint of another node reaches"),
     Config | Topology},
    {rule::GatewayKeyManager, Severity::Error, QT_TRANSLATE_NOOP("Review", "Gateway key manager"),
     QT_TRANSLATE_NOOP("Review", "a gateway without [apim.key_manager], or without credentials its key "
                                 "manager accepts"),
     Config | Topology},
    {rule::MissingEndpoint, Severity::Error, QT_TRANSLATE_NOOP("Review", "Missing endpoint"),
     QT_TRANSLATE_NOOP("Review",
                       "an imported node without the [apim.event_hub] or [apim.key_manager] its role needs "
                       "in the set"),
     Config | Topology},
    {rule::UseSslFalse, Severity::Warning, QT_TRANSLATE_NOOP("Review", "Database TLS off"),
     QT_TRANSLATE_NOOP("Review", "useSSL=false or encrypt=false in a JDBC URL"), Config},
    {rule::DbRootUser, Severity::Warning, QT_TRANSLATE_NOOP("Review", "Weak database user"),
     QT_TRANSLATE_NOOP("Review", "a database user that is root, or a password equal to the user name"),
     Config},
    {rule::HostnameVerifierAllowAll, Severity::Warning, QT_TRANSLATE_NOOP("Review", "Hostname check off"),
     QT_TRANSLATE_NOOP("Review", "HostnameVerifier = \"AllowAll\": any certificate name is accepted"),
     Config},
    {rule::UnsubstitutedPlaceholder, Severity::Warning, QT_TRANSLATE_NOOP("Review", "Placeholder left in"),
     QT_TRANSLATE_NOOP(
         "Review", "a template placeholder or YOUR_..._HERE in a value API-M reads, in a file that parses"),
     Text | Config},
    {rule::ShippedPrimaryKeystore, Severity::Warning, QT_TRANSLATE_NOOP("Review", "Shipped primary keystore"),
     QT_TRANSLATE_NOOP("Review",
                       "[keystore.primary] (else [keystore.tls]) is the shipped wso2carbon.jks: tokens are "
                       "signed with a publicly known key"),
     Config},
    {rule::LocalhostAdvertised, Severity::Warning, QT_TRANSLATE_NOOP("Review", "localhost advertised"),
     QT_TRANSLATE_NOOP("Review", "localhost in a gateway environment's endpoints or the devportal URL"),
     Config},
    {rule::QpidHeartbeatZero, Severity::Warning, QT_TRANSLATE_NOOP("Review", "No AMQP heartbeat"),
     QT_TRANSLATE_NOOP("Review", "a control plane serving other nodes over AMQP without [qpid.heartbeat]"),
     Config | Topology},
    {rule::RevokeEndpoint, Severity::Error, QT_TRANSLATE_NOOP("Review", "Revoke endpoint"),
     QT_TRANSLATE_NOOP("Review", "[apim.oauth_config] revoke_endpoint not ending in /revoke"), Config},
    {rule::EnvironmentType, Severity::Error, QT_TRANSLATE_NOOP("Review", "Gateway environment type"),
     QT_TRANSLATE_NOOP("Review", "a gateway environment whose type is not hybrid, production or sandbox"),
     Config},
    {rule::DefaultRoleGateway, Severity::Warning, QT_TRANSLATE_NOOP("Review", "Whole product as gateway"),
     QT_TRANSLATE_NOOP("Review",
                       "a gateway environment naming an all-in-one, or a 4.0-4.4 gateway left on server_role "
                       "\"default\""),
     Config | Topology},
    {rule::LegacyKey, Severity::Warning, QT_TRANSLATE_NOOP("Review", "API-M 3.x key"),
     QT_TRANSLATE_NOOP("Review", "a key only API-M 3.x reads, in a 4.x set"), Config},
    {rule::ApimVersion, Severity::Info, QT_TRANSLATE_NOOP("Review", "Version from the files"),
     QT_TRANSLATE_NOOP("Review", "imported files show API-M 4.5 or later, or a 3.x set; which, and why"),
     Config},
};

} // namespace

std::span<const ReviewRule> reviewRules()
{
    return Rules;
}

bool flagsSampleSecrets(QAnyStringView rule)
{
    for (const QLatin1String id :
         {rule::DefaultCredentials, rule::DbRootUser, rule::ShippedPrimaryKeystore}) {
        if (QAnyStringView::compare(id, rule) == 0)
            return true;
    }
    return false;
}

const ReviewRule *reviewRule(QAnyStringView id)
{
    for (const ReviewRule &r : Rules) {
        if (QAnyStringView::compare(r.id, id) == 0)
            return &r;
    }
    return nullptr;
}

namespace review {

Finding newFinding(const QString &rule, Severity severity, const Node *node, const QString &message,
                   const QString &hint)
{
    Finding f;
    f.rule = rule;
    f.severity = severity;
    if (node) {
        f.node = node->id;
        f.nodeName = node->name();
    }
    f.message = message;
    f.hint = hint;
    return f;
}

Finding ruleFinding(QLatin1String rule, const Node *node, const QString &message, const QString &hint)
{
    const ReviewRule *r = reviewRule(rule);
    Q_ASSERT_X(r, "ruleFinding", "a review rule missing from the registry");
    return newFinding(rule, r ? r->severity : Severity::Error, node, message, hint);
}

} // namespace review

} // namespace apim
