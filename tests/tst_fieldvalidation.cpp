// Field values are normalised and checked in the model, whatever path sets them:
// a pasted "cp-1 " is stored and generated as "cp-1", and what no file could use
// (a host name with a blank, a port past 65535) is refused with a reason.
#include "fieldvalidation.h"
#include "generators.h"
#include "nodecommands.h"
#include "projectfile.h"
#include "templates.h"
#include "topologydocument.h"

#include <QTest>

using namespace apim;

namespace {

const FieldSpec &fieldOf(NodeKind kind, const QString &key)
{
    return *SchemaRegistry::instance().field(kind, key);
}

Design gatewayAndControlPlane()
{
    Design d;
    QString error;
    if (!Templates::create(QStringLiteral("gw-cp"), 1, 1, &d, &error))
        qFatal("%s", qPrintable(error));
    return d;
}

const Node *firstOfKind(const Topology &t, NodeKind kind)
{
    const QList<const Node *> nodes = t.nodesOfKind(kind);
    return nodes.isEmpty() ? nullptr : nodes.first();
}

} // namespace

class TestFieldValidation : public QObject
{
    Q_OBJECT

private slots:
    void hostSyntax_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("valid");
        QTest::newRow("name") << "cp-1" << true;
        QTest::newRow("dotted") << "gw.example.com" << true;
        QTest::newRow("underscore, as imported container names have") << "shared_db.mysql" << true;
        QTest::newRow("ipv4") << "10.0.0.12" << true;
        QTest::newRow("ipv6") << "fe80::1" << true;
        QTest::newRow("empty: a design finding, not a syntax error") << "" << true;
        QTest::newRow("blank inside") << "cp 1" << false;
        QTest::newRow("trailing blank") << "cp-1 " << false;
        QTest::newRow("leading hyphen") << "-cp" << false;
        QTest::newRow("trailing hyphen in a label") << "cp-.example" << false;
        QTest::newRow("empty label") << "gw..example" << false;
        QTest::newRow("url") << "https://gw" << false;
        QTest::newRow("long label") << QString(64, QLatin1Char('a')) << false;
    }

    void hostSyntax()
    {
        QFETCH(QString, host);
        QFETCH(bool, valid);
        QString reason;
        QCOMPARE(isValidHost(host, &reason), valid);
        QCOMPARE(reason.isEmpty(), valid);
    }

    void inputIsNormalisedOrRefused()
    {
        const FieldSpec &host = fieldOf(NodeKind::ControlPlane, Field::Hostname);
        QVariant out;
        QString reason;
        QVERIFY(fieldValueFromInput(host, QStringLiteral(" cp-1 "), &out, &reason));
        QCOMPARE(out.toString(), QStringLiteral("cp-1"));

        QVERIFY(!fieldValueFromInput(host, QStringLiteral("cp 1"), &out, &reason));
        QVERIFY(reason.contains(QLatin1String("cp 1")));

        const FieldSpec &port = fieldOf(NodeKind::LoadBalancer, Field::HttpsPort);
        reason.clear();
        QVERIFY(!fieldValueFromInput(port, 70000, &out, &reason));
        QVERIFY(reason.contains(QLatin1String("65535")));
        QVERIFY(fieldValueFromInput(port, 8443, &out, &reason));
        QCOMPARE(out.toInt(), 8443);
    }

    void pastedHostnameReachesFilesTrimmed()
    {
        TopologyDocument doc;
        doc.resetDesign(gatewayAndControlPlane());
        const NodeId cp = firstOfKind(doc.topology(), NodeKind::ControlPlane)->id;
        // The command path, as a paste or a script would take it, bypassing any editor.
        doc.push(new SetNodeValueCommand(&doc, {cp}, Field::Hostname, QStringLiteral("cp-1 ")));
        QCOMPARE(doc.topology().node(cp)->hostname(), QStringLiteral("cp-1"));
        const QByteArray gw =
            deploymentTomlText(doc.design(), *firstOfKind(doc.topology(), NodeKind::Gateway));
        QVERIFY2(gw.contains("tcp://cp-1:"), gw.constData());
        QVERIFY(!gw.contains("cp-1 "));
    }

    void projectFileTrimsHosts()
    {
        Design d = gatewayAndControlPlane();
        const NodeId cp = firstOfKind(d.topology, NodeKind::ControlPlane)->id;
        d.topology.mutableNode(cp)->values.insert(Field::Hostname, QStringLiteral("cp-1 "));
        Design back;
        TomlError error;
        QVERIFY2(ProjectFile::parse(ProjectFile::serialize(d), QStringLiteral("x.apimtopo"), &back, &error),
                 qPrintable(error.toString()));
        QCOMPARE(firstOfKind(back.topology, NodeKind::ControlPlane)->hostname(), QStringLiteral("cp-1"));
    }
};

QTEST_GUILESS_MAIN(TestFieldValidation)
#include "tst_fieldvalidation.moc"
