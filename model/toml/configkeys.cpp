#include "configkeys.h"
#include "tomldocument.h"

#include <QFile>

#include <algorithm>

namespace apim {

namespace {

const QString ArraySuffix = QStringLiteral("[]");
const QString Wildcard = QStringLiteral("*");

QString normalised(QString name)
{
    if (name.endsWith(ArraySuffix))
        name.chop(2);
    name = name.toLower();
    name.remove(QLatin1Char('_'));
    name.remove(QLatin1Char('-'));
    return name;
}

} // namespace

QStringList splitDottedKey(const QString &key)
{
    // Most keys quote nothing: split them without building each segment a character at a time.
    if (!key.contains(QLatin1Char('\'')) && !key.contains(QLatin1Char('"')))
        return key.split(QLatin1Char('.'));
    QStringList out;
    QString current;
    QChar quote;
    for (QChar c : key) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                current += c;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('.')) {
            out.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    out.append(current);
    return out;
}

QString joinDottedKey(const QStringList &segments)
{
    QStringList parts;
    for (const QString &s : segments) {
        if (s.endsWith(ArraySuffix) && tomlKey(s.chopped(2)) == s.chopped(2))
            parts.append(s);
        else
            parts.append(tomlKey(s));
    }
    return parts.join(QLatin1Char('.'));
}

int editDistance(const QString &a, const QString &b, int limit)
{
    if (qAbs(a.size() - b.size()) > limit)
        return limit + 1;
    QList<int> previous(b.size() + 1), current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int rowMin = current[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            rowMin = std::min(rowMin, current[j]);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return std::min(previous[b.size()], limit + 1);
}

ConfigKeyCatalogue::ConfigKeyCatalogue()
{
    m_nodes.append(TrieNode());
    for (const QString &name :
         {QStringLiteral(":/model/wso2-config-keys.tsv"), QStringLiteral(":/model/config-keys-extra.tsv")}) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly))
            continue; // without the resource the rule stays silent (root() is open)
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.isEmpty() || line.startsWith('#') || line.startsWith("key\t"))
                continue;
            const qsizetype tab = line.indexOf('\t');
            add(splitDottedKey(QString::fromUtf8(tab < 0 ? line : line.left(tab))));
        }
    }
}

const ConfigKeyCatalogue &ConfigKeyCatalogue::instance()
{
    static const ConfigKeyCatalogue catalogue;
    return catalogue;
}

void ConfigKeyCatalogue::add(const QStringList &segments)
{
    int node = 0;
    for (const QString &segment : segments) {
        int next = -1;
        if (segment == Wildcard) {
            next = m_nodes[node].wildcard;
            if (next < 0) {
                next = int(m_nodes.size());
                m_nodes.append(TrieNode());
                m_nodes[node].wildcard = next;
            }
        } else {
            next = m_nodes[node].children.value(segment, -1);
            if (next < 0) {
                next = int(m_nodes.size());
                m_nodes.append(TrieNode());
                m_nodes[node].children.insert(segment, next);
            }
        }
        node = next;
    }
    m_nodes[node].end = true;
    ++m_keyCount;
    // Tables too (apim.key_manager has no row of its own), so that keyManager finds it.
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString name = normalised(segments[i]);
        if (segments[i] != Wildcard && !m_byNormalisedName.contains(name))
            m_byNormalisedName.insert(name, joinDottedKey(segments.mid(0, i + 1)));
    }
}

ConfigKeyCatalogue::Cursor ConfigKeyCatalogue::root() const
{
    Cursor c;
    c.nodes.append(0);
    c.open = m_keyCount == 0;
    return c;
}

ConfigKeyCatalogue::Cursor ConfigKeyCatalogue::step(const Cursor &from, const QString &segment) const
{
    Cursor out;
    out.open = from.open;
    for (int n : from.nodes) {
        const TrieNode &node = m_nodes[n];
        const auto it = node.children.constFind(segment);
        if (it != node.children.constEnd() && !out.nodes.contains(*it))
            out.nodes.append(*it);
        if (node.wildcard >= 0) {
            const TrieNode &w = m_nodes[node.wildcard];
            // A trailing "*" stands for any key, table or value, and what lies below it.
            if (w.end && w.children.isEmpty() && w.wildcard < 0)
                out.open = true;
            else if (!out.nodes.contains(node.wildcard))
                out.nodes.append(node.wildcard);
        }
    }
    return out;
}

bool ConfigKeyCatalogue::isKey(const Cursor &at) const
{
    if (at.open)
        return true;
    for (int n : at.nodes) {
        // A catalogue prefix counts too: some keys hold either a value or a table.
        if (m_nodes[n].end || !m_nodes[n].children.isEmpty() || m_nodes[n].wildcard >= 0)
            return true;
    }
    return false;
}

QString ConfigKeyCatalogue::suggestion(const Cursor &parent, const QStringList &path) const
{
    const QString &segment = path.last();
    // A sibling one or two typos away.
    const int limit = std::max(1, int(segment.size()) / 4);
    QString best;
    int bestDistance = limit + 1;
    for (int n : parent.nodes) {
        for (auto it = m_nodes[n].children.constBegin(); it != m_nodes[n].children.constEnd(); ++it) {
            const int d = editDistance(segment, it.key(), std::min(limit, bestDistance));
            if (d < bestDistance || (d == bestDistance && it.key() < best)) {
                bestDistance = d;
                best = it.key();
            }
        }
    }
    if (!best.isEmpty() && bestDistance <= limit)
        return joinDottedKey(path.mid(0, path.size() - 1) + QStringList{best});
    // A key written one table too high: port for properties.port, maxWait for pool_options.maxWait.
    // Of several such tables (listener.port, properties.port) the one with the most keys, then
    // the first by name, whatever the hash order: a file gets the same suggestion on every run.
    QString table;
    qsizetype tableKeys = -1;
    for (int n : parent.nodes) {
        for (auto it = m_nodes[n].children.constBegin(); it != m_nodes[n].children.constEnd(); ++it) {
            const TrieNode &child = m_nodes[*it];
            const auto leaf = child.children.constFind(segment);
            if (leaf == child.children.constEnd() || !m_nodes[*leaf].end)
                continue;
            const qsizetype keys = child.children.size();
            if (keys > tableKeys || (keys == tableKeys && it.key() < table)) {
                table = it.key();
                tableKeys = keys;
            }
        }
    }
    if (!table.isEmpty())
        return joinDottedKey(path.mid(0, path.size() - 1) + QStringList{table, segment});
    // The same name spelled another way (keyManager, key_manager), in the same part of the file.
    QString other = m_byNormalisedName.value(normalised(segment));
    const QStringList otherPath = splitDottedKey(other);
    if (!other.isEmpty() && otherPath.last() != segment &&
        (path.size() == 1 || otherPath.first() == path.first()))
        return other;
    return {};
}

bool ConfigKeyCatalogue::isKnown(const QStringList &path) const
{
    Cursor c = root();
    for (const QString &segment : path) {
        c = step(c, segment);
        if (!c.isValid())
            return false;
    }
    return isKey(c);
}

} // namespace apim
