#include "tomldiff.h"
#include "configkeys.h"
#include "tomlreader.h"

namespace apim {

namespace {

const QLatin1String OmitMarker("#!omit ");
const QLatin1String BaseMarker("#!base ");
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

// The #!omit paths and the #!base values of an extra TOML text.
void readMarkers(const QString &extraToml, QList<QStringList> *omitted, QList<TomlDiff::Base> *bases)
{
    if (!extraToml.contains(QLatin1String("#!")))
        return;
    for (QStringView line : QStringView(extraToml).split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.startsWith(OmitMarker)) {
            const QStringList path = splitDottedKey(line.mid(OmitMarker.size()).trimmed().toString());
            if (!path.isEmpty() && !path.first().isEmpty())
                omitted->append(path);
        } else if (line.startsWith(BaseMarker)) {
            // The rest is itself a TOML key/value line; walk its dotted key down to the value.
            TomlTable t;
            TomlError error;
            if (!readToml(line.mid(BaseMarker.size()).toUtf8(), QString(), &t, &error))
                continue;
            TomlDiff::Base pin;
            const TomlTable *at = &t;
            while (at->entries().size() == 1) {
                const TomlTable::Entry &e = at->entries().first();
                pin.path.append(e.key);
                const TomlTable *sub = e.value.table();
                if (!sub || sub->inlineTable) {
                    pin.generated = e.value;
                    bases->append(pin);
                    break;
                }
                at = sub;
            }
        }
    }
}

// A value as TOML writes it after `key = `.
QString valueText(const TomlValue &value)
{
    TomlTable t;
    t.set(QStringLiteral("v"), value);
    return writeToml(t).mid(4).trimmed();
}

// Removes the value at `path`; with `pruneEmpty`, also the tables that the
// removal leaves empty (a kept value that goes must not leave an empty header).
bool removePath(TomlTable *t, const QStringList &path, bool pruneEmpty, qsizetype i = 0)
{
    if (i == path.size() - 1)
        return t->remove(path[i]);
    TomlValue *v = t->find(path[i]);
    TomlTable *sub = v ? v->table() : nullptr;
    if (!sub || !removePath(sub, path, pruneEmpty, i + 1))
        return false;
    if (pruneEmpty && sub->isEmpty())
        t->remove(path[i]);
    return true;
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
    for (const TomlDiff::Base &base : diff.bases) {
        const QString value = valueText(inlined(base.generated));
        const QString line = BaseMarker + joinDottedKey(base.path) + QLatin1String(" = ") + value;
        if (line.size() <= MaxBaseLine && !value.contains(QLatin1Char('\n')))
            out += line + QLatin1Char('\n');
    }
    if (!out.isEmpty() && !diff.extra.isEmpty())
        out += QLatin1Char('\n');
    return out + writeToml(diff.extra);
}

void applyExtraToml(const QString &extraToml, TomlTable *generated)
{
    if (extraToml.trimmed().isEmpty())
        return;
    QList<QStringList> omitted;
    QList<TomlDiff::Base> bases;
    readMarkers(extraToml, &omitted, &bases);
    TomlTable extra;
    TomlError error;
    const bool parsed = readToml(extraToml.toUtf8(), QString(), &extra, &error);

    // A key whose base no longer matches is the design's again: drop the kept value and the omission.
    for (const TomlDiff::Base &pin : std::as_const(bases)) {
        const TomlValue *now = generated->findPath(pin.path);
        if (now && *now == pin.generated)
            continue;
        removePath(&extra, pin.path, true);
        omitted.removeAll(pin.path);
    }
    for (const QStringList &path : std::as_const(omitted)) {
        if (!extra.findPath(path))
            removePath(generated, path, false);
    }
    if (parsed)
        generated->merge(extra);
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
