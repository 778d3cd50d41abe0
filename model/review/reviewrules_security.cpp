// Rules on credentials, keystores, databases and gateway labels: settings that
// must agree between nodes or must not stay at their shipped defaults.
#include "reviewcontext.h"
#include "reviewfix.h"
#include "tomlkeys.h"

#include <QHash>
#include <QSet>

namespace apim::review {

namespace {

const QString ShippedPassword = QStringLiteral("wso2carbon");

void checkCredentials(Context &c, const NodeConfig &nc)
{
    const TomlTable &t = nc.config;
    QStringList problems;
    int line = 0;
    auto note = [&](const QString &problem, int at) {
        problems.append(problem);
        if (!line)
            line = at;
    };
    const QStringList user = tomlkey::path(tomlkey::SuperAdminUsername);
    const QStringList password = tomlkey::path(tomlkey::SuperAdminPassword);
    if (stringAt(t, user) == QLatin1String("admin") && stringAt(t, password) == QLatin1String("admin"))
        note(ReviewTr::tr("the super admin is admin/admin"), lineAt(t, password));
    for (const QString &store :
         {QStringLiteral("tls"), QStringLiteral("primary"), QStringLiteral("internal")}) {
        for (const QString &key :
             {QString::fromLatin1(tomlkey::StorePassword), QString::fromLatin1(tomlkey::StoreKeyPassword)}) {
            const QStringList path = tomlkey::at(tomlkey::Keystore, {store, key});
            if (stringAt(t, path) == ShippedPassword) {
                note(ReviewTr::tr("[keystore.%1] %2 is the shipped wso2carbon").arg(store, key),
                     lineAt(t, path));
                break;
            }
        }
    }
    const QStringList trust = tomlkey::at(tomlkey::Truststore, {QString::fromLatin1(tomlkey::StorePassword)});
    if (stringAt(t, trust) == ShippedPassword)
        note(ReviewTr::tr("the truststore password is the shipped wso2carbon"), lineAt(t, trust));
    // Redis and Valkey accept every client without a password (no requirepass, the shipped
    // default): anyone on the network can then reset the throttling counters.
    const QStringList kvPassword = tomlkey::at(tomlkey::KeyValueStore, {QStringLiteral("password")});
    if (t.findPath(tomlkey::path(tomlkey::KeyValueStore)) && stringAt(t, kvPassword).isEmpty())
        note(ReviewTr::tr("the key-value store has no password"),
             lineAt(t, kvPassword) ? lineAt(t, kvPassword)
                                   : lineAt(t, tomlkey::path(tomlkey::KeyValueStore)));
    if (!problems.isEmpty())
        c.add(
            rule::DefaultCredentials, &nc, line,
            ReviewTr::tr("%1 keeps default credentials: %2.")
                .arg(nc.node->name(), problems.join(QLatin1String("; "))),
            ReviewTr::tr(
                "Change the super admin password, use your own keystore and truststore with their own "
                "passwords, and give the key-value store a password (requirepass); keep them in [secrets]."));
}

// The primary keystore encrypts registry data, so every API-M node must have the same one.
QPair<QString, QString> primaryKeystore(const TomlTable &t, int *line)
{
    QString store = QStringLiteral("primary");
    if (!t.findPath(tomlkey::at(tomlkey::Keystore, {store, QString::fromLatin1(tomlkey::StoreFileName)})))
        store = QStringLiteral("tls"); // without [keystore.primary] the TLS keystore is the primary one
    const QStringList file =
        tomlkey::at(tomlkey::Keystore, {store, QString::fromLatin1(tomlkey::StoreFileName)});
    *line = lineAt(t, file);
    return {stringAt(t, file, QStringLiteral("wso2carbon.jks")),
            stringAt(t, tomlkey::at(tomlkey::Keystore, {store, QString::fromLatin1(tomlkey::StoreAlias)}),
                     QStringLiteral("wso2carbon"))};
}

void checkKeystores(Context &c)
{
    // Each node's pair as its last security run found it (checkSecurity): most designs use one.
    const QHash<NodeId, QPair<QString, QString>> &kept = c.memo.keystores;
    const QPair<QString, QString> *first = nullptr;
    bool mixed = false;
    for (const NodeConfig &nc : c.nodes) {
        const auto it = kept.constFind(nc.node->id);
        Q_ASSERT(it != kept.constEnd());
        // A template's "{{ store }}" names no keystore yet: nothing to compare.
        if (endpoints::isPlaceholder(it->first))
            return;
        if (!first)
            first = &*it;
        else if (!mixed && *it != *first)
            mixed = true;
    }
    if (!mixed)
        return;
    QHash<QPair<QString, QString>, int> counts;
    QList<QPair<QString, QString>> order;
    for (const NodeConfig &nc : c.nodes) {
        const QPair<QString, QString> &k = kept[nc.node->id];
        if (!counts.contains(k))
            order.append(k);
        ++counts[k];
    }
    QPair<QString, QString> common = order.first();
    for (const auto &k : order) {
        if (counts.value(k) > counts.value(common))
            common = k;
    }
    for (const NodeConfig &nc : c.nodes) {
        int line = 0;
        const auto k = primaryKeystore(nc.config, &line);
        if (k == common)
            continue;
        c.add(rule::KeystoreMismatch, &nc, line,
              ReviewTr::tr("%1 uses the primary keystore %2 (alias %3); most API-M nodes use %4 (alias %5). "
                           "Data one node "
                           "encrypts, another cannot read.")
                  .arg(nc.node->name(), k.first, k.second, common.first, common.second),
              ReviewTr::tr("Use the same primary keystore file and alias on every API-M node."));
    }
}

// The shipped keystore's private key is public (every pack has it): tokens it signs can be
// forged by anyone. Only a file_name the config writes counts; a default left out is not labelled.
void checkShippedKeystore(Context &c, const NodeConfig &nc)
{
    QString store = QStringLiteral("primary");
    QStringList file = tomlkey::at(tomlkey::Keystore, {store, QString::fromLatin1(tomlkey::StoreFileName)});
    if (!nc.config.findPath(file)) {
        store = QStringLiteral("tls");
        file = tomlkey::at(tomlkey::Keystore, {store, QString::fromLatin1(tomlkey::StoreFileName)});
    }
    const QString name = stringAt(nc.config, file).trimmed();
    if (name.section(QLatin1Char('/'), -1).compare(QLatin1String("wso2carbon.jks"), Qt::CaseInsensitive) != 0)
        return;
    c.add(
        rule::ShippedPrimaryKeystore, &nc, lineAt(nc.config, file),
        store == QLatin1String("primary")
            ? ReviewTr::tr("[keystore.primary] of %1 is the shipped wso2carbon.jks, whose private key every "
                           "API-M pack holds: anyone can sign tokens %1 accepts.")
                  .arg(nc.node->name())
            : ReviewTr::tr("%1 has no [keystore.primary], so the TLS keystore signs tokens, and it is the "
                           "shipped wso2carbon.jks, whose private key every API-M pack holds.")
                  .arg(nc.node->name()),
        ReviewTr::tr("Create your own keystore (keytool -genkeypair), use it on every node, and import "
                     "its certificate into the truststores."));
}

void checkDatabases(Context &c, const NodeConfig &nc)
{
    if (c.apimCount() < 2)
        return;
    for (const endpoints::Database &db : endpoints::databases(nc.config)) {
        if (!db.embedded || (db.id != QLatin1String("apim_db") && db.id != QLatin1String("shared_db")))
            continue;
        c.add(
            rule::H2InDistributed, &nc, db.line,
            ReviewTr::tr("[database.%1] of %2 is an embedded H2 database in a design of %3 API-M nodes: each "
                         "node would "
                         "keep its own copy of data they must share.")
                .arg(db.id, nc.node->name())
                .arg(c.apimCount()),
            ReviewTr::tr("Point %1 at the shared database server (MySQL, PostgreSQL, MSSQL, Oracle or DB2).")
                .arg(db.id));
    }
}

QStringList environmentNames(const TomlTable &t)
{
    QStringList out;
    const TomlValue *envs = t.findPath(tomlkey::path(tomlkey::GatewayEnvironments));
    for (const TomlValue &e : envs ? envs->array() : QList<TomlValue>()) {
        if (e.table())
            out.append(stringAt(*e.table(), {QStringLiteral("name")}));
    }
    return out;
}

// On a file: the label rewritten as an environment the control planes define (at most three,
// in name order), or dropped when the gateway serves others.
void addLabelFixes(Context &c, const ImportedFile &file, const QList<TomlValue> &items, qsizetype i,
                   const QSet<QString> &known)
{
    const TomlValue &label = items.at(i);
    QStringList names(known.cbegin(), known.cend());
    names.sort();
    for (const QString &name : names.mid(0, 3)) {
        FixStep step;
        if (replaceStringStep(file, label.line, label.column, {name}, &step))
            c.addFix({ReviewTr::tr("Serve \"%1\" instead").arg(name), {step}});
    }
    // Dropped with the separator after it, or before it when it is the last one, on its line.
    const int width = int(stringTokenAt(file.text, label.line, label.column).toUcs4().size());
    FixStep step;
    bool ok = false;
    if (width == 0 || items.size() < 2)
        return;
    if (i + 1 < items.size() && items.at(i + 1).line == label.line)
        ok = removeSpanStep(file, label.line, label.column, items.at(i + 1).column, &step);
    else if (i > 0 && items.at(i - 1).line == label.line) {
        const TomlValue &before = items.at(i - 1);
        const int end =
            before.column + int(stringTokenAt(file.text, before.line, before.column).toUcs4().size());
        ok = end > before.column && removeSpanStep(file, label.line, end, label.column + width, &step);
    }
    if (ok)
        c.addFix({ReviewTr::tr("Drop the label \"%1\"").arg(label.toString()), {step}});
}

void checkLabels(Context &c)
{
    // Environments per control plane (and all-in-one node), read once.
    QHash<NodeId, QStringList> environments;
    QSet<QString> all;
    for (const NodeConfig &nc : c.nodes) {
        if (!SchemaRegistry::instance().traits(nc.node->kind).definesEnvironments)
            continue;
        const QStringList names = environmentNames(nc.config);
        environments.insert(nc.node->id, names);
        for (const QString &n : names)
            all.insert(n);
    }
    if (environments.isEmpty())
        return; // no control plane in the design: nothing to match against
    // What every gateway's run reads besides its own file and its links.
    QByteArray signature;
    for (const NodeConfig &nc : c.nodes) {
        if (const auto it = environments.constFind(nc.node->id); it != environments.constEnd())
            signature += QByteArray::number(nc.node->id) + '=' + it->join(QChar(0x1f)).toUtf8() + '\n';
    }
    const QStringList labelPath = tomlkey::path(tomlkey::GatewayLabels);
    c.forNodes(
        Segment::ReviewLabels,
        [&](const NodeConfig &nc) {
            if (!SchemaRegistry::instance().traits(nc.node->kind).servesEnvironments)
                return;
            const TomlValue *labels = nc.config.findPath(labelPath);
            if (!labels)
                return;
            // The control planes this gateway is linked to, else every one of the design.
            QSet<QString> known;
            QStringList where;
            for (const Node *target : c.topology.targets(nc.node->id, &KindTraits::definesEnvironments)) {
                for (const Node *cp : c.clusterOf(*target)) {
                    if (environments.contains(cp->id) && !where.contains(cp->name())) {
                        where.append(cp->name());
                        for (const QString &n : environments.value(cp->id))
                            known.insert(n);
                    }
                }
            }
            if (where.isEmpty())
                known = all;
            const QList<TomlValue> items = labels->isArray() ? labels->array() : QList<TomlValue>{*labels};
            for (qsizetype i = 0; i < items.size(); ++i) {
                const TomlValue &label = items.at(i);
                // A template's label ("{{ label }}", "<%= @labels %>") is filled in when it is rendered.
                if (!label.isString() || known.contains(label.toString()) ||
                    endpoints::isPlaceholder(label.toString()))
                    continue;
                c.add(rule::GatewayLabelUnmatched, &nc, label.line ? label.line : labels->line,
                      where.isEmpty()
                          ? ReviewTr::tr("%1 serves the label \"%2\", but no control plane of the design "
                                         "defines a gateway "
                                         "environment of that name: APIs stay in \"deployment pending\".")
                                .arg(nc.node->name(), label.toString())
                          : ReviewTr::tr(
                                "%1 serves the label \"%2\", but %3 define no gateway environment of that "
                                "name: APIs stay "
                                "in \"deployment pending\".")
                                .arg(nc.node->name(), label.toString(), where.join(QLatin1String(", "))),
                      ReviewTr::tr(
                          "Add a [[apim.gateway.environment]] named \"%1\" on the control planes, or fix "
                          "the label.")
                          .arg(label.toString()));
                if (nc.file)
                    addLabelFixes(c, *nc.file, items, i, known);
            }
        },
        signature);
}

// Two environments of one name: API-M keeps one of them, so APIs deployed to that name
// reach only one set of gateways. (Of a shipped localhost "Default" beside the user's own,
// the export keeps the user's: dropShippedLocalhostEnvironments.)
void checkEnvironmentNames(Context &c, const NodeConfig &nc)
{
    const TomlValue *list = nc.config.findPath(tomlkey::path(tomlkey::GatewayEnvironments));
    if (!list || !list->isArrayOfTables())
        return;
    QHash<QString, int> firstLine;
    for (const TomlValue &item : list->array()) {
        const TomlTable *e = item.table();
        const TomlValue *name = e ? e->find(QStringLiteral("name")) : nullptr;
        if (!name || !name->isString())
            continue;
        const auto it = firstLine.constFind(name->toString());
        if (it == firstLine.constEnd()) {
            firstLine.insert(name->toString(), e->line);
            continue;
        }
        c.add(rule::DuplicateEnvironment, &nc, e->line,
              ReviewTr::tr("%1 defines the gateway environment \"%2\" twice (first at line %3): API-M keeps "
                           "one, and APIs deployed to \"%2\" reach only its gateways.")
                  .arg(nc.node->name(), name->toString())
                  .arg(*it),
              ReviewTr::tr("Rename one of them, or merge the two into one table."));
    }
}

} // namespace

void checkSecurity(Context &c)
{
    c.forNodes(Segment::ReviewSecurity, [&](const NodeConfig &nc) {
        checkCredentials(c, nc);
        checkShippedKeystore(c, nc);
        checkDatabases(c, nc);
        checkEnvironmentNames(c, nc);
        int line = 0;
        c.memo.keystores.insert(nc.node->id, primaryKeystore(nc.config, &line));
    });
    for (const NodeConfig &nc : c.others) { // an Identity Server's own file
        checkCredentials(c, nc);
        checkShippedKeystore(c, nc);
    }
    checkKeystores(c);
    checkLabels(c);
}

} // namespace apim::review
