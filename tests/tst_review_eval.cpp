// Measures the review against an expert's labels (tests/data/review-eval/,
// format and matching in its README): each labelled deployment set is imported
// and reviewed the way `lint` does it, the findings are matched to the labels,
// and precision, recall, structural recall and topology accuracy are printed
// per set and overall. The reviewer does not meet issue 11's targets yet, so the
// test fails when a figure drops below the recorded baseline (a ratchet), and
// prints the gap to the targets.
#include "importer.h"
#include "review.h"
#include "schemaregistry.h"
#include "testutil.h"

#include <QDir>
#include <QMap>
#include <QSet>
#include <QtTest>

#include <algorithm>

using namespace apim;

namespace {

QList<QStringList> readTsv(const QString &path)
{
    QList<QStringList> rows;
    const QList<QByteArray> lines = testutil::readFile(path).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // the first line is the header
        if (!lines[i].trimmed().isEmpty())
            rows.append(QString::fromUtf8(lines[i]).split(QLatin1Char('\t')));
    }
    return rows;
}

QStringList listOf(const QString &cell)
{
    if (cell == QLatin1String("-") || cell.isEmpty())
        return {};
    return cell.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

struct Label
{
    QString file;
    int line = 0;
    QString category;
    bool structural = false;
    QString what;
};

struct Reported
{
    QString file; // relative to the set folder
    int line = 0;
    QString rule;
    QString message;
};

// Rule ids whose findings stand for a labelled category of another name
// (tests/data/review-eval/README.md, "How a finding matches a label").
bool ruleMatches(const QString &rule, const QString &category)
{
    static const QMap<QString, QStringList> aliases{
        {QStringLiteral("unknown-host"), {QStringLiteral("points-at-no-node")}},
        {QStringLiteral("throttle-endpoints"),
         {QStringLiteral("wrong-port-for-offset"), QStringLiteral("ha-peer-missing"),
          QStringLiteral("points-at-no-node"), QStringLiteral("wrong-target-kind"),
          QStringLiteral("duplicate-endpoint")}},
        {QStringLiteral("event-hub-ha"),
         {QStringLiteral("ha-peer-missing"), QStringLiteral("missing-endpoint")}},
        {QStringLiteral("version-topology"),
         {QStringLiteral("gateway-without-key-manager"), QStringLiteral("missing-endpoint"),
          QStringLiteral("wrong-target-kind"), QStringLiteral("unused-traffic-manager"),
          QStringLiteral("encryption-key-missing")}},
        {QStringLiteral("toml-syntax"), {QStringLiteral("template-file")}},
        {QStringLiteral("templated-file"), {QStringLiteral("template-file")}},
        {QStringLiteral("endpoint-port"), {QStringLiteral("wrong-port-for-offset")}},
        {QStringLiteral("endpoint-self"), {QStringLiteral("points-at-self")}},
        {QStringLiteral("endpoint-no-node"), {QStringLiteral("points-at-no-node")}},
        {QStringLiteral("endpoint-target-kind"), {QStringLiteral("wrong-target-kind")}},
        {QStringLiteral("endpoint-ha-list"), {QStringLiteral("ha-peer-missing")}},
        {QStringLiteral("endpoint-unreferenced"),
         {QStringLiteral("unused-traffic-manager"), QStringLiteral("unused-key-manager")}},
        {QStringLiteral("gateway-key-manager"),
         {QStringLiteral("gateway-without-key-manager"), QStringLiteral("missing-endpoint")}},
        {QStringLiteral("legacy-key"), {QStringLiteral("version-mixed-keys")}},
        {QStringLiteral("revoke-endpoint"), {QStringLiteral("invalid-value")}},
        {QStringLiteral("environment-type"), {QStringLiteral("invalid-value")}},
        {QStringLiteral("default-role-gateway"), {QStringLiteral("wrong-target-kind")}},
    };
    return rule == category || aliases.value(rule).contains(category);
}

constexpr int LineWindow = 3;
// The file of a label about the set as a whole, and of a finding about the design.
const QString WholeSet = QStringLiteral("-");

// One-to-one matching: labels with a line take the nearest fitting finding,
// then whole-file labels take any fitting finding left. Returns, per label,
// the index of its finding or -1.
QList<int> matchLabels(const QList<Label> &labels, const QList<Reported> &reported)
{
    QList<int> matchOf(labels.size(), -1);
    QList<bool> used(reported.size(), false);
    for (const bool wholeFile : {false, true}) {
        for (qsizetype l = 0; l < labels.size(); ++l) {
            const Label &label = labels[l];
            if ((label.line == 0) != wholeFile)
                continue;
            int best = -1;
            int bestDistance = 0;
            for (qsizetype r = 0; r < reported.size(); ++r) {
                const Reported &f = reported[r];
                if (used[r] || f.file != label.file || !ruleMatches(f.rule, label.category))
                    continue;
                const int distance = wholeFile ? 0 : std::abs(f.line - label.line);
                if (distance > LineWindow)
                    continue;
                if (best < 0 || distance < bestDistance) {
                    best = int(r);
                    bestDistance = distance;
                }
            }
            if (best >= 0) {
                used[best] = true;
                matchOf[l] = best;
            }
        }
    }
    return matchOf;
}

struct Score
{
    int findings = 0, matchedFindings = 0;
    int labels = 0, matchedLabels = 0;
    int structural = 0, matchedStructural = 0;
    int facts = 0, rightFacts = 0;
    QStringList misses;     // "category: what (file:line)" of labels no finding matched
    QStringList hits;       // "category <- rule (file:line)" of labels a finding matched
    QStringList falseOnes;  // "rule: message (file:line)" of findings no label matched
    QStringList wrongFacts; // "file: column expected ... got ..."
    QMap<QString, int> missedByCategory, missedStructuralByCategory, falseByRule, wrongByFact;

    void add(const Score &o)
    {
        findings += o.findings;
        matchedFindings += o.matchedFindings;
        labels += o.labels;
        matchedLabels += o.matchedLabels;
        structural += o.structural;
        matchedStructural += o.matchedStructural;
        facts += o.facts;
        rightFacts += o.rightFacts;
        for (auto it = o.missedByCategory.cbegin(); it != o.missedByCategory.cend(); ++it)
            missedByCategory[it.key()] += it.value();
        for (auto it = o.missedStructuralByCategory.cbegin(); it != o.missedStructuralByCategory.cend(); ++it)
            missedStructuralByCategory[it.key()] += it.value();
        for (auto it = o.falseByRule.cbegin(); it != o.falseByRule.cend(); ++it)
            falseByRule[it.key()] += it.value();
        for (auto it = o.wrongByFact.cbegin(); it != o.wrongByFact.cend(); ++it)
            wrongByFact[it.key()] += it.value();
    }
    static double percent(int part, int whole) { return whole == 0 ? 100.0 : 100.0 * part / whole; }
    double precision() const { return percent(matchedFindings, findings); }
    double recall() const { return percent(matchedLabels, labels); }
    double structuralRecall() const { return percent(matchedStructural, structural); }
    double topology() const { return percent(rightFacts, facts); }
};

// Scores the findings of one set against its labels (no topology).
void scoreFindings(const QList<Label> &labels, const QList<Reported> &reported, Score *s)
{
    const QList<int> matchOf = matchLabels(labels, reported);
    QSet<int> matched;
    s->labels += int(labels.size());
    s->findings += int(reported.size());
    for (qsizetype l = 0; l < labels.size(); ++l) {
        const Label &label = labels[l];
        s->structural += label.structural ? 1 : 0;
        if (matchOf[l] >= 0) {
            matched.insert(matchOf[l]);
            const Reported &f = reported[matchOf[l]];
            s->hits.append(QStringLiteral("%1 <- %2 (%3:%4) %5")
                               .arg(label.category, f.rule, label.file)
                               .arg(label.line)
                               .arg(f.message));
            ++s->matchedLabels;
            s->matchedStructural += label.structural ? 1 : 0;
            continue;
        }
        ++s->missedByCategory[label.category];
        if (label.structural)
            ++s->missedStructuralByCategory[label.category];
        s->misses.append(
            QStringLiteral("%1: %2 (%3:%4)").arg(label.category, label.what, label.file).arg(label.line));
    }
    s->matchedFindings += int(matched.size());
    for (qsizetype r = 0; r < reported.size(); ++r) {
        if (matched.contains(int(r)))
            continue;
        const Reported &f = reported[r];
        ++s->falseByRule[f.rule];
        s->falseOnes.append(QStringLiteral("%1: %2 (%3:%4)").arg(f.rule, f.message, f.file).arg(f.line));
    }
}

struct TopologyRow
{
    QString id, file;
    QStringList kinds, hosts;
    QString offset;
    QStringList links; // ids, this row's own link columns; "?" when unknown
    QStringList databases;
    QString balancer;
};

bool sameName(const QStringList &names, const Node *node)
{
    if (!node)
        return false;
    return std::any_of(names.cbegin(), names.cend(), [node](const QString &n) {
        return n.compare(node->hostname(), Qt::CaseInsensitive) == 0 ||
               n.compare(node->name(), Qt::CaseInsensitive) == 0;
    });
}

// The API-M nodes `node` is wired with, either direction, through load balancers.
QSet<NodeId> neighbours(const Topology &t, NodeId node)
{
    QSet<NodeId> out;
    for (const Link *link : t.linksOf(node)) {
        const Node *other = t.node(link->from == node ? link->to : link->from);
        if (!other || other->kind == NodeKind::Database)
            continue;
        if (other->kind != NodeKind::LoadBalancer) {
            out.insert(other->id);
            continue;
        }
        for (const Node *member : t.clusterMembers(other->id))
            out.insert(member->id);
        for (const Link *in : t.linksOf(other->id)) { // who calls through the balancer
            const Node *caller = t.node(in->from);
            if (in->to == other->id && caller && caller->kind != NodeKind::LoadBalancer)
                out.insert(caller->id);
        }
    }
    out.remove(node);
    return out;
}

void scoreTopology(const QList<TopologyRow> &rows, const Design &design,
                   const QHash<QString, NodeId> &nodeOfFile, Score *s)
{
    const Topology &t = design.topology;
    QHash<NodeId, QString> idOfNode;
    for (const TopologyRow &row : rows)
        idOfNode.insert(nodeOfFile.value(row.file), row.id);
    idOfNode.remove(0);
    auto fact = [s](bool right, const TopologyRow &row, const QString &column, const QString &expected,
                    const QString &got) {
        ++s->facts;
        if (right) {
            ++s->rightFacts;
            return;
        }
        ++s->wrongByFact[column];
        s->wrongFacts.append(
            QStringLiteral("%1: %2 expected %3, got %4").arg(row.file, column, expected, got));
    };
    for (const TopologyRow &row : rows) {
        const Node *node = t.node(nodeOfFile.value(row.file));
        const QString none = QStringLiteral("no node");
        if (!row.kinds.contains(QLatin1String("?"))) {
            const QString kind = node ? SchemaRegistry::instance().kind(node->kind).id : none;
            fact(row.kinds.contains(kind), row, QStringLiteral("kind"), row.kinds.join(QLatin1Char(',')),
                 kind);
        }
        if (!row.hosts.contains(QLatin1String("?")))
            fact(sameName(row.hosts, node), row, QStringLiteral("hostname"), row.hosts.join(QLatin1Char(',')),
                 node ? node->name() + QLatin1Char('/') + node->hostname() : none);
        if (row.offset != QLatin1String("?"))
            fact(node && QString::number(node->offset()) == row.offset, row, QStringLiteral("offset"),
                 row.offset, node ? QString::number(node->offset()) : none);
        if (!row.links.contains(QLatin1String("?"))) {
            QSet<QString> expected(row.links.cbegin(), row.links.cend());
            for (const TopologyRow &other : rows) {
                if (other.links.contains(row.id))
                    expected.insert(other.id);
            }
            expected.remove(row.id);
            QSet<QString> got;
            if (node) {
                for (const NodeId n : neighbours(t, node->id))
                    got.insert(idOfNode.value(n, QStringLiteral("(%1)").arg(t.node(n)->name())));
            }
            QStringList e(expected.cbegin(), expected.cend()), g(got.cbegin(), got.cend());
            e.sort();
            g.sort();
            fact(node && expected == got, row, QStringLiteral("links"), e.join(QLatin1Char(',')),
                 node ? g.join(QLatin1Char(',')) : none);
        }
        if (!row.databases.contains(QLatin1String("?"))) {
            const Node *db = node ? t.databaseOf(node->id) : nullptr;
            const bool right = row.databases.isEmpty() ? (node && !db) : sameName(row.databases, db);
            fact(right, row, QStringLiteral("database"), row.databases.join(QLatin1Char(',')),
                 db ? db->hostname() : QStringLiteral("-"));
        }
        if (row.balancer != QLatin1String("?")) {
            const Node *lb = node ? t.balancerOf(node->id) : nullptr;
            const bool right =
                row.balancer == QLatin1String("-") ? (node && !lb) : sameName({row.balancer}, lb);
            fact(right, row, QStringLiteral("balancer"), row.balancer,
                 lb ? lb->hostname() : QStringLiteral("-"));
        }
    }
}

QString evalDir()
{
    return testutil::dataPath(QStringLiteral("review-eval"));
}

QStringList setNames()
{
    return QDir(evalDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QList<Label> readLabels(const QString &setDir)
{
    QList<Label> labels;
    for (const QStringList &c : readTsv(setDir + QStringLiteral("/findings.tsv"))) {
        if (c.size() >= 5)
            labels.append({c[0], c[1].toInt(), c[2], c[3] == QLatin1String("yes"), c[4]});
    }
    return labels;
}

QList<TopologyRow> readTopology(const QString &setDir)
{
    QList<TopologyRow> rows;
    for (const QStringList &c : readTsv(setDir + QStringLiteral("/topology.tsv"))) {
        if (c.size() < 11)
            continue;
        TopologyRow r{c[0], c[1], listOf(c[2]), listOf(c[3]), c[4], {}, listOf(c[9]), c[10]};
        for (int col = 5; col <= 8; ++col)
            r.links += c[col] == QLatin1String("?") ? QStringList{c[col]} : listOf(c[col]);
        rows.append(r);
    }
    return rows;
}

// Imports and reviews one set as `lint` does, then scores it.
Score evaluateSet(const QString &name)
{
    const QString setDir = evalDir() + QLatin1Char('/') + name;
    const QDir dir(setDir);
    QStringList paths;
    for (const QStringList &c : readTsv(setDir + QStringLiteral("/SOURCES.tsv")))
        paths.append(dir.filePath(c.value(0)));
    Design design;
    Findings imported;
    ImportedFiles files;
    QString error;
    if (!importConfigs(paths, &design, &imported, &error, &files))
        qWarning("%s: %s", qPrintable(name), qPrintable(error));
    const Findings findings = reviewImport(design, files, imported);

    QHash<QString, NodeId> nodeOfFile;
    QHash<NodeId, QString> fileOfNode;
    for (const ImportedFile &f : files) {
        const QString rel = dir.relativeFilePath(f.path);
        nodeOfFile.insert(rel, f.node);
        if (f.node)
            fileOfNode.insert(f.node, rel);
    }
    QList<Reported> reported;
    for (const Finding &f : findings) {
        if (f.severity == Severity::Info)
            continue; // notes, not problems
        QString file = f.file.isEmpty() ? fileOfNode.value(f.node) : dir.relativeFilePath(f.file);
        if (file.isEmpty())
            file = WholeSet;
        reported.append({file, f.line, f.rule, f.message});
    }
    Score s;
    scoreFindings(readLabels(setDir), reported, &s);
    scoreTopology(readTopology(setDir), design, nodeOfFile, &s);
    return s;
}

struct Figures
{
    double precision = 0, recall = 0, structuralRecall = 0, topology = 0;
};

Figures figuresOf(const Score &s)
{
    return {s.precision(), s.recall(), s.structuralRecall(), s.topology()};
}

const QList<std::pair<QString, double Figures::*>> &measures()
{
    static const QList<std::pair<QString, double Figures::*>> m{
        {QStringLiteral("precision"), &Figures::precision},
        {QStringLiteral("recall"), &Figures::recall},
        {QStringLiteral("structural_recall"), &Figures::structuralRecall},
        {QStringLiteral("topology"), &Figures::topology},
    };
    return m;
}

// Issue 11's targets.
constexpr Figures Targets{95.0, 90.0, 85.0, 95.0};

Figures readBaseline()
{
    Figures b;
    for (const QStringList &c : readTsv(evalDir() + QStringLiteral("/baseline.tsv"))) {
        for (const auto &[measure, field] : measures()) {
            if (c.value(0) == measure)
                b.*field = c.value(1).toDouble();
        }
    }
    return b;
}

// The measures below their baseline (rounded to the 0.1 the baseline keeps).
QStringList dropsBelow(const Figures &measured, const Figures &baseline)
{
    QStringList drops;
    for (const auto &[measure, field] : measures()) {
        if (std::round(measured.*field * 10) < std::round(baseline.*field * 10))
            drops.append(QStringLiteral("%1 %2% < baseline %3%")
                             .arg(measure)
                             .arg(measured.*field, 0, 'f', 1)
                             .arg(baseline.*field, 0, 'f', 1));
    }
    return drops;
}

QString row(const QString &name, const Score &s)
{
    return QStringLiteral("%1 %2/%3 %4/%5 %6/%7 %8/%9")
        .arg(name, -38)
        .arg(s.matchedFindings, 4)
        .arg(s.findings, -4)
        .arg(s.matchedLabels, 4)
        .arg(s.labels, -4)
        .arg(s.matchedStructural, 4)
        .arg(s.structural, -4)
        .arg(s.rightFacts, 4)
        .arg(s.facts, -4);
}

QString topList(const QMap<QString, int> &counts)
{
    QList<std::pair<int, QString>> sorted;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        sorted.append({-it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end());
    QStringList out;
    for (const auto &[negCount, key] : sorted)
        out.append(QStringLiteral("%1 %2").arg(-negCount).arg(key));
    return out.join(QStringLiteral(", "));
}

} // namespace

class TestReviewEval : public QObject
{
    Q_OBJECT

private slots:
    // The matcher itself: window, whole-file labels, aliases, one finding per label.
    void matching()
    {
        const QList<Label> labels{
            {QStringLiteral("a"), 10, QStringLiteral("points-at-no-node"), true, {}},
            {QStringLiteral("a"), 10, QStringLiteral("points-at-no-node"), true, {}},
            {QStringLiteral("a"), 0, QStringLiteral("default-credentials"), false, {}},
            {QStringLiteral("b"), 20, QStringLiteral("use-ssl-false"), false, {}},
        };
        const QList<Reported> reported{
            {QStringLiteral("a"), 12, QStringLiteral("unknown-host"), {}},        // alias, in the window
            {QStringLiteral("a"), 40, QStringLiteral("default-credentials"), {}}, // any line for line 0
            {QStringLiteral("b"), 24, QStringLiteral("use-ssl-false"), {}},       // outside the window
            {QStringLiteral("a"), 10, QStringLiteral("use-ssl-false"), {}},       // wrong file for its label
        };
        QCOMPARE(matchLabels(labels, reported), (QList<int>{0, -1, 1, -1}));
        Score s;
        scoreFindings(labels, reported, &s);
        QCOMPARE(s.matchedLabels, 2);
        QCOMPARE(s.matchedFindings, 2);
        QCOMPARE(s.matchedStructural, 1);
        QCOMPARE(s.structural, 2);
    }

    // The ratchet fails on a drop and on a raised baseline; a label the tool
    // misses lowers recall. So the evaluation below can fail.
    void ratchetCanFail()
    {
        const Figures measured{80.0, 50.0, 40.0, 70.0};
        QVERIFY(dropsBelow(measured, measured).isEmpty());
        QVERIFY(dropsBelow({90.0, 60.0, 45.0, 75.0}, measured).isEmpty()); // a rise is fine
        Figures raised = measured;
        raised.recall += 0.1;
        QCOMPARE(dropsBelow(measured, raised).size(), 1);

        QList<Label> labels{{QStringLiteral("a"), 1, QStringLiteral("use-ssl-false"), false, {}}};
        const QList<Reported> reported{{QStringLiteral("a"), 1, QStringLiteral("use-ssl-false"), {}}};
        Score before;
        scoreFindings(labels, reported, &before);
        labels.append({QStringLiteral("a"), 0, QStringLiteral("points-at-self"), true, {}});
        Score after;
        scoreFindings(labels, reported, &after);
        QVERIFY(after.recall() < before.recall());
        QVERIFY(!dropsBelow(figuresOf(after), figuresOf(before)).isEmpty());
    }

    void everySetIsLabelled()
    {
        const QStringList sets = setNames();
        QVERIFY(sets.size() >= 15);
        for (const QString &name : sets) {
            const QString setDir = evalDir() + QLatin1Char('/') + name;
            const QList<QStringList> sources = readTsv(setDir + QStringLiteral("/SOURCES.tsv"));
            QVERIFY2(!sources.isEmpty(), qPrintable(name));
            QCOMPARE(readTopology(setDir).size(), sources.size());
            for (const QStringList &c : sources)
                QVERIFY2(QFile::exists(setDir + QLatin1Char('/') + c.value(0)), qPrintable(c.value(0)));
            for (const Label &l : readLabels(setDir))
                QVERIFY2(l.file == WholeSet || QFile::exists(setDir + QLatin1Char('/') + l.file),
                         qPrintable(l.file));
        }
    }

    void evaluation()
    {
        Score total;
        QStringList table{QStringLiteral("%1 %2 %3 %4 %5")
                              .arg(QStringLiteral("set"), -38)
                              .arg(QStringLiteral("true/found"), -9)
                              .arg(QStringLiteral("hit/labels"), -9)
                              .arg(QStringLiteral("structural"), -9)
                              .arg(QStringLiteral("facts"))};
        QStringList details;
        for (const QString &name : setNames()) {
            const Score s = evaluateSet(name);
            table.append(row(name, s));
            for (const QString &m : s.misses)
                details.append(QStringLiteral("  missed  [%1] %2").arg(name, m));
            for (const QString &h : s.hits)
                details.append(QStringLiteral("  hit     [%1] %2").arg(name, h));
            for (const QString &f : s.falseOnes)
                details.append(QStringLiteral("  false   [%1] %2").arg(name, f));
            for (const QString &w : s.wrongFacts)
                details.append(QStringLiteral("  topology [%1] %2").arg(name, w));
            total.add(s);
        }
        table.append(row(QStringLiteral("overall"), total));
        const Figures measured = figuresOf(total);
        const Figures baseline = readBaseline();
        QStringList summary;
        for (const auto &[measure, field] : measures())
            summary.append(QStringLiteral("%1 %2% (baseline %3%, target %4%, gap %5)")
                               .arg(measure)
                               .arg(measured.*field, 0, 'f', 1)
                               .arg(baseline.*field, 0, 'f', 1)
                               .arg(Targets.*field, 0, 'f', 0)
                               .arg(std::max(0.0, Targets.*field - measured.*field), 0, 'f', 1));
        qInfo().noquote() << table.join(QLatin1Char('\n'));
        if (qEnvironmentVariableIsSet("APIM_REVIEW_EVAL_DETAILS"))
            qInfo().noquote() << details.join(QLatin1Char('\n'));
        qInfo().noquote() << "missed by category:" << topList(total.missedByCategory);
        qInfo().noquote() << "missed structural by category:" << topList(total.missedStructuralByCategory);
        qInfo().noquote() << "false findings by rule:" << topList(total.falseByRule);
        qInfo().noquote() << "wrong topology facts:" << topList(total.wrongByFact);
        qInfo().noquote() << summary.join(QLatin1Char('\n'));
        const QStringList drops = dropsBelow(measured, baseline);
        QVERIFY2(drops.isEmpty(), qPrintable(drops.join(QStringLiteral("; "))));
    }
};

QTEST_GUILESS_MAIN(TestReviewEval)
#include "tst_review_eval.moc"
