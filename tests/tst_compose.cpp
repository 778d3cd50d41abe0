// The Docker Compose target, proven with Debian's docker-compose (which validates a
// file with `config` and no Docker daemon) and against the design: services, mounts,
// health checks, start order, published ports; the compose node files pass the
// designer's own review; refused designs; same design, same bytes.
#include "bundleexport.h"
#include "compose.h"
#include "encryptionkey.h"
#include "exporttargets.h"
#include "exporttestutil.h"
#include "generators.h"
#include "generatorutil.h"
#include "importer.h"
#include "review.h"
#include "templates.h"
#include "testutil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace apim;

namespace {

using exporttest::designOf;
using exporttest::Key;
using exporttest::Run;
using exporttest::run;

struct Case
{
    const char *label;
    PatternOptions options;
};

QList<Case> cases()
{
    using exporttest::pattern;
    return {
        {"gw-cp 4.4", pattern("gw-cp", "4.4.0", 1, 1, 0, 0, 0)},
        {"gw-cp-ha 4.4", pattern("gw-cp-ha", "4.4.0", 2, 2, 0, 0, 0)},
        {"gw-cp-tm 4.7 single", pattern("gw-cp-tm", "4.7.0", 1, 1, 1, 0, 0)},
        {"gw-cp-tm 4.7 HA", pattern("gw-cp-tm", "4.7.0", 2, 2, 2, 0, 0)},
        {"gw-cp-tm-km 4.6", pattern("gw-cp-tm-km", "4.6.0", 1, 1, 1, 1, 0)},
        {"gw-cp-tm-km 4.5 HA", pattern("gw-cp-tm-km", "4.5.0", 2, 2, 2, 2, 0)},
        {"aio-ha 4.7", pattern("aio-ha", "4.7.0", 0, 0, 0, 0, 2)},
    };
}

// `docker-compose config` with no daemon to reach: DOCKER_HOST names a socket that does not exist.
Run composeConfig(const QString &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_HOST"),
               QStringLiteral("unix://") + dir + QStringLiteral("/no-daemon.sock"));
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("docker-compose"));
    return run(exe,
               {QStringLiteral("-f"), dir + QStringLiteral("/docker-compose.yml"), QStringLiteral("config"),
                QStringLiteral("-q")},
               dir, env);
}

// docker-compose.yml read by PyYAML, as JSON.
QJsonObject readYaml(const QString &file)
{
    const Run r =
        run(QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import sys, json, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))"),
             file});
    if (r.code != 0)
        qWarning("%s", qPrintable(r.err));
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QString exportCompose(const Design &design, const QTemporaryDir &dir, QString *error)
{
    ExportOptions options;
    options.directory = true;
    options.target = QStringLiteral("compose");
    const QString target = dir.filePath(QStringLiteral("out/"));
    if (!exportBundle(design, target, options, error))
        return {};
    return target + bundleFolderName(design) + QStringLiteral("/compose");
}

// The start step a service belongs to, from the kind of node: databases first, then the
// event hubs, traffic and key managers, gateways, NGINX last.
int rank(const Design &d, const Node &n)
{
    if (SchemaRegistry::instance().traits(n.kind).database)
        return 0;
    const KindRelease *r =
        SchemaRegistry::instance().release(n.kind, ApimVersion::parse(d.settings.apimVersion));
    if (r && r->provides(Service::EventHub))
        return 1;
    return SchemaRegistry::instance().kind(n.kind).runs(Component::Gateway) ? 3 : 2;
}

} // namespace

class TestCompose : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("docker-compose")).isEmpty(),
                 "docker-compose is required (packaging/install-deps.sh installs it)");
    }

    void configValidates_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < cases().size(); ++i)
            QTest::newRow(cases().at(i).label) << i;
    }

    void configValidates()
    {
        QFETCH(int, index);
        const Design design = designOf(cases().at(index).options);
        QTemporaryDir dir;
        QString error;
        const QString compose = exportCompose(design, dir, &error);
        QVERIFY2(!compose.isEmpty(), qPrintable(error));
        const Run ok = composeConfig(compose);
        QVERIFY2(ok.code == 0, qPrintable(ok.err));

        // The validator bites: a start order naming a service that does not exist is refused.
        QFile file(compose + QStringLiteral("/docker-compose.yml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray yaml = file.readAll();
        file.close();
        yaml.replace("condition: \"service_healthy\"", "condition: \"service_healthy\"\n      \"ghost\":\n"
                                                       "        condition: \"service_healthy\"");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(yaml);
        file.close();
        QVERIFY(composeConfig(compose).code != 0);
    }

    void structureFollowsTheDesign_data() { configValidates_data(); }

    void structureFollowsTheDesign()
    {
        QFETCH(int, index);
        const Design design = designOf(cases().at(index).options);
        const ApimVersion version = ApimVersion::parse(design.settings.apimVersion);
        QTemporaryDir dir;
        QString error;
        const QString compose = exportCompose(design, dir, &error);
        QVERIFY2(!compose.isEmpty(), qPrintable(error));
        const QJsonObject services = readYaml(compose + QStringLiteral("/docker-compose.yml"))
                                         .value(QStringLiteral("services"))
                                         .toObject();
        QVERIFY(!services.isEmpty());

        const compose::Plan plan = compose::plan(design);
        QHash<QString, int> ranks{{compose::nginxService(), 4}};
        QStringList expected{compose::nginxService()};
        for (const Node &n : design.topology.nodes()) {
            if (SchemaRegistry::instance().traits(n.kind).balancer)
                continue;
            const QString name = plan.names.value(n.id);
            QVERIFY2(!name.isEmpty(), qPrintable(n.name()));
            expected.append(name);
            ranks.insert(name, rank(design, n));
            const QJsonObject s = services.value(name).toObject();
            QVERIFY2(!s.isEmpty(), qPrintable(name));
            QCOMPARE(s.value(QStringLiteral("hostname")).toString(), name);
            const QString image = s.value(QStringLiteral("image")).toString();
            if (SchemaRegistry::instance().traits(n.kind).database) {
                QVERIFY2(image.startsWith(QLatin1String("mysql:")) ||
                             image.startsWith(QLatin1String("postgres:")),
                         qPrintable(image));
                continue;
            }
            // §6.1: one pack with its profile up to 4.4; per-component images from 4.5.
            const QString tag = QLatin1Char(':') + version.toString();
            if (version.profileBased()) {
                QCOMPARE(image, QStringLiteral("wso2/wso2am") + tag);
                const QJsonArray command = s.value(QStringLiteral("command")).toArray();
                const KindRelease *r = SchemaRegistry::instance().release(n.kind, version);
                if (r->profile.isEmpty())
                    QVERIFY(command.isEmpty());
                else
                    QCOMPARE(command.first().toString(), QStringLiteral("-Dprofile=") + r->profile);
            } else {
                const QHash<NodeKind, QString> images{
                    {NodeKind::ControlPlane, QStringLiteral("wso2/wso2am-acp")},
                    {NodeKind::KeyManager, QStringLiteral("wso2/wso2am-acp")},
                    {NodeKind::TrafficManager, QStringLiteral("wso2/wso2am-tm")},
                    {NodeKind::Gateway, QStringLiteral("wso2/wso2am-universal-gw")},
                    {NodeKind::AllInOne, QStringLiteral("wso2/wso2am")}};
                QCOMPARE(image, images.value(n.kind) + tag);
                QCOMPARE(s.value(QStringLiteral("environment"))
                             .toObject()
                             .value(QStringLiteral("PROFILE_NAME"))
                             .toString(),
                         n.kind == NodeKind::KeyManager ? QStringLiteral("key-manager") : QString());
            }
            // The node's own files through the config volume, the one keystore set for all.
            const QStringList volumes = s.value(QStringLiteral("volumes")).toVariant().toStringList();
            QVERIFY2(volumes.contains(
                         QStringLiteral("./nodes/%1:/home/wso2carbon/wso2-config-volume:ro").arg(name)),
                     qPrintable(volumes.join(QLatin1Char('\n'))));
            QVERIFY(volumes.contains(QStringLiteral(
                "./keystores:/home/wso2carbon/wso2-artifact-volume/repository/resources/security:ro")));
            QVERIFY(QFile::exists(compose +
                                  QStringLiteral("/nodes/%1/repository/conf/deployment.toml").arg(name)));
            const QJsonArray test =
                s.value(QStringLiteral("healthcheck")).toObject().value(QStringLiteral("test")).toArray();
            QVERIFY2(test.last().toString().endsWith(QLatin1String("/services/Version")), qPrintable(name));
        }
        expected.sort();
        QStringList actual = services.keys();
        actual.sort();
        QCOMPARE(actual, expected);

        for (auto it = services.begin(); it != services.end(); ++it) {
            const QJsonObject s = it.value().toObject();
            // Only NGINX publishes ports.
            QCOMPARE(s.contains(QStringLiteral("ports")), it.key() == compose::nginxService());
            if (it.key() != compose::nginxService())
                QVERIFY2(s.contains(QStringLiteral("healthcheck")), qPrintable(it.key()));
            // Every mounted path is in the output.
            for (const QString &v : s.value(QStringLiteral("volumes")).toVariant().toStringList())
                QVERIFY2(QFileInfo::exists(QDir(compose).filePath(v.section(QLatin1Char(':'), 0, 0))),
                         qPrintable(v));
            // Health-gated, in the design's start order: everyone but the databases waits for the step
            // before.
            const QJsonObject deps = s.value(QStringLiteral("depends_on")).toObject();
            QCOMPARE(deps.isEmpty(), ranks.value(it.key()) == 0);
            int waitsFor = -1;
            for (auto d = deps.begin(); d != deps.end(); ++d) {
                QCOMPARE(d.value().toObject().value(QStringLiteral("condition")).toString(),
                         QStringLiteral("service_healthy"));
                QVERIFY2(ranks.value(d.key()) < ranks.value(it.key()),
                         qPrintable(it.key() + QLatin1String(" -> ") + d.key()));
                waitsFor = std::max(waitsFor, ranks.value(d.key()));
            }
        }
        // The published ports are the balancers' (and each unfronted public node's own).
        const QStringList ports = services.value(compose::nginxService())
                                      .toObject()
                                      .value(QStringLiteral("ports"))
                                      .toVariant()
                                      .toStringList();
        for (const Node *lb : design.topology.nodesWith(&KindTraits::balancer)) {
            const QString https = lb->value(Field::HttpsPort).toString();
            QVERIFY2(ports.contains(https + QLatin1Char(':') + https),
                     qPrintable(ports.join(QLatin1Char(' '))));
        }
        QVERIFY(!ports.isEmpty());

        // A unique gateway id per gateway (4.5+), and the design's one encryption key in every file (4.7).
        QStringList ids;
        for (const Node &n : design.topology.nodes()) {
            if (!genutil::isApimNode(n))
                continue;
            const QByteArray toml = testutil::readFile(
                compose +
                QStringLiteral("/nodes/%1/repository/conf/deployment.toml").arg(plan.names.value(n.id)));
            const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("gateway_id = \"([^\"]+)\""))
                                                  .match(QString::fromUtf8(toml));
            if (m.hasMatch())
                ids.append(m.captured(1));
            if (version.symmetricEncryption())
                QVERIFY(toml.contains(Key.toUtf8()));
            QVERIFY2(!toml.contains("offset = 1"), qPrintable(n.name()));
        }
        if (version.gatewayIds()) {
            QCOMPARE(ids.size(), design.topology.nodesOfKind(NodeKind::Gateway).size());
            QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        }
        QVERIFY(!testutil::readFile(compose + QStringLiteral("/docker-compose.yml")).contains(Key.toUtf8()));
    }

    void nodeFilesLintClean_data() { configValidates_data(); }

    void nodeFilesLintClean()
    {
        QFETCH(int, index);
        const Design design = designOf(cases().at(index).options);
        QTemporaryDir dir;
        QString error;
        const QString compose = exportCompose(design, dir, &error);
        QVERIFY2(!compose.isEmpty(), qPrintable(error));
        Design imported;
        Findings notes;
        ImportedFiles files;
        QVERIFY2(importConfigs({compose + QStringLiteral("/nodes")}, &imported, &notes, &error, &files),
                 qPrintable(error));
        QVERIFY(!files.isEmpty());
        QStringList bad;
        for (const Finding &f : reviewImport(imported, files, notes)) {
            if (f.severity == Severity::Error ||
                (f.severity == Severity::Warning && !flagsSampleSecrets(f.rule)))
                bad.append(QStringLiteral("%1:%2 [%3] %4").arg(f.file).arg(f.line).arg(f.rule, f.message));
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    void sameDesignSameBytes()
    {
        for (const Case &c : cases()) {
            const Design design = designOf(c.options);
            BundleFiles a, b;
            QString error;
            QVERIFY2(exporttargets::generate(design, QStringLiteral("all"), &a, &error), qPrintable(error));
            QVERIFY(exporttargets::generate(designOf(c.options), QStringLiteral("all"), &b, &error));
            QCOMPARE(a.size(), b.size());
            for (qsizetype i = 0; i < a.size(); ++i) {
                QCOMPARE(a[i].path, b[i].path);
                QVERIFY2(a[i].data == b[i].data, qPrintable(a[i].path));
            }
            // "all" is the bundle plus compose/.
            const QString top = bundleFolderName(design) + QLatin1Char('/');
            QVERIFY(std::any_of(a.begin(), a.end(), [&](const BundleFile &f) {
                return f.path == top + QLatin1String("README.md");
            }));
            QVERIFY(std::any_of(a.begin(), a.end(), [&](const BundleFile &f) {
                return f.path == top + QLatin1String("compose/docker-compose.yml");
            }));
        }
    }

    void refusedDesignsSayWhy()
    {
        PatternOptions is7 = cases().at(4).options;
        is7.version = QStringLiteral("4.7.0");
        is7.keyManager = KeyManagerChoice::IdentityServer;
        is7.keyManagers = 0;
        Design withIs = designOf(is7);
        QString why = compose::refusal(withIs);
        QVERIFY2(why.contains(QLatin1String("no image")), qPrintable(why));

        Design mssql = designOf(cases().at(0).options);
        for (const Node *db : mssql.topology.nodesWith(&KindTraits::database))
            mssql.topology.mutableNode(db->id)->values.insert(Field::DbType, QStringLiteral("mssql"));
        why = compose::refusal(mssql);
        QVERIFY2(why.contains(QLatin1String("mssql")), qPrintable(why));
        QTemporaryDir dir;
        QString error;
        QVERIFY(exportCompose(mssql, dir, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("cannot express")) && error.contains(QLatin1String("mssql")),
                 qPrintable(error));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out"))));
        // The bundle itself still exports.
        BundleFiles files;
        QVERIFY(exporttargets::generate(mssql, QStringLiteral("bundle"), &files, &error));
        // "all" leaves the compose target out and says so.
        QStringList notes;
        QVERIFY(exporttargets::generate(mssql, QStringLiteral("all"), &files, &error, &notes));
        QVERIFY2(notes.join(QLatin1Char('\n')).contains(QLatin1String("compose")),
                 qPrintable(notes.join(QLatin1Char(' '))));
        QVERIFY(std::none_of(files.begin(), files.end(), [](const BundleFile &f) {
            return f.path.contains(QLatin1String("/compose/"));
        }));
    }

    void cliTargets()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("d.apimtopo"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("APIM_ENCRYPTION_KEY"), Key);
        const QString cli = QStringLiteral(APIM_CLI_PATH);
        QCOMPARE(run(cli, {QStringLiteral("new"), QStringLiteral("gw-cp-tm"), QStringLiteral("-o"), project},
                     {}, env)
                     .code,
                 0);
        for (const QString &bad : {QStringLiteral("nope")}) {
            const Run r = run(cli, {QStringLiteral("export"), project, QStringLiteral("-o"),
                                    dir.filePath(QStringLiteral("x/")), QStringLiteral("--target"), bad});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(exporttargets::choices().join(QLatin1String(", "))), qPrintable(r.err));
        }
        const Run ok = run(cli, {QStringLiteral("export"), project, QStringLiteral("-o"),
                                 dir.filePath(QStringLiteral("c/")), QStringLiteral("--target"),
                                 QStringLiteral("compose")});
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        QVERIFY(!ok.out.contains(Key) && !ok.err.contains(Key));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("c/gw-cp-tm/compose/docker-compose.yml"))));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("c/gw-cp-tm/README.md"))));
        const Run deflt = run(cli, {QStringLiteral("export"), project, QStringLiteral("-o"),
                                    dir.filePath(QStringLiteral("b/"))});
        QCOMPARE(deflt.code, 0);
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("b/gw-cp-tm/README.md"))));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("b/gw-cp-tm/compose"))));
    }
};

QTEST_MAIN(TestCompose)
#include "tst_compose.moc"
