// The bundle's certificates (issue 12, the seed's step 4): certs/make-certs.sh run
// for real with sh, openssl and keytool in a temporary folder, checked with
// openssl and keytool, and a real NGINX serving the generated load balancer
// certificate to a client that verifies the host name. Also: which designs get
// certificates, and what an old project file loads as.
#include "generators.h"
#include "projectfile.h"
#include "quotingtestutil.h"
#include "storefiles.h"
#include "templates.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

using namespace apim;
using namespace quotingtest;

namespace {

const QString Password = QStringLiteral("wso2carbon");

Design pattern(const QString &name, const QString &certificates = CertificateMode::PrivateCa)
{
    PatternOptions o;
    o.pattern = name;
    o.certificates = certificates;
    Design d;
    QString error;
    if (!Templates::create(o, &d, &error))
        qWarning("%s", qPrintable(error));
    return d;
}

// Writes the bundle into `dir` the way the bundle writer lays it out; returns its top folder.
QString writeBundle(const Design &design, const QString &dir)
{
    for (const BundleFile &f : generateBundle(design)) {
        const QString path = dir + QLatin1Char('/') + f.path;
        QDir().mkpath(QFileInfo(path).path());
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(f.data);
        out.close();
        ::chmod(QFile::encodeName(path).constData(), mode_t(f.mode()));
    }
    return dir + QLatin1Char('/') + bundleFolderName(design);
}

// Every file under `dir` with its bytes.
QByteArray treeDigest(const QString &dir)
{
    QStringList entries;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        entries.append(
            QDir(dir).relativeFilePath(path) + QLatin1Char(' ') +
            QString::fromLatin1(
                QCryptographicHash::hash(testutil::readFile(path), QCryptographicHash::Sha256).toHex()));
    }
    entries.sort();
    return entries.join(QLatin1Char('\n')).toUtf8();
}

// The subjectAltName entries of a PEM certificate, as openssl prints them.
QStringList sansOf(const QString &openssl, const QString &cert)
{
    const Run r = run(openssl, {QStringLiteral("x509"), QStringLiteral("-in"), cert, QStringLiteral("-noout"),
                                QStringLiteral("-ext"), QStringLiteral("subjectAltName")});
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (r.exitCode != 0 || lines.size() < 2)
        return {};
    QStringList out = lines.at(1).trimmed().split(QStringLiteral(", "));
    out.replaceInStrings(QStringLiteral("IP Address:"), QStringLiteral("IP:"));
    out.sort();
    return out;
}

QStringList expectedSans(const QStringList &names)
{
    QStringList out;
    for (const QString &n : names) {
        if (n.isEmpty())
            continue;
        const bool ip = n.front().isDigit() || n.contains(QLatin1Char(':'));
        const QString entry = (ip ? QStringLiteral("IP:") : QStringLiteral("DNS:")) + n;
        if (!out.contains(entry))
            out.append(entry);
    }
    out.sort();
    return out;
}

QString sha256Fingerprint(const QString &openssl, const QString &cert)
{
    const Run r = run(openssl, {QStringLiteral("x509"), QStringLiteral("-in"), cert, QStringLiteral("-noout"),
                                QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
    return QString::fromUtf8(r.out).section(QLatin1Char('='), 1).trimmed();
}

bool hasDeploymentToml(const Node &node)
{
    return SchemaRegistry::instance().kind(node.kind).generates.contains(GeneratedFile::DeploymentToml);
}

QString security(const QString &bundle, const Node &node)
{
    return bundle + QStringLiteral("/nodes/") + node.name() +
           QStringLiteral("/repository/resources/security/");
}

} // namespace

class TestCerts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_openssl, m_keytool, m_sh, m_shellcheck, m_nginx;
    Design m_design;
    QString m_bundle;

    Run script(const QString &bundle, const QStringList &args = {})
    {
        return run(m_sh, QStringList{bundle + QStringLiteral("/certs/make-certs.sh")} + args, {}, 120000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_openssl = tool(QStringLiteral("openssl"));
        m_keytool = tool(QStringLiteral("keytool"));
        m_sh = tool(QStringLiteral("sh"));
        m_shellcheck = tool(QStringLiteral("shellcheck"));
        m_nginx = tool(QStringLiteral("nginx"));
        if (m_openssl.isEmpty() || m_keytool.isEmpty())
            QSKIP("openssl and keytool (a JDK) are needed; packaging/install-deps.sh installs them");
        // Behind load balancers, with IPs: every kind of name a certificate must carry.
        m_design = pattern(QStringLiteral("gw-cp-ha"));
        m_design.settings.name = QStringLiteral("certs 'test' $(x)"); // quoted into the script
        m_bundle = writeBundle(m_design, m_dir.filePath(QStringLiteral("bundle")));
        QVERIFY(QFileInfo::exists(m_bundle + QStringLiteral("/certs/make-certs.sh")));
        const Run r = script(m_bundle);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void newDesignsGetAPrivateCaOldFilesKeepWso2Defaults()
    {
        QCOMPARE(pattern(QStringLiteral("gw-cp")).settings.certificates.mode, CertificateMode::PrivateCa);
        // A project file from before the setting: WSO2's defaults, so its bundle does not change.
        Design old = pattern(QStringLiteral("gw-cp"), CertificateMode::WsoDefaults);
        QByteArray text = ProjectFile::serialize(old);
        const qsizetype at = text.indexOf("[design.certificates]");
        QVERIFY(at > 0);
        const qsizetype end = text.indexOf("\n[", at + 1);
        text.remove(at, end - at + 1);
        QVERIFY(!text.contains("certificates"));
        Design loaded;
        TomlError error;
        QVERIFY2(ProjectFile::parse(text, QStringLiteral("old.apimtopo"), &loaded, &error),
                 qPrintable(error.toString()));
        QCOMPARE(loaded.settings.certificates.mode, CertificateMode::WsoDefaults);
        for (const BundleFile &f : generateBundle(loaded))
            QVERIFY2(!f.path.contains(QStringLiteral("/certs/")), qPrintable(f.path));
        const QByteArray toml = deploymentTomlText(loaded, loaded.topology.nodes().first());
        QVERIFY(toml.contains("file_name = \"wso2carbon.jks\""));
        QVERIFY(!toml.contains("[keystore.primary]"));
        // The CLI's export warns about it; a new design does not get that warning.
        const QString oldFile = m_dir.filePath(QStringLiteral("old.apimtopo"));
        QFile f(oldFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        const Run oldExport =
            run(QStringLiteral(APIM_CLI_PATH), {QStringLiteral("export"), oldFile, QStringLiteral("-o"),
                                                m_dir.filePath(QStringLiteral("old-bundle/"))});
        QVERIFY2(oldExport.exitCode == 0, oldExport.err.constData());
        QVERIFY2(oldExport.err.contains("CN=localhost"), oldExport.err.constData());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("old-bundle/gw-cp/certs"))));
        const QString newFile = m_dir.filePath(QStringLiteral("new.apimtopo"));
        QString saveError;
        QVERIFY2(ProjectFile::save(newFile, pattern(QStringLiteral("gw-cp")), &saveError),
                 qPrintable(saveError));
        const Run newExport =
            run(QStringLiteral(APIM_CLI_PATH), {QStringLiteral("export"), newFile, QStringLiteral("-o"),
                                                m_dir.filePath(QStringLiteral("new-bundle/"))});
        QVERIFY2(newExport.exitCode == 0, newExport.err.constData());
        QVERIFY(!newExport.err.contains("CN=localhost"));
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("new-bundle/gw-cp/certs/make-certs.sh"))));
        // An unknown mode is refused with the choices.
        text.replace("[design.options]", "[design.certificates]\nmode = \"self-signed\"\n\n[design.options]");
        QVERIFY(!ProjectFile::parse(text, QStringLiteral("bad.apimtopo"), &loaded, &error));
        QVERIFY2(error.message.contains(QStringLiteral("private-ca")), qPrintable(error.message));
    }

    void scriptPassesShellcheck()
    {
        if (m_shellcheck.isEmpty())
            QSKIP("shellcheck is not installed; packaging/install-deps.sh installs it");
        const Run r = run(m_shellcheck, {m_bundle + QStringLiteral("/certs/make-certs.sh")});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        const Run n = run(m_sh, {QStringLiteral("-n"), m_bundle + QStringLiteral("/certs/make-certs.sh")});
        QCOMPARE(n.exitCode, 0);
    }

    void everyNodeCertificateNamesItsClientsAndChainsToTheCa()
    {
        const Topology &t = m_design.topology;
        const QString ca = m_bundle + QStringLiteral("/certs/ca/ca.pem");
        int nodes = 0;
        for (const Node &node : t.nodes()) {
            if (!hasDeploymentToml(node))
                continue;
            ++nodes;
            const QString cert =
                m_bundle + QStringLiteral("/certs/nodes/") + node.name() + QStringLiteral("/cert.pem");
            const Node *lb = t.balancerOf(node.id);
            QVERIFY(lb);
            QCOMPARE(sansOf(m_openssl, cert),
                     expectedSans(
                         {node.hostname(), lb->values.value(Field::PublicHostname).toString(), node.ip()}));
            const Run v = run(m_openssl, {QStringLiteral("verify"), QStringLiteral("-CAfile"), ca, cert});
            QVERIFY2(v.exitCode == 0, v.err.constData());
        }
        QCOMPARE(nodes, 4);
        // A certificate from elsewhere does not verify: the check can fail.
        const QString stranger = m_dir.filePath(QStringLiteral("stranger.pem"));
        QCOMPARE(
            run(m_openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                            QStringLiteral("/CN=x"), QStringLiteral("-keyout"),
                            m_dir.filePath(QStringLiteral("stranger.key")), QStringLiteral("-out"), stranger})
                .exitCode,
            0);
        QVERIFY(
            run(m_openssl, {QStringLiteral("verify"), QStringLiteral("-CAfile"), ca, stranger}).exitCode !=
            0);
    }

    // deployment.toml names files that exist, with passwords that open them, and aliases they hold.
    void storesMatchDeploymentToml()
    {
        const StoreFiles files = storeFiles(m_design.settings);
        QByteArray primary;
        for (const Node &node : m_design.topology.nodes()) {
            if (!hasDeploymentToml(node))
                continue;
            const TomlTable toml = deploymentToml(m_design, node);
            const QString dir = security(m_bundle, node);
            const auto check = [&](const QStringList &table, const QString &alias, const QString &entry) {
                const TomlValue *file = toml.findPath(table + QStringList{QStringLiteral("file_name")});
                const TomlValue *pass = toml.findPath(table + QStringList{QStringLiteral("password")});
                const TomlValue *type = toml.findPath(table + QStringList{QStringLiteral("type")});
                QVERIFY(file && pass && type);
                QCOMPARE(type->toString(), QStringLiteral("PKCS12"));
                const QString path = dir + file->toString();
                QVERIFY2(QFileInfo::exists(path), qPrintable(path));
                const Run list = run(m_keytool, {QStringLiteral("-list"), QStringLiteral("-keystore"), path,
                                                 QStringLiteral("-storetype"), QStringLiteral("PKCS12"),
                                                 QStringLiteral("-storepass"), pass->toString()});
                QVERIFY2(list.exitCode == 0, list.out.constData());
                QVERIFY2(list.out.contains((alias + QStringLiteral(", ")).toUtf8()) &&
                             list.out.contains(entry.toUtf8()),
                         list.out.constData());
                const Run wrong = run(m_openssl, {QStringLiteral("pkcs12"), QStringLiteral("-in"), path,
                                                  QStringLiteral("-noout"), QStringLiteral("-passin"),
                                                  QStringLiteral("pass:not-the-password")});
                QVERIFY(wrong.exitCode != 0);
            };
            check({QStringLiteral("keystore"), QStringLiteral("tls")}, files.tls.alias,
                  QStringLiteral("PrivateKeyEntry"));
            check({QStringLiteral("keystore"), QStringLiteral("primary")}, files.primary.alias,
                  QStringLiteral("PrivateKeyEntry"));
            check({QStringLiteral("truststore")}, TokenSigningAlias, QStringLiteral("trustedCertEntry"));
            const TomlValue *alias =
                toml.findPath({QStringLiteral("keystore"), QStringLiteral("tls"), QStringLiteral("alias")});
            QVERIFY(alias && alias->toString() == files.tls.alias);
            // One primary keystore, byte for byte the same on every node.
            const QByteArray bytes = testutil::readFile(dir + files.primary.fileName);
            QVERIFY(!bytes.isEmpty());
            if (primary.isEmpty())
                primary = bytes;
            QCOMPARE(bytes, primary);
            QVERIFY(testutil::readFile(dir + files.tls.fileName) != primary);
        }
    }

    // The truststore holds the CA, every load balancer and the token-signing (primary) certificate.
    void truststoreHoldsWhatGatewaysCheck()
    {
        const Node *node = nullptr;
        for (const Node &n : m_design.topology.nodes()) {
            if (!node && hasDeploymentToml(n))
                node = &n;
        }
        QVERIFY(node);
        const QString store = security(m_bundle, *node) + storeFiles(m_design.settings).truststore.fileName;
        const auto fingerprint = [&](const QString &alias) {
            const Run r = run(m_keytool,
                              {QStringLiteral("-list"), QStringLiteral("-v"), QStringLiteral("-alias"), alias,
                               QStringLiteral("-keystore"), store, QStringLiteral("-storepass"), Password});
            const QRegularExpressionMatch m =
                QRegularExpression(QStringLiteral("SHA256: ([0-9A-F:]+)")).match(QString::fromUtf8(r.out));
            return m.hasMatch() ? m.captured(1) : QString();
        };
        const QString certs = m_bundle + QStringLiteral("/certs/");
        QCOMPARE(fingerprint(TokenSigningAlias),
                 sha256Fingerprint(m_openssl, certs + QStringLiteral("primary/cert.pem")));
        QCOMPARE(fingerprint(QStringLiteral("deployment-ca")),
                 sha256Fingerprint(m_openssl, certs + QStringLiteral("ca/ca.pem")));
        int balancers = 0;
        for (const Node *lb : m_design.topology.nodesWith(&KindTraits::balancer)) {
            ++balancers;
            const QString crt = m_bundle + QStringLiteral("/nodes/") + lb->name() + QStringLiteral("/ssl/") +
                                lb->values.value(Field::PublicHostname).toString() + QStringLiteral(".crt");
            QVERIFY2(QFileInfo::exists(crt), qPrintable(crt));
            QVERIFY(!fingerprint(QStringLiteral("lb-") + lb->name()).isEmpty());
            QCOMPARE(fingerprint(QStringLiteral("lb-") + lb->name()), sha256Fingerprint(m_openssl, crt));
            QCOMPARE(sansOf(m_openssl, crt), expectedSans({lb->values.value(Field::PublicHostname).toString(),
                                                           lb->hostname(), lb->ip()}));
        }
        QCOMPARE(balancers, 2);
    }

    void secondRunChangesNothingReplaceMakesNewKeys()
    {
        const QByteArray before = treeDigest(m_bundle);
        Run r = script(m_bundle);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(treeDigest(m_bundle), before);

        QTemporaryDir copy;
        QVERIFY(copy.isValid());
        const QString other = writeBundle(m_design, copy.path());
        QVERIFY(script(other).exitCode == 0);
        const QString key = QStringLiteral("/certs/nodes/apim-gw-1/key.pem");
        const QByteArray oldKey = testutil::readFile(other + key);
        r = script(other, {QStringLiteral("--replace")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(testutil::readFile(other + key) != oldKey);
        QVERIFY(
            run(m_sh, {other + QStringLiteral("/certs/make-certs.sh"), QStringLiteral("--bogus")}).exitCode ==
            2);
    }

    void passwordsStayPrivate()
    {
        QFileInfo env(m_bundle + QStringLiteral("/certs/passwords.env"));
        QCOMPARE(int(env.permissions() & (QFile::ReadGroup | QFile::ReadOther)), 0);
        for (const BundleFile &f : generateBundle(m_design)) {
            if (f.path.endsWith(QStringLiteral("make-certs.sh")))
                QVERIFY(!f.data.contains(Password.toUtf8()));
        }
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(m_bundle + QStringLiteral("/certs/ca/ca.key")).constData(), &st),
                 0);
        QCOMPARE(int(st.st_mode & 077), 0);
    }

    void ownCaSignsTheNodes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString caDir = dir.filePath(QStringLiteral("my 'own' ca"));
        QVERIFY(QDir().mkpath(caDir));
        const QString caCert = caDir + QStringLiteral("/ca.pem"), caKey = caDir + QStringLiteral("/ca.key");
        const Run ca =
            run(m_openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                            QStringLiteral("/CN=Own CA"), QStringLiteral("-addext"),
                            QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                            QStringLiteral("keyUsage=critical,keyCertSign"), QStringLiteral("-keyout"), caKey,
                            QStringLiteral("-out"), caCert});
        QCOMPARE(ca.exitCode, 0);
        Design d = pattern(QStringLiteral("gw-cp"), CertificateMode::OwnCa);
        d.settings.certificates.caCertificate = caCert;
        d.settings.certificates.caKey = caKey;
        const QString bundle = writeBundle(d, dir.filePath(QStringLiteral("b")));
        const Run r = script(bundle);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!QFileInfo::exists(bundle + QStringLiteral("/certs/ca")));
        const Run v = run(m_openssl, {QStringLiteral("verify"), QStringLiteral("-CAfile"), caCert,
                                      bundle + QStringLiteral("/certs/nodes/apim-gw/cert.pem")});
        QVERIFY2(v.exitCode == 0, v.err.constData());
        // A CA that is not there stops the script before anything is issued.
        d.settings.certificates.caKey = caDir + QStringLiteral("/missing.key");
        const QString broken = writeBundle(d, dir.filePath(QStringLiteral("c")));
        const Run m = script(broken);
        QCOMPARE(m.exitCode, 1);
        QVERIFY(m.err.contains("missing"));
        QVERIFY(!QFileInfo::exists(broken + QStringLiteral("/certs/nodes")));
    }

    // A real NGINX with the generated load balancer certificate: a client that trusts only the
    // CA completes the handshake for the public host name, and refuses any other name.
    void nginxServesTheBalancerCertificate()
    {
        if (m_nginx.isEmpty())
            QSKIP("NGINX is not installed; packaging/install-deps.sh installs it");
        const Node *lb = m_design.topology.nodesWith(&KindTraits::balancer).first();
        const QString host = lb->values.value(Field::PublicHostname).toString();
        const QString ssl =
            m_bundle + QStringLiteral("/nodes/") + lb->name() + QStringLiteral("/ssl/") + host;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString sock = dir.filePath(QStringLiteral("tls.sock"));
        const QString conf = nginxPreamble(dir.path()) +
                             QStringLiteral("  server {\n    listen unix:%1 ssl;\n    server_name %2;\n"
                                            "    ssl_certificate %3.crt;\n    ssl_certificate_key %3.key;\n"
                                            "    location / { return 200 ok; }\n  }\n}\n")
                                 .arg(sock, host, ssl);
        QFile f(dir.filePath(QStringLiteral("nginx.conf")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(conf.toUtf8());
        f.close();
        const QStringList args{QStringLiteral("-p"), dir.path(), QStringLiteral("-c"), f.fileName()};
        const Run t = run(m_nginx, QStringList{QStringLiteral("-t")} + args);
        QVERIFY2(t.exitCode == 0, t.err.constData());
        QProcess server;
        const Stopper stopper = startNginx(server, m_nginx, args, sock);
        QVERIFY(QFile::exists(sock));
        const QString ca = m_bundle + QStringLiteral("/certs/ca/ca.pem");
        const auto handshake = [&](const QString &name) {
            return run(m_openssl,
                       {QStringLiteral("s_client"), QStringLiteral("-unix"), sock,
                        QStringLiteral("-servername"), name, QStringLiteral("-verify_hostname"), name,
                        QStringLiteral("-CAfile"), ca, QStringLiteral("-verify_return_error")},
                       {}, 20000);
        };
        const Run good = handshake(host);
        QVERIFY2(good.exitCode == 0 && good.out.contains("Verify return code: 0 (ok)"), good.err.constData());
        const Run wrong = handshake(QStringLiteral("elsewhere.example.com"));
        QVERIFY(wrong.exitCode != 0);
        QVERIFY2(wrong.out.contains("hostname mismatch") || wrong.err.contains("hostname mismatch"),
                 wrong.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCerts)
#include "tst_certs.moc"
