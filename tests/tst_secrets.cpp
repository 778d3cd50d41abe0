// Secrets: secure vault output, passwords from the environment, file modes.
#include "generators.h"
#include "projectfile.h"
#include "secretsource.h"
#include "templates.h"
#include "testutil.h"
#include "tomlreader.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace apim;

class TestSecrets : public QObject
{
    Q_OBJECT

private:
    static Design ha()
    {
        Design d;
        QString error;
        Templates::create(QStringLiteral("gw-cp-ha"), 2, 2, &d, &error);
        return d;
    }

private slots:
    void secureVaultReferencesEverySecret()
    {
        Design d = ha();
        d.settings.secureVault = true;
        d.settings.adminPassword = QStringLiteral("Adm1n-pw");
        for (const Node &n : d.topology.nodes()) {
            if (!SchemaRegistry::instance().kind(n.kind).apimNode)
                continue;
            const QString text = QString::fromUtf8(deploymentTomlText(d, n));
            // [secrets] is the last table: API-M refuses to start otherwise.
            const QRegularExpression header(QStringLiteral("^\\[+([^\\]]+)\\]+$"),
                                            QRegularExpression::MultilineOption);
            QString last;
            for (auto it = header.globalMatch(text); it.hasNext();)
                last = it.next().captured(1);
            QCOMPARE(last, QStringLiteral("secrets"));
            TomlTable t;
            TomlError e;
            QVERIFY(readToml(text.toUtf8(), n.name(), &t, &e));
            const TomlTable *secrets = t.subTable(QStringLiteral("secrets"));
            QVERIFY(secrets);
            // Every $secret{x} has its x, and no plain password is left outside [secrets].
            const QRegularExpression ref(QStringLiteral("\\$secret\\{([a-z_]+)\\}"));
            int refs = 0;
            for (auto it = ref.globalMatch(text); it.hasNext(); ++refs)
                QVERIFY(secrets->contains(it.next().captured(1)));
            QVERIFY(refs >= 4);
            QCOMPARE(secrets->find(QStringLiteral("admin_password"))->toString(),
                     QStringLiteral("[Adm1n-pw]"));
            const QString beforeSecrets = text.left(text.indexOf(QLatin1String("[secrets]")));
            QVERIFY(!beforeSecrets.contains(QLatin1String("Adm1n-pw")));
            QVERIFY(!beforeSecrets.contains(QLatin1String("password = \"wso2carbon\"")));
            QVERIFY(startScriptUnix(d, n).contains("ciphertool.sh\" -Dconfigure"));
            QVERIFY(startScriptWindows(d, n).contains("ciphertool.bat\" -Dconfigure"));
        }
        QVERIFY(bundleReadme(d).contains("ciphertool.sh -Dconfigure"));
    }

    void plainExportHasNoVault()
    {
        const Design d = ha();
        const Node *gw = d.topology.nodeByName(QStringLiteral("apim-gw-1"));
        QVERIFY(!deploymentTomlText(d, *gw).contains("[secrets]"));
        QVERIFY(!startScriptUnix(d, *gw).contains("ciphertool"));
    }

    void secretsComeFromTheEnvironment()
    {
        Design d = ha();
        for (const SecretSlot &slot : secretSlots(d))
            setSecretValue(&d, slot, QString());
        QProcessEnvironment env;
        env.insert(QStringLiteral("APIM_ADMIN_PASSWORD"), QStringLiteral("from-env"));
        QStringList missing = fillSecretsFromEnvironment(&d, env);
        QVERIFY(missing.contains(QStringLiteral("APIM_KEYSTORE_PASSWORD")));
        QVERIFY(missing.contains(QStringLiteral("APIM_DB_MYSQL_APIM_PASSWORD")));
        QCOMPARE(d.settings.adminPassword, QStringLiteral("from-env"));
        for (const QString &v : missing)
            env.insert(v, v.toLower());
        QVERIFY(fillSecretsFromEnvironment(&d, env).isEmpty());
        QCOMPARE(d.topology.nodeByName(QStringLiteral("mysql"))->text(Field::SharedDbPassword),
                 QStringLiteral("apim_db_mysql_shared_password"));
    }

    void cliAsksTheEnvironmentWhenTheProjectStoresNoPasswords()
    {
        QTemporaryDir dir;
        Design d = ha();
        d.settings.storePasswords = false;
        QString error;
        const QString project = dir.filePath(QStringLiteral("nopw.apimtopo"));
        QVERIFY(ProjectFile::save(project, d, &error));
        QVERIFY(!testutil::readFile(project).contains("sharedadmin\"\nshared_db_password = \"sharedadmin"));
        QProcess p;
        p.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        const QString out = dir.filePath(QStringLiteral("b.zip"));
        p.start(QStringLiteral(APIM_CLI_PATH),
                {QStringLiteral("export"), project, QStringLiteral("-o"), out});
        p.waitForFinished();
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("APIM_ADMIN_PASSWORD"));
        QVERIFY(!QFileInfo::exists(out));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const SecretSlot &slot : secretSlots(d))
            env.insert(slot.variable, QStringLiteral("S3cret-") + slot.variable);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(APIM_CLI_PATH),
                {QStringLiteral("export"), project, QStringLiteral("-o"), out});
        p.waitForFinished();
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFileInfo::exists(out));
    }

    void filesHoldingSecretsAreOwnerOnly()
    {
        const BundleFiles files = generateBundle(ha());
        int secret = 0;
        for (const BundleFile &f : files) {
            if (f.path.endsWith(QLatin1String("deployment.toml")) || f.path.endsWith(QLatin1String(".sql")) ||
                f.path.endsWith(QLatin1String("certs/passwords.env"))) {
                QCOMPARE(f.mode(), 0600);
                ++secret;
            } else if (f.path.endsWith(QLatin1String(".sh"))) {
                QCOMPARE(f.mode(), 0755);
            } else {
                QCOMPARE(f.mode(), 0644);
            }
        }
        QCOMPARE(secret, 6); // 4 deployment.toml, database.sql, certs/passwords.env
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
