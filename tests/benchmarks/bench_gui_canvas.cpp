// Canvas figures for the README: open and first paint, pan and fit-all frames,
// dragging fifty selected nodes, one edit. Offscreen raster, a 1280x800 view;
// frames are synchronous viewport()->repaint() calls, as in
// ux-and-performance-anchors.md §3.2.
//
//   bench_gui_canvas [gateways...]     (default: 996 9996, i.e. 1,000 and 10,000 nodes)
#include "canvasscene.h"
#include "canvasview.h"
#include "designchecker.h"
#include "nodecommands.h"
#include "nodeitem.h"
#include "templates.h"
#include "topologydocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextStream>

#include <algorithm>

using namespace apim;

namespace {

double ms(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

struct Stats
{
    double median = 0;
    double max = 0;
};

Stats stats(QList<double> samples)
{
    if (samples.isEmpty())
        return {};
    std::sort(samples.begin(), samples.end());
    return {samples[samples.size() / 2], samples.last()};
}

QString rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return QString::number(line.mid(6).trimmed().split(' ').first().toLongLong() / 1024);
    }
    return QStringLiteral("?");
}

void sendMouse(QWidget *viewport, QEvent::Type type, const QPoint &pos, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(pos), QPointF(viewport->mapToGlobal(pos)),
                      type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &event);
}

struct Row
{
    QString name;
    QString target;
    QStringList values;
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QList<int> sizes;
    for (const QString &arg : app.arguments().mid(1))
        sizes.append(arg.toInt());
    if (sizes.isEmpty())
        sizes = {996, 9996};

    QList<Row> rows = {
        {QStringLiteral("nodes / links"), QString(), {}},
        {QStringLiteral("open + first paint (ms, median of 3)"), QStringLiteral("≤ 150 (10k: ≤ 1,500)"), {}},
        {QStringLiteral("problem badges, validateDesign (ms)"), QString(), {}},
        {QStringLiteral("pan frame @100% (ms, median / max)"), QStringLiteral("≤ 16"), {}},
        {QStringLiteral("fit-all from 100%: zoom + frame (ms, median / max)"), QStringLiteral("≤ 33"), {}},
        {QStringLiteral("fit-all: repaint (ms, median)"), QStringLiteral("≤ 33"), {}},
        {QStringLiteral("drag 50 selected, per step (ms, median / max)"), QStringLiteral("≤ 16"), {}},
        {QStringLiteral("one hostname edit + frame (ms)"), QStringLiteral("≤ 16"), {}},
        {QStringLiteral("RSS after the run (MB)"), QString(), {}},
    };

    for (int gateways : sizes) {
        Design design;
        QString error;
        if (!Templates::create(QStringLiteral("gw-cp-ha"), gateways, 2, &design, &error)) {
            QTextStream(stderr) << error << '\n';
            return 1;
        }
        TopologyDocument doc;
        DesignChecker checker(&doc);
        CanvasView view(&doc);
        view.canvasScene()->setChecker(&checker);
        view.resize(1280, 800);
        view.show();
        QCoreApplication::processEvents();
        QWidget *viewport = view.viewport();
        CanvasScene *scene = view.canvasScene();

        // Open three times (the first run also warms font and glyph caches); the median counts.
        QElapsedTimer timer;
        QList<double> opens;
        for (int i = 0; i < 3; ++i) {
            timer.start();
            doc.resetDesign(design);
            viewport->repaint();
            opens.append(ms(timer));
        }
        rows[0].values.append(
            QStringLiteral("%1 / %2").arg(doc.topology().nodes().size()).arg(doc.topology().links().size()));
        rows[1].values.append(QStringLiteral("%1 (first %2)")
                                  .arg(stats(opens).median, 0, 'f', 1)
                                  .arg(opens.first(), 0, 'f', 1));

        timer.restart();
        scene->flushPendingUpdates();
        rows[2].values.append(QString::number(ms(timer), 'f', 1));

        // Pan through the middle of the gateways at 100%.
        view.resetZoom();
        const NodeItem *middle =
            scene->nodeItem(doc.topology().nodes()[doc.topology().nodes().size() / 2].id);
        view.centerOn(middle->cardSceneRect().center());
        viewport->repaint();
        QList<double> pan;
        for (int i = 0; i < 60; ++i) {
            QScrollBar *bar = i % 2 ? view.horizontalScrollBar() : view.verticalScrollBar();
            bar->setValue(bar->value() + (i % 4 < 2 ? 37 : -29));
            timer.restart();
            viewport->repaint();
            pan.append(ms(timer));
        }
        const Stats panStats = stats(pan);
        rows[3].values.append(
            QStringLiteral("%1 / %2").arg(panStats.median, 0, 'f', 1).arg(panStats.max, 0, 'f', 1));

        // Fit all from 100% and back, five times: the zoom change drops every cached card.
        QList<double> fitZoom;
        for (int i = 0; i < 5; ++i) {
            view.resetZoom();
            view.centerOn(middle->cardSceneRect().center());
            viewport->repaint();
            timer.restart();
            view.zoomToFit();
            viewport->repaint();
            fitZoom.append(ms(timer));
        }
        const Stats fitZoomStats = stats(fitZoom);
        rows[4].values.append(
            QStringLiteral("%1 / %2").arg(fitZoomStats.median, 0, 'f', 1).arg(fitZoomStats.max, 0, 'f', 1));
        QList<double> fit;
        for (int i = 0; i < 10; ++i) {
            timer.restart();
            viewport->repaint();
            fit.append(ms(timer));
        }
        rows[5].values.append(QString::number(stats(fit).median, 'f', 1));

        // Drag fifty gateways (the first rows of the cluster) by the mouse at 100%.
        view.resetZoom();
        QList<NodeId> selection;
        for (const Node &n : doc.topology().nodes()) {
            if (n.kind == NodeKind::Gateway && selection.size() < 50)
                selection.append(n.id);
        }
        doc.setSelection(selection);
        const NodeItem *anchor = scene->nodeItem(selection.first());
        view.centerOn(anchor->cardSceneRect().center());
        viewport->repaint();
        QPoint pos = view.mapFromScene(anchor->cardSceneRect().center());
        sendMouse(viewport, QEvent::MouseButtonPress, pos, Qt::LeftButton);
        QList<double> drag;
        const int stepsBefore = doc.undoStack()->count();
        for (int i = 0; i < 40; ++i) {
            pos += QPoint(i < 20 ? 7 : -5, 3);
            timer.restart();
            sendMouse(viewport, QEvent::MouseMove, pos, Qt::LeftButton);
            QCoreApplication::processEvents(); // the coalesced cluster-frame update
            viewport->repaint();
            if (i > 0) // the first step only passes the drag threshold
                drag.append(ms(timer));
        }
        sendMouse(viewport, QEvent::MouseButtonRelease, pos, Qt::NoButton);
        if (doc.undoStack()->count() != stepsBefore + 1)
            QTextStream(stderr) << "warning: the drag made " << doc.undoStack()->count() - stepsBefore
                                << " undo steps\n";
        const Stats dragStats = stats(drag);
        rows[6].values.append(
            QStringLiteral("%1 / %2").arg(dragStats.median, 0, 'f', 1).arg(dragStats.max, 0, 'f', 1));

        timer.restart();
        doc.push(new SetNodeValueCommand(&doc, {selection.first()}, Field::Hostname,
                                         QStringLiteral("edited.example")));
        QCoreApplication::processEvents();
        viewport->repaint();
        rows[7].values.append(QString::number(ms(timer), 'f', 1));
        rows[8].values.append(rssMb());
    }

    QTextStream out(stdout);
    // The machine is shared: the load says how much the wall-clock figures are inflated.
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly))
        out << "load average at the end: " << loadavg.readAll().split(' ').mid(0, 3).join(' ') << "\n\n";
    out << "| canvas, 1280x800 offscreen |";
    for (int gateways : sizes)
        out << " gw-cp-ha, " << gateways << " gateways |";
    out << " target (1,000 nodes) |\n|---|";
    for (qsizetype i = 0; i < sizes.size(); ++i)
        out << "---|";
    out << "---|\n";
    for (const Row &row : rows) {
        out << "| " << row.name << " |";
        for (const QString &value : row.values)
            out << ' ' << value << " |";
        out << ' ' << row.target << " |\n";
    }
    return 0;
}
