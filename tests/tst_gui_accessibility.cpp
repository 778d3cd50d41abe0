// The canvas for assistive technology: every node and link is an accessible
// child of the canvas view, with a name, a role, its selection as state and its
// problems as description.
#include "canvastestutil.h"
#include "inspectordelegate.h"
#include "schemaregistry.h"

#include <QAccessible>
#include <QApplication>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace apim;
using namespace canvastest;

namespace {

QAccessibleInterface *childNamed(QAccessibleInterface *parent, const QString &name)
{
    for (int i = 0; i < parent->childCount(); ++i) {
        QAccessibleInterface *child = parent->child(i);
        if (child && child->text(QAccessible::Name) == name)
            return child;
    }
    return nullptr;
}

} // namespace

class TestGuiAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void nodesAndLinksAreChildren();
    void selectionShowsInState();
    void problemsAreTheDescription();
    void passwordShowTakesTabFocus();
};

void TestGuiAccessibility::passwordShowTakesTabFocus()
{
    // A keyboard user reaches a password's Show toggle with Tab and presses it with Space.
    QWidget form;
    auto *layout = new QVBoxLayout(&form);
    auto *password = new PasswordEdit;
    auto *next = new QLineEdit;
    layout->addWidget(password);
    layout->addWidget(next);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QApplication::setActiveWindow(&form);
    auto *text = password->findChild<QLineEdit *>();
    auto *reveal = password->findChild<QToolButton *>();
    QVERIFY(text && reveal);
    text->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(text->hasFocus());
    QTest::keyClick(text, Qt::Key_Tab);
    QTRY_VERIFY(reveal->hasFocus());
    QCOMPARE(text->echoMode(), QLineEdit::Password);
    QTest::keyClick(reveal, Qt::Key_Space);
    QCOMPARE(text->echoMode(), QLineEdit::Normal);
    QVERIFY(!reveal->accessibleName().isEmpty() || !reveal->text().isEmpty());
    QTest::keyClick(reveal, Qt::Key_Tab);
    QTRY_VERIFY(next->hasFocus());
}

void TestGuiAccessibility::nodesAndLinksAreChildren()
{
    Canvas c(haDesign());
    QAccessibleInterface *canvas = QAccessible::queryAccessibleInterface(c.view.get());
    QVERIFY(canvas);
    QCOMPARE(canvas->role(), QAccessible::Canvas);
    const Topology &t = c.doc.topology();
    QVERIFY(canvas->childCount() >= int(t.nodes().size() + t.links().size()));
    for (const Node &n : t.nodes()) {
        QAccessibleInterface *child = childNamed(canvas, n.name());
        QVERIFY2(child, qPrintable(n.name()));
        QVERIFY(child->isValid());
        QCOMPARE(child->role(), QAccessible::Graphic);
        QCOMPARE(child->parent(), canvas);
        QCOMPARE(canvas->indexOfChild(child) >= 0, true);
        QCOMPARE(canvas->child(canvas->indexOfChild(child)), child);
        QVERIFY(child->state().selectable);
        QVERIFY2(child->text(QAccessible::Description)
                     .contains(SchemaRegistry::label(SchemaRegistry::instance().kind(n.kind))),
                 qPrintable(child->text(QAccessible::Description)));
        QVERIFY(!child->rect().isEmpty());
        // The point in the middle of the card finds the same child.
        QCOMPARE(canvas->childAt(child->rect().center().x(), child->rect().center().y()), child);
    }
    QVERIFY(!t.links().isEmpty());
    for (const Link &l : t.links()) {
        // "A → B, what B does for A" (its services over events), else what travels over it.
        const bool events = t.linkKind(l) == LinkKind::Events;
        const QString name =
            QStringLiteral("%1 → %2, %3")
                .arg(t.node(l.from)->name(), t.node(l.to)->name(),
                     events ? QStringLiteral("key manager, event hub, portals, traffic manager")
                            : SchemaRegistry::linkKindLabel(t.linkKind(l)));
        QAccessibleInterface *child = childNamed(canvas, name);
        QVERIFY2(child, qPrintable(name));
        QCOMPARE(child->role(), QAccessible::Link);
        QVERIFY(!child->text(QAccessible::Description).isEmpty());
        QVERIFY(!child->state().selected);
        c.doc.setLinkSelection({l.id});
        QVERIFY(child->state().selected);
        c.doc.setLinkSelection({});
    }

    // A removed node is no longer a child.
    const Node &gone = t.nodes().first();
    const QString goneName = gone.name();
    c.doc.resetDesign(looseDesign());
    QVERIFY(!childNamed(canvas, goneName));
    QVERIFY(childNamed(canvas, QStringLiteral("gw")));
}

void TestGuiAccessibility::selectionShowsInState()
{
    Canvas c(looseDesign());
    QAccessibleInterface *canvas = QAccessible::queryAccessibleInterface(c.view.get());
    QAccessibleInterface *gw = childNamed(canvas, QStringLiteral("gw"));
    QAccessibleInterface *db = childNamed(canvas, QStringLiteral("db"));
    QVERIFY(gw && db);
    QVERIFY(!gw->state().selected);
    c.doc.setSelection({idOf(c.doc, "gw")});
    QVERIFY(gw->state().selected);
    QVERIFY(!db->state().selected);
    c.doc.setSelection({idOf(c.doc, "gw"), idOf(c.doc, "db")});
    QVERIFY(gw->state().selected);
    QVERIFY(db->state().selected);
    c.doc.setSelection({});
    QVERIFY(!gw->state().selected);
}

void TestGuiAccessibility::problemsAreTheDescription()
{
    Canvas c(looseDesign());
    c.view->canvasScene()->flushPendingUpdates();
    QAccessibleInterface *canvas = QAccessible::queryAccessibleInterface(c.view.get());
    int withProblems = 0;
    for (const Node &n : c.doc.topology().nodes()) {
        const NodeItem *item = c.view->canvasScene()->nodeItem(n.id);
        QAccessibleInterface *child = childNamed(canvas, n.name());
        QVERIFY(child);
        const QString description = child->text(QAccessible::Description);
        if (item->errorCount() + item->warningCount() == 0)
            continue;
        ++withProblems;
        for (const Finding &f : c.checker.findings()) {
            if (f.node == n.id && f.severity != Severity::Info)
                QVERIFY2(description.contains(f.message.left(40)), qPrintable(description));
        }
    }
    QVERIFY(withProblems > 0); // an unlinked gateway has problems
}

QTEST_MAIN(TestGuiAccessibility)
#include "tst_gui_accessibility.moc"
