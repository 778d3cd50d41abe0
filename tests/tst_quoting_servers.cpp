// Issue 16 with the real servers: PostgreSQL and MariaDB run the generated
// database.sql with every hostile class in the database names, users and
// passwords, and read each quoted literal back; NGINX parses (-t) a generated
// load-balancer configuration and serves each quoted parameter back. Every
// server runs in a temporary folder, reachable only through a unix socket in
// that folder, bounded in time and always stopped. A test skips only when the
// server's binary is missing (packaging/install-deps.sh installs them in CI).
#include "generators.h"
#include "hostilevalues.h"
#include "quoting.h"
#include "quotingtestutil.h"
#include "testservers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace apim;
using namespace quotingtest;

namespace {

QByteArray hexOf(const QString &text)
{
    return text.toUtf8().toHex();
}

QString withoutNul(const QString &text)
{
    return QString(text).remove(QChar(0));
}

using testservers::Stopper;
using testservers::writeFile;

// The design of quotingtestutil.h with `value` as every database name, user and password.
Design hostileDatabase(const QString &type, const QString &value)
{
    Design d = smallDesign(type);
    Node *db = d.topology.mutableNode(1);
    for (const QString &field : {Field::ApimDbName, Field::ApimDbUser, Field::ApimDbPassword,
                                 Field::SharedDbName, Field::SharedDbUser, Field::SharedDbPassword})
        db->values.insert(field, value);
    return d;
}

} // namespace

class TestQuotingServers : public QObject
{
    Q_OBJECT

private slots:
    void postgresRunsTheScriptAsData()
    {
        if (!testservers::Postgres::available())
            QSKIP(
                "PostgreSQL (initdb, pg_ctl, psql) is not installed; packaging/install-deps.sh installs it");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QElapsedTimer clock;
        clock.start();
        testservers::Postgres server;
        const QString error = server.start(dir.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto sql = [&](const QStringList &args, const QByteArray &input = {}) {
            return server.sql(args, input);
        };
        qInfo("PostgreSQL up after %lld ms", clock.elapsed());
        QCOMPARE(sql({QStringLiteral("-c"), QStringLiteral("CREATE DATABASE canary")}).exitCode, 0);

        // Each literal and identifier reads back as the value (NUL, which text cannot hold, dropped).
        QByteArray probe;
        QList<QByteArray> expected;
        for (const auto &[name, value] : hostile::values()) {
            probe += "SELECT encode(convert_to(" + quote::pgString(value).toUtf8() + ", 'UTF8'), 'hex');\n";
            expected.append(hexOf(withoutNul(value)));
        }
        const Run literals = sql({}, probe);
        QVERIFY2(literals.exitCode == 0, literals.err.constData());
        QCOMPARE(literals.out.split('\n').mid(0, expected.size()), expected);
        QByteArray roles;
        QList<QByteArray> roleNames;
        for (const auto &[name, value] : hostile::values()) {
            roles += "CREATE ROLE " + quote::pgIdent(value).toUtf8() + ";\n";
            roleNames.append(withoutNul(value).toUtf8().left(63).toHex());
        }
        roles +=
            "SELECT encode(convert_to(rolname, 'UTF8'), 'hex') FROM pg_roles WHERE rolname NOT LIKE 'pg\\_%' "
            "AND rolname <> 'postgres' ORDER BY 1;\n";
        const Run created = sql({}, roles);
        QVERIFY2(created.exitCode == 0, created.err.constData());
        QList<QByteArray> gotRoles = created.out.split('\n');
        gotRoles.removeAll(QByteArray());
        std::sort(gotRoles.begin(), gotRoles.end());
        std::sort(roleNames.begin(), roleNames.end());
        QCOMPARE(gotRoles, roleNames);
        QByteArray dropRoles;
        for (const auto &[name, value] : hostile::values())
            dropRoles += "DROP ROLE " + quote::pgIdent(value).toUtf8() + ";\n";
        QCOMPARE(sql({}, dropRoles).exitCode, 0);

        // The generated script itself, for the classes that matter to SQL (each
        // CREATE DATABASE copies a template: seconds, so not all of them).
        const QSet<QString> sqlClasses{QStringLiteral("single quote"), QStringLiteral("double quote"),
                                       QStringLiteral("newline SQL"),  QStringLiteral("NUL"),
                                       QStringLiteral("backslash"),    QStringLiteral("very long")};
        for (const auto &[name, value] : hostile::values()) {
            if (!sqlClasses.contains(QLatin1String(name)))
                continue;
            const QString script = dir.filePath(QStringLiteral("database.sql"));
            // The script as generated for the hostile design (the node is looked up in it).
            const Design d = hostileDatabase(QStringLiteral("postgre"), value);
            writeFile(script, databaseScript(d, *d.topology.node(1)));
            const Run ran = sql({QStringLiteral("-f"), script});
            QVERIFY2(ran.exitCode == 0,
                     qPrintable(QString::fromLatin1(name) + QLatin1Char(' ') + QString::fromUtf8(ran.err)));
            // The generator trims names and users; PostgreSQL cuts identifiers at 63 bytes.
            const QByteArray ident = withoutNul(value.trimmed()).toUtf8().left(63);
            const Run dbs = sql(
                {QStringLiteral("-c"), QStringLiteral("SELECT encode(convert_to(datname, 'UTF8'), "
                                                      "'hex') FROM pg_database WHERE datname NOT IN "
                                                      "('postgres', 'template0', 'template1') ORDER BY 1")});
            QList<QByteArray> names{QByteArray("canary").toHex(), ident.toHex()};
            std::sort(names.begin(), names.end());
            QCOMPARE(dbs.out.split('\n').mid(0, 2), names);
            const Run role =
                sql({QStringLiteral("-c"), QStringLiteral("SELECT count(*) FROM pg_roles WHERE "
                                                          "encode(convert_to(rolname, 'UTF8'), 'hex') = '%1'")
                                               .arg(QString::fromLatin1(ident.toHex()))});
            QCOMPARE(role.out.trimmed(), QByteArray("1"));
            const QByteArray cleanup = "DROP DATABASE " + quote::pgIdent(QString::fromUtf8(ident)).toUtf8() +
                                       ";\nDROP ROLE " + quote::pgIdent(QString::fromUtf8(ident)).toUtf8() +
                                       ";\n";
            QVERIFY(sql({}, cleanup).exitCode == 0);
        }
    }

    void mariadbRunsTheScriptAsData()
    {
        if (!testservers::MariaDb::available())
            QSKIP(
                "MariaDB (mariadb-install-db, mariadbd, mariadb) is not installed; packaging/install-deps.sh "
                "installs it");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QElapsedTimer clock;
        clock.start();
        testservers::MariaDb server;
        const QString error = server.start(dir.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto sql = [&](const QByteArray &input, const QStringList &extra = {}) {
            return server.sql(input, extra);
        };
        qInfo("MariaDB up after %lld ms", clock.elapsed());
        QCOMPARE(sql("CREATE DATABASE canary;").exitCode, 0);

        // Each literal reads back byte for byte, NUL included (written as \0).
        QByteArray probe;
        QList<QByteArray> expected;
        for (const auto &[name, value] : hostile::values()) {
            probe += "SELECT HEX(" + quote::mysqlString(value).toUtf8() + ");\n";
            expected.append(hexOf(value).toUpper());
        }
        const Run literals = sql(probe);
        QVERIFY2(literals.exitCode == 0, literals.err.constData());
        QCOMPARE(literals.out.split('\n').mid(0, expected.size()), expected);

        for (const auto &[name, value] : hostile::values()) {
            const Design d = hostileDatabase(QStringLiteral("mysql"), value);
            // --force: a name the server refuses (a trailing blank, over 64 characters)
            // must fail alone, and nothing of it may run as a statement.
            const Run ran = sql(databaseScript(d, *d.topology.node(1)), {QStringLiteral("--force")});
            const Run dbs =
                sql("SELECT HEX(schema_name) FROM information_schema.schemata WHERE schema_name NOT IN "
                    "('mysql', 'information_schema', 'performance_schema', 'sys') ORDER BY 1;");
            QList<QByteArray> got = dbs.out.split('\n');
            got.removeAll(QByteArray());
            QVERIFY2(got.contains(QByteArray("canary").toHex().toUpper()), name);
            const QByteArray made = hexOf(withoutNul(value.trimmed())).toUpper();
            QVERIFY2(got.size() == 1 || (got.size() == 2 && got.contains(made)),
                     qPrintable(QString::fromLatin1(name) + QLatin1Char(' ') + QString::fromUtf8(ran.err)));
            if (ran.err.isEmpty())
                QVERIFY2(got.contains(made), name);
            sql("DROP DATABASE IF EXISTS " + quote::mysqlIdent(value.trimmed()).toUtf8() + ";");
        }
    }

    void nginxParsesTheConfigAndServesEachParameter()
    {
        const QString nginx = tool(QStringLiteral("nginx"));
        const QString curl = tool(QStringLiteral("curl"));
        const QString openssl = tool(QStringLiteral("openssl"));
        if (nginx.isEmpty())
            QSKIP("NGINX is not installed; packaging/install-deps.sh installs it");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QDir(dir.path()).mkpath(QStringLiteral("logs"));
        const QString common = nginxPreamble(dir.path());

        // A generated load balancer configuration (IPv4 and IPv6 members) passes nginx -t.
        if (!openssl.isEmpty()) {
            const Run cert =
                run(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                              QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                              QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=lb"),
                              QStringLiteral("-keyout"), dir.filePath(QStringLiteral("lb.key")),
                              QStringLiteral("-out"), dir.filePath(QStringLiteral("lb.crt"))});
            QCOMPARE(cert.exitCode, 0);
            Design d = smallDesign(QStringLiteral("mysql"));
            d.topology.mutableNode(3)->values.insert(Field::Hostname, QStringLiteral("10.0.0.3"));
            Node gw2 = makeNode(4, NodeKind::Gateway, QStringLiteral("gw-2"), QStringLiteral("fe80::3"));
            d.topology.insertNode(3, gw2);
            Node lb =
                makeNode(9, NodeKind::LoadBalancer, QStringLiteral("lb"), QStringLiteral("lb.internal"));
            lb.values.insert(Field::PublicHostname, QStringLiteral("gw.example.com"));
            d.topology.insertNode(4, lb);
            d.topology.insertLink(3, Link{10, 9, 3});
            d.topology.insertLink(4, Link{11, 9, 4});
            QString generated = QString::fromUtf8(nginxConfig(d, *d.topology.node(9)));
            QVERIFY(generated.contains(QLatin1String("server [fe80::3]:")));
            generated.replace(QStringLiteral("/etc/nginx/ssl/gw.example.com"),
                              dir.filePath(QStringLiteral("lb")));
            writeFile(dir.filePath(QStringLiteral("lb.conf")), generated.toUtf8());
            writeFile(dir.filePath(QStringLiteral("test.conf")),
                      (common + QStringLiteral("  include %1/lb.conf;\n}\n").arg(dir.path())).toUtf8());
            const Run t = run(nginx, {QStringLiteral("-t"), QStringLiteral("-p"), dir.path(),
                                      QStringLiteral("-c"), dir.filePath(QStringLiteral("test.conf"))});
            QVERIFY2(t.exitCode == 0, t.err.constData());
        }

        // Each parameter, served back by a running NGINX: the value minus '$' and NUL.
        QString conf = common + QStringLiteral("  server {\n    listen unix:%1/http.sock;\n").arg(dir.path());
        QList<QByteArray> expected;
        int i = 0;
        for (const auto &[name, value] : hostile::values()) {
            if (value.size() > 4000) {
                // Over NGINX's 4 KB parameter buffer: refused, never read another way.
                writeFile(dir.filePath(QStringLiteral("long.conf")),
                          (common + QStringLiteral(
                                        "  server {\n    listen unix:%1/l.sock;\n    location / { return 200 "
                                        "%2; }\n  }\n}\n")
                                        .arg(dir.path(), quote::nginxParam(value)))
                              .toUtf8());
                const Run t = run(nginx, {QStringLiteral("-t"), QStringLiteral("-p"), dir.path(),
                                          QStringLiteral("-c"), dir.filePath(QStringLiteral("long.conf"))});
                QVERIFY(t.exitCode != 0 && t.err.contains("too long parameter"));
                continue;
            }
            conf += QStringLiteral("    location = /v%1 { default_type text/plain; return 200 %2; }\n")
                        .arg(i++)
                        .arg(quote::nginxParam(value));
            expected.append(withoutNul(value).remove(QLatin1Char('$')).toUtf8());
        }
        conf += QStringLiteral("  }\n}\n");
        writeFile(dir.filePath(QStringLiteral("serve.conf")), conf.toUtf8());
        const QStringList args{QStringLiteral("-p"), dir.path(), QStringLiteral("-c"),
                               dir.filePath(QStringLiteral("serve.conf"))};
        const Run t = run(nginx, QStringList{QStringLiteral("-t")} + args);
        QVERIFY2(t.exitCode == 0, t.err.constData());
        if (curl.isEmpty())
            QSKIP("curl is not installed: nginx -t passed, the values were not served back");
        QProcess server;
        const QString sock = dir.filePath(QStringLiteral("http.sock"));
        const Stopper stopper = startNginx(server, nginx, args, sock);
        QVERIFY(QFile::exists(sock));
        for (qsizetype k = 0; k < expected.size(); ++k) {
            const Run got = run(curl, {QStringLiteral("-s"), QStringLiteral("--unix-socket"), sock,
                                       QStringLiteral("http://localhost/v%1").arg(k)});
            QCOMPARE(got.out, expected[k]);
        }
    }
};

QTEST_GUILESS_MAIN(TestQuotingServers)
#include "tst_quoting_servers.moc"
