// NGINX configuration for one load balancer, fronting its cluster.
//
// Gateway clusters: the control planes publish the balancer as the gateway
// environment (http://lb, https://lb, ws://lb:9099, wss://lb:8099 and
// https://lb/services/), so the HTTPS port routes /services/ to the
// management port and everything else to API traffic (8243), the HTTP port
// serves API traffic (8280) rather than redirecting, and 9099/8099 carry
// WebSocket traffic. All-in-one clusters get the same, with their web apps'
// paths kept on the management port. Other clusters only expose the management port (9443),
// with HTTP redirected to HTTPS; control planes need sticky sessions, which
// community NGINX offers as ip_hash. Only HTTP(S) goes through the balancer:
// JMS and binary endpoints are addressed per node.
#include "generators.h"
#include "generatorutil.h"
#include "hostname.h"
#include "names.h"
#include "quoting.h"

namespace apim {

namespace {

using namespace genutil;

struct Member
{
    QString host;
    int offset = 0;
};

struct Upstream
{
    QString name;
    int basePort = 0;
    bool sticky = false;
};

QString upstreamPrefix(const Node &lb)
{
    QString out = QStringLiteral("apim_");
    for (QChar c : lb.name().toLower()) {
        const char16_t u = c.unicode();
        out += ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) ? c : QLatin1Char('_');
    }
    return out;
}

QStringList upstreamBlock(const Upstream &u, const QList<Member> &members)
{
    QStringList out{QStringLiteral("upstream %1 {").arg(u.name)};
    if (u.sticky)
        out.append(
            QStringLiteral("    ip_hash; # sticky sessions: community NGINX has no 'sticky' directive"));
    for (const Member &m : members)
        out.append(QStringLiteral("    server %1;")
                       .arg(quote::nginxParam(hostForUrl(m.host) + QLatin1Char(':') +
                                              QString::number(u.basePort + m.offset))));
    out.append(QStringLiteral("}"));
    out.append(QString());
    return out;
}

QStringList proxyLocation(const QString &path, const QString &target, bool websocket,
                          const QString &comment = {})
{
    QStringList out;
    if (!comment.isEmpty())
        out.append(QStringLiteral("    # ") + comment);
    out.append(QStringLiteral("    location %1 {").arg(path));
    if (websocket) {
        out.append(QStringLiteral("        proxy_http_version 1.1;"));
        out.append(QStringLiteral("        proxy_set_header Upgrade $http_upgrade;"));
        out.append(QStringLiteral("        proxy_set_header Connection \"upgrade\";"));
    }
    out += {
        QStringLiteral("        proxy_set_header X-Forwarded-Host $host;"),
        QStringLiteral("        proxy_set_header X-Forwarded-Server $host;"),
        QStringLiteral("        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;"),
        QStringLiteral("        proxy_set_header X-Forwarded-Proto $scheme;"),
        QStringLiteral("        proxy_set_header X-Forwarded-Port $server_port;"),
        QStringLiteral("        proxy_set_header Host $http_host;"),
    };
    // Idle WebSocket connections stay open far longer than a request.
    const QString timeout = websocket ? QStringLiteral("1h") : QStringLiteral("5m");
    out.append(QStringLiteral("        proxy_read_timeout %1;").arg(timeout));
    out.append(QStringLiteral("        proxy_send_timeout %1;").arg(timeout));
    out.append(QStringLiteral("        proxy_pass %1;").arg(target));
    out.append(QStringLiteral("    }"));
    return out;
}

struct ServerNames
{
    QString serverName; // server_name value
    QString certBase;   // /etc/nginx/ssl/<certBase>.crt
    QString httpsBase;  // https://host[:port], for redirects
};

ServerNames namesFor(const Node &lb)
{
    ServerNames n;
    const QString host = balancerHost(lb);
    const int httpsPort = lb.value(Field::HttpsPort).toInt();
    n.certBase = balancerCertBase(lb);
    if (isPlainToken(host)) {
        n.serverName = quote::nginxParam(hostForUrl(host));
        n.httpsBase = QStringLiteral("https://") + hostForUrl(host);
    } else {
        n.serverName = QStringLiteral("_");
        n.httpsBase = QStringLiteral("https://$host");
    }
    if (httpsPort != 443)
        n.httpsBase += QLatin1Char(':') + QString::number(httpsPort);
    return n;
}

QStringList serverOpen(const QString &listen, const ServerNames &names, bool ssl)
{
    QStringList out{QStringLiteral("server {"), QStringLiteral("    listen %1;").arg(listen),
                    QStringLiteral("    server_name %1;").arg(names.serverName)};
    if (ssl) {
        out += {
            QStringLiteral("    ssl_certificate /etc/nginx/ssl/%1.crt;").arg(names.certBase),
            QStringLiteral("    ssl_certificate_key /etc/nginx/ssl/%1.key;").arg(names.certBase),
            QStringLiteral("    ssl_protocols TLSv1.2 TLSv1.3;"),
        };
    }
    return out;
}

QStringList serverClose()
{
    return {QStringLiteral("}"), QString()};
}

// The web applications of a node that also serves API traffic (all-in-one): they
// stay on the management port, everything else is API traffic.
const char *const WebAppPaths[] = {"/publisher",  "/devportal",      "/admin",
                                   "/carbon",     "/oauth2",         "/oidc",
                                   "/api/am/",    "/internal/data/", "/authenticationendpoint",
                                   "/commonauth", "/logincontext"};

QStringList apiTrafficServers(const Node &lb, const QString &prefix, const ServerNames &names, bool webApps)
{
    const QString httpPort = QString::number(lb.value(Field::HttpPort).toInt());
    const QString httpsPort = QString::number(lb.value(Field::HttpsPort).toInt());
    QStringList managementPaths{QStringLiteral("/services/")};
    if (webApps) {
        for (const char *path : WebAppPaths)
            managementPaths.append(QString::fromLatin1(path));
    }
    QStringList out;

    out += serverOpen(httpPort, names, false);
    for (const QString &path : managementPaths) {
        out.append(QStringLiteral("    location %1 {").arg(path));
        out.append(QStringLiteral("        return 301 %1$request_uri;").arg(names.httpsBase));
        out.append(QStringLiteral("    }"));
    }
    out +=
        proxyLocation(QStringLiteral("/"), QStringLiteral("http://%1_http").arg(prefix), false,
                      QStringLiteral("Plain HTTP API traffic is served, not redirected: it is the gateway's "
                                     "http_endpoint, and a redirect would turn POSTs into GETs."));
    out += serverClose();

    out += serverOpen(httpsPort + QStringLiteral(" ssl"), names, true);
    out += proxyLocation(QStringLiteral("/services/"), QStringLiteral("https://%1_mgmt").arg(prefix), false,
                         QStringLiteral("The control planes call the gateways' admin services here "
                                        "(service_url); API contexts must not start with /services/."));
    for (const QString &path : managementPaths.mid(1))
        out += proxyLocation(path, QStringLiteral("https://%1_mgmt").arg(prefix), false);
    out += proxyLocation(QStringLiteral("/"), QStringLiteral("https://%1_https").arg(prefix), false,
                         QStringLiteral("HTTPS API traffic."));
    out += serverClose();

    out += serverOpen(QString::number(ports::base(PortId::Ws)), names, false);
    out += proxyLocation(QStringLiteral("/"), QStringLiteral("http://%1_ws").arg(prefix), true,
                         QStringLiteral("WebSocket APIs (ws)."));
    out += serverClose();

    out += serverOpen(QString::number(ports::base(PortId::Wss)) + QStringLiteral(" ssl"), names, true);
    out += proxyLocation(QStringLiteral("/"), QStringLiteral("https://%1_wss").arg(prefix), true,
                         QStringLiteral("WebSocket APIs (wss)."));
    out += serverClose();
    return out;
}

QStringList managementServers(const Node &lb, const QString &prefix, const ServerNames &names)
{
    QStringList out;
    out += serverOpen(QString::number(lb.value(Field::HttpPort).toInt()), names, false);
    out.append(QStringLiteral("    return 301 %1$request_uri;").arg(names.httpsBase));
    out += serverClose();
    out +=
        serverOpen(QString::number(lb.value(Field::HttpsPort).toInt()) + QStringLiteral(" ssl"), names, true);
    out += proxyLocation(QStringLiteral("/"), QStringLiteral("https://%1_mgmt").arg(prefix), false);
    out += serverClose();
    return out;
}

} // namespace

QByteArray nginxConfig(const Design &design, const Node &balancer)
{
    const Topology &t = design.topology;
    const QList<const Node *> nodes = t.clusterMembers(balancer.id);
    const ServerNames names = namesFor(balancer);
    const QString prefix = upstreamPrefix(balancer);

    QStringList out{
        QStringLiteral("# NGINX configuration of load balancer %1 (%2). Generated by APIM Topology Designer.")
            .arg(oneLine(balancer.name()), oneLine(names.serverName)),
    };

    QList<Member> members;
    QStringList skipped;
    for (const Node *n : nodes) {
        QString host = n->hostname().trimmed();
        if (!isPlainToken(host))
            host = n->ip().trimmed();
        if (isPlainToken(host))
            members.append({host, n->offset()});
        else
            skipped.append(
                QStringLiteral("# Left out %1: it has no host name or IP address.").arg(oneLine(n->name())));
    }
    if (members.isEmpty()) {
        out.append(
            QStringLiteral("# This load balancer fronts no node%1, so there is nothing to configure yet.")
                .arg(nodes.isEmpty() ? QString() : QStringLiteral(" with a host name or IP address")));
        out.append(
            QStringLiteral("# Link it to the nodes of one cluster in the designer and generate again."));
        out += skipped;
        return joinLines(out);
    }

    const NodeKind kind = nodes.first()->kind;
    const bool apiTraffic = carriesApiTraffic(kind);
    const bool sticky = SchemaRegistry::instance().traits(kind).stickySessions;
    out += {
        QStringLiteral("# Fronts %1 %2 node(s). Copy to /etc/nginx/conf.d/%3.conf on the load balancer,")
            .arg(members.size())
            .arg(kindLabel(kind), sanitizeFileName(balancer.name())),
        QStringLiteral(
            "# put the certificate and key at the ssl_certificate paths below, make the member host"),
        QStringLiteral("# names resolve (hosts file), then run `nginx -t` and reload NGINX."),
        QStringLiteral("# NGINX does not verify the members' (self-signed) certificates by default."),
    };
    out += skipped;
    out.append(QString());

    out +=
        upstreamBlock({prefix + QStringLiteral("_mgmt"), ports::base(PortId::HttpsServlet), sticky}, members);
    if (apiTraffic) {
        // API traffic is stateless: only the management upstream of a node with web apps is sticky.
        out += upstreamBlock(
            {prefix + QStringLiteral("_https"), ports::base(PortId::PassthroughHttps), false}, members);
        out += upstreamBlock({prefix + QStringLiteral("_http"), ports::base(PortId::PassthroughHttp), false},
                             members);
        out += upstreamBlock({prefix + QStringLiteral("_ws"), ports::base(PortId::Ws), false}, members);
        out += upstreamBlock({prefix + QStringLiteral("_wss"), ports::base(PortId::Wss), false}, members);
        out += apiTrafficServers(balancer, prefix, names, sticky);
    } else {
        out += managementServers(balancer, prefix, names);
    }
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return joinLines(out);
}

} // namespace apim
