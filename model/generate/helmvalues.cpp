// values/<release>.yaml: only what the design decides, on top of the chart's own
// defaults (§5.3). Cross-chart values name the services the other releases create;
// passwords and the 4.7 encryption key come from the one secret create-secrets.sh
// makes (c.existingSecret), so that every chart reads the same key.
#include "generatorutil.h"
#include "helm.h"
#include "quoting.h"
#include "storefiles.h"

namespace apim::helm {

namespace {

using namespace genutil;

const QString Cfg = QStringLiteral("wso2.apim.configurations.");
const int Https = 9443;

// An ordered YAML mapping built from dotted paths. Keys are the charts' own
// identifiers; every string value goes through quote::yamlString.
class Yaml
{
public:
    void set(const QString &path, const QVariant &value)
    {
        Yaml *at = this;
        for (const QString &key : path.split(QLatin1Char('.')))
            at = &at->child(key);
        at->m_value = value;
    }
    QByteArray text() const
    {
        QString out;
        write(out, 0);
        return out.toUtf8();
    }

private:
    Yaml &child(const QString &key)
    {
        for (auto &c : m_children) {
            if (c.first == key)
                return c.second;
        }
        m_children.append({key, Yaml()});
        return m_children.last().second;
    }
    static QString scalar(const QVariant &v)
    {
        if (v.typeId() == QMetaType::Bool)
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        if (v.typeId() == QMetaType::Int)
            return QString::number(v.toInt());
        return quote::yamlString(v.toString());
    }
    void write(QString &out, int indent) const
    {
        const QString pad(indent, QLatin1Char(' '));
        for (const auto &[key, node] : m_children) {
            const QVariant &v = node.m_value;
            if (!node.m_children.isEmpty()) {
                out += pad + key + QStringLiteral(":\n");
                node.write(out, indent + 2);
            } else if (v.typeId() == QMetaType::QStringList) {
                const QStringList list = v.toStringList();
                out += pad + key + (list.isEmpty() ? QStringLiteral(": []\n") : QStringLiteral(":\n"));
                for (const QString &s : list)
                    out += pad + QStringLiteral("  - ") + quote::yamlString(s) + QLatin1Char('\n');
            } else if (v.typeId() == QMetaType::QVariantList) {
                const QVariantList items = v.toList();
                out += pad + key + (items.isEmpty() ? QStringLiteral(": []\n") : QStringLiteral(":\n"));
                for (const QVariant &item : items) {
                    bool first = true;
                    const QVariantMap map = item.toMap();
                    for (auto it = map.begin(); it != map.end(); ++it) {
                        out += pad + (first ? QStringLiteral("  - ") : QStringLiteral("    ")) + it.key() +
                               QStringLiteral(": ") + scalar(it.value()) + QLatin1Char('\n');
                        first = false;
                    }
                }
            } else {
                out += pad + key + QStringLiteral(": ") + scalar(v) + QLatin1Char('\n');
            }
        }
    }

    QList<std::pair<QString, Yaml>> m_children;
    QVariant m_value;
};

QStringList instanceServices(const Release &r)
{
    if (!r.highAvailability())
        return {r.service()};
    return {r.instanceService(1), r.instanceService(2)};
}

// The public name of a release: its nodes' balancer, else its first node's hostname.
QString hostOf(const Design &design, const Release &r)
{
    const Node *first = design.topology.node(r.nodes.first());
    const Node *lb = design.topology.balancerOf(first->id);
    const QString host = lb ? balancerHost(*lb) : first->hostname();
    return isPlainToken(host) ? host : QStringLiteral("am.wso2.com");
}

struct Jdbc
{
    QString url, driver;
};
Jdbc jdbc(const Node &db, const QString &name)
{
    const QString type = textOrDefault(db, Field::DbType);
    const QString hp = db.hostname() + QLatin1Char(':') + QString::number(db.value(Field::DbPort).toInt());
    if (type == QLatin1String("postgre"))
        return {QStringLiteral("jdbc:postgresql://%1/%2").arg(hp, name),
                QStringLiteral("org.postgresql.Driver")};
    if (type == QLatin1String("mssql"))
        return {QStringLiteral("jdbc:sqlserver://%1;databaseName=%2").arg(hp, name),
                QStringLiteral("com.microsoft.sqlserver.jdbc.SQLServerDriver")};
    if (type == QLatin1String("oracle"))
        return {QStringLiteral("jdbc:oracle:thin:@%1/%2").arg(hp, textOrDefault(db, Field::DbService)),
                QStringLiteral("oracle.jdbc.OracleDriver")};
    if (type == QLatin1String("db2"))
        return {QStringLiteral("jdbc:db2://%1/%2").arg(hp, name),
                QStringLiteral("com.ibm.db2.jcc.DB2Driver")};
    return {QStringLiteral("jdbc:mysql://%1/%2?useSSL=false").arg(hp, name),
            QStringLiteral("com.mysql.cj.jdbc.Driver")};
}

void common(Yaml &y, const Design &design, const Plan &plan, const Release &r)
{
    const ApimVersion v = ApimVersion::parse(design.settings.apimVersion);
    const DesignSettings &s = design.settings;
    y.set(QStringLiteral("wso2.apim.version"), v.toString());
    y.set(Cfg + QStringLiteral("adminUsername"), s.adminUsername);
    y.set(Cfg + QStringLiteral("existingSecret.secretName"), plan.credentialsSecret);
    y.set(Cfg + QStringLiteral("existingSecret.adminPasswordKey"), adminPasswordKey());
    if (v.symmetricEncryption())
        y.set(Cfg + QStringLiteral("existingSecret.encryptionKeyKey"), encryptionKeyKey());
    y.set(Cfg + QStringLiteral("security.jksSecretName"), plan.keystoreSecret);
    const StoreFiles stores = storeFiles(s);
    const auto keystore = [&](const QString &which, const KeystoreSettings &k) {
        const QString at = Cfg + QStringLiteral("security.keystores.") + which + QLatin1Char('.');
        y.set(at + QStringLiteral("name"), k.fileName);
        y.set(at + QStringLiteral("alias"), k.alias);
        y.set(at + QStringLiteral("password"), k.password);
        // The charts write one password for the store and its key (§5.3).
        y.set(at + QStringLiteral("keyPassword"), k.password);
    };
    keystore(QStringLiteral("primary"), stores.primary);
    keystore(QStringLiteral("tls"), stores.tls);
    y.set(Cfg + QStringLiteral("security.truststore.name"), stores.truststore.fileName);
    y.set(Cfg + QStringLiteral("security.truststore.password"), stores.truststore.password);

    // Databases: the ones the design links, as the node's kind uses them in this version.
    const Node *node = design.topology.node(r.nodes.first());
    const Node *db = design.topology.databaseOf(node->id);
    const KindRelease *kr = SchemaRegistry::instance().release(node->kind, v);
    if (db && kr && kr->usesDatabase()) {
        y.set(Cfg + QStringLiteral("databases.type"), textOrDefault(*db, Field::DbType));
        const auto one = [&](bool shared) {
            const QString at = Cfg + (shared ? QStringLiteral("databases.shared_db.")
                                             : QStringLiteral("databases.apim_db."));
            const Jdbc j = jdbc(*db, db->text(shared ? Field::SharedDbName : Field::ApimDbName));
            y.set(Cfg + QStringLiteral("databases.jdbc.driver"), j.driver);
            y.set(at + QStringLiteral("url"), j.url);
            y.set(at + QStringLiteral("username"),
                  db->text(shared ? Field::SharedDbUser : Field::ApimDbUser));
            y.set(Cfg + (shared ? QStringLiteral("existingSecret.sharedDBPasswordKey")
                                : QStringLiteral("existingSecret.apimDBPasswordKey")),
                  databasePasswordKey(design, db->id, shared));
        };
        if (kr->apimDb)
            one(false);
        if (kr->sharedDb)
            one(true);
    }
    if (r.script != QLatin1String("gateway"))
        y.set(QStringLiteral("wso2.deployment.highAvailability"), r.highAvailability());
}

// The gateway environments the control plane (or all-in-one) publishes to: one per
// design environment, served by the gateway release whose nodes carry its label.
QVariantList environments(const Design &design, const Plan &plan, const Release &control)
{
    QVariantList out;
    for (const GatewayEnvironment &env : design.settings.environments) {
        const Release *serving = nullptr;
        for (const Release &r : plan.releases) {
            if (r.script == QLatin1String("gateway") &&
                design.topology.node(r.nodes.first())->value(Field::Labels).toStringList().contains(env.name))
                serving = &r;
            if (serving)
                break;
        }
        if (!serving && control.script != QLatin1String("api-manager"))
            continue; // no gateway serves it: listing it would name a service nobody runs
        const Release &gw = serving ? *serving : control;
        const QString host = hostOf(design, gw);
        QVariantMap e;
        e.insert(QStringLiteral("name"), env.name);
        e.insert(QStringLiteral("type"), env.type);
        e.insert(QStringLiteral("gatewayType"), QStringLiteral("Regular"));
        e.insert(QStringLiteral("provider"), QStringLiteral("wso2"));
        e.insert(QStringLiteral("displayInApiConsole"), env.displayInApiConsole);
        e.insert(QStringLiteral("description"), env.description);
        e.insert(QStringLiteral("showAsTokenEndpointUrl"), env.showAsTokenEndpointUrl);
        e.insert(QStringLiteral("serviceName"), gw.service());
        e.insert(QStringLiteral("servicePort"), Https);
        e.insert(QStringLiteral("httpHostname"), host);
        e.insert(QStringLiteral("wsHostname"), QStringLiteral("websocket.") + host);
        e.insert(QStringLiteral("websubHostname"), QStringLiteral("websub.") + host);
        out.append(e);
    }
    return out;
}

void hostnames(Yaml &y, const QStringList &routes, const QString &host)
{
    for (const QString &route : routes) {
        QString h = host;
        if (route == QLatin1String("websocket") || route == QLatin1String("websub"))
            h = route + QLatin1Char('.') + host;
        y.set(QStringLiteral("kubernetes.ingress.%1.hostname").arg(route), h);
        y.set(QStringLiteral("kubernetes.gatewayAPI.%1.hostname").arg(route), h);
    }
}

} // namespace

QString adminPasswordKey()
{
    return QStringLiteral("admin-password");
}

QString encryptionKeyKey()
{
    return QStringLiteral("encryption-key");
}

QString databasePasswordKey(const Design &design, NodeId database, bool shared)
{
    return QStringLiteral("db%1-%2-password")
        .arg(design.topology.indexOfNode(database) + 1)
        .arg(shared ? QStringLiteral("shared") : QStringLiteral("apim"));
}

QByteArray values(const Design &design, const Plan &plan, const Release &r)
{
    Yaml y;
    common(y, design, plan, r);
    const ApimVersion v = ApimVersion::parse(design.settings.apimVersion);
    const Release *control = plan.find(QStringLiteral("api-cp"));
    if (!control)
        control = plan.find(QStringLiteral("api-manager"));
    const Release *tm = plan.find(QStringLiteral("traffic-manager"));
    const Release *km = plan.find(QStringLiteral("key-manager"));
    const QString host = hostOf(design, r);
    if (r.script == QLatin1String("api-cp") || r.script == QLatin1String("api-manager")) {
        y.set(Cfg + QStringLiteral("gateway.environments"), environments(design, plan, r));
        if (km) {
            y.set(Cfg + QStringLiteral("km.enabled"), true);
            y.set(Cfg + QStringLiteral("km.serviceName"), km->service());
            y.set(Cfg + QStringLiteral("km.servicePort"), Https);
        }
        if (r.script == QLatin1String("api-cp")) {
            hostnames(y, {QStringLiteral("controlPlane")}, host);
        } else {
            hostnames(y, {QStringLiteral("management"), QStringLiteral("gateway")}, host);
            QStringList labels;
            for (const GatewayEnvironment &env : design.settings.environments)
                labels.append(env.name);
            y.set(Cfg + QStringLiteral("syncRuntimeArtifacts.gateway.labels"), labels);
        }
    } else if (r.script == QLatin1String("traffic-manager") || r.script == QLatin1String("key-manager")) {
        if (r.script == QLatin1String("traffic-manager"))
            y.set(Cfg + QStringLiteral("km.serviceUrl"), (km ? km : control)->service());
        else
            hostnames(y, {QStringLiteral("km")}, host);
        y.set(Cfg + QStringLiteral("eventhub.serviceUrl"), control->service());
        y.set(Cfg + QStringLiteral("eventhub.urls"), instanceServices(*control));
    } else {
        const Node *first = design.topology.node(r.nodes.first());
        QStringList labels = first->value(Field::Labels).toStringList();
        labels.sort();
        y.set(Cfg + (v.minor >= 6 ? QStringLiteral("syncRuntimeArtifacts.gateway.labels")
                                  : QStringLiteral("sync_runtime_artifacts.gateway.labels")),
              labels);
        y.set(Cfg + QStringLiteral("km.serviceUrl"), (km ? km : control)->service());
        y.set(Cfg + QStringLiteral("km.servicePort"), Https);
        // The chart's default is off; a separate gateway always listens to the event hub (§5.2).
        y.set(Cfg + QStringLiteral("eventhub.enabled"), true);
        y.set(Cfg + QStringLiteral("eventhub.serviceUrl"), control->service());
        y.set(Cfg + QStringLiteral("eventhub.servicePort"), Https);
        y.set(Cfg + QStringLiteral("eventhub.urls"), instanceServices(*control));
        const Release &throttling = tm ? *tm : *control;
        y.set(Cfg + QStringLiteral("throttling.serviceUrl"), throttling.service());
        y.set(Cfg + QStringLiteral("throttling.servicePort"), Https);
        y.set(Cfg + QStringLiteral("throttling.urls"), instanceServices(throttling));
        if (v.minor >= 6)
            y.set(Cfg + QStringLiteral("transactionCounter.serverUrl"),
                  QStringLiteral("https://%1:%2/internal/data/v1/transaction-records")
                      .arg(control->service())
                      .arg(Https));
        hostnames(y, {QStringLiteral("gateway"), QStringLiteral("websocket"), QStringLiteral("websub")},
                  host);
        y.set(QStringLiteral("wso2.deployment.replicas"), int(r.nodes.size()));
    }
    QByteArray out =
        "# " +
        quote::comment(QStringLiteral("helm upgrade --install %1 wso2/%2 --version %3 -f values/%1.yaml")
                           .arg(r.name, r.chart, r.chartVersion))
            .toUtf8() +
        "\n";
    return out + y.text();
}

} // namespace apim::helm
