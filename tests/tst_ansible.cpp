// The Ansible target, proven with Debian's ansible-core and ansible-lint: the playbook
// passes --syntax-check and ansible-lint; it runs for real with ansible_connection=local,
// one temporary root per host, --skip-tags packages,services and fake API-M packs; the
// files land where they should with their modes and owner and the design's bytes (the
// vault-encrypted secrets rendered back), nothing is written outside the roots, and a
// second run changes nothing. quote::ansibleValue and quote::jinjaLiteral read back
// through Ansible itself; same design, same bytes.
#include "ansible.h"
#include "bundleexport.h"
#include "compose.h"
#include "encryptionkey.h"
#include "exporttargets.h"
#include "exporttestutil.h"
#include "generators.h"
#include "generatorutil.h"
#include "hostilevalues.h"
#include "names.h"
#include "quoting.h"
#include "templates.h"
#include "testutil.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace apim;
using exporttest::Run;
using testutil::readFile;

namespace {

// Every tool call is bounded; HOME and the temp folder are the test's, so Ansible's
// own caches land in the sandbox too.
Run run(const QString &program, const QStringList &args, const QString &dir, const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("TMPDIR"), home);
    env.insert(QStringLiteral("ANSIBLE_LOCAL_TEMP"), home + QStringLiteral("/ansible-tmp"));
    env.insert(QStringLiteral("ANSIBLE_REMOTE_TEMP"), home + QStringLiteral("/ansible-tmp"));
    env.insert(QStringLiteral("ANSIBLE_NOCOLOR"), QStringLiteral("1"));
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    env.insert(QStringLiteral("ANSIBLE_FORKS"), QStringLiteral("12"));
    return exporttest::run(program, args, dir, env, 300000);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// Passwords that need every kind of quoting on their way through YAML, Jinja, TOML and SQL.
const QString AdminPassword = QStringLiteral("Adm'in\"{{ 7*7 }}{% raw %}\\x");
const QString DbPassword = QStringLiteral("db'pw\"\\{%endraw%}$x\u00e9");

struct Case
{
    const char *label;
    const char *pattern;
    const char *version;
    int gateways, controlPlanes, trafficManagers;
    const char *dbType;
};

QList<Case> cases()
{
    return {
        // One host per role but the HA control-plane pair: the roles are per kind, so a
        // second gateway or traffic manager only doubled the run (about 8 s a host).
        {"gw-cp-tm HA control planes 4.7 MySQL", "gw-cp-tm", "4.7.0", 1, 2, 1, "mysql"},
        {"gw-cp 4.4 PostgreSQL", "gw-cp", "4.4.0", 1, 1, 0, "postgre"},
    };
}

Design designOf(const Case &c)
{
    Design d = exporttest::designOf(
        exporttest::pattern(c.pattern, c.version, c.gateways, c.controlPlanes, c.trafficManagers, 0, 0));
    d.settings.adminPassword = AdminPassword;
    for (const Node &n : d.topology.nodes()) {
        if (!SchemaRegistry::instance().kind(n.kind).generates.contains(GeneratedFile::DatabaseScript))
            continue;
        Node *db = d.topology.mutableNode(n.id);
        db->values.insert(Field::DbType, QString::fromLatin1(c.dbType));
        db->values.insert(Field::ApimDbPassword, DbPassword + QStringLiteral("1"));
        db->values.insert(Field::SharedDbPassword, DbPassword + QStringLiteral("2"));
    }
    return d;
}

QString pack(const Design &design, const Node &node)
{
    const QString p = compose::image(design, node).serverHome.section(QLatin1Char('/'), -1);
    return p.isEmpty() ? QStringLiteral("wso2am-%1").arg(design.settings.apimVersion) : p;
}

// Every file below `dir` but `skip`, with size and modification time.
QStringList listing(const QString &dir, const QStringList &skip)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (std::any_of(skip.begin(), skip.end(), [&](const QString &s) { return path.startsWith(s); }))
            continue;
        const QFileInfo fi(path);
        out.append(
            QStringLiteral("%1 %2 %3").arg(path).arg(fi.size()).arg(fi.lastModified().toMSecsSinceEpoch()));
    }
    out.sort();
    return out;
}

// "host : ok=N changed=N ... failed=N" lines of a run, host -> (changed, failed).
QHash<QString, QPair<int, int>> recap(const QString &out)
{
    QHash<QString, QPair<int, int>> r;
    static const QRegularExpression line(
        QStringLiteral("^(\\S+)\\s+: ok=\\d+\\s+changed=(\\d+)\\s+unreachable=(\\d+)"
                       "\\s+failed=(\\d+)"),
        QRegularExpression::MultilineOption);
    for (auto m = line.globalMatch(out); m.hasNext();) {
        const auto x = m.next();
        r.insert(x.captured(1), {x.captured(2).toInt(), x.captured(3).toInt() + x.captured(4).toInt()});
    }
    return r;
}

int mode(const QString &path)
{
    const QFile::Permissions p = QFileInfo(path).permissions();
    int m = 0;
    const QList<QPair<QFile::Permission, int>> bits{
        {QFile::ReadOwner, 0400}, {QFile::WriteOwner, 0200}, {QFile::ExeOwner, 0100},
        {QFile::ReadGroup, 040},  {QFile::WriteGroup, 020},  {QFile::ExeGroup, 010},
        {QFile::ReadOther, 04},   {QFile::WriteOther, 02},   {QFile::ExeOther, 01}};
    for (const auto &b : bits)
        m |= (p & b.first) ? b.second : 0;
    return m;
}

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

} // namespace

class TestAnsible : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (const char *t : {"ansible-playbook", "ansible-lint", "ansible-vault", "unzip", "zip"})
            QVERIFY2(!tool(t).isEmpty(),
                     qPrintable(QStringLiteral("%1 is required (packaging/install-deps.sh)")
                                    .arg(QString::fromLatin1(t))));
    }

    // quote::ansibleValue keeps any value data through Ansible's templating;
    // quote::jinjaLiteral renders as itself through ansible.builtin.template.
    void quotingReadsBackThroughAnsible()
    {
        QTemporaryDir dir;
        QList<QPair<const char *, QString>> values = hostile::values();
        values.append({"template", QStringLiteral("{{ lookup('pipe', 'touch ") +
                                       dir.filePath(QStringLiteral("canary")) + QStringLiteral("') }}")});
        values.append({"raw block", QStringLiteral("{% raw %}x{% endraw %}{%- endraw -%}{#c#}%}{{")});
        values.append({"brace percent end", QStringLiteral("{{%")});
        QStringList vars{QStringLiteral("---")};
        QStringList tasks{QStringLiteral("---"),
                          QStringLiteral("- name: Read back"),
                          QStringLiteral("  hosts: localhost"),
                          QStringLiteral("  gather_facts: false"),
                          QStringLiteral("  vars_files: [vars.yml]"),
                          QStringLiteral("  tasks:")};
        for (qsizetype i = 0; i < values.size(); ++i) {
            vars.append(QStringLiteral("v%1: %2").arg(i).arg(quote::ansibleValue(values.at(i).second)));
            QVERIFY(writeFile(dir.filePath(QStringLiteral("t%1.j2").arg(i)),
                              quote::jinjaLiteral(values.at(i).second).toUtf8()));
            tasks += {QStringLiteral("    - name: Value %1").arg(i),
                      QStringLiteral("      ansible.builtin.copy:"),
                      QStringLiteral("        content: \"{{ v%1 | to_json }}\"").arg(i),
                      QStringLiteral("        dest: out/v%1.json").arg(i),
                      QStringLiteral("        mode: \"0644\""),
                      QStringLiteral("    - name: Template %1").arg(i),
                      QStringLiteral("      ansible.builtin.template:"),
                      QStringLiteral("        src: t%1.j2").arg(i),
                      QStringLiteral("        dest: out/t%1").arg(i),
                      QStringLiteral("        mode: \"0644\""),
                      QStringLiteral("        trim_blocks: false")};
        }
        QVERIFY(writeFile(dir.filePath(QStringLiteral("vars.yml")),
                          vars.join(QLatin1Char('\n')).toUtf8() + "\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("play.yml")),
                          tasks.join(QLatin1Char('\n')).toUtf8() + "\n"));
        QDir(dir.path()).mkpath(QStringLiteral("out"));
        QDir(dir.path()).mkpath(QStringLiteral("home"));
        const Run r = run(tool("ansible-playbook"),
                          {QStringLiteral("-i"), QStringLiteral("localhost,"), QStringLiteral("-c"),
                           QStringLiteral("local"), QStringLiteral("play.yml")},
                          dir.path(), dir.filePath(QStringLiteral("home")));
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QString &v = values.at(i).second;
            const QByteArray json = readFile(dir.filePath(QStringLiteral("out/v%1.json").arg(i)));
            const QJsonDocument doc = QJsonDocument::fromJson("[" + json + "]");
            QVERIFY2(doc.isArray(), values.at(i).first);
            QCOMPARE(doc.array().at(0).toString(), v);
            QCOMPARE(readFile(dir.filePath(QStringLiteral("out/t%1").arg(i))), v.toUtf8());
        }
        QVERIFY2(!QFile::exists(dir.filePath(QStringLiteral("canary"))), "a value was run as a template");

        // The check bites: the template value without !unsafe is run.
        const QString templ = values.at(values.size() - 3).second;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("vars.yml")),
                          "---\nv0: " + quote::yamlString(templ).toUtf8() + "\n"));
        QVERIFY(
            writeFile(dir.filePath(QStringLiteral("play.yml")),
                      tasks.mid(0, 6).join(QLatin1Char('\n')).toUtf8() +
                          "\n    - name: Value\n      ansible.builtin.copy:\n        content: \"{{ v0 }}\"\n"
                          "        dest: out/plain\n        mode: \"0644\"\n"));
        const Run plain = run(tool("ansible-playbook"),
                              {QStringLiteral("-i"), QStringLiteral("localhost,"), QStringLiteral("-c"),
                               QStringLiteral("local"), QStringLiteral("play.yml")},
                              dir.path(), dir.filePath(QStringLiteral("home")));
        QVERIFY2(plain.code == 0, qPrintable(plain.out + plain.err));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("canary"))));
    }

    void sameDesignSameBytes()
    {
        const Design d = designOf(cases().first());
        const BundleFiles a = ansible::ansibleFiles(d), b = ansible::ansibleFiles(d);
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a.at(i).path, b.at(i).path);
            QCOMPARE(a.at(i).data, b.at(i).data);
        }
        BundleFiles files;
        QString error;
        QVERIFY2(exporttargets::generate(d, QStringLiteral("ansible"), &files, &error), qPrintable(error));
        QVERIFY(exporttargets::choices().contains(QStringLiteral("ansible")));
    }

    // Every path a role writes on a host starts with apim_root.
    void everyWrittenPathIsUnderTheRoot()
    {
        static const QRegularExpression key(QStringLiteral("^\\s+(dest|path|creates):\\s*(.*)$"),
                                            QRegularExpression::MultilineOption);
        int seen = 0;
        for (const BundleFile &f : ansible::roleFiles()) {
            for (auto m = key.globalMatch(QString::fromUtf8(f.data)); m.hasNext(); ++seen) {
                const QString v = m.next().captured(2);
                QVERIFY2(v.startsWith(QLatin1String("\"{{ apim_root }}")) ||
                             v.startsWith(QLatin1String("\"{{ apim_db_dir }}")),
                         qPrintable(f.path + QStringLiteral(": ") + v));
            }
        }
        QVERIFY(seen > 10);
    }

    void playbookRunsForReal_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < cases().size(); ++i)
            QTest::newRow(cases().at(i).label) << i;
    }

    void playbookRunsForReal()
    {
        QFETCH(int, index);
        const Design design = designOf(cases().at(index));
        QTemporaryDir dir;
        const QString home = dir.filePath(QStringLiteral("home"));
        QDir(dir.path()).mkpath(QStringLiteral("home"));
        ExportOptions options;
        options.directory = true;
        options.target = exporttargets::All;
        QString error;
        QVERIFY2(exportBundle(design, dir.filePath(QStringLiteral("out/")), options, &error),
                 qPrintable(error));
        const QString bundle = dir.filePath(QStringLiteral("out/") + bundleFolderName(design));
        const QString playbookDir = bundle + QStringLiteral("/ansible");

        // No secret of the design in any Ansible file but the vault template.
        for (const BundleFile &f : ansible::ansibleFiles(design)) {
            if (f.path == QLatin1String("vault-template.yml"))
                continue;
            for (const QString &secret :
                 {AdminPassword, DbPassword + QStringLiteral("1"), design.settings.encryptionKey})
                QVERIFY2(secret.isEmpty() || !QString::fromUtf8(f.data).contains(secret), qPrintable(f.path));
        }

#ifdef APIM_SANITIZED
        QSKIP("ansible-playbook is Python, not our code; the ci preset runs the playbooks");
#endif
        const Run syntax =
            run(tool("ansible-playbook"), {QStringLiteral("--syntax-check"), QStringLiteral("site.yml")},
                playbookDir, home);
        QVERIFY2(syntax.code == 0, qPrintable(syntax.out + syntax.err));
        // The roles are the same for every design, and the first case has every kind of play.
        if (index == 0) {
            const Run lint =
                run(tool("ansible-lint"), {QStringLiteral("--offline"), QStringLiteral("site.yml")},
                    playbookDir, home);
            QVERIFY2(lint.code == 0, qPrintable(lint.out + lint.err));
        }

        // The secrets encrypted as the README says.
        const QString vault = playbookDir + QStringLiteral("/group_vars/all/vault.yml");
        QVERIFY(QFile::copy(playbookDir + QStringLiteral("/vault-template.yml"), vault));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("vault-pass")), "test-vault-password\n"));
        const QString passFile =
            QStringLiteral("--vault-password-file=") + dir.filePath(QStringLiteral("vault-pass"));
        const Run enc =
            run(tool("ansible-vault"), {QStringLiteral("encrypt"), passFile, vault}, playbookDir, home);
        QVERIFY2(enc.code == 0, qPrintable(enc.err));
        QVERIFY(readFile(vault).startsWith("$ANSIBLE_VAULT;"));

        // Fake packs, driver and the stores certs/make-certs.sh would make.
        const ansible::Plan plan = ansible::plan(design);
        QStringList packs;
        QList<QPair<QString, QString>> sandbox; // host -> root
        for (const ansible::Plan::Host &h : plan.hosts) {
            const QString root = dir.filePath(QStringLiteral("roots/") + h.folder);
            QDir().mkpath(root);
            sandbox.append({h.name, root});
            const QString nodeDir = bundle + QStringLiteral("/nodes/") + h.folder;
            if (h.apim) {
                packs.append(pack(design, *h.node));
                for (const char *store : {"tls.p12", "primary.p12", "truststore.p12"})
                    QVERIFY(writeFile(nodeDir + QStringLiteral("/repository/resources/security/") +
                                          QString::fromLatin1(store),
                                      QByteArray("store ") + store));
            }
            if (h.balancer) {
                const QString base = nodeDir + QStringLiteral("/ssl/") + genutil::balancerCertBase(*h.node);
                QVERIFY(writeFile(base + QStringLiteral(".crt"), "certificate"));
                QVERIFY(writeFile(base + QStringLiteral(".key"), "key"));
            }
        }
        packs.removeDuplicates();
        const QString packDir = dir.filePath(QStringLiteral("packs"));
        for (const QString &p : packs) {
            const QString tree = dir.filePath(QStringLiteral("packtree/") + p);
            QVERIFY(writeFile(tree + QStringLiteral("/bin/launcher.sh"), "#!/bin/sh\n"));
            QVERIFY(writeFile(tree + QStringLiteral("/repository/conf/deployment.toml"), "# shipped\n"));
            QDir().mkpath(packDir);
            const Run z =
                run(tool("zip"),
                    {QStringLiteral("-qr"), packDir + QLatin1Char('/') + p + QStringLiteral(".zip"), p},
                    dir.filePath(QStringLiteral("packtree")), home);
            QVERIFY2(z.code == 0, qPrintable(z.err));
        }
        QVERIFY(writeFile(dir.filePath(QStringLiteral("driver.jar")), "driver"));

        QStringList inv{QStringLiteral("all:"), QStringLiteral("  hosts:")};
        for (const auto &s : sandbox)
            inv += {QStringLiteral("    %1:").arg(quote::yamlString(s.first)),
                    QStringLiteral("      apim_root: %1").arg(quote::ansibleValue(s.second))};
        QVERIFY(writeFile(dir.filePath(QStringLiteral("sandbox.yml")),
                          inv.join(QLatin1Char('\n')).toUtf8() + "\n"));
        const QString user =
            run(QStringLiteral("id"), {QStringLiteral("-un")}, dir.path(), home).out.trimmed();
        const QString group =
            run(QStringLiteral("id"), {QStringLiteral("-gn")}, dir.path(), home).out.trimmed();
        QJsonObject extra{{QStringLiteral("ansible_connection"), QStringLiteral("local")},
                          {QStringLiteral("ansible_python_interpreter"), tool("python3")},
                          {QStringLiteral("apim_become"), false},
                          {QStringLiteral("apim_pack_source"), packDir},
                          {QStringLiteral("apim_jdbc_driver"), dir.filePath(QStringLiteral("driver.jar"))},
                          {QStringLiteral("apim_owner"), user},
                          {QStringLiteral("apim_group"), group}};
        QVERIFY(writeFile(dir.filePath(QStringLiteral("extra.json")), QJsonDocument(extra).toJson()));
        const QStringList args{QStringLiteral("-i"),
                               QStringLiteral("inventory.yml"),
                               QStringLiteral("-i"),
                               dir.filePath(QStringLiteral("sandbox.yml")),
                               QStringLiteral("--skip-tags"),
                               QStringLiteral("packages,services"),
                               passFile,
                               QStringLiteral("-e"),
                               QLatin1Char('@') + dir.filePath(QStringLiteral("extra.json")),
                               QStringLiteral("site.yml")};

        const QStringList outside{dir.filePath(QStringLiteral("roots")), home};
        const QStringList before = listing(dir.path(), outside);
        const Run first = run(tool("ansible-playbook"), args, playbookDir, home);
        QVERIFY2(first.code == 0, qPrintable(first.out + first.err));
        QCOMPARE(listing(dir.path(), outside), before);
        const auto r1 = recap(first.out);
        QCOMPARE(r1.size(), plan.hosts.size());

        // Each host's files, in its root, with the design's bytes, modes and owner.
        const uint uid = ::getuid();
        const auto check = [&](const QString &path, const QByteArray &data, int wanted) {
            QVERIFY2(QFile::exists(path), qPrintable(path));
            if (!data.isNull())
                QVERIFY2(readFile(path) == data, qPrintable(path));
            QVERIFY2(mode(path) == wanted,
                     qPrintable(QStringLiteral("%1: %2").arg(path).arg(mode(path), 0, 8)));
        };
        for (qsizetype i = 0; i < plan.hosts.size(); ++i) {
            const ansible::Plan::Host &h = plan.hosts.at(i);
            const QString root = sandbox.at(i).second;
            QVERIFY2(r1.value(h.name).second == 0, qPrintable(h.name));
            BundleFiles files = nodeFiles(design, *h.node);
            const auto data = [&](const char *path) {
                for (const BundleFile &f : files) {
                    if (f.path == QLatin1String(path))
                        return f.data;
                }
                return QByteArray();
            };
            if (!data("hosts").isEmpty()) {
                const QByteArray hosts = readFile(root + QStringLiteral("/etc/hosts"));
                for (const QByteArray &l : data("hosts").split('\n'))
                    QVERIFY2(hosts.contains(l), l.constData());
            }
            if (h.apim) {
                const QString home = root + QStringLiteral("/opt/wso2/") + pack(design, *h.node);
                check(home + QStringLiteral("/repository/conf/deployment.toml"),
                      data("repository/conf/deployment.toml"), 0600);
                QVERIFY(
                    readFile(home + QStringLiteral("/repository/conf/deployment.toml")).contains("Adm'in"));
                QCOMPARE(QFileInfo(home + QStringLiteral("/repository/conf/deployment.toml")).ownerId(), uid);
                check(home + QStringLiteral("/start.sh"), data("start.sh"), 0755);
                check(home + QStringLiteral("/bin/launcher.sh"), "#!/bin/sh\n",
                      mode(home + QStringLiteral("/bin/launcher.sh")));
                check(home + QStringLiteral("/repository/components/lib/driver.jar"), "driver", 0644);
                check(home + QStringLiteral("/repository/resources/security/tls.p12"), "store tls.p12", 0600);
                const QString unit = root + QStringLiteral("/etc/systemd/system/wso2am-") + h.folder +
                                     QStringLiteral(".service");
                check(unit, QByteArray(), 0644);
                QVERIFY(
                    readFile(unit).contains("ExecStart=/bin/sh /opt/wso2/" + pack(design, *h.node).toUtf8()));
            }
            if (h.balancer) {
                check(root + QStringLiteral("/etc/nginx/conf.d/") + h.folder + QStringLiteral(".conf"),
                      data("nginx.conf"), 0644);
                const QString base =
                    root + QStringLiteral("/etc/nginx/ssl/") + genutil::balancerCertBase(*h.node);
                check(base + QStringLiteral(".key"), "key", 0600);
                check(base + QStringLiteral(".crt"), "certificate", 0644);
            }
            if (h.database)
                check(root + QStringLiteral("/var/lib/apim-designer/database.sql"), data("database.sql"),
                      0600);
        }

        // Idempotent: the second run changes nothing anywhere.
        const Run second = run(tool("ansible-playbook"), args, playbookDir, home);
        QVERIFY2(second.code == 0, qPrintable(second.out + second.err));
        const auto r2 = recap(second.out);
        QCOMPARE(r2.size(), plan.hosts.size());
        for (auto it = r2.begin(); it != r2.end(); ++it)
            QVERIFY2(it.value().first == 0 && it.value().second == 0, qPrintable(it.key() + second.out));

        // The checks bite: a broken playbook fails the syntax check and the linter.
        QFile site(playbookDir + QStringLiteral("/site.yml"));
        QVERIFY(site.open(QIODevice::Append));
        site.write("- name: Broken\n  hosts: all\n  tasks:\n    - shell: echo {{ x\n");
        site.close();
        QVERIFY(run(tool("ansible-playbook"), {QStringLiteral("--syntax-check"), QStringLiteral("site.yml")},
                    playbookDir, home)
                    .code != 0);
    }
};

// Each real run takes tens of seconds on a loaded machine; every tool call is bounded
// by run()'s 300 s, so the per-function watchdog gets room for several of them.
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "1500000");
    QCoreApplication app(argc, argv);
    TestAnsible test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_ansible.moc"
