#include "reviewalign.h"

#include "generatorutil.h"

#include <QHash>

#include <vector>

namespace apim {

namespace {

QString keyText(const QString &dotted)
{
    QStringList parts;
    for (QString p : dotted.split(QLatin1Char('.'))) {
        p = p.trimmed();
        if (p.size() >= 2 && (p.startsWith(QLatin1Char('"')) || p.startsWith(QLatin1Char('\''))))
            p = p.mid(1, p.size() - 2);
        parts << tomlKey(p);
    }
    return parts.join(QLatin1Char('.'));
}

// Open brackets minus closed ones outside strings and comments.
int bracketBalance(const QString &s)
{
    int n = 0;
    QChar quote;
    for (const QChar c : s) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('#')) {
            break;
        } else if (c == QLatin1Char('[') || c == QLatin1Char('{')) {
            ++n;
        } else if (c == QLatin1Char(']') || c == QLatin1Char('}')) {
            --n;
        }
    }
    return n;
}

// Beyond this many cells the alignment matches keys greedily instead (still in order).
constexpr qsizetype MaxCells = 4'000'000;

using Pairs = QList<QPair<int, int>>;

Pairs commonKeys(const QList<int> &a, const QList<int> &b, const QStringList &left, const QStringList &right)
{
    Pairs out;
    const qsizetype n = a.size(), m = b.size();
    if (n * m <= MaxCells) {
        // lcs[i][j]: common keys of a[i..] and b[j..].
        std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
        auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[size_t(i * (m + 1) + j)]; };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) = left.at(a[i]) == right.at(b[j]) ? at(i + 1, j + 1) + 1
                                                           : std::max(at(i + 1, j), at(i, j + 1));
        }
        qsizetype i = 0, j = 0;
        while (i < n && j < m) {
            if (left.at(a[i]) == right.at(b[j])) {
                out.append({a[i], b[j]});
                ++i;
                ++j;
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                ++i;
            } else {
                ++j;
            }
        }
        return out;
    }
    QHash<QString, QList<int>> positions;
    for (int j : b)
        positions[right.at(j)].append(j);
    int last = -1;
    for (int i : a) {
        for (int j : positions.value(left.at(i))) {
            if (j > last) {
                out.append({i, j});
                last = j;
                break;
            }
        }
    }
    return out;
}

// The lines between two shared keys: a key only one side has faces a filler;
// blank lines, comments and continuation lines pair off where both sides have them.
void alignGap(const QStringList &leftKeys, int l0, int l1, const QStringList &rightKeys, int r0, int r1,
              QList<AlignedRow> *rows)
{
    const QString plain = QStringLiteral("\x01");
    QStringList left, right;
    QList<int> a, b;
    for (int i = l0; i < l1; ++i) {
        left << (leftKeys.at(i).isEmpty() ? plain : QStringLiteral("L") + QString::number(i));
        a << int(a.size());
    }
    for (int j = r0; j < r1; ++j) {
        right << (rightKeys.at(j).isEmpty() ? plain : QStringLiteral("R") + QString::number(j));
        b << int(b.size());
    }
    Pairs pairs = commonKeys(a, b, left, right);
    pairs.append({int(left.size()), int(right.size())});
    int li = 0, ri = 0;
    for (const auto &[l, r] : std::as_const(pairs)) {
        while (li < l)
            rows->append({l0 + li++, -1});
        while (ri < r)
            rows->append({-1, r0 + ri++});
        if (l < left.size())
            rows->append({l0 + li++, r0 + ri++});
    }
}

} // namespace

QStringList tomlLineKeys(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList keys;
    keys.reserve(lines.size());
    QString table;
    QHash<QString, int> arrayCounts;
    int depth = 0; // open brackets of a multi-line value
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (depth > 0) {
            keys << QString();
            depth = qMax(0, depth + bracketBalance(line));
            continue;
        }
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            keys << QString();
        } else if (line.startsWith(QLatin1String("[["))) {
            const QString name = keyText(line.mid(2, line.indexOf(QLatin1String("]]")) - 2));
            const int index = arrayCounts[name]++;
            table = name + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
            keys << table;
        } else if (line.startsWith(QLatin1Char('['))) {
            table = keyText(line.mid(1, line.indexOf(QLatin1Char(']')) - 1));
            keys << table;
        } else {
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                keys << QString();
                continue;
            }
            const QString key = keyText(line.left(eq));
            keys << (table.isEmpty() ? key : table + QLatin1Char('.') + key);
            depth = qMax(0, bracketBalance(line.mid(eq + 1)));
        }
    }
    return keys;
}

bool keyCovers(const QString &path, const QString &lineKey)
{
    if (lineKey.isEmpty())
        return false;
    return lineKey == path || lineKey.startsWith(path + QLatin1Char('.')) ||
           lineKey.startsWith(path + QLatin1Char('['));
}

QList<AlignedRow> alignKeyedLines(const QStringList &leftKeys, const QStringList &rightKeys)
{
    QList<int> a, b;
    for (int i = 0; i < leftKeys.size(); ++i) {
        if (!leftKeys.at(i).isEmpty())
            a.append(i);
    }
    for (int j = 0; j < rightKeys.size(); ++j) {
        if (!rightKeys.at(j).isEmpty())
            b.append(j);
    }
    Pairs pairs = commonKeys(a, b, leftKeys, rightKeys);
    pairs.append({int(leftKeys.size()), int(rightKeys.size())}); // the end, as a last "match"

    QList<AlignedRow> rows;
    int li = 0, ri = 0;
    for (const auto &[l, r] : std::as_const(pairs)) {
        alignGap(leftKeys, li, l, rightKeys, ri, r, &rows);
        li = l;
        ri = r;
        if (l < leftKeys.size())
            rows.append({li++, ri++});
    }
    return rows;
}

} // namespace apim
