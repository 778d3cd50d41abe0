// The review rules: the seed's deployments are the reference and raise no
// error; each hand-made variant in tests/data/review/<rule-id>/ (a seed set
// with one mistake, see its README) raises its rule and no other error.
#include "bundleexport.h"
#include "configkeys.h"
#include "encryptionkey.h"
#include "endpoints.h"
#include "findingformat.h"
#include "review.h"
#include "templates.h"
#include "testutil.h"

#include <QtTest>

#include <algorithm>

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
        lines.append(QStringLiteral("%1 %2 %3:%4 %5")
                         .arg(f.rule, severityName(f.severity), f.file)
                         .arg(f.line)
                         .arg(f.message));
    return lines.join(QLatin1Char('\n'));
}

// A copy of a review set (or of any folder, by absolute path) under `dir` with, in the files named, `from`
// replaced by `to`.
struct Edit
{
    const char *file; // relative to the set: apim-gw-1/repository/conf/deployment.toml
    QByteArray from, to;
};

Reviewed reviewEdited(const QString &folder, const QList<Edit> &edits, const QTemporaryDir &dir)
{
    const QString source = QDir::isAbsolutePath(folder) ? folder : testutil::dataPath(folder);
    for (QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString path = it.next();
        const QString rel = QDir(source).relativeFilePath(path);
        QByteArray text = testutil::readFile(path);
        for (const Edit &e : edits) {
            if (rel == QLatin1String(e.file)) {
                if (!text.contains(e.from))
                    qWarning("%s: no %s", qPrintable(rel), e.from.constData());
                text.replace(e.from, e.to);
            }
        }
        QDir().mkpath(QFileInfo(dir.filePath(rel)).absolutePath());
        QFile out(dir.filePath(rel));
        if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size())
            qWarning("cannot write %s", qPrintable(out.fileName()));
    }
    Reviewed r;
    QString error;
    if (!importConfigs({dir.path()}, &r.design, &r.imported, &error, &r.files))
        qWarning("%s", qPrintable(error));
    r.review = reviewDesign(r.design, &r.files);
    return r;
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
    d.settings.keystore.fileName = QStringLiteral("apim-tls.jks");
    for (const Node *db : d.topology.nodesOfKind(NodeKind::Database)) {
        Node *n = d.topology.mutableNode(db->id);
        n->values.insert(Field::ApimDbPassword, QStringLiteral("Db-S3cret-1"));
        n->values.insert(Field::SharedDbPassword, QStringLiteral("Db-S3cret-2"));
    }
    return d;
}

Design pattern(const QString &name, int gateways = 2)
{
    // Only the counts the pattern takes: aio-ha counts all-in-ones, aio-gw no control planes.
    PatternOptions o;
    o.pattern = name;
    const QStringList counts = Templates::countOptions(name);
    o.gateways = counts.contains(QLatin1String("gateways")) ? gateways : 0;
    o.controlPlanes = counts.contains(QLatin1String("control-planes")) ? 2 : 0;
    Design d;
    QString error;
    if (!Templates::create(o, &d, &error))
        qFatal("%s: %s", qPrintable(name), qPrintable(error));
    ensureEncryptionKey(&d.settings); // 4.7: made once per design, as `new` does
    return d;
}

// The rows of the first table after `heading` (or of the first table at all), as trimmed cells.
QList<QStringList> markdownTable(const QByteArray &text, const char *heading = nullptr)
{
    QList<QStringList> rows;
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    qsizetype i = heading ? lines.indexOf(QLatin1String(heading)) : 0;
    if (i < 0)
        return rows;
    while (i < lines.size() && !lines.at(i).startsWith(QLatin1Char('|')))
        ++i;
    for (i += 2; i < lines.size() && lines.at(i).startsWith(QLatin1Char('|')); ++i) { // past header and rule
        QStringList cells = lines.at(i).split(QLatin1Char('|'));
        cells = cells.mid(1, cells.size() - 2);
        for (QString &c : cells)
            c = c.trimmed();
        rows.append(cells);
    }
    return rows;
}

// tests/data/review/README.md: folder, base, mistake, line of the first finding.
QList<QStringList> variantRows()
{
    return markdownTable(testutil::readFile(testutil::dataPath(QStringLiteral("review/README.md"))));
}

// The references of tests/data/review/README.md: the seed's deployments, on which
// no rule errs, so no rule's broken variant.
const QStringList CleanSets{QStringLiteral("seed-ha"), QStringLiteral("seed-single")};

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
    // The text form names the node first unless the message already names it as a word.
    void findingTextNamesTheNodeOnce_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("prefixed");
        QTest::newRow("named first") << "apim-gw-1 keeps default credentials." << false;
        QTest::newRow("named at the end") << "used by apim-gw-1" << false;
        QTest::newRow("named before a dot") << "the key of apim-gw-1." << false;
        QTest::newRow("longer name") << "apim-gw-10 keeps default credentials." << true;
        QTest::newRow("inside a host name") << "points at db.apim-gw-1" << true;
        QTest::newRow("suffix of a word") << "xapim-gw-1 is unknown" << true;
        QTest::newRow("not named") << "the design has no database." << true;
    }

    void findingTextNamesTheNodeOnce()
    {
        QFETCH(QString, message);
        QFETCH(bool, prefixed);
        Finding f;
        f.rule = QStringLiteral("some-rule");
        f.severity = Severity::Warning;
        f.nodeName = QStringLiteral("apim-gw-1");
        f.message = message;
        const QString text = formatFindingText(f, QStringLiteral("d.apimtopo"));
        QCOMPARE(text.startsWith(QLatin1String("d.apimtopo: warning: apim-gw-1: ")), prefixed);
        QVERIFY(text.endsWith(message + QLatin1String(" [some-rule]")));
    }

    // The registry is the list of rules: well formed, found by id, and what the
    // README's "Review rules" table documents, severities included.
    void ruleIdsAreTheIssues()
    {
        static const QRegularExpression kebab(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        QStringList ids;
        for (const ReviewRule &r : reviewRules()) {
            const QString id = r.id;
            QVERIFY2(kebab.match(id).hasMatch(), qPrintable(id));
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.append(id);
            QCOMPARE(reviewRule(id), &r);
            QVERIFY(qstrlen(r.title) > 0 && qstrlen(r.summary) > 0);
            QVERIFY(r.inputs);
        }
        QVERIFY(!reviewRule(QStringLiteral("no-such-rule")));
        QVERIFY(!reviewRule(rule::ManagedValueKept)); // an import note, not a rule

        const QList<QStringList> rows = markdownTable(
            testutil::readFile(QStringLiteral(APIM_TEST_DATA "/../../README.md")), "### Review rules");
        QStringList documented;
        static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
        for (const QStringList &row : rows) {
            QVERIFY2(row.size() >= 2, qPrintable(row.join(QLatin1Char('|'))));
            for (auto m = code.globalMatch(row.at(0)); m.hasNext();) {
                const QString id = m.next().captured(1);
                documented.append(id);
                const ReviewRule *r = reviewRule(id);
                QVERIFY2(r, qPrintable(id + QLatin1String(": in README.md, not in the registry")));
                QVERIFY2(row.at(1).contains(severityName(r->severity)),
                         qPrintable(id + QLatin1String(": ") + row.at(1)));
            }
        }
        QCOMPARE(documented, ids);
    }

    // Each folder of tests/data/review/ is a rule's broken variant or a clean
    // reference, each rule has one, and its README says what each one breaks.
    void variantFoldersAreTheRules()
    {
        const QDir dir(testutil::dataPath(QStringLiteral("review")));
        const QStringList folders = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &clean : CleanSets)
            QVERIFY2(folders.contains(clean), qPrintable(clean));
        for (const QString &folder : folders)
            QVERIFY2(CleanSets.contains(folder) || reviewRule(folder),
                     qPrintable(folder + QLatin1String(": names no review rule")));
        QStringList documented;
        for (const QStringList &row : variantRows()) {
            QVERIFY2(row.size() == 4, qPrintable(row.join(QLatin1Char('|'))));
            documented.append(row.at(0));
            QVERIFY2(CleanSets.contains(row.at(1)),
                     qPrintable(row.at(0) + QLatin1String(": base ") + row.at(1)));
        }
        for (const ReviewRule &r : reviewRules()) {
            QVERIFY2(folders.contains(r.id),
                     qPrintable(QString(r.id) + QLatin1String(": no broken variant folder")));
            QVERIFY2(documented.contains(r.id),
                     qPrintable(QString(r.id) + QLatin1String(": no row in the README")));
        }
        QCOMPARE(documented.size(), folders.size() - CleanSets.size());
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
        QCOMPARE(withRule(single.review, rule::SingleNodeRole).size(), 2);
        QCOMPARE(countFindings(single.review).errors + countFindings(single.review).warnings, 0);
    }

    // One row per folder that is no clean reference, found by listing them.
    void brokenVariant_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("line"); // of the first finding (README): a number, "any" or "none"
        QHash<QString, QString> lines;
        for (const QStringList &row : variantRows())
            lines.insert(row.value(0), row.value(3));
        const QDir dir(testutil::dataPath(QStringLiteral("review")));
        for (const QString &folder : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (!CleanSets.contains(folder))
                QTest::newRow(qPrintable(folder)) << folder << lines.value(folder);
        }
    }

    void brokenVariant()
    {
        QFETCH(QString, folder);
        QFETCH(QString, line);
        QVERIFY2(reviewRule(folder), "the folder names no review rule");
        QVERIFY2(!line.isEmpty(), "the folder has no row in tests/data/review/README.md");
        const Reviewed r = reviewFolder(QStringLiteral("review/") + folder);
        const Findings hits = withRule(r.review, folder);
        QVERIFY2(!hits.isEmpty(), qPrintable(describe(r.review)));
        for (const Finding &f : r.review)
            QVERIFY2(f.severity != Severity::Error || f.rule == folder, qPrintable(describe(r.review)));
        const Finding &first = hits.first();
        QVERIFY(!first.message.isEmpty());
        QVERIFY(!first.hint.isEmpty());
        if (line == QLatin1String("any")) {
            QVERIFY(first.line > 0);
        } else if (line == QLatin1String("none")) {
            QCOMPARE(first.line, 0);
        } else {
            bool ok = false;
            QCOMPARE(first.line, line.toInt(&ok));
            QVERIFY2(ok, qPrintable(line));
        }
        if (folder != rule::TomlSyntax)
            QVERIFY(!first.nodeName.isEmpty());
        QVERIFY(first.file.startsWith(testutil::dataPath(QStringLiteral("review/") + folder)));
    }

    // No finding is more severe than its rule's registry entry, which the finding
    // builder reads: a rule may warn where it usually errs, never the reverse.
    void severitiesAreTheRegistrys()
    {
        Findings all;
        const QDir dir(testutil::dataPath(QStringLiteral("review")));
        for (const QString &folder : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            all += reviewFolder(QStringLiteral("review/") + folder).review;
        for (const QString &name : Templates::patterns())
            all += reviewDesign(pattern(name));
        QSet<QString> raised;
        for (const Finding &f : all) {
            const ReviewRule *r = reviewRule(f.rule);
            QVERIFY2(r, qPrintable(f.rule));
            QVERIFY2(f.severity >= r->severity, qPrintable(describe({f})));
            if (f.severity == r->severity)
                raised.insert(f.rule);
        }
        for (const ReviewRule &r : reviewRules())
            QVERIFY2(raised.contains(r.id),
                     qPrintable(QString(r.id) + QLatin1String(" never raised at its severity")));
    }

    // A rule that reads the topology alone needs no file: it fires on the
    // imported design reviewed as designed.
    void topologyRulesNeedNoFiles()
    {
        int checked = 0;
        for (const ReviewRule &r : reviewRules()) {
            if (r.inputs != RuleInputs(RuleInput::Topology))
                continue;
            ++checked;
            const Reviewed v = reviewFolder(QStringLiteral("review/") + r.id);
            const Findings designed = reviewDesign(v.design);
            QVERIFY2(!withRule(designed, r.id).isEmpty(),
                     qPrintable(QString(r.id) + QLatin1Char('\n') + describe(designed)));
        }
        QVERIFY(checked > 0);
    }

    // What lint and the GUI's import show: the review, plus the import's notes
    // that no rule repeats, less the kept values.
    void importedSetReview()
    {
        const Reviewed r = reviewFolder(QStringLiteral("review/") + rule::UnknownHost);
        QVERIFY(!withRule(r.imported, rule::ManagedValueKept).isEmpty());
        QVERIFY(!withRule(r.imported, rule::UnknownHost).isEmpty());
        const Findings merged = reviewImport(r.design, r.files, r.imported);
        QVERIFY(withRule(merged, rule::ManagedValueKept).isEmpty());
        QCOMPARE(withRule(merged, rule::UnknownHost), withRule(r.review, rule::UnknownHost));
        int notes = 0;
        for (const Finding &f : r.imported) {
            if (f.rule == rule::ManagedValueKept || reviewRule(f.rule))
                continue;
            ++notes;
            QVERIFY2(merged.contains(f), qPrintable(describe({f})));
        }
        QVERIFY(notes > 0);
        for (const Finding &f : r.review)
            QVERIFY(merged.contains(f));
        QCOMPARE(merged.size(), r.review.size() + notes);
        QVERIFY(std::is_sorted(merged.cbegin(), merged.cend(), [](const Finding &a, const Finding &b) {
            return a.file != b.file ? a.file < b.file : a.line < b.line;
        }));
    }

    // An event listening list naming one control plane of two behind a balancer misses the other.
    void haListMissesAPeer()
    {
        const char *gw = "apim-gw-1/repository/conf/deployment.toml";
        const QByteArray at = "# Traffic Manager configurations";
        auto listening = [&](const QByteArray &list) {
            return Edit{gw, at,
                        "[apim.event_hub]\nenable = true\nservice_url = \"https://cp.wso2.com/services/\"\n"
                        "event_listening_endpoints = [" +
                            list + "]\n\n" + at};
        };
        QTemporaryDir one, both;
        const Findings missing = withRule(
            reviewEdited(QStringLiteral("review/seed-ha"), {listening("\"tcp://apim-cp-1:5672\"")}, one)
                .review,
            rule::EndpointHaList);
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().severity, Severity::Warning);
        QVERIFY2(missing.first().message.contains(QLatin1String("misses apim-cp-2")),
                 qPrintable(missing.first().message));
        QVERIFY(missing.first().line > 0);
        const Reviewed complete =
            reviewEdited(QStringLiteral("review/seed-ha"),
                         {listening("\"tcp://apim-cp-1:5672\", \"tcp://apim-cp-2:5672\"")}, both);
        QVERIFY2(withRule(complete.review, rule::EndpointHaList).isEmpty(),
                 qPrintable(describe(complete.review)));
    }

    // An all-in-one of a pair publishing throttle events to its own receiver only misses its peer.
    void throttleGroupsMissAPeer()
    {
        QTemporaryDir exported, edited;
        ExportOptions options;
        options.directory = true;
        QString error;
        QVERIFY2(exportBundle(secured(pattern(QStringLiteral("aio-ha"))),
                              exported.filePath(QStringLiteral("b/")), options, &error),
                 qPrintable(error));
        const char *aio = "b/aio-ha/nodes/apim-aio-1/repository/conf/deployment.toml";
        const Reviewed clean = reviewEdited(exported.path(), {}, edited);
        QVERIFY2(withRule(clean.review, rule::EndpointHaList).isEmpty(), qPrintable(describe(clean.review)));
        QTemporaryDir broken;
        const Reviewed r = reviewEdited(exported.path(),
                                        {{aio, "\"tcp://apim-aio-2:9611\"", "\"tcp://apim-aio-1:9611\""},
                                         {aio, "\"ssl://apim-aio-2:9711\"", "\"ssl://apim-aio-1:9711\""}},
                                        broken);
        const Findings f = withRule(r.review, rule::EndpointHaList);
        QCOMPARE(f.size(), 1);
        QVERIFY2(f.first().message.contains(QLatin1String("misses apim-aio-2")),
                 qPrintable(f.first().message));
        QCOMPARE(f.first().nodeName, QStringLiteral("apim-aio-1"));
    }

    // A gateway without key manager credentials calls as its own super admin, which the key
    // manager must have; credentials of its own in [apim.key_manager] settle it.
    void keyManagerCredentials()
    {
        const QByteArray own = "password = \"Adm1n-S3cret\"";
        const QByteArray other = "password = \"Other-S3cret\"";
        const QList<Edit> cps{{"apim-cp-1/repository/conf/deployment.toml", own, other},
                              {"apim-cp-2/repository/conf/deployment.toml", own, other}};
        QTemporaryDir differ, given;
        const Findings f = withRule(reviewEdited(QStringLiteral("review/seed-ha"), cps, differ).review,
                                    rule::GatewayKeyManager);
        QCOMPARE(f.size(), 2); // both gateways
        QVERIFY2(f.first().message.contains(QLatin1String("no username and password")),
                 qPrintable(f.first().message));
        QCOMPARE(f.first().line, 46);
        const QByteArray km = "service_url = \"https://cp.wso2.com/services/\"\n\n# Traffic";
        const QByteArray withCredentials = "service_url = \"https://cp.wso2.com/services/\"\nusername = "
                                           "\"admin\"\npassword = \"Other-S3cret\"\n\n# "
                                           "Traffic";
        QList<Edit> edits = cps;
        edits += {{"apim-gw-1/repository/conf/deployment.toml", km, withCredentials},
                  {"apim-gw-2/repository/conf/deployment.toml", km, withCredentials}};
        const Reviewed r = reviewEdited(QStringLiteral("review/seed-ha"), edits, given);
        QVERIFY2(withRule(r.review, rule::GatewayKeyManager).isEmpty(), qPrintable(describe(r.review)));
    }

    // A heartbeat written as 0 is none: the control plane is reported at that line.
    void qpidHeartbeatWrittenAsZero()
    {
        QTemporaryDir dir;
        const Reviewed r =
            reviewEdited(QStringLiteral("review/seed-ha"),
                         {{"apim-cp-1/repository/conf/deployment.toml", "delay = 60", "delay = 0"}}, dir);
        const Findings f = withRule(r.review, rule::QpidHeartbeatZero);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().nodeName, QStringLiteral("apim-cp-1"));
        QCOMPARE(f.first().line, 100);
    }

    void unknownKeySuggestsTheKnownOne()
    {
        const Reviewed r = reviewFolder(QStringLiteral("review/") + rule::UnknownKey);
        const Findings hits = withRule(r.review, rule::UnknownKey);
        QCOMPARE(hits.size(), 1);
        QVERIFY2(hits.first().message.contains(QLatin1String("apim.throttling.enable_unlimited_tier?")),
                 qPrintable(hits.first().message));
        const ConfigKeyCatalogue &keys = ConfigKeyCatalogue::instance();
        QVERIFY(keys.keyCount() > 3000);
        QVERIFY(keys.isKnown({QStringLiteral("apim"), QStringLiteral("throttling"),
                              QStringLiteral("url_group[]"), QStringLiteral("traffic_manager_urls")}));
        QVERIFY(
            keys.isKnown({QStringLiteral("database"), QStringLiteral("anything_db"), QStringLiteral("url")}));
        QVERIFY(!keys.isKnown(
            {QStringLiteral("apim"), QStringLiteral("throttling"), QStringLiteral("url_groups[]")}));
        const auto root = keys.root();
        QCOMPARE(
            keys.suggestion(keys.step(keys.step(root, QStringLiteral("transport")), QStringLiteral("https")),
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
            // The templates keep the shipped credentials, as the seed page does: one finding per
            // API-M node, whatever its kind.
            qsizetype apimNodes = 0;
            for (const Node &n : d.topology.nodes())
                apimNodes += SchemaRegistry::instance().kind(n.kind).apimNode ? 1 : 0;
            QCOMPARE(withRule(f, rule::DefaultCredentials).size(), apimNodes);
            const Findings clean = reviewDesign(secured(d));
            QVERIFY2(countFindings(clean).errors + countFindings(clean).warnings == 0,
                     qPrintable(describe(clean)));
            for (const Finding &x : clean)
                QVERIFY(x.file.isEmpty() && x.line == 0); // nothing to point at but the node
        }
    }

    void designEditsAreSeen()
    {
        Design d = secured(pattern(QStringLiteral("gw-cp-ha")));
        nodeNamed(d, QStringLiteral("apim-gw-1"))
            ->values.insert(Field::Labels, QStringList{QStringLiteral("Internal")});
        QCOMPARE(withRule(reviewDesign(d), rule::GatewayLabelUnmatched).size(), 1);

        d = secured(pattern(QStringLiteral("gw-cp-ha")));
        nodeNamed(d, QStringLiteral("apim-gw-2"))
            ->values.insert(Field::Ip, nodeNamed(d, QStringLiteral("apim-gw-1"))->ip());
        QCOMPARE(withRule(reviewDesign(d), rule::PortConflict).size(), 1);
        nodeNamed(d, QStringLiteral("apim-gw-2"))->values.insert(Field::Offset, 10);
        QCOMPARE(withRule(reviewDesign(d), rule::PortConflict).size(), 0);

        d = secured(pattern(QStringLiteral("gw-cp-ha")));
        nodeNamed(d, QStringLiteral("apim-cp-1"))->extraToml = QStringLiteral(
            "[apim.throttling]\nenable_unlimited_tiers = true\n\n[secrets]\nx = \"[y]\"\n\n[apim.devportal]\n"
            "url = \"$secret{nope}\"\n");
        const Findings f = reviewDesign(d);
        QCOMPARE(withRule(f, rule::UnknownKey).size(), 1);
        QCOMPARE(withRule(f, rule::SecretUndefined).size(), 1);
        QCOMPARE(withRule(f, rule::SecretsNotLast).size(), 0); // the writer puts [secrets] after [apim]

        nodeNamed(d, QStringLiteral("apim-cp-1"))->extraToml =
            QStringLiteral("[secrets]\nx = \"[y]\"\n\n[oauth.token_cleanup]\nenable = true\n");
        QCOMPARE(withRule(reviewDesign(d), rule::SecretsNotLast).size(), 1);
    }

    void urls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("placeholderPort");
        QTest::newRow("https") << "https://cp.wso2.com/services/"
                               << "cp.wso2.com" << -1 << false;
        QTest::newRow("tcp") << "tcp://apim-cp-1:5672"
                             << "apim-cp-1" << 5672 << false;
        QTest::newRow("placeholder port") << "https://gw:${mgt.transport.https.port}/services/"
                                          << "gw" << -1 << true;
        QTest::newRow("two placeholders")
            << "https://svc:${mgt.transport.https.port}${carbon.context}services/"
            << "svc" << -1 << true;
        QTest::newRow("page placeholder") << "https://[api-gateway-LB-host]/services/"
                                          << "[api-gateway-lb-host]" << -1 << false;
        QTest::newRow("env host") << "https://$env{HOST}:9443/x"
                                  << "$env{host}" << 9443 << false;
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
        QCOMPARE(endpoints::isPlaceholder(u.host),
                 host.contains(QLatin1Char('$')) || host.startsWith(QLatin1Char('[')));
    }

    void databaseUrls()
    {
        TomlTable t;
        TomlTable &db = t.table(QStringLiteral("database"));
        db.table(QStringLiteral("apim_db"))
            .set(QStringLiteral("url"), QStringLiteral("jdbc:mysql://db1:3307/apimdb?useSSL=false"));
        db.table(QStringLiteral("shared_db"))
            .set(QStringLiteral("url"), QStringLiteral("jdbc:sqlserver://db2:1433;databaseName=shared"));
        db.table(QStringLiteral("local"))
            .set(QStringLiteral("url"), QStringLiteral("jdbc:h2:./repository/database/X"));
        db.table(QStringLiteral("ora"))
            .set(QStringLiteral("url"), QStringLiteral("jdbc:oracle:thin:@ora1:1521/svc"));
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
