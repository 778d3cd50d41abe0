// The container form of a design for the compose target. Inside one compose
// network every container has its own network namespace, so each node keeps the
// default ports (offset 0) and is reached by its service name; the balancers'
// public names become aliases of the one NGINX service, which alone publishes
// ports (wso2-patterns-and-engines.md §6.5). The node files then come from the
// ordinary generators run on this copy of the design.
#include "compose.h"
#include "generatorutil.h"

#include <QCoreApplication>

#include <algorithm>

namespace apim::compose {

namespace {

using namespace genutil;

QString tr(const char *text)
{
    return QCoreApplication::translate("Compose", text);
}

// §6.1: the Docker Hub images per 4.5+ distribution script; ≤4.4 runs one pack
// (wso2/wso2am) started with its -Dprofile=. The key manager is the ACP image with
// PROFILE_NAME=key-manager (§6.2 step 2).
struct ImageRow
{
    const char *script;
    const char *repository;
    const char *profileName; // PROFILE_NAME, or nullptr
};
const ImageRow Images[] = {
    {"api-cp", "wso2am-acp", nullptr},           {"key-manager", "wso2am-acp", "key-manager"},
    {"gateway", "wso2am-universal-gw", nullptr}, {"traffic-manager", "wso2am-tm", nullptr},
    {"api-manager", "wso2am", nullptr},
};

// The database engines with an official image the target knows how to initialise.
bool supportedDatabase(const QString &type)
{
    return type == QLatin1String("mysql") || type == QLatin1String("postgre");
}

// A DNS label from a node name: lower case, [a-z0-9-], no hyphen at either end.
QString label(const QString &name, const QString &fallback)
{
    QString out;
    for (QChar c : name.toLower()) {
        const char16_t u = c.unicode();
        const bool keep = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9');
        if (keep)
            out += c;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    out = out.left(50);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? fallback : out;
}

bool runsInContainer(const Node &n)
{
    return isApimNode(n) || SchemaRegistry::instance().traits(n.kind).database;
}

// Public nodes (API traffic or the portals) that no balancer fronts get an NGINX front of
// their own on their own ports, so that the names they advertise work from the host too.
bool needsFront(const Design &design, const Node &n)
{
    if (!isApimNode(n) || design.topology.balancerOf(n.id))
        return false;
    const KindRelease *r =
        SchemaRegistry::instance().release(n.kind, ApimVersion::parse(design.settings.apimVersion));
    return SchemaRegistry::instance().kind(n.kind).runs(Component::Gateway) ||
           (r && r->provides(Service::Portals));
}

} // namespace

QString nginxService()
{
    return QStringLiteral("nginx");
}

QString networkName()
{
    return QStringLiteral("apim");
}

// A private range unlikely to be in use; README says how to change it.
const char *const SubnetPrefix = "172.30.47.";
constexpr int FirstAddress = 10;
constexpr int MaxServices = 240;

QString subnet()
{
    return QString::fromLatin1(SubnetPrefix) + QStringLiteral("0/24");
}

Image image(const Design &design, const Node &node)
{
    Image out;
    const ApimVersion version = ApimVersion::parse(design.settings.apimVersion);
    const StartCommand cmd = startCommand(node, version);
    if (!cmd.valid)
        return out;
    for (const ImageRow &row : Images) {
        if (cmd.script != QLatin1String(row.script))
            continue;
        const QString repo = QString::fromLatin1(row.repository);
        const QString v = QStringLiteral("%1.%2.%3").arg(version.major).arg(version.minor).arg(version.patch);
        out.reference = QStringLiteral("wso2/%1:%2").arg(repo, v);
        out.serverHome = QStringLiteral("/home/wso2carbon/%1-%2").arg(repo, v);
        out.args = cmd.args;
        if (row.profileName)
            out.environment.append({QStringLiteral("PROFILE_NAME"), QString::fromLatin1(row.profileName)});
    }
    return out;
}

QString refusal(const Design &design)
{
    if (design.topology.nodes().isEmpty())
        return tr("the design has no nodes");
    if (std::count_if(design.topology.nodes().begin(), design.topology.nodes().end(), runsInContainer) >
        MaxServices)
        return tr("it has more than %1 nodes, more than one compose network of the target holds")
            .arg(MaxServices);
    for (const Node &n : design.topology.nodes()) {
        const SchemaRegistry &reg = SchemaRegistry::instance();
        if (reg.traits(n.kind).balancer)
            continue;
        if (reg.traits(n.kind).database) {
            const QString type = textOrDefault(n, Field::DbType);
            if (!supportedDatabase(type))
                return tr("database %1 is %2; the compose target runs the MySQL and PostgreSQL images only")
                    .arg(n.name(), type);
            continue;
        }
        if (!isApimNode(n) || image(design, n).reference.isEmpty())
            return tr("%1 is a %2 node, for which the compose target has no image (WSO2 publishes images "
                      "for the API-M components only)")
                .arg(n.name(), kindLabel(n.kind));
    }
    return QString();
}

Plan plan(const Design &source)
{
    Plan p;
    p.design = source;
    Topology &t = p.design.topology;
    QStringList taken{nginxService()};
    for (const Node &n : source.topology.nodes()) {
        if (!runsInContainer(n))
            continue;
        const QString base = label(n.name(), SchemaRegistry::instance().kind(n.kind).namePrefix);
        QString name = base;
        for (int i = 2; taken.contains(name); ++i)
            name = base + QLatin1Char('-') + QString::number(i);
        taken.append(name);
        p.names.insert(n.id, name);
        Node *m = t.mutableNode(n.id);
        m->values.insert(Field::Hostname, name);
        const QString address =
            QString::fromLatin1(SubnetPrefix) + QString::number(FirstAddress + p.names.size() - 1);
        p.addresses.insert(n.id, address);
        m->values.insert(Field::Ip, address);
        if (m->values.contains(Field::Offset))
            m->values.insert(Field::Offset, 0);
        if (SchemaRegistry::instance().traits(n.kind).database)
            m->values.insert(Field::DbPort,
                             SchemaRegistry::defaultDatabasePort(textOrDefault(n, Field::DbType)));
    }

    p.nginxAddress = QString::fromLatin1(SubnetPrefix) + QStringLiteral("5");
    p.frontDesign = p.design;
    Topology &f = p.frontDesign.topology;
    for (const Node &n : p.design.topology.nodes()) {
        if (!needsFront(p.design, n))
            continue;
        const bool api =
            carriesApiTraffic(n.kind) && !SchemaRegistry::instance().traits(n.kind).stickySessions;
        Node lb;
        lb.kind = NodeKind::LoadBalancer;
        lb.id = f.allocateNodeId();
        lb.values = SchemaRegistry::instance().defaults(NodeKind::LoadBalancer);
        lb.values.insert(Field::Name, p.names.value(n.id) + QStringLiteral("-front"));
        lb.values.insert(Field::Hostname, n.hostname());
        lb.values.insert(Field::PublicHostname, n.hostname());
        // The node's own ports, so that the URLs it advertises (no proxy port) work as they are.
        lb.values.insert(Field::HttpPort, ports::base(api ? PortId::PassthroughHttp : PortId::HttpServlet));
        lb.values.insert(Field::HttpsPort,
                         ports::base(api ? PortId::PassthroughHttps : PortId::HttpsServlet));
        f.insertNode(f.nodes().size(), lb);
        Link link;
        link.id = f.allocateLinkId();
        link.from = lb.id;
        link.to = n.id;
        f.insertLink(f.links().size(), link);
    }

    for (const Node &n : f.nodes()) {
        if (!SchemaRegistry::instance().traits(n.kind).balancer || f.clusterMembers(n.id).isEmpty())
            continue;
        p.balancers.append(n.id);
        const QString host = balancerHost(n);
        if (isPlainToken(host) && !p.aliases.contains(host) && !p.names.values().contains(host))
            p.aliases.append(host);
        const NodeKind kind = f.clusterMembers(n.id).first()->kind;
        // One machine: the members' admin services are called directly, with no management
        // host of the balancer's own (genutil::balancerManagementHost) to resolve.
        if (carriesApiTraffic(kind) && isPlainToken(host))
            f.mutableNode(n.id)->values.insert(Field::Hostname, host);
        QList<int> listen{n.value(Field::HttpPort).toInt(), n.value(Field::HttpsPort).toInt()};
        if (carriesApiTraffic(kind))
            listen += {ports::base(PortId::Ws), ports::base(PortId::Wss)};
        for (int port : listen) {
            if (port > 0 && !p.publishedPorts.contains(port))
                p.publishedPorts.append(port);
        }
    }
    std::sort(p.aliases.begin(), p.aliases.end());
    std::sort(p.publishedPorts.begin(), p.publishedPorts.end());
    return p;
}

} // namespace apim::compose
