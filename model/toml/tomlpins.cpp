#include "tomlpins.h"
#include "configkeys.h"
#include "tomlreader.h"

namespace apim {

namespace {

// The #!omit paths and the #!base values of an extra TOML text.
void readMarkers(const QString &extraToml, QList<QStringList> *omitted, QList<TomlDiff::Base> *bases)
{
    if (!extraToml.contains(QLatin1String("#!")))
        return;
    for (QStringView line : QStringView(extraToml).split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.startsWith(PinOmitMarker)) {
            const QStringList path = splitDottedKey(line.mid(PinOmitMarker.size()).trimmed().toString());
            if (!path.isEmpty() && !path.first().isEmpty())
                omitted->append(path);
        } else if (line.startsWith(PinBaseMarker)) {
            // The rest is itself a TOML key/value line; walk its dotted key down to the value.
            TomlTable t;
            TomlError error;
            if (!readToml(line.mid(PinBaseMarker.size()).toUtf8(), QString(), &t, &error))
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

const QList<QStringList> NoPaths;
const QList<TomlDiff::Base> NoBases;

} // namespace

TomlPins::TomlPins(const QString &text) : m_text(text)
{
    if (text.trimmed().isEmpty())
        return;
    auto parsed = std::make_shared<Parsed>();
    readMarkers(text, &parsed->omitted, &parsed->bases);
    parsed->keptParsed = readToml(text.toUtf8(), QString(), &parsed->kept, &parsed->error);
    m_parsed = std::move(parsed);
}

const QList<QStringList> &TomlPins::omitted() const
{
    return m_parsed ? m_parsed->omitted : NoPaths;
}

const QList<TomlDiff::Base> &TomlPins::bases() const
{
    return m_parsed ? m_parsed->bases : NoBases;
}

void TomlPins::apply(TomlTable *generated) const
{
    if (!m_parsed)
        return;
    QList<QStringList> omitted = m_parsed->omitted;
    // The kept table without the keys the design took back; copied only when one is.
    std::shared_ptr<TomlTable> released;

    // A key whose base no longer matches is the design's again: drop the kept value and the omission.
    for (const TomlDiff::Base &pin : m_parsed->bases) {
        const TomlValue *now = generated->findPath(pin.path);
        if (now && *now == pin.generated)
            continue;
        if (!released)
            released = m_parsed->kept.clone();
        removePath(released.get(), pin.path, true);
        omitted.removeAll(pin.path);
    }
    const TomlTable &extra = released ? *released : m_parsed->kept;
    for (const QStringList &path : std::as_const(omitted)) {
        if (!extra.findPath(path))
            removePath(generated, path, false);
    }
    if (m_parsed->keptParsed)
        generated->merge(extra);
}

void applyExtraToml(const TomlPins &pins, TomlTable *generated)
{
    pins.apply(generated);
}

} // namespace apim
