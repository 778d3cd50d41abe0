// The tool's own output is the first thing its review must accept: every
// pattern, in every version it exists in, with 1 to 3 nodes of each role,
// exports; every deployment.toml re-parses; and linting the exported bundle
// (the path `apim-designer-cli lint DIR` takes: import the files, then review
// them) raises no error and no warning but the default-credential ones.
#include "bundleexport.h"
#include "encryptionkey.h"
#include "generators.h"
#include "importer.h"
#include "review.h"
#include "templates.h"
#include "tomlreader.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace apim;

namespace {

// Every combination of 1..3 per role when there are few; else a covering subset: all
// roles at 1, 2 and 3, and each role alone at 1 and at 3 with the others at 2.
QList<QList<int>> countCombinations(int roles)
{
    QList<QList<int>> out;
    if (roles == 0)
        return {{}};
    if (roles <= 2) {
        out.append(QList<int>());
        for (int r = 0; r < roles; ++r) {
            QList<QList<int>> next;
            for (const QList<int> &prefix : std::as_const(out)) {
                for (int n = 1; n <= 3; ++n)
                    next.append(prefix + QList<int>{n});
            }
            out = next;
        }
        return out;
    }
    for (int n = 1; n <= 3; ++n)
        out.append(QList<int>(roles, n));
    for (int r = 0; r < roles; ++r) {
        for (int n : {1, 3}) {
            QList<int> c(roles, 2);
            c[r] = n;
            out.append(c);
        }
    }
    return out;
}

void setCount(PatternOptions &o, const QString &option, int n)
{
    if (option == QLatin1String("gateways"))
        o.gateways = n;
    else if (option == QLatin1String("control-planes"))
        o.controlPlanes = n;
    else if (option == QLatin1String("traffic-managers"))
        o.trafficManagers = n;
    else if (option == QLatin1String("key-managers"))
        o.keyManagers = n;
    else if (option == QLatin1String("all-in-ones"))
        o.allInOnes = n;
    else
        qFatal("unknown count option %s", qPrintable(option));
}

QString describe(const Findings &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines.append(QStringLiteral("%1:%2 %3 [%4] %5")
                         .arg(f.file)
                         .arg(f.line)
                         .arg(severityName(f.severity), f.rule, f.message));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestPatternsProperty : public QObject
{
    Q_OBJECT

private slots:
    void everyPatternExportsAndLintsClean_data()
    {
        QTest::addColumn<QString>("pattern");
        for (const QString &p : Templates::patterns())
            QTest::newRow(qPrintable(p)) << p;
    }

    void everyPatternExportsAndLintsClean()
    {
        QFETCH(QString, pattern);
        QElapsedTimer timer;
        timer.start();
        const QStringList roles = Templates::countOptions(pattern);
        int versions = 0;
        for (const QString &version : ApimVersion::supported()) {
            PatternOptions probe;
            probe.pattern = pattern;
            probe.version = version;
            Design unused;
            QString error;
            if (!Templates::create(probe, &unused, &error))
                continue; // not a version of this pattern
            ++versions;
            for (const QList<int> &counts : countCombinations(int(roles.size()))) {
                PatternOptions o = probe;
                QStringList label{pattern, version};
                for (qsizetype i = 0; i < roles.size(); ++i) {
                    setCount(o, roles[i], counts[i]);
                    label.append(QStringLiteral("%1=%2").arg(roles[i]).arg(counts[i]));
                }
                const QString what = label.join(QLatin1Char(' '));
                Design design;
                QVERIFY2(Templates::create(o, &design, &error),
                         qPrintable(what + QLatin1String(": ") + error));
                ensureEncryptionKey(&design.settings); // as `new` does

                const BundleFiles bundle = generateBundle(design);
                QVERIFY2(!bundle.isEmpty(), qPrintable(what));
                int tomls = 0;
                for (const BundleFile &f : bundle) {
                    if (!f.path.endsWith(QLatin1String("deployment.toml")))
                        continue;
                    ++tomls;
                    TomlTable table;
                    TomlError e;
                    QVERIFY2(readToml(f.data, f.path, &table, &e),
                             qPrintable(what + QLatin1String(": ") + e.toString()));
                }
                QVERIFY2(tomls > 0, qPrintable(what));

                QTemporaryDir dir;
                QVERIFY(dir.isValid());
                const QString target = dir.filePath(QStringLiteral("bundle/"));
                ExportOptions options;
                options.directory = true;
                QVERIFY2(exportBundle(design, target, options, &error),
                         qPrintable(what + QLatin1String(": ") + error));

                Design imported;
                Findings notes;
                ImportedFiles files;
                QVERIFY2(importConfigs({target}, &imported, &notes, &error, &files),
                         qPrintable(what + QLatin1String(": ") + error));
                QCOMPARE(files.size(), qsizetype(tomls));
                Findings bad;
                for (const Finding &f : reviewImport(imported, files, notes)) {
                    if (f.severity == Severity::Error ||
                        (f.severity == Severity::Warning && !flagsSampleSecrets(f.rule)))
                        bad.append(f);
                }
                QVERIFY2(bad.isEmpty(), qPrintable(what + QLatin1Char('\n') + describe(bad)));
            }
        }
        QVERIFY2(versions > 0, qPrintable(pattern + QLatin1String(": Templates::create accepts no version")));
        qInfo("%s: %d versions in %lld ms", qPrintable(pattern), versions, timer.elapsed());
    }

    void coveringSubsets()
    {
        QCOMPARE(countCombinations(0).size(), 1);
        QCOMPARE(countCombinations(1).size(), 3);
        QCOMPARE(countCombinations(2).size(), 9);
        QCOMPARE(countCombinations(4).size(), 3 + 8);
        for (const QList<int> &c : countCombinations(4)) {
            for (int n : c)
                QVERIFY(n >= 1 && n <= 3);
        }
    }
};

QTEST_MAIN(TestPatternsProperty)
#include "tst_patterns_property.moc"
