// Quick fixes: each producer's fix, applied, makes its finding go away; a design fix is one
// undo step that undo takes back exactly; a fix the design or the text no longer matches is
// refused and changes nothing.
#include "fixcommand.h"
#include "importer.h"
#include "projectfile.h"
#include "review.h"
#include "reviewfix.h"
#include "templates.h"
#include "topologydocument.h"
#include "validation.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoCommand>

#include <algorithm>
#include <memory>
#include <tuple>

using namespace apim;

namespace {

ImportedFiles readSet(const QString &name)
{
    ImportedFiles files;
    QString error;
    if (!collectConfigFiles({QStringLiteral(APIM_TEST_DATA "/review/") + name}, &files, &error))
        qWarning("%s", qPrintable(error));
    return files;
}

Findings lint(ImportedFiles &files)
{
    Design design;
    Findings imported;
    importFiles(&files, &design, &imported);
    return reviewImport(design, files, imported);
}

Findings ofRule(const Findings &all, QLatin1String rule)
{
    Findings out;
    for (const Finding &f : all) {
        if (f.rule == rule)
            out.append(f);
    }
    return out;
}

FileTexts textsOf(const ImportedFiles &files)
{
    FileTexts texts;
    for (const ImportedFile &f : files)
        texts.insert(f.path, f.text);
    return texts;
}

void setTexts(ImportedFiles &files, const FileTexts &texts)
{
    for (ImportedFile &f : files)
        f.text = texts.value(f.path);
}

// Replaces the first `from` in the file whose path ends in `suffix`.
void edit(ImportedFiles &files, const char *suffix, const char *from, const char *to)
{
    for (ImportedFile &f : files) {
        if (f.path.endsWith(QLatin1String(suffix))) {
            const qsizetype at = f.text.indexOf(from);
            QVERIFY2(at >= 0, from);
            f.text.replace(at, qsizetype(qstrlen(from)), to);
            return;
        }
    }
    QFAIL(suffix);
}

// Applies the first fix of every finding of `rule`, again on what is left while that fixes
// something (as `lint --fix` does); returns the findings left.
Findings fixAll(ImportedFiles &files, QLatin1String rule, int *fixed)
{
    *fixed = 0;
    for (int pass = 0; pass < 3; ++pass) {
        QList<FindingFix> fixes;
        for (const Finding &f : ofRule(lint(files), rule)) {
            if (!f.fixes.isEmpty())
                fixes.append(f.fixes.first());
        }
        FileTexts texts = textsOf(files);
        const TextFixOutcome outcome = applyTextFixes(&texts, fixes);
        if (outcome.applied.isEmpty())
            break;
        *fixed += int(outcome.applied.size());
        setTexts(files, texts);
    }
    return lint(files);
}

Design haDesign()
{
    Design d;
    QString error;
    if (!Templates::create(QStringLiteral("gw-cp-ha"), 2, 2, &d, &error))
        qWarning("%s", qPrintable(error));
    return d;
}

const Finding *findingOf(const Findings &all, QLatin1String rule, NodeId node)
{
    for (const Finding &f : all) {
        if (f.rule == rule && f.node == node)
            return &f;
    }
    return nullptr;
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(APIM_CLI_PATH), args);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// Every file under `dir` and its bytes' hash: what must not change.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        out.insert(path, QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return out;
}

void copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(path);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QVERIFY(QFile::copy(path, target));
    }
}

// A copy of the review set `set` in `tmp`, to be changed.
QString copySet(const QTemporaryDir &tmp, const QString &set)
{
    const QString input = tmp.filePath(QStringLiteral("set"));
    copyTree(QStringLiteral(APIM_TEST_DATA "/review/") + set, input);
    return input;
}

} // namespace

class TestQuickFix : public QObject
{
    Q_OBJECT

private slots:
    // ---- config sets: ReplaceText

    void lintFixesMakeTheirFindingsGo_data()
    {
        QTest::addColumn<QString>("set");
        QTest::addColumn<QString>("rule");
        QTest::newRow("wrong port") << "endpoint-port" << QString(rule::EndpointPort);
        QTest::newRow("HA peer") << "event-hub-ha" << QString(rule::EventHubHa);
        QTest::newRow("label") << "gateway-label-unmatched" << QString(rule::GatewayLabelUnmatched);
        // Decisions from the balancer, so missing both control planes: one fix, the members in its place.
        QTest::newRow("balancer in the list") << "throttle-endpoints" << QString(rule::ThrottleEndpoints);
    }

    void lintFixesMakeTheirFindingsGo()
    {
        QFETCH(QString, set);
        QFETCH(QString, rule);
        ImportedFiles files = readSet(set);
        const QByteArray latin1 = rule.toLatin1();
        const QLatin1String id(latin1);
        const Findings before = ofRule(lint(files), id);
        QVERIFY(!before.isEmpty());
        qsizetype fixable = 0;
        for (const Finding &f : before)
            fixable += f.fixes.isEmpty() ? 0 : 1;
        QCOMPARE(fixable, rule == rule::ThrottleEndpoints ? 1 : before.size());
        int fixed = 0;
        const Findings after = fixAll(files, id, &fixed);
        QCOMPARE(fixed, fixable);
        QVERIFY2(ofRule(after, id).isEmpty(), qPrintable(ofRule(after, id).value(0).message));
        // Nothing else broke: no new error.
        QCOMPARE(countFindings(after).errors, 0);
    }

    void portFixRewritesOnlyThePort()
    {
        ImportedFiles files = readSet(QStringLiteral("endpoint-port"));
        const Findings port = ofRule(lint(files), rule::EndpointPort);
        QCOMPARE(port.size(), 1);
        const FixStep &step = port.first().fixes.first().steps.first();
        QCOMPARE(step.kind, FixStep::Kind::ReplaceText);
        QCOMPARE(step.value.toString(), QStringLiteral("\"tcp://apim-cp-1:9612\""));
        QCOMPARE(step.text, QStringLiteral("\"tcp://apim-cp-1:9611\""));
        QCOMPARE(port.first().fixes.first().title, QStringLiteral("Set the port to 9611"));
    }

    // Two nodes reach apim-cp-1 on 9612: its offset is as likely wrong as their URLs.
    void agreeingPortsGetNoFix()
    {
        ImportedFiles files = readSet(QStringLiteral("endpoint-port"));
        edit(files, "apim-gw-2/repository/conf/deployment.toml", "tcp://apim-cp-1:9611",
             "tcp://apim-cp-1:9612");
        const Findings port = ofRule(lint(files), rule::EndpointPort);
        QCOMPARE(port.size(), 2);
        for (const Finding &f : port)
            QVERIFY(f.fixes.isEmpty());
    }

    void labelFixesOfferTheKnownEnvironmentAndDropping()
    {
        ImportedFiles files = readSet(QStringLiteral("gateway-label-unmatched"));
        edit(files, "apim-gw-1/repository/conf/deployment.toml", "gateway_labels =[\"Internal\"]",
             "gateway_labels =[\"Default\", \"Internal\"]");
        const Findings labels = ofRule(lint(files), rule::GatewayLabelUnmatched);
        QCOMPARE(labels.size(), 1);
        QCOMPARE(labels.first().fixes.size(), 2);
        QCOMPARE(labels.first().fixes.at(1).title, QStringLiteral("Drop the label \"Internal\""));
        FileTexts texts = textsOf(files);
        QString error;
        QVERIFY2(applyTextFix(&texts, labels.first().fixes.at(1), &error), qPrintable(error));
        setTexts(files, texts);
        QVERIFY(ofRule(lint(files), rule::GatewayLabelUnmatched).isEmpty());
        for (const ImportedFile &f : files) {
            if (f.path.endsWith(QLatin1String("apim-gw-1/repository/conf/deployment.toml")))
                QVERIFY(f.text.contains("gateway_labels =[\"Default\"]\n"));
        }
    }

    // Both control planes call themselves localhost; the gateways reach them through
    // cp.wso2.com, which the import takes for their balancer.
    void localhostBehindBalancerTakesItsName()
    {
        ImportedFiles files = readSet(QStringLiteral("seed-ha"));
        for (const char *cp :
             {"apim-cp-1/repository/conf/deployment.toml", "apim-cp-2/repository/conf/deployment.toml"})
            edit(files, cp, "hostname = \"cp.wso2.com\"", "hostname = \"localhost\"");
        const Findings before = ofRule(lint(files), rule::LocalhostHostname);
        QCOMPARE(before.size(), 2);
        QCOMPARE(before.first().fixes.value(0).steps.value(0).text, QStringLiteral("\"cp.wso2.com\""));
        int fixed = 0;
        const Findings after = fixAll(files, rule::LocalhostHostname, &fixed);
        QCOMPARE(fixed, 2);
        QVERIFY(ofRule(after, rule::LocalhostHostname).isEmpty());
        QCOMPARE(countFindings(after).errors, 0);
    }

    // A gateway listening to apim-cp-1's event hub only: apim-cp-2's events never reach it.
    void missingHaPeerIsAdded()
    {
        ImportedFiles files = readSet(QStringLiteral("seed-ha"));
        edit(files, "apim-gw-1/repository/conf/deployment.toml", "[apim.throttling]\n",
             "[apim.event_hub]\nenable = true\nservice_url = \"https://cp.wso2.com/services/\"\n"
             "event_listening_endpoints = [\"tcp://apim-cp-1:5672\"]\n\n[apim.throttling]\n");
        const Findings before = ofRule(lint(files), rule::EndpointHaList);
        QCOMPARE(before.size(), 1);
        QCOMPARE(before.first().fixes.value(0).steps.value(0).text,
                 QStringLiteral("\"tcp://apim-cp-1:5672\", \"tcp://apim-cp-2:5672\""));
        int fixed = 0;
        const Findings after = fixAll(files, rule::EndpointHaList, &fixed);
        QCOMPARE(fixed, 1);
        QVERIFY(ofRule(after, rule::EndpointHaList).isEmpty());
    }

    void staleTextFixIsRefused()
    {
        ImportedFiles files = readSet(QStringLiteral("endpoint-port"));
        const FindingFix fix = ofRule(lint(files), rule::EndpointPort).first().fixes.first();
        FileTexts texts = textsOf(files);
        const FileTexts original = texts;
        QString error;
        QVERIFY(applyTextFix(&texts, fix, &error));
        // Applied once, the old text is gone: the same fix again is stale.
        const FileTexts fixed = texts;
        QVERIFY(!applyTextFix(&texts, fix, &error));
        QVERIFY(error.contains(QLatin1String("changed")));
        QCOMPARE(texts, fixed);
        // A file that is not part of the set.
        FindingFix elsewhere = fix;
        elsewhere.steps.first().file = QStringLiteral("nowhere.toml");
        texts = original;
        QVERIFY(!applyTextFix(&texts, elsewhere, &error));
        QCOMPARE(texts, original);
    }

    void overlappingFixesApplyTheFirstOnly()
    {
        FileTexts texts{{QStringLiteral("a.toml"), QByteArray("x = \"abc\"\ny = 1\n")}};
        const FindingFix first{QStringLiteral("one"),
                               {replaceTextStep(QStringLiteral("a.toml"), 1, 5, QStringLiteral("\"abc\""),
                                                QStringLiteral("\"abd\""))}};
        const FindingFix second{
            QStringLiteral("two"),
            {replaceTextStep(QStringLiteral("a.toml"), 1, 6, QStringLiteral("ab"), QStringLiteral("zz"))}};
        const FindingFix third{
            QStringLiteral("three"),
            {replaceTextStep(QStringLiteral("a.toml"), 2, 5, QStringLiteral("1"), QStringLiteral("2"))}};
        const TextFixOutcome outcome = applyTextFixes(&texts, {first, second, third});
        QCOMPARE(outcome.applied, (QList<qsizetype>{0, 2}));
        QCOMPARE(outcome.refused.size(), 1);
        QCOMPARE(outcome.refused.first().index, 1);
        QCOMPARE(texts.value(QStringLiteral("a.toml")), QByteArray("x = \"abd\"\ny = 2\n"));
    }

    void textFixesCountCharactersNotBytes()
    {
        FileTexts texts{{QStringLiteral("a.toml"), QByteArray("d = \"\xc3\xa9t\xc3\xa9\" # \xc3\xa9\n")}};
        const FindingFix fix{
            QStringLiteral("f"),
            {replaceTextStep(QStringLiteral("a.toml"), 1, 5, QStringLiteral("\"\u00e9t\u00e9\""),
                             QStringLiteral("\"ete\""))}};
        QString error;
        QVERIFY2(applyTextFix(&texts, fix, &error), qPrintable(error));
        QCOMPARE(texts.value(QStringLiteral("a.toml")), QByteArray("d = \"ete\" # \xc3\xa9\n"));
        QCOMPARE(review::stringTokenAt("k = 'a\"b' # x", 1, 5), QStringLiteral("'a\"b'"));
        QCOMPARE(review::stringTokenAt("k = \"a\\\"b\" # x", 1, 5), QStringLiteral("\"a\\\"b\""));
        QVERIFY(review::stringTokenAt("k = 12", 1, 5).isEmpty());
        QCOMPARE(review::urlWithPort(QStringLiteral("https://h:9444/services/"), 9443),
                 QStringLiteral("https://h:9443/services/"));
        QCOMPARE(review::urlWithPort(QStringLiteral("tcp://[::1]:5673"), 5672),
                 QStringLiteral("tcp://[::1]:5672"));
        QVERIFY(review::urlWithPort(QStringLiteral("https://h/services/"), 9443).isEmpty());
    }

    // ---- the CLI

    void cliFixWritesCopiesThatLintClean_data()
    {
        QTest::addColumn<QString>("set");
        QTest::addColumn<QString>("rule");
        QTest::newRow("wrong port") << "endpoint-port" << QString(rule::EndpointPort);
        QTest::newRow("HA peer") << "event-hub-ha" << QString(rule::EventHubHa);
        QTest::newRow("label") << "gateway-label-unmatched" << QString(rule::GatewayLabelUnmatched);
    }

    void cliFixWritesCopiesThatLintClean()
    {
        QFETCH(QString, set);
        QFETCH(QString, rule);
        QTemporaryDir tmp;
        const QString input = copySet(tmp, set);
        const auto before = snapshot(input);
        Run r = cli({QStringLiteral("lint"), input});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QLatin1Char('[') + rule + QLatin1Char(']')));

        const QString output = tmp.filePath(QStringLiteral("fixed"));
        r = cli({QStringLiteral("lint"), QStringLiteral("--fix"), QStringLiteral("-o"),
                 output + QLatin1Char('/'), input});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("fixed [%1]").arg(rule)));
        QCOMPARE(snapshot(input), before); // never in place

        r = cli({QStringLiteral("lint"), output});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(!r.out.contains(QLatin1Char('[') + rule + QLatin1Char(']')));
        // The copies keep the set's layout, one file each.
        QCOMPARE(snapshot(output).size(), before.size() + 1); // and the writer's marker

        // Again into the same folder: refused without --force, replaced with it.
        r = cli({QStringLiteral("lint"), QStringLiteral("--fix"), QStringLiteral("-o"), output, input});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("--force")));
        r = cli({QStringLiteral("lint"), QStringLiteral("--fix"), QStringLiteral("--force"),
                 QStringLiteral("-o"), output, input});
        QCOMPARE(r.code, 0);
    }

    // ---- lint --format json: the fixes as data a CI tool applies itself

    void jsonFixesApplyAsACiToolWould_data() { cliFixWritesCopiesThatLintClean_data(); }

    void jsonFixesApplyAsACiToolWould()
    {
        QFETCH(QString, set);
        QFETCH(QString, rule);
        QTemporaryDir tmp;
        const QString input = copySet(tmp, set);
        const Run r =
            cli({QStringLiteral("lint"), input, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 1);
        const QJsonArray findings =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"findings").toArray();
        QVERIFY(!findings.isEmpty());
        // Each finding's first fix, step by step, the way a script reads the JSON: no designer code.
        QList<QJsonObject> steps;
        for (const QJsonValue &f : findings) {
            const QJsonArray fixes = f.toObject().value(u"fixes").toArray();
            if (f.toObject().value(u"rule").toString() != rule || fixes.isEmpty())
                continue;
            QVERIFY(!fixes.first().toObject().value(u"title").toString().isEmpty());
            for (const QJsonValue &s : fixes.first().toObject().value(u"steps").toArray())
                steps.append(s.toObject());
        }
        QVERIFY(!steps.isEmpty());
        // Last position first, so that earlier columns still hold.
        std::sort(steps.begin(), steps.end(), [](const QJsonObject &a, const QJsonObject &b) {
            const auto key = [](const QJsonObject &o) {
                return std::tuple(o.value(u"file").toString(), o.value(u"line").toInt(),
                                  o.value(u"column").toInt());
            };
            return key(a) > key(b);
        });
        for (const QJsonObject &s : std::as_const(steps)) {
            QCOMPARE(s.value(u"kind").toString(), QStringLiteral("replace-text"));
            QFile file(s.value(u"file").toString());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
            file.close();
            const int line = s.value(u"line").toInt() - 1;
            QVERIFY(line >= 0 && line < lines.size());
            QList<uint> points = lines[line].toUcs4();
            const qsizetype at = s.value(u"column").toInt() - 1;
            const qsizetype length = s.value(u"length").toInt();
            const QList<uint> old = s.value(u"old").toString().toUcs4();
            QCOMPARE(old.size(), length);
            QCOMPARE(points.mid(at, length), old);
            const QList<uint> text = s.value(u"text").toString().toUcs4();
            points = points.mid(0, at) + text + points.mid(at + length);
            lines[line] =
                QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()), points.size());
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(lines.join(QLatin1Char('\n')).toUtf8());
            file.close();
        }
        const Run after = cli({QStringLiteral("lint"), input});
        QVERIFY2(!after.out.contains(QLatin1Char('[') + rule + QLatin1Char(']')), qPrintable(after.out));
    }

    // validate --format json names a design fix's nodes and keys as the Fix button applies them.
    void jsonDesignFixesNameTheirNodes()
    {
        Design d = haDesign();
        const Node *gw = d.topology.nodesOfKind(NodeKind::Gateway).first();
        d.topology.mutableNode(gw->id)->values.insert(Field::Labels, QStringList{QStringLiteral("Internal")});
        QTemporaryDir tmp;
        const QString project = tmp.filePath(QStringLiteral("d.apimtopo"));
        QString error;
        QVERIFY2(ProjectFile::save(project, d, &error), qPrintable(error));
        const Findings inProcess = checkDesign(d);
        const Finding *expected = findingOf(inProcess, rule::GatewayLabelUnmatched, gw->id);
        QVERIFY(expected && !expected->fixes.isEmpty());

        const Run r =
            cli({QStringLiteral("validate"), project, QStringLiteral("--format"), QStringLiteral("json")});
        QJsonObject finding;
        for (const QJsonValue &f :
             QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"findings").toArray()) {
            if (f.toObject().value(u"rule").toString() == rule::GatewayLabelUnmatched)
                finding = f.toObject();
        }
        const QJsonArray fixes = finding.value(u"fixes").toArray();
        QCOMPARE(fixes.size(), expected->fixes.size());
        bool namedTheGateway = false;
        for (qsizetype i = 0; i < fixes.size(); ++i) {
            const QJsonObject fix = fixes.at(i).toObject();
            QCOMPARE(fix.value(u"title").toString(), expected->fixes.at(i).title);
            const QJsonArray steps = fix.value(u"steps").toArray();
            QCOMPARE(steps.size(), expected->fixes.at(i).steps.size());
            for (const QJsonValue &s : steps) {
                const QJsonObject step = s.toObject();
                QVERIFY(!step.value(u"kind").toString().isEmpty());
                if (step.value(u"kind").toString() == QLatin1String("set-node-value")) {
                    QCOMPARE(step.value(u"node").toString(), gw->name());
                    QVERIFY(!step.value(u"key").toString().isEmpty());
                    QVERIFY(step.contains(u"value"));
                    namedTheGateway = true;
                }
            }
        }
        QVERIFY(namedTheGateway);
    }

    void cliFixRefusesTheInputAndProjects()
    {
        QTemporaryDir tmp;
        const QString input = tmp.filePath(QStringLiteral("set"));
        copyTree(QStringLiteral(APIM_TEST_DATA "/review/endpoint-port"), input);
        const auto before = snapshot(input);
        for (const QString &output :
             {input, input + QLatin1Char('/'), input + QStringLiteral("/apim-gw-1")}) {
            const Run r = cli({QStringLiteral("lint"), QStringLiteral("--fix"), QStringLiteral("--force"),
                               QStringLiteral("-o"), output, input});
            QCOMPARE(r.code, 2);
            QVERIFY(r.err.contains(QStringLiteral("input")));
        }
        QCOMPARE(snapshot(input), before);
        // One file: not into its own folder (the copy would replace it), but below it is fine.
        const QString file = input + QStringLiteral("/apim-gw-1/repository/conf/deployment.toml");
        const QString conf = QFileInfo(file).absolutePath();
        QCOMPARE(
            cli({QStringLiteral("lint"), QStringLiteral("--fix"), QStringLiteral("-o"), conf, file}).code, 2);
        QCOMPARE(snapshot(input), before);
        const Run below = cli({QStringLiteral("lint"), QStringLiteral("--fix"), QStringLiteral("-o"),
                               conf + QStringLiteral("/fixed"), file});
        QVERIFY2(below.code == 0, qPrintable(below.err));
        QVERIFY(QFile::exists(conf + QStringLiteral("/fixed/deployment.toml")));
        // Without -o, and on a project file, there is nothing to write the copies to.
        QCOMPARE(cli({QStringLiteral("lint"), QStringLiteral("--fix"), input}).code, 2);
        QCOMPARE(cli({QStringLiteral("lint"), QStringLiteral("--fix"), QStringLiteral("-o"),
                      tmp.filePath(QStringLiteral("o")), tmp.filePath(QStringLiteral("design.apimtopo"))})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("lint"), QStringLiteral("-o"), tmp.filePath(QStringLiteral("o")), input})
                     .code,
                 2);
    }

    // ---- designs: undo commands

    void designLabelFixesAreOneUndoStep_data()
    {
        QTest::addColumn<int>("fixIndex");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("add the environment") << 0 << QStringList{QStringLiteral("Internal")};
        QTest::newRow("serve Default") << 1 << QStringList{QStringLiteral("Internal")};
        QTest::newRow("drop the label")
            << 2 << QStringList{QStringLiteral("Default"), QStringLiteral("Internal")};
    }

    void designLabelFixesAreOneUndoStep()
    {
        QFETCH(int, fixIndex);
        QFETCH(QStringList, labels);
        Design d = haDesign();
        const NodeId gw = d.topology.nodesOfKind(NodeKind::Gateway).first()->id;
        d.topology.mutableNode(gw)->values.insert(Field::Labels, labels);
        TopologyDocument doc;
        doc.resetDesign(d);
        const Design original = doc.design();

        const Findings findings = checkDesign(doc.design());
        const Finding *f = findingOf(findings, rule::GatewayLabelUnmatched, gw);
        QVERIFY(f);
        QVERIFY(f->fixes.size() > fixIndex);
        const FindingFix fix = f->fixes.at(fixIndex);
        QString error;
        QUndoCommand *command = makeFixCommand(&doc, fix, &error);
        QVERIFY2(command, qPrintable(error));
        QCOMPARE(command->text(), fix.title);
        doc.push(command);
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(!findingOf(checkDesign(doc.design()), rule::GatewayLabelUnmatched, gw));
        QVERIFY(!findingOf(checkDesign(doc.design()), QLatin1String("gateway-without-label"), gw));

        const Design fixedDesign = doc.design();
        doc.undoStack()->undo();
        QVERIFY(doc.topology() == original.topology);
        QVERIFY(doc.settings() == original.settings);
        doc.undoStack()->redo();
        QVERIFY(doc.topology() == fixedDesign.topology);
        QVERIFY(doc.settings() == fixedDesign.settings);

        // Applied, the fix no longer matches: refused, and nothing changes.
        QVERIFY(!makeFixCommand(&doc, fix, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(doc.undoStack()->count(), 1);
    }

    void designLocalhostBalancerGetsItsName()
    {
        Design d = haDesign();
        const Node *lb = nullptr;
        for (const Node *n : d.topology.nodesOfKind(NodeKind::LoadBalancer)) {
            const QList<const Node *> members = d.topology.clusterMembers(n->id);
            if (!members.isEmpty() && members.first()->kind == NodeKind::ControlPlane)
                lb = n;
        }
        QVERIFY(lb);
        const NodeId lbId = lb->id;
        d.topology.mutableNode(lbId)->values.insert(Field::PublicHostname, QStringLiteral("localhost"));
        TopologyDocument doc;
        doc.resetDesign(d);
        const Design original = doc.design();

        const Findings before = ofRule(checkDesign(doc.design()), rule::LocalhostHostname);
        QVERIFY(!before.isEmpty());
        const FindingFix fix = before.first().fixes.value(0);
        QCOMPARE(fix.steps.size(), 1);
        QCOMPARE(fix.steps.first().node, lbId);
        QString error;
        QUndoCommand *command = makeFixCommand(&doc, fix, &error);
        QVERIFY2(command, qPrintable(error));
        doc.push(command);
        QVERIFY(ofRule(checkDesign(doc.design()), rule::LocalhostHostname).isEmpty());
        QCOMPARE(doc.topology().node(lbId)->text(Field::PublicHostname), doc.topology().node(lbId)->name());
        doc.undoStack()->undo();
        QVERIFY(doc.topology() == original.topology);
        // The other members' findings carried the same fix: stale now that it is applied.
        doc.undoStack()->redo();
        for (const Finding &f : before)
            QVERIFY(!makeFixCommand(&doc, f.fixes.value(0), &error));
    }

    // A single gateway and control plane unlinked, and the control plane's database link gone:
    // each has one node to link to.
    void designMissingLinksAreAdded()
    {
        Design d;
        QString error;
        QVERIFY2(Templates::create(QStringLiteral("gw-cp"), 1, 1, &d, &error), qPrintable(error));
        const NodeId gw = d.topology.nodesOfKind(NodeKind::Gateway).first()->id;
        const NodeId cp = d.topology.nodesOfKind(NodeKind::ControlPlane).first()->id;
        const Node *db = d.topology.databaseOf(cp);
        QVERIFY(db);
        const NodeId dbId = db->id;
        QVERIFY(d.topology.findLink(gw, cp));
        d.topology.takeLink(d.topology.findLink(gw, cp)->id);
        d.topology.takeLink(d.topology.findLink(cp, dbId)->id);
        TopologyDocument doc;
        doc.resetDesign(d);
        const Findings findings = checkDesign(doc.design());
        for (const auto &[rule, node] :
             {std::pair{"gateway-without-control-plane", gw}, std::pair{"missing-database", cp}}) {
            const Finding *f = findingOf(findings, QLatin1String(rule), node);
            QVERIFY2(f, rule);
            QCOMPARE(f->fixes.size(), 1);
            QUndoCommand *command = makeFixCommand(&doc, f->fixes.first(), &error);
            QVERIFY2(command, qPrintable(error));
            doc.push(command);
            QVERIFY(!findingOf(checkDesign(doc.design()), QLatin1String(rule), node));
        }
        QVERIFY(doc.topology().findLink(gw, cp));
        QVERIFY(doc.topology().findLink(cp, dbId));
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(doc.topology() == d.topology);
    }

    void designFixRefusedWhenTheDesignMoved()
    {
        TopologyDocument doc;
        doc.resetDesign(haDesign());
        const Node *gw = doc.topology().nodesOfKind(NodeKind::Gateway).first();
        QString error;
        // A node that is gone.
        FixStep set;
        set.kind = FixStep::Kind::SetNodeValue;
        set.node = 9999;
        set.key = Field::Hostname;
        set.value = QStringLiteral("h");
        QVERIFY(!makeFixCommand(&doc, {QStringLiteral("t"), {set}}, &error));
        QVERIFY(!error.isEmpty());
        // A link that exists already, and one that is gone.
        FixStep link;
        link.kind = FixStep::Kind::AddLink;
        link.node = gw->id;
        link.other = doc.topology().targets(gw->id, &KindTraits::definesEnvironments).first()->id;
        QVERIFY(!makeFixCommand(&doc, {QStringLiteral("t"), {link}}, &error));
        link.kind = FixStep::Kind::RemoveLink;
        link.other = 9999;
        QVERIFY(!makeFixCommand(&doc, {QStringLiteral("t"), {link}}, &error));
        // A text step is not a design step; an empty fix does nothing.
        QVERIFY(!makeFixCommand(
            &doc, {QStringLiteral("t"), {replaceTextStep(QStringLiteral("f"), 1, 1, {}, {})}}, &error));
        QVERIFY(!makeFixCommand(&doc, {QStringLiteral("t"), {}}, &error));
        // One bad step refuses the whole fix, good steps before it included.
        FixStep good;
        good.kind = FixStep::Kind::SetNodeValue;
        good.node = gw->id;
        good.key = Field::Hostname;
        good.value = QStringLiteral("gw-new");
        const Design before = doc.design();
        QVERIFY(!makeFixCommand(&doc, {QStringLiteral("t"), {good, set}}, &error));
        QVERIFY(doc.topology() == before.topology);
        QCOMPARE(doc.undoStack()->count(), 0);
        // Link and unlink steps that fit are one undo step too.
        link.kind = FixStep::Kind::RemoveLink;
        link.other = doc.topology().targets(gw->id, &KindTraits::definesEnvironments).first()->id;
        FixStep relink = link;
        QUndoCommand *command = makeFixCommand(&doc, {QStringLiteral("t"), {good, link}}, &error);
        QVERIFY2(command, qPrintable(error));
        doc.push(command);
        QVERIFY(!doc.topology().findLink(link.node, link.other));
        QCOMPARE(doc.topology().node(gw->id)->hostname(), QStringLiteral("gw-new"));
        relink.kind = FixStep::Kind::AddLink;
        command = makeFixCommand(&doc, {QStringLiteral("t"), {relink}}, &error);
        QVERIFY2(command, qPrintable(error));
        doc.push(command);
        QVERIFY(doc.topology().findLink(link.node, link.other));
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(doc.topology() == before.topology);
    }
};

QTEST_GUILESS_MAIN(TestQuickFix)
#include "tst_quickfix.moc"
