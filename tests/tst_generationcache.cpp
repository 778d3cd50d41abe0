// The incremental design check (designcheckcache.h, generationcache.h) against a
// full one: after every random command and every undo of them, the cached
// deployment.toml of each node and the findings equal what a fresh run gives.
// Each run prints its seed; APIM_RANDOM_SEED=<n> replays one.
#include "designcheckcache.h"
#include "generators.h"
#include "randomcommands.h"
#include "templates.h"
#include "tomldocument.h"
#include "validation.h"

#include <QtTest>

#include <functional>

using namespace apim;

namespace {

// What differs between the cache's files and freshly generated ones, or nothing.
QString fileDifference(GenerationCache &cache, const Design &design)
{
    cache.sync(design);
    for (const Node &n : design.topology.nodes()) {
        const QString cached = writeToml(cache.deploymentToml(design, n));
        if (cached != writeToml(deploymentToml(design, n)))
            return QStringLiteral("deployment.toml of %1").arg(n.name());
    }
    return {};
}

} // namespace

class TestGenerationCache : public QObject
{
    Q_OBJECT

private slots:
    void oneEditRegeneratesOnlyWhatReadTheNode()
    {
        Design design;
        QString error;
        QVERIFY(Templates::create(QStringLiteral("gw-cp-ha"), 20, 2, &design, &error));
        DesignCheckCache cache;
        cache.check(design);
        const int all = cache.generated();
        QVERIFY(all > 20);
        const NodeId gw = design.topology.nodesOfKind(NodeKind::Gateway).at(7)->id;
        Design edited = design;
        edited.topology.mutableNode(gw)->values.insert(Field::Hostname, QStringLiteral("edge.example"));
        QCOMPARE(cache.check(edited), checkDesign(edited));
        QVERIFY2(cache.generated() >= 1 && cache.generated() < all / 2,
                 qPrintable(QStringLiteral("%1 of %2 generated again").arg(cache.generated()).arg(all)));
        // Nothing changed: nothing is generated again.
        QCOMPARE(cache.check(edited), checkDesign(edited));
        QCOMPARE(cache.generated(), 0);
        // Only the nodes the edit reaches run the checks' per-node loops again.
        QVERIFY2(cache.ran() < int(edited.topology.nodes().size()),
                 qPrintable(QStringLiteral("%1 per-node runs").arg(cache.ran())));
        DesignSettings settings = edited.settings;
        settings.adminPassword = QStringLiteral("changed-admin");
        edited.settings = settings;
        QCOMPARE(cache.check(edited), checkDesign(edited));
        QCOMPARE(cache.generated(), all);
    }

    // Edits whose findings land on nodes they do not touch: a name used twice is reported on
    // the later node, a shared host on the other node, a label on the gateway, a removed node.
    void editsThatMoveFindingsToOtherNodes()
    {
        Design design;
        QString error;
        QVERIFY(Templates::create(QStringLiteral("gw-cp-ha"), 4, 2, &design, &error));
        DesignCheckCache cache;
        QCOMPARE(cache.check(design), checkDesign(design));
        const QList<const Node *> gws = design.topology.nodesOfKind(NodeKind::Gateway);
        const NodeId first = gws.at(0)->id, second = gws.at(1)->id, third = gws.at(2)->id;
        const NodeId cp = design.topology.nodesOfKind(NodeKind::ControlPlane).first()->id;
        const QString firstName = gws.at(0)->name();
        const auto edit = [&](const std::function<void(Design &)> &change) {
            Design edited = design;
            change(edited);
            design = edited;
            return cache.check(design) == checkDesign(design);
        };
        QVERIFY(
            edit([&](Design &d) { d.topology.mutableNode(second)->values.insert(Field::Name, firstName); }));
        QVERIFY(edit([&](Design &d) {
            d.topology.mutableNode(first)->values.insert(Field::Name, QStringLiteral("renamed-gw"));
        }));
        QVERIFY(edit([&](Design &d) {
            d.topology.mutableNode(third)->values.insert(Field::Hostname, d.topology.node(cp)->hostname());
        }));
        QVERIFY(edit([&](Design &d) {
            d.topology.mutableNode(first)->values.insert(Field::Labels, QStringList{QStringLiteral("edge")});
        }));
        QVERIFY(edit([&](Design &d) {
            DesignSettings s = d.settings;
            GatewayEnvironment env;
            env.name = QStringLiteral("edge");
            s.environments.append(env);
            d.settings = s;
        }));
        QVERIFY(edit([&](Design &d) { d.topology.takeNode(cp); }));
        QVERIFY(edit([&](Design &d) { d.topology.mutableNode(third)->values.insert(Field::Offset, 1); }));
    }

    void randomCommandsMatchAFullRun_data() { randomcommands::addSeedRows({1u, 2u, 20261203u}); }

    void randomCommandsMatchAFullRun()
    {
        QFETCH(quint32, seed);
        qInfo("seed %u (replay with APIM_RANDOM_SEED=%u)", seed, seed);
        TopologyDocument doc;
        doc.resetDesign(randomcommands::startDesign());
        randomcommands::Fuzzer fuzzer(doc, seed);
        DesignCheckCache checks;
        GenerationCache files;
#ifdef APIM_SANITIZED
        constexpr int steps = 60;
#else
        constexpr int steps = 150;
#endif
        const auto compare = [&](const QString &when) {
            QCOMPARE(checks.check(doc.design()), checkDesign(doc.design()));
            const QString differs = fileDifference(files, doc.design());
            QVERIFY2(differs.isEmpty(),
                     qPrintable(QStringLiteral("seed %1, %2: %3").arg(seed).arg(when, differs)));
        };
        for (int i = 0; i < steps; ++i) {
            fuzzer.step();
            compare(QStringLiteral("step %1").arg(i));
            if (QTest::currentTestFailed())
                return;
        }
        for (int i = 0; doc.undoStack()->canUndo(); ++i) {
            doc.undoStack()->undo();
            compare(QStringLiteral("undo %1").arg(i));
            if (QTest::currentTestFailed())
                return;
        }
        compare(QStringLiteral("all undone"));
    }
};

QTEST_GUILESS_MAIN(TestGenerationCache)
#include "tst_generationcache.moc"
