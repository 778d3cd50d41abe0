// The design as helm-apim releases. The charts fix the shape: the control plane,
// traffic manager and all-in-one charts run one or two instances (instance-1/-2
// templates), the key manager chart one or two replicas, the gateway chart any
// number of replicas (wso2-patterns-and-engines.md §5.1, §5.5). Service names follow
// the charts' fullname rule, so that every cross-chart value names a real service.
#include "generatorutil.h"
#include "helm.h"
#include "quoting.h"
#include "storefiles.h"

#include <QCoreApplication>

#include <algorithm>

namespace apim::helm {

namespace {

using namespace genutil;

QString tr(const char *text)
{
    return QCoreApplication::translate("Helm", text);
}

// Chart per distribution script (§5.1), in install order, with the sample release names.
struct ChartRow
{
    const char *script;
    const char *chart;
    const char *folder;
    const char *release;
    int maxNodes; // 0: any number
};
const ChartRow Charts[] = {
    {"api-manager", "wso2am-all-in-one", "all-in-one", "apim", 2},
    {"api-cp", "wso2am-acp", "distributed/control-plane", "apim-acp", 2},
    {"traffic-manager", "wso2am-tm", "distributed/traffic-manager", "apim-tm", 2},
    {"key-manager", "wso2am-km", "distributed/key-manager", "apim-km", 2},
    {"gateway", "wso2am-universal-gw", "distributed/gateway", "apim-gw", 0},
};

// The chart versions of helm-apim's release branches (4.6.x tagged its gateway one behind).
QString chartVersion(const ApimVersion &v, const QString &chart)
{
    if (v.major != 4)
        return QString();
    switch (v.minor) {
    case 5:
        return QStringLiteral("4.5.0-10");
    case 6:
        return chart == QLatin1String("wso2am-universal-gw") ? QStringLiteral("4.6.0-4")
                                                             : QStringLiteral("4.6.0-5");
    case 7:
        return QStringLiteral("4.7.0-1");
    default:
        return QString();
    }
}

const ChartRow *chartOf(const Node &n, const ApimVersion &v)
{
    const StartCommand cmd = startCommand(n, v);
    if (!cmd.valid)
        return nullptr;
    for (const ChartRow &row : Charts) {
        if (cmd.script == QLatin1String(row.script))
            return &row;
    }
    return nullptr;
}

// The charts write these values into deployment.toml between quotes, unescaped
// ("{{ .Values...username }}"): a quote, backslash or control character would end the
// TOML string or break the file, so such a value cannot be carried.
bool chartsWriteRaw(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        return c == QLatin1Char('"') || c == QLatin1Char('\\') || c.unicode() < 0x20 || c.unicode() == 0x7f;
    });
}

QString rawValueProblem(const Design &design)
{
    const StoreFiles stores = storeFiles(design.settings);
    for (const QString &v : {stores.primary.fileName, stores.primary.alias, stores.tls.fileName,
                             stores.tls.alias, stores.truststore.fileName}) {
        if (chartsWriteRaw(v))
            return tr("the charts write the keystore names and aliases unquoted, and %1 holds a quote, "
                      "backslash or control character")
                .arg(quote::markdownCode(v));
    }
    for (const Node *db : design.topology.nodesWith(&KindTraits::database)) {
        for (const QString &key : {Field::ApimDbName, Field::ApimDbUser, Field::SharedDbName,
                                   Field::SharedDbUser, Field::DbService, Field::Hostname}) {
            if (chartsWriteRaw(db->text(key)))
                return tr("the charts write database URLs and users unquoted, and the %1 of %2 holds a "
                          "quote, "
                          "backslash or control character")
                    .arg(key, db->name());
        }
    }
    // Environment names, descriptions and gateway labels go through Go's quoting, whose
    // escapes for control characters TOML does not read.
    for (const GatewayEnvironment &env : design.settings.environments) {
        if (quote::hasControl(env.name) || quote::hasControl(env.description))
            return tr("gateway environment %1 holds a control character, which the charts cannot write")
                .arg(quote::markdownCode(env.name));
    }
    for (const Node &n : design.topology.nodes()) {
        for (const QString &label : n.value(Field::Labels).toStringList()) {
            if (quote::hasControl(label))
                return tr("a gateway label of %1 holds a control character, which the charts cannot write")
                    .arg(n.name());
        }
    }
    return QString();
}

} // namespace

QString Release::fullname() const
{
    const QString full = name.contains(chart) ? name : name + QLatin1Char('-') + chart;
    QString out = full.left(63);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

// The all-in-one chart writes the suffixes the other way round (§5.2).
QString Release::service() const
{
    return fullname() + (script == QLatin1String("api-manager") ? QStringLiteral("-am-service")
                                                                : QStringLiteral("-service"));
}

QString Release::instanceService(int i) const
{
    if (script == QLatin1String("api-manager"))
        return fullname() + QStringLiteral("-am-service-") + QString::number(i);
    return fullname() + QLatin1Char('-') + QString::number(i) + QStringLiteral("-service");
}

const Release *Plan::find(const QString &script) const
{
    for (const Release &r : releases) {
        if (r.script == script)
            return &r;
    }
    return nullptr;
}

const Release *Plan::releaseOf(NodeId node) const
{
    for (const Release &r : releases) {
        if (r.nodes.contains(node))
            return &r;
    }
    return nullptr;
}

QString refusal(const Design &design)
{
    const ApimVersion v = ApimVersion::parse(design.settings.apimVersion);
    if (design.topology.nodes().isEmpty())
        return tr("the design has no nodes");
    if (chartVersion(v, QString()).isEmpty())
        return tr("helm-apim has charts of the 4.5, 4.6 and 4.7 component distributions only; this "
                  "design is API-M %1")
            .arg(design.settings.apimVersion);
    QHash<QString, int> counts;
    for (const Node &n : design.topology.nodes()) {
        const KindTraits &traits = SchemaRegistry::instance().traits(n.kind);
        if (traits.balancer || traits.database)
            continue; // balancers become the charts' hostnames; databases stay outside the cluster
        const ChartRow *row = chartOf(n, v);
        if (!row)
            return tr("%1 is a %2 node, for which helm-apim has no chart").arg(n.name(), kindLabel(n.kind));
        const int count = ++counts[QString::fromLatin1(row->script)];
        if (row->maxNodes > 0 && count > row->maxNodes)
            return tr("it has more than %1 %2 nodes; the %3 chart runs one or two instances")
                .arg(row->maxNodes)
                .arg(kindLabel(n.kind), QString::fromLatin1(row->chart));
    }
    const bool allInOne = counts.contains(QStringLiteral("api-manager"));
    const bool distributed = counts.contains(QStringLiteral("api-cp")) ||
                             counts.contains(QStringLiteral("traffic-manager")) ||
                             counts.contains(QStringLiteral("key-manager"));
    if (allInOne && distributed)
        return tr("it mixes all-in-one nodes with control plane, traffic manager or key manager nodes, "
                  "which no helm-apim pattern combines");
    if (!allInOne && !counts.contains(QStringLiteral("api-cp")))
        return tr("it has no control plane or all-in-one node, which every helm-apim pattern installs "
                  "first");
    return rawValueProblem(design);
}

Plan plan(const Design &design)
{
    Plan p;
    p.credentialsSecret = QStringLiteral("apim-credentials");
    p.keystoreSecret = QStringLiteral("apim-keystore-secret");
    const ApimVersion v = ApimVersion::parse(design.settings.apimVersion);
    QList<QStringList> gatewayGroups; // one gateway release per set of labels it serves
    for (const ChartRow &row : Charts) {
        const bool gateway = row.maxNodes == 0;
        for (const Node &n : design.topology.nodes()) {
            if (chartOf(n, v) != &row)
                continue;
            QStringList labels = n.value(Field::Labels).toStringList();
            labels.sort();
            Release *r = nullptr;
            if (!gateway && !p.releases.isEmpty() && p.releases.last().script == QLatin1String(row.script))
                r = &p.releases.last();
            if (gateway && gatewayGroups.contains(labels))
                r = &p.releases[p.releases.size() - gatewayGroups.size() + gatewayGroups.indexOf(labels)];
            if (!r) {
                Release fresh;
                fresh.name = QString::fromLatin1(row.release);
                if (gateway) {
                    gatewayGroups.append(labels);
                    if (gatewayGroups.size() > 1)
                        fresh.name += QLatin1Char('-') + QString::number(gatewayGroups.size());
                }
                fresh.chart = QString::fromLatin1(row.chart);
                fresh.chartFolder = QString::fromLatin1(row.folder);
                fresh.chartVersion = chartVersion(v, fresh.chart);
                fresh.script = QString::fromLatin1(row.script);
                p.releases.append(fresh);
                r = &p.releases.last();
            }
            r->nodes.append(n.id);
        }
    }
    return p;
}

BundleFiles helmFiles(const Design &design)
{
    if (!refusal(design).isEmpty())
        return {};
    const Plan p = plan(design);
    BundleFiles files;
    for (const Release &r : p.releases)
        files.append({QStringLiteral("values/%1.yaml").arg(r.name), values(design, p, r), false, true});
    files.append({QStringLiteral("install.sh"), installScript(design, p), true});
    files.append({QStringLiteral("create-secrets.sh"), secretsScript(design, p), true, true});
    files.append({QStringLiteral("keystores/README.md"),
                  joinLines({QStringLiteral("Put the keystore set the charts mount here (../README.md lists "
                                            "the files); create-secrets.sh turns it into a secret.")})});
    files.append({QStringLiteral("README.md"), readme(design, p)});
    std::sort(files.begin(), files.end(),
              [](const BundleFile &a, const BundleFile &b) { return a.path < b.path; });
    return files;
}

} // namespace apim::helm
