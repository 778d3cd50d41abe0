// Long imported node names stay readable: cards elide at the end, so that names
// sharing a prefix still differ, and the whole name is the tooltip, on the
// canvas and in the SVG export.
#include "canvastestutil.h"
#include "testutil.h"

#include <QTemporaryDir>

using namespace apim;
using namespace canvastest;

namespace {

const QStringList LongNames{
    QStringLiteral("nodes__gateway-worker__deployment"),
    QStringLiteral("nodes__control-plane__deployment"),
    QStringLiteral("nodes__key-manager__deployment"),
    QStringLiteral("nodes__traffic-manager__deployment"),
};

Design longNamesDesign()
{
    Design d;
    const NodeKind kinds[] = {NodeKind::Gateway, NodeKind::ControlPlane, NodeKind::KeyManager,
                              NodeKind::TrafficManager};
    for (int i = 0; i < LongNames.size(); ++i)
        makeNode(d.topology, kinds[i], LongNames.at(i), QPointF(0, 120 * i));
    return d;
}

} // namespace

class TestGuiCanvasNames : public QObject
{
    Q_OBJECT

private slots:
    void cardsElideAtTheEnd();
    void svgExportElidesAtTheEndWithTitles();
};

void TestGuiCanvasNames::cardsElideAtTheEnd()
{
    Canvas c(longNamesDesign());
    QSet<QString> shown;
    for (const QString &name : LongNames) {
        const NodeItem *item = c.view->canvasScene()->nodeItem(idOf(c.doc, qPrintable(name)));
        QVERIFY(item);
        const QString title = item->shownTitle();
        QVERIFY2(title.endsWith(QChar(0x2026)), qPrintable(title)); // elided, the name is longer than a card
        QVERIFY2(name.startsWith(title.chopped(1)), qPrintable(title));
        shown.insert(title);
        const QString host = item->shownSubtitle();
        QVERIFY2(item->subtitle().startsWith(host.endsWith(QChar(0x2026)) ? host.chopped(1) : host),
                 qPrintable(host));
        QVERIFY2(item->toolTip().contains(name), qPrintable(item->toolTip()));
        QVERIFY2(item->toolTip().contains(item->subtitle()), qPrintable(item->toolTip()));
    }
    QCOMPARE(shown.size(), LongNames.size());
}

void TestGuiCanvasNames::svgExportElidesAtTheEndWithTitles()
{
    Canvas c(longNamesDesign());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("names.svg"));
    QString error;
    QVERIFY2(c.view->exportSvg(path, &error), qPrintable(error));
    const QString svg = QString::fromUtf8(testutil::readFile(path));
    for (const QString &name : LongNames) {
        const NodeItem *item = c.view->canvasScene()->nodeItem(idOf(c.doc, qPrintable(name)));
        QVERIFY2(svg.contains(item->shownTitle().toHtmlEscaped()), qPrintable(item->shownTitle()));
        QVERIFY2(svg.contains(QStringLiteral("<title>%1 (%2)</title>").arg(name, item->subtitle())),
                 qPrintable(name));
    }
    QVERIFY(!svg.contains(QStringLiteral("nodes…yment")));
}

QTEST_MAIN(TestGuiCanvasNames)
#include "tst_gui_canvas_names.moc"
