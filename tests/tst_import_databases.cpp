// Import reads a database server from each way a deployment.toml can name it: here
// Oracle's JDBC URLs (a SID after a colon, a service name after a slash, with or without
// "//", a connect descriptor) and the `sid` key, into the database node's one service.
#include "generators.h"
#include "importer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace apim;

class TestImportDatabases : public QObject
{
    Q_OBJECT

private slots:
    void oracleService_data()
    {
        QTest::addColumn<QByteArray>("database");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("service");
        QTest::newRow("sid") << QByteArray("url = \"jdbc:oracle:thin:@DB.example.com:1522:ORCLSID\"")
                             << "db.example.com" << 1522 << "ORCLSID";
        QTest::newRow("service, //")
            << QByteArray("url = \"jdbc:oracle:thin:@//db.example.com:1521/apim.example.com\"")
            << "db.example.com" << 1521 << "apim.example.com";
        QTest::newRow("service") << QByteArray("url = \"jdbc:oracle:thin:@db.example.com:1521/pdb1?x=1\"")
                                 << "db.example.com" << 1521 << "pdb1";
        QTest::newRow("descriptor")
            << QByteArray(
                   "url = \"jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=db.example.com)"
                   "(PORT=1523))(CONNECT_DATA=(SERVICE_NAME=svc1)))\"")
            << "db.example.com" << 1523 << "svc1";
        QTest::newRow("sid key") << QByteArray("hostname = \"db.example.com\"\nport = 1521\nsid = \"XE\"")
                                 << "db.example.com" << 1521 << "XE";
    }

    void oracleService()
    {
        QFETCH(QByteArray, database);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, service);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray toml =
            "[server]\nhostname = \"cp1.example.com\"\nserver_role = \"control-plane\"\n\n"
            "[database.apim_db]\ntype = \"oracle\"\n" +
            database +
            "\nusername = \"apimadmin\"\npassword = \"pw\"\n\n"
            "[database.shared_db]\ntype = \"oracle\"\n" +
            database + "\nusername = \"sharedadmin\"\npassword = \"pw\"\n";
        const QString path = dir.filePath(QStringLiteral("cp-1/repository/conf/deployment.toml"));
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(toml);
        f.close();

        Design design;
        Findings findings;
        QString error;
        QVERIFY2(importConfigs({dir.path()}, &design, &findings, &error), qPrintable(error));
        const QList<const Node *> dbs = design.topology.nodesOfKind(NodeKind::Database);
        QCOMPARE(dbs.size(), 1);
        const Node &db = *dbs.first();
        QCOMPARE(db.text(Field::DbType), QStringLiteral("oracle"));
        QCOMPARE(db.hostname(), host);
        QCOMPARE(db.value(Field::DbPort).toInt(), port);
        QCOMPARE(db.text(Field::DbService), service);
        // What the designer writes for it names that service.
        const QByteArray sql = databaseScript(design, db);
        QVERIFY2(
            sql.contains((QStringLiteral("connected to service ") + service + QLatin1Char(':')).toUtf8()),
            sql.constData());
    }
};

QTEST_GUILESS_MAIN(TestImportDatabases)
#include "tst_import_databases.moc"
