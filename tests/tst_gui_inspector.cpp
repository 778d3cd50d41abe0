// The inspector: its item model, editors, the settings form and the preview it drives.
#include "canvasscene.h"
#include "inspectordelegate.h"
#include "inspectormodel.h"
#include "inspectorwidget.h"
#include "nodecommands.h"
#include "nodeitem.h"
#include "previewwidget.h"
#include "settingseditor.h"
#include "templates.h"
#include "tomlhighlighter.h"
#include "topologydocument.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeView>
#include <QtTest>

using namespace apim;

namespace {

Design haDesign()
{
    Design d;
    QString error;
    Templates::create(QStringLiteral("gw-cp-ha"), 2, 2, &d, &error);
    return d;
}

NodeId firstOfKind(const TopologyDocument &doc, NodeKind kind, int skip = 0)
{
    const QList<const Node *> nodes = doc.topology().nodesOfKind(kind);
    return nodes.size() > skip ? nodes.at(skip)->id : 0;
}

// The formats the highlighter gave a block, as (start, length, format) ranges.
QTextCharFormat formatAt(const QTextDocument &doc, int blockNumber, int position)
{
    const QTextBlock block = doc.findBlockByNumber(blockNumber);
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (position >= r.start && position < r.start + r.length)
            return r.format;
    }
    return {};
}

} // namespace

class TestGuiInspector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void passesModelTester();
    void rowsFollowSchema();
    void editChangesModelInOneUndoStep();
    void typingMergesIntoOneStep();
    void editUpdatesPreviewAndCanvas();
    void dataChangedOnlyForChangedRow();
    void multiSelectEditsCommonFields();
    void invalidNameRefused();
    void integerOutOfRangeRefused();
    void delegateEditorsByType();
    void settingsShownWhenNothingSelected();
    void settingsEnvironmentsEditable();
    void extraTomlEditable();
    void highlighterFormatsToml();
};

void TestGuiInspector::passesModelTester()
{
    TopologyDocument doc;
    doc.resetDesign(haDesign());
    InspectorModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const NodeId gw = firstOfKind(doc, NodeKind::Gateway);
    const NodeId db = firstOfKind(doc, NodeKind::Database);
    doc.setSelection({gw});
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.setData(model.valueIndex(Field::Hostname), QStringLiteral("gw.tester"), Qt::EditRole));
    doc.setSelection({gw, db});
    QVERIFY(model.setData(model.valueIndex(Field::Ip), QStringLiteral("10.9.9.9"), Qt::EditRole));
    doc.undoStack()->undo();
    doc.undoStack()->redo();
    doc.setSelection({db});
    QVERIFY(
        model.setData(model.valueIndex(Field::DbType), SchemaRegistry::databaseTypes().last(), Qt::EditRole));
    doc.push(new RemoveNodesCommand(&doc, {db}));
    QCOMPARE(model.rowCount(), 0);
    doc.undoStack()->undo();
    doc.resetDesign(haDesign());
    QCOMPARE(model.rowCount(), 0);
}

void TestGuiInspector::rowsFollowSchema()
{
    TopologyDocument doc;
    doc.resetDesign(haDesign());
    InspectorModel model(&doc);
    const NodeId db = firstOfKind(doc, NodeKind::Database);
    doc.setSelection({db});
    const KindSpec &spec = SchemaRegistry::instance().kind(NodeKind::Database);
    QCOMPARE(model.rowCount(), spec.fields.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, InspectorModel::PropertyColumn).data().toString(),
                 SchemaRegistry::label(spec.fields[row]));
        QCOMPARE(model.index(row, InspectorModel::ValueColumn).data(InspectorModel::FieldKeyRole).toString(),
                 spec.fields[row].key);
    }
    // Passwords never show in clear in the table.
    const QModelIndex password = model.valueIndex(Field::ApimDbPassword);
    QVERIFY(!password.data(Qt::EditRole).toString().isEmpty());
    QVERIFY(!password.data().toString().contains(password.data(Qt::EditRole).toString()));
}

void TestGuiInspector::editChangesModelInOneUndoStep()
{
    TopologyDocument doc;
    doc.resetDesign(haDesign());
    InspectorModel model(&doc);
    const NodeId gw = firstOfKind(doc, NodeKind::Gateway);
    doc.setSelection({gw});
    const QString before = doc.topology().node(gw)->hostname();
    const int steps = doc.undoStack()->count();
    QVERIFY(model.setData(model.valueIndex(Field::Hostname), QStringLiteral("edge.example.com")));
    QCOMPARE(doc.topology().node(gw)->hostname(), QStringLiteral("edge.example.com"));
    QCOMPARE(model.valueIndex(Field::Hostname).data().toString(), QStringLiteral("edge.example.com"));
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.topology().node(gw)->hostname(), before);
    QCOMPARE(model.valueIndex(Field::Hostname).data().toString(), before);
}

void TestGuiInspector::typingMergesIntoOneStep()
{
    TopologyDocument doc;
    doc.resetDesign(haDesign());
    InspectorModel model(&doc);
    const NodeId gw = firstOfKind(doc, NodeKind::Gateway);
    doc.setSelection({gw});
    const QString before = doc.topology().node(gw)->hostname();
    const int steps = doc.undoStack()->count();
    // What the line edit commits, one keystroke at a time.
    for (const char *text : {"e", "ed", "edg", "edge"})
        QVERIFY(model.setData(model.valueIndex(Field::Hostname), QLatin1String(text)));
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    QCOMPARE(doc.topology().node(gw)->hostname(), QStringLiteral("edge"));
    doc.undoStack()->undo();
    QCOMPARE(doc.topology().node(gw)->hostname(), before);
}

void TestGuiInspector::editUpdatesPreviewAndCanvas()
{
    // Without a load balancer, a gateway's deployment.toml names its own hostname.
    Design single;
    QString error;
    QVERIFY(Templates::create(QStringLiteral("gw-cp"), 1, 1, &single, &error));
    TopologyDocument doc;
    doc.resetDesign(single);
    InspectorModel model(&doc);
    PreviewWidget preview(&doc);
    CanvasScene scene(&doc);
    const NodeId gw = firstOfKind(doc, NodeKind::Gateway);
    doc.setSelection({gw});
    preview.refresh();
    QCOMPARE(preview.node(), gw);
    QVERIFY(preview.files().contains(QStringLiteral("repository/conf/deployment.toml")));
    QVERIFY(!preview.text().contains(QStringLiteral("renamed-gw")));

    QVERIFY(model.setData(model.valueIndex(Field::Name), QStringLiteral("renamed-gw")));
    QVERIFY(model.setData(model.valueIndex(Field::Hostname), QStringLiteral("edge.preview.test")));
    // Coalesced: nothing regenerated yet, then the timer fires.
    QVERIFY(preview.isUpdatePending());
    QSignalSpy refreshed(&preview, &PreviewWidget::refreshed);
    QVERIFY(refreshed.wait(2000));
    QVERIFY(preview.text().contains(QStringLiteral("edge.preview.test")));
    QCOMPARE(scene.nodeItem(gw)->title(), QStringLiteral("renamed-gw"));
    QCOMPARE(scene.nodeItem(gw)->subtitle(), QStringLiteral("edge.preview.test"));

    const QString toml = preview.text();
    preview.setCurrentFile(QStringLiteral("hosts"));
    QCOMPARE(preview.currentFile(), QStringLiteral("hosts"));
    QVERIFY(!preview.text().isEmpty());
    QVERIFY(preview.text() != toml);
    // Nothing selected: the bundle's top-level files.
    doc.setSelection({});
    preview.refresh();
    QCOMPARE(preview.node(), NodeId(0));
    QCOMPARE(preview.files(), QStringList({QStringLiteral("README.md"), QStringLiteral("hosts")}));
    QVERIFY(preview.text().contains(QStringLiteral("edge.preview.test")));
}

void TestGuiInspector::dataChangedOnlyForChangedRow()
{
    TopologyDocument doc;
    doc.resetDesign(haDesign());
    InspectorModel model(&doc);
    const NodeId gw = firstOfKind(doc, NodeKind::Gateway);
    doc.setSelection({gw});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.setData(model.valueIndex(Field::Ip), QStringLiteral("10.1.2.3")));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    const int row = model.rowOfKey(Field::Ip);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), row);
    // A change to another node does not touch the inspector.
    doc.push(new SetNodeValueCommand(&doc, {firstOfKind(doc, NodeKind::Gateway, 1)}, Field::Ip,
                                     QStringLiteral("10.3.3.3")));
    QCOMPARE(changed.count(), 1);
}

void TestGuiInspector::multiSelectEditsCommonFields()
{
    TopologyDocument doc;
    doc.resetDesign(haDesign());
    InspectorModel model(&doc);
    const NodeId gw = firstOfKind(doc, NodeKind::Gateway);
    const NodeId db = firstOfKind(doc, NodeKind::Database);
    doc.setSelection({gw, db});
    // Gateways have labels and an offset; databases have neither.
    QVERIFY(model.rowOfKey(Field::Hostname) >= 0);
    QCOMPARE(model.rowOfKey(Field::Labels), -1);
    QCOMPARE(model.rowOfKey(Field::Offset), -1);
    QCOMPARE(model.rowOfKey(Field::DbType), -1);
    QVERIFY(model.valueIndex(Field::Hostname).data(InspectorModel::MixedRole).toBool());
    QVERIFY(!(model.valueIndex(Field::Name).flags() & Qt::ItemIsEditable));

    const int steps = doc.undoStack()->count();
    QVERIFY(model.setData(model.valueIndex(Field::Hostname), QStringLiteral("shared.example")));
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    QCOMPARE(doc.topology().node(gw)->hostname(), QStringLiteral("shared.example"));
    QCOMPARE(doc.topology().node(db)->hostname(), QStringLiteral("shared.example"));
    QVERIFY(!model.valueIndex(Field::Hostname).data(InspectorModel::MixedRole).toBool());
    doc.undoStack()->undo();
    QVERIFY(doc.topology().node(gw)->hostname() != QStringLiteral("shared.example"));
    QVERIFY(doc.topology().node(db)->hostname() != QStringLiteral("shared.example"));

    // Two gateways share their gateway-only fields too.
    doc.setSelection({gw, firstOfKind(doc, NodeKind::Gateway, 1)});
    QVERIFY(model.rowOfKey(Field::Labels) >= 0);
    QVERIFY(model.setData(model.valueIndex(Field::Labels), QStringLiteral("Default, internal")));
    for (NodeId id : doc.selection())
        QCOMPARE(doc.topology().node(id)->value(Field::Labels).toStringList(),
                 QStringList({QStringLiteral("Default"), QStringLiteral("internal")}));
}

void TestGuiInspector::invalidNameRefused()
{
    TopologyDocument doc;
    doc.resetDesign(haDesign());
    InspectorWidget widget(&doc);
    InspectorModel *model = widget.model();
    const NodeId gw = firstOfKind(doc, NodeKind::Gateway);
    const NodeId other = firstOfKind(doc, NodeKind::Gateway, 1);
    doc.setSelection({gw});
    const QString before = doc.topology().node(gw)->name();
    const int steps = doc.undoStack()->count();
    QSignalSpy messages(model, &InspectorModel::editMessage);

    QVERIFY(!model->setData(model->valueIndex(Field::Name), QStringLiteral("bad name!")));
    QCOMPARE(doc.topology().node(gw)->name(), before);
    QVERIFY(!messages.isEmpty() && !messages.last().first().toString().isEmpty());
    QVERIFY(!widget.message().isEmpty());

    const QString taken = doc.topology().node(other)->name().toUpper(); // names compare case-insensitively
    QVERIFY(!model->setData(model->valueIndex(Field::Name), taken));
    QCOMPARE(doc.topology().node(gw)->name(), before);
    QVERIFY(widget.message().contains(taken));
    QCOMPARE(doc.undoStack()->count(), steps);

    QVERIFY(model->setData(model->valueIndex(Field::Name), QStringLiteral("edge-1")));
    QCOMPARE(doc.topology().node(gw)->name(), QStringLiteral("edge-1"));
    QVERIFY(widget.message().isEmpty());
}

void TestGuiInspector::integerOutOfRangeRefused()
{
    TopologyDocument doc;
    doc.resetDesign(haDesign());
    InspectorModel model(&doc);
    const NodeId gw = firstOfKind(doc, NodeKind::Gateway);
    doc.setSelection({gw});
    const FieldSpec *offset = SchemaRegistry::instance().field(NodeKind::Gateway, Field::Offset);
    QVERIFY(!model.setData(model.valueIndex(Field::Offset), offset->maximum + 1));
    QVERIFY(!model.setData(model.valueIndex(Field::Offset), QStringLiteral("ten")));
    QVERIFY(model.setData(model.valueIndex(Field::Offset), 3));
    QCOMPARE(doc.topology().node(gw)->offset(), 3);
}

void TestGuiInspector::delegateEditorsByType()
{
    TopologyDocument doc;
    doc.resetDesign(haDesign());
    InspectorModel model(&doc);
    InspectorDelegate delegate;
    QWidget parent;
    const QStyleOptionViewItem option;
    doc.setSelection({firstOfKind(doc, NodeKind::Gateway)});

    QWidget *name = delegate.createEditor(&parent, option, model.valueIndex(Field::Name));
    QVERIFY(qobject_cast<QLineEdit *>(name));
    delegate.setEditorData(name, model.valueIndex(Field::Name));
    QCOMPARE(qobject_cast<QLineEdit *>(name)->text(), doc.topology().node(doc.selection().first())->name());

    auto *spin =
        qobject_cast<QSpinBox *>(delegate.createEditor(&parent, option, model.valueIndex(Field::Offset)));
    QVERIFY(spin);
    const FieldSpec *offset = SchemaRegistry::instance().field(NodeKind::Gateway, Field::Offset);
    QCOMPARE(spin->minimum(), offset->minimum);
    QCOMPARE(spin->maximum(), offset->maximum);
    spin->setValue(7);
    delegate.setModelData(spin, &model, model.valueIndex(Field::Offset));
    QCOMPARE(doc.topology().node(doc.selection().first())->offset(), 7);

    auto *list =
        qobject_cast<QLineEdit *>(delegate.createEditor(&parent, option, model.valueIndex(Field::Labels)));
    QVERIFY(list);
    list->setText(QStringLiteral("a, b ,c"));
    delegate.setModelData(list, &model, model.valueIndex(Field::Labels));
    QCOMPARE(doc.topology().node(doc.selection().first())->value(Field::Labels).toStringList(),
             QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));

    doc.setSelection({firstOfKind(doc, NodeKind::Database)});
    auto *combo =
        qobject_cast<QComboBox *>(delegate.createEditor(&parent, option, model.valueIndex(Field::DbType)));
    QVERIFY(combo);
    QCOMPARE(combo->count(), SchemaRegistry::databaseTypes().size());
    auto *password = qobject_cast<PasswordEdit *>(
        delegate.createEditor(&parent, option, model.valueIndex(Field::ApimDbPassword)));
    QVERIFY(password);
    QCOMPARE(password->lineEdit()->echoMode(), QLineEdit::Password);
    password->setRevealed(true);
    QCOMPARE(password->lineEdit()->echoMode(), QLineEdit::Normal);
}

void TestGuiInspector::settingsShownWhenNothingSelected()
{
    TopologyDocument doc;
    doc.resetDesign(haDesign());
    InspectorWidget widget(&doc);
    widget.show();
    QVERIFY(widget.isShowingSettings());
    doc.setSelection({firstOfKind(doc, NodeKind::Gateway)});
    QVERIFY(!widget.isShowingSettings());
    doc.setSelection({});
    QVERIFY(widget.isShowingSettings());

    auto *name = qobject_cast<QLineEdit *>(widget.settingsEditor()->fieldEditor(QStringLiteral("name")));
    QVERIFY(name);
    QCOMPARE(name->text(), doc.settings().name);
    const int steps = doc.undoStack()->count();
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("edge-prod"));
    QCOMPARE(doc.settings().name, QStringLiteral("edge-prod"));
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    doc.undoStack()->undo();
    QCOMPARE(name->text(), haDesign().settings.name);

    auto *version =
        qobject_cast<QComboBox *>(widget.settingsEditor()->fieldEditor(QStringLiteral("apimVersion")));
    QVERIFY(version);
    QCOMPARE(version->count(), ApimVersion::supported().size());
    auto *cache =
        qobject_cast<QCheckBox *>(widget.settingsEditor()->fieldEditor(QStringLiteral("cacheInvalidation")));
    QVERIFY(cache);
    QVERIFY(!widget.settingsEditor()->fieldEditor(QStringLiteral("cacheInvalidationDomain"))->isEnabled());
    cache->click();
    QVERIFY(doc.settings().cacheInvalidation);
    QVERIFY(widget.settingsEditor()->fieldEditor(QStringLiteral("cacheInvalidationDomain"))->isEnabled());
}

void TestGuiInspector::settingsEnvironmentsEditable()
{
    TopologyDocument doc;
    doc.resetDesign(haDesign());
    SettingsEditor editor(&doc);
    QTableWidget *table = editor.environmentsTable();
    const qsizetype before = doc.settings().environments.size();
    QCOMPARE(table->rowCount(), before);
    editor.findChild<QPushButton *>(QStringLiteral("addEnvironment"))->click();
    QCOMPARE(doc.settings().environments.size(), before + 1);
    QCOMPARE(table->rowCount(), before + 1);
    const int row = int(before);
    table->item(row, SettingsEditor::EnvName)->setText(QStringLiteral("internal"));
    QCOMPARE(doc.settings().environments.at(row).name, QStringLiteral("internal"));
    table->item(row, SettingsEditor::EnvDisplay)->setCheckState(Qt::Unchecked);
    QVERIFY(!doc.settings().environments.at(row).displayInApiConsole);
    auto *type = qobject_cast<QComboBox *>(table->cellWidget(row, SettingsEditor::EnvType));
    QVERIFY(type);
    type->setCurrentIndex(type->findText(QStringLiteral("sandbox")));
    emit type->activated(type->currentIndex());
    QCOMPARE(doc.settings().environments.at(row).type, QStringLiteral("sandbox"));
    table->setCurrentCell(row, SettingsEditor::EnvName);
    editor.findChild<QPushButton *>(QStringLiteral("removeEnvironment"))->click();
    QCOMPARE(doc.settings().environments.size(), before);
    doc.undoStack()->undo();
    QCOMPARE(table->rowCount(), before + 1);
    QCOMPARE(table->item(row, SettingsEditor::EnvName)->text(), QStringLiteral("internal"));
}

void TestGuiInspector::extraTomlEditable()
{
    Design design = haDesign();
    Node *gw = design.topology.mutableNode(design.topology.nodesOfKind(NodeKind::Gateway).first()->id);
    gw->extraToml = QStringLiteral("[custom]\nkey = 1\n");
    gw->sourceFile = QStringLiteral("gateway-ha.toml");
    const NodeId id = gw->id;
    TopologyDocument doc;
    doc.resetDesign(design);
    InspectorWidget widget(&doc);
    widget.show();
    doc.setSelection({firstOfKind(doc, NodeKind::ControlPlane)});
    QVERIFY(!widget.extraTomlEdit()->isVisibleTo(&widget));
    doc.setSelection({id});
    QVERIFY(widget.extraTomlEdit()->isVisibleTo(&widget));
    QCOMPARE(widget.extraTomlEdit()->toPlainText(), QStringLiteral("[custom]\nkey = 1\n"));
    const int steps = doc.undoStack()->count();
    widget.extraTomlEdit()->moveCursor(QTextCursor::End);
    widget.extraTomlEdit()->insertPlainText(QStringLiteral("other = 2\n"));
    QCOMPARE(doc.topology().node(id)->extraToml.text(), QStringLiteral("[custom]\nkey = 1\nother = 2\n"));
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    doc.undoStack()->undo();
    QCOMPARE(widget.extraTomlEdit()->toPlainText(), QStringLiteral("[custom]\nkey = 1\n"));
}

void TestGuiInspector::highlighterFormatsToml()
{
    QTextDocument doc;
    doc.documentLayout(); // a document reports changes, and so gets highlighted, once it has a layout
    TomlHighlighter highlighter(&doc);
    doc.setPlainText(QStringLiteral("# comment\n[server]\nhostname = \"gw.example\" # note\noffset = 10\n"
                                    "enabled = true\ntext = \"\"\"\nstill a string\n\"\"\"\n"));
    QCOMPARE(formatAt(doc, 0, 2).foreground(), highlighter.commentFormat().foreground());
    QCOMPARE(formatAt(doc, 1, 1).foreground(), highlighter.tableFormat().foreground());
    QCOMPARE(formatAt(doc, 2, 0).foreground(), highlighter.keyFormat().foreground());
    QCOMPARE(formatAt(doc, 2, 13).foreground(), highlighter.stringFormat().foreground());
    QCOMPARE(formatAt(doc, 2, 27).foreground(), highlighter.commentFormat().foreground());
    QCOMPARE(formatAt(doc, 3, 10).foreground(), highlighter.numberFormat().foreground());
    QCOMPARE(formatAt(doc, 4, 11).foreground(), highlighter.boolFormat().foreground());
    QCOMPARE(formatAt(doc, 6, 3).foreground(), highlighter.stringFormat().foreground());
    QCOMPARE(TomlHighlighter::modeForFile(QStringLiteral("repository/conf/deployment.toml")),
             TomlHighlighter::Mode::Toml);
    QCOMPARE(TomlHighlighter::modeForFile(QStringLiteral("database.sql")), TomlHighlighter::Mode::Sql);
}

QTEST_MAIN(TestGuiInspector)
#include "tst_gui_inspector.moc"
