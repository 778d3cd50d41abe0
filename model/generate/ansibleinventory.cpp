// The Ansible target's inventory, variables, vault template and node files.
// Secrets: the node files are made from a copy of the design whose passwords are
// markers; each marker the TOML or SQL writer quoted becomes a Jinja expression
// that quotes the vault variable the same way, so no password is in any file but
// vault-template.yml, which the user encrypts.
#include "ansible.h"
#include "compose.h"
#include "generators.h"
#include "generatorutil.h"
#include "names.h"
#include "ports.h"
#include "quoting.h"

#include <QHash>
#include <QSet>

namespace apim::ansible {

namespace {

using namespace genutil;

const QString MarkerStart = QStringLiteral("@@APIMVAULT_");
const QString MarkerEnd = QStringLiteral("@@");

// A marker keeps what the writers look at in a value: a backslash makes the SQL
// generator add a note, so a value with one gets a marker with one.
QString marker(qsizetype i, const QString &value)
{
    return MarkerStart + QString::number(i) + MarkerEnd +
           (value.contains(QLatin1Char('\\')) ? QStringLiteral("\\") : QString());
}

// [a-z0-9_], the names Ansible accepts for groups and variables, unique in `taken`.
QString identifier(const QString &text, QSet<QString> *taken)
{
    QString base;
    for (QChar c : text.toLower())
        base += (c.isLetterOrNumber() && c.unicode() < 0x80) ? c : QLatin1Char('_');
    if (base.isEmpty() || base.at(0).isDigit())
        base.prepend(QLatin1String("n_"));
    QString name = base;
    for (int n = 2; taken->contains(name); ++n)
        name = base + QLatin1Char('_') + QString::number(n);
    taken->insert(name);
    return name;
}

bool generates(const Node &node, GeneratedFile file)
{
    return SchemaRegistry::instance().kind(node.kind).generates.contains(file);
}

// The design with every secret replaced by its marker (index into plan.secrets).
Design markedDesign(const Design &design, const Plan &plan)
{
    Design d = design;
    QHash<QString, QString> byVariable;
    for (qsizetype i = 0; i < plan.secrets.size(); ++i)
        byVariable.insert(plan.secrets.at(i).variable, marker(i, plan.secrets.at(i).value));
    auto mark = [&](QString *value, const QString &variable) {
        if (byVariable.contains(variable))
            *value = byVariable.value(variable);
    };
    mark(&d.settings.adminPassword, QStringLiteral("apim_admin_password"));
    mark(&d.settings.keystore.password, QStringLiteral("apim_keystore_password"));
    mark(&d.settings.keystore.keyPassword, QStringLiteral("apim_keystore_key_password"));
    mark(&d.settings.truststore.password, QStringLiteral("apim_truststore_password"));
    mark(&d.settings.encryptionKey, QStringLiteral("apim_encryption_key"));
    for (const Plan::Host &h : plan.hosts) {
        Node *n = d.topology.mutableNode(h.node->id);
        for (const FieldSpec &f : SchemaRegistry::instance().kind(n->kind).fields) {
            if (f.type != FieldType::Password)
                continue;
            for (const Secret &s : plan.secrets) {
                if (s.purpose == h.name + QLatin1Char(' ') + f.key)
                    n->values.insert(f.key, byVariable.value(s.variable));
            }
        }
    }
    return d;
}

// How a writer quotes a marker, and the Jinja expression that quotes a variable alike.
struct Form
{
    QString (*quoted)(const QString &marker);
    QString expression; // %1: the variable
};

QString tomlQuoted(const QString &marker)
{
    return QLatin1Char('"') + QString(marker).replace(QLatin1Char('\\'), QStringLiteral("\\\\")) +
           QLatin1Char('"');
}

// TOML basic string: JSON's escapes are TOML's, except that TOML also escapes DEL.
const Form TomlForm{tomlQuoted,
                    QStringLiteral("{{ %1 | to_json(ensure_ascii=False) | replace('\\x7f', '\\\\u007f') }}")};
// MySQL string in the default sql_mode, as quote::mysqlString writes it (' doubled).
const Form MysqlForm{quote::mysqlString,
                     QStringLiteral("'{{ %1 | replace('\\\\', '\\\\\\\\') | replace(\"'\", \"''\") | "
                                    "replace('\\r', '\\\\r') | replace('\\n', '\\\\n') | "
                                    "replace('\\x1a', '\\\\Z') | replace('\\x00', '\\\\0') }}'")};
// PostgreSQL standard string: ' doubled; NUL cannot be held.
const Form PgForm{quote::pgString,
                  QStringLiteral("'{{ %1 | replace(\"'\", \"''\") | replace('\\x00', '') }}'")};

// `text` as template source: each quoted marker an expression, the rest literal. A marker
// the writer did not quote as `form` does gets the design's value (*leaked set).
QString substitute(const QString &text, const Plan &plan, const Form *form, bool *leaked)
{
    QString out, literal;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(MarkerStart, from);
        const qsizetype close = at < 0 ? -1 : text.indexOf(MarkerEnd, at + MarkerStart.size());
        bool ok = false;
        const qsizetype index =
            close < 0 ? -1
                      : text.mid(at + MarkerStart.size(), close - at - MarkerStart.size()).toLongLong(&ok);
        if (at < 0 || !ok || index < 0 || index >= plan.secrets.size()) {
            literal += text.mid(from);
            break;
        }
        const Secret &s = plan.secrets.at(index);
        const QString quoted = form ? form->quoted(marker(index, s.value)) : QString();
        const qsizetype start = at - quoted.indexOf(MarkerStart);
        if (form && start >= from && QStringView(text).mid(start, quoted.size()) == quoted) {
            literal += text.mid(from, start - from);
            out += quote::jinjaLiteral(literal) + form->expression.arg(s.variable);
            literal.clear();
            from = start + quoted.size();
        } else {
            literal += text.mid(from, at - from) + s.value;
            *leaked = true;
            from = close + MarkerEnd.size();
        }
    }
    return form ? out + quote::jinjaLiteral(literal) : literal;
}

const Form *sqlForm(const Node &database)
{
    const QString type = textOrDefault(database, Field::DbType);
    if (type == QLatin1String("mysql"))
        return &MysqlForm;
    if (type == QLatin1String("postgre"))
        return &PgForm;
    return nullptr; // initialised by hand (README): no client the playbook can drive
}

void line(QStringList &out, int indent, const QString &key, const QString &value)
{
    out.append(QString(indent, QLatin1Char(' ')) + key + QStringLiteral(": ") + value);
}

} // namespace

Plan plan(const Design &design)
{
    Plan p;
    const SchemaRegistry &registry = SchemaRegistry::instance();
    const ApimVersion version = ApimVersion::parse(design.settings.apimVersion);
    QSet<QString> groupNames{QStringLiteral("all"), QStringLiteral("ungrouped")};
    QList<QPair<QString, QStringList>> kinds, clusters;
    QList<QStringList> steps(3);
    QStringList apim, databases, balancers;
    QHash<NodeKind, qsizetype> kindGroup;
    for (const Node &n : design.topology.nodes()) {
        Plan::Host h;
        h.node = &n;
        h.name = n.name();
        h.folder = sanitizeFileName(n.name());
        h.apim = generates(n, GeneratedFile::DeploymentToml);
        h.database = generates(n, GeneratedFile::DatabaseScript);
        h.balancer = generates(n, GeneratedFile::NginxConfig);
        p.hosts.append(h);
        const KindSpec &spec = registry.kind(n.kind);
        if (!kindGroup.contains(n.kind)) {
            kindGroup.insert(n.kind, kinds.size());
            kinds.append({identifier(QStringLiteral("kind_") + spec.id, &groupNames), {}});
        }
        kinds[kindGroup.value(n.kind)].second.append(h.name);
        if (h.apim) {
            apim.append(h.name);
            const KindRelease *r = registry.release(n.kind, version);
            const int tier = spec.look.layoutTier;
            steps[tier == 2 ? ((r && r->provides(Service::EventHub)) ? 0 : 1) : 2].append(h.name);
        }
        if (h.database)
            databases.append(h.name);
        if (h.balancer) {
            balancers.append(h.name);
            QStringList members;
            for (const Node *m : design.topology.clusterMembers(n.id))
                members.append(m->name());
            if (!members.isEmpty())
                clusters.append({identifier(QStringLiteral("cluster_") + n.name(), &groupNames), members});
        }
    }
    const auto add = [&](const QString &name, const QStringList &hosts) {
        if (!hosts.isEmpty())
            p.groups.append({identifier(name, &groupNames), hosts});
    };
    add(QStringLiteral("apim_nodes"), apim);
    add(QStringLiteral("apim_databases"), databases);
    add(QStringLiteral("apim_balancers"), balancers);
    for (qsizetype i = 0, n = 0; i < steps.size(); ++i) {
        if (steps.at(i).isEmpty())
            continue;
        add(QStringLiteral("apim_step_%1").arg(++n), steps.at(i));
        p.stepGroups.append(p.groups.last().first);
    }
    p.groups += kinds;
    p.groups += clusters;

    QSet<QString> variables;
    const auto secret = [&](const QString &base, const QString &value, const QString &purpose) {
        if (!value.isEmpty())
            p.secrets.append({identifier(base, &variables), value, purpose});
    };
    const DesignSettings &s = design.settings;
    secret(QStringLiteral("apim_admin_password"), s.adminPassword, QStringLiteral("super admin password"));
    secret(QStringLiteral("apim_keystore_password"), s.keystore.password,
           QStringLiteral("keystore password"));
    secret(QStringLiteral("apim_keystore_key_password"), s.keystore.keyPassword,
           QStringLiteral("keystore key password"));
    secret(QStringLiteral("apim_truststore_password"), s.truststore.password,
           QStringLiteral("truststore password"));
    secret(QStringLiteral("apim_encryption_key"), s.encryptionKey, QStringLiteral("4.7+ encryption key"));
    for (const Plan::Host &h : p.hosts) {
        for (const FieldSpec &f : registry.kind(h.node->kind).fields) {
            if (f.type == FieldType::Password)
                secret(QStringLiteral("apim_%1_%2").arg(h.name, f.key), h.node->text(f.key),
                       h.name + QLatin1Char(' ') + f.key);
        }
    }
    return p;
}

BundleFiles inventoryFiles(const Design &design, const Plan &plan)
{
    QStringList inv{
        QStringLiteral("# Inventory of %1 (WSO2 API-M %2). Generated by APIM Topology Designer.")
            .arg(quote::comment(design.settings.name), quote::comment(design.settings.apimVersion)),
        QStringLiteral("# Each node is a host; ansible_host is its IP, else its host name."),
        QStringLiteral("all:"), QStringLiteral("  hosts:")};
    for (const Plan::Host &h : plan.hosts) {
        const Node &n = *h.node;
        inv.append(QStringLiteral("    %1:").arg(quote::yamlString(h.name)));
        line(inv, 6, QStringLiteral("ansible_host"),
             quote::ansibleValue(n.ip().isEmpty() ? n.hostname() : n.ip()));
        line(inv, 6, QStringLiteral("apim_node"), quote::ansibleValue(h.folder));
        line(inv, 6, QStringLiteral("apim_kind"),
             quote::ansibleValue(SchemaRegistry::instance().kind(n.kind).id));
        if (h.apim) {
            QString pack = compose::image(design, n).serverHome.section(QLatin1Char('/'), -1);
            if (pack.isEmpty())
                pack = QStringLiteral("wso2am-%1").arg(design.settings.apimVersion);
            line(inv, 6, QStringLiteral("apim_pack"), quote::ansibleValue(pack));
            line(inv, 6, QStringLiteral("apim_health_port"),
                 QString::number(ports::base(PortId::HttpServlet) + n.offset()));
        }
        if (h.database) {
            line(inv, 6, QStringLiteral("apim_db_type"),
                 quote::ansibleValue(textOrDefault(n, Field::DbType)));
            line(inv, 6, QStringLiteral("apim_db_port"), QString::number(n.value(Field::DbPort).toInt()));
            line(inv, 6, QStringLiteral("apim_db_script"),
                 sqlForm(n) ? QStringLiteral("true") : QStringLiteral("false"));
        }
        if (h.balancer)
            line(inv, 6, QStringLiteral("apim_lb_cert"), quote::ansibleValue(balancerCertBase(n)));
    }
    inv.append(QStringLiteral("  children:"));
    for (const auto &g : plan.groups) {
        inv += {QStringLiteral("    %1:").arg(g.first), QStringLiteral("      hosts:")};
        for (const QString &h : g.second)
            inv.append(QStringLiteral("        %1:").arg(quote::yamlString(h)));
    }

    QStringList vars{
        QStringLiteral("---"),
        QStringLiteral("# Variables of every host. Generated by APIM Topology Designer; see README.md."),
        QStringLiteral("# Prefix of every path the playbook writes on a host; empty in production."),
        QStringLiteral("apim_root: \"\""),
        QStringLiteral("# Where the API-M packs are unpacked (each to <apim_install_dir>/<pack>)."),
        QStringLiteral("apim_install_dir: /opt/wso2"),
        QStringLiteral("# A folder on this machine, or an http(s) URL, holding <pack>.zip for every pack."),
        QStringLiteral("apim_pack_source: \"\""),
        QStringLiteral("# The JDBC driver jar on this machine; empty: put it in place yourself."),
        QStringLiteral("apim_jdbc_driver: \"\""),
        QStringLiteral("# The account API-M runs as and owns its files."),
        QStringLiteral("apim_owner: wso2carbon"),
        QStringLiteral("apim_group: wso2carbon"),
        QStringLiteral("# The exported bundle: certs/make-certs.sh puts the stores in its nodes/ folders."),
        QStringLiteral("apim_bundle_dir: \"{{ playbook_dir }}/..\""),
        QStringLiteral("apim_certificates: %1")
            .arg(design.settings.certificates.generated() ? QStringLiteral("true") : QStringLiteral("false")),
        QStringLiteral("# Health waits: tries of /services/Version, 10 s apart."),
        QStringLiteral("apim_health_retries: 60"),
        QStringLiteral("# Secrets: only references to group_vars/all/vault.yml (from vault-template.yml)."),
    };
    QStringList vault{
        QStringLiteral("---"),
        QStringLiteral("# The design's secrets. Copy to group_vars/all/vault.yml, change what you"),
        QStringLiteral("# like, then encrypt it: ansible-vault encrypt group_vars/all/vault.yml"),
    };
    for (const Secret &s : plan.secrets) {
        vars.append(QStringLiteral("%1: \"{{ vault_%1 }}\"").arg(s.variable));
        vault.append(QStringLiteral("# %1").arg(quote::comment(s.purpose)));
        vault.append(QStringLiteral("vault_%1: %2").arg(s.variable, quote::ansibleValue(s.value)));
    }
    return {{QStringLiteral("inventory.yml"), joinLines(inv)},
            {QStringLiteral("group_vars/all/vars.yml"), joinLines(vars)},
            {QStringLiteral("vault-template.yml"), joinLines(vault), false, true}};
}

BundleFiles nodeTemplateFiles(const Design &design, const Plan &plan)
{
    const Design marked = markedDesign(design, plan);
    BundleFiles out;
    for (const Plan::Host &h : plan.hosts) {
        const Node &n = *marked.topology.node(h.node->id);
        for (BundleFile &f : nodeFiles(marked, n)) {
            if (f.path.endsWith(QLatin1String(".bat")))
                continue;
            const Form *form = nullptr;
            if (f.path.endsWith(QLatin1String(".toml")))
                form = &TomlForm;
            else if (f.path.endsWith(QLatin1String(".sql")))
                form = sqlForm(n);
            if (f.path.endsWith(QLatin1String(".sql")) && !form)
                continue;
            bool leaked = false;
            const QString text = substitute(QString::fromUtf8(f.data), plan, form, &leaked);
            f.data = text.toUtf8();
            f.secret = leaked;
            f.path = QStringLiteral("nodes/%1/%2%3")
                         .arg(h.folder, f.path, form ? QStringLiteral(".j2") : QString());
            out.append(std::move(f));
        }
    }
    return out;
}

} // namespace apim::ansible
