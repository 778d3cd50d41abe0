#include "tomldiff.h"
#include "configkeys.h"
#include "tomlreader.h"

namespace apim {

namespace {

// A base line longer than this is not written (its key stays pinned for good):
// it keeps every line of the project file far below the reader's line limit.
constexpr qsizetype MaxBaseLine = 2048;

// A table for the extra tree that is written the way the original was.
std::shared_ptr<TomlTable> shapedLike(const TomlTable &original)
{
    auto t = std::make_shared<TomlTable>();
    t->dotted = original.dotted;
    t->inlineTable = original.inlineTable;
    // Only keys go into the extra tree; a header of its own would just be noise.
    t->explicitHeader = false;
    t->line = original.line;
    // Its header's comments go with the keys kept under it (merge() gives them to the
    // generated table), so a section's note survives when part of the section is managed.
    t->comments = original.comments;
    t->trailingComment = original.trailingComment;
    return t;
}

bool isPlainTable(const TomlValue &v)
{
    return v.table() != nullptr;
}

void diffTables(const TomlTable &g, const TomlTable &o, const QStringList &path, TomlDiff *out,
                TomlTable *extra)
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
        out->bases.append({here, *gv});
        if (gv->isArrayOfTables() && e.value.isArrayOfTables() &&
            gv->array().size() == e.value.array().size()) {
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
        if (!o.contains(e.key)) {
            out->omitted.append(path + QStringList{e.key});
            out->bases.append({path + QStringList{e.key}, e.value});
        }
    }
}

// A copy with every table inline, so that the value fits on one line.
TomlValue inlined(const TomlValue &v)
{
    if (const TomlTable *t = v.table()) {
        auto copy = std::make_shared<TomlTable>();
        copy->inlineTable = true;
        for (const auto &e : t->entries())
            copy->set(e.key, inlined(e.value));
        return TomlValue(copy);
    }
    if (v.isArray()) {
        QList<TomlValue> items;
        for (const TomlValue &item : v.array())
            items.append(inlined(item));
        return TomlValue(items);
    }
    return v;
}

// A value as TOML writes it after `key = `.
QString valueText(const TomlValue &value)
{
    TomlTable t;
    t.set(QStringLiteral("v"), value);
    return writeToml(t).mid(4).trimmed();
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
        out += PinOmitMarker + joinDottedKey(path) + QLatin1Char('\n');
    for (const TomlDiff::Base &base : diff.bases) {
        const QString value = valueText(inlined(base.generated));
        const QString line = PinBaseMarker + joinDottedKey(base.path) + QLatin1String(" = ") + value;
        if (line.size() <= MaxBaseLine && !value.contains(QLatin1Char('\n')))
            out += line + QLatin1Char('\n');
    }
    if (!out.isEmpty() && !diff.extra.isEmpty())
        out += QLatin1Char('\n');
    return out + writeToml(diff.extra);
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
    QString text = valueText(value);
    if (text.size() > maxLength)
        text = text.left(maxLength - 3) + QLatin1String("...");
    return text;
}

} // namespace apim
