// docker-compose.yml and the files it mounts, from the container form of the
// design (composedesign.cpp). Facts and their sources:
// ../shared/reference/wso2-patterns-and-engines.md §6 (images, config volume,
// health checks, start order); each is cited where it is used.
#include "compose.h"
#include "generators.h"
#include "generatorutil.h"
#include "names.h"
#include "quoting.h"
#include "tomldocument.h"

#include <algorithm>

namespace apim::compose {

namespace {

using namespace genutil;

// Every scalar is a YAML double-quoted string. Compose also interpolates '$' in
// every value, so a literal one is written "$$" first.
QString y(const QString &text)
{
    return quote::yamlString(QString(text).replace(QLatin1Char('$'), QStringLiteral("$$")));
}

const QString ConfigVolume = QStringLiteral("/home/wso2carbon/wso2-config-volume");     // §6.2 (a)
const QString ArtifactVolume = QStringLiteral("/home/wso2carbon/wso2-artifact-volume"); // §6.2 step 3
const QString SchemaMount = QStringLiteral("/wso2-dbscripts");

struct Engine
{
    QString image;    // pinned, so that the same design gives the same file
    QString dataDir;  // where the ready flag goes
    QString health;   // CMD-SHELL, before the flag test
    QString fileType; // WSO2's dbscripts suffix
    bool postgres;
};

Engine engineOf(const Node &db)
{
    if (textOrDefault(db, Field::DbType) == QLatin1String("postgre"))
        return {QStringLiteral("postgres:16"), QStringLiteral("/var/lib/postgresql/data"),
                QStringLiteral("pg_isready -h localhost -U postgres"), QStringLiteral("postgresql"), true};
    // §6.4: the official compose runs mysql:8.4.9; §6.3 its health check.
    return {QStringLiteral("mysql:8.4.9"), QStringLiteral("/var/lib/mysql"),
            QStringLiteral("mysqladmin ping -h localhost --silent"), QStringLiteral("mysql"), false};
}

QString flagFile(const Engine &e)
{
    return e.dataDir + QStringLiteral("/initialization-complete.flag");
}

// The start order of the bundle README (layout tiers): databases, then the event hubs
// (control planes, all-in-one nodes), then traffic and key managers, then gateways.
// Each service waits for every service of the step before it to be healthy (§6.5).
QList<QList<const Node *>> startSteps(const Plan &p)
{
    QList<QList<const Node *>> steps(4);
    const ApimVersion version = ApimVersion::parse(p.design.settings.apimVersion);
    for (const Node &n : p.design.topology.nodes()) {
        if (!p.names.contains(n.id))
            continue;
        const int tier = SchemaRegistry::instance().kind(n.kind).look.layoutTier;
        const KindRelease *r = SchemaRegistry::instance().release(n.kind, version);
        if (tier >= 3)
            steps[0].append(&n);
        else if (tier == 2)
            steps[(r && r->provides(Service::EventHub)) ? 1 : 2].append(&n);
        else
            steps[3].append(&n);
    }
    steps.removeAll(QList<const Node *>());
    return steps;
}

void network(QStringList &out, const QString &address, const QStringList &aliases = {})
{
    out += {QStringLiteral("    networks:"), QStringLiteral("      %1:").arg(y(networkName())),
            QStringLiteral("        ipv4_address: %1").arg(y(address))};
    if (aliases.isEmpty())
        return;
    out.append(QStringLiteral("        aliases:"));
    for (const QString &a : aliases)
        out.append(QStringLiteral("          - %1").arg(y(a)));
}

void dependsOn(QStringList &out, const QStringList &services)
{
    if (services.isEmpty())
        return;
    out.append(QStringLiteral("    depends_on:"));
    for (const QString &s : services) {
        out.append(QStringLiteral("      %1:").arg(y(s)));
        out.append(QStringLiteral("        condition: %1").arg(y(QStringLiteral("service_healthy"))));
    }
}

void healthcheck(QStringList &out, const QStringList &test, const QString &interval, const QString &start,
                 int retries)
{
    QStringList items;
    for (const QString &t : test)
        items.append(y(t));
    out += {QStringLiteral("    healthcheck:"),
            QStringLiteral("      test: [%1]").arg(items.join(QStringLiteral(", "))),
            QStringLiteral("      interval: %1").arg(y(interval)),
            QStringLiteral("      timeout: %1").arg(y(QStringLiteral("10s"))),
            QStringLiteral("      retries: %1").arg(retries),
            QStringLiteral("      start_period: %1").arg(y(start))};
}

void list(QStringList &out, const QString &key, const QStringList &values)
{
    if (values.isEmpty())
        return;
    out.append(QStringLiteral("    %1:").arg(key));
    for (const QString &v : values)
        out.append(QStringLiteral("      - %1").arg(y(v)));
}

void apimService(QStringList &out, const Plan &p, const Node &n, const QStringList &after)
{
    const QString name = p.names.value(n.id);
    const Image img = image(p.design, n);
    out += {QStringLiteral("  %1:").arg(y(name)),
            QStringLiteral("    # %1 (%2)").arg(oneLine(n.name()), kindLabel(n.kind)),
            QStringLiteral("    image: %1").arg(y(img.reference)),
            QStringLiteral("    hostname: %1").arg(y(name))};
    list(out, QStringLiteral("command"), img.args); // ≤4.4: the pack's -Dprofile= (§6.2 step 4)
    if (!img.environment.isEmpty()) {
        out.append(QStringLiteral("    environment:"));
        for (const auto &[key, value] : img.environment)
            out.append(QStringLiteral("      %1: %2").arg(y(key), y(value)));
    }
    // §6.2: the entrypoint copies both volumes over the server home before it starts.
    QStringList volumes{
        QStringLiteral("./nodes/%1:%2:ro").arg(name, ConfigVolume),
        QStringLiteral("./keystores:%1/repository/resources/security:ro").arg(ArtifactVolume)};
    const KindRelease *r =
        SchemaRegistry::instance().release(n.kind, ApimVersion::parse(p.design.settings.apimVersion));
    if (r && r->usesDatabase())
        volumes.append(QStringLiteral("./lib:%1/repository/components/lib:ro").arg(ArtifactVolume));
    list(out, QStringLiteral("volumes"), volumes);
    network(out, p.addresses.value(n.id));
    // §6.3: the official compose's API-M health check (the Ubuntu images have curl, §6.1).
    healthcheck(
        out,
        {QStringLiteral("CMD"), QStringLiteral("curl"), QStringLiteral("--fail"), QStringLiteral("--silent"),
         QStringLiteral("http://localhost:%1/services/Version").arg(ports::base(PortId::HttpServlet))},
        QStringLiteral("10s"), QStringLiteral("180s"), 20);
    dependsOn(out, after);
    out.append(QString());
}

void databaseService(QStringList &out, const Plan &p, const Node &db, const QStringList &after)
{
    const QString name = p.names.value(db.id);
    const Engine e = engineOf(db);
    out +=
        {QStringLiteral("  %1:").arg(y(name)), QStringLiteral("    # %1 (database)").arg(oneLine(db.name())),
         QStringLiteral("    image: %1").arg(y(e.image)), QStringLiteral("    hostname: %1").arg(y(name)),
         QStringLiteral("    environment:")};
    if (e.postgres)
        out.append(QStringLiteral("      POSTGRES_PASSWORD: %1").arg(y(db.text(Field::ApimDbPassword))));
    else
        out.append(QStringLiteral("      MYSQL_RANDOM_ROOT_PASSWORD: %1").arg(y(QStringLiteral("yes"))));
    list(out, QStringLiteral("volumes"),
         {QStringLiteral("./databases/%1/init:/docker-entrypoint-initdb.d:ro").arg(name),
          QStringLiteral("./databases/%1/schemas:%2:ro").arg(name, SchemaMount)});
    network(out, p.addresses.value(db.id));
    // §6.3: healthy only once the last init script has left its flag.
    healthcheck(out, {QStringLiteral("CMD-SHELL"), e.health + QStringLiteral(" && test -f ") + flagFile(e)},
                QStringLiteral("10s"), QStringLiteral("80s"), 30);
    dependsOn(out, after);
    out.append(QString());
}

QByteArray composeYaml(const Plan &p, const QList<QList<const Node *>> &steps)
{
    QStringList out{
        QStringLiteral("# Docker Compose file of %1, generated by APIM Topology Designer.")
            .arg(oneLine(p.design.settings.name)),
        QStringLiteral("# WSO2's images for API-M %1; see README.md in this folder for how to run it.")
            .arg(oneLine(p.design.settings.apimVersion)),
        QStringLiteral("services:")};
    QStringList previous;
    for (const QList<const Node *> &step : steps) {
        QStringList names;
        for (const Node *n : step) {
            if (SchemaRegistry::instance().traits(n->kind).database)
                databaseService(out, p, *n, previous);
            else
                apimService(out, p, *n, previous);
            names.append(p.names.value(n->id));
        }
        previous = names;
    }
    // §6.5: NGINX alone publishes ports, and answers inside the network to every
    // balancer name the nodes' files use.
    const Topology &f = p.frontDesign.topology;
    out += {QStringLiteral("  %1:").arg(y(nginxService())),
            QStringLiteral("    image: %1").arg(y(QStringLiteral("nginx:1.26"))),
            QStringLiteral("    hostname: %1").arg(y(nginxService()))};
    QStringList published;
    for (int port : p.publishedPorts)
        published.append(QStringLiteral("%1:%1").arg(port));
    list(out, QStringLiteral("ports"), published);
    QStringList volumes{QStringLiteral("./nginx/ssl:/etc/nginx/ssl:ro")};
    for (NodeId id : p.balancers)
        volumes.append(QStringLiteral("./nginx/conf.d/%1.conf:/etc/nginx/conf.d/%1.conf:ro")
                           .arg(sanitizeFileName(f.node(id)->name())));
    list(out, QStringLiteral("volumes"), volumes);
    network(out, p.nginxAddress, p.aliases);
    dependsOn(out, previous);
    out += {QString(),
            QStringLiteral("networks:"),
            QStringLiteral("  %1:").arg(y(networkName())),
            QStringLiteral("    ipam:"),
            QStringLiteral("      config:"),
            QStringLiteral("        - subnet: %1").arg(y(subnet()))};
    return joinLines(out);
}

QByteArray nodeToml(const Plan &p, const Node &n)
{
    const QString header =
        QStringLiteral("# deployment.toml of %1 (%2) for its Docker Compose service %3, "
                       "generated by APIM Topology Designer.\n\n")
            .arg(n.name(), SchemaRegistry::instance().kind(n.kind).id, p.names.value(n.id));
    return (header + writeToml(deploymentToml(p.design, n))).toUtf8();
}

// Loads WSO2's schema scripts (the user copies them in, README) into the databases the
// SQL script created; the images' bash entrypoints source *.sh init scripts (no shebang: the
// directive tells shellcheck), which gives them docker_process_sql.
QByteArray schemaScript(const Node &db, const Engine &e)
{
    struct Schema
    {
        QString file, database, owner;
    };
    const QList<Schema> schemas{{QStringLiteral("shared.sql"), textOrDefault(db, Field::SharedDbName),
                                 textOrDefault(db, Field::SharedDbUser)},
                                {QStringLiteral("apim.sql"), textOrDefault(db, Field::ApimDbName),
                                 textOrDefault(db, Field::ApimDbUser)}};
    QStringList out{
        QStringLiteral("# shellcheck shell=bash"),
        QStringLiteral("# Loads WSO2's schema scripts into the databases of %1. Generated by APIM "
                       "Topology Designer.")
            .arg(oneLine(db.name()))};
    for (const Schema &s : schemas) {
        const QString path = SchemaMount + QLatin1Char('/') + s.file;
        out += {QStringLiteral("if [ ! -f %1 ]; then").arg(quote::shellWord(path)),
                QStringLiteral("    echo %1 >&2")
                    .arg(quote::shellWord(QStringLiteral("Missing %1: copy WSO2's %2 script into "
                                                         "databases/<service>/schemas (compose/README.md).")
                                              .arg(path, e.fileType))),
                QStringLiteral("    exit 1"), QStringLiteral("fi")};
        if (e.postgres)
            out.append(QStringLiteral("docker_process_sql %1 -c %2 -f %3")
                           .arg(quote::shellWord(QStringLiteral("--dbname=") + s.database),
                                quote::shellWord(QStringLiteral("SET ROLE ") + quote::pgIdent(s.owner)),
                                quote::shellWord(path)));
        else
            out.append(QStringLiteral("docker_process_sql %1 < %2")
                           .arg(quote::shellWord(QStringLiteral("--database=") + s.database),
                                quote::shellWord(path)));
    }
    return joinLines(out);
}

} // namespace

BundleFiles composeFiles(const Design &design)
{
    if (!refusal(design).isEmpty())
        return {};
    const Plan p = plan(design);
    const QList<QList<const Node *>> steps = startSteps(p);
    BundleFiles files;
    bool passwordInCompose = false;
    for (const Node &n : p.design.topology.nodes()) {
        const QString name = p.names.value(n.id);
        if (isApimNode(n)) {
            files.append(
                {QStringLiteral("nodes/%1/repository/conf/deployment.toml").arg(name), nodeToml(p, n)});
        } else if (p.names.contains(n.id)) {
            const Engine e = engineOf(n);
            passwordInCompose |= e.postgres;
            const QString dir = QStringLiteral("databases/%1/").arg(name);
            files.append({dir + QStringLiteral("init/01-database.sql"), databaseScript(p.design, n)});
            files.append({dir + QStringLiteral("init/50-load-schemas.sh"), schemaScript(n, e)});
            files.append({dir + QStringLiteral("init/99-ready.sh"),
                          joinLines({QStringLiteral("# shellcheck shell=bash"),
                                     QStringLiteral("# The health check waits for this flag (the official "
                                                    "compose's z_health_check.sh does the same)."),
                                     QStringLiteral("touch %1").arg(quote::shellWord(flagFile(e)))})});
            files.append(
                {dir + QStringLiteral("schemas/README.md"),
                 joinLines({QStringLiteral("Copy WSO2's `dbscripts/%1.sql` here as `shared.sql` and "
                                           "`dbscripts/apimgt/%1.sql` as `apim.sql` (../../README.md).")
                                .arg(e.fileType)})});
        }
    }
    for (NodeId id : p.balancers) {
        const Node &lb = *p.frontDesign.topology.node(id);
        files.append({QStringLiteral("nginx/conf.d/%1.conf").arg(sanitizeFileName(lb.name())),
                      nginxConfig(p.frontDesign, lb)});
    }
    files.append({QStringLiteral("nginx/ssl/README.md"),
                  joinLines({QStringLiteral("Put the certificate and key each nginx/conf.d file names here "
                                            "(../README.md shows how to make them).")})});
    files.append({QStringLiteral("keystores/README.md"),
                  joinLines({QStringLiteral("One keystore set for every node: put wso2carbon.jks, "
                                            "client-truststore.jks (and wso2internal.jks) here; left empty, "
                                            "every node keeps its image's default set.")})});
    files.append({QStringLiteral("lib/README.md"),
                  joinLines({QStringLiteral("Put the JDBC driver jar of the design's database here; it is "
                                            "copied into repository/components/lib of every node that uses "
                                            "a database.")})});
    files.append({QStringLiteral("docker-compose.yml"), composeYaml(p, steps), false, passwordInCompose});
    files.append({QStringLiteral("README.md"), composeReadme(p, steps)});
    std::sort(files.begin(), files.end(),
              [](const BundleFile &a, const BundleFile &b) { return a.path < b.path; });
    return files;
}

} // namespace apim::compose
