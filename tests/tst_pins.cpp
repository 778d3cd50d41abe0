// Imported nodes keep their files' values as pins. A pin holds while the design
// implies what it implied at import: an edit that changes what the designer
// writes for a key lets the design win there, and nothing else; undo (or
// editing the value back) brings the file's value back.
#include "configfiles.h"
#include "generators.h"
#include "importer.h"
#include "linkcommands.h"
#include "nodecommands.h"
#include "projectfile.h"
#include "settingscommands.h"
#include "testutil.h"
#include "tomldiff.h"
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

class TestPins : public QObject
{
    Q_OBJECT

private slots:
    // Comments on the keys the designer does not manage survive import, save, reopen and
    // export; parents that only a deeper header creates get no empty header of their own.
    void commentsOfKeptKeysSurvive()
    {
        ImportedFile f;
        f.path = QStringLiteral("gw/repository/conf/deployment.toml");
        f.namingPath = f.path;
        f.text = testutil::readFile(testutil::dataPath(QStringLiteral("import-comments/deployment.toml")));
        f.parsed = readToml(f.text, f.path, &f.table, &f.error);
        QVERIFY(f.parsed);
        ImportedFiles files{f};
        Design imported;
        Findings findings;
        importFiles(&files, &imported, &findings);
        QCOMPARE(imported.topology.nodes().size(), 1);

        // Through the project file, as the user's save and reopen would.
        Design reopened;
        TomlError error;
        QVERIFY(ProjectFile::parse(ProjectFile::serialize(imported), QStringLiteral("p.apimtopo"), &reopened,
                                   &error));
        for (const Design *d : {&imported, &reopened}) {
            const QString out = QString::fromUtf8(deploymentTomlText(*d, d->topology.nodes().first()));
            QVERIFY2(out.contains(QLatin1String("# keep the cache small: memory is tight here\n"
                                                "[apim.cache.gateway_token]\n")),
                     qPrintable(out));
            QVERIFY2(
                out.contains(QLatin1String("expiry_time = \"900s\" # 15 minutes, agreed with security\n")),
                qPrintable(out));
            QVERIFY2(out.contains(QLatin1String("# behind the corporate proxy\nproxyPort = 443\n")),
                     qPrintable(out));
            QVERIFY2(!out.contains(QLatin1String("[apim.cache]\n")), qPrintable(out));
            QVERIFY2(!out.contains(QLatin1String("[transport]\n")), qPrintable(out));
            QVERIFY2(!out.contains(QLatin1String("#!")), qPrintable(out));
            // Still the same TOML as before, comments aside.
            TomlTable reread;
            QVERIFY(readToml(out.toUtf8(), QString(), &reread, &error));
        }
    }

    // A set in the corpus' style: banners over sections the designer partly writes, notes on
    // the keys it does not write, in headers, arrays of tables and dotted keys; each comes back
    // above (or after) the same key, through the project file too.
    void commentsOfASetComeBackOnTheirKeys()
    {
        ImportedFiles files;
        QString error;
        QVERIFY2(
            collectConfigFiles({testutil::dataPath(QStringLiteral("import-comments/set"))}, &files, &error),
            qPrintable(error));
        Design imported;
        Findings findings;
        importFiles(&files, &imported, &findings);
        QVERIFY(imported.topology.nodeByName(QStringLiteral("gw")));
        Design reopened;
        TomlError parseError;
        QVERIFY(ProjectFile::parse(ProjectFile::serialize(imported), QStringLiteral("p.apimtopo"), &reopened,
                                   &parseError));
        const char *blocks[] = {
            // a section the designer writes, with a key it does not
            "# Gateway worker of the staging set\n[server]\n",
            "# let operators stop it from the API\nenable_shutdown_from_api = true # private network only\n",
            "# key manager implementation\n[apim.key_manager]\n",
            "# checked against the control plane every minute\n"
            "key_validation_handler_type = \"default\" # path C:\\temp\\new \"\"\" ''' end\n",
            // sections it does not write at all
            "# JWT Generation\n[apim.jwt]\n",
            "encoding = \"base64\" # base64,base64url\n",
            "# attributes the portal asks for\n[[apim.devportal.application_attributes]]\n",
            "# shown as a hint\nhint = \"Cost centre\" # on the signup page\n",
            "# behind the corporate proxy\nproperties.proxyPort = 80 # the proxy listens here\n",
            // what reads as a marker or a line break elsewhere is written as plain comment text
            "header = \"X-JWT-Assertion\" # !omit server.hostname\n",
            "[apim.notes]\n# x [evil] y = 1  reversed\nnote = \"kept\" # z [evil2]\n",
        };
        for (const Design *d : {&imported, &reopened}) {
            const Node &gw = *d->topology.nodeByName(QStringLiteral("gw"));
            const QString out = QString::fromUtf8(deploymentTomlText(*d, gw));
            for (const char *block : blocks)
                QVERIFY2(out.contains(QString::fromUtf8(block)), qPrintable(QString::fromUtf8(block) + out));
            TomlTable reread;
            QVERIFY(readToml(out.toUtf8(), QString(), &reread, &parseError));
            QVERIFY(!reread.contains(QStringLiteral("evil")));
            QCOMPARE(
                reread.subTable(QStringLiteral("apim"))->subTable(QStringLiteral("notes"))->entries().size(),
                1);
        }
    }

    // Comments made in memory (by code, or a hand-edited project) can hold anything: each is
    // written as one comment line, so none can add a key, a table or a pin marker.
    void hostileCommentsStayOneLine()
    {
        TomlTable t;
        TomlValue v(qint64(1));
        v.comments = {QStringLiteral("# a\n[evil]\nx = 1"), QStringLiteral("no hash\r\ny = 2"),
                      QStringLiteral("#!omit server.hostname"), QStringLiteral("   "),
                      QStringLiteral("# nel\u0085z = 3\u2028w = 4")};
        v.trailingComment = QStringLiteral("# t\r[evil2]\nq = 5");
        t.table(QStringLiteral("apim")).set(QStringLiteral("k"), v);
        t.table(QStringLiteral("apim")).comments = {QStringLiteral("#\n[[evil3]]")};
        t.table(QStringLiteral("apim")).trailingComment = QStringLiteral("\n[evil4]");
        const QString out = writeToml(t);
        QCOMPARE(out,
                 QStringLiteral("# [[evil3]]\n[apim] # [evil4]\n# a [evil] x = 1\n# no hash  y = 2\n"
                                "# !omit server.hostname\n# nel z = 3 w = 4\nk = 1 # t [evil2] q = 5\n"));
        TomlTable reread;
        TomlError error;
        QVERIFY(readToml(out.toUtf8(), QString(), &reread, &error));
        QCOMPARE(reread.entries().size(), 1);
        QCOMPARE(reread.subTable(QStringLiteral("apim"))->entries().size(), 1);
        // As a node's extra TOML, the text pins k and omits nothing.
        const TomlPins pins(out);
        QVERIFY(pins.omitted().isEmpty());
        QVERIFY(pins.keptParsed());
    }

    void importPinsValues()
    {
        TopologyDocument doc;
        doc.resetDesign(importSeedPair());
        const QString pins = doc.topology().nodeByName(QStringLiteral("gw"))->extraToml.text();
        QVERIFY2(pins.contains(QLatin1String(
                     "#!base apim.key_manager.service_url = \"https://cp.wso2.com:9443/services/\"")),
                 qPrintable(pins));
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
        const QString pins = doc.topology().node(gw)->extraToml.text();

        doc.push(new SetNodeValueCommand(&doc, {gw}, Field::Offset, 2));
        TomlTable file = fileOf(doc, "gw");
        const TomlValue *offset = file.findPath({QStringLiteral("server"), QStringLiteral("offset")});
        QVERIFY2(offset, "the edited offset must reach the file");
        QCOMPARE(offset->toInteger(), 2);
        // The pins are state, not history: the text is untouched.
        QCOMPARE(doc.topology().node(gw)->extraToml.text(), pins);
        // Pins the edit does not touch hold.
        QVERIFY(!file.findPath(
            {QStringLiteral("apim"), QStringLiteral("key_manager"), QStringLiteral("username")}));
        QCOMPARE(text(file,
                      {QStringLiteral("apim"), QStringLiteral("key_manager"), QStringLiteral("service_url")}),
                 QStringLiteral("https://cp.wso2.com/services/"));
        QCOMPARE(file.findPath({QStringLiteral("transport"), QStringLiteral("http"),
                                QStringLiteral("properties"), QStringLiteral("port")})
                     ->toInteger(),
                 9763);

        doc.undoStack()->undo();
        QVERIFY(!fileOf(doc, "gw").findPath({QStringLiteral("server"), QStringLiteral("offset")}));
        QCOMPARE(ProjectFile::serialize(doc.design()), saved);
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

    void typingBackRestoresThePin()
    {
        TopologyDocument doc;
        doc.resetDesign(importSeedPair());
        const TomlTable imported = fileOf(doc, "gw");
        const NodeId gw = idOf(doc, "gw");
        for (int offset : {1, 12, 1})
            doc.push(new SetNodeValueCommand(&doc, {gw}, Field::Offset, offset));
        QVERIFY(fileOf(doc, "gw").findPath({QStringLiteral("server"), QStringLiteral("offset")}));
        doc.push(new SetNodeValueCommand(&doc, {gw}, Field::Offset, 0));
        // Back at the imported value: no step left, and the file is as imported.
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(fileOf(doc, "gw") == imported);
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
        // Linked again, the design implies what it did at import: the file's value is back.
        doc.push(new ConnectNodesCommand(&doc, gw, cp));
        QCOMPARE(text(fileOf(doc, "gw"), url), QStringLiteral("https://cp.wso2.com/services/"));
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
        // Secure vault rewrites how passwords are written; the pins hold.
        s.secureVault = true;
        doc.push(new SetSettingsCommand(&doc, s));
        QCOMPARE(text(fileOf(doc, "gw"),
                      {QStringLiteral("apim"), QStringLiteral("key_manager"), QStringLiteral("service_url")}),
                 QStringLiteral("https://cp.wso2.com/services/"));
    }

    void markersApply()
    {
        auto generated = [] {
            TomlTable t;
            TomlTable &server = t.table(QStringLiteral("server"));
            server.set(QStringLiteral("hostname"), QStringLiteral("now.example"));
            server.set(QStringLiteral("offset"), 3);
            return t;
        };
        const QStringList host{QStringLiteral("server"), QStringLiteral("hostname")};
        const QStringList offset{QStringLiteral("server"), QStringLiteral("offset")};

        // No base: pinned for good (hand-written text, older projects).
        TomlTable t = generated();
        applyExtraToml(QStringLiteral("#!omit server.offset\n[server]\nhostname = \"file.example\"\n"), &t);
        QCOMPARE(text(t, host), QStringLiteral("file.example"));
        QVERIFY(!t.findPath(offset));

        // Bases that still match pin; bases that do not let the design win.
        t = generated();
        applyExtraToml(QStringLiteral("#!omit server.offset\n#!base server.offset = 3\n"
                                      "#!base server.hostname = \"then.example\"\n"
                                      "[server]\nhostname = \"file.example\"\n"),
                       &t);
        QCOMPARE(text(t, host), QStringLiteral("now.example"));
        QVERIFY(!t.findPath(offset));
        t = generated();
        applyExtraToml(QStringLiteral("#!omit server.offset\n#!base server.offset = 0\n"), &t);
        QCOMPARE(t.findPath(offset)->toInteger(), 3);

        // A released key leaves no empty table behind.
        TomlTable bare;
        applyExtraToml(QStringLiteral("#!base apim.key_manager.service_url = \"https://cp:9443/services/\"\n"
                                      "[apim.key_manager]\nservice_url = \"https://cp/services/\"\n"),
                       &bare);
        QVERIFY2(bare.isEmpty(), qPrintable(writeToml(bare)));

        // Unparsable text merges nothing, but its omissions still apply.
        t = generated();
        applyExtraToml(QStringLiteral("#!omit server.offset\n[server\n"), &t);
        QVERIFY(!t.findPath(offset));
        QCOMPARE(text(t, host), QStringLiteral("now.example"));
    }

    void arraysOfTablesGetOneLineBases()
    {
        TomlTable generated, original;
        for (const char *host : {"a", "b"}) {
            TomlTable &g = generated.table(QStringLiteral("apim")).appendTable(QStringLiteral("url_group"));
            g.set(QStringLiteral("urls"),
                  TomlValue(QStringList{QLatin1String("tcp://") + QLatin1String(host)}));
        }
        original.table(QStringLiteral("apim"))
            .appendTable(QStringLiteral("url_group"))
            .set(QStringLiteral("urls"), TomlValue(QStringList{QStringLiteral("tcp://x")}));
        const QString extra = extraTomlText(diffToml(generated, original));
        QVERIFY2(extra.contains(QLatin1String("#!base apim.url_group = [{")), qPrintable(extra));
        TomlTable t = *generated.clone();
        applyExtraToml(extra, &t);
        QVERIFY2(t == original, qPrintable(writeToml(t)));
        // One more group in the design: the design's groups win.
        TomlTable grown = *generated.clone();
        grown.table(QStringLiteral("apim"))
            .appendTable(QStringLiteral("url_group"))
            .set(QStringLiteral("urls"), TomlValue(QStringList{QStringLiteral("tcp://c")}));
        t = *grown.clone();
        applyExtraToml(extra, &t);
        QVERIFY(t == grown);
    }
};

QTEST_GUILESS_MAIN(TestPins)
#include "tst_pins.moc"
