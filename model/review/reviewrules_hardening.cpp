// Rules on hardening: settings that work but leave a deployment open (TLS to the
// database switched off, root database users, hostname checks disabled,
// placeholders never filled in, localhost advertised to consumers, AMQP
// connections without a heartbeat). They read each file on its own; an Identity
// Server's file is read too.
#include "configkeys.h"
#include "reviewcontext.h"
#include "tomlkeys.h"
#include "versionprofile.h"

#include <QRegularExpression>

namespace apim::review {

namespace {

int lineIn(const TomlTable &config, const QString &table, const QString &key)
{
    return lineAt(config, {QStringLiteral("database"), table, key});
}

void checkDatabaseUsers(Context &c, const NodeConfig &nc)
{
    for (const endpoints::Database &db : endpoints::databases(nc.config)) {
        if (db.embedded)
            continue; // H2 runs inside the node: its user reaches nothing else
        const TomlTable *t = nc.config.findPath({QStringLiteral("database"), db.id})->table();
        const QString url = t ? stringAt(*t, {QStringLiteral("url")}) : QString();
        static const QRegularExpression noTls(QStringLiteral("[?&;](useSSL|encrypt)=false\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
        if (const QRegularExpressionMatch m = noTls.match(url); m.hasMatch())
            c.add(rule::UseSslFalse, &nc, lineIn(nc.config, db.id, QStringLiteral("url")),
                  ReviewTr::tr("[database.%1] url sets %2=false: the connection to the database, "
                               "passwords included, travels unencrypted.")
                      .arg(db.id, m.captured(1)),
                  ReviewTr::tr("Remove %1=false (or set it to true) and give the database a certificate "
                               "the node trusts.")
                      .arg(m.captured(1)));
        const bool root = db.user.compare(QLatin1String("root"), Qt::CaseInsensitive) == 0;
        const bool same = !db.user.isEmpty() && db.password == db.user;
        if (!root && !same)
            continue;
        const QString key = root ? QStringLiteral("username") : QStringLiteral("password");
        c.add(rule::DbRootUser, &nc, lineIn(nc.config, db.id, key),
              root ? ReviewTr::tr("[database.%1] connects as root: a leaked node password gives the whole "
                                  "database server away.")
                         .arg(db.id)
                   : ReviewTr::tr("[database.%1] password is its user name \"%2\": the first guess of anyone "
                                  "who reaches the database.")
                         .arg(db.id, db.user),
              ReviewTr::tr("Create a user for API-M with rights on its own schema only, with a strong "
                           "password kept in [secrets]."));
    }
}

// Every string value of a table with its path, skipping [secrets].
template <typename F> void walkStrings(const TomlTable &t, QStringList &path, bool enabled, F &f)
{
    // A table that says enable = false is not read, nor is anything below it.
    static const QString flags[] = {QStringLiteral("enable"), QStringLiteral("enabled")};
    for (const QString &flag : flags) {
        if (const TomlValue *v = t.find(flag); v && v->type() == TomlValue::Type::Bool && !v->toBool(true))
            enabled = false;
    }
    for (const auto &e : t.entries()) {
        if (path.isEmpty() && e.key == QLatin1String(tomlkey::Secrets))
            continue;
        path.append(e.key);
        if (const TomlTable *sub = e.value.table(); sub && !e.value.isArray()) {
            walkStrings(*sub, path, enabled, f);
        } else if (e.value.isArray()) {
            for (const TomlValue &item : e.value.array()) {
                if (const TomlTable *st = item.table())
                    walkStrings(*st, path, enabled, f);
                else if (item.isString())
                    f(path, item, enabled);
            }
        } else if (e.value.isString()) {
            f(path, e.value, enabled);
        }
        path.removeLast();
    }
}

// A placeholder a template or a sample leaves for the user: Helm or Jinja "{{ }}", ERB "<% %>",
// a <name> where a value goes, YOUR_..._HERE.
QString placeholderIn(const QString &value)
{
    static const QRegularExpression marker(QStringLiteral(
        R"((\{\{.*?\}\}|\{%.*?%\}|<%.*?%>|(?:^|["/@:])<[A-Za-z][A-Za-z0-9_.-]*>|\bYOUR_[A-Z0-9_]*_HERE\b))"));
    // Most values hold none of the markers' first characters: skip the expression for them.
    bool candidate = false;
    for (qsizetype i = 0; i < value.size() && !candidate; ++i) {
        const QChar ch = value[i];
        candidate =
            ch == QLatin1Char('{') || ch == QLatin1Char('<') ||
            (ch == QLatin1Char('Y') && QStringView(value).sliced(i).startsWith(QLatin1String("YOUR_")));
    }
    if (!candidate)
        return QString();
    const QRegularExpressionMatch m = marker.match(value);
    if (!m.hasMatch())
        return QString();
    QString found = m.captured(1);
    if (!found.isEmpty() && QStringLiteral("\"/@:").contains(found.front()))
        found.remove(0, 1);
    return found;
}

void checkValues(Context &c, const NodeConfig &nc)
{
    QStringList path;
    auto check = [&](const QStringList &at, const TomlValue &v, bool enabled) {
        const QString value = v.toString();
        if (at.last().compare(QLatin1String("HostnameVerifier"), Qt::CaseInsensitive) == 0 &&
            value.compare(QLatin1String("AllowAll"), Qt::CaseInsensitive) == 0)
            c.add(rule::HostnameVerifierAllowAll, &nc, v.line,
                  ReviewTr::tr("%1 = \"%2\": the node accepts any certificate name, so anyone between it "
                               "and a backend can pose as that backend.")
                      .arg(joinDottedKey(at), value),
                  ReviewTr::tr("Use \"DefaultAndLocalhost\" (or \"Strict\") and give the backends "
                               "certificates that name them."));
        if (!enabled || !nc.file || nc.templated)
            return; // a value in a switched-off table is never read; templated-file covers templates
        if (const QString found = placeholderIn(value); !found.isEmpty())
            c.add(rule::UnsubstitutedPlaceholder, &nc, v.line,
                  ReviewTr::tr("%1 still holds the placeholder %2: API-M takes it literally.")
                      .arg(joinDottedKey(at), found),
                  ReviewTr::tr("Fill in the real value (render the template, or edit the sample), or "
                               "remove the key."));
    };
    walkStrings(nc.config, path, true, check);
}

// The URLs a gateway environment shows to API consumers, not its service_url (where the
// control plane deploys) nor its virtual hosts (their own names).
const char *const AdvertisedKeys[] = {"http_endpoint",
                                      "https_endpoint",
                                      "ws_endpoint",
                                      "wss_endpoint",
                                      "websub_event_receiver_http_endpoint",
                                      "websub_event_receiver_https_endpoint"};

void checkAdvertised(Context &c, const NodeConfig &nc)
{
    if (!SchemaRegistry::instance().traits(nc.node->kind).definesEnvironments)
        return;
    bool reported = false;
    const TomlValue *envs = nc.config.findPath(tomlkey::path(tomlkey::GatewayEnvironments));
    for (const TomlValue &e : envs && envs->isArray() ? envs->array() : QList<TomlValue>()) {
        const TomlTable *env = e.table();
        if (!env)
            continue;
        for (const char *key : AdvertisedKeys) {
            const TomlValue *v = env->find(QLatin1String(key));
            if (!v || !v->isString() || !endpoints::isLoopback(endpoints::parseUrl(v->toString()).host))
                continue;
            reported = true;
            c.add(rule::LocalhostAdvertised, &nc, v->line,
                  ReviewTr::tr("The gateway environment \"%1\" shows API consumers %2 = %3: localhost is "
                               "their own machine, not the gateway.")
                      .arg(stringAt(*env, {QStringLiteral("name")}), QLatin1String(key), v->toString()),
                  ReviewTr::tr("Use the gateways' public host name (their load balancer's) in every "
                               "endpoint of the environment."));
            break; // one finding per environment
        }
    }
    // The devportal's URL at localhost goes with the environments' when they say so already.
    const QStringList devportal = tomlkey::path(tomlkey::DevportalUrl);
    const QString url = stringAt(nc.config, devportal);
    if (!reported && !url.isEmpty() && endpoints::isLoopback(endpoints::parseUrl(url).host))
        c.add(rule::LocalhostAdvertised, &nc, lineAt(nc.config, devportal),
              ReviewTr::tr("[apim.devportal] url = %1: the links the portals send to consumers name "
                           "localhost.")
                  .arg(url),
              ReviewTr::tr("Use the developer portal's public host name."));
}

// A control plane's broker drops AMQP connections that stay idle unless [qpid.heartbeat] sets a
// delay (the default is 0, no heartbeat): gateways and traffic managers then miss events
// (wso2-domain.md §9).
void checkHeartbeat(Context &c, const NodeConfig &nc, const ApimVersion &version)
{
    if (nc.node->kind != NodeKind::ControlPlane || c.legacy() || c.apimCount() < 2)
        return;
    const KindRelease *r = SchemaRegistry::instance().release(nc.node->kind, version);
    if (r && !r->provides(Service::EventHub))
        return;
    const TomlValue *delay = nc.config.findPath(tomlkey::path(tomlkey::QpidHeartbeatDelay));
    if (delay && delay->toInteger(0) > 0)
        return;
    // Served: the set has nodes that follow an event hub (in 4.x gateways, traffic managers and
    // key managers all do), whether or not the import could wire them to this one.
    bool served = false;
    for (const NodeConfig &other : c.nodes) {
        const NodeKind k = other.node->kind;
        served =
            served || k == NodeKind::Gateway || k == NodeKind::TrafficManager || k == NodeKind::KeyManager;
    }
    if (!served)
        return;
    c.add(rule::QpidHeartbeatZero, &nc, delay ? delay->line : 0,
          ReviewTr::tr("%1 serves other nodes over AMQP without a [qpid.heartbeat] delay: idle "
                       "connections time out, and gateways and traffic managers miss API and policy "
                       "events.")
              .arg(nc.node->name()),
          ReviewTr::tr("Add [qpid.heartbeat] with delay = 60 and timeout_factor = 2.0."));
}

} // namespace

void checkHardening(Context &c)
{
    const ApimVersion version = ApimVersion::parse(c.design.settings.apimVersion);
    c.forNodes(Segment::ReviewHardeningValues, [&](const NodeConfig &nc) {
        checkDatabaseUsers(c, nc);
        checkValues(c, nc);
    });
    for (const NodeConfig &nc : c.others) {
        checkDatabaseUsers(c, nc);
        checkValues(c, nc);
    }
    c.forNodes(Segment::ReviewHardening, [&](const NodeConfig &nc) {
        checkAdvertised(c, nc);
        checkHeartbeat(c, nc, version);
    });
}

} // namespace apim::review
