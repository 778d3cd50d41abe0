// The bundle's README.md: what the design holds, the order to start it in and
// which generated file goes where. Deterministic: no dates, node order only.
#include "generators.h"
#include "generatorutil.h"
#include "names.h"
#include "quoting.h"
#include "storefiles.h"

#include <algorithm>

namespace apim {

namespace {

using namespace genutil;

QString code(const QString &text)
{
    return quote::markdownCode(text);
}

QString folderOf(const Node &node)
{
    return QStringLiteral("nodes/") + sanitizeFileName(node.name()) + QLatin1Char('/');
}

QString portsText(const Topology &t, const Node &node)
{
    QStringList parts;
    for (const PortUse &p : listeningPorts(t, node))
        parts.append(QStringLiteral("%1 %2").arg(p.port).arg(p.purpose));
    return parts.join(QLatin1String(", "));
}

QString namesOf(const QList<const Node *> &nodes)
{
    QStringList out;
    for (const Node *n : nodes)
        out.append(code(n->name()));
    return out.join(QLatin1String(", "));
}

QString startText(const Node &node, const ApimVersion &version)
{
    const StartCommand cmd = startCommand(node, version);
    if (!cmd.valid)
        return QStringLiteral("-");
    QStringList words{QStringLiteral("bin/%1.sh").arg(cmd.script)};
    words += cmd.args;
    return code(words.join(QLatin1Char(' ')));
}

QString driverJar(const QString &type)
{
    if (type == QLatin1String("postgre"))
        return QStringLiteral("the PostgreSQL JDBC driver (`postgresql-<version>.jar`)");
    if (type == QLatin1String("mssql"))
        return QStringLiteral("the Microsoft JDBC Driver for SQL Server (`mssql-jdbc-<version>.jar`)");
    if (type == QLatin1String("oracle"))
        return QStringLiteral("the Oracle JDBC driver (`ojdbc<N>.jar`)");
    if (type == QLatin1String("db2"))
        return QStringLiteral("the Db2 JDBC driver (`db2jcc4.jar`)");
    return QStringLiteral("MySQL Connector/J (`mysql-connector-j-<version>.jar`)");
}

void nodeTable(QStringList &out, const Design &design)
{
    const Topology &t = design.topology;
    out += {
        QStringLiteral("## Nodes"),
        QString(),
        QStringLiteral("| Node | Role | Hostname | IP | Port offset | Listens on (offset applied) |"),
        QStringLiteral("|---|---|---|---|---|---|"),
    };
    for (const Node &n : t.nodes()) {
        const bool hasOffset = SchemaRegistry::instance().field(n.kind, Field::Offset) != nullptr;
        QString host = code(n.hostname());
        if (SchemaRegistry::instance().traits(n.kind).balancer)
            host += QStringLiteral(" (public: %1)").arg(code(n.text(Field::PublicHostname)));
        out.append(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |")
                       .arg(code(n.name()), kindLabel(n.kind), host, code(n.ip()),
                            hasOffset ? QString::number(n.offset()) : QStringLiteral("-"), portsText(t, n)));
    }
    out.append(QString());
}

void startOrder(QStringList &out, const Design &design)
{
    const Topology &t = design.topology;
    // The layout tiers are dependency tiers: databases (3), control planes, traffic and key
    // managers and all-in-one nodes (2), gateways (1), balancers (0); each starts after the one above.
    QList<const Node *> tiers[4];
    for (const Node &n : t.nodes())
        tiers[qBound(0, SchemaRegistry::instance().kind(n.kind).look.layoutTier, 3)].append(&n);
    const QList<const Node *> &databases = tiers[3], &controlPlanes = tiers[2], &gateways = tiers[1];
    // Gateways and traffic managers call the control planes through their balancer: it starts
    // before them. Balancers of API traffic start last.
    QList<const Node *> innerBalancers, balancers;
    for (const Node *lb : tiers[0]) {
        const QList<const Node *> members = t.clusterMembers(lb->id);
        const bool api = !members.isEmpty() && carriesApiTraffic(members.first()->kind);
        (api || members.isEmpty() ? balancers : innerBalancers).append(lb);
    }
    out += {QStringLiteral("## Start order"), QString()};
    int step = 1;
    auto item = [&](const QList<const Node *> &nodes, const QString &what, const QString &why) {
        if (nodes.isEmpty())
            return;
        out.append(QStringLiteral("%1. **%2**: %3. %4").arg(step++).arg(what, namesOf(nodes), why));
    };
    item(databases, QStringLiteral("Databases"),
         QStringLiteral("Create the databases, users and schemas (see below) before any API-M node starts."));
    // An all-in-one design's tier is its all-in-one nodes, not control planes.
    const bool allInOnes = std::all_of(controlPlanes.begin(), controlPlanes.end(),
                                       [](const Node *n) { return n->kind == NodeKind::AllInOne; });
    item(controlPlanes, allInOnes ? QStringLiteral("All-in-one nodes") : QStringLiteral("Control planes"),
         QStringLiteral(
             "Traffic and key managers start here too. Gateways connect to their event hub (AMQP) and "
             "pull APIs from them at start-up, so they must be up first."));
    item(innerBalancers, QStringLiteral("Their load balancers"),
         QStringLiteral("Before the gateways: gateways and other nodes reach the control planes' "
                        "services through them."));
    item(gateways, QStringLiteral("Gateways"),
         QStringLiteral("They deploy the APIs published on the control planes."));
    item(balancers,
         innerBalancers.isEmpty() ? QStringLiteral("Load balancers")
                                  : QStringLiteral("The other load balancers"),
         QStringLiteral("Last, so that clients only reach nodes that have finished starting."));
    if (step == 1)
        out.append(QStringLiteral("The design has no nodes yet."));
    out.append(QString());
}

void apimSection(QStringList &out, const Design &design, const ApimVersion &version)
{
    const Topology &t = design.topology;
    QList<const Node *> apim;
    for (const Node &n : t.nodes()) {
        if (isApimNode(n))
            apim.append(&n);
    }
    if (apim.isEmpty())
        return;
    const bool allInOnes =
        std::all_of(apim.begin(), apim.end(), [](const Node *n) { return n->kind == NodeKind::AllInOne; });
    out += {
        QStringLiteral("### API-M nodes"),
        QString(),
        allInOnes
            ? QStringLiteral("Every API-M node is a copy of the all-in-one API-M %1 pack (`wso2am-%1`), "
                             "started without a profile.")
                  .arg(version.toString())
        : version.profileBased()
            ? QStringLiteral(
                  "Every API-M node is a copy of the same API-M %1 pack, started with its profile.")
                  .arg(version.toString())
            : QStringLiteral("API-M %1 ships each role as its own distribution (API Control Plane, Universal "
                             "Gateway, Traffic Manager); install the one matching each node's start script.")
                  .arg(version.toString()),
        QString(),
        QStringLiteral("On each node's machine:"),
        QString(),
        QStringLiteral(
            "1. Copy the contents of the node's folder over its `<API-M_HOME>`. The folder is laid out "
            "like an API-M home: `repository/conf/deployment.toml` replaces "
            "`<API-M_HOME>/repository/conf/deployment.toml`, and `start.sh` / `start.bat` land next to "
            "`bin/`."),
        QStringLiteral("2. Append the lines of the node's `hosts` file that `/etc/hosts` lacks (the command "
                       "under Hosts below; Windows: `C:\\Windows\\System32\\drivers\\etc\\hosts`)."),
        QStringLiteral(
            "3. Put the JDBC driver JAR of its database into `<API-M_HOME>/repository/components/lib/`."),
        QStringLiteral(
            "4. Start it with `./start.sh` (Linux, macOS) or `start.bat` (Windows). The scripts do not "
            "run the profile optimiser, which would overwrite `deployment.toml`; see the comment at the "
            "top of `start.sh`."),
        QString(),
        QStringLiteral("| Node | Folder | Runs | Database |"),
        QStringLiteral("|---|---|---|---|"),
    };
    for (const Node *n : apim) {
        const Node *db = t.databaseOf(n->id);
        out.append(QStringLiteral("| %1 | %2 | %3 | %4 |")
                       .arg(code(n->name()), code(folderOf(*n)), startText(*n, version),
                            db ? code(db->name()) : QStringLiteral("none linked")));
    }
    out.append(QString());
}

// Running the API-M nodes as systemd services, one home per node.
void serviceSection(QStringList &out, const Design &design)
{
    QList<const Node *> apim;
    for (const Node &n : design.topology.nodes()) {
        if (hasServiceUnit(design, n))
            apim.append(&n);
    }
    if (apim.isEmpty())
        return;
    const ServiceSettings &s = design.settings.service;
    const QString user = code(s.user);
    out += {
        QStringLiteral("### Services (systemd)"),
        QString(),
        QStringLiteral(
            "Each API-M node's folder has a unit, `wso2am-<node>.service`, that runs its `start.sh` "
            "as %1 from the node's own home under %2, restarts it when it fails and stops it "
            "with API-M's `stop` verb. Two nodes on one machine need separate homes (the units "
            "give each its own folder); the hosts command below adds no line twice.")
            .arg(user, code(s.root)),
        QString(),
        QStringLiteral("1. Create the service user once per machine: %1.")
            .arg(code(QStringLiteral("sudo useradd --system --shell /usr/sbin/nologin ") +
                      quote::shellWord(s.user))),
        QStringLiteral("2. Unpack the node's API-M pack as its home (the table's path below) and copy the "
                       "node's folder over it."),
        // Whole commands in one code span: a user name in a span of its own would nest backticks.
        QStringLiteral("3. Give the home to the service user: %1. The 0600 files "
                       "(`deployment.toml`, the keystores) are readable by their owner only, so a root-owned "
                       "copy would stop the service.")
            .arg(code(QStringLiteral("sudo chown -R ") + quote::shellWord(s.user + QLatin1Char(':')) +
                      QStringLiteral(" <home>"))),
        QStringLiteral("4. `sudo cp <home>/wso2am-<node>.service /etc/systemd/system/`, then `sudo "
                       "systemctl daemon-reload` and `sudo systemctl enable --now wso2am-<node>.service`, "
                       "in the start order above."),
    };
    if (design.settings.secureVault)
        out.append(
            QStringLiteral(
                "5. Secure vault: run `sh <home>/bin/ciphertool.sh -Dconfigure` once by hand (it asks for "
                "the keystore password), then before each start write that password into "
                "`<home>/password-tmp` "
                "(owned by %1, 0600; API-M deletes it after reading it), so the service starts without a "
                "prompt. The unit refuses to start without it; `password-persist` instead keeps it for "
                "automatic restarts.")
                .arg(user));
    out +=
        {QString(), QStringLiteral("| Node | Home | Unit | JVM heap |"), QStringLiteral("|---|---|---|---|")};
    for (const Node *n : apim)
        out.append(QStringLiteral("| %1 | %2 | %3 | %4 |")
                       .arg(code(n->name()), code(serviceHome(design, *n)), code(serviceUnitName(*n)),
                            code(jvmMemoryOptions(*n))));
    out.append(QString());
}

// WSO2 Identity Server 7 as key manager: the deployment.toml goes onto the IS, the rest is done
// by hand in the Admin Portal and the trust stores (4.4-4.7, the IS 7 connector docs).
void identityServerSection(QStringList &out, const Design &design)
{
    const Topology &t = design.topology;
    for (const Node &is : t.nodes()) {
        if (is.kind != NodeKind::IdentityServer)
            continue;
        const QString base =
            QStringLiteral("https://%1:%2").arg(oneLine(is.hostname()).trimmed()).arg(9443 + is.offset());
        QList<const Node *> apim;
        for (const Node &n : t.nodes()) {
            if (isApimNode(n))
                apim.append(&n);
        }
        out += {
            QStringLiteral("### WSO2 Identity Server 7 as key manager: %1").arg(code(is.name())),
            QString(),
            QStringLiteral("IS 7 is a third-party key manager of API-M 4.4 to 4.7; it cannot replace the "
                           "resident key manager, which stays in the control planes."),
            QString(),
            QStringLiteral("1. Copy `%1repository/conf/deployment.toml` over "
                           "`<IS_HOME>/repository/conf/deployment.toml` and append the node's `hosts` file "
                           "to `/etc/hosts`.")
                .arg(folderOf(is)),
            QStringLiteral(
                "2. Put `wso2is.notification.event.handlers-<version>.jar` (2.1.3 in the docs) into "
                "`<IS_HOME>/repository/components/dropins/`: it sends the token revocations the "
                "file's `token_revocation` listener configures."),
            QStringLiteral("3. Start it with `sh <IS_HOME>/bin/wso2server.sh` (Windows: "
                           "`<IS_HOME>\\bin\\wso2server.bat`), before the control planes."),
            QStringLiteral(
                "4. Exchange certificates: import the IS public certificate into "
                "`repository/resources/security/%2` of %1 (the control planes "
                "call IS, the gateways validate its tokens%3), and the API-M public certificate into "
                "the IS trust store. For mutual SSL, also map the API-M certificate's issuer and "
                "SHA-256 thumbprint in IS (`[client_certificate_based_authentication]`).")
                .arg(namesOf(apim), storeFiles(design.settings).truststore.fileName,
                     design.settings.certificates.generated()
                         ? QStringLiteral(": import it under `%1`, replacing the one `certs/make-certs.sh` "
                                          "put there")
                               .arg(TokenSigningAlias)
                         : QString()),
            QStringLiteral("5. In the Admin Portal of the control planes (super tenant; other tenants each "
                           "register their own), go to Key Managers > Add Key Manager, type **WSO2 Identity "
                           "Server 7**, and enter (or import from the well-known URL, then correct UserInfo, "
                           "which the import sets to `/oauth2/userInfo`):"),
            QString(),
        };
        const QList<QPair<const char *, const char *>> endpoints{
            {"Well-known URL", "/oauth2/token/.well-known/openid-configuration"},
            {"Issuer", "/oauth2/token"},
            {"Client registration", "/api/identity/oauth2/dcr/v1.1/register"},
            {"Introspection", "/oauth2/introspect"},
            {"Token", "/oauth2/token"},
            {"Revoke", "/oauth2/revoke"},
            {"UserInfo", "/scim2/Me"},
            {"Authorize", "/oauth2/authorize"},
            {"Scope management", "/api/identity/oauth2/v1.0/scopes"},
            {"Certificates (JWKS)", "/oauth2/jwks"},
            {"WSO2 Identity Server 7 API Resource Management Endpoint", "/api/server/v1/api-resources"},
            {"Roles Endpoint", "/scim2/v2/Roles"},
        };
        for (const auto &[field, path] : endpoints)
            out.append(
                QStringLiteral("   - %1: `%2%3`").arg(QLatin1String(field), base, QLatin1String(path)));
        out += {
            QString(),
            QStringLiteral("   Connector: Basic authentication with an IS admin user, or Mutual SSL. Grant "
                           "types: `password`, `client_credentials`, `refresh_token`, `authorization_code`, "
                           "`urn:ietf:params:oauth:grant-type:saml2-bearer`, `iwa:ntlm`, "
                           "`urn:ietf:params:oauth:grant-type:device_code`, "
                           "`urn:ietf:params:oauth:grant-type:jwt-bearer`, "
                           "`urn:ietf:params:oauth:grant-type:token-exchange`."),
        };
        const ApimVersion version = ApimVersion::parse(design.settings.apimVersion);
        if (version.tenantSharing())
            out.append(QStringLiteral(
                "6. The control planes share their tenants with IS 7 (`[[apim.tenant_sharing]] type = "
                "\"WSO2-IS-7\"`, as the IS 7 docs require from API-M 4.6), from API-M to IS only: do not "
                "also enable IS 7's `tenant_creation` listener. The IS user that manages the tenants is "
                "the design's admin, the IS node's super admin. New tenants get IS 7 as their key manager "
                "(`auto_configure_key_manager`); the super tenant needs the registration above. With IS "
                "7.2 or later and tenant domains without a dot, also set `[multi_tenancy] "
                "stratos.public_cloud_setup = false` on the control planes."));
        out.append(QString());
    }
}

void balancerSection(QStringList &out, const Design &design)
{
    const QList<const Node *> lbs = design.topology.nodesWith(&KindTraits::balancer);
    if (lbs.isEmpty())
        return;
    out += {QStringLiteral("### Load balancers"), QString()};
    const bool generated = design.settings.certificates.generated();
    for (const Node *lb : lbs) {
        const QString host = balancerHost(*lb);
        const QString cert = balancerCertBase(*lb);
        const QString where =
            generated
                ? QStringLiteral("Copy `%1ssl/%2.crt` and `%1ssl/%2.key` (made by `certs/make-certs.sh`) "
                                 "to `/etc/nginx/ssl/`.")
                      .arg(folderOf(*lb), cert)
                : QStringLiteral("Fill in the certificate `/etc/nginx/ssl/%1.crt` and its key "
                                 "`/etc/nginx/ssl/%1.key` (their CN or SAN must match %2).")
                      .arg(cert, code(host));
        out.append(QStringLiteral("- %1: copy `%2nginx.conf` to `/etc/nginx/conf.d/%3.conf`. %4")
                       .arg(code(lb->name()), folderOf(*lb), sanitizeFileName(lb->name()), where));
    }
    out += {
        QString(),
        QStringLiteral(
            "On each load balancer, append the lines of the bundle's top-level `hosts` file that "
            "`/etc/hosts` lacks (NGINX resolves the member host names when it starts; the command under "
            "Hosts), then run `nginx -t` and reload NGINX."),
        QString(),
    };
}

void databaseSection(QStringList &out, const Design &design)
{
    const QList<const Node *> dbs = design.topology.nodesWith(&KindTraits::database);
    if (dbs.isEmpty())
        return;
    out += {QStringLiteral("### Databases"), QString()};
    for (const Node *db : dbs) {
        const QString type = textOrDefault(*db, Field::DbType).toLower();
        out.append(
            QStringLiteral("- %1 (%2): run `%3database.sql` as a database administrator, then the load "
                           "commands at its end, which create WSO2's tables from `<API-M_HOME>/dbscripts/`. "
                           "Every API-M node using it needs %4 in `repository/components/lib/`.")
                .arg(code(db->name()), code(type), folderOf(*db), driverJar(type)));
        if (type == QLatin1String("postgre"))
            out.append(QStringLiteral(
                "  On stock Debian: `sudo -u postgres psql -v ON_ERROR_STOP=1 < database.sql` (the "
                "shell reads the file, so its 0600 owner can stay root), then add the "
                "`pg_hba.conf` lines it lists."));
        else if (type == QLatin1String("mysql"))
            out.append(
                QStringLiteral("  Its accounts are for each client's IP address, which is what MySQL sees "
                               "when a node connects; a node without an IP gets an account for its host "
                               "name, which the database server must resolve (append `%1hosts`).")
                    .arg(folderOf(*db)));
        else if (type == QLatin1String("oracle"))
            out.append(QStringLiteral("  Both databases are schemas (users) of the one service %1; every "
                                      "`deployment.toml` names it as `sid`.")
                           .arg(code(textOrDefault(*db, Field::DbService))));
    }
    out += {QString(),
            QStringLiteral("`database.sql` can run again, after a password change too: it creates what is "
                           "missing and sets every password."),
            QString()};
}

// The seed's step 4: certs/make-certs.sh, before anything is copied.
void certificateSection(QStringList &out, const Design &design)
{
    const CertificateSettings &c = design.settings.certificates;
    if (!c.generated())
        return;
    const StoreFiles files = storeFiles(design.settings);
    const bool balancers = !design.topology.nodesWith(&KindTraits::balancer).isEmpty();
    const QString ca =
        c.mode == CertificateMode::OwnCa
            ? QStringLiteral(
                  "signed by your CA (%1 and its key %2; `APIM_CA_CERT` and `APIM_CA_KEY` override "
                  "them, `APIM_CA_KEY_PASSWORD` unlocks an encrypted key)")
                  .arg(code(c.caCertificate), code(c.caKey))
            : QStringLiteral(
                  "signed by a CA made for this deployment (`certs/ca/ca.pem`; keep `certs/ca/ca.key` "
                  "private, and give `ca.pem` to the clients that must trust the deployment)");
    out += {
        QStringLiteral("## Certificates"),
        QString(),
        QStringLiteral(
            "Before copying anything, run `sh certs/make-certs.sh` in the bundle on a machine with "
            "`openssl` and `keytool` (a JDK). It reads the keystore and truststore passwords from "
            "`APIM_KEYSTORE_PASSWORD` and `APIM_TRUSTSTORE_PASSWORD`, else from "
            "`certs/passwords.env` (0600; delete it afterwards), and writes certificates %1:")
            .arg(ca),
        QString(),
        QStringLiteral("- per API-M node, a key and a certificate naming its host name, its load balancer's "
                       "public name and its IP, in `nodes/<node>/repository/resources/security/%1` "
                       "(`[keystore.tls]`, alias %2);")
            .arg(files.tls.fileName, code(files.tls.alias)),
        QStringLiteral(
            "- one primary keystore, the same file on every node, `%1` (`[keystore.primary]`, alias "
            "%2): WSO2 needs it to decrypt registry resources, and it signs the tokens;")
            .arg(files.primary.fileName, code(files.primary.alias)),
        QStringLiteral(
            "- a truststore, `%1` (`[truststore]`), holding the CA, each load balancer's certificate "
            "and the token-signing certificate under %2%3")
            .arg(files.truststore.fileName, code(TokenSigningAlias),
                 balancers ? QStringLiteral(";") : QStringLiteral(".")),
    };
    // Only where there is one: the walk-through names no file the bundle will not hold.
    if (balancers)
        out.append(
            QStringLiteral("- per load balancer, `nodes/<balancer>/ssl/<name>.crt` and `.key`, the files "
                           "its `nginx.conf` names in `/etc/nginx/ssl/`."));
    out += {
        QString(),
        QStringLiteral(
            "Running it again keeps every key and store that exists; `--replace` makes all of them "
            "anew. The stores are readable by their owner only: give them to the user API-M runs "
            "as."),
        QString(),
    };
}

} // namespace

QByteArray bundleReadme(const Design &design)
{
    bool ok = false;
    const ApimVersion version = ApimVersion::parse(design.settings.apimVersion, &ok);
    QStringList out{
        QStringLiteral("# %1").arg(oneLine(design.settings.name).trimmed().isEmpty()
                                       ? QStringLiteral("API-M deployment")
                                       : oneLine(design.settings.name).trimmed()),
        QString(),
        QStringLiteral("A distributed WSO2 API Manager %1 deployment, generated by APIM Topology Designer.")
            .arg(ok ? version.toString()
                    : QStringLiteral("%1 (not a supported version; %2 assumed)")
                          .arg(code(design.settings.apimVersion), version.toString())),
        QString(),
    };
    nodeTable(out, design);
    startOrder(out, design);
    certificateSection(out, design);
    out += {QStringLiteral("## What to copy where"), QString()};
    apimSection(out, design, version);
    serviceSection(out, design);
    identityServerSection(out, design);
    balancerSection(out, design);
    databaseSection(out, design);
    out += {
        QStringLiteral("### Hosts"),
        QString(),
        QStringLiteral(
            "The top-level `hosts` file lists every host name of the design; each node's `hosts` file "
            "lists only the names that node's files use. Lines starting with `#` point out missing IP "
            "addresses. Append only the lines `/etc/hosts` does not have yet, so that two nodes on one "
            "machine, or a load balancer beside a node, never repeat one (here for `nodes/<node>/hosts`):"),
        QString(),
        QStringLiteral("    grep -vxF -f /etc/hosts nodes/<node>/hosts | sudo tee -a /etc/hosts >/dev/null"),
        QString(),
        QStringLiteral("## Secrets"),
        QString(),
    };
    if (design.settings.secureVault) {
        out += {
            QStringLiteral(
                "Each `deployment.toml` refers to its passwords as `$secret{alias}`; the plain values "
                "wait in its last table, `[secrets]`, written as `alias = \"[value]\"`. On each node, "
                "encrypt them in place before the first start with the cipher tool (`start.sh` and "
                "`start.bat` do it for you when they find plain values):"),
            QString(),
            QStringLiteral("    sh <API-M_HOME>/bin/ciphertool.sh -Dconfigure"),
            QString(),
            QStringLiteral(
                "It asks for the primary keystore's password; API-M then asks for it at every start "
                "unless `password-tmp` holds it. `database.sql` still holds the database passwords in "
                "plain text: files holding secrets are readable by their owner only (0600)."),
        };
    } else {
        out += QStringLiteral(
            "`deployment.toml` and `database.sql` hold passwords in plain text (the files are readable by "
            "their "
            "owner only, 0600). Keep the bundle private, change the default admin and keystore passwords, "
            "and "
            "consider exporting with secure vault (`apim-designer-cli export --secure-vault`), which writes "
            "`$secret{...}` references for `bin/ciphertool.sh -Dconfigure`.");
    }
    return joinLines(out);
}

} // namespace apim
