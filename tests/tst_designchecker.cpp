// The shared checker: one check per burst of edits, run on a snapshot in a
// worker thread, and never findings of a state the design has left.
#include "designchecker.h"
#include "nodecommands.h"
#include "templates.h"
#include "topologydocument.h"
#include "validation.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace apim;

namespace {

Design bigDesign(int gateways = 300)
{
    Design d;
    QString error;
    Templates::create(QStringLiteral("gw-cp-ha"), gateways, 2, &d, &error);
    return d;
}

NodeId gatewayAt(const TopologyDocument &doc, qsizetype i)
{
    return doc.topology().nodesOfKind(NodeKind::Gateway).at(i)->id;
}

} // namespace

class TestDesignChecker : public QObject
{
    Q_OBJECT

private slots:
    void burstOfEditsIsOneCheck()
    {
        TopologyDocument doc;
        doc.resetDesign(bigDesign());
        DesignChecker check(&doc);
        DesignChecker *checker = &check;
        QTRY_VERIFY(!checker->isCheckPending());
        const int before = checker->checkCount();
        QSignalSpy changed(checker, &DesignChecker::findingsChanged);
        const NodeId gw = gatewayAt(doc, 7);
        for (const QString &host : {QStringLiteral("x"), QStringLiteral("xy"), QString()})
            doc.push(new SetNodeValueCommand(&doc, {gw}, Field::Hostname, host));
        QVERIFY(checker->isCheckPending());
        QTRY_VERIFY(!checker->isCheckPending());
        QCOMPARE(checker->checkCount(), before + 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(checker->findings(), checkDesign(doc.design()));
    }

    void editStartsACheckAtOnce()
    {
        TopologyDocument doc;
        doc.resetDesign(bigDesign());
        DesignChecker check(&doc);
        DesignChecker *checker = &check;
        QTRY_VERIFY(!checker->isCheckPending());
        doc.push(new SetNodeValueCommand(&doc, {gatewayAt(doc, 2)}, Field::Hostname, QString()));
        QVERIFY(checker->isCheckPending());
        // No idle wait: one pass of the event loop and the check is under way (or done).
        QCoreApplication::processEvents();
        QVERIFY(checker->isCheckRunning() || !checker->isCheckPending());
        // An edit while it runs is checked when that check ends.
        doc.push(new SetNodeValueCommand(&doc, {gatewayAt(doc, 3)}, Field::Hostname, QString()));
        QCoreApplication::processEvents();
        QTRY_VERIFY_WITH_TIMEOUT(!checker->isCheckPending(), 20000);
        QCOMPARE(checker->findings(), checkDesign(doc.design()));
    }

    void editsDuringACheckAreNotLost()
    {
        TopologyDocument doc;
        doc.resetDesign(bigDesign());
        DesignChecker check(&doc);
        DesignChecker *checker = &check;
        QTRY_VERIFY(!checker->isCheckPending());
        // Edit, let the background check start, edit again while it runs.
        for (int i = 0; i < 6; ++i) {
            doc.push(new SetNodeValueCommand(&doc, {gatewayAt(doc, i)}, Field::Hostname, QString()));
            QTest::qWait(1 + 5 * i);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!checker->isCheckPending(), 20000);
        QCOMPARE(checker->findings(), checkDesign(doc.design()));
        int emptyHostnames = 0;
        for (const Finding &f : checker->findings()) {
            for (int i = 0; i < 6; ++i)
                emptyHostnames += f.node == gatewayAt(doc, i) && f.severity == Severity::Error ? 1 : 0;
        }
        QVERIFY(emptyHostnames >= 6);
    }

    void askingNowChecksInThisThread()
    {
        TopologyDocument doc;
        doc.resetDesign(bigDesign());
        doc.push(new SetNodeValueCommand(&doc, {gatewayAt(doc, 3)}, Field::Hostname, QString()));
        DesignChecker check(&doc);
        DesignChecker *checker = &check;
        QVERIFY(checker->isCheckPending());
        const Findings now = checker->findings();
        QVERIFY(!checker->isCheckPending());
        QCOMPARE(now, checkDesign(doc.design()));
    }

    void closingWhileACheckRunsIsSafe()
    {
        auto doc = std::make_unique<TopologyDocument>();
        doc->resetDesign(bigDesign(3000)); // a check long enough to be seen running
        DesignChecker checker(doc.get());
        // Generous: 3,000 nodes take seconds under ASan in a Debug build.
        QTRY_VERIFY_WITH_TIMEOUT(!checker.isCheckPending(), 60000);
        QVERIFY(!checker.findings().isEmpty());
        doc->push(new SetNodeValueCommand(doc.get(), {gatewayAt(*doc, 1)}, Field::Hostname, QString()));
        QSignalSpy changed(&checker, &DesignChecker::findingsChanged);
        // Closing the document while its check runs in the background: the
        // checker forgets it at once and drops the late result.
        QVERIFY(QTest::qWaitFor([&checker] { return checker.isCheckRunning(); }, 5000));
        doc.reset();
        QCOMPARE(changed.count(), 1);
        QVERIFY(!checker.isCheckPending());
        QVERIFY(checker.findings().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!checker.isCheckRunning(), 60000);
        QTest::qWait(100);
        QCOMPARE(changed.count(), 1);
        QVERIFY(checker.findings().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDesignChecker)
#include "tst_designchecker.moc"
