// The Helm target, proven with the real `helm` (v3, offline `helm template`) and the
// helm-apim charts of the design's version (tests/data/helm-apim): every values file
// renders; the deployment.toml files the charts render pass the designer's own review,
// and every URL between nodes names a Service the charts create and resolves to the
// nodes of that release. Also: refused designs, "all" skipping what it cannot write,
// install order, shellcheck, and same design, same bytes.
#include "encryptionkey.h"
#include "endpoints.h"
#include "exporttargets.h"
#include "exporttestutil.h"
#include "generators.h"
#include "helm.h"
#include "importer.h"
#include "review.h"
#include "servicenames.h"
#include "templates.h"
#include "testutil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace apim;

namespace {

using exporttest::designOf;
using exporttest::Key;
using exporttest::pattern;
using exporttest::Run;

struct Case
{
    const char *label;
    PatternOptions options;
};

QList<Case> cases()
{
    return {
        {"gw-cp-tm-km 4.5 HA", pattern("gw-cp-tm-km", "4.5.0", 2, 2, 2, 2, 0)},
        {"gw-cp-tm 4.6 single", pattern("gw-cp-tm", "4.6.0", 1, 1, 1, 0, 0)},
        {"gw-cp-tm 4.7 HA, five gateways", pattern("gw-cp-tm", "4.7.0", 5, 2, 2, 0, 0)},
        {"gw-cp-tm-km 4.7", pattern("gw-cp-tm-km", "4.7.0", 3, 2, 1, 1, 0)},
        {"gw-cp-tm 4.5 single", pattern("gw-cp-tm", "4.5.0", 1, 1, 1, 0, 0)},
        {"aio-gw 4.6", pattern("aio-gw", "4.6.0", 2, 0, 0, 0, 1)},
        {"aio-ha 4.7", pattern("aio-ha", "4.7.0", 0, 0, 0, 0, 2)},
    };
}

Run run(const QString &program, const QStringList &args)
{
    return exporttest::run(program, args);
}

QString helmExe()
{
    return QStandardPaths::findExecutable(QStringLiteral("helm"));
}

QString chartsOf(const Design &d)
{
    const ApimVersion v = ApimVersion::parse(d.settings.apimVersion);
    return testutil::dataPath(QStringLiteral("helm-apim/%1.%2.x").arg(v.major).arg(v.minor));
}

bool writeFiles(const BundleFiles &files, const QString &root)
{
    for (const BundleFile &f : files) {
        const QString path = root + QLatin1Char('/') + f.path;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(f.data) != f.data.size())
            return false;
    }
    return true;
}

// The charts' server_role on the gateway and traffic manager pods: a defect of the charts
// themselves (facts sheet §1.2 [flag]), which the review rightly reports and no value can change.
bool chartServerRole(const Finding &f)
{
    return f.rule == QLatin1String("version-topology") && f.message.contains(QLatin1String("server_role")) &&
           (f.message.contains(QLatin1String("\"gateway-worker\"")) ||
            f.message.contains(QLatin1String("\"traffic-manager\"")));
}

} // namespace

class TstHelm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (helmExe().isEmpty())
            QFAIL("helm v3 is required (packaging/install-deps.sh installs it)");
        const Run v = run(helmExe(), {QStringLiteral("version"), QStringLiteral("--short")});
        QVERIFY2(v.code == 0 && v.out.startsWith(QLatin1String("v3.")), qPrintable(v.out + v.err));
    }

    void serviceNames()
    {
        using servicenames::parse;
        QCOMPARE(parse(QStringLiteral("apim-acp-wso2am-acp-1-service")).fullname,
                 QStringLiteral("apim-acp-wso2am-acp"));
        QCOMPARE(parse(QStringLiteral("apim-acp-wso2am-acp-2-service.apim.svc")).instance, 2);
        QCOMPARE(parse(QStringLiteral("apim-tm-wso2am-tm-service")).instance, 0);
        QCOMPARE(parse(QStringLiteral("apim-wso2am-all-in-one-am-service-1")).fullname,
                 QStringLiteral("apim-wso2am-all-in-one"));
        QCOMPARE(parse(QStringLiteral("apim-wso2am-all-in-one-am-service-1")).instance, 1);
        QCOMPARE(parse(QStringLiteral("apim-wso2am-all-in-one-am-service")).fullname,
                 QStringLiteral("apim-wso2am-all-in-one"));
        QVERIFY(!parse(QStringLiteral("cp.wso2.com")).valid);
        QVERIFY(!parse(QStringLiteral("-service")).valid);
    }

    void rendersAndReviews_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < cases().size(); ++i)
            QTest::newRow(cases().at(i).label) << i;
    }

    void rendersAndReviews()
    {
        QFETCH(int, index);
        const Design design = designOf(cases().at(index).options);
        QCOMPARE(helm::refusal(design), QString());
        const helm::Plan plan = helm::plan(design);
        QTemporaryDir dir;
        QVERIFY(writeFiles(helm::helmFiles(design), dir.path()));

        // Every values file renders with its chart; the pods' files go to folders named after
        // the Service that reaches each pod, as the other pods' URLs name it.
        QSet<QString> services;
        const QString tomls = dir.filePath(QStringLiteral("pods"));
        for (const helm::Release &r : plan.releases) {
            const Run t =
                run(helmExe(),
                    {QStringLiteral("template"), r.name, chartsOf(design) + QLatin1Char('/') + r.chartFolder,
                     QStringLiteral("-f"), dir.filePath(QStringLiteral("values/%1.yaml").arg(r.name))});
            QVERIFY2(t.code == 0, qPrintable(r.name + QLatin1String(": ") + t.err));
            const QString manifest = dir.filePath(r.name + QStringLiteral(".manifest.yaml"));
            QVERIFY(writeFiles({{QFileInfo(manifest).fileName(), t.out.toUtf8()}}, dir.path()));
            const Run py = run(QStringLiteral("python3"),
                               {testutil::dataPath(QStringLiteral("helm-apim/pods.py")), manifest});
            QVERIFY2(py.code == 0, qPrintable(py.err));
            const QJsonObject o = QJsonDocument::fromJson(py.out.toUtf8()).object();
            for (const QJsonValue &s : o.value(QLatin1String("services")).toArray())
                services.insert(s.toString());
            QVERIFY(services.contains(r.service()));
            const QJsonArray pods = o.value(QLatin1String("pods")).toArray();
            // Two-instance charts run one Deployment per instance; gateways scale by replicas.
            QCOMPARE(pods.size(), r.script == QLatin1String("gateway")       ? 1
                                  : r.script == QLatin1String("key-manager") ? 1
                                                                             : r.nodes.size());
            if (r.script == QLatin1String("gateway"))
                QVERIFY(t.out.contains(QStringLiteral("replicas: %1\n").arg(r.nodes.size())));
            for (const QJsonValue &p : pods) {
                const QString service = p[QLatin1String("service")].toString();
                QVERIFY2(!service.isEmpty(), qPrintable(r.name));
                QVERIFY(writeFiles({{service + QStringLiteral("/deployment.toml"),
                                     p[QLatin1String("toml")].toString().toUtf8()}},
                                   tomls));
            }
        }

        Design imported;
        Findings notes;
        ImportedFiles files;
        QString error;
        QVERIFY2(importConfigs({tomls}, &imported, &notes, &error, &files), qPrintable(error));
        QStringList bad;
        for (const Finding &f : reviewImport(imported, files, notes)) {
            if (f.severity == Severity::Error && !chartServerRole(f))
                bad.append(QStringLiteral("%1:%2 [%3] %4").arg(f.file).arg(f.line).arg(f.rule, f.message));
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));

        // Every URL from one pod to another names a rendered Service and resolves to the
        // nodes of that release (instance services to the one pod).
        const endpoints::HostIndex hosts(imported.topology);
        int checked = 0;
        for (const ImportedFile &file : files) {
            const Node *from = imported.topology.node(file.node);
            QVERIFY(from);
            for (const endpoints::Use &use : endpoints::collect(file.table)) {
                const QString host = use.url.host;
                if (!endpoints::isRealHost(host) || use.purpose == endpoints::Purpose::GatewayTraffic)
                    continue; // ingress host names the clients use
                const servicenames::HelmService target = servicenames::parse(host);
                if (!target.valid)
                    continue;
                ++checked;
                QVERIFY2(services.contains(host), qPrintable(file.path + QLatin1String(": ") + host));
                const endpoints::Target t = endpoints::resolve(imported.topology, hosts, *from, use.url);
                QVERIFY2(t.kind == endpoints::Target::Nodes || t.kind == endpoints::Target::Self ||
                             t.kind == endpoints::Target::Balancer,
                         qPrintable(file.path + QLatin1String(": ") + use.key + QLatin1String(" ") + host));
                for (const Node *n : t.nodes)
                    QCOMPARE(servicenames::parse(n->name()).fullname, target.fullname);
            }
        }
        QVERIFY(checked > 0 || plan.releases.size() == 1);
    }

    void installOrderAndShell_data() { rendersAndReviews_data(); }

    void installOrderAndShell()
    {
        QFETCH(int, index);
        const Design design = designOf(cases().at(index).options);
        const helm::Plan plan = helm::plan(design);
        const QString install = QString::fromUtf8(helm::installScript(design, plan));
        // ACP (or all-in-one), then TM, KM, gateways; each `--wait`s before the next.
        const QStringList order{QStringLiteral("wso2am-all-in-one"), QStringLiteral("wso2am-acp"),
                                QStringLiteral("wso2am-tm"), QStringLiteral("wso2am-km"),
                                QStringLiteral("wso2am-universal-gw")};
        qsizetype last = -1;
        for (const helm::Release &r : plan.releases) {
            const qsizetype at = install.indexOf(QStringLiteral("\nrelease %1 %2 ").arg(r.name, r.chart));
            QVERIFY2(at > last, qPrintable(r.name));
            last = at;
            QVERIFY(order.indexOf(r.chart) >= 0);
        }
        QVERIFY(install.contains(QLatin1String("--wait")));
        const QString shellcheck = QStandardPaths::findExecutable(QStringLiteral("shellcheck"));
        QVERIFY(!shellcheck.isEmpty());
        QTemporaryDir dir;
        QVERIFY(writeFiles(helm::helmFiles(design), dir.path()));
        for (const QString &script : {QStringLiteral("install.sh"), QStringLiteral("create-secrets.sh")}) {
            const Run sc =
                run(shellcheck, {QStringLiteral("-s"), QStringLiteral("sh"), dir.filePath(script)});
            QVERIFY2(sc.code == 0, qPrintable(script + QLatin1Char('\n') + sc.out));
        }
        // The 4.7 encryption key: one secret key, named by every chart.
        const QString secrets = QString::fromUtf8(helm::secretsScript(design, plan));
        const bool encryption = ApimVersion::parse(design.settings.apimVersion).symmetricEncryption();
        QCOMPARE(secrets.contains(Key), encryption);
        for (const helm::Release &r : plan.releases)
            QCOMPARE(helm::values(design, plan, r).contains("encryptionKeyKey: \"encryption-key\""),
                     encryption);
    }

    void refusals()
    {
        const auto why = [](const PatternOptions &o) { return helm::refusal(designOf(o)); };
        QVERIFY(why(pattern("gw-cp-tm", "4.4.0", 1, 1, 1, 0, 0)).contains(QLatin1String("4.4.0")));
        QVERIFY(why(pattern("gw-cp-tm", "4.7.0", 1, 3, 1, 0, 0)).contains(QLatin1String("wso2am-acp")));
        QVERIFY(why(pattern("gw-cp-tm", "4.6.0", 1, 1, 3, 0, 0)).contains(QLatin1String("wso2am-tm")));
        const QString is7 =
            why(pattern("gw-cp-tm", "4.7.0", 1, 1, 1, 0, 0, KeyManagerChoice::IdentityServer));
        QVERIFY2(is7.contains(QLatin1String("no chart")), qPrintable(is7));
        QVERIFY(helm::helmFiles(designOf(pattern("gw-cp-tm", "4.4.0", 1, 1, 1, 0, 0))).isEmpty());
        // A value the charts write unescaped into deployment.toml.
        Design quoted = designOf(pattern("gw-cp-tm", "4.7.0", 1, 1, 1, 0, 0));
        const Node *db = quoted.topology.nodesWith(&KindTraits::database).first();
        quoted.topology.mutableNode(db->id)->values.insert(Field::ApimDbUser, QStringLiteral("ap\"im"));
        QVERIFY2(helm::refusal(quoted).contains(QLatin1String("unquoted")),
                 qPrintable(helm::refusal(quoted)));
        Design control = designOf(pattern("gw-cp-tm", "4.6.0", 1, 1, 1, 0, 0));
        control.settings.environments.first().description = QStringLiteral("two\nlines");
        QVERIFY2(helm::refusal(control).contains(QLatin1String("control character")),
                 qPrintable(helm::refusal(control)));

        // "helm" alone fails with the reason; "all" writes the rest and says what it skipped.
        const Design old = designOf(pattern("gw-cp-tm", "4.4.0", 1, 1, 1, 0, 0));
        BundleFiles files;
        QString error;
        QVERIFY(!exporttargets::generate(old, QStringLiteral("helm"), &files, &error));
        QVERIFY2(error.contains(QLatin1String("helm")) && error.contains(QLatin1String("4.4.0")),
                 qPrintable(error));
        QStringList notes;
        QVERIFY2(exporttargets::generate(old, QStringLiteral("all"), &files, &error, &notes),
                 qPrintable(error));
        QVERIFY2(notes.join(QLatin1Char(' ')).contains(QLatin1String("helm")),
                 qPrintable(notes.join(QLatin1Char(' '))));
        QVERIFY(std::none_of(files.begin(), files.end(),
                             [](const BundleFile &f) { return f.path.contains(QLatin1String("/helm/")); }));
        QVERIFY(!files.isEmpty());
    }

    void cliTarget()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("d.apimtopo"));
        const QString cli = QStringLiteral(APIM_CLI_PATH);
        QCOMPARE(run(cli, {QStringLiteral("new"), QStringLiteral("gw-cp-tm"), QStringLiteral("--version"),
                           QStringLiteral("4.4.0"), QStringLiteral("-o"), project})
                     .code,
                 0);
        const Run all = run(cli, {QStringLiteral("export"), project, QStringLiteral("-o"),
                                  dir.filePath(QStringLiteral("all/")), QStringLiteral("--target"),
                                  QStringLiteral("all")});
        QVERIFY2(all.code == 0, qPrintable(all.err));
        QVERIFY2(all.err.contains(QLatin1String("note:")) && all.err.contains(QLatin1String("helm")),
                 qPrintable(all.err));
        const Run only = run(cli, {QStringLiteral("export"), project, QStringLiteral("-o"),
                                   dir.filePath(QStringLiteral("helm/")), QStringLiteral("--target"),
                                   QStringLiteral("helm")});
        QVERIFY(only.code != 0);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("helm"))));
    }

    void sameDesignSameBytes()
    {
        for (const Case &c : cases()) {
            const BundleFiles a = helm::helmFiles(designOf(c.options));
            const BundleFiles b = helm::helmFiles(designOf(c.options));
            QVERIFY(!a.isEmpty());
            QCOMPARE(a.size(), b.size());
            for (qsizetype i = 0; i < a.size(); ++i) {
                QCOMPARE(a[i].path, b[i].path);
                QCOMPARE(a[i].data, b[i].data);
                QCOMPARE(a[i].mode(), b[i].mode());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TstHelm)
#include "tst_helm.moc"
