// Issue 12 on real servers: the database.sql of every pattern runs twice on
// MariaDB and PostgreSQL started in a temporary folder on loopback, the second
// time after a password change; then, as the created users, each creates and
// drops a table in its own database and fails on the other one, and the old
// passwords no longer work. The clients get loopback addresses (127.0.0.x) in
// a copy of the design, so that the accounts and pg_hba lines the script
// writes for them are the ones the server checks.
#include "generators.h"
#include "templates.h"
#include "testservers.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace apim;
using namespace testservers;

namespace {

struct Case
{
    QString pattern;
    Design design;
};

// Every pattern at its default version, each API-M node on its own loopback address.
QList<Case> patternDesigns(const QString &dbType)
{
    QList<Case> out;
    for (const QString &pattern : Templates::patterns()) {
        PatternOptions options;
        options.pattern = pattern;
        Design d;
        QString error;
        if (!Templates::create(options, &d, &error))
            continue;
        int address = 10;
        for (const Node &n : d.topology.nodes()) {
            Node *m = d.topology.mutableNode(n.id);
            if (SchemaRegistry::instance().traits(n.kind).database) {
                m->values.insert(Field::DbType, dbType);
                m->values.insert(Field::DbPort, SchemaRegistry::defaultDatabasePort(dbType));
            } else {
                m->values.insert(Field::Ip, QStringLiteral("127.0.0.%1").arg(address++));
            }
        }
        out.append({pattern, d});
    }
    return out;
}

void setPasswords(Design *d, const QString &apim, const QString &shared)
{
    for (const Node &n : d->topology.nodes()) {
        if (SchemaRegistry::instance().traits(n.kind).database) {
            d->topology.mutableNode(n.id)->values.insert(Field::ApimDbPassword, apim);
            d->topology.mutableNode(n.id)->values.insert(Field::SharedDbPassword, shared);
        }
    }
}

const Node *databaseNode(const Design &d)
{
    const QList<const Node *> dbs = d.topology.nodesWith(&KindTraits::database);
    return dbs.isEmpty() ? nullptr : dbs.first();
}

// The first client of `db` that uses apim_db (or shared_db), by its IP.
QString clientAddress(const Design &d, const Node &db, bool apimDb)
{
    const ApimVersion v = ApimVersion::parse(d.settings.apimVersion);
    for (const Node *c : d.topology.sources(db.id, &KindTraits::frontedByLoadBalancer)) {
        const KindRelease *r = SchemaRegistry::instance().release(c->kind, v);
        if (r && (apimDb ? r->apimDb : r->sharedDb))
            return c->ip();
    }
    return {};
}

const QByteArray TableProbe = "CREATE TABLE probe_t (i INT);\nDROP TABLE probe_t;\n";
const QString FirstApim = QStringLiteral("first'apim\"1");
const QString FirstShared = QStringLiteral("first-shared\\2");
const QString SecondApim = QStringLiteral("second'apim%3");
const QString SecondShared = QStringLiteral("second shared 4");

// Runs the script of `c` twice (first passwords, then second), then checks as the users:
// each reaches its own database with the new password only, never the other database.
// `from` is the client address the connection comes from (MariaDB); PostgreSQL ignores it.
using ScriptRunner = std::function<Run(const QByteArray &)>;
using Connector =
    std::function<Run(const QString &user, const QString &password, const QString &db, const QString &from)>;
void runTwiceAndCheck(Case c, const ScriptRunner &script, const Connector &as)
{
    const Node *db = databaseNode(c.design);
    QVERIFY(db);
    const QString where = c.pattern + QLatin1Char(' ');
    setPasswords(&c.design, FirstApim, FirstShared);
    const Run first = script(databaseScript(c.design, *databaseNode(c.design)));
    QVERIFY2(first.exitCode == 0, qPrintable(where + QString::fromUtf8(first.err)));
    setPasswords(&c.design, SecondApim, SecondShared);
    const Run second = script(databaseScript(c.design, *databaseNode(c.design)));
    QVERIFY2(second.exitCode == 0, qPrintable(where + QString::fromUtf8(second.err)));
    struct Access
    {
        QString user, oldPassword, newPassword, own, other, from;
    };
    const QString apimDb = db->text(Field::ApimDbName), sharedDb = db->text(Field::SharedDbName);
    QList<Access> checks{{db->text(Field::SharedDbUser), FirstShared, SecondShared, sharedDb, apimDb,
                          clientAddress(c.design, *db, false)}};
    QVERIFY2(!checks.first().from.isEmpty(), qPrintable(where));
    if (const QString from = clientAddress(c.design, *db, true); !from.isEmpty())
        checks.append({db->text(Field::ApimDbUser), FirstApim, SecondApim, apimDb, sharedDb, from});
    for (const Access &a : checks) {
        const Run own = as(a.user, a.newPassword, a.own, a.from);
        QVERIFY2(own.exitCode == 0, qPrintable(where + QString::fromUtf8(own.err)));
        QVERIFY2(as(a.user, a.newPassword, a.other, a.from).exitCode != 0, qPrintable(where + a.user));
        QVERIFY2(as(a.user, a.oldPassword, a.own, a.from).exitCode != 0, qPrintable(where + a.user));
    }
}

} // namespace

class TestDatabaseServers : public QObject
{
    Q_OBJECT

private slots:
    void mariadbRunsEachScriptTwice()
    {
        if (!MariaDb::available() || tool(QStringLiteral("socat")).isEmpty())
            QSKIP("MariaDB or socat is not installed; packaging/install-deps.sh installs them");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MariaDb server;
        const QString error = server.start(dir.path(), freeLoopbackPort());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<Case> cases = patternDesigns(QStringLiteral("mysql"));
        QVERIFY(cases.size() >= 4);
        for (Case c : cases) {
            const Node *db = databaseNode(c.design);
            if (!db)
                continue;
            const QString apimDb = db->text(Field::ApimDbName), sharedDb = db->text(Field::SharedDbName);
            const QString apimUser = db->text(Field::ApimDbUser), sharedUser = db->text(Field::SharedDbUser);
            runTwiceAndCheck(
                c, [&](const QByteArray &sql) { return server.sql(sql); },
                [&](const QString &user, const QString &password, const QString &database,
                    const QString &from) {
                    return server.sqlAs(user, password, database, TableProbe, from);
                });
            if (QTest::currentTestFailed())
                return;
            const QString sharedFrom = clientAddress(c.design, *db, false);
            // An address the design does not name gets no account.
            QVERIFY2(
                server.sqlAs(sharedUser, SecondShared, sharedDb, TableProbe, QStringLiteral("127.0.0.250"))
                        .exitCode != 0,
                qPrintable(c.pattern));
            // Every account is for an address of the design, none for a host name.
            const Run accounts =
                server.sql(QStringLiteral("SELECT DISTINCT Host FROM mysql.user WHERE User IN "
                                          "('%1', '%2') ORDER BY 1;")
                               .arg(apimUser, sharedUser)
                               .toUtf8());
            for (const QByteArray &host : accounts.out.split('\n')) {
                if (!host.isEmpty())
                    QVERIFY2(host.startsWith("127.0.0."),
                             qPrintable(c.pattern + QLatin1Char(' ') + QString::fromUtf8(host)));
            }
            QByteArray cleanup =
                QStringLiteral("DROP DATABASE %1; DROP DATABASE %2;\n").arg(apimDb, sharedDb).toUtf8();
            const Run users =
                server.sql(QStringLiteral("SELECT CONCAT('DROP USER \\'', User, '\\'@\\'', Host, "
                                          "'\\';') FROM mysql.user WHERE User IN ('%1', '%2');")
                               .arg(apimUser, sharedUser)
                               .toUtf8());
            cleanup += users.out;
            const Run dropped = server.sql(cleanup);
            QVERIFY2(dropped.exitCode == 0, dropped.err.constData());
        }
    }

    void postgresRunsEachScriptTwice()
    {
        if (!Postgres::available())
            QSKIP("PostgreSQL is not installed; packaging/install-deps.sh installs it");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QList<Case> cases = patternDesigns(QStringLiteral("postgre"));
        QVERIFY(cases.size() >= 4);
        // pg_hba.conf: the lines every script asks for, then a catch-all, so that only
        // REVOKE CONNECT ... FROM PUBLIC keeps a user out of the other database.
        QByteArray hba;
        const QRegularExpression hbaLine(QStringLiteral("^--   (host .*scram-sha-256)"),
                                         QRegularExpression::MultilineOption);
        for (const Case &c : cases) {
            if (const Node *db = databaseNode(c.design)) {
                auto it = hbaLine.globalMatch(QString::fromUtf8(databaseScript(c.design, *db)));
                while (it.hasNext())
                    hba += it.next().captured(1).toUtf8() + '\n';
            }
        }
        QVERIFY(!hba.isEmpty());
        hba += "host all all 127.0.0.1/32 scram-sha-256\n";
        Postgres server;
        const QString error = server.start(dir.path(), freeLoopbackPort(), hba);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (Case c : cases) {
            const Node *db = databaseNode(c.design);
            if (!db)
                continue;
            const QString apimDb = db->text(Field::ApimDbName), sharedDb = db->text(Field::SharedDbName);
            const QString apimUser = db->text(Field::ApimDbUser), sharedUser = db->text(Field::SharedDbUser);
            // As the instructions say: the file on psql's standard input. psql connects from
            // 127.0.0.1: the catch-all line admits each user, the databases decide.
            runTwiceAndCheck(
                c, [&](const QByteArray &sql) { return server.sql({}, sql); },
                [&](const QString &user, const QString &password, const QString &database, const QString &) {
                    return server.sqlAs(user, password, database, TableProbe);
                });
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(server
                         .sql({QStringLiteral("-c"), QStringLiteral("DROP DATABASE \"%1\"").arg(apimDb),
                               QStringLiteral("-c"), QStringLiteral("DROP DATABASE \"%1\"").arg(sharedDb),
                               QStringLiteral("-c"),
                               QStringLiteral("DROP ROLE \"%1\", \"%2\"").arg(apimUser, sharedUser)})
                         .exitCode,
                     0);
        }
    }
};

QTEST_GUILESS_MAIN(TestDatabaseServers)
#include "tst_database_servers.moc"
