#include "pinrelease.h"
#include "generators.h"
#include "reviewdiff.h"
#include "tomlreader.h"

#include <algorithm>

namespace apim {

namespace {

// The generated tree alone, as if the node had no extra TOML. Secure vault only
// changes how passwords are written, not which value is meant.
TomlTable generatedOnly(Design design, Node node)
{
    node.extraToml.clear();
    design.settings.secureVault = false;
    return deploymentToml(design, node);
}

// The paths of every value under `t`, so that a table that comes or goes only
// releases the keys the designer writes in it, not others kept there.
void leafPaths(const TomlValue &v, const QStringList &path, QList<QStringList> *out)
{
    const TomlTable *t = v.table();
    if (!t) {
        out->append(path);
        return;
    }
    for (const auto &e : t->entries())
        leafPaths(e.value, path + QStringList{e.key}, out);
}

// Paths of the keys whose value differs; arrays count as one value.
void changedPaths(const TomlTable &a, const TomlTable &b, const QStringList &path, QList<QStringList> *out)
{
    for (const auto &e : a.entries()) {
        const QStringList here = path + QStringList{e.key};
        const TomlValue *other = b.find(e.key);
        const bool tables = other && e.value.table() && other->table();
        if (tables)
            changedPaths(*e.value.table(), *other->table(), here, out);
        else if (!other)
            leafPaths(e.value, here, out);
        else if (*other != e.value)
            out->append(here);
    }
    for (const auto &e : b.entries()) {
        if (!a.contains(e.key))
            leafPaths(e.value, path + QStringList{e.key}, out);
    }
}

bool isPrefix(const QStringList &prefix, const QStringList &path)
{
    if (prefix.size() > path.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (prefix[i] != path[i])
            return false;
    }
    return true;
}

// Removes the value at `path`, or the non-table value on its way that holds it
// (an array is pinned whole); drops tables the removal leaves empty.
bool unpin(TomlTable *t, const QStringList &path, qsizetype i = 0)
{
    TomlValue *v = t->find(path[i]);
    if (!v)
        return false;
    TomlTable *sub = v->table();
    if (i == path.size() - 1 || !sub)
        return t->remove(path[i]);
    if (!unpin(sub, path, i + 1))
        return false;
    if (sub->isEmpty())
        t->remove(path[i]);
    return true;
}

} // namespace

bool hasPinnedValues(const Design &design)
{
    for (const Node &n : design.topology.nodes()) {
        if (!n.extraToml.isEmpty())
            return true;
    }
    return false;
}

QHash<NodeId, QString> releasedPins(const Design &before, const Design &after)
{
    QHash<NodeId, QString> out;
    for (const Node &node : after.topology.nodes()) {
        const Node *old = before.topology.node(node.id);
        if (node.extraToml.trimmed().isEmpty() || !old)
            continue;
        QList<QStringList> changed;
        changedPaths(generatedOnly(before, *old), generatedOnly(after, node), {}, &changed);
        if (changed.isEmpty())
            continue;

        TomlDiff pins;
        TomlError error;
        if (!readToml(node.extraToml.toUtf8(), node.name(), &pins.extra, &error))
            continue; // text the user is still fixing: leave it alone
        bool released = false;
        for (const QStringList &path : std::as_const(changed))
            released = unpin(&pins.extra, path) || released;
        for (const QStringList &omitted : omittedKeys(node.extraToml)) {
            const bool touched = std::any_of(changed.cbegin(), changed.cend(), [&](const QStringList &p) {
                return isPrefix(p, omitted) || isPrefix(omitted, p);
            });
            if (touched)
                released = true;
            else
                pins.omitted.append(omitted);
        }
        if (released)
            out.insert(node.id, pins.isEmpty() ? QString() : extraTomlText(pins));
    }
    return out;
}

} // namespace apim
