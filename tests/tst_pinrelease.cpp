// Imported nodes keep their files' values as pins; a user's edit releases the
// pins of the keys it regenerates and nothing else, and undo puts them back.
#include "generators.h"
#include "importer.h"
#include "linkcommands.h"
#include "nodecommands.h"
#include "pinrelease.h"
#include "projectfile.h"
#include "settingscommands.h"
#include "testutil.h"
#include "topologydocument.h"

#include <QTest>

using namespace apim;

namespace {

// The seed's HA gateway and control plane, imported as nodes "gw" and "cp".
Design importSeedPair()
{
    ImportedFiles files;
    for (const auto &[dir, seed] :
         {std::pair{"gw", "gateway-ha.toml"}, std::pair{"cp", "control-plane-ha.toml"}}) {
        ImportedFile f;
        f.path = QLatin1String(dir) + QLatin1String("/repository/conf/deployment.toml");
        f.namingPath = f.path;
        f.text = testutil::readFile(testutil::dataPath(QLatin1String("seed/") + QLatin1String(seed)));
        files.append(f);
    }
    for (ImportedFile &f : files)
        f.parsed = readToml(f.text, f.path, &f.table, &f.error);
    Design d;
    Findings findings;
    importFiles(&files, &d, &findings);
    return d;
}

NodeId idOf(const TopologyDocument &doc, const char *name)
{
    const Node *n = doc.topology().nodeByName(QLatin1String(name));
    return n ? n->id : 0;
}

TomlTable fileOf(const TopologyDocument &doc, const char *name)
{
    return deploymentToml(doc.design(), *doc.topology().nodeByName(QLatin1String(name)));
}

QString text(const TomlTable &t, const QStringList &path)
{
    const TomlValue *v = t.findPath(path);
    return v ? v->toString() : QStringLiteral("<missing>");
}

} // namespace

class TestPinRelease : public QObject
{
    Q_OBJECT

private slots:
    void importPinsValues()
    {
        TopologyDocument doc;
        doc.resetDesign(importSeedPair());
        QVERIFY(hasPinnedValues(doc.design()));
        const TomlTable gw = fileOf(doc, "gw");
        // The file's own value wins over what the topology implies...
        QCOMPARE(
            text(gw, {QStringLiteral("apim"), QStringLiteral("key_manager"), QStringLiteral("service_url")}),
            QStringLiteral("https://cp.wso2.com/services/"));
        // ...and keys the file leaves out stay out.
        QVERIFY(!gw.findPath({QStringLiteral("server"), QStringLiteral("offset")}));
    }

    void editReleasesOnlyItsKeys()
    {
        TopologyDocument doc;
        doc.resetDesign(importSeedPair());
        const QByteArray saved = ProjectFile::serialize(doc.design());
        const NodeId gw = idOf(doc, "gw");
        const QString pinsBefore = doc.topology().node(gw)->extraToml;

        doc.push(new SetNodeValueCommand(&doc, {gw}, Field::Offset, 2));
        TomlTable file = fileOf(doc, "gw");
        const TomlValue *offset = file.findPath({QStringLiteral("server"), QStringLiteral("offset")});
        QVERIFY2(offset, "the edited offset must reach the file");
        QCOMPARE(offset->toInteger(), 2);
        const QString pinsAfter = doc.topology().node(gw)->extraToml;
        QVERIFY(!pinsAfter.contains(QLatin1String("#!omit server.offset")));
        // Pins the edit does not touch stay, word for word.
        QVERIFY(pinsAfter.contains(QLatin1String("#!omit apim.key_manager.username")));
        QCOMPARE(text(file,
                      {QStringLiteral("apim"), QStringLiteral("key_manager"), QStringLiteral("service_url")}),
                 QStringLiteral("https://cp.wso2.com/services/"));
        QCOMPARE(file.findPath({QStringLiteral("transport"), QStringLiteral("http"),
                                QStringLiteral("properties"), QStringLiteral("port")})
                     ->toInteger(),
                 9763);

        doc.undoStack()->undo();
        QCOMPARE(doc.topology().node(gw)->extraToml, pinsBefore);
        QCOMPARE(ProjectFile::serialize(doc.design()), saved);
        doc.undoStack()->redo();
        QCOMPARE(doc.topology().node(gw)->extraToml, pinsAfter);
    }

    void editOfOneNodeReleasesPinsInAnother()
    {
        TopologyDocument doc;
        doc.resetDesign(importSeedPair());
        const NodeId cp = idOf(doc, "cp");
        const QStringList url{QStringLiteral("apim"), QStringLiteral("key_manager"),
                              QStringLiteral("service_url")};
        doc.push(new SetNodeValueCommand(&doc, {cp}, Field::Hostname, QStringLiteral("cp.example.org")));
        // The gateway's pinned key-manager URL named the control plane: the rename wins.
        QVERIFY2(text(fileOf(doc, "gw"), url).startsWith(QLatin1String("https://cp.example.org")),
                 qPrintable(text(fileOf(doc, "gw"), url)));
        doc.undoStack()->undo();
        QCOMPARE(text(fileOf(doc, "gw"), url), QStringLiteral("https://cp.wso2.com/services/"));
    }

    void typingIsOneStepWithItsPins()
    {
        TopologyDocument doc;
        doc.resetDesign(importSeedPair());
        const QByteArray saved = ProjectFile::serialize(doc.design());
        const NodeId gw = idOf(doc, "gw");
        for (int offset : {1, 12, 1, 0})
            doc.push(new SetNodeValueCommand(&doc, {gw}, Field::Offset, offset));
        // Back at the old value, but the omit pin is gone: still one real step.
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(fileOf(doc, "gw").findPath({QStringLiteral("server"), QStringLiteral("offset")}));
        doc.undoStack()->undo();
        QCOMPARE(ProjectFile::serialize(doc.design()), saved);
    }

    void linksAndRemovalsRelease()
    {
        TopologyDocument doc;
        doc.resetDesign(importSeedPair());
        const QByteArray saved = ProjectFile::serialize(doc.design());
        const NodeId gw = idOf(doc, "gw"), cp = idOf(doc, "cp");
        const QStringList url{QStringLiteral("apim"), QStringLiteral("key_manager"),
                              QStringLiteral("service_url")};
        const Link *link = nullptr;
        for (const Link &l : doc.topology().links()) {
            if (l.from == gw && l.to == cp)
                link = &l;
        }
        QVERIFY(link);
        doc.push(new DisconnectCommand(&doc, {link->id}));
        QVERIFY(!fileOf(doc, "gw").findPath(url));
        doc.push(new ConnectNodesCommand(&doc, gw, cp));
        QCOMPARE(text(fileOf(doc, "gw"), url), QStringLiteral("https://cp.wso2.com:9443/services/"));
        doc.push(new RemoveNodesCommand(&doc, {cp}));
        QVERIFY(!fileOf(doc, "gw").findPath(url));
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QCOMPARE(ProjectFile::serialize(doc.design()), saved);
    }

    void settingsRelease()
    {
        TopologyDocument doc;
        doc.resetDesign(importSeedPair());
        const QStringList user{QStringLiteral("super_admin"), QStringLiteral("username")};
        DesignSettings s = doc.settings();
        s.adminUsername = QStringLiteral("ops");
        doc.push(new SetSettingsCommand(&doc, s));
        QCOMPARE(text(fileOf(doc, "gw"), user), QStringLiteral("ops"));
        // Secure vault rewrites how a password is written, not which: no pin moves.
        const QString pins = doc.topology().nodeByName(QStringLiteral("gw"))->extraToml;
        s.secureVault = true;
        doc.push(new SetSettingsCommand(&doc, s));
        QCOMPARE(doc.topology().nodeByName(QStringLiteral("gw"))->extraToml, pins);
    }

    void drawnDesignsHaveNoPins()
    {
        Design d;
        QVERIFY(!hasPinnedValues(d));
        QVERIFY(releasedPins(d, d).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPinRelease)
#include "tst_pinrelease.moc"
