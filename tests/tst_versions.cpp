// API-M 4.0 to 4.7 as registry data: databases, gateway ids, the shipped
// "Default" environment, the 4.7 encryption key, start scripts, and the version
// x topology rule that refuses what a version cannot run (each with its message).
#include "encryptionkey.h"
#include "generators.h"
#include "generatorutil.h"
#include "importer.h"
#include "projectfile.h"
#include "review.h"
#include "secretsource.h"
#include "templates.h"
#include "testutil.h"
#include "tomlkeys.h"
#include "validation.h"

#include <QProcess>
#include <QTemporaryDir>

#include <QRegularExpression>
#include <QTest>

using namespace apim;

namespace {

Design seedHa(const QString &version)
{
    Design d;
    QString error;
    if (!Templates::create(QStringLiteral("gw-cp-ha"), 2, 2, &d, &error))
        qFatal("%s", qPrintable(error));
    d.settings.apimVersion = version;
    return d;
}

QList<const Node *> nodesOf(const Design &d, NodeKind kind)
{
    return d.topology.nodesOfKind(kind);
}

const Node *firstOf(const Design &d, NodeKind kind)
{
    const QList<const Node *> all = nodesOf(d, kind);
    return all.isEmpty() ? nullptr : all.first();
}

Findings versionErrors(const Findings &all)
{
    Findings out;
    for (const Finding &f : all) {
        if (f.rule == rule::VersionTopology) {
            if (f.severity != Severity::Error)
                qFatal("version-topology must be an error");
            out.append(f);
        }
    }
    return out;
}

QString describe(const Findings &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines.append(QStringLiteral("%1 %2: %3 / %4").arg(f.rule, f.nodeName, f.message, f.hint));
    return lines.join(QLatin1Char('\n'));
}

bool hasMessage(const Findings &findings, const QString &nodeName, const QString &message,
                const QString &hint)
{
    for (const Finding &f : findings) {
        if (f.nodeName == nodeName && f.message.contains(message) && f.hint.contains(hint))
            return true;
    }
    return false;
}

Node extraNode(Design &d, NodeKind kind, const QString &name)
{
    Node n;
    n.id = d.topology.allocateNodeId();
    n.kind = kind;
    n.values = SchemaRegistry::instance().defaults(kind);
    n.values.insert(Field::Name, name);
    n.values.insert(Field::Hostname, name + QStringLiteral(".internal"));
    d.topology.insertNode(d.topology.nodes().size(), n);
    return n;
}

QString stringAtPath(const TomlTable &t, const char *key)
{
    const TomlValue *v = t.findPath(tomlkey::path(key));
    return v && v->isString() ? v->toString() : QString();
}

} // namespace

class TestVersions : public QObject
{
    Q_OBJECT

private slots:
    // Which kind names which database, per version (kindfacts.cpp follows the shipped packs).
    void databasesPerVersion_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("apimDb");
        QTest::addColumn<bool>("sharedDb");
        const int gw = int(NodeKind::Gateway), cp = int(NodeKind::ControlPlane),
                  tm = int(NodeKind::TrafficManager), km = int(NodeKind::KeyManager),
                  aio = int(NodeKind::AllInOne);
        QTest::newRow("gw 4.4") << gw << "4.4.0" << false << true;
        QTest::newRow("gw 4.6") << gw << "4.6.0" << false << true;
        QTest::newRow("gw 4.7") << gw << "4.7.0" << false << false;
        QTest::newRow("tm 4.4") << tm << "4.4.0" << true << true;
        QTest::newRow("tm 4.5") << tm << "4.5.0" << true << true;
        QTest::newRow("tm 4.6") << tm << "4.6.0" << true << true;
        QTest::newRow("tm 4.7") << tm << "4.7.0" << false << false;
        QTest::newRow("cp 4.7") << cp << "4.7.0" << true << true;
        QTest::newRow("km 4.7") << km << "4.7.0" << true << true;
        QTest::newRow("aio 4.7") << aio << "4.7.0" << true << true;
    }

    void databasesPerVersion()
    {
        QFETCH(int, kind);
        QFETCH(QString, version);
        QFETCH(bool, apimDb);
        QFETCH(bool, sharedDb);
        const ApimVersion v = ApimVersion::parse(version);
        QCOMPARE(genutil::needsApimDb(NodeKind(kind), v), apimDb);
        QCOMPARE(genutil::needsSharedDb(NodeKind(kind), v), sharedDb);
    }

    // A 4.7 gateway names no database and gets no grant; the control planes keep both.
    void databaseFilesFollowTheVersion()
    {
        Design d = seedHa(QStringLiteral("4.7.0"));
        d.settings.encryptionKey = newEncryptionKey();
        const Node *gw = firstOf(d, NodeKind::Gateway);
        const Node *cp = firstOf(d, NodeKind::ControlPlane);
        QVERIFY(!deploymentToml(d, *gw).findPath(tomlkey::path(tomlkey::Database)));
        QVERIFY(deploymentToml(d, *cp).findPath(tomlkey::path(tomlkey::ApimDb)));
        QVERIFY(deploymentToml(d, *cp).findPath(tomlkey::path(tomlkey::SharedDb)));
        const QString sql = QString::fromUtf8(databaseScript(d, *firstOf(d, NodeKind::Database)));
        QVERIFY2(!sql.contains(gw->name()), qPrintable(sql));
        QVERIFY2(!sql.contains(gw->hostname()), qPrintable(sql));
        QVERIFY(sql.contains(cp->hostname()));
        // No error for the gateway's missing database link either.
        Design unlinked = d;
        const Node *db = unlinked.topology.databaseOf(gw->id);
        QVERIFY(db);
        unlinked.topology.takeLink(unlinked.topology.findLink(gw->id, db->id)->id);
        for (const Finding &f : validateDesign(unlinked))
            QVERIFY2(!(f.rule == QLatin1String("missing-database") && f.node == gw->id),
                     qPrintable(f.message));

        d.settings.apimVersion = QStringLiteral("4.4.0");
        const QString sql44 = QString::fromUtf8(databaseScript(d, *firstOf(d, NodeKind::Database)));
        QVERIFY(sql44.contains(gw->hostname()));
        QVERIFY(deploymentToml(d, *gw).findPath(tomlkey::path(tomlkey::SharedDb)));
        QVERIFY(!deploymentToml(d, *gw).findPath(tomlkey::path(tomlkey::ApimDb)));
    }

    // 4.5+: every gateway names itself, uniquely; before 4.5 no gateway_id is written.
    void gatewayIds()
    {
        Design d;
        QString error;
        QVERIFY(Templates::create(QStringLiteral("gw-cp-ha"), 3, 2, &d, &error));
        for (const Node *gw : nodesOf(d, NodeKind::Gateway))
            QVERIFY(!deploymentToml(d, *gw).findPath(tomlkey::path(tomlkey::GatewayNotificationId)));
        d.settings.apimVersion = QStringLiteral("4.5.0");
        QStringList ids;
        for (const Node *gw : nodesOf(d, NodeKind::Gateway)) {
            const QString id = stringAtPath(deploymentToml(d, *gw), tomlkey::GatewayNotificationId);
            QCOMPARE(id, gw->name());
            QVERIFY(!ids.contains(id));
            ids.append(id);
        }
        QCOMPARE(ids.size(), 3);
        for (const Node *cp : nodesOf(d, NodeKind::ControlPlane))
            QVERIFY(!deploymentToml(d, *cp).findPath(tomlkey::path(tomlkey::GatewayNotificationId)));
    }

    // The 4.6+ pack's active "Default" environment is replaced, never doubled: not by kept
    // keys holding the shipped block beside the real one, nor by an import of such a file.
    void oneDefaultEnvironment()
    {
        Design d = seedHa(QStringLiteral("4.6.0"));
        Node *cp = d.topology.mutableNode(firstOf(d, NodeKind::ControlPlane)->id);
        cp->extraToml = QStringLiteral("[[apim.gateway.environment]]\n"
                                       "name = \"Default\"\n"
                                       "service_url = \"https://localhost:9443/services/\"\n"
                                       "[[apim.gateway.environment]]\n"
                                       "name = \"Default\"\n"
                                       "service_url = \"https://gw.wso2.com/services/\"\n"
                                       "[[apim.gateway.environment]]\n"
                                       "name = \"Internal\"\n"
                                       "service_url = \"https://internal.wso2.com/services/\"\n");
        const TomlTable t = deploymentToml(d, *cp);
        const TomlValue *envs = t.findPath(tomlkey::path(tomlkey::GatewayEnvironments));
        QVERIFY(envs && envs->isArrayOfTables());
        QStringList names;
        for (const TomlValue &e : envs->array())
            names.append(e.table()->find(QStringLiteral("name"))->toString());
        QCOMPARE(names, (QStringList{QStringLiteral("Default"), QStringLiteral("Internal")}));
        QCOMPARE(envs->array().first().table()->find(QStringLiteral("service_url"))->toString(),
                 QStringLiteral("https://gw.wso2.com/services/"));

        // An imported control plane file with the shipped localhost block and the user's own "Default".
        Design plain = seedHa(QStringLiteral("4.6.0"));
        const Node *plainCp = firstOf(plain, NodeKind::ControlPlane);
        QByteArray text = deploymentTomlText(plain, *plainCp);
        const QByteArray shipped = "[[apim.gateway.environment]]\nname = \"Default\"\ntype = \"hybrid\"\n"
                                   "service_url = \"https://localhost:9443/services/\"\n"
                                   "http_endpoint = \"http://localhost:8280\"\n\n";
        const qsizetype at = text.indexOf("[[apim.gateway.environment]]");
        QVERIFY(at > 0);
        text.insert(at, shipped);
        ImportedFiles files;
        for (const Node &n : plain.topology.nodes()) {
            if (!SchemaRegistry::instance().kind(n.kind).apimNode)
                continue;
            ImportedFile f;
            f.namingPath = n.name() + QStringLiteral("/repository/conf/deployment.toml");
            f.path = f.namingPath;
            f.text = n.id == plainCp->id ? text : deploymentTomlText(plain, n);
            f.parsed = readToml(f.text, f.path, &f.table, &f.error);
            QVERIFY(f.parsed);
            files.append(f);
        }
        Design imported;
        Findings findings;
        importFiles(&files, &imported, &findings);
        const Node *importedCp = imported.topology.nodeByName(plainCp->name());
        QVERIFY(importedCp);
        int defaults = 0;
        const TomlTable regenerated = deploymentToml(imported, *importedCp);
        const TomlValue *list = regenerated.findPath(tomlkey::path(tomlkey::GatewayEnvironments));
        QVERIFY(list);
        for (const TomlValue &e : list->array())
            defaults += e.table()->find(QStringLiteral("name"))->toString() == QLatin1String("Default");
        QCOMPARE(defaults, 1);
    }

    // 4.7: one key per design, the same in every node's file, a secret everywhere.
    void encryptionKey()
    {
        const QString key = newEncryptionKey();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(key).hasMatch());
        QVERIFY(key != newEncryptionKey());

        Design d = seedHa(QStringLiteral("4.4.0"));
        QVERIFY(!ensureEncryptionKey(&d.settings)); // 4.4 has none
        QVERIFY(d.settings.encryptionKey.isEmpty());
        d.settings.apimVersion = QStringLiteral("4.7.0");
        QVERIFY(ensureEncryptionKey(&d.settings));
        const QString made = d.settings.encryptionKey;
        QVERIFY(!ensureEncryptionKey(&d.settings)); // once
        QCOMPARE(d.settings.encryptionKey, made);

        int files = 0;
        for (const Node &n : d.topology.nodes()) {
            if (!SchemaRegistry::instance().kind(n.kind).apimNode)
                continue;
            QCOMPARE(stringAtPath(deploymentToml(d, n), tomlkey::EncryptionKey), made);
            ++files;
        }
        QCOMPARE(files, 4);

        // Secure vault: an alias in the file, the key in [secrets] for the cipher tool.
        d.settings.secureVault = true;
        const TomlTable vaulted = deploymentToml(d, *firstOf(d, NodeKind::Gateway));
        QCOMPARE(stringAtPath(vaulted, tomlkey::EncryptionKey), QStringLiteral("$secret{encryption_key}"));
        QCOMPARE(vaulted.findPath({QStringLiteral("secrets"), QStringLiteral("encryption_key")})->toString(),
                 QLatin1Char('[') + made + QLatin1Char(']'));
        d.settings.secureVault = false;

        // The project file keeps it only when it stores passwords; else APIM_ENCRYPTION_KEY supplies it.
        const QByteArray stored = ProjectFile::serialize(d);
        QVERIFY(stored.contains(made.toLatin1()));
        Design noSecrets = d;
        noSecrets.settings.storePasswords = false;
        QVERIFY(!ProjectFile::serialize(noSecrets).contains(made.toLatin1()));
        Design back;
        TomlError e;
        QVERIFY(
            ProjectFile::parse(ProjectFile::serialize(noSecrets), QStringLiteral("x.apimtopo"), &back, &e));
        QVERIFY(back.settings.encryptionKey.isEmpty());
        QVERIFY(!ensureEncryptionKey(&back.settings)); // would be lost again: the environment gives it
        QProcessEnvironment env;
        env.insert(QStringLiteral("APIM_ENCRYPTION_KEY"), made);
        for (const SecretSlot &slot : secretSlots(back)) {
            if (slot.variable != QLatin1String("APIM_ENCRYPTION_KEY"))
                env.insert(slot.variable, QStringLiteral("x"));
        }
        QVERIFY(fillSecretsFromEnvironment(&back, env).isEmpty());
        QCOMPARE(back.settings.encryptionKey, made);
        bool slotAt44 = false;
        for (const SecretSlot &slot : secretSlots(seedHa(QStringLiteral("4.4.0"))))
            slotAt44 = slotAt44 || slot.variable == QLatin1String("APIM_ENCRYPTION_KEY");
        QVERIFY(!slotAt44);
    }

    // A project file written before the key existed loads, and gets its key at the first export.
    void olderProjectFileGetsAKey()
    {
        Design d = seedHa(QStringLiteral("4.7.0"));
        QByteArray text = ProjectFile::serialize(d);
        QVERIFY(text.contains("encryption_key = \"\""));
        text.replace("encryption_key = \"\"\n", "");
        Design back;
        TomlError e;
        QVERIFY2(ProjectFile::parse(text, QStringLiteral("old.apimtopo"), &back, &e),
                 qPrintable(e.toString()));
        QVERIFY(back.settings.encryptionKey.isEmpty());
        const QString noKey = QStringLiteral("one symmetric key that every node must share");
        QVERIFY(hasMessage(versionErrors(validateDesign(back)), QString(), noKey, QString())); // refused
        QVERIFY(ensureEncryptionKey(&back.settings));
        QVERIFY(!hasMessage(versionErrors(validateDesign(back)), QString(), noKey, QString()));
    }

    // The CLI makes the key with `new` and keeps it; export never prints it.
    void cliNeverShowsTheKey()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("d.apimtopo"));
        QProcess cli;
        cli.start(QStringLiteral(APIM_CLI_PATH),
                  {QStringLiteral("new"), QStringLiteral("gw-cp"), QStringLiteral("-o"), project});
        QVERIFY(cli.waitForFinished());
        QCOMPARE(cli.exitCode(), 0);
        Design d;
        TomlError e;
        QVERIFY(ProjectFile::load(project, &d, &e));
        d.settings.apimVersion = QStringLiteral("4.7.0");
        QString error;
        QVERIFY(ProjectFile::save(project, d, &error));
        cli.start(QStringLiteral(APIM_CLI_PATH),
                  {QStringLiteral("export"), project, QStringLiteral("-o"),
                   dir.filePath(QStringLiteral("out/")), QStringLiteral("--ignore-errors")});
        QVERIFY(cli.waitForFinished());
        const QByteArray output = cli.readAllStandardOutput() + cli.readAllStandardError();
        QVERIFY(ProjectFile::load(project, &d, &e));
        QCOMPARE(d.settings.encryptionKey.size(), 64);
        QVERIFY2(!output.contains(d.settings.encryptionKey.toLatin1()), output.constData());
        QVERIFY2(output.contains("encryption key"), output.constData());
    }

    // ---- version x topology: each refused combination, with its reason and way out

    // The case: gw-cp-ha switched to 4.5 validated with 0 errors. Now it is refused.
    void controlPlaneWithoutTrafficManager_data()
    {
        QTest::addColumn<QString>("version");
        for (const char *v : {"4.5.0", "4.6.0", "4.7.0"})
            QTest::newRow(v) << QString::fromLatin1(v);
    }

    void controlPlaneWithoutTrafficManager()
    {
        QFETCH(QString, version);
        Design d = seedHa(version);
        d.settings.encryptionKey = newEncryptionKey();
        const Findings errors = versionErrors(checkDesign(d));
        const Node *cp = firstOf(d, NodeKind::ControlPlane);
        const Node *gw = firstOf(d, NodeKind::Gateway);
        QVERIFY2(
            hasMessage(errors, cp->name(),
                       QStringLiteral("from API-M 4.5 the control plane holds no traffic manager"),
                       QStringLiteral("Add a traffic manager node, or use all-in-one nodes with gateways")),
            qPrintable(describe(errors)));
        QVERIFY2(hasMessage(errors, gw->name(), QStringLiteral("has no node to throttle through"),
                            QStringLiteral("Link the gateway to a traffic manager")),
                 qPrintable(describe(errors)));
        QVERIFY(countFindings(validateDesign(d)).errors > 0);
    }

    // Not silently exported: the model's own checks refuse gw-cp-ha forced to 4.7.
    void seedHaAt47IsRefused()
    {
        Design d = seedHa(QStringLiteral("4.7.0"));
        QVERIFY(ensureEncryptionKey(&d.settings));
        QVERIFY(!versionErrors(validateDesign(d)).isEmpty());
        // What the CLI's export asks before writing anything.
        QVERIFY(countFindings(checkDesign(d)).errors > 0);
    }

    void seedPatternsFitTheirVersions()
    {
        for (const char *v : {"4.1.0", "4.2.0", "4.3.0", "4.4.0"}) {
            const Design d = seedHa(QString::fromLatin1(v));
            QVERIFY2(versionErrors(checkDesign(d)).isEmpty(), qPrintable(describe(checkDesign(d))));
        }
    }

    void keyValueStoreBefore46()
    {
        Design d = seedHa(QStringLiteral("4.5.0"));
        d.settings.apimVersion = QStringLiteral("4.4.0");
        const Node kv = extraNode(d, NodeKind::KeyValueStore, QStringLiteral("redis"));
        QVERIFY2(hasMessage(
                     versionErrors(validateDesign(d)), kv.name(),
                     QStringLiteral("distributed throttling over Redis or Valkey only exists from API-M 4.6"),
                     QStringLiteral("Choose API-M 4.6 or later")),
                 qPrintable(describe(validateDesign(d))));
        d.settings.apimVersion = QStringLiteral("4.6.0");
        for (const Finding &f : versionErrors(validateDesign(d)))
            QVERIFY2(f.node != kv.id, qPrintable(f.message));
    }

    void oneKeyValueStore()
    {
        Design d = seedHa(QStringLiteral("4.6.0"));
        extraNode(d, NodeKind::KeyValueStore, QStringLiteral("redis-1"));
        const Node second = extraNode(d, NodeKind::KeyValueStore, QStringLiteral("redis-2"));
        const Findings errors = versionErrors(validateDesign(d));
        QVERIFY2(hasMessage(errors, second.name(), QStringLiteral("is a second key-value store"),
                            QStringLiteral("Keep one key-value store node")),
                 qPrintable(describe(errors)));
        QVERIFY(!hasMessage(errors, QStringLiteral("redis-1"), QStringLiteral("second"), QString()));
    }

    void identityServerBefore44()
    {
        Design d = seedHa(QStringLiteral("4.3.0"));
        const Node is = extraNode(d, NodeKind::IdentityServer, QStringLiteral("is7"));
        QVERIFY2(hasMessage(versionErrors(validateDesign(d)), is.name(),
                            QStringLiteral("supports as key manager only from 4.4"),
                            QStringLiteral("Choose API-M 4.4 or later")),
                 qPrintable(describe(validateDesign(d))));
        d.settings.apimVersion = QStringLiteral("4.4.0");
        QVERIFY(versionErrors(validateDesign(d)).isEmpty());
    }

    // A kept server_role of the 4.4 profile model on a 4.5+ node: that profile is gone.
    void profileThatNoLongerExists()
    {
        Design d = seedHa(QStringLiteral("4.4.0"));
        Node *gw = d.topology.mutableNode(firstOf(d, NodeKind::Gateway)->id);
        gw->extraToml = QStringLiteral("[server]\nserver_role = \"gateway-worker\"\n");
        QVERIFY(versionErrors(validateDesign(d)).isEmpty()); // what 4.4 writes anyway
        d.settings.apimVersion = QStringLiteral("4.5.0");
        QVERIFY2(hasMessage(versionErrors(validateDesign(d)), gw->name(),
                            QStringLiteral("keeps server_role \"gateway-worker\", a profile"),
                            QStringLiteral("Remove server_role from the node's kept TOML")),
                 qPrintable(describe(validateDesign(d))));
    }

    void encryptionKeyMissingOrMalformed()
    {
        Design d = seedHa(QStringLiteral("4.7.0"));
        QVERIFY(hasMessage(versionErrors(validateDesign(d)), QString(),
                           QStringLiteral("one symmetric key that every node must share"),
                           QStringLiteral("APIM_ENCRYPTION_KEY")));
        d.settings.encryptionKey = QStringLiteral("not-hex");
        QVERIFY(hasMessage(versionErrors(validateDesign(d)), QString(),
                           QStringLiteral("not 64 hexadecimal characters"), QStringLiteral("Clear it")));
        d.settings.encryptionKey = QStringLiteral("$secret{encryption_key}"); // an imported vault alias
        QVERIFY(!hasMessage(versionErrors(validateDesign(d)), QString(), QStringLiteral("hexadecimal"),
                            QString()));
    }

    // ELK analytics exists from 4.2; cloud analytics fits every version (Choreo up to 4.5,
    // Moesif from 4.6, chosen by the generator), and off never needs one.
    void analyticsModeAgainstVersion()
    {
        for (const QString &version : ApimVersion::supported()) {
            Design d = seedHa(QStringLiteral("4.4.0"));
            d.settings.apimVersion = version;
            ensureEncryptionKey(&d.settings);
            const int minor = ApimVersion::parse(version).minor;
            for (const QString &mode : AnalyticsMode::all()) {
                d.settings.analytics.mode = mode;
                const bool elkTooOld = mode == AnalyticsMode::Elk && minor < 2;
                QVERIFY2(hasMessage(versionErrors(validateDesign(d)), QString(),
                                    QStringLiteral("log analytics for ELK, which API-M only offers from 4.2"),
                                    QStringLiteral("Choose API-M 4.2 or later")) == elkTooOld,
                         qPrintable(version + QLatin1Char(' ') + mode + QLatin1Char('\n') +
                                    describe(validateDesign(d))));
            }
        }
    }

    // A kind with no release in a version would be refused; the registry has none such in
    // 4.0-4.7, so the rule stays silent for every API-M kind in every supported version.
    void everyApimKindHasARelease()
    {
        for (const KindSpec &k : SchemaRegistry::instance().kinds()) {
            for (const QString &v : ApimVersion::supported())
                QCOMPARE(SchemaRegistry::instance().release(k.kind, ApimVersion::parse(v)) != nullptr,
                         k.apimNode);
        }
    }

    // ---- start scripts follow the release table for every kind and version

    void startScripts_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("script"); // bin/<script>.sh, bin\\<script>.bat
        QTest::addColumn<QString>("args");   // after it, e.g. " -Dprofile=gateway-worker"
        struct Row
        {
            NodeKind kind;
            const char *profile; // 4.1-4.4
            const char *script;  // 4.5+
        };
        const Row rows[] = {
            {NodeKind::Gateway, "gateway-worker", "gateway"},
            {NodeKind::ControlPlane, "control-plane", "api-cp"},
            {NodeKind::TrafficManager, "traffic-manager", "traffic-manager"},
            {NodeKind::KeyManager, "api-key-manager-node", "key-manager"},
            {NodeKind::AllInOne, nullptr, "api-manager"},
        };
        for (const Row &r : rows) {
            for (int minor = 1; minor <= 7; ++minor) {
                const QString v = QStringLiteral("4.%1.0").arg(minor);
                QString script = QString::fromLatin1(r.script);
                QString args;
                if (minor <= 4 && r.profile) {
                    script = QStringLiteral("api-manager");
                    // The key manager profile had another name before 4.3.
                    const QString p = r.kind == NodeKind::KeyManager && minor <= 2
                                          ? QStringLiteral("api-key-manager-deprecated")
                                          : QString::fromLatin1(r.profile);
                    args = QStringLiteral(" -Dprofile=") + p;
                }
                QTest::newRow(qPrintable(SchemaRegistry::instance().kind(r.kind).id + QLatin1Char(' ') + v))
                    << int(r.kind) << v << script << args;
            }
        }
    }

    void startScripts()
    {
        QFETCH(int, kind);
        QFETCH(QString, version);
        QFETCH(QString, script);
        QFETCH(QString, args);
        Design d;
        d.settings.apimVersion = version;
        Node n = extraNode(d, NodeKind(kind), QStringLiteral("node-1"));
        const QString sh = QString::fromUtf8(startScriptUnix(d, n));
        const QString bat = QString::fromUtf8(startScriptWindows(d, n));
        const QString shLauncher = QStringLiteral("launcher=\"$home/bin/%1.sh\"").arg(script);
        const QString shRun = QStringLiteral("exec sh \"$launcher\"%1 \"$@\"").arg(args);
        QVERIFY2(sh.contains(shLauncher) && sh.contains(shRun), qPrintable(shRun + QLatin1Char('\n') + sh));
        const QString batLauncher = QStringLiteral("set \"LAUNCHER=%HOME_DIR%\\bin\\%1.bat\"").arg(script);
        const QString batRun = QStringLiteral("call \"%LAUNCHER%\" --run%1").arg(args);
        QVERIFY2(bat.contains(batLauncher) && bat.contains(batRun),
                 qPrintable(batRun + QLatin1Char('\n') + bat));
    }
};

QTEST_MAIN(TestVersions)
#include "tst_versions.moc"
