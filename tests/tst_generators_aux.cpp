// Hosts, start scripts, NGINX, SQL and README generators, on small designs built in code.
#include "generators.h"
#include "validation.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace apim;

namespace {

struct Ids
{
    NodeId db = 1, cp1 = 2, cp2 = 3, gw1 = 4, gw2 = 5, lbCp = 6, lbGw = 7;
};

Node makeNode(NodeId id, NodeKind kind, const QString &name, const QString &hostname, const QString &ip,
              int offset = 0)
{
    Node n;
    n.id = id;
    n.kind = kind;
    n.values = SchemaRegistry::instance().defaults(kind);
    n.values.insert(Field::Name, name);
    n.values.insert(Field::Hostname, hostname);
    n.values.insert(Field::Ip, ip);
    if (n.values.contains(Field::Offset))
        n.values.insert(Field::Offset, offset);
    return n;
}

// Two control planes and two gateways, each pair behind a load balancer, one database.
// `reversedLinks` inserts the same links in the opposite order.
Design haDesign(const QString &version = QStringLiteral("4.4.0"),
                const QString &dbType = QStringLiteral("mysql"), bool reversedLinks = false)
{
    const Ids id;
    Design d;
    d.settings.name = QStringLiteral("shop-prod");
    d.settings.apimVersion = version;
    Topology &t = d.topology;

    Node db = makeNode(id.db, NodeKind::Database, QStringLiteral("db-1"), QStringLiteral("db.internal"),
                       QStringLiteral("10.0.0.10"));
    db.values.insert(Field::DbType, dbType);
    db.values.insert(Field::DbPort, SchemaRegistry::defaultDatabasePort(dbType));
    db.values.insert(Field::ApimDbPassword, QStringLiteral("s3cr'et"));
    db.values.insert(Field::SharedDbPassword, QStringLiteral("shared\\pw"));
    t.insertNode(0, db);
    t.insertNode(1, makeNode(id.cp1, NodeKind::ControlPlane, QStringLiteral("cp-1"),
                             QStringLiteral("cp1.internal"), QStringLiteral("10.0.0.1")));
    t.insertNode(2, makeNode(id.cp2, NodeKind::ControlPlane, QStringLiteral("cp-2"),
                             QStringLiteral("cp2.internal"), QStringLiteral("10.0.0.2"), 1));
    t.insertNode(3, makeNode(id.gw1, NodeKind::Gateway, QStringLiteral("gw-1"),
                             QStringLiteral("gw1.internal"), QStringLiteral("10.0.0.3")));
    t.insertNode(4, makeNode(id.gw2, NodeKind::Gateway, QStringLiteral("gw-2"),
                             QStringLiteral("gw2.internal"), QStringLiteral("10.0.0.4"), 2));
    Node lbCp = makeNode(id.lbCp, NodeKind::LoadBalancer, QStringLiteral("lb-cp"),
                         QStringLiteral("lbcp.internal"), QStringLiteral("10.0.0.20"));
    lbCp.values.insert(Field::PublicHostname, QStringLiteral("cp.wso2.com"));
    t.insertNode(5, lbCp);
    Node lbGw = makeNode(id.lbGw, NodeKind::LoadBalancer, QStringLiteral("lb-gw"),
                         QStringLiteral("lbgw.internal"), QStringLiteral("10.0.0.21"));
    lbGw.values.insert(Field::PublicHostname, QStringLiteral("gw.wso2.com"));
    t.insertNode(6, lbGw);

    QList<QPair<NodeId, NodeId>> links{
        {id.lbCp, id.cp1}, {id.lbCp, id.cp2}, {id.lbGw, id.gw1}, {id.lbGw, id.gw2}, {id.gw1, id.cp1},
        {id.gw2, id.cp1},  {id.cp1, id.db},   {id.cp2, id.db},   {id.gw1, id.db},   {id.gw2, id.db}};
    if (reversedLinks)
        std::reverse(links.begin(), links.end());
    LinkId next = 1;
    for (const auto &[from, to] : links) {
        t.insertLink(t.links().size(), Link{next++, from, to});
    }
    return d;
}

const Node &nodeNamed(const Design &d, const char *name)
{
    const Node *n = d.topology.nodeByName(QString::fromLatin1(name));
    Q_ASSERT(n);
    return *n;
}

QStringList linesOf(const QByteArray &data)
{
    return QString::fromUtf8(data).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList entriesOf(const QByteArray &hosts)
{
    QStringList out;
    for (const QString &line : linesOf(hosts)) {
        if (!line.startsWith(QLatin1Char('#')))
            out.append(line);
    }
    return out;
}

// Entries are "<ip> <host>", sorted by host name.
bool isSortedByHost(const QStringList &entries)
{
    for (qsizetype i = 1; i < entries.size(); ++i) {
        if (!(entries[i - 1].section(QLatin1Char(' '), 1) < entries[i].section(QLatin1Char(' '), 1)))
            return false;
    }
    return true;
}

} // namespace

class TestGeneratorsAux : public QObject
{
    Q_OBJECT

private slots:
    void gatewayHosts()
    {
        const Design d = haDesign();
        const QByteArray hosts = nodeHostsFile(d, nodeNamed(d, "gw-1"));
        QVERIFY(hosts.startsWith("# "));
        const QStringList entries = entriesOf(hosts);
        for (const char *expected :
             {"10.0.0.1 cp1.internal", "10.0.0.2 cp2.internal", "10.0.0.20 cp.wso2.com",
              "10.0.0.10 db.internal", "10.0.0.3 gw1.internal", "10.0.0.21 gw.wso2.com"}) {
            QVERIFY2(entries.contains(QString::fromLatin1(expected)), expected);
        }
        QCOMPARE(entries.size(), 6);
        QVERIFY(!hosts.contains("gw2.internal"));
        QVERIFY(!hosts.contains("lbcp.internal"));
        QVERIFY(isSortedByHost(entries));
    }

    void controlPlaneHostsNameGatewayBalancer()
    {
        const Design d = haDesign();
        const QStringList entries = entriesOf(nodeHostsFile(d, nodeNamed(d, "cp-2")));
        // Gateways behind a balancer are named by its public hostname only.
        QVERIFY(entries.contains(QStringLiteral("10.0.0.21 gw.wso2.com")));
        QVERIFY(!entries.join(QLatin1Char(' ')).contains(QLatin1String("gw1.internal")));
        QVERIFY(entries.contains(QStringLiteral("10.0.0.1 cp1.internal")));
        QVERIFY(entries.contains(QStringLiteral("10.0.0.2 cp2.internal")));
        QVERIFY(entries.contains(QStringLiteral("10.0.0.20 cp.wso2.com")));
        // ...and by its own hostname, where the gateways' admin services are (service_url).
        QVERIFY(entries.contains(QStringLiteral("10.0.0.21 lbgw.internal")));
        QVERIFY(!entries.contains(QStringLiteral("10.0.0.20 lbcp.internal")));
    }

    void missingIpIsCommented()
    {
        Design d = haDesign();
        d.topology.mutableNode(Ids().cp2)->values.insert(Field::Ip, QString());
        const QByteArray hosts = nodeHostsFile(d, nodeNamed(d, "gw-1"));
        bool commented = false;
        for (const QString &line : linesOf(hosts)) {
            if (line.contains(QLatin1String("cp2.internal"))) {
                QVERIFY2(line.startsWith(QLatin1Char('#')), qPrintable(line));
                QVERIFY(line.contains(QLatin1String("IP missing")));
                commented = true;
            }
        }
        QVERIFY(commented);
    }

    void designHosts()
    {
        Design d = haDesign();
        // A second node on the same machine must not repeat the entry.
        Node extra = makeNode(99, NodeKind::Gateway, QStringLiteral("gw-3"), QStringLiteral("gw1.internal"),
                              QStringLiteral("10.0.0.3"), 5);
        d.topology.insertNode(d.topology.nodes().size(), extra);
        const QByteArray hosts = designHostsFile(d);
        QVERIFY(hosts.startsWith("# "));
        const QStringList entries = entriesOf(hosts);
        QCOMPARE(
            entries,
            QStringList({QStringLiteral("10.0.0.20 cp.wso2.com"), QStringLiteral("10.0.0.1 cp1.internal"),
                         QStringLiteral("10.0.0.2 cp2.internal"), QStringLiteral("10.0.0.10 db.internal"),
                         QStringLiteral("10.0.0.21 gw.wso2.com"), QStringLiteral("10.0.0.3 gw1.internal"),
                         QStringLiteral("10.0.0.4 gw2.internal"), QStringLiteral("10.0.0.20 lbcp.internal"),
                         QStringLiteral("10.0.0.21 lbgw.internal")}));
    }

    // Two nodes on one machine (one of them spelling the host name in capitals), and a load
    // balancer on a gateway's machine: no hosts file repeats a line, and the README's command
    // appends each file to an /etc/hosts that already has some of them without repeating one.
    void hostsNeverRepeatALine()
    {
        Design d = haDesign();
        Topology &t = d.topology;
        auto set = [&](const char *name, const QString &field, const QString &value) {
            t.mutableNode(nodeNamed(d, name).id)->values.insert(field, value);
        };
        set("cp-2", Field::Hostname, QStringLiteral("CP1.Internal"));
        set("cp-2", Field::Ip, QStringLiteral("10.0.0.1"));
        set("gw-2", Field::Hostname, QStringLiteral("gw1.internal"));
        set("gw-2", Field::Ip, QStringLiteral("10.0.0.3"));
        set("lb-gw", Field::Ip, QStringLiteral("10.0.0.3"));
        set("lb-gw", Field::Hostname, QStringLiteral("GW1.internal"));

        QList<QPair<QString, QByteArray>> files{{QStringLiteral("hosts"), designHostsFile(d)}};
        for (const Node &n : t.nodes())
            files.append({n.name(), nodeHostsFile(d, n)});
        for (const auto &[name, data] : files) {
            QSet<QString> seen;
            for (const QString &line : entriesOf(data)) {
                QVERIFY2(!seen.contains(line.toLower()), qPrintable(name + QLatin1String(": ") + line));
                seen.insert(line.toLower());
            }
        }
        const QStringList all = entriesOf(designHostsFile(d));
        QVERIFY2(all.contains(QLatin1String("10.0.0.1 CP1.Internal")),
                 qPrintable(all.join(QLatin1Char('\n'))));
        QVERIFY(!all.contains(QLatin1String("10.0.0.1 cp1.internal")));
        QVERIFY(all.contains(QLatin1String("10.0.0.3 gw.wso2.com")));

        // The README's command, against a stand-in for /etc/hosts that has one line already.
        const QString sh = QStandardPaths::findExecutable(QStringLiteral("sh"));
        QVERIFY(!sh.isEmpty());
        const QString readme = QString::fromUtf8(bundleReadme(d));
        const QRegularExpression command(QStringLiteral("\n    (grep -vxF [^\n]*)\n"));
        const QRegularExpressionMatch m = command.match(readme);
        QVERIFY2(m.hasMatch(), qPrintable(readme));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString etcHosts = dir.filePath(QStringLiteral("etc hosts"));
        {
            QFile f(etcHosts);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("127.0.0.1 localhost\n10.0.0.3 gw1.internal\n");
        }
        for (const auto &[name, data] : files) {
            const QString path = dir.filePath(name + QStringLiteral(" hosts"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
            f.close();
            QString script = m.captured(1);
            script.replace(QLatin1String("sudo "), QString());
            script.replace(QLatin1String("/etc/hosts"), QLatin1String("\"$1\""));
            script.replace(QLatin1String("nodes/<node>/hosts"), QLatin1String("\"$2\""));
            for (int twice = 0; twice < 2; ++twice) {
                QProcess p;
                p.start(sh, {QStringLiteral("-c"), script, QStringLiteral("sh"), etcHosts, path});
                QVERIFY(p.waitForFinished(10000));
                QVERIFY2(p.exitCode() <= 1, p.readAllStandardError().constData()); // 1: nothing to add
            }
        }
        QFile result(etcHosts);
        QVERIFY(result.open(QIODevice::ReadOnly));
        const QStringList lines = entriesOf(result.readAll());
        QCOMPARE(QSet<QString>(lines.begin(), lines.end()).size(), lines.size());
        for (const QString &line : all)
            QVERIFY2(lines.contains(line), qPrintable(line));
        QVERIFY(lines.contains(QLatin1String("127.0.0.1 localhost")));
    }

    void nginxGatewayCluster()
    {
        const Design d = haDesign();
        const QString conf = QString::fromUtf8(nginxConfig(d, nodeNamed(d, "lb-gw")));
        // gw-2 has offset 2: every port shifts.
        for (const char *server :
             {"server gw1.internal:9443;", "server gw2.internal:9445;", "server gw1.internal:8243;",
              "server gw2.internal:8245;", "server gw2.internal:8282;", "server gw2.internal:9101;",
              "server gw2.internal:8101;"}) {
            QVERIFY2(conf.contains(QLatin1String(server)), server);
        }
        QVERIFY(!conf.contains(QLatin1String("ip_hash")));
        QVERIFY(conf.contains(QLatin1String("listen 9099;")));
        QVERIFY(conf.contains(QLatin1String("listen 8099 ssl;")));
        QCOMPARE(conf.count(QLatin1String("proxy_set_header Upgrade $http_upgrade;")), 2);
        QCOMPARE(conf.count(QLatin1String("proxy_set_header Connection \"upgrade\";")), 2);
        QVERIFY(conf.contains(QLatin1String("ssl_certificate /etc/nginx/ssl/gw.wso2.com.crt;")));
        QVERIFY(conf.contains(QLatin1String("ssl_certificate_key /etc/nginx/ssl/gw.wso2.com.key;")));
        QVERIFY(conf.contains(QLatin1String("server_name gw.wso2.com;")));
        // The admin services: refused on the public host, served under the balancer's own name.
        QCOMPARE(conf.count(QLatin1String("location /services/ {\n        return 404;")), 2);
        const qsizetype mgmt = conf.indexOf(QLatin1String("server_name lbgw.internal;"));
        QVERIFY(mgmt > 0);
        QVERIFY(conf.indexOf(QLatin1String("proxy_pass https://apim_lb_gw_mgmt;"), mgmt) > mgmt);
        QCOMPARE(conf.count(QLatin1String("proxy_pass https://apim_lb_gw_mgmt;")), 1);
        // WebSub receivers, and bodies larger than NGINX's 1 MB default (API imports).
        QVERIFY(conf.contains(QLatin1String("listen 9021;")));
        QVERIFY(conf.contains(QLatin1String("listen 8021 ssl;")));
        QVERIFY(conf.contains(QLatin1String("server gw2.internal:9023;")));
        QVERIFY(conf.contains(QLatin1String("server gw2.internal:8023;")));
        QCOMPARE(conf.count(QLatin1String("client_max_body_size 100m;")),
                 conf.count(QLatin1String("server {")));
        QCOMPARE(conf.count(QLatin1Char('{')), conf.count(QLatin1Char('}')));
    }

    // A balancer whose own hostname is its public one has no host for the admin services:
    // they are not routed, the control planes call a gateway directly, and the check warns.
    void nginxWithoutManagementHost()
    {
        Design d = haDesign();
        d.topology.mutableNode(Ids().lbGw)->values.insert(Field::Hostname, QStringLiteral("gw.wso2.com"));
        const QString conf = QString::fromUtf8(nginxConfig(d, nodeNamed(d, "lb-gw")));
        QVERIFY(!conf.contains(QLatin1String("proxy_pass https://apim_lb_gw_mgmt;")));
        QCOMPARE(conf.count(QLatin1String("location /services/ {\n        return 404;")), 2);
        const QByteArray cp = deploymentTomlText(d, nodeNamed(d, "cp-1"));
        QVERIFY2(cp.contains("service_url = \"https://gw1.internal:9443/services/\""), cp.constData());
        bool warned = false;
        for (const Finding &f : validateDesign(d))
            warned = warned || f.rule == QLatin1String("balancer-management-host");
        QVERIFY(warned);
    }

    void nginxControlPlaneCluster()
    {
        const Design d = haDesign();
        const QString conf = QString::fromUtf8(nginxConfig(d, nodeNamed(d, "lb-cp")));
        QVERIFY(conf.contains(QLatin1String("ip_hash;")));
        QVERIFY(conf.contains(QLatin1String("server cp1.internal:9443;")));
        QVERIFY(conf.contains(QLatin1String("server cp2.internal:9444;")));
        QVERIFY(conf.contains(QLatin1String("listen 80;")));
        QVERIFY(conf.contains(QLatin1String("listen 443 ssl;")));
        QVERIFY(conf.contains(QLatin1String("return 301 https://cp.wso2.com$request_uri;")));
        for (const char *header :
             {"X-Forwarded-Host $host", "X-Forwarded-Server $host",
              "X-Forwarded-For $proxy_add_x_forwarded_for", "Host $http_host", "proxy_read_timeout 5m"}) {
            QVERIFY2(conf.contains(QLatin1String(header)), header);
        }
        QVERIFY(!conf.contains(QLatin1String("9099")));
        QVERIFY(!conf.contains(QLatin1String("Upgrade")));
        QCOMPARE(conf.count(QLatin1Char('{')), conf.count(QLatin1Char('}')));
    }

    void nginxWithoutMembers()
    {
        Design d;
        Node lb = makeNode(1, NodeKind::LoadBalancer, QStringLiteral("lb-1"), QStringLiteral("lb1"),
                           QStringLiteral("10.0.0.9"));
        d.topology.insertNode(0, lb);
        const QByteArray conf = nginxConfig(d, nodeNamed(d, "lb-1"));
        QVERIFY(conf.contains("fronts no node"));
        for (const QString &line : linesOf(conf))
            QVERIFY2(line.startsWith(QLatin1Char('#')), qPrintable(line));
    }

    void mysqlScript()
    {
        const Design d = haDesign();
        const QString sql = QString::fromUtf8(databaseScript(d, nodeNamed(d, "db-1")));
        QVERIFY(sql.contains(QLatin1String("CREATE DATABASE IF NOT EXISTS `apim_db`;")));
        QVERIFY(sql.contains(QLatin1String("CREATE DATABASE IF NOT EXISTS `shared_db`;")));
        // Quotes doubled, backslashes escaped.
        QVERIFY(sql.contains(QLatin1String("CREATE USER IF NOT EXISTS 'apimadmin'@'10.0.0.1' IDENTIFIED BY "
                                           "'s3cr''et';")));
        // Re-runnable: the password is set again on every run.
        QVERIFY(sql.contains(QLatin1String("ALTER USER 'apimadmin'@'10.0.0.1' IDENTIFIED BY 's3cr''et';")));
        QVERIFY(sql.contains(QLatin1String("IDENTIFIED BY 'shared\\\\pw';")));
        // Control planes get both databases, for their IP: what the server sees, not the host name.
        QVERIFY(!sql.contains(QLatin1String("@'cp1.internal'")));
        for (const char *host : {"10.0.0.1", "10.0.0.2"}) {
            QVERIFY2(sql.contains(QStringLiteral("GRANT ALL PRIVILEGES ON `apim_db`.* TO 'apimadmin'@'%1';")
                                      .arg(QLatin1String(host))),
                     host);
            QVERIFY2(
                sql.contains(QStringLiteral("GRANT ALL PRIVILEGES ON `shared_db`.* TO 'sharedadmin'@'%1';")
                                 .arg(QLatin1String(host))),
                host);
        }
        // Gateways only shared_db.
        QVERIFY(sql.contains(
            QLatin1String("GRANT ALL PRIVILEGES ON `shared_db`.* TO 'sharedadmin'@'10.0.0.4';")));
        QVERIFY(!sql.contains(QLatin1String("'apimadmin'@'10.0.0.4'")));
        QVERIFY(sql.contains(QLatin1String("mysql -h db.internal -P 3306 -u apimadmin -p -Dapim_db < "
                                           "<API-M_HOME>/dbscripts/apimgt/mysql.sql")));
        QVERIFY(sql.contains(QLatin1String("mysql -h db.internal -P 3306 -u sharedadmin -p -Dshared_db < "
                                           "<API-M_HOME>/dbscripts/mysql.sql")));
        QVERIFY(!sql.contains(QLatin1String("CHANGE_ME")));
    }

    void mysqlQuotesIdentifiersAndPlaceholders()
    {
        Design d = haDesign();
        Node *db = d.topology.mutableNode(Ids().db);
        db->values.insert(Field::ApimDbName, QStringLiteral("apim`db"));
        db->values.insert(Field::ApimDbPassword, QString());
        const QString sql = QString::fromUtf8(databaseScript(d, *db));
        QVERIFY(sql.contains(QLatin1String("CREATE DATABASE IF NOT EXISTS `apim``db`;")));
        QVERIFY(sql.contains(QLatin1String("IDENTIFIED BY 'CHANGE_ME';")));
        QVERIFY(sql.contains(QLatin1String("-- NOTE: The design has no password for apimadmin")));
    }

    void postgresScript()
    {
        const Design d = haDesign(QStringLiteral("4.4.0"), QStringLiteral("postgre"));
        const QString sql = QString::fromUtf8(databaseScript(d, nodeNamed(d, "db-1")));
        // Created when missing, the password set on every run.
        QVERIFY(sql.contains(QLatin1String("SELECT format('CREATE ROLE %I', 'apimadmin') WHERE NOT EXISTS")));
        QVERIFY(sql.contains(QLatin1String("ALTER ROLE \"apimadmin\" WITH LOGIN PASSWORD 's3cr''et';")));
        // Backslashes are literal with standard_conforming_strings.
        QVERIFY(sql.contains(QLatin1String("ALTER ROLE \"sharedadmin\" WITH LOGIN PASSWORD 'shared\\pw';")));
        QVERIFY(sql.contains(QLatin1String(
            "SELECT format('CREATE DATABASE %I OWNER %I', 'apim_db', 'apimadmin') WHERE NOT EXISTS")));
        QVERIFY(sql.contains(QLatin1String("REVOKE CONNECT ON DATABASE \"shared_db\" FROM PUBLIC;")));
        QVERIFY(sql.contains(QLatin1String("sudo -u postgres psql -v ON_ERROR_STOP=1 < database.sql")));
        QVERIFY(
            sql.contains(QLatin1String("GRANT ALL PRIVILEGES ON DATABASE \"apim_db\" TO \"apimadmin\";")));
        QVERIFY(sql.contains(QLatin1String("host  \"apim_db\"  \"apimadmin\"  10.0.0.1/32")));
        QVERIFY(sql.contains(QLatin1String("host  \"shared_db\"  \"sharedadmin\"  10.0.0.3/32")));
        QVERIFY(!sql.contains(QLatin1String("host  \"apim_db\"  \"apimadmin\"  10.0.0.3/32")));
        QVERIFY(sql.contains(QLatin1String("psql -h db.internal -p 5432 -U apimadmin -d apim_db -f "
                                           "<API-M_HOME>/dbscripts/apimgt/postgresql.sql")));
        QVERIFY(sql.contains(QLatin1String("psql -h db.internal -p 5432 -U sharedadmin -d shared_db -f "
                                           "<API-M_HOME>/dbscripts/postgresql.sql")));
        QVERIFY(!sql.contains(QLatin1String("IF NOT EXISTS")));
    }

    void otherDatabaseTypes()
    {
        const Design ms = haDesign(QStringLiteral("4.4.0"), QStringLiteral("mssql"));
        const QString mssql = QString::fromUtf8(databaseScript(ms, nodeNamed(ms, "db-1")));
        QVERIFY(mssql.contains(QLatin1String("    CREATE LOGIN [apimadmin] WITH PASSWORD = N's3cr''et'\n")));
        QVERIFY(mssql.contains(QLatin1String("    ALTER LOGIN [apimadmin] WITH PASSWORD = N's3cr''et';")));
        QVERIFY(mssql.contains(QLatin1String("IF DB_ID(N'shared_db') IS NULL CREATE DATABASE [shared_db];")));
        QVERIFY(mssql.contains(QLatin1String("dbscripts/apimgt/mssql.sql")));

        const Design ora = haDesign(QStringLiteral("4.4.0"), QStringLiteral("oracle"));
        const QString oracle = QString::fromUtf8(databaseScript(ora, nodeNamed(ora, "db-1")));
        QVERIFY(oracle.contains(
            QLatin1String("EXECUTE IMMEDIATE 'CREATE USER apimadmin IDENTIFIED BY \"s3cr''et\"';")));
        QVERIFY(oracle.contains(QLatin1String("ALTER USER apimadmin IDENTIFIED BY \"s3cr'et\";")));
        // One real service, named in the load commands; the databases are its schemas.
        QVERIFY(oracle.contains(QLatin1String("sqlplus apimadmin@//db.internal:1521/ORCLPDB1 @")));
        QVERIFY(oracle.contains(QLatin1String("dbscripts/oracle.sql")));

        const Design db2 = haDesign(QStringLiteral("4.4.0"), QStringLiteral("db2"));
        const QByteArray db2Sql = databaseScript(db2, nodeNamed(db2, "db-1"));
        QVERIFY(db2Sql.contains("db2 -td/ -f <API-M_HOME>/dbscripts/apimgt/db2.sql"));
        QVERIFY(db2Sql.contains("at most 8 characters")); // shared_db is 9
        for (const QString &line : linesOf(db2Sql))
            QVERIFY2(line.startsWith(QLatin1String("--")), qPrintable(line));
    }

    void startScriptProfile_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("unixRun");
        QTest::addColumn<QString>("windowsRun");
        QTest::newRow("4.4 gateway") << "4.4.0"
                                     << "gw-1"
                                     << "\"$launcher\" -Dprofile=gateway-worker \"$@\""
                                     << "call \"%LAUNCHER%\" --run -Dprofile=gateway-worker";
        QTest::newRow("4.4 control plane") << "4.4.0"
                                           << "cp-1"
                                           << "\"$launcher\" -Dprofile=control-plane \"$@\""
                                           << "call \"%LAUNCHER%\" --run -Dprofile=control-plane";
        QTest::newRow("4.6 gateway") << "4.6.0"
                                     << "gw-1"
                                     << "exec sh \"$launcher\" \"$@\""
                                     << "call \"%LAUNCHER%\" --run\r\n";
        QTest::newRow("4.6 control plane") << "4.6.0"
                                           << "cp-2"
                                           << "exec sh \"$launcher\" \"$@\""
                                           << "call \"%LAUNCHER%\" --run\r\n";
    }

    void startScriptProfile()
    {
        QFETCH(QString, version);
        QFETCH(QString, node);
        QFETCH(QString, unixRun);
        QFETCH(QString, windowsRun);
        const Design d = haDesign(version);
        const Node &n = nodeNamed(d, qPrintable(node));
        const QString sh = QString::fromUtf8(startScriptUnix(d, n));
        const QString bat = QString::fromUtf8(startScriptWindows(d, n));
        QVERIFY2(sh.contains(unixRun), qPrintable(sh));
        QVERIFY2(bat.contains(windowsRun), qPrintable(bat));
        const bool profileBased = version.startsWith(QLatin1String("4.4"));
        const QString script = profileBased ? QStringLiteral("api-manager")
                                            : (n.kind == NodeKind::Gateway ? QStringLiteral("gateway")
                                                                           : QStringLiteral("api-cp"));
        QVERIFY(sh.contains(QStringLiteral("launcher=\"$home/bin/%1.sh\"").arg(script)));
        QVERIFY(bat.contains(QStringLiteral("set \"LAUNCHER=%HOME_DIR%\\bin\\%1.bat\"").arg(script)));
        QCOMPARE(sh.contains(QLatin1String("-Dprofile=")), profileBased);
    }

    void profileNamesFollowVersion()
    {
        Design d;
        d.topology.insertNode(0, makeNode(1, NodeKind::KeyManager, QStringLiteral("km-1"),
                                          QStringLiteral("km1"), QStringLiteral("10.0.0.7")));
        d.topology.insertNode(1, makeNode(2, NodeKind::AllInOne, QStringLiteral("apim-1"),
                                          QStringLiteral("apim1"), QStringLiteral("10.0.0.8")));
        d.settings.apimVersion = QStringLiteral("4.2.0");
        QVERIFY(startScriptUnix(d, nodeNamed(d, "km-1"))
                    .contains(" -Dprofile=api-key-manager-deprecated \"$@\""));
        // The all-in-one pack starts without a profile.
        QVERIFY(!startScriptUnix(d, nodeNamed(d, "apim-1")).contains("-Dprofile="));
        d.settings.apimVersion = QStringLiteral("4.3.0");
        QVERIFY(startScriptUnix(d, nodeNamed(d, "km-1")).contains(" -Dprofile=api-key-manager-node \"$@\""));
        d.settings.apimVersion = QStringLiteral("4.7.0");
        QVERIFY(startScriptWindows(d, nodeNamed(d, "km-1")).contains("\\bin\\key-manager.bat\""));
    }

    void unixScriptShape()
    {
        const Design d = haDesign();
        const QByteArray sh = startScriptUnix(d, nodeNamed(d, "gw-1"));
        QVERIFY(sh.startsWith("#!/bin/sh\n"));
        QVERIFY(sh.contains("\nset -eu\n"));
        QVERIFY(sh.contains("APIM_HOME"));
        QVERIFY(sh.contains("--skipConfigOptimization"));
        QVERIFY(!sh.contains('\r'));
    }

    void windowsScriptUsesCrlf()
    {
        const Design d = haDesign();
        const QByteArray bat = startScriptWindows(d, nodeNamed(d, "cp-1"));
        // CARBON_HOME in its short form (a long path with spaces breaks API-M's java command line),
        // and a home whose deployment.toml differs from the bundle's is refused.
        QVERIFY(bat.contains("for %%I in (\"%HOME_DIR%\") do set \"CARBON_HOME=%%~sI\"\r\n"));
        QVERIFY(!bat.contains("set \"CARBON_HOME=%HOME_DIR%\""));
        QVERIFY(bat.contains("if errorlevel 1 goto configDiffers\r\n"));
        QVERIFY(bat.contains(":configDiffers\r\n"));
        QVERIFY(bat.startsWith("@echo off\r\n"));
        QVERIFY(bat.endsWith("\r\n"));
        QCOMPARE(bat.count("\r\n"), bat.count('\n'));
        QCOMPARE(bat.count('\r'), bat.count('\n'));
    }

    // Secure vault: the cipher tool rewrites [secrets] in place, so start.bat compares the home's
    // file only while it still holds plain secrets (content check: no cmd.exe here).
    void windowsVaultScriptAcceptsEncryptedConfig()
    {
        Design d = haDesign();
        QVERIFY(!startScriptWindows(d, nodeNamed(d, "cp-1")).contains("findstr"));
        d.settings.secureVault = true;
        const QByteArray bat = startScriptWindows(d, nodeNamed(d, "cp-1"));
        const QByteArray plainCheck =
            "findstr /r /c:\"= *\\\"\\[\" \"%CONFIG%\" >nul 2>&1\r\nif errorlevel 1 goto run\r\n"
            "fc /b \"%GENERATED%\" \"%CONFIG%\" >nul 2>&1\r\n";
        QVERIFY2(bat.contains(plainCheck), bat.constData());
        QVERIFY(bat.indexOf(plainCheck) < bat.indexOf(":run\r\n"));
    }

    // Runs start.sh against a fake API-M home whose launcher prints its arguments.
    void unixScriptRuns()
    {
        const QString sh = QStandardPaths::findExecutable(QStringLiteral("sh"));
        if (sh.isEmpty())
            QSKIP("no sh on this machine");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Design d = haDesign();
        auto write = [&](const QString &rel, const QByteArray &data) {
            QVERIFY(QDir(dir.path()).mkpath(QFileInfo(dir.filePath(rel)).path()));
            QFile f(dir.filePath(rel));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        };
        write(QStringLiteral("home/bin/api-manager.sh"),
              "echo \"ARGS: $*\"\necho \"CARBON_HOME: $CARBON_HOME\"\n");
        write(QStringLiteral("home/repository/conf/deployment.toml"), "[server]\n");
        write(QStringLiteral("start.sh"), startScriptUnix(d, nodeNamed(d, "gw-1")));

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("APIM_HOME"));
        p.setProcessEnvironment(env);
        const QString home = dir.filePath(QStringLiteral("home"));
        p.start(sh, {dir.filePath(QStringLiteral("start.sh")), home, QStringLiteral("--optimize")});
        QVERIFY(p.waitForFinished(10000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(
            out.contains(QLatin1String("ARGS: -Dprofile=gateway-worker --optimize --skipConfigOptimization")),
            qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("CARBON_HOME: ") + home), qPrintable(out));

        // API-M's verbs go to its script, with or without the home before them.
        env.insert(QStringLiteral("APIM_HOME"), home);
        p.setProcessEnvironment(env);
        for (const char *verb : {"start", "stop", "restart", "version"}) {
            p.start(sh, {dir.filePath(QStringLiteral("start.sh")), QLatin1String(verb)});
            QVERIFY(p.waitForFinished(10000));
            const QString verbOut = QString::fromUtf8(p.readAllStandardOutput());
            QCOMPARE(p.exitCode(), 0);
            QVERIFY2(verbOut.contains(
                         QStringLiteral("ARGS: -Dprofile=gateway-worker %1\n").arg(QLatin1String(verb))),
                     qPrintable(verbOut));
            QVERIFY2(verbOut.contains(QStringLiteral("CARBON_HOME: ") + home), qPrintable(verbOut));
        }
        p.start(sh, {dir.filePath(QStringLiteral("start.sh")), home, QStringLiteral("stop")});
        QVERIFY(p.waitForFinished(10000));
        QVERIFY(p.readAllStandardOutput().contains("ARGS: -Dprofile=gateway-worker stop\n"));
        env.remove(QStringLiteral("APIM_HOME"));
        p.setProcessEnvironment(env);

        // The home's deployment.toml differs from the bundle's: refused, or installed when asked.
        write(QStringLiteral("repository/conf/deployment.toml"), "[server]\nhostname = \"gw1.internal\"\n");
        p.start(sh, {dir.filePath(QStringLiteral("start.sh")), home});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardOutput().isEmpty()); // the old one never starts
        QVERIFY(p.readAllStandardError().contains("--install-config"));
        p.start(sh, {dir.filePath(QStringLiteral("start.sh")), home, QStringLiteral("stop")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0); // stopping needs no new file
        p.start(sh, {dir.filePath(QStringLiteral("start.sh")), home, QStringLiteral("--install-config"),
                     QStringLiteral("start")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("ARGS: -Dprofile=gateway-worker start\n"));
        QFile installed(home + QStringLiteral("/repository/conf/deployment.toml"));
        QVERIFY(installed.open(QIODevice::ReadOnly));
        QVERIFY(installed.readAll().contains("gw1.internal"));
        QCOMPARE(QDir(home + QStringLiteral("/repository/conf")).entryList({QStringLiteral("*.bak")}).size(),
                 1);

        // A folder without API-M: the script names the missing launcher and fails.
        p.start(sh, {dir.filePath(QStringLiteral("start.sh")), dir.filePath(QStringLiteral("nowhere"))});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardError())
                    .contains(QLatin1String("nowhere/bin/api-manager.sh not found")));
    }

    void nonApimNodeScriptRefuses()
    {
        const Design d = haDesign();
        const QByteArray sh = startScriptUnix(d, nodeNamed(d, "lb-gw"));
        QVERIFY(sh.startsWith("#!/bin/sh\n"));
        QVERIFY(sh.contains("\nexit 1\n"));
        QVERIFY(!sh.contains("api-manager"));
    }

    void readme()
    {
        const Design d = haDesign();
        const QString md = QString::fromUtf8(bundleReadme(d));
        QVERIFY(md.startsWith(QLatin1String("# shop-prod\n")));
        QVERIFY(md.contains(QLatin1String("API Manager 4.4.0")));
        QVERIFY2(
            md.contains(QLatin1String("| `gw-2` | Gateway worker | `gw2.internal` | `10.0.0.4` | 2 | "
                                      "9445 HTTPS management, 9765 HTTP management, 8245 HTTPS API traffic")),
            qPrintable(md));
        QVERIFY(md.contains(QLatin1String("`nodes/gw-1/`")));
        QVERIFY(md.contains(QLatin1String("`bin/api-manager.sh -Dprofile=gateway-worker`")));
        QVERIFY(md.contains(QLatin1String("/etc/nginx/conf.d/lb-gw.conf")));
        QVERIFY(md.contains(QLatin1String("/etc/nginx/ssl/gw.wso2.com.crt")));
        QVERIFY(md.contains(QLatin1String("repository/components/lib")));
        QVERIFY(md.contains(QLatin1String("nodes/db-1/database.sql")));
        const qsizetype dbs = md.indexOf(QLatin1String("**Databases**"));
        const qsizetype cps = md.indexOf(QLatin1String("**Control planes**"));
        const qsizetype gws = md.indexOf(QLatin1String("**Gateways**"));
        // The control planes' balancer before the gateways (they call the control planes
        // through it), the gateways' last.
        const qsizetype cpLb = md.indexOf(QLatin1String("**Their load balancers**: `lb-cp`"));
        const qsizetype lbs = md.indexOf(QLatin1String("**The other load balancers**: `lb-gw`"));
        QVERIFY2(dbs > 0 && dbs < cps && cps < cpLb && cpLb < gws && gws < lbs, qPrintable(md));
        QVERIFY(!md.contains(QRegularExpression(QStringLiteral("20[0-9][0-9]-[0-9][0-9]-[0-9][0-9]"))));
    }

    void deterministic()
    {
        const Design a = haDesign();
        const Design b = haDesign();
        const Design reversed = haDesign(QStringLiteral("4.4.0"), QStringLiteral("mysql"), true);
        QCOMPARE(designHostsFile(a), designHostsFile(b));
        QCOMPARE(bundleReadme(a), bundleReadme(b));
        for (const Node &n : a.topology.nodes()) {
            const Node &m = nodeNamed(b, qPrintable(n.name()));
            const Node &r = nodeNamed(reversed, qPrintable(n.name()));
            QCOMPARE(nodeHostsFile(a, n), nodeHostsFile(b, m));
            QCOMPARE(startScriptUnix(a, n), startScriptUnix(b, m));
            QCOMPARE(startScriptWindows(a, n), startScriptWindows(b, m));
            // Link order must not matter either.
            QCOMPARE(nodeHostsFile(a, n), nodeHostsFile(reversed, r));
            if (n.kind == NodeKind::LoadBalancer)
                QCOMPARE(nginxConfig(a, n), nginxConfig(reversed, r));
            if (n.kind == NodeKind::Database)
                QCOMPARE(databaseScript(a, n), databaseScript(reversed, r));
        }
        QCOMPARE(bundleReadme(a), bundleReadme(reversed));
    }
};

QTEST_GUILESS_MAIN(TestGeneratorsAux)
#include "tst_generators_aux.moc"
