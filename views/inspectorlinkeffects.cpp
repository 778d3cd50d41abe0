#include "inspectorlinkeffects.h"

#include "generators.h"
#include "tomldiff.h"

#include <QSet>

#include <map>

namespace apim {

namespace {

constexpr int MaxLines = 8; // of a text file's changed lines

using Leaves = std::map<QString, QString>; // key path -> value text, sorted by path

// Every leaf of a TOML tree by path; arrays of tables element by element, so
// that one gateway environment more is a few keys, not the whole array.
void flatten(const TomlTable &table, const QStringList &path, Leaves *out)
{
    for (const auto &e : table.entries()) {
        const QStringList here = path + QStringList{e.key};
        if (const TomlTable *sub = e.value.table()) {
            flatten(*sub, here, out);
        } else if (e.value.isArrayOfTables()) {
            for (qsizetype i = 0; i < e.value.array().size(); ++i)
                flatten(*e.value.array()[i].table(), here + QStringList{QString::number(i)}, out);
        } else {
            (*out)[diffPathText(here)] = tomlValueText(e.value);
        }
    }
}

bool isSecretKey(const QString &path)
{
    const QString last = path.section(QLatin1Char('.'), -1);
    return last.contains(QLatin1String("password"), Qt::CaseInsensitive) ||
           last.contains(QLatin1String("secret"), Qt::CaseInsensitive);
}

QString masked(const QString &value)
{
    return value.isEmpty() || value == QLatin1String("\"\"") ? value : QStringLiteral("\"••••••\"");
}

QList<LinkEffect::Entry> tomlEntries(const TomlTable &with, const TomlTable &without)
{
    Leaves a, b;
    flatten(with, {}, &a);
    flatten(without, {}, &b);
    QList<LinkEffect::Entry> out;
    for (const auto &[key, value] : a) {
        const auto other = b.find(key);
        if (other == b.end() || other->second != value)
            out.append({key, isSecretKey(key) ? masked(value) : value, false});
    }
    for (const auto &[key, value] : b) {
        if (a.find(key) == a.end())
            out.append({key, isSecretKey(key) ? masked(value) : value, true});
    }
    return out;
}

QList<LinkEffect::Entry> lineEntries(const QByteArray &with, const QByteArray &without, bool secret)
{
    const QStringList a = QString::fromUtf8(with).split(QLatin1Char('\n'));
    const QStringList b = QString::fromUtf8(without).split(QLatin1Char('\n'));
    const QSet<QString> inA(a.cbegin(), a.cend());
    const QSet<QString> inB(b.cbegin(), b.cend());
    QList<LinkEffect::Entry> out;
    const auto collect = [&out](const QStringList &lines, const QSet<QString> &other, bool removed,
                                bool secret) {
        int shown = 0;
        for (const QString &line : lines) {
            const QString text = line.trimmed();
            if (text.isEmpty() || other.contains(line) || shown >= MaxLines)
                continue;
            // A script that holds passwords says only that a line changed.
            out.append({QString(), secret ? QStringLiteral("••••••") : text, removed});
            ++shown;
        }
    };
    collect(a, inB, false, secret);
    collect(b, inA, true, secret);
    return out;
}

void addEffects(const Design &with, const Design &without, const Node &node, QList<LinkEffect> *out)
{
    const Node *other = without.topology.node(node.id);
    if (!other)
        return;
    const KindSpec &spec = SchemaRegistry::instance().kind(node.kind);
    const QString toml = QStringLiteral("repository/conf/deployment.toml");
    if (spec.generates.contains(GeneratedFile::DeploymentToml)) {
        LinkEffect effect{node.id, toml,
                          tomlEntries(deploymentToml(with, node), deploymentToml(without, *other))};
        if (!effect.entries.isEmpty())
            out->append(effect);
    }
    const BundleFiles before = nodeFiles(without, *other);
    for (const BundleFile &file : nodeFiles(with, node)) {
        if (file.path == toml)
            continue;
        QByteArray old;
        for (const BundleFile &f : before) {
            if (f.path == file.path)
                old = f.data;
        }
        if (old == file.data)
            continue;
        LinkEffect effect{node.id, file.path, lineEntries(file.data, old, file.secret)};
        if (!effect.entries.isEmpty())
            out->append(effect);
    }
}

} // namespace

QList<LinkEffect> linkEffects(const Design &design, LinkId id, int *siblings)
{
    const Link *link = design.topology.link(id);
    const Node *from = link ? design.topology.node(link->from) : nullptr;
    const Node *to = link ? design.topology.node(link->to) : nullptr;
    if (siblings)
        *siblings = 0;
    if (!from || !to)
        return {};
    // The generators expand a link to every member of a cluster, so one of the links
    // between two clusters alone changes nothing: they are taken away together.
    const Topology &t = design.topology;
    QSet<NodeId> fromCluster, toCluster;
    for (const Node *n : t.clusterOf(from->id))
        fromCluster.insert(n->id);
    for (const Node *n : t.clusterOf(to->id))
        toCluster.insert(n->id);
    QList<LinkId> taken;
    for (const Link &l : t.links()) {
        if ((fromCluster.contains(l.from) && toCluster.contains(l.to)) ||
            (fromCluster.contains(l.to) && toCluster.contains(l.from)))
            taken.append(l.id);
    }
    if (siblings)
        *siblings = int(taken.size()) - 1;
    Design without = design;
    for (LinkId l : std::as_const(taken))
        without.topology.takeLink(l);
    QList<LinkEffect> out;
    addEffects(design, without, *from, &out);
    addEffects(design, without, *to, &out);
    return out;
}

} // namespace apim
