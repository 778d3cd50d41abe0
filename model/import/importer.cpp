#include "importer.h"
#include "autolayout.h"
#include "endpoints.h"
#include "generators.h"
#include "generatorutil.h"
#include "hostname.h"
#include "names.h"
#include "nodeidentity.h"
#include "parallel.h"
#include "partialread.h"
#include "rolerecognition.h"
#include "ruleids.h"
#include "tomldiff.h"
#include "tomlkeys.h"
#include "versioninference.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace apim {

namespace {

struct ImporterTr
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

struct Candidate
{
    ImportedFile *file = nullptr;
    RoleGuess role;
    QString name;
    QString serverHost; // [server] hostname, lower case
    QString fragment;   // importid::pathFragment() of its naming path, worked out once
    importid::Identity id;
    QList<endpoints::Use> uses;
    Node node;
};

int lineOf(const TomlTable &t, const QStringList &path)
{
    const TomlValue *v = t.findPath(path);
    return v ? v->line : 0;
}

QString str(const TomlTable &t, const QStringList &path)
{
    const TomlValue *v = t.findPath(path);
    return v && v->isString() ? v->toString() : QString();
}

Finding finding(const QString &rule, Severity severity, const Candidate *c, int line, const QString &message,
                const QString &hint = {})
{
    Finding f;
    f.rule = rule;
    f.severity = severity;
    if (c) {
        f.node = c->node.id;
        f.nodeName = c->name;
        f.file = c->file->path;
    }
    f.line = line;
    f.message = message;
    f.hint = hint;
    return f;
}

class Builder
{
public:
    Builder(QList<Candidate> &cands, Design &design, Findings &findings)
        : m_cands(cands), m_design(design), m_t(design.topology), m_findings(findings)
    {
        for (const Candidate &c : cands)
            m_names.insert(c.name.toLower());
    }

    void run()
    {
        QList<const TomlTable *> configs;
        for (const Candidate &c : m_cands)
            configs.append(&c.file->table);
        inferDesignSettings(configs, &m_design.settings);
        addBalancersByServerHost();
        addBalancersByServiceName();
        addApimNodes();
        inferVersion();
        addDatabases();
        // Links change no node's names or hosts: the index the balancers were found with
        // serves both steps.
        endpoints::HostIndex index = addBalancersByReference();
        addLinks(index);
        learnManagementHosts(std::move(index));
        keepWhatDiffers();
        const auto positions = autoLayout(m_t);
        for (auto it = positions.constBegin(); it != positions.constEnd(); ++it)
            m_t.mutableNode(it.key())->pos = it.value();
    }

private:
    NodeId insert(Node n)
    {
        n.id = m_t.allocateNodeId();
        m_t.insertNode(m_t.nodes().size(), n);
        return n.id;
    }

    QString uniqueName(const QString &base)
    {
        QString name = apim::uniqueName(sanitizeFileName(base), m_names, PlainName::KeptWhenFree);
        m_names.insert(name.toLower());
        return name;
    }

    NodeId addBalancer(NodeKind memberKind, const QString &publicHost)
    {
        Node lb;
        lb.kind = NodeKind::LoadBalancer; // the importer builds the balancer it infers
        lb.values = SchemaRegistry::instance().defaults(NodeKind::LoadBalancer);
        const QString name =
            uniqueName(SchemaRegistry::instance().kind(memberKind).namePrefix + QLatin1String("-lb"));
        lb.values.insert(Field::Name, name);
        lb.values.insert(Field::Hostname, name);
        lb.values.insert(Field::PublicHostname, publicHost);
        return insert(lb);
    }

    // Nodes sharing a hostname on different offsets (and no two IPs) are one machine's, not a
    // balancer's: a balancer's members listen on the same ports.
    bool oneMachine(const QList<int> &members) const
    {
        QSet<int> offsets;
        QSet<QString> ips;
        for (int i : members) {
            const importid::Identity &id = m_cands[i].id;
            offsets.insert(id.offset >= 0 ? id.offset : std::max(0, id.inferredOffset));
            if (endpoints::isRealHost(id.ip))
                ips.insert(id.ip);
        }
        return offsets.size() == members.size() && ips.size() <= 1;
    }

    // A [server] hostname that several nodes of one kind share is their load balancer's name.
    void addBalancersByServerHost()
    {
        QHash<QString, QList<int>> groups;
        QStringList order;
        for (int i = 0; i < m_cands.size(); ++i) {
            const Candidate &c = m_cands[i];
            if (!endpoints::isRealHost(c.serverHost))
                continue;
            const QString key = c.serverHost + QLatin1Char('|') + QString::number(int(c.role.kind));
            if (!groups.contains(key))
                order.append(key);
            groups[key].append(i);
        }
        for (const QString &key : order) {
            const QList<int> &members = groups[key];
            if (members.size() < 2 || oneMachine(members))
                continue;
            const Candidate &first = m_cands[members.first()];
            const NodeId lb = addBalancer(first.role.kind, first.serverHost);
            QStringList names;
            for (int i : members) {
                m_balancerOf.insert(i, lb);
                names.append(m_cands[i].name);
            }
            Finding f = finding(
                QStringLiteral("balancer-inferred"), Severity::Info, nullptr, 0,
                ImporterTr::tr(
                    "%1 is the [server] hostname of %2: imported as the load balancer %3 in front of "
                    "them; each node keeps its name as its own hostname.")
                    .arg(first.serverHost, names.join(QLatin1String(", ")), m_t.node(lb)->name()),
                ImporterTr::tr("Check the nodes' own hostnames and IPs: the files only name the balancer."));
            f.node = lb;
            f.nodeName = m_t.node(lb)->name();
            f.file = first.file->path;
            f.line = lineOf(first.file->table, {QStringLiteral("server"), QStringLiteral("hostname")});
            m_findings.append(f);
        }
    }

    // A container service over several nodes of one kind (nodeidentity.h): their balancer,
    // known by that service name.
    void addBalancersByServiceName()
    {
        QMap<QString, QList<int>> groups; // QMap: balancers in name order
        for (int i = 0; i < m_cands.size(); ++i) {
            if (!m_cands[i].id.balancedBy.isEmpty() && !m_balancerOf.contains(i))
                groups[m_cands[i].id.balancedBy].append(i);
        }
        for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
            if (it->size() < 2)
                continue;
            const NodeId lb = addBalancer(m_cands[it->first()].role.kind, it.key());
            m_t.mutableNode(lb)->values.insert(Field::Hostname, it.key());
            QStringList names;
            for (int i : it.value()) {
                m_balancerOf.insert(i, lb);
                names.append(m_cands[i].name);
            }
            Finding f = finding(
                QStringLiteral("balancer-inferred"), Severity::Info, &m_cands[it->first()], 0,
                ImporterTr::tr("%1 is a service name that fits %2 alike: imported as the load balancer %3 in "
                               "front of them.")
                    .arg(it.key(), names.join(QLatin1String(", ")), m_t.node(lb)->name()),
                ImporterTr::tr("Check that %1 really fronts these nodes.").arg(it.key()));
            f.node = lb;
            f.nodeName = m_t.node(lb)->name();
            m_findings.append(f);
        }
    }

    void addApimNodes()
    {
        for (int i = 0; i < m_cands.size(); ++i) {
            Candidate &c = m_cands[i];
            const TomlTable &t = c.file->table;
            Node n;
            n.kind = c.role.kind;
            n.values = SchemaRegistry::instance().defaults(n.kind);
            n.values.insert(Field::Name, c.name);
            // The file's own hostname when it names a machine, else the host its peers reach it
            // by, else its IP; a balancer's name is its balancer's, and a file that sets none
            // runs on localhost. A real hostname of its own stays: it is what the node advertises.
            QString host = str(t, {QStringLiteral("server"), QStringLiteral("hostname")}).trimmed();
            const bool behind = m_balancerOf.contains(i);
            if (!c.id.peerName.isEmpty() && c.id.peerName != c.id.ip &&
                (behind ? c.id.peerName != c.serverHost : !endpoints::isRealHost(c.serverHost)))
                host = c.id.peerName;
            else if (behind || host.isEmpty())
                host = endpoints::isRealHost(c.id.ip) ? c.id.ip
                       : behind                       ? c.name
                                                      : QStringLiteral("localhost");
            n.values.insert(Field::Hostname, host);
            n.values.insert(Field::Ip, str(t, tomlkey::path(tomlkey::ServerNodeIp)).trimmed());
            if (const TomlValue *offset = t.findPath({QStringLiteral("server"), QStringLiteral("offset")});
                offset && offset->type() == TomlValue::Type::Integer && offset->toInteger() >= 0 &&
                offset->toInteger() <= 1000)
                n.values.insert(Field::Offset, int(offset->toInteger()));
            else if (c.id.inferredOffset > 0)
                n.values.insert(Field::Offset, c.id.inferredOffset);
            if (SchemaRegistry::instance().field(n.kind, Field::Labels)) {
                if (const TomlValue *labels = t.findPath(tomlkey::path(tomlkey::GatewayLabels)))
                    n.values.insert(Field::Labels, labels->toStringList());
            }
            n.sourceFile = absoluteSourcePath(c.file->path);
            c.node = n;
            c.node.id = insert(n);
            c.file->node = c.node.id;
            if (c.role.inferred)
                m_findings.append(finding(
                    QStringLiteral("role-inferred"), Severity::Info, &c, c.role.line,
                    ImporterTr::tr("Imported as %1: %2")
                        .arg(SchemaRegistry::label(SchemaRegistry::instance().kind(n.kind)), c.role.reason),
                    ImporterTr::tr(
                        "If the role is wrong, set server_role in the file and import it again.")));
        }
        for (const Candidate &c : m_cands) {
            if (c.id.inferredOffset <= 0 || !c.id.inferredFrom)
                continue;
            const Candidate &by = m_cands[c.id.inferredBy];
            Finding f = finding(
                rule::OffsetInferred, Severity::Info, &c, c.id.inferredFrom->line,
                ImporterTr::tr("%1 sets no [server] offset, but %2 of %3 reaches it at %4: imported with "
                               "offset %5.")
                    .arg(c.name, c.id.inferredFrom->key, by.name, c.id.inferredFrom->text)
                    .arg(c.id.inferredOffset),
                ImporterTr::tr("Set offset = %1 in the [server] table of %2, or correct the port.")
                    .arg(c.id.inferredOffset)
                    .arg(c.name));
            f.file = by.file->path;
            m_findings.append(f);
        }
        // Members of one kind, behind no other balancer: valid by construction, and
        // canConnect() would cost the cluster's size for every member.
        for (auto it = m_balancerOf.constBegin(); it != m_balancerOf.constEnd(); ++it)
            insertLink(it.value(), m_cands[it.key()].node.id);
        // Members sit behind their balancer: take its proxy ports from their files.
        for (auto it = m_balancerOf.constBegin(); it != m_balancerOf.constEnd(); ++it) {
            const TomlTable &t = m_cands[it.key()].file->table;
            Node *lb = m_t.mutableNode(it.value());
            for (const auto &[scheme, field] : {std::pair{QStringLiteral("http"), Field::HttpPort},
                                                std::pair{QStringLiteral("https"), Field::HttpsPort}}) {
                const TomlValue *p = t.findPath(tomlkey::at(
                    tomlkey::Transport, {scheme, QString::fromLatin1(tomlkey::TransportProperties),
                                         QString::fromLatin1(tomlkey::TransportProxyPort)}));
                if (p && p->toInteger() > 0 && p->toInteger() < 65536)
                    lb->values.insert(field, int(p->toInteger()));
            }
        }
    }

    // Each distinct database server (type, host, port) becomes a database node.
    void addDatabases()
    {
        const QStringList types = SchemaRegistry::databaseTypes();
        for (Candidate &c : m_cands) {
            NodeId linkTo = 0;
            QString linkedId;
            for (const endpoints::Database &db : endpoints::databases(c.file->table)) {
                const bool modelled =
                    db.id == QLatin1String("apim_db") || db.id == QLatin1String("shared_db");
                if (!modelled || db.embedded || db.host.isEmpty() || endpoints::isPlaceholder(db.host) ||
                    !types.contains(db.type))
                    continue;
                const int port = db.port > 0 ? db.port : SchemaRegistry::defaultDatabasePort(db.type);
                const QString key =
                    db.type + QLatin1Char('|') + db.host + QLatin1Char('|') + QString::number(port);
                NodeId id = m_databases.value(key);
                if (!id) {
                    Node n;
                    n.kind = NodeKind::Database; // the importer builds the database servers it reads
                    n.values = SchemaRegistry::instance().defaults(NodeKind::Database);
                    n.values.insert(Field::Name, uniqueName(db.type));
                    n.values.insert(Field::Hostname, db.host);
                    n.values.insert(Field::DbType, db.type);
                    n.values.insert(Field::DbPort, port);
                    id = insert(n);
                    m_databases.insert(key, id);
                }
                Node *n = m_t.mutableNode(id);
                const bool apim = db.id == QLatin1String("apim_db");
                if (!m_filledDbParts.contains(key + db.id)) {
                    m_filledDbParts.insert(key + db.id);
                    n->values.insert(apim ? Field::ApimDbName : Field::SharedDbName, db.name);
                    n->values.insert(apim ? Field::ApimDbUser : Field::SharedDbUser, db.user);
                    n->values.insert(apim ? Field::ApimDbPassword : Field::SharedDbPassword, db.password);
                }
                // Oracle: the one service both databases are schemas of, as the first file names it.
                if (!db.service.isEmpty() && !m_filledDbParts.contains(key + QStringLiteral("|service"))) {
                    m_filledDbParts.insert(key + QStringLiteral("|service"));
                    n->values.insert(Field::DbService, db.service);
                }
                // A gateway reads shared_db only; other nodes are linked to their apim_db server.
                const KindRelease *release = SchemaRegistry::instance().release(
                    c.node.kind, ApimVersion::parse(m_design.settings.apimVersion));
                const bool preferred = release && release->apimDb ? apim : !apim;
                if (linkTo && linkTo != id)
                    m_findings.append(
                        finding(QStringLiteral("database-split"), Severity::Info, &c, db.line,
                                ImporterTr::tr(
                                    "%1 and %2 are on different database servers; a node links to one "
                                    "database, so the "
                                    "design links it to the %3 server and keeps the other in its extra TOML.")
                                    .arg(linkedId, db.id, preferred ? db.id : linkedId),
                                ImporterTr::tr("Put apim_db and shared_db on one database server, or keep "
                                               "the second in the extra TOML.")));
                if (!linkTo || (preferred && linkTo != id)) {
                    linkTo = id;
                    linkedId = db.id;
                }
            }
            if (linkTo)
                link(c.node.id, linkTo);
        }
    }

    // A service URL host that is no node but fronts the per-node endpoints next to it.
    // Returns the host index of the topology with those balancers.
    endpoints::HostIndex addBalancersByReference()
    {
        endpoints::HostIndex index(m_t);
        for (const Candidate &c : m_cands) {
            // Per target (registry row): a service URL fronts the direct endpoints of the same service
            // only; a key manager URL says nothing about the traffic managers next to it.
            QHash<int, QSet<QString>> serviceHostsOf;
            QHash<int, QList<const Node *>> directOf;
            for (const endpoints::Use &u : c.uses) {
                if (u.environment || !u.spec || !endpoints::isRealHost(u.url.host))
                    continue;
                const int target = int(u.spec->target);
                if (u.purpose == endpoints::Purpose::Management && index.lookup(u.url.host).isEmpty())
                    serviceHostsOf[target].insert(u.url.host);
                if (u.purpose == endpoints::Purpose::Amqp || u.purpose == endpoints::Purpose::BinaryTcp) {
                    QList<const Node *> &direct = directOf[target];
                    for (const Node *n : index.lookup(u.url.host)) {
                        if (SchemaRegistry::instance().kind(n->kind).apimNode && n->id != c.node.id &&
                            !m_t.balancerOf(n->id) && !direct.contains(n))
                            direct.append(n);
                    }
                }
            }
            int target = -1;
            for (auto it = directOf.constBegin(); it != directOf.constEnd(); ++it) {
                if (serviceHostsOf.value(it.key()).size() == 1 && it->size() >= 2)
                    target = it.key();
            }
            if (target < 0)
                continue;
            const QSet<QString> serviceHosts = serviceHostsOf.value(target);
            const QList<const Node *> direct = directOf.value(target);
            if (std::any_of(direct.cbegin(), direct.cend(),
                            [&](const Node *n) { return n->kind != direct.first()->kind; }))
                continue;
            const QString host = *serviceHosts.cbegin();
            QList<NodeId> members;
            for (const Node *n : direct)
                members.append(n->id);
            const NodeId lb = addBalancer(direct.first()->kind, host);
            for (NodeId m : members)
                insertLink(lb, m);
            m_findings.append(
                finding(QStringLiteral("balancer-inferred"), Severity::Info, &c, 0,
                        ImporterTr::tr("%1 is no node's hostname but the service URL next to endpoints of %2 "
                                       "nodes: imported as the load balancer %3 in front of them.")
                            .arg(host)
                            .arg(members.size())
                            .arg(m_t.node(lb)->name()),
                        ImporterTr::tr("Check that %1 really fronts these nodes.").arg(host)));
            index = endpoints::HostIndex(m_t);
        }
        return index;
    }

    // A balancer of API traffic serves its members' admin services under a name of its own
    // (genutil::balancerManagementHost): an unknown host in a service URL that goes to it is
    // that name. Environments: the balancer their endpoints name; otherwise the node's own.
    void learnManagementHosts(endpoints::HostIndex index)
    {
        const auto isApiBalancer = [this](const Node *lb) {
            const QList<const Node *> members = lb ? m_t.clusterMembers(lb->id) : QList<const Node *>();
            return !members.isEmpty() && genutil::carriesApiTraffic(members.first()->kind);
        };
        // One index for all candidates, rebuilt only when a hostname is learnt: one per
        // candidate made the import of 1,000 files quadratic (5 s).
        for (const Candidate &c : m_cands) {
            for (qsizetype i = 0; i < c.uses.size(); ++i) {
                const endpoints::Use &u = c.uses[i];
                if (u.purpose != endpoints::Purpose::Management || !endpoints::isRealHost(u.url.host) ||
                    !index.lookup(u.url.host).isEmpty())
                    continue;
                const Node *lb = nullptr;
                if (u.environment) {
                    for (qsizetype j = i + 1; j < c.uses.size() && c.uses[j].environment && !lb; ++j) {
                        for (const Node *n : index.lookup(c.uses[j].url.host)) {
                            if (n->text(Field::PublicHostname)
                                    .compare(c.uses[j].url.host, Qt::CaseInsensitive) == 0)
                                lb = n;
                        }
                    }
                } else if (SchemaRegistry::instance().traits(c.node.kind).definesEnvironments) {
                    lb = m_t.balancerOf(c.node.id); // an all-in-one calls its own cluster
                }
                if (!isApiBalancer(lb))
                    continue;
                m_t.mutableNode(lb->id)->values.insert(Field::Hostname, u.url.host);
                index = endpoints::HostIndex(m_t);
            }
        }
    }

    void addLinks(const endpoints::HostIndex &index)
    {
        for (Candidate &c : m_cands) {
            const Node &self = *m_t.node(c.node.id);
            QSet<QString> reported;
            for (const endpoints::Use &u : c.uses) {
                const endpoints::Target target = endpoints::resolve(m_t, index, self, u.url);
                if (target.kind == endpoints::Target::Unknown && !reported.contains(u.url.host)) {
                    reported.insert(u.url.host);
                    m_findings.append(
                        finding(rule::UnknownHost, Severity::Warning, &c, u.line,
                                ImporterTr::tr("%1 names %2, which is no imported node: kept as an external "
                                               "endpoint.")
                                    .arg(u.key, u.url.host),
                                ImporterTr::tr("Import that node's file too, or correct the host.")));
                }
                for (const Node *n :
                     target.kind == endpoints::Target::Ambiguous ? QList<const Node *>() : target.nodes) {
                    // A gateway environment names the gateways that serve this node.
                    if (u.environment)
                        link(n->id, self.id);
                    else
                        link(self.id, n->id);
                }
            }
        }
    }

    // A pair the registry links the other way only (an Identity Server notifies the control plane
    // that names it as key manager) is linked that way.
    void link(NodeId from, NodeId to)
    {
        const NodeKind a = m_t.node(from)->kind, b = m_t.node(to)->kind;
        if (m_t.canConnect(from, to))
            insertLink(from, to);
        else if (!SchemaRegistry::instance().linkRule(a, b) && SchemaRegistry::instance().linkRule(b, a) &&
                 m_t.canConnect(to, from))
            insertLink(to, from);
    }

    void insertLink(NodeId from, NodeId to)
    {
        Link l;
        l.id = m_t.allocateLinkId();
        l.from = from;
        l.to = to;
        m_t.insertLink(m_t.links().size(), l);
    }

    // Lossless import: whatever the designer would write otherwise is kept as extra TOML.
    void keepWhatDiffers()
    {
        // Generating and comparing each node's file is pure and each node's own (an export
        // generates in parallel too); the topology changes and findings follow in node order.
        QList<TomlDiff> diffs(m_cands.size());
        QList<TomlPins> extra(m_cands.size()); // parsed here too: setting the text parses it
        QList<const Node *> nodes;
        for (const Candidate &c : m_cands)
            nodes.append(m_t.node(c.node.id));
        parallel::forEach(m_cands.size(), [&](qsizetype i) {
            diffs[i] = diffToml(deploymentToml(m_design, *nodes[i]), std::as_const(m_cands)[i].file->table);
            extra[i] = TomlPins(diffs[i].isEmpty() ? QString() : extraTomlText(diffs[i]));
        });
        for (qsizetype i = 0; i < m_cands.size(); ++i) {
            m_t.mutableNode(m_cands[i].node.id)->extraToml = extra[i];
            for (const TomlDiff::Change &change : std::as_const(diffs[i].changed))
                reportChange(m_cands[i], change);
        }
    }

    void reportChange(const Candidate &c, const TomlDiff::Change &change)
    {
        const TomlValue &o = change.original;
        const TomlValue &g = change.generated;
        if (o.isTable() || g.isTable())
            return;
        const QString key = diffPathText(change.path);
        const QString hint =
            ImporterTr::tr("Change the topology or the design settings to match, or edit the value in the "
                           "node's extra TOML.");
        if (o.isArrayOfTables() || g.isArrayOfTables()) {
            m_findings.append(finding(
                rule::ManagedValueKept, Severity::Info, &c, o.line,
                ImporterTr::tr("The file has %1 [[%2]] table(s); the design would write %3. Kept as they "
                               "are.")
                    .arg(o.array().size())
                    .arg(key)
                    .arg(g.array().size()),
                hint));
            return;
        }
        // A URL naming other hosts than the topology implies is a disagreement worth a warning.
        const QStringList hostsO = hostsOf(o), hostsG = hostsOf(g);
        const bool otherHosts = !hostsO.isEmpty() && !hostsG.isEmpty() && hostsO != hostsG;
        m_findings.append(finding(
            rule::ManagedValueKept, otherHosts ? Severity::Warning : Severity::Info, &c, o.line,
            otherHosts
                ? ImporterTr::tr(
                      "%1 points at %2; from the topology the designer would point it at %3. Kept as it is.")
                      .arg(key, hostsO.join(QLatin1String(", ")), hostsG.join(QLatin1String(", ")))
                : ImporterTr::tr("%1 is %2 in the file; the design would write %3. Kept as it is.")
                      .arg(key, tomlValueText(o), tomlValueText(g)),
            hint));
    }

    static QStringList hostsOf(const TomlValue &v)
    {
        QStringList out;
        const QList<TomlValue> items = v.isArray() ? v.array() : QList<TomlValue>{v};
        for (const TomlValue &item : items) {
            const endpoints::Url u = endpoints::parseUrl(item.toString());
            if (u.valid && !out.contains(u.host))
                out.append(u.host);
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    // The version the files show (versioninference.cpp), with the evidence that decided it.
    void inferVersion()
    {
        QList<VersionSource> sources;
        for (const Candidate &c : m_cands)
            sources.append({&c.file->table, c.role.kind});
        const VersionVerdict v = inferApimVersion(sources);
        if (!v.found)
            return;
        m_design.settings.apimVersion = v.version;
        if (!versionWorthNoting(v))
            return;
        const Candidate &c = m_cands[v.source];
        const int line = lineOf(c.file->table, v.keyPath);
        m_findings.append(finding(rule::ApimVersion, Severity::Info, &c, line ? line : c.role.line,
                                  versionMessage(v, v.version), versionHint(v)));
    }

    QList<Candidate> &m_cands;
    Design &m_design;
    Topology &m_t;
    Findings &m_findings;
    QSet<QString> m_names;
    QMap<int, NodeId> m_balancerOf; // candidate index -> load balancer, in candidate order
    QHash<QString, NodeId> m_databases;
    QSet<QString> m_filledDbParts;
};

// What the files name each other in: a node that gateways send throttling data to is a traffic
// manager, the one a key_manager service_url names a key manager (ImportHints::namedBy). A node is
// known by its [server] hostname and by the name its path gives it; loopback names nobody.
void nameReferences(QList<Candidate> &cands)
{
    QHash<QString, QList<int>> byHost;
    for (int i = 0; i < cands.size(); ++i) {
        const Candidate &c = cands[i];
        if (endpoints::isRealHost(c.serverHost))
            byHost[c.serverHost].append(i);
        const QString &name = c.fragment;
        if (name != c.serverHost)
            byHost[name].append(i);
    }
    for (int i = 0; i < cands.size(); ++i) {
        for (const endpoints::Use &u : cands[i].uses) {
            if (u.environment || !endpoints::isRealHost(u.url.host))
                continue;
            for (int j : byHost.value(u.url.host)) {
                if (j != i)
                    addReference(&cands[j].role, u.key, cands[j].file->namingPath);
            }
        }
    }
}

} // namespace

void importFiles(ImportedFiles *files, Design *out, Findings *findings)
{
    Design design;
    design.settings.name = QStringLiteral("imported");
    QList<Candidate> cands;
    QSet<QString> names;
    // Parsing and reading each file's role, hosts and URLs are most of the import and each
    // file's own: spread over the cores. What follows reads the files in their order, so
    // findings and nodes come out as with one thread.
    // data() detaches here, once: QList::operator[] from several threads could detach at once.
    ImportedFile *const all = files->data();
    QList<Candidate> perFile(files->size());
    Candidate *const slot = perFile.data();
    parallel::forEach(files->size(), [all, slot](qsizetype i) {
        ImportedFile &f = all[i];
        f.node = 0;
        f.uses.clear();
        f.usesKnown = false;
        f.parsed = readToml(f.text, f.path, &f.table, &f.error);
        if (!f.parsed) {
            // The rest of the set still imports: the node keeps what could be read.
            f.templateBody = isTemplateSource(f.path, f.text) && readTemplateBody(f.text, &f.table);
            if (!f.templateBody && !readValidPrefix(f.text, f.error, &f.table))
                return;
        }
        Candidate &c = slot[i];
        c.file = &f;
        c.role = guessRole(f.table, f.namingPath);
        c.serverHost =
            str(f.table, {QStringLiteral("server"), QStringLiteral("hostname")}).trimmed().toLower();
        f.uses = endpoints::collect(f.table);
        f.usesKnown = true;
        c.uses = f.uses;
        c.fragment = importid::pathFragment(f.namingPath);
    });
    for (qsizetype i = 0; i < files->size(); ++i) {
        const ImportedFile &f = all[i];
        if (!f.parsed)
            findings->append(unreadableFile(f.path, f.text, f.error));
        if (perFile[i].file)
            cands.append(std::move(perFile[i]));
    }
    nameReferences(cands);
    // Nodes in kind order (gateways, control planes, ...) then by path, as the templates lay them out.
    std::stable_sort(cands.begin(), cands.end(), [](const Candidate &a, const Candidate &b) {
        return int(a.role.kind) < int(b.role.kind);
    });
    QList<importid::Identity> ids;
    for (const Candidate &c : cands) {
        importid::Identity id;
        id.kind = c.role.kind;
        id.namingPath = c.file->namingPath;
        id.serverHost = c.serverHost;
        const QString ip = str(c.file->table, tomlkey::path(tomlkey::ServerNodeIp)).trimmed().toLower();
        id.ip = endpoints::isPlaceholder(ip) ? QString() : ip;
        if (const TomlValue *offset =
                c.file->table.findPath({QStringLiteral("server"), QStringLiteral("offset")});
            offset && offset->type() == TomlValue::Type::Integer && offset->toInteger() >= 0 &&
            offset->toInteger() <= 1000)
            id.offset = int(offset->toInteger());
        id.uses = &c.uses;
        ids.append(id);
    }
    importid::identify(ids);
    for (qsizetype i = 0; i < cands.size(); ++i) {
        Candidate &c = cands[i];
        c.id = ids[i];
        // The design's name: the folder the set gives the node, cleaned into a host name.
        QString name = c.fragment;
        const QString base = name;
        for (int n = 2; names.contains(name.toLower()); ++n)
            name = base.left(MaxFileNameLength - 4) + QStringLiteral("-%1").arg(n);
        names.insert(name.toLower());
        c.name = name;
    }
    Builder(cands, design, *findings).run();
    *out = design;
}

} // namespace apim
