#include "reviewdiff.h"
#include "configkeys.h"
#include "generators.h"
#include "tomlreader.h"

namespace apim {

namespace {

const QLatin1String OmitMarker("#!omit ");

// A table for the extra tree that is written the way the original was.
std::shared_ptr<TomlTable> shapedLike(const TomlTable &original)
{
    auto t = std::make_shared<TomlTable>();
    t->dotted = original.dotted;
    t->inlineTable = original.inlineTable;
    // Only keys go into the extra tree; a header of its own would just be noise.
    t->explicitHeader = false;
    t->line = original.line;
    return t;
}

bool isPlainTable(const TomlValue &v)
{
    return v.table() != nullptr;
}

void diffTables(const TomlTable &g, const TomlTable &o, const QStringList &path, TomlDiff *out, TomlTable *extra)
{
    for (const auto &e : o.entries()) {
        const QStringList here = path + QStringList{e.key};
        const TomlValue *gv = g.find(e.key);
        if (!gv) {
            extra->set(e.key, e.value.clone());
            continue;
        }
        if (isPlainTable(*gv) && isPlainTable(e.value)) {
            auto sub = shapedLike(*e.value.table());
            diffTables(*gv->table(), *e.value.table(), here, out, sub.get());
            if (!sub->isEmpty())
                extra->set(e.key, TomlValue(sub));
            continue;
        }
        if (*gv == e.value)
            continue;
        // Arrays, arrays of tables included, are replaced whole by the merge.
        extra->set(e.key, e.value.clone());
        if (gv->isArrayOfTables() && e.value.isArrayOfTables() && gv->array().size() == e.value.array().size()) {
            for (qsizetype i = 0; i < gv->array().size(); ++i) {
                TomlDiff element;
                TomlTable ignored;
                diffTables(*gv->array()[i].table(), *e.value.array()[i].table(),
                           here + QStringList{QString::number(i)}, &element, &ignored);
                out->changed.append(element.changed);
            }
        } else {
            out->changed.append({here, *gv, e.value});
        }
    }
    for (const auto &e : g.entries()) {
        if (!o.contains(e.key))
            out->omitted.append(path + QStringList{e.key});
    }
}

bool removePath(TomlTable *t, const QStringList &path, qsizetype i)
{
    if (i == path.size() - 1)
        return t->remove(path[i]);
    TomlValue *v = t->find(path[i]);
    TomlTable *sub = v && !v->isArray() ? v->table() : nullptr;
    return sub && removePath(sub, path, i + 1);
}

} // namespace

TomlDiff diffToml(const TomlTable &generated, const TomlTable &original)
{
    TomlDiff d;
    diffTables(generated, original, {}, &d, &d.extra);
    return d;
}

QString extraTomlText(const TomlDiff &diff)
{
    QString out;
    for (const QStringList &path : diff.omitted)
        out += OmitMarker + joinDottedKey(path) + QLatin1Char('\n');
    if (!diff.omitted.isEmpty() && !diff.extra.isEmpty())
        out += QLatin1Char('\n');
    return out + writeToml(diff.extra);
}

QList<QStringList> omittedKeys(const QString &extraToml)
{
    QList<QStringList> out;
    if (!extraToml.contains(OmitMarker))
        return out;
    for (QStringView line : QStringView(extraToml).split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.startsWith(OmitMarker)) {
            const QStringList path = splitDottedKey(line.mid(OmitMarker.size()).trimmed().toString());
            if (!path.isEmpty() && !path.first().isEmpty())
                out.append(path);
        }
    }
    return out;
}

void removeOmittedKeys(const QString &extraToml, TomlTable *generated)
{
    const QList<QStringList> omitted = omittedKeys(extraToml);
    if (omitted.isEmpty())
        return;
    TomlTable extra;
    TomlError error;
    readToml(extraToml.toUtf8(), QString(), &extra, &error); // unparsable: keep nothing of it
    for (const QStringList &path : omitted) {
        if (!extra.findPath(path))
            removePath(generated, path, 0);
    }
}

QString diffPathText(const QStringList &path)
{
    QString out;
    for (const QString &segment : path) {
        bool number = false;
        segment.toInt(&number);
        if (number)
            out += QLatin1Char('[') + segment + QLatin1Char(']');
        else
            out += (out.isEmpty() ? QString() : QStringLiteral(".")) + tomlKey(segment);
    }
    return out;
}

QString tomlValueText(const TomlValue &value, int maxLength)
{
    TomlTable t;
    t.set(QStringLiteral("v"), value);
    QString text = writeToml(t).mid(4).trimmed();
    if (text.size() > maxLength)
        text = text.left(maxLength - 3) + QLatin1String("...");
    return text;
}

TomlTable effectiveDeploymentToml(const Design &design, const Node &node)
{
    TomlTable t = deploymentToml(design, node);
    removeOmittedKeys(node.extraToml, &t);
    return t;
}

} // namespace apim
