// The bundle README's walk-through against the bundle it describes: every file or
// folder of the bundle it names exists (or is one certs/make-certs.sh writes, which
// the script names), every node folder is named, and its Markdown code spans do not
// nest. For every pattern in every version, with and without secure vault and a CA.
#include "encryptionkey.h"
#include "generators.h"
#include "templates.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace apim;

namespace {

// The words of the README's code spans and indented code lines.
QStringList codeWords(const QString &readme)
{
    QStringList spans;
    for (const QString &line : readme.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("    ")) && !line.trimmed().startsWith(QLatin1Char('-'))) {
            spans.append(line);
            continue;
        }
        // Markdown code spans: an odd number of backticks leaves one open.
        const QStringList parts = line.split(QLatin1Char('`'));
        for (qsizetype i = 1; i < parts.size(); i += 2)
            spans.append(parts[i]);
    }
    QStringList words;
    for (const QString &span : spans) {
        for (QString w : span.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            while (!w.isEmpty() && QStringLiteral(".,;:)'\"").contains(w.back()))
                w.chop(1);
            if (!w.isEmpty())
                words.append(w);
        }
    }
    return words;
}

// A README path as a pattern over bundle paths: <node>, <balancer>, <name> stand for one part.
QRegularExpression pathPattern(const QString &path, const QString &prefix = {})
{
    QString re = QRegularExpression::escape(path);
    re.replace(QRegularExpression(QStringLiteral("\\\\<[A-Za-z_-]+\\\\>")), QStringLiteral("[^/\"\\s]+"));
    return QRegularExpression(QLatin1Char('^') + prefix + re +
                                  (path.endsWith(QLatin1Char('/')) ? QString() : QStringLiteral("$")),
                              QRegularExpression::MultilineOption);
}

bool anyMatches(const QStringList &paths, const QRegularExpression &re)
{
    for (const QString &p : paths) {
        if (re.match(p).hasMatch())
            return true;
    }
    return false;
}

// What certs/make-certs.sh writes, as its `place ... "$bundle"/<path>` lines and $here/ paths name them.
QStringList scriptOutputs(const QByteArray &script)
{
    QStringList out;
    static const QRegularExpression placed(QStringLiteral("\"\\$bundle\"/(\\S+)"));
    static const QRegularExpression here(QStringLiteral("\\$here/(\\S+)"));
    const QString text = QString::fromUtf8(script);
    for (auto it = placed.globalMatch(text); it.hasNext();)
        out.append(it.next().captured(1));
    for (auto it = here.globalMatch(text); it.hasNext();)
        out.append(QStringLiteral("certs/") + it.next().captured(1).remove(QLatin1Char('"')));
    return out;
}

// Under the node's home, paths API-M's pack has itself; the rest are the node folder's.
bool apimOwn(const QString &underHome)
{
    for (const char *prefix :
         {"bin/", "dbscripts/", "repository/components/", "password-tmp", "password-persist"}) {
        if (underHome.startsWith(QLatin1String(prefix)))
            return true;
    }
    return underHome.isEmpty();
}

} // namespace

class TestBundleReadme : public QObject
{
    Q_OBJECT

private slots:
    void namesOnlyWhatTheBundleHolds()
    {
        int designs = 0, checked = 0;
        for (const QString &pattern : Templates::patterns()) {
            for (const QString &version : ApimVersion::supported()) {
                for (const QString &certs : {CertificateMode::PrivateCa, CertificateMode::WsoDefaults}) {
                    for (bool vault : {false, true}) {
                        PatternOptions o;
                        o.pattern = pattern;
                        o.version = version;
                        o.certificates = certs;
                        Design d;
                        QString error;
                        if (!Templates::create(o, &d, &error))
                            continue;
                        ensureEncryptionKey(&d.settings);
                        d.settings.secureVault = vault;
                        const QString what =
                            QStringLiteral("%1 %2 %3%4")
                                .arg(pattern, version, certs, vault ? QStringLiteral(" vault") : QString());
                        ++designs;
                        checked += check(d, what);
                        if (QTest::currentTestFailed())
                            return;
                    }
                }
            }
        }
        QVERIFY(designs > 40);
        qInfo("%d designs, %d names checked", designs, checked);
    }

private:
    int check(const Design &d, const QString &what)
    {
        const QString top = bundleFolderName(d) + QLatin1Char('/');
        QStringList paths;
        QByteArray readmeBytes, script;
        for (const BundleFile &f : generateBundle(d)) {
            const QString rel = f.path.mid(top.size());
            paths.append(rel);
            if (rel == QLatin1String("README.md"))
                readmeBytes = f.data;
            if (rel == QLatin1String("certs/make-certs.sh"))
                script = f.data;
        }
        const QStringList made = scriptOutputs(script);
        const QStringList both = paths + made;
        const QString readme = QString::fromUtf8(readmeBytes);
        if (readme.isEmpty()) {
            QTest::qFail(qPrintable(what + QLatin1String(": no README.md")), __FILE__, __LINE__);
            return 0;
        }
        QSet<QString> fileNames;
        for (const QString &p : both)
            fileNames.insert(p.section(QLatin1Char('/'), -1));

        // A code span inside a code span (a value's own span inside a command's) breaks the Markdown.
        for (const QString &line : readme.split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1String("    ")) &&
                (line.contains(QLatin1String("``")) || line.count(QLatin1Char('`')) % 2)) {
                QTest::qFail(qPrintable(what + QLatin1String(": nested or open code span: ") + line),
                             __FILE__, __LINE__);
                return 0;
            }
        }
        int checked = 0;
        auto fail = [&](const QString &word, const char *why) {
            QTest::qFail(
                qPrintable(
                    QStringLiteral("%1: the README names `%2`, %3").arg(what, word, QLatin1String(why))),
                __FILE__, __LINE__);
        };
        for (const QString &word : codeWords(readme)) {
            static const QRegularExpression bundleTop(QStringLiteral("^(nodes|certs|compose|ansible|helm)/"));
            static const QRegularExpression homeRel(QStringLiteral("^<(home|API-M_HOME)>/(.*)$"));
            static const QRegularExpression fileName(
                QStringLiteral("^[A-Za-z0-9_<>.-]+\\.(sh|bat|conf|sql|service|toml|env|md|p12|pem|crt)$"));
            if (bundleTop.match(word).hasMatch()) {
                ++checked;
                if (!anyMatches(both, pathPattern(word)))
                    return fail(word, "which is not in the bundle"), checked;
            } else if (const QRegularExpressionMatch m = homeRel.match(word); m.hasMatch()) {
                if (apimOwn(m.captured(2)))
                    continue;
                ++checked;
                if (!anyMatches(paths, pathPattern(m.captured(2), QStringLiteral("nodes/[^/]+/"))))
                    return fail(word, "which no node folder has"), checked;
            } else if (fileName.match(word).hasMatch() && !word.startsWith(QLatin1Char('.'))) {
                ++checked;
                bool found = false;
                for (const QString &name : fileNames)
                    found = found || pathPattern(word).match(name).hasMatch();
                if (!found)
                    return fail(word, "which no file of the bundle is called"), checked;
            }
        }
        // The other way round: the walk-through names every node folder and top-level file.
        for (const QString &p : paths) {
            const QString folder = p.section(QLatin1Char('/'), 0, 1) + QLatin1Char('/');
            if (p.startsWith(QLatin1String("nodes/")) && !readme.contains(QLatin1Char('`') + folder) &&
                !readme.contains(QLatin1Char('`') + folder.chopped(1)))
                return fail(folder, "nowhere (the folder is in the bundle)"), checked;
        }
        if (!script.isEmpty() && !readme.contains(QLatin1String("`sh certs/make-certs.sh`")))
            return fail(QStringLiteral("sh certs/make-certs.sh"), "nowhere (the script is in the bundle)"),
                   checked;
        return checked;
    }
};

QTEST_GUILESS_MAIN(TestBundleReadme)
#include "tst_bundlereadme.moc"
