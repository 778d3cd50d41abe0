// compose/README.md: what the user provides before `docker-compose up -d`, the
// services in their start order, and what is published. Deterministic.
#include "compose.h"
#include "generatorutil.h"
#include "names.h"
#include "quoting.h"

namespace apim::compose {

namespace {

using namespace genutil;
using quote::markdownCode;

const QString Fence = QStringLiteral("```");

QString shellLine(const QStringList &words)
{
    QStringList quoted;
    for (const QString &w : words)
        quoted.append(quote::shellWord(w));
    return quoted.join(QLatin1Char(' '));
}

// The images the user pulls, in service order without repeats.
QStringList images(const Plan &p)
{
    QStringList out;
    for (const Node &n : p.design.topology.nodes()) {
        const QString ref = isApimNode(n) ? image(p.design, n).reference : QString();
        if (!ref.isEmpty() && !out.contains(ref))
            out.append(ref);
    }
    return out;
}

} // namespace

QByteArray composeReadme(const Plan &p, const QList<QList<const Node *>> &steps)
{
    const Topology &t = p.design.topology;
    QStringList out{
        QStringLiteral("# Docker Compose: %1 on one machine").arg(markdownCode(p.design.settings.name)),
        QString(),
        QStringLiteral(
            "`docker-compose.yml` runs every node of the design as a container of WSO2's images "
            "for API-M %1, on one network. Each node is reached by its service name on its default "
            "ports (no port offsets), its files are this folder's `nodes/<service>/`, mounted as "
            "the image's config volume, and one NGINX service fronts the design: it alone "
            "publishes ports.")
            .arg(markdownCode(p.design.settings.apimVersion)),
        QString(),
        QStringLiteral("## Before the first start"),
        QString(),
        QStringLiteral("1. Docker and Compose (`docker-compose`, or `docker compose`). Pull the images:"),
        QString(),
        Fence};
    for (const QString &img : images(p))
        out.append(shellLine({QStringLiteral("docker"), QStringLiteral("pull"), img}));
    out +=
        {Fence,
         QString(),
         QStringLiteral("2. The JDBC driver of the database (MySQL: `mysql-connector-j-*.jar`, PostgreSQL: "
                        "`postgresql-*.jar`) into `lib/`: WSO2's images do not ship one."),
         QStringLiteral("3. WSO2's schema scripts, from the image, into each database's `schemas/` folder "
                        "(the database's init script stops with a message when they are missing):"),
         QString(),
         Fence};
    QString source;
    for (const Node &n : t.nodes()) {
        const KindRelease *r =
            SchemaRegistry::instance().release(n.kind, ApimVersion::parse(p.design.settings.apimVersion));
        if (isApimNode(n) && r && r->apimDb && source.isEmpty())
            source = image(p.design, n).reference + QLatin1Char(' ') + image(p.design, n).serverHome;
    }
    for (const Node &n : t.nodes()) {
        if (!SchemaRegistry::instance().traits(n.kind).database || !p.names.contains(n.id) ||
            source.isEmpty())
            continue;
        const QString type = textOrDefault(n, Field::DbType) == QLatin1String("postgre")
                                 ? QStringLiteral("postgresql")
                                 : QStringLiteral("mysql");
        const QString img = source.section(QLatin1Char(' '), 0, 0),
                      home = source.section(QLatin1Char(' '), 1);
        const QString dir = QStringLiteral("databases/%1/schemas/").arg(p.names.value(n.id));
        const QStringList run{QStringLiteral("docker"),       QStringLiteral("run"), QStringLiteral("--rm"),
                              QStringLiteral("--entrypoint"), QStringLiteral("cat"), img};
        out.append(shellLine(run + QStringList{home + QStringLiteral("/dbscripts/%1.sql").arg(type)}) +
                   QStringLiteral(" > ") + quote::shellWord(dir + QStringLiteral("shared.sql")));
        out.append(shellLine(run + QStringList{home + QStringLiteral("/dbscripts/apimgt/%1.sql").arg(type)}) +
                   QStringLiteral(" > ") + quote::shellWord(dir + QStringLiteral("apim.sql")));
    }
    out += {Fence, QString(),
            QStringLiteral("4. A certificate and key per name NGINX serves, in `nginx/ssl/` (self-signed "
                           "for a try-out):"),
            QString(), Fence};
    for (NodeId id : p.balancers) {
        const Node &lb = *p.frontDesign.topology.node(id);
        const QString host = balancerHost(lb);
        const QString base = isPlainToken(host) ? host : sanitizeFileName(lb.name());
        out.append(shellLine({QStringLiteral("openssl"), QStringLiteral("req"), QStringLiteral("-x509"),
                              QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                              QStringLiteral("-days"), QStringLiteral("365"), QStringLiteral("-subj"),
                              QStringLiteral("/CN=") + base, QStringLiteral("-keyout"),
                              QStringLiteral("nginx/ssl/%1.key").arg(base), QStringLiteral("-out"),
                              QStringLiteral("nginx/ssl/%1.crt").arg(base)}));
    }
    QStringList names = p.aliases;
    for (NodeId id : p.balancers) {
        const QString host = balancerHost(*p.frontDesign.topology.node(id));
        if (isPlainToken(host) && !names.contains(host))
            names.append(host);
    }
    out += {
        Fence,
        QString(),
        QStringLiteral(
            "5. Optionally one keystore set for every node in `keystores/` (left empty, every node "
            "keeps its image's default set, the same in each)."),
        QStringLiteral("6. The names NGINX serves resolving to this machine, e.g. in `/etc/hosts`: `%1`.")
            .arg(QStringLiteral("127.0.0.1 ") + names.join(QLatin1Char(' '))),
        QStringLiteral("7. The node files and `docker-compose.yml` hold the design's passwords and must stay "
                       "readable by the containers' users: keep this folder private (`chmod 700` on it)."),
        QString(),
        QStringLiteral("## Run"),
        QString(),
        Fence,
        QStringLiteral("docker-compose up -d"),
        QStringLiteral("docker-compose ps"),
        Fence,
        QString(),
        QStringLiteral("Each service starts once the services of the step before it are healthy "
                       "(`depends_on` with `condition: service_healthy`):"),
        QString()};
    int step = 1;
    for (const QList<const Node *> &s : steps) {
        QStringList services;
        for (const Node *n : s)
            services.append(QStringLiteral("`%1` (%2)").arg(p.names.value(n->id), markdownCode(n->name())));
        out.append(QStringLiteral("%1. %2").arg(step++).arg(services.join(QStringLiteral(", "))));
    }
    out.append(
        QStringLiteral("%1. `%2`, the one service with published ports").arg(step).arg(nginxService()));
    QStringList ports;
    for (int port : p.publishedPorts)
        ports.append(QString::number(port));
    out += {QString(), QStringLiteral("Published on this machine: %1.").arg(ports.join(QStringLiteral(", "))),
            QStringLiteral("Stop with `docker-compose down` (add `-v` to drop the databases' data).")};
    return joinLines(out);
}

} // namespace apim::compose
