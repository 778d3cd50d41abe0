// The Problems dock: grouping by rule with a count, severity and text filters,
// the detail pane with the whole finding, Go to and Fix.
#include "designchecker.h"
#include "problemsmodel.h"
#include "problemswidget.h"
#include "templates.h"
#include "topologydocument.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace apim;

namespace {

Finding make(const QString &rule, Severity s, NodeId node, const QString &nodeName, const QString &message)
{
    Finding f;
    f.rule = rule;
    f.severity = s;
    f.node = node;
    f.nodeName = nodeName;
    f.message = message;
    return f;
}

// Every leaf row's text in column `column`, depth first.
QStringList leafTexts(const QAbstractItemModel *m, int column, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        if (m->rowCount(i) > 0)
            out += leafTexts(m, column, i);
        else
            out << i.siblingAtColumn(column).data().toString();
    }
    return out;
}

} // namespace

class TestGuiProblems : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void groupsByRuleWithCounts();
    void identicalFindingsAreOneRow();
    void severityTogglesAndTextFilter();
    void nodeFilterIsExact();
    void detailShowsWholeFinding();
    void goToNodeFileAndSetting();
    void fixEmitsChosenFix();
    void longMessageDoesNotWidenTheDock();
    void emptyListOffersNothing();

private:
    Design design();
    TopologyDocument *m_doc = nullptr;
    DesignChecker *m_checker = nullptr;
    ProblemsWidget *m_widget = nullptr;
    NodeId m_gw1 = 0;
    NodeId m_gw2 = 0;
};

Design TestGuiProblems::design()
{
    Design d;
    QString error;
    if (!Templates::create(QStringLiteral("gw-cp-ha"), 2, 2, &d, &error))
        qFatal("%s", qPrintable(error));
    return d;
}

void TestGuiProblems::init()
{
    m_doc = new TopologyDocument;
    m_doc->resetDesign(design());
    m_checker = new DesignChecker(m_doc);
    m_widget = new ProblemsWidget(m_doc, m_checker);
    const QList<const Node *> gws = m_doc->topology().nodesOfKind(NodeKind::Gateway);
    QCOMPARE(gws.size(), 2);
    m_gw1 = gws.at(0)->id;
    m_gw2 = gws.at(1)->id;
}

void TestGuiProblems::emptyListOffersNothing()
{
    // An empty design has no findings: no Go to, no Fix, and the pane says what it is for.
    TopologyDocument doc;
    DesignChecker checker(&doc);
    ProblemsWidget widget(&doc, &checker);
    widget.refresh();
    QCoreApplication::processEvents();
    QCOMPARE(widget.findings().size(), 0);
    QVERIFY(!widget.goToButton()->isEnabled());
    QVERIFY(!widget.fixButton()->isEnabled());
    QVERIFY(widget.detail()->toPlainText().contains(QLatin1String("Select a finding")));
}

void TestGuiProblems::cleanup()
{
    delete m_widget;
    delete m_checker;
    delete m_doc;
}

void TestGuiProblems::groupsByRuleWithCounts()
{
    ProblemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings({make(QStringLiteral("rule-a"), Severity::Warning, m_gw1, QStringLiteral("gw1"),
                            QStringLiteral("A on gw1")),
                       make(QStringLiteral("rule-b"), Severity::Error, m_gw1, QStringLiteral("gw1"),
                            QStringLiteral("B alone")),
                       make(QStringLiteral("rule-a"), Severity::Warning, m_gw2, QStringLiteral("gw2"),
                            QStringLiteral("A on gw2"))});
    // Errors first: rule-b's only finding is a row of its own, rule-a a row with two below.
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex b = model.index(0, 0);
    QCOMPARE(model.rowCount(b), 0);
    QCOMPARE(b.siblingAtColumn(ProblemsModel::MessageColumn).data().toString(), QStringLiteral("B alone"));
    QVERIFY(!b.data(ProblemsModel::IsGroupRole).toBool());
    const QModelIndex a = model.index(1, 0);
    QVERIFY(a.data(ProblemsModel::IsGroupRole).toBool());
    QCOMPARE(model.rowCount(a), 2);
    QCOMPARE(a.siblingAtColumn(ProblemsModel::CountColumn).data().toInt(), 2);
    QCOMPARE(a.siblingAtColumn(ProblemsModel::RuleColumn).data().toString(), QStringLiteral("rule-a"));
    QCOMPARE(a.siblingAtColumn(ProblemsModel::NodeColumn).data().toString(), QStringLiteral("2 nodes"));
    QVERIFY(!model.findingAt(a));
    QCOMPARE(model.findingsAt(a).size(), 2);
    QCOMPARE(model.findingAt(model.index(1, 0, a))->message, QStringLiteral("A on gw2"));
    QCOMPARE(model.index(1, 0, a).parent(), a);
}

void TestGuiProblems::identicalFindingsAreOneRow()
{
    Findings findings;
    for (int i = 0; i < 202; ++i)
        findings << make(QStringLiteral("same"), Severity::Warning, 0, QString(),
                         QStringLiteral("Design-wide"));
    findings << make(QStringLiteral("other"), Severity::Info, m_gw1, QStringLiteral("gw1"),
                     QStringLiteral("x"));
    m_widget->showImportFindings(findings);
    ProblemsModel *model = m_widget->model();
    QCOMPARE(model->rowCount(), 2);
    const QModelIndex same = model->index(0, 0);
    QCOMPARE(model->rowCount(same), 0); // one distinct finding: no group row
    QCOMPARE(same.data(ProblemsModel::CountRole).toInt(), 202);
    QCOMPARE(same.siblingAtColumn(ProblemsModel::CountColumn).data().toInt(), 202);
    QCOMPARE(same.siblingAtColumn(ProblemsModel::NodeColumn).data().toString(), QStringLiteral("(design)"));
    QCOMPARE(model->findingsAt(same).size(), 202);
    QCOMPARE(m_widget->counts().warnings, 202);
    QCOMPARE(m_widget->findings().size(), 203);
}

void TestGuiProblems::severityTogglesAndTextFilter()
{
    m_widget->showImportFindings(
        {make(QStringLiteral("e"), Severity::Error, m_gw1, QStringLiteral("gw1"),
              QStringLiteral("broken port")),
         make(QStringLiteral("w"), Severity::Warning, m_gw2, QStringLiteral("gw2"),
              QStringLiteral("odd host")),
         make(QStringLiteral("i"), Severity::Info, 0, QString(), QStringLiteral("a note"))});
    ProblemsModel *model = m_widget->model();
    QCOMPARE(leafTexts(model, ProblemsModel::MessageColumn).size(), 3);
    QVERIFY(m_widget->severityToggle(Severity::Error)->text().contains(QLatin1Char('1')));

    m_widget->severityToggle(Severity::Warning)->click();
    QCOMPARE(leafTexts(model, ProblemsModel::MessageColumn),
             (QStringList{QStringLiteral("broken port"), QStringLiteral("a note")}));
    m_widget->severityToggle(Severity::Error)->click();
    QCOMPARE(leafTexts(model, ProblemsModel::MessageColumn), QStringList{QStringLiteral("a note")});
    m_widget->severityToggle(Severity::Error)->click();
    m_widget->severityToggle(Severity::Warning)->click();

    // Text matches message, node name and rule, in any case.
    m_widget->filterEdit()->setText(QStringLiteral("GW2"));
    QCOMPARE(leafTexts(model, ProblemsModel::MessageColumn), QStringList{QStringLiteral("odd host")});
    m_widget->filterEdit()->setText(QStringLiteral("port"));
    QCOMPARE(leafTexts(model, ProblemsModel::MessageColumn), QStringList{QStringLiteral("broken port")});
    QCOMPARE(model->shownCount(), 1);
    m_widget->filterEdit()->clear();
    QCOMPARE(model->shownCount(), 3);
    // The counts stay the design's, whatever is shown.
    QCOMPARE(m_widget->counts().errors, 1);
}

// Show Problems filters "node:NAME": that node only, not every name it is a prefix of.
void TestGuiProblems::nodeFilterIsExact()
{
    m_widget->showImportFindings({make(QStringLiteral("e"), Severity::Error, m_gw1,
                                       QStringLiteral("apim-gw-1"), QStringLiteral("one")),
                                  make(QStringLiteral("w"), Severity::Warning, m_gw2,
                                       QStringLiteral("apim-gw-10"), QStringLiteral("ten"))});
    ProblemsModel *model = m_widget->model();
    m_widget->filterEdit()->setText(QStringLiteral("apim-gw-1"));
    QCOMPARE(model->shownCount(), 2);
    m_widget->filterEdit()->setText(QStringLiteral("node:APIM-GW-1"));
    QCOMPARE(leafTexts(model, ProblemsModel::MessageColumn), QStringList{QStringLiteral("one")});
    m_widget->filterEdit()->setText(QStringLiteral("node:apim-gw-10"));
    QCOMPARE(leafTexts(model, ProblemsModel::MessageColumn), QStringList{QStringLiteral("ten")});
    m_widget->filterEdit()->clear();
}

void TestGuiProblems::detailShowsWholeFinding()
{
    Finding f = make(QStringLiteral("endpoint-unresolved"), Severity::Error, m_gw1, QStringLiteral("gw-one"),
                     QStringLiteral("A very long message ") + QString(300, QLatin1Char('x')) +
                         QStringLiteral(" <end>"));
    f.hint = QStringLiteral("Do this & that");
    f.file = QStringLiteral("/set/gw/deployment.toml");
    f.line = 12;
    f.column = 5;
    m_widget->showImportFindings({f});
    QTreeView *view = m_widget->view();
    view->setCurrentIndex(m_widget->model()->index(0, 0));
    const QString text = m_widget->detail()->toPlainText();
    QVERIFY2(text.contains(f.message), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Do this & that")));
    QVERIFY(text.contains(QStringLiteral("/set/gw/deployment.toml:12:5")));
    QVERIFY(text.contains(QStringLiteral("gw-one")));
    QVERIFY(text.contains(QStringLiteral("endpoint-unresolved")));
    QVERIFY(m_widget->goToButton()->isEnabled());
}

void TestGuiProblems::goToNodeFileAndSetting()
{
    Finding onNode =
        make(QStringLiteral("n"), Severity::Error, m_gw2, QStringLiteral("gw2"), QStringLiteral("node"));
    Finding inFile =
        make(QStringLiteral("f"), Severity::Warning, m_gw1, QStringLiteral("gw1"), QStringLiteral("file"));
    inFile.file = QStringLiteral("/set/a.toml");
    inFile.line = 7;
    inFile.column = 3;
    Finding design = make(QStringLiteral("d"), Severity::Info, 0, QString(), QStringLiteral("design"));
    FixStep step;
    step.kind = FixStep::Kind::SetSetting;
    step.key = QStringLiteral("keystore.password");
    design.fixes = {FindingFix{QStringLiteral("Set it"), {step}}};
    m_widget->showImportFindings({onNode, inFile, design});

    QSignalSpy nodes(m_widget, &ProblemsWidget::nodeActivated);
    QSignalSpy locations(m_widget, &ProblemsWidget::locationRequested);
    QSignalSpy settings(m_widget, &ProblemsWidget::settingRequested);
    QTreeView *view = m_widget->view();
    ProblemsModel *model = m_widget->model();

    view->setCurrentIndex(model->index(0, 0));
    m_widget->goToButton()->click();
    QCOMPARE(m_doc->selection(), QList<NodeId>{m_gw2});
    QCOMPARE(nodes.count(), 1);
    QCOMPARE(locations.count(), 0);

    view->setCurrentIndex(model->index(1, 0));
    emit view->activated(model->index(1, 0)); // a double-click or Enter
    QCOMPARE(m_doc->selection(), QList<NodeId>{m_gw1});
    QCOMPARE(locations.count(), 1);
    QCOMPARE(locations.first(), (QVariantList{QStringLiteral("/set/a.toml"), 7, 3}));

    view->setCurrentIndex(model->index(2, 0));
    m_widget->goToCurrent();
    QCOMPARE(settings.count(), 1);
    QCOMPARE(settings.first().first().toString(), QStringLiteral("keystore.password"));
    QCOMPARE(nodes.count(), 2);
}

void TestGuiProblems::fixEmitsChosenFix()
{
    Finding plain =
        make(QStringLiteral("p"), Severity::Error, m_gw1, QStringLiteral("gw1"), QStringLiteral("p"));
    Finding fixable =
        make(QStringLiteral("q"), Severity::Error, m_gw2, QStringLiteral("gw2"), QStringLiteral("q"));
    FixStep step;
    step.kind = FixStep::Kind::SetNodeValue;
    step.node = m_gw2;
    step.key = QStringLiteral("offset");
    step.value = 3;
    fixable.fixes = {FindingFix{QStringLiteral("First way"), {step}},
                     FindingFix{QStringLiteral("Second way"), {step}}};
    m_widget->showImportFindings({plain, fixable});
    QSignalSpy fixes(m_widget, &ProblemsWidget::fixRequested);
    QTreeView *view = m_widget->view();

    view->setCurrentIndex(m_widget->model()->index(0, 0));
    QVERIFY(!m_widget->fixButton()->isEnabled());

    view->setCurrentIndex(m_widget->model()->index(1, 0));
    QVERIFY(m_widget->fixButton()->isEnabled());
    m_widget->fixButton()->click();
    QCOMPARE(fixes.count(), 1);
    QCOMPARE(fixes.at(0).at(0).value<Finding>().message, QStringLiteral("q"));
    QCOMPARE(fixes.at(0).at(1).toInt(), 0);

    QMenu *menu = m_widget->fixButton()->menu();
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 2);
    QCOMPARE(menu->actions().at(1)->text(), QStringLiteral("Second way"));
    menu->actions().at(1)->trigger();
    QCOMPARE(fixes.count(), 2);
    QCOMPARE(fixes.at(1).at(1).toInt(), 1);
}

void TestGuiProblems::longMessageDoesNotWidenTheDock()
{
    Finding f = make(QStringLiteral("long"), Severity::Error, m_gw1, QStringLiteral("gw1"),
                     QString(2000, QLatin1Char('m')));
    m_widget->showImportFindings({f});
    m_widget->view()->setCurrentIndex(m_widget->model()->index(0, 0));
    QVERIFY2(m_widget->minimumSizeHint().width() < 700,
             qPrintable(QString::number(m_widget->minimumSizeHint().width())));
    QCOMPARE(m_widget->view()->textElideMode(), Qt::ElideRight);
    QCOMPARE(m_widget->model()->index(0, 0).data(Qt::ToolTipRole).toString().count(QLatin1Char('m')) >= 2000,
             true);
}

QTEST_MAIN(TestGuiProblems)
#include "tst_gui_problems.moc"
