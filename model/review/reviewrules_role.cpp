// Rules on what a role needs in its version: a revoke endpoint that revokes, gateway
// environments of a type API-M knows, gateways that run the gateway profile, and no
// keys only API-M 3.x read.
#include "reviewcontext.h"
#include "tomlkeys.h"

#include <QSet>

namespace apim::review {

namespace {

// Keys only 3.x read: its Stream Processor analytics (4.x publishes to Choreo with
// [apim.analytics] enable, config_endpoint and auth_token). Seen in the 3.0 and 3.2 packs.
const char *const LegacyAnalyticsKeys[] = {"store_api_url", "store_api_username", "store_api_password",
                                           "username",      "password",           "publish_response_size",
                                           "url_group[]"};

QString legacyIn(const QStringList &path)
{
    if (path.size() < 3 || path[0] != QLatin1String("apim") || path[1] != QLatin1String("analytics"))
        return QString();
    for (const char *key : LegacyAnalyticsKeys) {
        if (path[2] == QLatin1String(key))
            return QStringLiteral("apim.analytics.") + path[2];
    }
    return QString();
}

void checkLegacyKeys(Context &c, const NodeConfig &nc)
{
    const TomlValue *analytics = nc.config.findPath({QStringLiteral("apim"), QStringLiteral("analytics")});
    const TomlTable *t = analytics && !analytics->isArray() ? analytics->table() : nullptr;
    QStringList keys;
    int line = 0;
    for (const auto &e : t ? t->entries() : QList<TomlTable::Entry>()) {
        const QString key = e.value.isArrayOfTables() ? e.key + QLatin1String("[]") : e.key;
        const QString legacy = legacyIn({QStringLiteral("apim"), QStringLiteral("analytics"), key});
        if (legacy.isEmpty())
            continue;
        keys.append(legacy);
        if (!line)
            line = e.value.isArrayOfTables() ? e.value.array().first().table()->line : e.value.line;
    }
    if (keys.isEmpty())
        return;
    c.add(
        rule::LegacyKey, &nc, line,
        ReviewTr::tr("%1: keys of API-M 3.x's analytics (the Stream Processor), which API-M 4.x ignores, so "
                     "no analytics are published.")
            .arg(keys.join(QLatin1String(", "))),
        ReviewTr::tr("Configure 4.x analytics with [apim.analytics] enable, config_endpoint and auth_token, "
                     "and remove the 3.x keys."));
}

// The path of a URL, without query or fragment.
QString urlPath(const QString &url)
{
    QString rest = url.section(QLatin1String("://"), 1);
    rest = rest.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('#'), 0, 0);
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : rest.mid(slash);
}

void checkRevokeEndpoint(Context &c, const NodeConfig &nc)
{
    const QStringList at = tomlkey::path(tomlkey::RevokeEndpoint);
    const TomlValue *v = nc.config.findPath(at);
    if (!v || !v->isString() || endpoints::isPlaceholder(endpoints::parseUrl(v->toString()).host))
        return;
    QString path = urlPath(v->toString().trimmed());
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String("/revoke")) || path.contains(QLatin1String("{{")))
        return;
    c.add(rule::RevokeEndpoint, &nc, v->line,
          ReviewTr::tr("revoke_endpoint = %1 does not end in /revoke: revoking a token there fails, and the "
                       "token stays valid.")
              .arg(v->toString()),
          ReviewTr::tr(
              "Point it at the key manager's revoke service, https://<key manager>:<port>/oauth2/revoke."));
}

void checkEnvironmentTypes(Context &c, const NodeConfig &nc)
{
    const TomlValue *envs = nc.config.findPath(tomlkey::path(tomlkey::GatewayEnvironments));
    for (const TomlValue &e : envs && envs->isArray() ? envs->array() : QList<TomlValue>()) {
        const TomlTable *env = e.table();
        const TomlValue *type = env ? env->find(tomlkey::leaf(tomlkey::EnvType)) : nullptr;
        const QString value = type && type->isString() ? type->toString().trimmed() : QString();
        // A template's "{{ type }}" or a $ref is filled in later.
        if (value.isEmpty() || value.contains(QLatin1Char('{')) || value.contains(QLatin1Char('$')) ||
            value.contains(QLatin1Char('<')))
            continue;
        bool known = false;
        for (const char *t : {"hybrid", "production", "sandbox"})
            known = known || value.compare(QLatin1String(t), Qt::CaseInsensitive) == 0;
        if (known)
            continue;
        c.add(rule::EnvironmentType, &nc, type->line,
              ReviewTr::tr("The gateway environment \"%1\" has type = \"%2\", which API-M does not "
                           "know: it expects hybrid, production or sandbox.")
                  .arg(stringAt(*env, {tomlkey::leaf(tomlkey::EnvName)}), value),
              ReviewTr::tr("Set type to \"hybrid\" (production and sandbox traffic), \"production\" or "
                           "\"sandbox\"."));
    }
}

// Whether `n` runs every component rather than the gateway alone: an all-in-one, or, while one
// pack served every role (4.0-4.4, and 3.x), a node left on server_role "default".
bool runsEverything(const NodeConfig &n, const ApimVersion &version)
{
    if (n.node->kind == NodeKind::AllInOne)
        return true;
    if (!version.profileBased())
        return false; // 4.5+: every separate distribution writes "default"
    const QString role = stringAt(n.config, tomlkey::path(tomlkey::ServerRole), QStringLiteral("default"));
    return n.node->kind == NodeKind::Gateway && role.trimmed().compare(QLatin1String("default")) == 0;
}

// A node other nodes deploy APIs to through a gateway environment, but that starts the whole
// product: its own portals, key manager and traffic manager then run beside the gateway.
// One finding per such node, naming the first node that deploys to it.
void checkDefaultRoleGateways(Context &c, const NodeConfig &nc, const ApimVersion &version)
{
    for (const endpoints::Use &u : nc.uses) {
        if (!u.spec || QLatin1String(u.spec->key) != QLatin1String(tomlkey::EnvServiceUrl))
            continue;
        const endpoints::Target t = endpoints::resolve(c.topology, c.hosts, *nc.node, u.url);
        if (t.kind != endpoints::Target::Nodes && t.kind != endpoints::Target::Balancer)
            continue;
        for (const Node *n : t.nodes) {
            // runsEverything() of each node, found in its own run (checkRoles), asked first: a
            // balancer of 1,000 gateways is walked for each environment.
            if (!c.memo.wholeProduct.has(n->id))
                continue;
            const NodeConfig *gw = c.configOf(n->id);
            // All-in-one peers in HA deploy to each other: each is its own gateway.
            if (!gw || n->id == nc.node->id || c.inClusterOf(*n, nc.node->id) ||
                (nc.node->kind == NodeKind::AllInOne && n->kind == NodeKind::AllInOne))
                continue;
            const QStringList role = tomlkey::path(tomlkey::ServerRole);
            const NodeConfig *at = gw->file || !nc.file ? gw : &nc;
            const int line = at == gw
                                 ? (lineAt(gw->config, role) ? lineAt(gw->config, role)
                                                             : lineAt(gw->config, {QStringLiteral("server")}))
                                 : u.line;
            // Once per such node: raised unless a node before this one in the loop raised it.
            c.claim(
                QString::number(n->id), rule::DefaultRoleGateway, at, line,
                ReviewTr::tr("%1 deploys APIs to %2 as a gateway, but %2 runs the whole product (server_role "
                             "\"default\"): its own portals, key manager and traffic manager start beside "
                             "the gateway.")
                    .arg(nc.node->name(), n->name()),
                version.profileBased()
                    ? ReviewTr::tr("Set server_role = \"gateway-worker\" on %1.").arg(n->name())
                    : ReviewTr::tr("Run the gateway distribution on %1.").arg(n->name()));
        }
    }
}

} // namespace

bool isLegacyOnlyKey(const QStringList &path)
{
    return !legacyIn(path).isEmpty();
}

void checkRoles(Context &c)
{
    const ApimVersion version = ApimVersion::parse(c.design.settings.apimVersion);
    c.forNodes(Segment::ReviewRoleFacts, [&](const NodeConfig &nc) {
        c.memo.wholeProduct.set(nc.node->id,
                                runsEverything(nc, version) ? QList<NodeId>{nc.node->id} : QList<NodeId>());
    });
    // A node that starts or stops running everything changes what the nodes deploying to it say.
    const QByteArray facts = c.memo.wholeProduct.flipped().isEmpty()
                                 ? QByteArray()
                                 : "changed " + QByteArray::number(c.memo.checks());
    c.forNodes(
        Segment::ReviewRoles,
        [&](const NodeConfig &nc) {
            if (!c.legacy())
                checkLegacyKeys(c, nc);
            checkRevokeEndpoint(c, nc);
            checkEnvironmentTypes(c, nc);
            checkDefaultRoleGateways(c, nc, version);
        },
        facts);
}

} // namespace apim::review
