#include "rolerecognition.h"
#include "configkeys.h"
#include "endpoints.h"
#include "tomlkeys.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <string>
#include <unordered_map>

namespace apim {

namespace {

struct RolesTr
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

// The values a key names in a file; a segment naming an array of tables fans out over its tables.
void valuesAt(const TomlTable &t, const QStringList &segments, qsizetype i, QList<const TomlValue *> *out)
{
    QString segment = segments[i];
    if (segment.endsWith(QLatin1String("[]")))
        segment.chop(2);
    const TomlValue *v = t.find(segment);
    if (!v)
        return;
    if (i + 1 == segments.size()) {
        out->append(v);
    } else if (v->isArrayOfTables()) {
        for (const TomlValue &item : v->array()) {
            if (const TomlTable *sub = item.table())
                valuesAt(*sub, segments, i + 1, out);
        }
    } else if (const TomlTable *sub = v->table()) {
        valuesAt(*sub, segments, i + 1, out);
    }
}

// Whether a file shows a piece of evidence: the key, holding the value asked for, or naming the node itself.
bool shows(const TomlTable &t, const KeyEvidence &e, const QString &selfHost)
{
    if (e.with && keyValues(t, e.with).isEmpty())
        return false;
    const QList<const TomlValue *> values = keyValues(t, e.key);
    if (!e.value && !e.self)
        return !values.isEmpty();
    for (const TomlValue *v : values) {
        const QList<TomlValue> items = v->isArray() ? v->array() : QList<TomlValue>{*v};
        for (const TomlValue &item : items) {
            if (!item.isString())
                continue;
            if (e.value && item.toString().compare(QLatin1String(e.value), Qt::CaseInsensitive) == 0)
                return true;
            const QString host = e.self ? endpoints::parseUrl(item.toString()).host : QString();
            if (e.self && (endpoints::isLoopback(host) || (!host.isEmpty() && host == selfHost)))
                return true;
        }
    }
    return false;
}

QString evidenceText(const KeyEvidence &e)
{
    const QString key = QString::fromLatin1(e.key);
    return e.value ? QStringLiteral("%1 = \"%2\"").arg(key, QLatin1String(e.value)) : key;
}

const ImportHints &hints(NodeKind kind)
{
    return SchemaRegistry::instance().kind(kind).import;
}

RoleGuess pathGuess(NodeKind kind, const QString &reason)
{
    RoleGuess g;
    g.kind = kind;
    g.reason = reason;
    g.inferred = true;
    return g;
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
                return pathGuess(
                    h.kind,
                    RolesTr::tr("the file configures nothing that decides the role; its path names '%1'")
                        .arg(part));
        }
    }
    return pathGuess(NodeKind::AllInOne,
                     RolesTr::tr("the file configures nothing that decides the role; all-in-one assumed"));
}

QString roleWhy(const QString &roleText)
{
    return roleText.isEmpty() ? RolesTr::tr("no server_role")
                              : RolesTr::tr("server_role \"%1\"").arg(roleText);
}

// Each candidate kind's score from the keys its ImportHints list (model/core/kindfacts.cpp).
void scoreKeys(const TomlTable &t, RoleGuess *g)
{
    const TomlValue *hostname = t.findPath(tomlkey::path(tomlkey::ServerHostname));
    const QString self = hostname ? hostname->toString().trimmed().toLower() : QString();
    for (NodeKind k : g->candidates) {
        for (const KeyEvidence &e : hints(k).keys) {
            if (!shows(t, e, self))
                continue;
            g->scores[int(k)] += e.weight;
            if (e.weight > 0)
                g->keys[int(k)].append(evidenceText(e));
        }
    }
}

// The candidate with the highest score above zero (the first one on a tie); when none has one,
// the kind server_role names, else the path's.
void decide(RoleGuess *g, const QString &path)
{
    const NodeKind *best = nullptr;
    int bestScore = 0;
    for (const NodeKind &k : g->candidates) {
        if (g->scores.value(int(k)) > bestScore) {
            bestScore = g->scores.value(int(k));
            best = &k;
        }
    }
    const QString why = roleWhy(g->roleText);
    if (!best && g->namedKind >= 0) {
        g->kind = NodeKind(g->namedKind);
        g->inferred = false;
        return;
    }
    if (!best) {
        const RoleGuess p = fromPath(path);
        g->kind = p.kind;
        g->inferred = true;
        g->reason = why + QLatin1String(", ") + p.reason.section(QLatin1String("; "), 1);
        return;
    }
    g->kind = *best;
    // The kind server_role names, confirmed by the keys: nothing to report.
    g->inferred = g->namedKind != int(*best);
    QStringList parts{why};
    const QStringList keys = g->keys.value(int(*best));
    if (!keys.isEmpty())
        parts.append(RolesTr::tr("its keys speak for it: %1").arg(keys.join(QLatin1String(", "))));
    const QStringList namedIn = g->namedIn.value(int(*best));
    if (!namedIn.isEmpty())
        parts.append(RolesTr::tr("other files name it in %1").arg(namedIn.join(QLatin1String(", "))));
    g->reason = parts.join(QLatin1String("; "));
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

QList<const TomlValue *> keyValues(const TomlTable &config, const char *key)
{
    // The keys are the recognisers' constants, asked for once per file each: split each once (per
    // thread, as the design check runs in a worker), the text compared so a reused buffer is safe.
    struct Split
    {
        bool filled = false;
        std::string text;
        QStringList path;
    };
    thread_local std::unordered_map<const char *, Split> splits;
    Split &split = splits[key];
    if (!split.filled || split.text != key) {
        split.filled = true;
        split.text = key;
        split.path = splitDottedKey(QString::fromLatin1(key));
    }
    QList<const TomlValue *> out;
    valuesAt(config, split.path, 0, &out);
    return out;
}

RoleGuess guessRole(const TomlTable &config, const QString &path)
{
    const TomlValue *roleValue = config.findPath(tomlkey::path(tomlkey::ServerRole));
    const QString role = roleValue ? roleValue->toString().trimmed() : QString();
    const QString r = role.toLower();
    const SchemaRegistry &registry = SchemaRegistry::instance();
    RoleGuess g;
    bool legacy = false;
    const KindSpec *named = registry.kindByServerRole(r, &legacy);
    if (named && legacy) {
        g.kind = named->kind;
        g.reason =
            RolesTr::tr("server_role \"%1\" is a 3.x profile; its closest 4.x role is the control plane")
                .arg(role);
        g.inferred = true;
    } else {
        // The kind server_role names and those whose files say it too; any kind when it names none.
        if (named)
            g.candidates.append(named->kind);
        for (const KindSpec &k : registry.kinds()) {
            const bool shared = k.import.sharedServerRoles.contains(r);
            if (!k.import.keys.isEmpty() && !g.candidates.contains(k.kind) && (!named || shared))
                g.candidates.append(k.kind);
        }
        g.kind = named ? named->kind : g.kind;
        if (!named || g.candidates.size() > 1) {
            g.byKeys = true;
            g.roleText = role;
            g.namedKind = named ? int(named->kind) : -1;
            scoreKeys(config, &g);
            decide(&g, path);
        }
    }
    g.line = roleValue ? roleValue->line : 0;
    return g;
}

void addReference(RoleGuess *g, const QString &key, const QString &path)
{
    if (!g->byKeys)
        return;
    bool changed = false;
    for (NodeKind k : g->candidates) {
        for (const KeyEvidence &e : hints(k).namedBy) {
            if (key != QLatin1String(e.key) || g->namedIn.value(int(k)).contains(key))
                continue;
            g->scores[int(k)] += e.weight;
            g->namedIn[int(k)].append(key);
            changed = true;
        }
    }
    if (changed)
        decide(g, path);
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
