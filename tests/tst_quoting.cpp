// Issue 16, "never let a value become code": the host-name type, one quoting
// function per output language fed every hostile class, checked by the real
// parser where this machine has one (sh, shellcheck, Python's YAML), by a
// reference reader where it has none (batch, Markdown), and the checks around
// them: the design check, the export gate, unique password variables and the
// CLI's escaped terminal output. The servers (PostgreSQL, MariaDB, NGINX) are
// in tst_quoting_servers.
#include "bundleexport.h"
#include "generators.h"
#include "hostilevalues.h"
#include "hostname.h"
#include "quoting.h"
#include "quotingtestutil.h"
#include "secretsource.h"
#include "validation.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace apim;
using namespace quotingtest;

namespace {

QString withoutChars(QString text, const QString &chars)
{
    for (QChar c : chars)
        text.remove(c);
    return text;
}

// Reads text written by quote::batchText() back as cmd.exe's echo prints it,
// or returns false when a character would be a command operator there.
bool unquoteBatch(const QString &text, QString *out)
{
    out->clear();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('^')) {
            if (++i == text.size())
                return false; // a trailing caret joins the next line
            *out += text.at(i);
        } else if (c == QLatin1Char('%')) {
            if (++i == text.size() || text.at(i) != QLatin1Char('%'))
                return false; // a lone % expands a variable
            *out += c;
        } else if (QStringLiteral("&|<>()\"").contains(c) || c.category() == QChar::Other_Control) {
            return false;
        } else {
            *out += c;
        }
    }
    return true;
}

bool findingWith(const Findings &findings, const QString &rule, const QString &text)
{
    for (const Finding &f : findings) {
        if (f.rule == rule && f.message.contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestQuoting : public QObject
{
    Q_OBJECT

private slots:
    void hostNames_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("valid");
        QTest::newRow("name") << "gw.example.com" << true;
        QTest::newRow("single label") << "localhost" << true;
        QTest::newRow("digit first") << "1e100.net" << true;
        QTest::newRow("underscore") << "shared_db.mysql" << true;
        QTest::newRow("ipv4") << "10.0.0.12" << true;
        QTest::newRow("ipv4 out of range") << "10.0.0.300" << false;
        QTest::newRow("ipv4 leading zero") << "10.0.0.012" << false;
        QTest::newRow("ipv4 three parts") << "10.0.12" << false;
        QTest::newRow("numeric top label") << "example.123" << false;
        QTest::newRow("ipv6 loopback") << "::1" << true;
        QTest::newRow("ipv6 any") << "::" << true;
        QTest::newRow("ipv6 link local") << "fe80::1" << true;
        QTest::newRow("ipv6 full") << "2001:db8:0:0:1:2:3:4" << true;
        QTest::newRow("ipv6 v4 tail") << "::ffff:10.0.0.1" << true;
        QTest::newRow("ipv6 nine groups") << "1:2:3:4:5:6:7:8:9" << false;
        QTest::newRow("ipv6 gap and eight") << "1::2:3:4:5:6:7:8" << false;
        QTest::newRow("ipv6 two gaps") << "1::2::3" << false;
        QTest::newRow("ipv6 zone") << "fe80::1%eth0" << false;
        QTest::newRow("ipv6 brackets") << "[::1]" << false;
        QTest::newRow("ipv6 five hex") << "fe80::12345" << false;
        QTest::newRow("nginx variable") << "$http_x_evil" << false;
        QTest::newRow("breaks a block") << "lb;}" << false;
        QTest::newRow("blank") << "gw 1" << false;
        QTest::newRow("newline") << "gw\nevil" << false;
        QTest::newRow("sql quote") << "gw'--" << false;
        QTest::newRow("url") << "https://gw" << false;
        QTest::newRow("port") << "gw:9443" << false;
        QTest::newRow("rtl mark") << "gw\u202Ecom" << false;
        QTest::newRow("label 63") << QString(63, QLatin1Char('a')) + QStringLiteral(".com") << true;
        QTest::newRow("label 64") << QString(64, QLatin1Char('a')) + QStringLiteral(".com") << false;
        QString longest;
        while (longest.size() < 250)
            longest += QStringLiteral("abcdefghi.");
        QTest::newRow("253 characters") << longest.left(249) + QStringLiteral("x.io") << true;
        QTest::newRow("254 characters") << longest.left(250) + QStringLiteral("x.io") << false;
    }

    void ipv4Addresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("zeros") << "0.0.0.0" << true;
        QTest::newRow("top") << "255.255.255.255" << true;
        QTest::newRow("plain") << "10.1.0.254" << true;
        QTest::newRow("256") << "256.1.1.1" << false;
        QTest::newRow("999") << "1.2.3.999" << false;
        QTest::newRow("four digits") << "1.2.3.0004" << false;
        QTest::newRow("leading zero") << "01.2.3.4" << false;
        QTest::newRow("trailing dot") << "10.0.0.1." << false;
        QTest::newRow("leading dot") << ".10.0.0.1" << false;
        QTest::newRow("empty part") << "10..0.1" << false;
        QTest::newRow("five parts") << "1.2.3.4.5" << false;
        QTest::newRow("three parts") << "1.2.3" << false;
        QTest::newRow("letter") << "1.2.3.a" << false;
        QTest::newRow("sign") << "1.2.3.+4" << false;
        QTest::newRow("blank") << "1.2.3. 4" << false;
        QTest::newRow("arabic digits") << QStringLiteral("1.2.3.\u0664") << false;
        QTest::newRow("empty") << "" << false;
    }

    void ipv4Addresses()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(isIpv4Address(text), valid);
    }

    void hostNames()
    {
        QFETCH(QString, host);
        QFETCH(bool, valid);
        QString reason;
        QCOMPARE(isValidHost(host, &reason), valid);
        QCOMPARE(reason.isEmpty(), valid);
        if (!valid)
            QVERIFY(!host.isEmpty() && !reason.isEmpty());
    }

    // Each value, single-quoted or inside "...", is read back byte for byte by the real sh.
    void shellRoundTripsThroughSh()
    {
        QString script = QStringLiteral("printf '%s\\0'");
        QString doubleQuoted = QStringLiteral("printf '%s\\0'");
        QList<QByteArray> expected;
        for (const auto &[name, value] : hostile::values()) {
            script += QLatin1Char(' ') + quote::shellWord(value);
            doubleQuoted += QStringLiteral(" \"") + quote::shellInDoubleQuotes(value) + QLatin1Char('"');
            expected.append(withoutChars(value, QString(QChar(0))).toUtf8());
        }
        for (const QString &body : {script, doubleQuoted}) {
            const Run r = run(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), body});
            QVERIFY(r.started);
            QCOMPARE(r.exitCode, 0);
            QList<QByteArray> got = r.out.split('\0');
            QCOMPARE(got.takeLast(), QByteArray());
            QCOMPARE(got, expected);
        }
        QCOMPARE(quote::shellWord(QStringLiteral("gw-1")), QStringLiteral("gw-1"));
        QCOMPARE(quote::shellWord(QString()), QStringLiteral("''"));
    }

    // start.sh of a node with a hostile name (the model refuses it; the
    // generator must still keep it data): sh -n, shellcheck, and a real run
    // against a stand-in API-M home print the name as it is.
    void startScriptKeepsHostileNameAsData()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QDir(home.path()).mkpath(QStringLiteral("bin"));
        QDir(home.path()).mkpath(QStringLiteral("repository/conf"));
        QFile launcher(home.filePath(QStringLiteral("bin/api-manager.sh")));
        QVERIFY(launcher.open(QIODevice::WriteOnly));
        launcher.write("echo launched \"$@\"\n");
        launcher.close();
        QFile config(home.filePath(QStringLiteral("repository/conf/deployment.toml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.close();
        const QString shellcheck = tool(QStringLiteral("shellcheck"));
        for (const auto &[name, value] : hostile::values()) {
            Design d = smallDesign(QStringLiteral("mysql"));
            Node *cp = d.topology.mutableNode(2);
            cp->values.insert(Field::Name, value);
            const QByteArray script = startScriptUnix(d, *cp);
            const QString path = home.filePath(QStringLiteral("start.sh"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(script);
            f.close();
            const Run syntax = run(QStringLiteral("/bin/sh"), {QStringLiteral("-n"), path});
            QVERIFY2(syntax.exitCode == 0, name);
            if (!shellcheck.isEmpty()) {
                const Run sc = run(shellcheck, {QStringLiteral("-s"), QStringLiteral("sh"), path});
                QVERIFY2(sc.exitCode == 0, qPrintable(QString::fromLatin1(name) + QLatin1Char(' ') +
                                                      QString::fromUtf8(sc.out)));
            }
            const Run started = run(QStringLiteral("/bin/sh"), {path, home.path()});
            QCOMPARE(started.exitCode, 0);
            const QByteArray shown =
                QByteArray("Starting ") + withoutChars(value, QString(QChar(0))).toUtf8();
            QVERIFY2(started.out.contains(shown), name);
            QVERIFY2(started.out.contains("launched -Dprofile=control-plane"), started.out.constData());
        }
        if (shellcheck.isEmpty())
            QSKIP("shellcheck is not installed (packaging/install-deps.sh installs it); sh -n and a real run "
                  "passed");
    }

    void batchTextIsOnlyText()
    {
        for (const auto &[name, value] : hostile::values()) {
            QString read;
            QVERIFY2(unquoteBatch(quote::batchText(value), &read), name);
            QCOMPARE(read, quote::comment(value));
        }
        Design d = smallDesign(QStringLiteral("mysql"));
        Node *cp = d.topology.mutableNode(2);
        cp->values.insert(Field::Name, QStringLiteral("cp & del /q %CD% \r\nexit"));
        for (const QString &line :
             QString::fromUtf8(startScriptWindows(d, *cp)).split(QStringLiteral("\r\n"))) {
            QVERIFY(!line.contains(QLatin1Char('\n')) && !line.contains(QLatin1Char('\r')));
            if (line.startsWith(QLatin1String("rem Starts ")) ||
                line.startsWith(QLatin1String("echo Starting ")))
                QVERIFY2(line.contains(QLatin1String("cp ^& del /q %%CD%%")), qPrintable(line));
        }
    }

    void commentsStayOneLine()
    {
        for (const auto &[name, value] : hostile::values()) {
            const QString c = quote::comment(value);
            QCOMPARE(c.size(), value.size());
            QVERIFY2(!quote::hasControl(c), name);
        }
        QCOMPARE(quote::markdownCode(QStringLiteral("a|b`c\nd")), QStringLiteral("`a\\|b'c d`"));
    }

    void yamlReadsBackInPython()
    {
        const QString python = tool(QStringLiteral("python3"));
        if (python.isEmpty() ||
            run(python, {QStringLiteral("-c"), QStringLiteral("import yaml")}).exitCode != 0)
            QSKIP("python3 with PyYAML is not installed");
        QString doc;
        QStringList expected;
        int i = 0;
        for (const auto &[name, value] : hostile::values()) {
            doc += QStringLiteral("k%1: %2\n").arg(i++).arg(quote::yamlString(value));
            expected.append(QString::fromLatin1(value.toUtf8().toHex()));
        }
        const Run r =
            run(python,
                {QStringLiteral("-c"),
                 QStringLiteral("import sys, yaml\n"
                                "d = yaml.safe_load(sys.stdin.buffer.read().decode('utf-8'))\n"
                                "for i in range(len(d)): print(d['k%d' % i].encode('utf-8').hex())\n")},
                doc.toUtf8());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QString::fromLatin1(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts), expected);
    }

    void hostsFileHoldsOnlyHostsAndAddresses()
    {
        for (const auto &[name, value] : hostile::values()) {
            QCOMPARE(quote::hostsName(value), QString());
            QCOMPARE(quote::hostsAddress(value), QString());
        }
        QCOMPARE(quote::hostsName(QStringLiteral("cp1.internal")), QStringLiteral("cp1.internal"));
        QCOMPARE(quote::hostsAddress(QStringLiteral("fe80::1")), QStringLiteral("fe80::1"));
        QCOMPARE(quote::hostsAddress(QStringLiteral("cp1.internal")), QString());

        Design d = smallDesign(QStringLiteral("mysql"));
        d.topology.mutableNode(2)->values.insert(Field::Ip, QStringLiteral("cp2.internal"));
        d.topology.mutableNode(3)->values.insert(Field::Hostname, QStringLiteral("gw1;evil\nx"));
        const QString hosts = QString::fromUtf8(designHostsFile(d));
        for (const QString &line : hosts.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList fields = line.split(QLatin1Char(' '));
            QCOMPARE(fields.size(), 2);
            QVERIFY2(isIpAddress(fields[0]), qPrintable(line));
            QVERIFY2(isValidHost(fields[1]), qPrintable(line));
        }
        QVERIFY(!hosts.contains(QLatin1String("cp2.internal cp1.internal")));
    }

    // Oracle, Db2 and SQL Server have no server here: no line of their scripts
    // may start a statement that came from a value.
    void sqlCommentsCannotBeEnded()
    {
        for (const QString &type :
             {QStringLiteral("mysql"), QStringLiteral("postgre"), QStringLiteral("mssql"),
              QStringLiteral("oracle"), QStringLiteral("db2"), QStringLiteral("sqlite")}) {
            for (const auto &[name, value] : hostile::values()) {
                Design d = smallDesign(type);
                Node *db = d.topology.mutableNode(1);
                for (const QString &field : {Field::ApimDbName, Field::ApimDbUser, Field::ApimDbPassword,
                                             Field::SharedDbName, Field::SharedDbUser})
                    db->values.insert(field, value);
                const QString sql = QString::fromUtf8(databaseScript(d, *db));
                const bool quotedMultiLine =
                    type == QLatin1String("mysql") || type == QLatin1String("postgre");
                for (const QString &line : sql.split(QLatin1Char('\n'))) {
                    if (line.startsWith(QLatin1String("--")))
                        QVERIFY2(!quote::hasControl(line), qPrintable(type + QLatin1Char(' ') + line));
                    // MySQL and PostgreSQL keep a line break inside a quoted name:
                    // their servers prove that in tst_quoting_servers.
                    if (!quotedMultiLine)
                        QVERIFY2(!line.startsWith(QLatin1String("DROP")),
                                 qPrintable(type + QLatin1Char(' ') + QLatin1String(name)));
                }
            }
        }
    }

    void sqlServerRefusesWhatSqlcmdWouldExpand()
    {
        QVERIFY(!quote::mssqlWritable(QStringLiteral("a$(b)")));
        QVERIFY(!quote::mssqlWritable(QStringLiteral("a\nGO\nb")));
        QVERIFY(quote::mssqlWritable(QStringLiteral("it's $ fine")));
        Design d = smallDesign(QStringLiteral("mssql"));
        d.topology.mutableNode(1)->values.insert(Field::ApimDbPassword, QStringLiteral("pw$(SQLCMDUSER)"));
        const QString sql = QString::fromUtf8(databaseScript(d, *d.topology.node(1)));
        QVERIFY(!sql.contains(QLatin1String("N'pw$(")));
        QVERIFY(sql.contains(QLatin1String("by hand")));
    }

    void designCheckAndExportRefuseInvalidHosts()
    {
        Design d = smallDesign(QStringLiteral("mysql"));
        Node lb = makeNode(9, NodeKind::LoadBalancer, QStringLiteral("lb"), QStringLiteral("lb.internal"));
        lb.values.insert(Field::PublicHostname, QStringLiteral("$http_x_evil"));
        d.topology.insertNode(3, lb);
        d.topology.insertLink(3, Link{9, 9, 3});
        d.topology.mutableNode(1)->values.insert(Field::Hostname, QStringLiteral("db;}"));
        const Findings findings = validateDesign(d);
        QVERIFY(findingWith(findings, QStringLiteral("invalid-hostname"),
                            QStringLiteral("public hostname of lb")));
        QVERIFY(findingWith(findings, QStringLiteral("invalid-hostname"), QStringLiteral("hostname of db")));

        QTemporaryDir dir;
        QString error;
        ExportOptions options;
        QVERIFY(!exportBundle(d, dir.filePath(QStringLiteral("out.zip")), options, &error));
        QVERIFY2(error.contains(QLatin1String("$http_x_evil")) || error.contains(QLatin1String("db;}")),
                 qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.zip"))));
    }

    void databasePasswordVariablesAreUnique()
    {
        Design d = smallDesign(QStringLiteral("mysql"));
        Node second = makeNode(8, NodeKind::Database, QStringLiteral("db_1"), QStringLiteral("db2.internal"));
        Node first = makeNode(7, NodeKind::Database, QStringLiteral("db-1"), QStringLiteral("db1.internal"));
        d.topology.insertNode(3, first);
        d.topology.insertNode(4, second);
        QStringList variables;
        for (const SecretSlot &s : secretSlots(d))
            variables.append(s.variable);
        QCOMPARE(QSet<QString>(variables.cbegin(), variables.cend()).size(), variables.size());
        QVERIFY(variables.contains(QStringLiteral("APIM_DB_DB_1_APIM_PASSWORD")));
        QVERIFY(variables.contains(QStringLiteral("APIM_DB_DB_1_2_APIM_PASSWORD")));

        // Each node gets its own password from the environment.
        QProcessEnvironment env;
        env.insert(QStringLiteral("APIM_DB_DB_1_APIM_PASSWORD"), QStringLiteral("one"));
        env.insert(QStringLiteral("APIM_DB_DB_1_2_APIM_PASSWORD"), QStringLiteral("two"));
        fillSecretsFromEnvironment(&d, env);
        QCOMPARE(d.topology.node(7)->text(Field::ApimDbPassword), QStringLiteral("one"));
        QCOMPARE(d.topology.node(8)->text(Field::ApimDbPassword), QStringLiteral("two"));

        const Findings findings = validateDesign(d);
        QVERIFY(findingWith(findings, QStringLiteral("secret-variable-clash"),
                            QStringLiteral("APIM_DB_DB_1_2_*")));
        QVERIFY(findingWith(findings, QStringLiteral("secret-variable-clash"), QStringLiteral("db-1")));
    }

    // A host read from a file reaches the terminal escaped, in import and lint.
    void cliEscapesControlCharacters()
    {
        QTemporaryDir dir;
        const QString toml = dir.filePath(QStringLiteral("deployment.toml"));
        QFile f(toml);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[server]\nhostname = \"evil\\u001b[2J\\u202e.example\"\nnode_ip = \"10.0.0.1\"\n"
                "offset = 0\n");
        f.close();
        const Run imported =
            run(QStringLiteral(APIM_CLI_PATH), {QStringLiteral("import"), toml, QStringLiteral("-o"),
                                                dir.filePath(QStringLiteral("x.apimtopo"))});
        QCOMPARE(imported.exitCode, 1);
        QVERIFY2(imported.err.contains("invalid-hostname"), imported.err.constData());
        QVERIFY2(imported.err.contains("evil\\x1b[2J\\u202e.example"), imported.err.constData());
        QVERIFY(!imported.err.contains('\x1b'));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.apimtopo"))));

        const Run linted = run(QStringLiteral(APIM_CLI_PATH), {QStringLiteral("lint"), toml});
        QVERIFY(!linted.out.contains('\x1b') && !linted.err.contains('\x1b'));
        QVERIFY2(linted.out.contains("\\x1b[2J"), linted.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestQuoting)
#include "tst_quoting.moc"
