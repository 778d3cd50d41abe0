// The deployment.toml keys API-M 4.0 to 4.7 knows, for the unknown-key review
// rule: a trimmed copy of ../shared/reference/wso2-config-keys.tsv compiled in
// as a resource (model/resources/).
//
// Paths are lists of TOML key segments as written, unquoted. A segment naming
// an array of tables carries a "[]" suffix ("url_group[]"), as in the
// catalogue; "*" in the catalogue matches any one segment, and a trailing "*"
// anything below it.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

namespace apim {

class ConfigKeyCatalogue
{
public:
    static const ConfigKeyCatalogue &instance();

    // A cursor into the catalogue: the set of catalogue nodes a path can stand for.
    // Several at once, because a segment may match a name and a "*" alike.
    struct Cursor
    {
        QVarLengthArray<int, 4> nodes; // a step per key of every file: no allocation
        bool open = false;             // under a trailing "*": anything goes
        bool isValid() const { return open || !nodes.isEmpty(); }
    };

    Cursor root() const;
    // One step down; invalid when the catalogue has no such key.
    Cursor step(const Cursor &from, const QString &segment) const;
    // Whether a value may sit at the cursor (a key, not only a table header).
    bool isKey(const Cursor &at) const;

    // A known key close to `path`, whose last segment is unknown under `parent`
    // ("did you mean"): a sibling a typo away, the key one table lower
    // (port -> properties.port), or the name spelled another way
    // (keyManager -> apim.key_manager). Empty when nothing is close.
    QString suggestion(const Cursor &parent, const QStringList &path) const;

    // Convenience for whole paths.
    bool isKnown(const QStringList &path) const;

    int keyCount() const { return m_keyCount; }

private:
    ConfigKeyCatalogue();
    void add(const QStringList &segments);

    struct TrieNode
    {
        QHash<QString, int> children;
        int wildcard = -1;
        bool end = false;
    };
    QList<TrieNode> m_nodes;
    // Normalised segment (lower case, no '_', '-' or "[]") -> the first key or table ending in it.
    QHash<QString, QString> m_byNormalisedName;
    int m_keyCount = 0;
};

// Levenshtein distance, bounded: returns limit + 1 as soon as the distance exceeds `limit`.
int editDistance(const QString &a, const QString &b, int limit);

// Splits a catalogue-style dotted key ("a.'b.c'.d[]") into segments.
QStringList splitDottedKey(const QString &key);
// Joins segments into a dotted key, quoting those that are not bare keys.
QString joinDottedKey(const QStringList &segments);

} // namespace apim
