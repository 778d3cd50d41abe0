#include "reviewfix.h"
#include "endpoints.h"
#include "tomldocument.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace apim {

namespace {

struct FixTr
{
    Q_DECLARE_TR_FUNCTIONS(QuickFix)
};

// One step, resolved: the characters [start, start + length) of a line, in code points.
struct Edit
{
    QString file;
    int line = 0; // 0-based
    qsizetype start = 0;
    qsizetype length = 0;
    QString text;
};

// A file's lines, split once, each decoded when a step reads it.
class Lines
{
public:
    Lines() = default;
    explicit Lines(const QByteArray &data) : m_lines(data.split('\n')) {}
    int count() const { return int(m_lines.size()); }
    // The line without its line feed (a carriage return stays: it is part of no value).
    std::u32string codePoints(int line) const
    {
        const QList<uint> ucs4 = QString::fromUtf8(m_lines.at(line)).toUcs4();
        return std::u32string(ucs4.cbegin(), ucs4.cend());
    }
    void replace(int line, const std::u32string &text)
    {
        m_lines[line] = QString::fromUcs4(text.data(), qsizetype(text.size())).toUtf8();
    }
    QByteArray join() const { return m_lines.join('\n'); }

private:
    QList<QByteArray> m_lines;
};

std::u32string toCodePoints(const QString &s)
{
    const QList<uint> ucs4 = s.toUcs4();
    return std::u32string(ucs4.cbegin(), ucs4.cend());
}

bool overlaps(const Edit &a, const Edit &b)
{
    if (a.file != b.file || a.line != b.line)
        return false;
    if (a.length == 0 ||
        b.length == 0) // two insertions at one place have no order; one inside another is torn
        return a.start == b.start || (a.start > b.start && a.start < b.start + b.length) ||
               (b.start > a.start && b.start < a.start + a.length);
    return a.start < b.start + b.length && b.start < a.start + a.length;
}

// Resolves a fix against the original texts: every step a ReplaceText whose old text is there.
bool resolve(const FileTexts &files, QHash<QString, Lines> &lines, const FindingFix &fix, QList<Edit> *out,
             QString *error)
{
    if (fix.steps.isEmpty()) {
        *error = FixTr::tr("This fix has nothing to do.");
        return false;
    }
    for (const FixStep &step : fix.steps) {
        if (step.kind != FixStep::Kind::ReplaceText) {
            *error = FixTr::tr("This fix changes the design, not a config file.");
            return false;
        }
        const auto file = files.constFind(step.file);
        if (file == files.constEnd()) {
            *error = FixTr::tr("%1 is not one of the files being fixed.").arg(step.file);
            return false;
        }
        auto it = lines.find(step.file);
        if (it == lines.end())
            it = lines.insert(step.file, Lines(*file));
        const std::u32string expected = toCodePoints(step.value.toString());
        const QString stale =
            FixTr::tr("%1:%2: the text changed since the fix was made.").arg(step.file).arg(step.line);
        if (step.line < 1 || step.line > it->count() || step.column < 1 || step.length < 0 ||
            qsizetype(expected.size()) != step.length) {
            *error = stale;
            return false;
        }
        const std::u32string line = it->codePoints(step.line - 1);
        const size_t start = size_t(step.column - 1);
        if (start + size_t(step.length) > line.size() ||
            line.compare(start, size_t(step.length), expected) != 0) {
            *error = stale;
            return false;
        }
        const Edit e{step.file, step.line - 1, qsizetype(start), step.length, step.text};
        for (const Edit &other : std::as_const(*out)) {
            if (overlaps(e, other)) {
                *error = FixTr::tr("%1:%2: two steps of this fix edit the same text.")
                             .arg(step.file)
                             .arg(step.line);
                return false;
            }
        }
        out->append(e);
    }
    return true;
}

void apply(FileTexts *files, QHash<QString, Lines> &lines, QList<Edit> edits)
{
    // Last first, so that each edit's position is still that of the original text.
    std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) {
        if (a.file != b.file)
            return a.file < b.file;
        return a.line != b.line ? a.line > b.line : a.start > b.start;
    });
    QSet<QString> touched;
    for (const Edit &e : edits) {
        Lines &l = lines[e.file];
        std::u32string line = l.codePoints(e.line);
        line.replace(size_t(e.start), size_t(e.length), toCodePoints(e.text));
        l.replace(e.line, line);
        touched.insert(e.file);
    }
    for (const QString &file : touched)
        files->insert(file, lines.value(file).join());
}

} // namespace

TextFixOutcome applyTextFixes(FileTexts *files, const QList<FindingFix> &fixes)
{
    TextFixOutcome outcome;
    QHash<QString, Lines> lines;
    QList<Edit> accepted;
    for (qsizetype i = 0; i < fixes.size(); ++i) {
        QList<Edit> edits;
        QString error;
        if (!resolve(*files, lines, fixes.at(i), &edits, &error)) {
            outcome.refused.append({i, error});
            continue;
        }
        const bool clash = std::any_of(edits.cbegin(), edits.cend(), [&](const Edit &e) {
            return std::any_of(accepted.cbegin(), accepted.cend(),
                               [&](const Edit &a) { return overlaps(e, a); });
        });
        if (clash) {
            outcome.refused.append({i, FixTr::tr("It edits text that an earlier fix changes.")});
            continue;
        }
        accepted += edits;
        outcome.applied.append(i);
    }
    apply(files, lines, accepted);
    return outcome;
}

bool applyTextFix(FileTexts *files, const FindingFix &fix, QString *error)
{
    const TextFixOutcome outcome = applyTextFixes(files, {fix});
    if (!outcome.refused.isEmpty() && error)
        *error = outcome.refused.first().reason;
    return outcome.refused.isEmpty();
}

FixStep replaceTextStep(const QString &file, int line, int column, const QString &oldText,
                        const QString &newText)
{
    FixStep s;
    s.kind = FixStep::Kind::ReplaceText;
    s.file = file;
    s.line = line;
    s.column = column;
    s.length = int(toCodePoints(oldText).size());
    s.value = oldText;
    s.text = newText;
    return s;
}

namespace review {

namespace {

QString lineText(const QByteArray &text, int line)
{
    const QList<QByteArray> lines = text.split('\n');
    return line >= 1 && line <= lines.size() ? QString::fromUtf8(lines.at(line - 1)) : QString();
}

QString quotedList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted.append(tomlString(v));
    return quoted.join(QLatin1String(", "));
}

} // namespace

QString stringTokenAt(const QByteArray &text, int line, int column)
{
    if (line < 1 || column < 1)
        return {};
    const std::u32string l = toCodePoints(lineText(text, line));
    const size_t start = size_t(column - 1);
    if (start >= l.size() || (l[start] != U'"' && l[start] != U'\''))
        return {};
    const char32_t quote = l[start];
    if (l.compare(start, 3, std::u32string(3, quote)) == 0)
        return {}; // a multi-line string: its end is on another line
    for (size_t i = start + 1; i < l.size(); ++i) {
        if (quote == U'"' && l[i] == U'\\') {
            ++i; // an escaped character, \" included
            continue;
        }
        if (l[i] == quote) {
            const std::u32string token = l.substr(start, i - start + 1);
            return QString::fromUcs4(token.data(), qsizetype(token.size()));
        }
    }
    return {};
}

bool replaceStringStep(const ImportedFile &file, int line, int column, const QStringList &values,
                       FixStep *step)
{
    const QString old = stringTokenAt(file.text, line, column);
    if (old.isEmpty() || values.isEmpty())
        return false;
    *step = replaceTextStep(file.path, line, column, old, quotedList(values));
    return true;
}

bool appendAfterStep(const ImportedFile &file, int line, int column, const QStringList &values, FixStep *step)
{
    const QString old = stringTokenAt(file.text, line, column);
    if (old.isEmpty() || values.isEmpty())
        return false;
    *step = replaceTextStep(file.path, line, column, old, old + QLatin1String(", ") + quotedList(values));
    return true;
}

bool removeSpanStep(const ImportedFile &file, int line, int fromColumn, int toColumn, FixStep *step)
{
    const std::u32string l = toCodePoints(lineText(file.text, line));
    if (fromColumn < 1 || toColumn <= fromColumn || size_t(toColumn - 1) > l.size())
        return false;
    const std::u32string old = l.substr(size_t(fromColumn - 1), size_t(toColumn - fromColumn));
    *step = replaceTextStep(file.path, line, fromColumn, QString::fromUcs4(old.data(), qsizetype(old.size())),
                            QString());
    return true;
}

namespace {

// Where a URL's authority (host and port) is: after "scheme://", up to the path. False for no URL.
bool authority(const QString &url, qsizetype *start, qsizetype *end)
{
    const qsizetype scheme = url.indexOf(QLatin1String("://"));
    if (scheme < 0)
        return false;
    *start = scheme + 3;
    *end = url.indexOf(QRegularExpression(QStringLiteral("[/?#]")), *start);
    if (*end < 0)
        *end = url.size();
    return true;
}

} // namespace

QString hostOf(const Node &node)
{
    return endpoints::isRealHost(node.hostname().toLower()) ? node.hostname() : node.name();
}

QString urlWithHostPort(const QString &url, const QString &host, int port)
{
    qsizetype start = 0, end = 0;
    if (!authority(url, &start, &end))
        return {};
    return url.left(start) + host + QLatin1Char(':') + QString::number(port) + url.mid(end);
}

QString urlWithPort(const QString &url, int port)
{
    qsizetype start = 0, end = 0;
    if (!authority(url, &start, &end))
        return {};
    // The port follows the last ':' (after an IPv6 literal's ']').
    const QString hostPort = url.mid(start, end - start);
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    if (colon < 0 || colon < hostPort.lastIndexOf(QLatin1Char(']')) || colon + 1 == hostPort.size())
        return {};
    for (qsizetype i = colon + 1; i < hostPort.size(); ++i) {
        if (!hostPort.at(i).isDigit())
            return {};
    }
    return url.left(start + colon + 1) + QString::number(port) + url.mid(end);
}

} // namespace review

} // namespace apim
