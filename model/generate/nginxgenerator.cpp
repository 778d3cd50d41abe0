// NGINX configuration for one load balancer, fronting its cluster.
//
// Gateway clusters: the control planes publish the balancer as the gateway
// environment (http://lb, https://lb, ws://lb:9099, wss://lb:8099, WebSub on
// 9021/8021), so the public host serves API traffic only: the HTTP port
// serves it (8280) rather than redirecting, the HTTPS port 8243, and 9099/8099
// and 9021/8021 their listeners. The members' admin services (/services/ on
// 9443, where the control planes call them) never go through the public host:
// they get a server of their own under the balancer's own hostname, or none
// when it has no other name. All-in-one clusters get the same, with their web
// apps' paths kept on the management port. Other clusters only expose the
// management port (9443), with HTTP redirected to HTTPS; control planes need
// sticky sessions, which community NGINX offers as ip_hash. Only HTTP(S) goes
// through the balancer: JMS and binary endpoints are addressed per node.
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

// API imports and uploads (a WSDL, an OpenAPI file with its docs) exceed NGINX's 1 MB default.
const char *const MaxBodySize = "    client_max_body_size 100m;";

QStringList serverOpen(const QString &listen, const ServerNames &names, bool ssl)
{
    QStringList out{QStringLiteral("server {"), QStringLiteral("    listen %1;").arg(listen),
                    QStringLiteral("    server_name %1;").arg(names.serverName),
                    QString::fromLatin1(MaxBodySize)};
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

QStringList notExposed(const QString &path)
{
    return {QStringLiteral("    # The admin services are not exposed on the public host."),
            QStringLiteral("    location %1 {").arg(path), QStringLiteral("        return 404;"),
            QStringLiteral("    }")};
}

QStringList apiTrafficServers(const Node &lb, const QString &prefix, const ServerNames &names, bool webApps)
{
    const QString httpPort = QString::number(lb.value(Field::HttpPort).toInt());
    const QString httpsPort = QString::number(lb.value(Field::HttpsPort).toInt());
    QStringList webAppPaths;
    if (webApps) {
        for (const char *path : WebAppPaths)
            webAppPaths.append(QString::fromLatin1(path));
    }
    QStringList out;

    out += serverOpen(httpPort, names, false);
    out += notExposed(QStringLiteral("/services/"));
    for (const QString &path : webAppPaths) {
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
    out += notExposed(QStringLiteral("/services/"));
    for (const QString &path : webAppPaths)
        out += proxyLocation(path, QStringLiteral("https://%1_mgmt").arg(prefix), false);
    out += proxyLocation(QStringLiteral("/"), QStringLiteral("https://%1_https").arg(prefix), false,
                         QStringLiteral("HTTPS API traffic."));
    out += serverClose();

    const QString mgmtHost = balancerManagementHost(lb);
    if (!mgmtHost.isEmpty()) {
        ServerNames mgmt = names;
        mgmt.serverName = quote::nginxParam(hostForUrl(mgmtHost));
        out.append(QStringLiteral("# The members' management port under the balancer's own name, for the "
                                  "control planes (service_url);"));
        out.append(QStringLiteral("# keep this name off the public DNS. The certificate names it too."));
        out += serverOpen(httpsPort + QStringLiteral(" ssl"), mgmt, true);
        out += proxyLocation(QStringLiteral("/"), QStringLiteral("https://%1_mgmt").arg(prefix), false);
        out += serverClose();
    } else {
        out.append(QStringLiteral("# The balancer has no hostname other than its public one, so the members' "
                                  "admin services"));
        out.append(QStringLiteral("# are not routed here: the control planes call a member directly."));
        out.append(QString());
    }

    struct Listener
    {
        PortId port;
        bool ssl, websocket;
        const char *upstream, *comment;
    };
    const Listener listeners[] = {
        {PortId::Ws, false, true, "ws", "WebSocket APIs (ws)."},
        {PortId::Wss, true, true, "wss", "WebSocket APIs (wss)."},
        {PortId::WebSubHttp, false, false, "websub_http", "WebSub event receiver (http)."},
        {PortId::WebSubHttps, true, false, "websub_https", "WebSub event receiver (https)."},
    };
    for (const Listener &l : listeners) {
        const QString listen =
            QString::number(ports::base(l.port)) + (l.ssl ? QStringLiteral(" ssl") : QString());
        out += serverOpen(listen, names, l.ssl);
        out += proxyLocation(QStringLiteral("/"),
                             QStringLiteral("%1://%2_%3")
                                 .arg(l.ssl ? QStringLiteral("https") : QStringLiteral("http"), prefix,
                                      QLatin1String(l.upstream)),
                             l.websocket, QString::fromLatin1(l.comment));
        out += serverClose();
    }
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
        out += upstreamBlock(
            {prefix + QStringLiteral("_websub_http"), ports::base(PortId::WebSubHttp), false}, members);
        out += upstreamBlock(
            {prefix + QStringLiteral("_websub_https"), ports::base(PortId::WebSubHttps), false}, members);
        out += apiTrafficServers(balancer, prefix, names, sticky);
    } else {
        out += managementServers(balancer, prefix, names);
    }
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return joinLines(out);
}

} // namespace apim
