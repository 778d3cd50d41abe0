#include "endpoints.h"
#include "configkeys.h"
#include "endpointregistry.h"
#include "servicenames.h"
#include "tomlkeys.h"

#include <QRegularExpression>

#include <algorithm>

namespace apim::endpoints {

namespace {

// The endpoint registry's row as the URL's purpose, which decides its default port.
Purpose purposeOf(const EndpointSpec &spec)
{
    switch (spec.listener) {
    case PortId::Amqp:
    case PortId::AmqpSsl:
        return Purpose::Amqp;
    case PortId::BinaryTcp:
        return Purpose::BinaryTcp;
    case PortId::BinarySsl:
        return Purpose::BinarySsl;
    case PortId::PassthroughHttps:
    case PortId::PassthroughHttp:
    case PortId::Ws:
    case PortId::Wss:
    case PortId::WebSubHttp:
    case PortId::WebSubHttps:
        return Purpose::GatewayTraffic;
    case PortId::HttpsServlet:
    case PortId::HttpServlet:
        break;
    }
    return Purpose::Management;
}

struct CompiledPattern
{
    QString key;
    QStringList segments; // "[]" stripped
    QList<bool> arrays;   // whether each segment names an array of tables
    Purpose purpose;
    bool environment;
    const EndpointSpec *spec;
};

const QList<CompiledPattern> &compiledPatterns()
{
    static const QList<CompiledPattern> compiled = [] {
        QList<CompiledPattern> out;
        // Every URL-valued row of the registry; database URLs are read by databases().
        for (const EndpointSpec &p : endpointregistry::all()) {
            if (p.target == EndpointTarget::Database)
                continue;
            CompiledPattern c{QString::fromLatin1(p.key), {}, {}, purposeOf(p), p.environment, &p};
            for (QString segment : splitDottedKey(c.key)) {
                const bool array = segment.endsWith(QLatin1String("[]"));
                if (array)
                    segment.chop(2);
                c.segments.append(segment);
                c.arrays.append(array);
            }
            out.append(c);
        }
        return out;
    }();
    return compiled;
}

void emitValue(const TomlValue &v, const CompiledPattern &p, QList<Use> *out)
{
    if (v.isArray()) {
        for (const TomlValue &item : v.array())
            emitValue(item, p, out);
        return;
    }
    if (!v.isString())
        return;
    Use use;
    use.key = p.key;
    use.purpose = p.purpose;
    use.environment = p.environment;
    use.spec = p.spec;
    use.text = v.toString();
    use.url = parseUrl(use.text);
    use.line = v.line;
    use.column = v.column;
    out->append(use);
}

void visit(const TomlTable &table, const CompiledPattern &p, qsizetype i, QList<Use> *out)
{
    const TomlValue *child = table.find(p.segments[i]);
    if (!child)
        return;
    if (i == p.segments.size() - 1) {
        emitValue(*child, p, out);
    } else if (p.arrays[i] && child->isArray()) {
        for (const TomlValue &item : child->array()) {
            if (const TomlTable *t = item.table())
                visit(*t, p, i + 1, out);
        }
    } else if (const TomlTable *t = child->table()) {
        visit(*t, p, i + 1, out);
    }
}

} // namespace

int basePort(Purpose purpose)
{
    switch (purpose) {
    case Purpose::Management:
        return ports::base(PortId::HttpsServlet);
    case Purpose::Amqp:
        return ports::base(PortId::Amqp);
    case Purpose::BinaryTcp:
        return ports::base(PortId::BinaryTcp);
    case Purpose::BinarySsl:
        return ports::base(PortId::BinarySsl);
    case Purpose::GatewayTraffic:
        return -1;
    }
    return -1;
}

bool isLoopback(const QString &host)
{
    return host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) ||
           host == QLatin1String("0.0.0.0") || host == QLatin1String("::1") || host == QLatin1String("[::1]");
}

bool isPlaceholder(const QString &host)
{
    // Blank text is caught by the loop: a space is a placeholder's mark too.
    if (host.isEmpty())
        return true;
    for (QChar c : host) {
        if (c == QLatin1Char('$') || c == QLatin1Char('{') || c == QLatin1Char('}') ||
            c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('%') || c.isSpace())
            return true;
    }
    // The seed page's "[api-gateway-LB-host]"; an IPv6 literal has colons.
    return host.startsWith(QLatin1Char('[')) && !host.contains(QLatin1Char(':'));
}

bool isRealHost(const QString &host)
{
    return !isPlaceholder(host) && !isLoopback(host);
}

Url parseUrl(const QString &text)
{
    Url u;
    const QString t = text.trimmed();
    const qsizetype sep = t.indexOf(QLatin1String("://"));
    if (sep <= 0)
        return u;
    u.scheme = t.left(sep).toLower();
    // The authority ends at the path, query or a JDBC parameter list, outside placeholders' braces.
    const qsizetype start = sep + 3;
    qsizetype end = start;
    for (int depth = 0; end < t.size(); ++end) {
        const QChar c = t.at(end);
        if (c == QLatin1Char('{'))
            ++depth;
        else if (c == QLatin1Char('}'))
            depth = std::max(0, depth - 1);
        else if (depth == 0 && QStringView(u"/?;,#").contains(c))
            break;
    }
    QString authority = t.mid(start, end - start);
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0)
        authority = authority.mid(at + 1);
    QString host = authority;
    QString port;
    if (authority.startsWith(QLatin1Char('['))) {
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        host = authority.left(close + 1);
        if (close >= 0 && authority.mid(close + 1).startsWith(QLatin1Char(':')))
            port = authority.mid(close + 2);
    } else if (authority.startsWith(QLatin1String("${")) || authority.startsWith(QLatin1String("$env{")) ||
               authority.startsWith(QLatin1String("$ref{")) || authority.startsWith(QLatin1String("{{"))) {
        // A placeholder host: the port, if any, follows its closing brace.
        const qsizetype close = authority.lastIndexOf(QLatin1Char('}'));
        host = authority.left(close + 1);
        if (authority.mid(close + 1).startsWith(QLatin1Char(':')))
            port = authority.mid(close + 2);
    } else if (const qsizetype colon = authority.indexOf(QLatin1Char(':')); colon >= 0) {
        host = authority.left(colon);
        port = authority.mid(colon + 1);
    }
    u.host = host.toLower();
    if (!port.isEmpty()) {
        bool ok = false;
        const int p = port.toInt(&ok);
        if (ok && p > 0 && p < 65536)
            u.port = p;
        else if (port.contains(QLatin1Char('$')) || port.contains(QLatin1Char('{')))
            u.portPlaceholder = true;
    }
    u.valid = !u.host.isEmpty();
    return u;
}

QString serviceStem(const QString &host)
{
    // The first label, without QString::section(): this runs for every URL of a set.
    QString label = QStringView(host).left(host.indexOf(QLatin1Char('.'))).toString().toLower();
    static const QLatin1String suffixes[] = {QLatin1String("-service"), QLatin1String("-svc"),
                                             QLatin1String("-internal"), QLatin1String("-headless")};
    for (bool changed = true; changed;) {
        changed = false;
        for (const QLatin1String &s : suffixes) {
            if (label.size() > s.size() && label.endsWith(s)) {
                label.chop(s.size());
                changed = true;
            }
        }
        // A StatefulSet's or Helm's ordinal: "-1", "-0".
        const qsizetype dash = label.lastIndexOf(QLatin1Char('-'));
        bool number = false;
        if (dash > 0 && dash >= label.size() - 3) {
            (void)QStringView(label).mid(dash + 1).toInt(&number);
            if (number) {
                label.truncate(dash);
                changed = true;
            }
        }
    }
    return label;
}

QList<Use> collect(const TomlTable &config)
{
    QList<Use> out;
    for (const CompiledPattern &p : compiledPatterns())
        visit(config, p, 0, &out);
    std::stable_sort(out.begin(), out.end(), [](const Use &a, const Use &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return out;
}

QString databaseType(const QString &jdbcOrType)
{
    QString t = jdbcOrType.trimmed().toLower();
    if (t == QLatin1String("postgresql") || t == QLatin1String("postgres"))
        return QStringLiteral("postgre");
    if (t == QLatin1String("sqlserver"))
        return QStringLiteral("mssql");
    return t;
}

namespace {

// What follows the '@' of jdbc:oracle:thin:@...: host:port:SID, host:port/service,
// //host:port/service, or a descriptor naming HOST, PORT and SERVICE_NAME or SID.
void oracleUrl(QString at, Database *d)
{
    if (at.startsWith(QLatin1Char('('))) {
        auto value = [&at](const char *key) {
            const QRegularExpression re(
                QStringLiteral("\\(\\s*%1\\s*=\\s*([^()\\s]+)\\s*\\)").arg(QLatin1String(key)),
                QRegularExpression::CaseInsensitiveOption);
            return re.match(at).captured(1);
        };
        d->host = value("HOST").toLower();
        d->port = value("PORT").toInt();
        const QString service = value("SERVICE_NAME");
        if (const QString named = service.isEmpty() ? value("SID") : service; !named.isEmpty())
            d->service = named;
        return;
    }
    if (at.startsWith(QLatin1String("//")))
        at = at.mid(2);
    const QString hostPort = at.section(QLatin1Char('/'), 0, 0);
    d->host = hostPort.section(QLatin1Char(':'), 0, 0).toLower();
    d->port = hostPort.section(QLatin1Char(':'), 1, 1).toInt();
    // A service name may carry an instance (/service/instance) or parameters (?...).
    const QString service = (at.contains(QLatin1Char('/')) ? at.section(QLatin1Char('/'), 1, 1)
                                                           : hostPort.section(QLatin1Char(':'), 2, 2))
                                .section(QLatin1Char('?'), 0, 0)
                                .trimmed();
    if (!service.isEmpty())
        d->service = service;
    if (d->name.isEmpty())
        d->name = service;
}

} // namespace

QList<Database> databases(const TomlTable &config)
{
    QList<Database> out;
    const TomlTable *dbs = config.subTable(QStringLiteral("database"));
    if (!dbs)
        return out;
    for (const auto &entry : dbs->entries()) {
        const TomlTable *t = entry.value.table();
        if (!t || entry.value.isArray())
            continue;
        Database d;
        d.id = entry.key;
        d.line = t->line;
        auto text = [t](const char *key) {
            const TomlValue *v = t->find(QString::fromLatin1(key));
            if (!v)
                return QString();
            return v->isString() ? v->toString() : QString::number(v->toInteger(-1));
        };
        d.type = databaseType(text("type"));
        d.name = text("name");
        d.service = text("sid");
        d.user = text("username");
        d.password = text("password");
        const QString url = text("url");
        if (url.startsWith(QLatin1String("jdbc:"), Qt::CaseInsensitive)) {
            const QString rest = url.mid(5);
            const QString sub = databaseType(rest.section(QLatin1Char(':'), 0, 0));
            if (d.type.isEmpty())
                d.type = sub;
            if (sub == QLatin1String("h2")) {
                d.embedded = true;
            } else if (sub == QLatin1String("oracle")) {
                oracleUrl(rest.section(QLatin1Char('@'), 1), &d);
            } else {
                const Url u = parseUrl(rest);
                d.host = u.host;
                d.port = u.port;
                const QString afterHost = rest.section(QLatin1String("://"), 1);
                if (d.name.isEmpty()) {
                    const qsizetype dbName =
                        afterHost.indexOf(QLatin1String("databaseName="), 0, Qt::CaseInsensitive);
                    if (dbName >= 0)
                        d.name = afterHost.mid(dbName + 13).section(QLatin1Char(';'), 0, 0);
                    else if (afterHost.contains(QLatin1Char('/')))
                        d.name = afterHost.section(QLatin1Char('/'), 1)
                                     .section(QLatin1Char('?'), 0, 0)
                                     .section(QLatin1Char(';'), 0, 0);
                }
            }
            d.fromUrl = true;
            if (const TomlValue *v = t->find(QStringLiteral("url"))) {
                d.line = v->line;
                d.column = v->column;
            }
        } else if (d.type == QLatin1String("h2")) {
            d.embedded = true;
        }
        if (!d.fromUrl) {
            if (const TomlValue *v = t->find(QStringLiteral("hostname"))) {
                d.host = v->toString().trimmed().toLower();
                d.line = v->line;
                d.column = v->column;
            }
            const QString port = text("port");
            if (!port.isEmpty())
                d.port = port.toInt();
        }
        if (d.port <= 0)
            d.port = -1;
        out.append(d);
    }
    return out;
}

bool listensOn(int offset, int port)
{
    // Any listener of the pack: an imported node's kind is a guess, so its ports are not narrowed by kind.
    return ports::isApimPort(offset, port);
}

HostIndex::HostIndex(const Topology &topology) : m_topology(&topology)
{
    for (const Node &n : topology.nodes()) {
        QStringList keys{n.name(), n.hostname(), n.ip()};
        if (SchemaRegistry::instance().traits(n.kind).balancer)
            keys.append(n.text(Field::PublicHostname));
        QString done[4]; // a name is mostly the hostname too: file each host once
        qsizetype doneCount = 0;
        for (const QString &k : keys) {
            const QString host = k.trimmed().toLower();
            if (host.isEmpty() || isLoopback(host) ||
                std::find(done, done + doneCount, host) != done + doneCount)
                continue;
            done[doneCount++] = host;
            QList<NodeId> &ids = m_byHost[host];
            if (!ids.contains(n.id))
                ids.append(n.id);
            if (isPlaceholder(host))
                continue;
            QList<NodeId> &stemIds = m_byStem[serviceStem(host)];
            if (!stemIds.contains(n.id))
                stemIds.append(n.id);
            if (const servicenames::HelmService helm = servicenames::parse(host); helm.valid) {
                QList<NodeId> &release = m_byRelease[helm.fullname];
                if (!release.contains(n.id))
                    release.append(n.id);
            }
        }
        const bool apim = SchemaRegistry::instance().kind(n.kind).apimNode;
        if (apim && (n.hostname().trimmed().isEmpty() || isLoopback(n.hostname().trimmed().toLower())))
            m_loopback.append(&n);
        if (apim)
            m_apim.append(n.id);
    }
}

QList<QHash<QString, int>> HostIndex::apimTokens() const
{
    QList<QHash<QString, int>> out;
    for (NodeId id : m_apim) {
        const Node &n = *m_topology->node(id);
        servicenames::TokenCounts tokens;
        servicenames::countTokens(n.name(), &tokens);
        // A hostname that is a container name of its own says nothing about another one.
        if (const QString h = n.hostname().trimmed().toLower();
            isRealHost(h) && servicenames::composeProject(h).isEmpty())
            servicenames::countTokens(h.section(QLatin1Char('.'), 0, 0), &tokens);
        out.append(tokens);
    }
    return out;
}

QList<const Node *> HostIndex::lookup(const QString &host) const
{
    QList<const Node *> out;
    const QString key = host.toLower();
    const QList<NodeId> *ids = nullptr;
    if (const auto it = m_byHost.constFind(key); it != m_byHost.constEnd())
        ids = &*it;
    // A container platform's service name for a node (wso2apim-km-internal.wso2.svc for
    // wso2apim-km), when it names one node only; a plain host must match as written.
    // A helm-apim release's own service balances over every node of that release.
    if (!ids && !isPlaceholder(key) && !isLoopback(key)) {
        if (const servicenames::HelmService helm = servicenames::parse(key);
            helm.valid && helm.instance == 0) {
            if (const auto it = m_byRelease.constFind(helm.fullname); it != m_byRelease.constEnd())
                ids = &*it;
        }
    }
    if (!ids && !isPlaceholder(key) && !isLoopback(key)) {
        const QString stem = serviceStem(key);
        if (stem != key.section(QLatin1Char('.'), 0, 0) || key.contains(QLatin1String(".svc"))) {
            if (const auto it = m_byStem.constFind(stem); it != m_byStem.constEnd() && it->size() == 1)
                ids = &*it;
        }
    }
    if (!ids) {
        // Only a service name that fits one node: several are no balancer the design knows.
        if (servicenames::isServiceName(key)) {
            if (m_apimTokens.size() != m_apim.size()) // built on the first such lookup: most sets need none
                m_apimTokens = apimTokens();
            if (const QList<int> best =
                    servicenames::bestMatches(servicenames::serviceTokens(key), m_apimTokens);
                best.size() == 1)
                out.append(m_topology->node(m_apim.at(best.first())));
        }
        return out;
    }
    for (NodeId id : *ids)
        out.append(m_topology->node(id));
    return out;
}

namespace {

// Among nodes sharing a host, the ones listening on the URL's port.
QList<const Node *> byPort(const QList<const Node *> &candidates, const Url &url)
{
    QList<const Node *> out;
    for (const Node *n : candidates) {
        if (listensOn(n->offset(), url.port))
            out.append(n);
    }
    return out;
}

} // namespace

Target resolve(const Topology &topology, const HostIndex &index, const Node &from, const Url &url)
{
    Target t;
    if (!url.valid || isPlaceholder(url.host)) {
        t.kind = Target::Placeholder;
        return t;
    }
    if (isLoopback(url.host)) {
        // On a loopback URL the port tells which co-located node is meant;
        // a ${...port} placeholder resolves on the reading node itself.
        if (url.portPlaceholder || (url.port > 0 && listensOn(from.offset(), url.port))) {
            t.kind = Target::Self;
            return t;
        }
        QList<const Node *> others;
        if (url.port > 0) {
            for (const Node *n : byPort(index.loopbackNodes(), url)) {
                if (n->id != from.id)
                    others.append(n);
            }
        }
        // Several co-located nodes on one port is a port conflict, not a URL to nobody.
        t.kind = others.isEmpty()     ? Target::Unresolved
                 : others.size() == 1 ? Target::Nodes
                                      : Target::Ambiguous;
        t.nodes = others;
        return t;
    }
    QList<const Node *> named;
    for (const Node *n : index.lookup(url.host)) {
        // A balancer forwards to its members under its own hostname too (the management host
        // of API traffic balancers).
        if (SchemaRegistry::instance().traits(n->kind).balancer &&
            (n->text(Field::PublicHostname).compare(url.host, Qt::CaseInsensitive) == 0 ||
             n->hostname().trimmed().compare(url.host, Qt::CaseInsensitive) == 0)) {
            t.kind = Target::Balancer;
            t.balancer = n;
            t.nodes = topology.clusterMembers(n->id);
            return t;
        }
        if (!SchemaRegistry::instance().traits(n->kind).database)
            named.append(n);
    }
    if (named.isEmpty()) {
        t.kind = Target::Unknown;
        return t;
    }
    if (named.size() > 1 && url.port > 0) {
        const QList<const Node *> matching = byPort(named, url);
        if (!matching.isEmpty())
            named = matching;
    }
    if (named.size() == 1 && named.first()->id == from.id) {
        t.kind = Target::Self;
        return t;
    }
    t.kind = Target::Nodes;
    t.nodes = named;
    return t;
}

Target resolveDatabase(const HostIndex &index, const QString &host)
{
    Target t;
    if (isPlaceholder(host)) {
        t.kind = Target::Placeholder;
        return t;
    }
    const QList<const Node *> named = index.lookup(host);
    for (const Node *n : named) {
        if (SchemaRegistry::instance().traits(n->kind).database)
            t.nodes.append(n);
    }
    if (!t.nodes.isEmpty()) {
        t.kind = Target::Nodes;
    } else if (isLoopback(host)) {
        t.kind = Target::Unresolved;
    } else if (!named.isEmpty()) {
        t.kind = Target::Nodes; // a database on the machine of an API-M node
        t.nodes = named;
    } else {
        t.kind = Target::Unknown;
    }
    return t;
}

} // namespace apim::endpoints
