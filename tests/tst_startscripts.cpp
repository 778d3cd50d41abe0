// The generated shell scripts, run for real: every start.sh of every node kind in
// every version, against a fake API-M home whose bin/ scripts record their
// arguments (paths with spaces; bash and the system sh), with API-M's own verbs,
// a home whose deployment.toml differs, and secure vault with a stand-in cipher
// tool that encrypts in place as the real one does. And shellcheck on every
// shell script every export target writes, for every pattern in every version.
#include "encryptionkey.h"
#include "exporttargets.h"
#include "exporttestutil.h"
#include "generators.h"
#include "generatorutil.h"
#include "templates.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace apim;
using exporttest::Run;

namespace {

// Each pattern in each version it exists in, at its default counts and with two of each role.
QList<Design> everyPatternAndVersion(bool secureVault)
{
    QList<Design> out;
    for (const QString &pattern : Templates::patterns()) {
        for (const QString &version : ApimVersion::supported()) {
            for (int n : {0, 2}) {
                PatternOptions o;
                o.pattern = pattern;
                o.version = version;
                const QStringList roles = Templates::countOptions(pattern);
                if (roles.contains(QLatin1String("gateways")))
                    o.gateways = n;
                if (roles.contains(QLatin1String("control-planes")))
                    o.controlPlanes = n;
                if (roles.contains(QLatin1String("traffic-managers")))
                    o.trafficManagers = n;
                if (roles.contains(QLatin1String("key-managers")))
                    o.keyManagers = n;
                if (roles.contains(QLatin1String("all-in-ones")))
                    o.allInOnes = n;
                Design d;
                QString error;
                if (!Templates::create(o, &d, &error))
                    continue; // not a version (or count) of this pattern
                ensureEncryptionKey(&d.settings);
                d.settings.secureVault = secureVault;
                out.append(d);
            }
        }
    }
    return out;
}

bool isShellScript(const BundleFile &f)
{
    return f.path.endsWith(QLatin1String(".sh")) || f.data.startsWith("#!/bin/sh") ||
           f.data.startsWith("#!/bin/bash") || f.data.startsWith("#!/usr/bin/env bash");
}

// A script with the design's node names and hosts blanked and every number written 0:
// scripts of one shape differ only in those data values, which reach the shell quoted
// (tst_quoting proves that for hostile values), so shellcheck reads one of each shape.
QByteArray shapeOf(const QByteArray &script, const Design &design)
{
    QString text = QString::fromUtf8(script);
    QStringList names;
    for (const Node &n : design.topology.nodes())
        names << n.name() << n.values.value(Field::Hostname).toString()
              << n.values.value(Field::Ip).toString();
    names.removeAll(QString());
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &name : names)
        text.replace(name, QStringLiteral("N"));
    static const QRegularExpression digits(QStringLiteral("[0-9]+"));
    text.replace(digits, QStringLiteral("0"));
    return text.toUtf8();
}

bool writeFile(const QString &path, const QByteArray &data, bool executable = false)
{
    if (!QDir().mkpath(QFileInfo(path).path()))
        return false;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        return false;
    f.close();
    if (executable)
        f.setPermissions(f.permissions() | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
    return true;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A stand-in for one of API-M's bin/ scripts: appends its name, each argument on a line
// of its own, and the environment the start script gives it to $STUB_LOG.
QByteArray recordingStub()
{
    return "#!/bin/sh\n"
           "{\n"
           "    printf 'CALL %s\\n' \"$(basename \"$0\")\"\n"
           "    for a in \"$@\"; do printf 'ARG %s\\n' \"$a\"; done\n"
           "    printf 'CARBON_HOME %s\\n' \"${CARBON_HOME:-}\"\n"
           "    printf 'JVM_MEM_OPTS %s\\n' \"${JVM_MEM_OPTS:-}\"\n"
           "} >>\"$STUB_LOG\"\n";
}

// The cipher tool's -Dconfigure encrypts each "[plain]" value of [secrets] in place.
QByteArray cipherToolStub()
{
    return recordingStub() + "sed -i 's/^\\([A-Za-z0-9_]*\\) *= *\"\\[.*\\]\"$/\\1 = \"ZW5jcnlwdGVk\"/' "
                             "\"$CARBON_HOME/repository/conf/deployment.toml\"\n";
}

// One call of a stub, as the log holds it.
QStringList callOf(const QString &script, const QStringList &args)
{
    QStringList lines{QStringLiteral("CALL ") + script};
    for (const QString &a : args)
        lines.append(QStringLiteral("ARG ") + a);
    return lines;
}

// The log's CALL and ARG lines (the environment lines are checked on their own).
QStringList calls(const QString &log)
{
    QStringList out;
    for (const QString &line : QString::fromUtf8(readFile(log)).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("CALL ")) || line.startsWith(QLatin1String("ARG ")))
            out.append(line);
    }
    return out;
}

// A start.sh of one node, its bundle folder and a fake home, under paths with spaces.
class FakeHome
{
public:
    FakeHome(const QTemporaryDir &dir, const Design &design, const Node &node,
             const genutil::StartCommand &cmd)
        : m_root(dir.filePath(QStringLiteral("a folder/with spaces"))),
          m_bundle(m_root + QStringLiteral("/the bundle/nodes/") + node.name()),
          m_home(m_root + QStringLiteral("/wso2am home/") + node.name()),
          m_log(m_root + QStringLiteral("/calls log")), m_launcher(cmd.script + QStringLiteral(".sh"))
    {
        for (const BundleFile &f : nodeFiles(design, node))
            m_ok = m_ok && writeFile(m_bundle + QLatin1Char('/') + f.path, f.data, f.executable);
        m_generated = readFile(m_bundle + QStringLiteral("/repository/conf/deployment.toml"));
        m_ok = m_ok && !m_generated.isEmpty() &&
               writeFile(m_home + QStringLiteral("/bin/") + m_launcher, recordingStub(), true) &&
               writeFile(m_home + QStringLiteral("/bin/ciphertool.sh"), cipherToolStub(), true) &&
               writeFile(config(), m_generated);
    }

    bool ok() const { return m_ok; }
    const QString &home() const { return m_home; }
    const QString &bundle() const { return m_bundle; }
    const QString &log() const { return m_log; }
    const QString &launcher() const { return m_launcher; }
    QString config() const { return m_home + QStringLiteral("/repository/conf/deployment.toml"); }
    const QByteArray &generated() const { return m_generated; }

    // Runs `shell start.sh args` from the bundle folder (or `script`); the log starts empty.
    Run start(const QString &shell, const QStringList &args, const QString &apimHome = {},
              const QString &script = {})
    {
        QFile::remove(m_log);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("APIM_HOME"));
        env.remove(QStringLiteral("JVM_MEM_OPTS"));
        env.remove(QStringLiteral("CARBON_HOME"));
        if (!apimHome.isEmpty())
            env.insert(QStringLiteral("APIM_HOME"), apimHome);
        env.insert(QStringLiteral("STUB_LOG"), m_log);
        const QString path = script.isEmpty() ? m_bundle + QStringLiteral("/start.sh") : script;
        return exporttest::run(shell, QStringList{path} + args, m_root, env, 20000);
    }

private:
    QString m_root, m_bundle, m_home, m_log, m_launcher;
    QByteArray m_generated;
    bool m_ok = true;
};

QString describe(const Run &r)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(r.code).arg(r.out, r.err);
}

} // namespace

class TestStartScripts : public QObject
{
    Q_OBJECT

    QString m_bash, m_sh, m_shellcheck;
    QList<Design> m_designs; // the rows of fakeHomeEveryKindAndVersion

private slots:
    void initTestCase()
    {
        m_bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
        m_sh = QStandardPaths::findExecutable(QStringLiteral("sh"));
        m_shellcheck = QStandardPaths::findExecutable(QStringLiteral("shellcheck"));
        QVERIFY2(!m_bash.isEmpty() && !m_sh.isEmpty(), "bash and sh are needed");
    }

    // Every start.sh of each node kind in each version (one node per kind, version and vault
    // setting: the scripts of one kind differ only in names there) against a fake home.
    void fakeHomeEveryKindAndVersion_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("node");
        m_designs.clear();
        QSet<QString> seen;
        for (bool vault : {false, true}) {
            for (const Design &d : everyPatternAndVersion(vault)) {
                const ApimVersion version = ApimVersion::parse(d.settings.apimVersion);
                int index = -1;
                for (const Node &n : d.topology.nodes()) {
                    const genutil::StartCommand cmd = genutil::startCommand(n, version);
                    if (!cmd.valid)
                        continue;
                    const QString key = QStringLiteral("%1 %2 %3 %4")
                                            .arg(version.toString(), genutil::kindLabel(n.kind), cmd.script,
                                                 cmd.args.join(QLatin1Char(',')));
                    if (seen.contains(key + QString::number(vault)))
                        continue;
                    seen.insert(key + QString::number(vault));
                    if (index < 0) {
                        index = int(m_designs.size());
                        m_designs.append(d);
                    }
                    QTest::newRow(qPrintable(key + (vault ? QStringLiteral(" vault") : QString())))
                        << index << n.name();
                }
            }
        }
    }

    void fakeHomeEveryKindAndVersion()
    {
        QFETCH(int, index);
        QFETCH(QString, node);
        const Design &design = m_designs.at(index);
        const Node *n = design.topology.nodeByName(node);
        QVERIFY(n);
        const genutil::StartCommand cmd =
            genutil::startCommand(*n, ApimVersion::parse(design.settings.apimVersion));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        FakeHome fake(dir, design, *n, cmd);
        QVERIFY(fake.ok());
        const QString memory = jvmMemoryOptions(*n);
        const bool vault = design.settings.secureVault;
        const QStringList cipher = callOf(QStringLiteral("ciphertool.sh"), {QStringLiteral("-Dconfigure")});

        for (const QString &shell : {m_bash, m_sh}) {
            QVERIFY(writeFile(fake.config(), fake.generated()));
            bool plain = fake.generated().contains("\"[");
            QCOMPARE(plain, vault);
            // Each of API-M's verbs, after the home, or alone with APIM_HOME; and none at all.
            for (const QString &verb : {QStringLiteral("start"), QStringLiteral("stop"),
                                        QStringLiteral("restart"), QStringLiteral("version"), QString()}) {
                const QStringList extra = verb.isEmpty() ? QStringList() : QStringList{verb};
                for (bool viaEnv : {false, true}) {
                    const Run r = viaEnv ? fake.start(shell, extra, fake.home())
                                         : fake.start(shell, QStringList{fake.home()} + extra);
                    QVERIFY2(r.code == 0,
                             qPrintable(shell + QLatin1Char(' ') + verb + QLatin1Char('\n') + describe(r)));
                    // Secure vault: a start on plain secrets encrypts them first, then never again.
                    const bool starts = verb != QLatin1String("stop") && verb != QLatin1String("version");
                    QStringList expected;
                    if (vault && starts && plain)
                        expected += cipher;
                    expected += callOf(fake.launcher(), cmd.args + extra);
                    QVERIFY2(calls(fake.log()) == expected,
                             qPrintable(calls(fake.log()).join(QLatin1Char('\n')) + QLatin1Char('\n') +
                                        describe(r)));
                    const bool wasPlain = plain;
                    plain = readFile(fake.config()).contains("\"[");
                    QCOMPARE(plain, wasPlain && !starts);
                    const QString env = QString::fromUtf8(readFile(fake.log()));
                    QVERIFY2(env.contains(QStringLiteral("CARBON_HOME %1\n").arg(fake.home())),
                             qPrintable(env));
                    QVERIFY2(env.contains(QStringLiteral("JVM_MEM_OPTS %1\n").arg(memory)), qPrintable(env));
                }
            }
            if (vault) {
                // Whatever the order above, the home's file is now encrypted and still accepted.
                QVERIFY(!readFile(fake.config()).contains("\"["));
                QVERIFY(readFile(fake.config()) != fake.generated());
            } else {
                QCOMPARE(readFile(fake.config()), fake.generated());
            }

            // API-M's --debug <port> and other options pass through after the home.
            Run r = fake.start(shell, {fake.home(), QStringLiteral("--debug"), QStringLiteral("5005")});
            QVERIFY2(r.code == 0, qPrintable(describe(r)));
            QCOMPARE(calls(fake.log()).mid(calls(fake.log()).size() - (cmd.args.size() + 3)),
                     callOf(fake.launcher(),
                            cmd.args + QStringList{QStringLiteral("--debug"), QStringLiteral("5005")}));

            // Run from inside the home (the bundle copied over it): no argument needed.
            QVERIFY(writeFile(fake.home() + QStringLiteral("/start.sh"),
                              readFile(fake.bundle() + QStringLiteral("/start.sh")), true));
            r = fake.start(shell, {QStringLiteral("version")}, {}, fake.home() + QStringLiteral("/start.sh"));
            QVERIFY2(r.code == 0, qPrintable(describe(r)));
            QCOMPARE(calls(fake.log()),
                     callOf(fake.launcher(), cmd.args + QStringList{QStringLiteral("version")}));

            // A home whose deployment.toml is not the bundle's: start and restart are refused and
            // run nothing; stop and version still work; --install-config installs it, keeping a backup.
            QByteArray stale = fake.generated();
            stale.replace("[server]", "[server]\n# an older file\n");
            QVERIFY(stale != fake.generated());
            QVERIFY(writeFile(fake.config(), stale));
            for (const QString &verb : {QStringLiteral("start"), QStringLiteral("restart"), QString()}) {
                r = fake.start(shell,
                               verb.isEmpty() ? QStringList{fake.home()} : QStringList{fake.home(), verb});
                QVERIFY2(r.code == 1, qPrintable(verb + QLatin1Char('\n') + describe(r)));
                QVERIFY2(r.err.contains(QLatin1String("--install-config")), qPrintable(describe(r)));
                QVERIFY(calls(fake.log()).isEmpty());
            }
            QCOMPARE(readFile(fake.config()), stale);
            for (const QString &verb : {QStringLiteral("stop"), QStringLiteral("version")}) {
                r = fake.start(shell, {fake.home(), verb});
                QVERIFY2(r.code == 0, qPrintable(describe(r)));
                QCOMPARE(calls(fake.log()), callOf(fake.launcher(), cmd.args + QStringList{verb}));
            }
            const QDir conf(fake.home() + QStringLiteral("/repository/conf"));
            for (const QString &old : conf.entryList({QStringLiteral("*.bak")}))
                QVERIFY(QFile::remove(conf.filePath(old)));
            r = fake.start(shell, {fake.home(), QStringLiteral("--install-config"), QStringLiteral("start")});
            QVERIFY2(r.code == 0, qPrintable(describe(r)));
            const QStringList got = calls(fake.log());
            QStringList expected = callOf(fake.launcher(), cmd.args + QStringList{QStringLiteral("start")});
            if (vault)
                expected = cipher + expected; // installed plain, so encrypted again
            QVERIFY2(got == expected, qPrintable(got.join(QLatin1Char('\n'))));
            const QStringList backups = conf.entryList({QStringLiteral("*.bak")});
            QCOMPARE(backups.size(), 1);
            QCOMPARE(readFile(conf.filePath(backups.first())), stale);
            if (!vault)
                QCOMPARE(readFile(fake.config()), fake.generated());

            if (vault) {
                // Encrypted, but the rest of the file changed: still refused.
                QByteArray changed = readFile(fake.config());
                changed.replace("[server]", "[server]\n# edited by hand\n");
                QVERIFY(writeFile(fake.config(), changed));
                r = fake.start(shell, {fake.home(), QStringLiteral("start")});
                QVERIFY2(r.code == 1, qPrintable(describe(r)));
                QVERIFY(calls(fake.log()).isEmpty());
            }

            // No home: neither the argument, nor APIM_HOME, nor the bundle folder is one.
            r = fake.start(shell, {QStringLiteral("start")});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QLatin1String("bin/") + fake.launcher() + QLatin1String(" not found")),
                     qPrintable(describe(r)));
            // A wrong home: a folder that is no API-M home, and one of the wrong role or version.
            r = fake.start(shell, {dir.filePath(QStringLiteral("no such home")), QStringLiteral("start")});
            QCOMPARE(r.code, 1);
            QVERIFY(r.err.contains(QLatin1String("not an API-M")));
            QVERIFY(calls(fake.log()).isEmpty());
            const QString other = dir.filePath(QStringLiteral("other home"));
            QVERIFY(writeFile(other + QStringLiteral("/bin/some-other-role.sh"), recordingStub(), true));
            QVERIFY(writeFile(other + QStringLiteral("/repository/conf/deployment.toml"), fake.generated()));
            r = fake.start(shell, {other});
            QCOMPARE(r.code, 1);
            QVERIFY(calls(fake.log()).isEmpty());
            // A home without repository/conf/deployment.toml.
            QVERIFY(QFile::remove(fake.config()));
            r = fake.start(shell, {fake.home()});
            QCOMPARE(r.code, 1);
            QVERIFY(r.err.contains(QLatin1String("deployment.toml not found")));
            QVERIFY(calls(fake.log()).isEmpty());
            QVERIFY(QFile::remove(fake.home() + QStringLiteral("/start.sh")));
        }
    }

    // shellcheck, every warning level, on each shell script any export target writes.
    void shellcheckEveryScript()
    {
        if (m_shellcheck.isEmpty())
            QSKIP("shellcheck is not installed; packaging/install-deps.sh installs it");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSet<QByteArray> seen;
        QStringList paths;
        int designs = 0;
        for (bool vault : {false, true}) {
            for (const Design &d : everyPatternAndVersion(vault)) {
                BundleFiles files;
                QString error;
                QVERIFY2(exporttargets::generate(d, exporttargets::All, &files, &error), qPrintable(error));
                ++designs;
                for (const BundleFile &f : files) {
                    if (!isShellScript(f))
                        continue;
                    const QByteArray hash =
                        QCryptographicHash::hash(shapeOf(f.data, d), QCryptographicHash::Sha1);
                    if (seen.contains(hash))
                        continue;
                    seen.insert(hash);
                    const QString path =
                        dir.filePath(QString::number(paths.size()) + QLatin1Char('/') + f.path);
                    QVERIFY(writeFile(path, f.data, f.executable));
                    paths.append(path);
                }
            }
        }
        QVERIFY(designs > 20);
        QVERIFY(paths.size() > 50);
        // In batches, so that one command line stays short; gcc format names file and line.
        for (qsizetype i = 0; i < paths.size(); i += 100) {
            const Run r = exporttest::run(
                m_shellcheck, QStringList{QStringLiteral("-f"), QStringLiteral("gcc")} + paths.mid(i, 100));
            QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        }
        qInfo("%d designs, %lld distinct scripts", designs, qlonglong(paths.size()));
    }
};

QTEST_GUILESS_MAIN(TestStartScripts)
#include "tst_startscripts.moc"
