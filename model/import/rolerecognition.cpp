#include "rolerecognition.h"
#include "endpoints.h"
#include "tomlkeys.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace apim {

namespace {

struct RolesTr
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

bool has(const TomlTable &t, const char *key)
{
    return t.findPath(tomlkey::path(key)) != nullptr;
}

// The token_revocation listener that control planes and key managers carry.
bool hasRevocationListener(const TomlTable &t)
{
    const TomlValue *listeners = t.find(QLatin1String(tomlkey::EventListeners));
    for (const TomlValue &l : listeners ? listeners->array() : QList<TomlValue>()) {
        const TomlTable *table = l.table();
        const TomlValue *id = table ? table->find(QStringLiteral("id")) : nullptr;
        if (id && id->toString() == QLatin1String(tomlkey::TokenRevocationListener))
            return true;
    }
    return false;
}

// 4.x files tag gateway environments with gateway_type or provider; 3.x ones do not.
bool hasModernEnvironment(const TomlTable &t)
{
    if (has(t, tomlkey::GatewayType))
        return true;
    const TomlValue *envs = t.findPath(tomlkey::path(tomlkey::GatewayEnvironments));
    for (const TomlValue &e : envs ? envs->array() : QList<TomlValue>()) {
        if (e.table() && (e.table()->contains(QStringLiteral("gateway_type")) ||
                          e.table()->contains(QStringLiteral("provider"))))
            return true;
    }
    return false;
}

// A 3.x node whose gateway environment names itself (localhost or its own hostname) is its own gateway.
bool environmentIsSelf(const TomlTable &t)
{
    const TomlValue *hostname = t.findPath(tomlkey::path(tomlkey::ServerHostname));
    const QString self = hostname ? hostname->toString().toLower() : QString();
    const TomlValue *envs = t.findPath(tomlkey::path(tomlkey::GatewayEnvironments));
    for (const TomlValue &e : envs ? envs->array() : QList<TomlValue>()) {
        const TomlValue *url = e.table() ? e.table()->find(QStringLiteral("service_url")) : nullptr;
        const QString host = url ? endpoints::parseUrl(url->toString()).host : QString();
        if (endpoints::isLoopback(host) || (!host.isEmpty() && host == self))
            return true;
    }
    return false;
}

RoleGuess fromPath(const QString &path)
{
    // The file's own name first, then its folders, innermost first.
    QStringList parts = path.toLower().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    std::reverse(parts.begin(), parts.end());
    for (const QString &part : parts) {
        const QStringList words =
            part.split(QRegularExpression(QStringLiteral("[^a-z0-9]+")), Qt::SkipEmptyParts);
        const QString joined = words.join(QLatin1Char('-'));
        for (const PathHint &h : SchemaRegistry::instance().pathHints()) {
            const QString &w = h.word;
            if (words.contains(w) || (w.contains(QLatin1Char('-')) && joined.contains(w)))
                return {h.kind,
                        RolesTr::tr("the file configures nothing that decides the role; its path names '%1'")
                            .arg(part),
                        true, 0};
        }
    }
    return {NodeKind::AllInOne,
            RolesTr::tr("the file configures nothing that decides the role; all-in-one assumed"), true, 0};
}

// The recogniser's verdicts from distinctive keys: which combination means which kind is this
// function's own knowledge (the keys are in tomlkeys.h).
RoleGuess fromContent(const TomlTable &t, const QString &path, const QString &roleText)
{
    const bool env = has(t, tomlkey::GatewayEnvironments);
    const bool labels = has(t, tomlkey::GatewayLabels);
    const bool apimDb = has(t, tomlkey::ApimDb);
    // What only a gateway configures: labels, throttle decision subscriptions, token caches.
    const bool gatewaySide = labels || has(t, tomlkey::ThrottleDecisionEndpoints) ||
                             has(t, tomlkey::ThrottlingUrlGroup) || has(t, tomlkey::GatewayTokenCache);
    const QString why =
        roleText.isEmpty() ? RolesTr::tr("no server_role") : RolesTr::tr("server_role \"%1\"").arg(roleText);
    if (env && gatewaySide)
        return {NodeKind::AllInOne,
                RolesTr::tr("%1, and it both defines gateway environments and works as a gateway (labels, "
                            "throttle decisions or gateway caches)")
                    .arg(why),
                true, 0};
    if (env && hasModernEnvironment(t))
        return {NodeKind::ControlPlane,
                RolesTr::tr("%1, and it defines gateway environments but does no gateway work").arg(why),
                true, 0};
    if (env && environmentIsSelf(t))
        return {NodeKind::AllInOne,
                RolesTr::tr("%1, and its gateway environment points at the node itself").arg(why), true, 0};
    if (env)
        return {NodeKind::ControlPlane,
                RolesTr::tr("%1, and its gateway environment points at another host").arg(why), true, 0};
    // HA traffic managers copy throttle events to each other; a gateway never does, and an
    // all-in-one pair defines environments (above). A 4.7 traffic manager has no apim_db.
    if (!labels && has(t, tomlkey::ThrottlingDuplicateUrl))
        return {NodeKind::TrafficManager,
                RolesTr::tr("%1, and it copies throttle events to other traffic managers but defines no "
                            "gateway environment")
                    .arg(why),
                true, 0};
    if (labels || (gatewaySide && !apimDb))
        return {NodeKind::Gateway,
                RolesTr::tr("%1, and it works as a gateway (labels, throttle decisions or gateway caches) "
                            "but defines no gateway environment")
                    .arg(why),
                true, 0};
    if (has(t, tomlkey::IdentityDb) || has(t, tomlkey::AccessControl) || has(t, tomlkey::TenantRewrite))
        return {NodeKind::KeyManager,
                RolesTr::tr("%1, and it carries WSO2 Identity Server settings (identity_db, access control)")
                    .arg(why),
                true, 0};
    if (hasRevocationListener(t) && has(t, tomlkey::EventHub))
        return {
            NodeKind::KeyManager,
            RolesTr::tr("%1, and it notifies token revocations and listens to a remote event hub").arg(why),
            true, 0};
    if (hasRevocationListener(t))
        return {NodeKind::ControlPlane, RolesTr::tr("%1, and it notifies token revocations").arg(why), true,
                0};
    if (apimDb)
        return {
            NodeKind::TrafficManager,
            RolesTr::tr("%1, and it uses apim_db but has no gateway environment or token revocation listener")
                .arg(why),
            true, 0};
    RoleGuess g = fromPath(path);
    g.reason = why + QLatin1String(", ") + g.reason.section(QLatin1String("; "), 1);
    return g;
}

// The value most files share (on a tie, the one that got there first); linear in the file count.
QStringList mostCommon(const QList<QStringList> &values)
{
    QHash<QString, int> counts;
    qsizetype best = -1;
    int bestCount = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const int c = ++counts[values[i].join(QChar(0x1f))];
        if (c > bestCount) {
            bestCount = c;
            best = i;
        }
    }
    return best < 0 ? QStringList() : values[best];
}

QString str(const TomlTable &t, const QStringList &path, const QString &fallback = QString())
{
    const TomlValue *v = t.findPath(path);
    return v && v->isString() ? v->toString() : fallback;
}

} // namespace

RoleGuess guessRole(const TomlTable &config, const QString &path)
{
    const TomlValue *roleValue = config.findPath(tomlkey::path(tomlkey::ServerRole));
    const QString role = roleValue ? roleValue->toString().trimmed() : QString();
    const QString r = role.toLower();
    RoleGuess g;
    bool legacy = false;
    if (const KindSpec *spec = SchemaRegistry::instance().kindByServerRole(r, &legacy); spec && !legacy) {
        g.kind = spec->kind;
        // A 4.1-4.4 key manager node says "control-plane" too (the docs' sample, the shipped
        // template): one that defines no gateway environment and whose path names a key
        // manager is taken for one.
        if (g.kind == NodeKind::ControlPlane && !has(config, tomlkey::GatewayEnvironments) &&
            fromPath(path).kind == NodeKind::KeyManager)
            g = {NodeKind::KeyManager,
                 RolesTr::tr("server_role \"%1\", which key manager nodes carry too; it defines no gateway "
                             "environment and its path names a key manager")
                     .arg(role),
                 true, 0};
    } else if (spec) {
        g = {spec->kind,
             RolesTr::tr("server_role \"%1\" is a 3.x profile; its closest 4.x role is the control plane")
                 .arg(role),
             true, 0};
    } else {
        g = fromContent(config, path, role);
    }
    g.line = roleValue ? roleValue->line : 0;
    return g;
}

void inferDesignSettings(const QList<const TomlTable *> &configs, DesignSettings *s)
{
    QList<QStringList> admins, keystores, truststores, encryptionKeys;
    for (const TomlTable *config : configs) {
        const TomlTable &t = *config;
        // 4.7+: one key on every node; the design keeps it (a $secret{} alias too) so export writes it back.
        if (const TomlValue *key = t.findPath(tomlkey::path(tomlkey::EncryptionKey)); key && key->isString())
            encryptionKeys.append({key->toString()});
        if (const TomlTable *a = t.subTable(QLatin1String(tomlkey::SuperAdmin)))
            admins.append({str(*a, {tomlkey::leaf(tomlkey::SuperAdminUsername)}, s->adminUsername),
                           str(*a, {tomlkey::leaf(tomlkey::SuperAdminPassword)}, s->adminPassword)});
        if (const TomlValue *k = t.findPath(tomlkey::path(tomlkey::KeystoreTls)); k && k->table()) {
            const KeystoreSettings d;
            keystores.append(
                {str(*k->table(), {QString::fromLatin1(tomlkey::StoreFileName)}, d.fileName),
                 str(*k->table(), {QString::fromLatin1(tomlkey::StoreType)}, d.type),
                 str(*k->table(), {QString::fromLatin1(tomlkey::StorePassword)}, d.password),
                 str(*k->table(), {QString::fromLatin1(tomlkey::StoreAlias)}, d.alias),
                 str(*k->table(), {QString::fromLatin1(tomlkey::StoreKeyPassword)}, d.keyPassword)});
        }
        if (const TomlTable *k = t.subTable(QLatin1String(tomlkey::Truststore))) {
            const TruststoreSettings d;
            truststores.append({str(*k, {QString::fromLatin1(tomlkey::StoreFileName)}, d.fileName),
                                str(*k, {QString::fromLatin1(tomlkey::StoreType)}, d.type),
                                str(*k, {QString::fromLatin1(tomlkey::StorePassword)}, d.password)});
        }
    }
    if (const QStringList k = mostCommon(encryptionKeys); k.size() == 1)
        s->encryptionKey = k[0];
    if (const QStringList a = mostCommon(admins); a.size() == 2) {
        s->adminUsername = a[0];
        s->adminPassword = a[1];
    }
    if (const QStringList k = mostCommon(keystores); k.size() == 5)
        s->keystore = {k[0], k[1], k[2], k[3], k[4]};
    if (const QStringList k = mostCommon(truststores); k.size() == 3)
        s->truststore = {k[0], k[1], k[2]};

    QList<GatewayEnvironment> envs;
    for (const TomlTable *config : configs) {
        const TomlTable &t = *config;
        const TomlValue *list = t.findPath(tomlkey::path(tomlkey::GatewayEnvironments));
        for (const TomlValue &item : list ? list->array() : QList<TomlValue>()) {
            const TomlTable *e = item.table();
            const QString name = e ? str(*e, {QStringLiteral("name")}) : QString();
            if (name.isEmpty() ||
                std::any_of(envs.cbegin(), envs.cend(), [&](const auto &x) { return x.name == name; }))
                continue;
            GatewayEnvironment env;
            env.name = name;
            const QString type = str(*e, {QStringLiteral("type")}, env.type);
            if (GatewayEnvironment::types().contains(type))
                env.type = type;
            env.description = str(*e, {QStringLiteral("description")});
            if (const TomlValue *v = e->find(QStringLiteral("display_in_api_console")))
                env.displayInApiConsole = v->toBool(true);
            if (const TomlValue *v = e->find(QStringLiteral("show_as_token_endpoint_url")))
                env.showAsTokenEndpointUrl = v->toBool(true);
            envs.append(env);
        }
        if (const TomlTable *cache = t.findPath(tomlkey::path(tomlkey::CacheInvalidation))
                                         ? t.findPath(tomlkey::path(tomlkey::CacheInvalidation))->table()
                                         : nullptr;
            cache && cache->find(tomlkey::leaf(tomlkey::CacheInvalidationEnabled)) &&
            cache->find(tomlkey::leaf(tomlkey::CacheInvalidationEnabled))->toBool()) {
            s->cacheInvalidation = true;
            s->cacheInvalidationDomain =
                str(*cache, {tomlkey::leaf(tomlkey::CacheInvalidationDomain)}, s->cacheInvalidationDomain);
        }
        if (const TomlValue *delay = t.findPath(tomlkey::path(tomlkey::QpidHeartbeatDelay))) {
            s->qpidHeartbeat = true;
            s->qpidHeartbeatDelay = int(delay->toInteger(s->qpidHeartbeatDelay));
            if (const TomlValue *f = t.findPath(tomlkey::path(tomlkey::QpidHeartbeatTimeoutFactor)))
                s->qpidHeartbeatTimeoutFactor = f->toFloat(s->qpidHeartbeatTimeoutFactor);
        }
        if (const TomlValue *skip = t.findPath(tomlkey::path(tomlkey::SkipList));
            skip && skip->table() && s->skipList.isEmpty()) {
            const TomlTable &l = *skip->table();
            auto list = [&](const char *key) {
                const TomlValue *v = l.find(QString::fromLatin1(key));
                return v ? v->toStringList() : QStringList();
            };
            s->skipList = {list(tomlkey::SkipApis), list(tomlkey::SkipEndpoints),
                           list(tomlkey::SkipSequences), list(tomlkey::SkipLocalEntries)};
        }
    }
    if (!envs.isEmpty())
        s->environments = envs;
}

} // namespace apim
