// Import: every corpus file, the corpus's complete sets, the seed's sets, and
// the lossless round trip. tests/data/corpus is a copy of ../shared/corpus with
// its INDEX.tsv; sets are laid out again under their original paths.
#include "generators.h"
#include "importer.h"
#include "projectfile.h"
#include "ruleids.h"
#include "templates.h"
#include "testutil.h"
#include "tomldiff.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <quazip.h>
#include <quazipfile.h>

using namespace apim;

namespace {

struct IndexRow
{
    QString file, path, version, role, notes;
    bool templated = false;
    QString set; // "set: ..." in the notes
};

// INDEX.tsv is Python's csv "excel-tab": fields may be quoted, with "" for a quote.
QStringList splitTsvLine(const QString &line)
{
    QStringList out;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"'))
                field += line[++i];
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else if (c == QLatin1Char('\t')) {
            out.append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    out.append(field);
    return out;
}

QList<IndexRow> readIndex()
{
    QList<IndexRow> rows;
    const QStringList lines =
        QString::fromUtf8(testutil::readFile(testutil::dataPath(QStringLiteral("corpus/INDEX.tsv"))))
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = splitTsvLine(lines[i]);
        if (f.size() < 8)
            continue;
        IndexRow r{f[0], f[2], f[4], f[5], f[7], f[6] == QLatin1String("yes"), {}};
        const qsizetype at = r.notes.indexOf(QLatin1String("set: "));
        if (at >= 0)
            r.set = r.notes.mid(at + 5).section(QLatin1Char(';'), 0, 0).trimmed();
        rows.append(r);
    }
    return rows;
}

// An Identity Server file acting as key manager (INDEX.tsv's version says "IS ...") is an Identity Server.
NodeKind kindOfRow(const IndexRow &r)
{
    // csdgurugegit's key-manager file is an Identity Server's too: identity_db, the WSO2-IS
    // notification header, no [apim].
    if (r.version.startsWith(QLatin1String("IS ")) ||
        r.file.endsWith(QLatin1String("nodes__key-manager__deployment.toml")))
        return NodeKind::IdentityServer;
    const QString &role = r.role;
    if (role == QLatin1String("gateway-worker"))
        return NodeKind::Gateway;
    if (role == QLatin1String("control-plane"))
        return NodeKind::ControlPlane;
    if (role == QLatin1String("traffic-manager"))
        return NodeKind::TrafficManager;
    if (role == QLatin1String("key-manager"))
        return NodeKind::KeyManager;
    return NodeKind::AllInOne;
}

// The nodes made from a file: API-M nodes and Identity Servers.
QList<const Node *> apimNodes(const Design &d)
{
    QList<const Node *> out;
    for (const Node &n : d.topology.nodes()) {
        if (SchemaRegistry::instance().kind(n.kind).apimNode || n.kind == NodeKind::IdentityServer)
            out.append(&n);
    }
    return out;
}

// "from -> to" by node name, sorted.
QStringList linkNames(const Design &d)
{
    QStringList out;
    for (const Link &l : d.topology.links())
        out.append(d.topology.node(l.from)->name() + QLatin1String(" -> ") + d.topology.node(l.to)->name());
    out.sort();
    return out;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// Every file of `files` that parsed must come back from export, equal as TOML.
QStringList roundTripFailures(const Design &design, const ImportedFiles &files)
{
    QStringList failures;
    for (const ImportedFile &f : files) {
        if (!f.parsed)
            continue;
        const Node *n = design.topology.node(f.node);
        if (!n || !(deploymentToml(design, *n) == f.table))
            failures.append(f.path);
    }
    return failures;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private:
    QList<IndexRow> m_index;

    QString corpusPath(const IndexRow &r) const
    {
        return testutil::dataPath(QStringLiteral("corpus/") + r.file);
    }

    static bool import(const QStringList &paths, Design *d, Findings *f, ImportedFiles *files)
    {
        QString error;
        const bool ok = importConfigs(paths, d, f, &error, files);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

private slots:
    void initTestCase()
    {
        m_index = readIndex();
        QVERIFY2(m_index.size() >= 79, "tests/data/corpus/INDEX.tsv is missing or short");
    }

    void nodeNames_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("name");
        QTest::newRow("api-m home") << "/x/apim-gw-1/repository/conf/deployment.toml"
                                    << "apim-gw-1";
        QTest::newRow("folder") << "/x/apim-cp/deployment.toml"
                                << "apim-cp";
        QTest::newRow("stem") << "/x/acp-deployment.toml"
                              << "acp-deployment";
        QTest::newRow("dotted stem") << "/x/wso2am__deployment.orig.toml"
                                     << "wso2am__deployment.orig";
        QTest::newRow("template suffix") << "/x/gw/deployment.toml.j2"
                                         << "deployment";
        QTest::newRow("sanitised") << "/x/my node (1)/deployment.toml"
                                   << "my-node--1-";
        QTest::newRow("zip root") << "set/deployment.toml"
                                  << "set";
    }

    void nodeNames()
    {
        QFETCH(QString, path);
        QFETCH(QString, name);
        QCOMPARE(nodeNameForPath(path), name);
    }

    // Every corpus file imports alone without a crash; files that are not TOML
    // give a finding with a line; the others a node that exports back equal.
    void corpusFile_data()
    {
        QTest::addColumn<int>("row");
        for (int i = 0; i < m_index.size(); ++i)
            QTest::newRow(qPrintable(m_index[i].file)) << i;
    }

    void corpusFile()
    {
        QFETCH(int, row);
        const IndexRow &r = m_index[row];
        Design d;
        Findings findings;
        ImportedFiles files;
        QVERIFY(import({corpusPath(r)}, &d, &findings, &files));
        QCOMPARE(files.size(), 1);
        const bool broken = r.notes.contains(QLatin1String("TOML parse error"));
        QCOMPARE(files.first().parsed, !broken);
        if (broken) {
            // One error, with its line: a template says so; the node keeps what precedes the error.
            QVERIFY(apimNodes(d).size() <= 1);
            Findings errors;
            for (const Finding &f : findings) {
                if (f.severity == Severity::Error)
                    errors.append(f);
            }
            QCOMPARE(errors.size(), 1);
            QVERIFY(errors.first().rule == rule::TomlSyntax || errors.first().rule == rule::TemplatedFile);
            QCOMPARE(errors.first().file, corpusPath(r));
            QVERIFY2(errors.first().line > 0, qPrintable(errors.first().message));
            return;
        }
        QCOMPARE(apimNodes(d).size(), 1);
        QVERIFY2(roundTripFailures(d, files).isEmpty(), "export differs from the file");

        // The same through the project file: extra TOML and #!omit lines survive saving.
        Design back;
        TomlError error;
        QVERIFY2(ProjectFile::parse(ProjectFile::serialize(d), QStringLiteral("mem"), &back, &error),
                 qPrintable(error.toString()));
        const Node *node = back.topology.nodeByName(d.topology.node(files.first().node)->name());
        QVERIFY(node);
        QVERIFY(deploymentToml(back, *node) == files.first().table);
    }

    // INDEX.tsv's role for every file that imports, except where the file itself says otherwise.
    void corpusRoles()
    {
        // server_role "control-plane" is the literal in the 4.3+ key-manager-node template.
        const QStringList exceptions{QStringLiteral("deployment-templates__api-key-manager-node.toml")};
        QStringList wrong;
        for (const IndexRow &r : m_index) {
            if (r.role == QLatin1String("unknown") || r.notes.contains(QLatin1String("TOML parse error")) ||
                std::any_of(exceptions.cbegin(), exceptions.cend(),
                            [&](const QString &e) { return r.file.endsWith(e); }))
                continue;
            Design d;
            Findings f;
            ImportedFiles files;
            QVERIFY(import({corpusPath(r)}, &d, &f, &files));
            const Node *n = d.topology.node(files.first().node);
            QVERIFY(n);
            if (n->kind != kindOfRow(r))
                wrong.append(QStringLiteral("%1: %2, INDEX says %3")
                                 .arg(r.file, SchemaRegistry::instance().kind(n->kind).id, r.role));
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void wholeCorpusAtOnce()
    {
        Design d;
        Findings f;
        ImportedFiles files;
        QVERIFY(import({testutil::dataPath(QStringLiteral("corpus"))}, &d, &f, &files));
        QVERIFY(files.size() >= 70);
        QVERIFY(apimNodes(d).size() >= 60);
        QVERIFY2(roundTripFailures(d, files).isEmpty(),
                 qPrintable(roundTripFailures(d, files).join(QLatin1Char('\n'))));
    }

    // The complete deployments INDEX.tsv names, laid out under their original paths.
    void corpusSet_data()
    {
        QTest::addColumn<QString>("set");
        QTest::addColumn<QStringList>("leaveOut");
        QTest::addColumn<int>("databases");
        QTest::addColumn<QStringList>("links"); // "from -> to", by a distinctive part of each path
        const QString split45 = QStringLiteral("P-split-v4.5.0");
        QTest::newRow("P-split-v4.5.0") << split45 << QStringList() << 0 << QStringList();
        QTest::newRow("P-split-v4.7.0")
            << QStringLiteral("P-split-v4.7.0") << QStringList() << 0 << QStringList();
        QTest::newRow("docker IS as KM")
            << QStringLiteral("docker-apim/apim-is-as-km-with-analytics@master") << QStringList() << 1
            << QStringList{QStringLiteral("conf/apim/ -> is-as-km"), QStringLiteral("conf/apim/ -> db"),
                           QStringLiteral("is-as-km -> db")};
        // final-acp-deployment.toml is the same control plane after a tutorial step, not another node.
        QTest::newRow("samples single-cp-multi-gw")
            << QStringLiteral("samples-apim/single-cp-multi-gw") << QStringList{QStringLiteral("final-acp")}
            << 2 << QStringList{QStringLiteral("gw-deployment -> acp-deployment"),
                                QStringLiteral("gw-deployment -> tm-deployment"),
                                QStringLiteral("tm-deployment -> acp-deployment"),
                                QStringLiteral("acp-deployment -> db:3306"),
                                QStringLiteral("tm-deployment -> db:3306"),
                                QStringLiteral("gw-deployment -> db:3316")};
        // The key manager's notification endpoint sits in a misspelt [event_listener.propertie]: no link.
        QTest::newRow("csdgurugegit")
            << QStringLiteral("csdgurugegit/WSO2-APIM-All-Distributed-Deployment (4.2.0, CP+GW+KM+TM)")
            << QStringList() << 1
            << QStringList{QStringLiteral("gateway-worker -> traffic-manager"),
                           QStringLiteral("gateway-worker -> control-plane"),
                           QStringLiteral("control-plane -> key-manager"), // users link to their key manager
                           QStringLiteral("traffic-manager -> control-plane"),
                           QStringLiteral("control-plane -> db"),
                           QStringLiteral("key-manager -> db")};
        // All on localhost: the control plane deploys to the gateway on localhost:9444 (its offset 1,
        // inferred); the gateway's localhost:5672 could be the control plane or the traffic manager.
        QTest::newRow("ibay122")
            << QStringLiteral("ibay122/wso2-apim-distributed-deployment (4.0.0, CP+GW+TM)") << QStringList()
            << 1
            << QStringList{QStringLiteral("wso2am-gw -> wso2am-cp"), QStringLiteral("wso2am-cp -> db"),
                           QStringLiteral("wso2am-gw -> db"), QStringLiteral("wso2am-tm -> db")};
        QTest::newRow("irham0019")
            << QStringLiteral("irham0019/apim-openshift pattern-1 (3.0.0, KM+PubStore+TM)") << QStringList()
            << 1
            << QStringList{QStringLiteral("apim-km -> apim-tm"), QStringLiteral("apim-pub-store -> apim-tm"),
                           // its key manager, by the Kubernetes service wso2apim-km-internal.wso2.svc
                           QStringLiteral("apim-pub-store -> apim-km"), QStringLiteral("apim-km -> db"),
                           QStringLiteral("apim-pub-store -> db"), QStringLiteral("apim-tm -> db")};
        // Compose names (stack-apim-1, ...) that none of the files uses as its own hostname:
        // stack-external-1 by the gateway's own hostname `external`, the others by the kinds
        // their URLs must reach (the event hub is the control plane, the key manager the IS).
        QTest::newRow("Tshenol0")
            << QStringLiteral("Tshenol0/wso2-distributed-deployments (CP + external GW + IS-as-KM")
            << QStringList() << 1
            << QStringList{QStringLiteral("gateway/ -> control/"), QStringLiteral("control/ -> is/"),
                           QStringLiteral("control/ -> db"), QStringLiteral("gateway/ -> db"),
                           QStringLiteral("is/ -> db")};
    }

    void corpusSet()
    {
        QFETCH(QString, set);
        QFETCH(QStringList, leaveOut);
        QFETCH(int, databases);
        QFETCH(QStringList, links);
        QTemporaryDir dir;
        QList<IndexRow> rows;
        for (const IndexRow &r : m_index) {
            if (!r.set.startsWith(set) || std::any_of(leaveOut.cbegin(), leaveOut.cend(),
                                                      [&](const QString &s) { return r.path.contains(s); }))
                continue;
            QVERIFY(!r.templated);
            QVERIFY(writeFile(dir.filePath(r.path), testutil::readFile(corpusPath(r))));
            rows.append(r);
        }
        QVERIFY2(rows.size() >= 2, qPrintable(set));
        Design d;
        Findings f;
        ImportedFiles files;
        QVERIFY(import({dir.path()}, &d, &f, &files));
        QCOMPARE(files.size(), rows.size());
        QCOMPARE(apimNodes(d).size(), rows.size());
        QCOMPARE(d.topology.nodesOfKind(NodeKind::Database).size(), databases);
        QVERIFY(roundTripFailures(d, files).isEmpty());

        // Roles as INDEX.tsv gives them; each node described by its original path.
        QHash<NodeId, QString> pathOf;
        for (const ImportedFile &file : files) {
            const QString rel = QDir(dir.path()).relativeFilePath(file.path);
            const auto row =
                std::find_if(rows.cbegin(), rows.cend(), [&](const IndexRow &r) { return r.path == rel; });
            QVERIFY2(row != rows.cend(), qPrintable(rel));
            const Node *n = d.topology.node(file.node);
            QVERIFY(n);
            QCOMPARE(SchemaRegistry::instance().kind(n->kind).id,
                     SchemaRegistry::instance().kind(kindOfRow(*row)).id);
            pathOf.insert(n->id, rel);
        }
        for (const Node *db : d.topology.nodesOfKind(NodeKind::Database))
            pathOf.insert(db->id, QStringLiteral("db:%1").arg(db->value(Field::DbPort).toInt()));

        QStringList actual;
        for (const Link &l : d.topology.links())
            actual.append(pathOf.value(l.from) + QLatin1String(" -> ") + pathOf.value(l.to));
        QStringList unmatched = actual;
        for (const QString &expected : links) {
            const QString from = expected.section(QLatin1String(" -> "), 0, 0);
            const QString to = expected.section(QLatin1String(" -> "), 1);
            const auto hit = std::find_if(unmatched.begin(), unmatched.end(), [&](const QString &a) {
                return a.section(QLatin1String(" -> "), 0, 0).contains(from) &&
                       a.section(QLatin1String(" -> "), 1).contains(to);
            });
            QVERIFY2(
                hit != unmatched.end(),
                qPrintable(
                    QStringLiteral("missing link %1 in:\n%2").arg(expected, actual.join(QLatin1Char('\n')))));
            unmatched.erase(hit);
        }
        QVERIFY2(unmatched.isEmpty(),
                 qPrintable(QStringLiteral("unexpected links:\n") + unmatched.join(QLatin1Char('\n'))));
    }

    // The seed's deployments import as the topologies of `new gw-cp` and `new gw-cp-ha`.
    void seedSetsMatchTemplates_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("single") << "review/seed-single"
                                << "gw-cp";
        QTest::newRow("ha") << "review/seed-ha"
                            << "gw-cp-ha";
    }

    void seedSetsMatchTemplates()
    {
        QFETCH(QString, folder);
        QFETCH(QString, pattern);
        Design expected;
        QString error;
        QVERIFY(Templates::create(pattern, 2, 2, &expected, &error));
        Design d;
        Findings f;
        ImportedFiles files;
        QVERIFY(import({testutil::dataPath(folder)}, &d, &f, &files));
        for (const KindSpec &k : SchemaRegistry::instance().kinds())
            QCOMPARE(d.topology.nodesOfKind(k.kind).size(), expected.topology.nodesOfKind(k.kind).size());
        // Same names, so the links compare by name: LB -> members, gw -> cp, node -> db.
        QCOMPARE(linkNames(d), linkNames(expected));
        for (const Node *lb : expected.topology.nodesOfKind(NodeKind::LoadBalancer)) {
            const Node *mine = d.topology.nodeByName(lb->name());
            QVERIFY(mine);
            QCOMPARE(mine->text(Field::PublicHostname), lb->text(Field::PublicHostname));
        }
        QCOMPARE(d.topology.nodeByName(QStringLiteral("mysql"))->hostname(), QStringLiteral("db.wso2.com"));
        // One deliberate difference: the designer sends the gateways' admin services to the
        // balancer's own name, the sample to the public API host.
        for (const Finding &finding : f)
            QVERIFY2(
                finding.severity == Severity::Info ||
                    finding.message.startsWith(QLatin1String("apim.gateway.environment[0].service_url points "
                                                             "at gw.wso2.com; from the topology the designer "
                                                             "would point it at gw-lb.")),
                qPrintable(finding.message));
        QVERIFY(roundTripFailures(d, files).isEmpty());
        QVERIFY(!d.topology.nodes().first().pos.isNull() || d.topology.nodes().size() == 1); // laid out
    }

    void roundTripCanFail()
    {
        Design d;
        Findings f;
        ImportedFiles files;
        QVERIFY(import({testutil::dataPath(QStringLiteral("review/seed-ha"))}, &d, &f, &files));
        QVERIFY(roundTripFailures(d, files).isEmpty());
        Node *cp = d.topology.mutableNode(d.topology.nodeByName(QStringLiteral("apim-cp-1"))->id);
        QVERIFY(cp->extraToml.text().contains(QLatin1String("#!omit server.offset")));
        cp->extraToml = QString(cp->extraToml.text())
                            .replace(QLatin1String("#!omit server.offset"),
                                     QString()); // export would now add offset = 0
        QCOMPARE(roundTripFailures(d, files).size(), 1);
        cp->extraToml = QString(); // and lose the environment the file has
        QCOMPARE(roundTripFailures(d, files).size(), 1);
    }

    void zipInput()
    {
        QTemporaryDir dir;
        const QString zipPath = dir.filePath(QStringLiteral("seed-ha.zip"));
        QuaZip zip(zipPath);
        QVERIFY(zip.open(QuaZip::mdCreate));
        const QString root = testutil::dataPath(QStringLiteral("review/seed-ha"));
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QuaZipFile entry(&zip);
            QVERIFY(entry.open(QIODevice::WriteOnly, QuaZipNewInfo(QDir(root).relativeFilePath(file))));
            entry.write(testutil::readFile(file));
            entry.close();
        }
        zip.close();
        Design fromZip, fromFolder;
        Findings f;
        ImportedFiles zipFiles, folderFiles;
        QVERIFY(import({zipPath}, &fromZip, &f, &zipFiles));
        QVERIFY(import({root}, &fromFolder, &f, &folderFiles));
        QCOMPARE(linkNames(fromZip), linkNames(fromFolder));
        QVERIFY(zipFiles.first().path.startsWith(zipPath + QLatin1String("!/")));
        QVERIFY(roundTripFailures(fromZip, zipFiles).isEmpty());
    }

    void unreadableInputs()
    {
        QTemporaryDir dir;
        Design d;
        Findings f;
        QString error;
        QVERIFY(!importConfigs({dir.filePath(QStringLiteral("missing"))}, &d, &f, &error));
        QVERIFY(error.contains(QLatin1String("missing")));
        error.clear();
        QVERIFY(!importConfigs({dir.path()}, &d, &f, &error)); // no *.toml in it
        QVERIFY(!error.isEmpty());
        const QString badZip = dir.filePath(QStringLiteral("bad.zip"));
        QVERIFY(writeFile(badZip, QByteArray("PK\x03\x04 not really a zip")));
        error.clear();
        QVERIFY(!importConfigs({badZip}, &d, &f, &error));
        QVERIFY(!error.isEmpty());
    }

    void originalsAreOnlyRead()
    {
        const QString root = testutil::dataPath(QStringLiteral("review/seed-ha"));
        QHash<QString, QByteArray> before;
        QHash<QString, QDateTime> times;
        for (QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            const QString file = it.next();
            before.insert(file, testutil::readFile(file));
            times.insert(file, QFileInfo(file).lastModified());
        }
        Design d;
        Findings f;
        ImportedFiles files;
        QVERIFY(import({root}, &d, &f, &files));
        for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
            QCOMPARE(testutil::readFile(it.key()), it.value());
            QCOMPARE(QFileInfo(it.key()).lastModified(), times.value(it.key()));
        }
    }

    // A value the topology would write otherwise stays as the file has it, and is reported.
    void disagreeingValuesAreKept()
    {
        Design d;
        Findings f;
        ImportedFiles files;
        QVERIFY(import({testutil::dataPath(QStringLiteral("review/") + rule::UnknownHost)}, &d, &f, &files));
        const Node *gw = d.topology.nodeByName(QStringLiteral("apim-gw-1"));
        QVERIFY(gw && gw->extraToml.text().contains(QLatin1String("https://km.example.com/services/")));
        const auto kept = std::find_if(f.cbegin(), f.cend(), [](const Finding &x) {
            return x.rule == rule::ManagedValueKept && x.nodeName == QLatin1String("apim-gw-1");
        });
        QVERIFY(kept != f.cend());
        QCOMPARE(kept->severity, Severity::Warning);
        QVERIFY(kept->line > 0);
        QVERIFY(
            std::any_of(f.cbegin(), f.cend(), [](const Finding &x) { return x.rule == rule::UnknownHost; }));
    }

    void roleReasons()
    {
        Design d;
        Findings f;
        ImportedFiles files{
            ImportedFile{
                QStringLiteral("a/gw.toml"),
                QStringLiteral("a/gw.toml"),
                QByteArray("[server]\nserver_role = \"default\"\n"
                           "[apim.sync_runtime_artifacts.gateway]\ngateway_labels = [\"Default\"]\n"),
                {},
                false,
                {},
                0},
            ImportedFile{QStringLiteral("b/deployment.toml"),
                         QStringLiteral("b/deployment.toml"),
                         QByteArray("[server]\nhostname = \"x\"\n"),
                         {},
                         false,
                         {},
                         0}};
        importFiles(&files, &d, &f);
        QCOMPARE(d.topology.node(files[0].node)->kind, NodeKind::Gateway);
        QCOMPARE(d.topology.node(files[1].node)->kind, NodeKind::AllInOne);
        int reasons = 0;
        for (const Finding &x : f) {
            if (x.rule == QLatin1String("role-inferred")) {
                ++reasons;
                QCOMPARE(x.severity, Severity::Info);
            }
        }
        QCOMPARE(reasons, 2);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
