// Golden tests: the seed page's samples are the ground truth. `new` then
// `export`, through the real CLI, must reproduce every key and value of them.
#include "testutil.h"
#include "tomlreader.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace apim;

namespace {

// Keys whose value the seed leaves to the user: only their presence is checked.
// - passwords and database user names (the two single-node samples even disagree),
// - descriptions, and node_ip (127.0.0.1 everywhere, a placeholder).
bool valueLeftToUser(const QStringList &path)
{
    const QString key = path.last();
    return key == QLatin1String("password") || key == QLatin1String("key_password") ||
           key == QLatin1String("node_ip") || key == QLatin1String("description") ||
           (path.first() == QLatin1String("database") && key == QLatin1String("username"));
}

// Every key of `expected` must be in `actual` with the same value; returns the differences.
void compareSubset(const TomlTable &expected, const TomlTable &actual, const QStringList &path,
                   QStringList *diffs)
{
    for (const auto &e : expected.entries()) {
        const QStringList here = path + QStringList{e.key};
        const QString where = here.join(QLatin1Char('.'));
        const TomlValue *a = actual.find(e.key);
        if (!a) {
            diffs->append(QStringLiteral("missing %1").arg(where));
            continue;
        }
        if (e.value.isTable() && a->isTable()) {
            compareSubset(*e.value.table(), *a->table(), here, diffs);
        } else if (e.value.isArrayOfTables() && a->isArrayOfTables()) {
            if (e.value.array().size() != a->array().size()) {
                diffs->append(QStringLiteral("%1: %2 tables, expected %3")
                                  .arg(where)
                                  .arg(a->array().size())
                                  .arg(e.value.array().size()));
                continue;
            }
            for (qsizetype i = 0; i < e.value.array().size(); ++i)
                compareSubset(*e.value.array()[i].table(), *a->array()[i].table(),
                              here + QStringList{QString::number(i)}, diffs);
        } else if (!valueLeftToUser(here) && e.value != *a) {
            diffs->append(QStringLiteral("%1 differs").arg(where));
        }
    }
}

TomlTable parseFile(const QString &path)
{
    TomlTable t;
    TomlError error;
    const bool ok = readToml(testutil::readFile(path), path, &t, &error);
    if (!ok)
        qWarning("%s", qPrintable(error.toString()));
    return t;
}

// A seed sample, its placeholders replaced. A sample that is missing, empty or
// unreadable is an error: an empty table would compare as a match.
bool sample(const QString &name, TomlTable *table, QString *error, const QMap<QString, QString> &replace = {})
{
    const QString path = testutil::dataPath(QStringLiteral("seed/") + name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray text = file.readAll();
    for (auto it = replace.constBegin(); it != replace.constEnd(); ++it) {
        if (!text.contains(it.key().toUtf8())) {
            *error = QStringLiteral("%1: no \"%2\" to replace").arg(path, it.key());
            return false;
        }
        text.replace(it.key().toUtf8(), it.value().toUtf8());
    }
    TomlError parseError;
    if (!readToml(text, name, table, &parseError)) {
        *error = parseError.toString();
        return false;
    }
    if (table->isEmpty()) {
        *error = QStringLiteral("%1: no keys").arg(path);
        return false;
    }
    return true;
}

} // namespace

class TestGolden : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Runs the CLI; returns its exit code.
    int cli(const QStringList &args, QByteArray *stdOut = nullptr)
    {
        QProcess p;
        // 4.7 designs get a random [encryption] key; the goldens hold this fixed one.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("APIM_ENCRYPTION_KEY"), QString(64, QLatin1Char('a')));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(APIM_CLI_PATH), args);
        p.waitForFinished(60000);
        if (stdOut)
            *stdOut = p.readAllStandardOutput();
        return p.exitCode();
    }

    // `new ARGS` then `export`; returns the bundle's nodes/ folder. ARGS starts with the pattern,
    // which names the design and so the bundle's top folder.
    QString exportPattern(const QString &name, const QStringList &args)
    {
        const QString project = m_dir.filePath(name + QLatin1String(".apimtopo"));
        const QString out = m_dir.filePath(name + QLatin1String("-bundle/"));
        if (cli(QStringList{QStringLiteral("new")} + args +
                QStringList{QStringLiteral("-o"), project, QStringLiteral("--force")}) != 0)
            return {};
        // The templates keep the shipped admin/admin and wso2carbon, as the seed does: export warns, not
        // fails.
        if (cli({QStringLiteral("export"), project, QStringLiteral("-o"), out, QStringLiteral("--force")}) !=
            0)
            return {};
        return out + args.first() + QLatin1String("/nodes/");
    }
    // The seed's samples keep WSO2's default keystores and set no qpid heartbeat.
    QString exportPattern(const QString &pattern)
    {
        return exportPattern(pattern,
                             {pattern, QStringLiteral("--certificates"), QStringLiteral("wso2-defaults"),
                              QStringLiteral("--no-qpid-heartbeat")});
    }

    void check(const QString &nodeDir, const TomlTable &expected)
    {
        const TomlTable actual = parseFile(nodeDir + QLatin1String("/repository/conf/deployment.toml"));
        QVERIFY2(!actual.isEmpty(), qPrintable(nodeDir));
        QStringList diffs;
        compareSubset(expected, actual, {}, &diffs);
        QVERIFY2(diffs.isEmpty(),
                 qPrintable(nodeDir + QLatin1String(": ") + diffs.join(QLatin1String("; "))));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void singleNode()
    {
        const QString nodes = exportPattern(QStringLiteral("gw-cp"));
        QVERIFY(!nodes.isEmpty());
        TomlTable gw, cp;
        QString error;
        QVERIFY2(sample(QStringLiteral("gateway-single.toml"), &gw, &error), qPrintable(error));
        QVERIFY2(sample(QStringLiteral("control-plane-single.toml"), &cp, &error), qPrintable(error));
        check(nodes + QLatin1String("apim-gw"), gw);
        check(nodes + QLatin1String("apim-cp"), cp);
    }

    void haCluster()
    {
        const QString nodes = exportPattern(QStringLiteral("gw-cp-ha"));
        QVERIFY(!nodes.isEmpty());
        TomlTable gw, cp1, cp2;
        QString error;
        QVERIFY2(sample(QStringLiteral("gateway-ha.toml"), &gw, &error), qPrintable(error));
        // The sample keeps the page's placeholder; in this design the gateway balancer is gw.wso2.com.
        // One deliberate difference: the gateways' admin services go through the balancer's own
        // name (gw-lb), never the public API host (the keys sort after the placeholder's).
        const QMap<QString, QString> lb{
            {QStringLiteral("[api-gateway-LB-host]"), QStringLiteral("gw.wso2.com")},
            {QStringLiteral("service_url = \"https://gw.wso2.com/services/\""),
             QStringLiteral("service_url = \"https://gw-lb/services/\"")}};
        QVERIFY2(sample(QStringLiteral("control-plane-ha.toml"), &cp1, &error, lb), qPrintable(error));
        // apim-cp-2 is the same but for its peer: it duplicates events to apim-cp-1.
        QMap<QString, QString> peer = lb;
        peer.insert(QStringLiteral("event_duplicate_url = [\"tcp://apim-cp-2:5672\"]"),
                    QStringLiteral("event_duplicate_url = [\"tcp://apim-cp-1:5672\"]"));
        QVERIFY2(sample(QStringLiteral("control-plane-ha.toml"), &cp2, &error, peer), qPrintable(error));
        check(nodes + QLatin1String("apim-gw-1"), gw);
        check(nodes + QLatin1String("apim-gw-2"), gw);
        check(nodes + QLatin1String("apim-cp-1"), cp1);
        check(nodes + QLatin1String("apim-cp-2"), cp2);
    }

    void aMissingSampleIsAnError()
    {
        TomlTable table;
        QString error;
        QVERIFY(!sample(QStringLiteral("no-such-sample.toml"), &table, &error));
        QVERIFY(error.contains(QLatin1String("no-such-sample.toml")));
    }

    void comparisonCanFail()
    {
        // The comparison itself must notice a changed value and a missing key.
        TomlTable expected, actual;
        QString error;
        QVERIFY2(sample(QStringLiteral("gateway-single.toml"), &expected, &error), qPrintable(error));
        QVERIFY2(sample(QStringLiteral("gateway-single.toml"), &actual, &error), qPrintable(error));
        QStringList diffs;
        compareSubset(expected, actual, {}, &diffs);
        QVERIFY(diffs.isEmpty());
        actual.table(QStringLiteral("apim"))
            .table(QStringLiteral("throttling"))
            .set(QStringLiteral("service_url"), TomlValue(QStringLiteral("https://wrong/")));
        actual.table(QStringLiteral("server")).remove(QStringLiteral("server_role"));
        compareSubset(expected, actual, {}, &diffs);
        QCOMPARE(diffs.size(), 2);
    }

    void everyGeneratedFileMatchesItsGolden_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("args");
        // tests/data/golden/cases.txt: one bundle per line, "<folder> <new arguments...>".
        const QString cases = testutil::dataPath(QStringLiteral("golden/cases.txt"));
        const QStringList lines = QString::fromUtf8(testutil::readFile(cases)).split(QLatin1Char('\n'));
        int rows = 0;
        for (const QString &line : lines) {
            const QStringList words = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (words.size() < 2 || words.first().startsWith(QLatin1Char('#')))
                continue;
            QTest::newRow(qPrintable(words.first())) << words.first() << words.mid(1);
            ++rows;
        }
        QVERIFY2(rows >= 2, qPrintable(cases + QLatin1String(": no cases")));
    }

    // Byte-for-byte comparison of the whole bundle with tests/data/golden/<pattern>/.
    // APIM_UPDATE_GOLDEN=1 rewrites the expected files after a deliberate change.
    void everyGeneratedFileMatchesItsGolden()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, args);
        const QString nodes = exportPattern(name, args);
        QVERIFY(!nodes.isEmpty());
        const QString bundle = QDir(nodes).absoluteFilePath(QStringLiteral(".."));
        const QString golden = testutil::dataPath(QStringLiteral("golden/") + name);
        const bool update = qEnvironmentVariableIntValue("APIM_UPDATE_GOLDEN") == 1;
        QDirIterator it(bundle, QDir::Files, QDirIterator::Subdirectories);
        QStringList seen;
        while (it.hasNext()) {
            const QString file = it.next();
            const QString rel = QDir(bundle).relativeFilePath(file);
            seen.append(rel);
            const QString expectedPath = golden + QLatin1Char('/') + rel;
            if (update) {
                QDir().mkpath(QFileInfo(expectedPath).path());
                QFile out(expectedPath);
                QVERIFY(out.open(QIODevice::WriteOnly));
                out.write(testutil::readFile(file));
                continue;
            }
            QVERIFY2(QFileInfo::exists(expectedPath),
                     qPrintable(QStringLiteral("no golden file for ") + rel));
            QCOMPARE(QString::fromUtf8(testutil::readFile(file)),
                     QString::fromUtf8(testutil::readFile(expectedPath)));
        }
        QDirIterator golds(golden, QDir::Files, QDirIterator::Subdirectories);
        while (!update && golds.hasNext()) {
            const QString rel = QDir(golden).relativeFilePath(golds.next());
            QVERIFY2(seen.contains(rel), qPrintable(QStringLiteral("not generated any more: ") + rel));
        }
    }
};

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
