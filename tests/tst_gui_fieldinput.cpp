// The inspector takes what the model's field rules take (fieldvalidation.h):
// a pasted host name is trimmed, a host name or port no file could use is
// refused with a message, and the design keeps its value.
#include "inspectormodel.h"
#include "templates.h"
#include "topologydocument.h"

#include <QSignalSpy>
#include <QTest>

using namespace apim;

class TestGuiFieldInput : public QObject
{
    Q_OBJECT

private slots:
    void hostAndPortInput()
    {
        Design d;
        QString error;
        QVERIFY(Templates::create(QStringLiteral("gw-cp-ha"), 2, 2, &d, &error));
        TopologyDocument doc;
        doc.resetDesign(d);
        InspectorModel model(&doc);
        QSignalSpy messages(&model, &InspectorModel::editMessage);

        const NodeId cp = doc.topology().nodesOfKind(NodeKind::ControlPlane).first()->id;
        doc.setSelection({cp});
        QVERIFY(model.setData(model.valueIndex(Field::Hostname), QStringLiteral("cp-9 ")));
        QCOMPARE(doc.topology().node(cp)->hostname(), QStringLiteral("cp-9"));

        const int steps = doc.undoStack()->count();
        QVERIFY(!model.setData(model.valueIndex(Field::Hostname), QStringLiteral("cp 9")));
        QVERIFY(!messages.isEmpty());
        QVERIFY2(messages.last().first().toString().contains(QLatin1String("cp 9")),
                 qPrintable(messages.last().first().toString()));
        QCOMPARE(doc.topology().node(cp)->hostname(), QStringLiteral("cp-9"));
        QCOMPARE(doc.undoStack()->count(), steps);

        const NodeId lb = doc.topology().nodesOfKind(NodeKind::LoadBalancer).first()->id;
        doc.setSelection({lb});
        const int port = doc.topology().node(lb)->value(Field::HttpsPort).toInt();
        QVERIFY(!model.setData(model.valueIndex(Field::HttpsPort), 70000));
        QVERIFY(messages.last().first().toString().contains(QLatin1String("65535")));
        QCOMPARE(doc.topology().node(lb)->value(Field::HttpsPort).toInt(), port);
    }
};

QTEST_MAIN(TestGuiFieldInput)
#include "tst_gui_fieldinput.moc"
