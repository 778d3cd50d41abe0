// The review rules: the seed's deployments are the reference and raise no
// error; each hand-made variant in tests/data/review/<rule-id>/ (a seed set
// with one mistake, see its README) raises its rule and no other error.
#include "configkeys.h"
#include "review.h"
#include "endpoints.h"
#include "templates.h"
#include "testutil.h"

#include <QtTest>

using namespace apim;

namespace {

struct Reviewed
{
    Design design;
    Findings imported;
    Findings review;
    ImportedFiles files;
};

Reviewed reviewFolder(const QString &folder)
{
    Reviewed r;
    QString error;
    if (!importConfigs({testutil::dataPath(folder)}, &r.design, &r.imported, &error, &r.files))
        qWarning("%s", qPrintable(error));
    r.review = reviewDesign(r.design, &r.files);
    return r;
}

QString describe(const Findings &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines.append(QStringLiteral("%1 %2 %3:%4 %5").arg(f.rule, severityName(f.severity), f.file).arg(f.line).arg(f.message));
    return lines.join(QLatin1Char('\n'));
}

Findings withRule(const Findings &findings, const QString &rule)
{
    Findings out;
    for (const Finding &f : findings) {
        if (f.rule == rule)
            out.append(f);
    }
    return out;
}

Design secured(Design d)
{
    d.settings.adminPassword = QStringLiteral("Adm1n-S3cret");
    d.settings.keystore.password = d.settings.keystore.keyPassword = QStringLiteral("Ks-S3cret");
    d.settings.truststore.password = QStringLiteral("Ts-S3cret");
    return d;
}

Design pattern(const QString &name, int gateways = 2)
{
    Design d;
    QString error;
    if (!Templates::create(name, gateways, 2, &d, &error))
        qWarning("%s", qPrintable(error));
    return d;
}

Node *nodeNamed(Design &d, const QString &name)
{
    const Node *n = d.topology.nodeByName(name);
    return n ? d.topology.mutableNode(n->id) : nullptr;
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private slots:
    void ruleIdsAreTheIssues()
    {
        QStringList ids;
        for (const ReviewRule &r : reviewRules())
            ids.append(r.id);
        QCOMPARE(ids, (QStringList{QStringLiteral("toml-syntax"), QStringLiteral("table-order"),
                                   QStringLiteral("secrets-not-last"), QStringLiteral("secret-undefined"),
                                   QStringLiteral("gateway-label-unmatched"), QStringLiteral("unknown-host"),
                                   QStringLiteral("throttle-endpoints"), QStringLiteral("event-hub-ha"),
                                   QStringLiteral("port-conflict"), QStringLiteral("offset-placeholder"),
                                   QStringLiteral("default-credentials"), QStringLiteral("keystore-mismatch"),
                                   QStringLiteral("h2-in-distributed"), QStringLiteral("single-node-role"),
                                   QStringLiteral("proxy-port-missing"), QStringLiteral("localhost-hostname"),
                                   QStringLiteral("unknown-key")}));
    }

    // The reference: the seed's deployments with their own credentials.
    void seedSetsAreClean()
    {
        const Reviewed ha = reviewFolder(QStringLiteral("review/seed-ha"));
        QCOMPARE(ha.design.topology.nodes().size(), 7);
        QVERIFY2(ha.review.isEmpty(), qPrintable(describe(ha.review)));
        const Reviewed single = reviewFolder(QStringLiteral("review/seed-single"));
        QCOMPARE(single.design.topology.nodes().size(), 3);
        // One gateway and one control plane: a tip, nothing more.
        QCOMPARE(withRule(single.review, QStringLiteral("single-node-role")).size(), 2);
        QCOMPARE(countFindings(single.review).errors + countFindings(single.review).warnings, 0);
    }

    void brokenVariant_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("line"); // of the first finding; -1: any line, 0: none
        QTest::newRow("toml-syntax") << "toml-syntax" << -1;
        QTest::newRow("table-order") << "table-order" << 58;
        QTest::newRow("secrets-not-last") << "secrets-not-last" << 31;
        QTest::newRow("secret-undefined") << "secret-undefined" << 12;
        QTest::newRow("gateway-label-unmatched") << "gateway-label-unmatched" << 43;
        QTest::newRow("unknown-host") << "unknown-host" << 47;
        QTest::newRow("throttle-endpoints") << "throttle-endpoints" << 52;
        QTest::newRow("event-hub-ha") << "event-hub-ha" << 73;
        QTest::newRow("port-conflict") << "port-conflict" << 0;
        QTest::newRow("offset-placeholder") << "offset-placeholder" << 45;
        QTest::newRow("default-credentials") << "default-credentials" << 12;
        QTest::newRow("keystore-mismatch") << "keystore-mismatch" << 32;
        QTest::newRow("h2-in-distributed") << "h2-in-distributed" << 16;
        QTest::newRow("single-node-role") << "single-node-role" << 0;
        QTest::newRow("proxy-port-missing") << "proxy-port-missing" << 0;
        QTest::newRow("localhost-hostname") << "localhost-hostname" << 2;
        QTest::newRow("unknown-key") << "unknown-key" << 53;
    }

    void brokenVariant()
    {
        QFETCH(QString, rule);
        QFETCH(int, line);
        const Reviewed r = reviewFolder(QStringLiteral("review/") + rule);
        const Findings hits = withRule(r.review, rule);
        QVERIFY2(!hits.isEmpty(), qPrintable(describe(r.review)));
        for (const Finding &f : r.review)
            QVERIFY2(f.severity != Severity::Error || f.rule == rule, qPrintable(describe(r.review)));
        const Finding &first = hits.first();
        QVERIFY(!first.message.isEmpty());
        QVERIFY(!first.hint.isEmpty());
        if (line >= 0)
            QCOMPARE(first.line, line);
        else
            QVERIFY(first.line > 0);
        if (rule != QLatin1String("toml-syntax"))
            QVERIFY(!first.nodeName.isEmpty());
        QVERIFY(first.file.startsWith(testutil::dataPath(QStringLiteral("review/") + rule)));
    }

    void unknownKeySuggestsTheKnownOne()
    {
        const Reviewed r = reviewFolder(QStringLiteral("review/unknown-key"));
        const Findings hits = withRule(r.review, QStringLiteral("unknown-key"));
        QCOMPARE(hits.size(), 1);
        QVERIFY2(hits.first().message.contains(QLatin1String("apim.throttling.enable_unlimited_tier?")),
                 qPrintable(hits.first().message));
        const ConfigKeyCatalogue &keys = ConfigKeyCatalogue::instance();
        QVERIFY(keys.keyCount() > 3000);
        QVERIFY(keys.isKnown({QStringLiteral("apim"), QStringLiteral("throttling"), QStringLiteral("url_group[]"),
                              QStringLiteral("traffic_manager_urls")}));
        QVERIFY(keys.isKnown({QStringLiteral("database"), QStringLiteral("anything_db"), QStringLiteral("url")}));
        QVERIFY(!keys.isKnown({QStringLiteral("apim"), QStringLiteral("throttling"), QStringLiteral("url_groups[]")}));
        const auto root = keys.root();
        QCOMPARE(keys.suggestion(keys.step(keys.step(root, QStringLiteral("transport")), QStringLiteral("https")),
                                 {QStringLiteral("transport"), QStringLiteral("https"), QStringLiteral("port")}),
                 QStringLiteral("transport.https.properties.port"));
        QCOMPARE(keys.suggestion(root, {QStringLiteral("keyManager")}), QStringLiteral("apim.key_manager"));
        QCOMPARE(editDistance(QStringLiteral("propertie"), QStringLiteral("properties"), 3), 1);
    }

    // Designs made in the GUI are reviewed on what the designer generates.
    void designedPatterns()
    {
        for (const QString &name : Templates::patterns()) {
            const Design d = pattern(name);
            const Findings f = reviewDesign(d);
            QCOMPARE(countFindings(f).errors, 0);
            // The templates keep the shipped credentials, as the seed page does.
            QCOMPARE(withRule(f, QStringLiteral("default-credentials")).size(),
                     d.topology.nodesOfKind(NodeKind::Gateway).size() + d.topology.nodesOfKind(NodeKind::ControlPlane).size());
            const Findings clean = reviewDesign(secured(d));
            QVERIFY2(countFindings(clean).errors + countFindings(clean).warnings == 0, qPrintable(describe(clean)));
            for (const Finding &x : clean)
                QVERIFY(x.file.isEmpty() && x.line == 0); // nothing to point at but the node
        }
    }

    void designEditsAreSeen()
    {
        Design d = secured(pattern(QStringLiteral("gw-cp-ha")));
        nodeNamed(d, QStringLiteral("apim-gw-1"))->values.insert(Field::Labels, QStringList{QStringLiteral("Internal")});
        QCOMPARE(withRule(reviewDesign(d), QStringLiteral("gateway-label-unmatched")).size(), 1);

        d = secured(pattern(QStringLiteral("gw-cp-ha")));
        nodeNamed(d, QStringLiteral("apim-gw-2"))->values.insert(Field::Ip, nodeNamed(d, QStringLiteral("apim-gw-1"))->ip());
        QCOMPARE(withRule(reviewDesign(d), QStringLiteral("port-conflict")).size(), 1);
        nodeNamed(d, QStringLiteral("apim-gw-2"))->values.insert(Field::Offset, 10);
        QCOMPARE(withRule(reviewDesign(d), QStringLiteral("port-conflict")).size(), 0);

        d = secured(pattern(QStringLiteral("gw-cp-ha")));
        nodeNamed(d, QStringLiteral("apim-cp-1"))->extraToml =
            QStringLiteral("[apim.throttling]\nenable_unlimited_tiers = true\n\n[secrets]\nx = \"[y]\"\n\n[apim.devportal]\n"
                           "url = \"$secret{nope}\"\n");
        const Findings f = reviewDesign(d);
        QCOMPARE(withRule(f, QStringLiteral("unknown-key")).size(), 1);
        QCOMPARE(withRule(f, QStringLiteral("secret-undefined")).size(), 1);
        QCOMPARE(withRule(f, QStringLiteral("secrets-not-last")).size(), 0); // the writer puts [secrets] after [apim]

        nodeNamed(d, QStringLiteral("apim-cp-1"))->extraToml = QStringLiteral("[secrets]\nx = \"[y]\"\n\n[qpid.heartbeat]\ndelay = 60\n");
        QCOMPARE(withRule(reviewDesign(d), QStringLiteral("secrets-not-last")).size(), 1);
    }

    void urls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("placeholderPort");
        QTest::newRow("https") << "https://cp.wso2.com/services/" << "cp.wso2.com" << -1 << false;
        QTest::newRow("tcp") << "tcp://apim-cp-1:5672" << "apim-cp-1" << 5672 << false;
        QTest::newRow("placeholder port") << "https://gw:${mgt.transport.https.port}/services/" << "gw" << -1 << true;
        QTest::newRow("two placeholders")
            << "https://svc:${mgt.transport.https.port}${carbon.context}services/" << "svc" << -1 << true;
        QTest::newRow("page placeholder") << "https://[api-gateway-LB-host]/services/" << "[api-gateway-lb-host]" << -1 << false;
        QTest::newRow("env host") << "https://$env{HOST}:9443/x" << "$env{host}" << 9443 << false;
    }

    void urls()
    {
        QFETCH(QString, url);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(bool, placeholderPort);
        const endpoints::Url u = endpoints::parseUrl(url);
        QVERIFY(u.valid);
        QCOMPARE(u.host, host);
        QCOMPARE(u.port, port);
        QCOMPARE(u.portPlaceholder, placeholderPort);
        QCOMPARE(endpoints::isPlaceholder(u.host), host.contains(QLatin1Char('$')) || host.startsWith(QLatin1Char('[')));
    }

    void databaseUrls()
    {
        TomlTable t;
        TomlTable &db = t.table(QStringLiteral("database"));
        db.table(QStringLiteral("apim_db")).set(QStringLiteral("url"), QStringLiteral("jdbc:mysql://db1:3307/apimdb?useSSL=false"));
        db.table(QStringLiteral("shared_db")).set(QStringLiteral("url"), QStringLiteral("jdbc:sqlserver://db2:1433;databaseName=shared"));
        db.table(QStringLiteral("local")).set(QStringLiteral("url"), QStringLiteral("jdbc:h2:./repository/database/X"));
        db.table(QStringLiteral("ora")).set(QStringLiteral("url"), QStringLiteral("jdbc:oracle:thin:@ora1:1521/svc"));
        const QList<endpoints::Database> dbs = endpoints::databases(t);
        QCOMPARE(dbs.size(), 4);
        QCOMPARE(dbs[0].type, QStringLiteral("mysql"));
        QCOMPARE(dbs[0].host, QStringLiteral("db1"));
        QCOMPARE(dbs[0].port, 3307);
        QCOMPARE(dbs[0].name, QStringLiteral("apimdb"));
        QCOMPARE(dbs[1].type, QStringLiteral("mssql"));
        QCOMPARE(dbs[1].name, QStringLiteral("shared"));
        QVERIFY(dbs[2].embedded);
        QCOMPARE(dbs[3].host, QStringLiteral("ora1"));
        QCOMPARE(dbs[3].port, 1521);
        QCOMPARE(dbs[3].name, QStringLiteral("svc"));
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
