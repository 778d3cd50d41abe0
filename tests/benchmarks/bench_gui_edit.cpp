// One inspector edit on a 1,000-node design, in the real main window,
// offscreen: the interface thread's time from setData() until the canvas shows
// the new label and the preview has been regenerated. The coalescing timers'
// idle wait is not work: their slots are run directly and timed. The design
// check behind the Problems dock and the badges runs on a worker thread; its
// cost is timed on its own, and the same edit is timed once more on the wall
// clock with the timers and the worker left to do their work.
//
//   bench_gui_edit [edits=60]
#include "benchutil.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "designchecker.h"
#include "inspectormodel.h"
#include "inspectorwidget.h"
#include "mainwindow.h"
#include "nodeitem.h"
#include "previewwidget.h"
#include "problemswidget.h"
#include "settingscommands.h"
#include "templates.h"
#include "topologydocument.h"
#include "validation.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>

using namespace apim;
using benchutil::median;
using benchutil::ms;

namespace {

struct Sample
{
    double edit = 0;    // setData: command, document signals, inspector and canvas item update
    double paint = 0;   // repainting the canvas viewport
    double preview = 0; // regenerating the selected node's files
    double badges = 0;  // cluster frames and problem badges brought up to date
    double check = 0; // the checker's incremental check for the Problems dock and the badges (worker thread)
    double full = 0;  // the peer: checkDesign() of the same design from scratch
    double total() const { return edit + paint + preview + badges; } // the interface thread's share
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("apim-designer-bench"));
    QApplication::setApplicationName(QStringLiteral("bench_gui_edit"));
    const int edits = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 60;
    QTextStream out(stdout);

    Design design;
    QString error;
    if (!Templates::create(QStringLiteral("gw-cp-ha"), 996, 2, &design, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    MainWindow window;
    window.newDesign(design);
    window.resize(1400, 900);
    window.show();
    TopologyDocument *doc = window.document();
    CanvasScene *scene = window.canvas()->canvasScene();
    const NodeId gw = doc->topology().nodesOfKind(NodeKind::Gateway).at(500)->id;
    doc->setSelection({gw});
    window.canvas()->centerOnNode(gw);
    window.preview()->refresh();
    // Behind a load balancer a gateway's deployment.toml names the balancer; its hosts file names the
    // gateway.
    window.preview()->setCurrentFile(QStringLiteral("hosts"));
    window.checker()->checkNow();
    scene->flushPendingUpdates();
    QCoreApplication::processEvents();

    InspectorModel *model = window.inspector()->model();
    QList<Sample> samples;
    QElapsedTimer clock;
    for (int i = 0; i < edits; ++i) {
        Sample current;
        const QString host = QStringLiteral("edge-%1.bench.example").arg(i);
        clock.start();
        model->setData(model->valueIndex(Field::Hostname), host);
        current.edit = ms(clock);
        // Run what the coalescing timers would run, once each, and time it
        // without the timers' idle wait.
        clock.start();
        window.preview()->refresh();
        current.preview = ms(clock);
        // The worker's check, run here to time it; its findings then reach the
        // Problems dock and the badges as they would from the worker.
        clock.start();
        window.checker()->checkNow();
        current.check = ms(clock);
        clock.start();
        checkDesign(doc->design());
        current.full = ms(clock);
        clock.start();
        scene->flushPendingUpdates();
        current.badges = ms(clock);
        clock.start();
        window.canvas()->viewport()->repaint();
        current.paint = ms(clock);
        QCoreApplication::processEvents();
        if (!window.preview()->text().contains(host) || scene->nodeItem(gw)->subtitle() != host) {
            QTextStream(stderr) << "edit " << i << " did not reach the preview or the canvas" << Qt::endl;
            return 1;
        }
        samples.append(current);
    }

    // The same edit left to the timers and the worker, as when typing: from setData until the
    // preview and the problems are current. The longest single pass of the event loop is the
    // longest time the interface could not respond.
    QList<double> walls;
    double longestStall = 0;
    for (int i = 0; i < 10; ++i) {
        clock.start();
        model->setData(model->valueIndex(Field::Hostname), QStringLiteral("wall-%1.bench.example").arg(i));
        while (window.preview()->isUpdatePending() || window.problems()->isUpdatePending()) {
            QElapsedTimer pass;
            pass.start();
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            longestStall = std::max(longestStall, ms(pass));
        }
        walls.append(ms(clock));
    }

    // With nothing selected the preview shows the bundle's README and hosts, which cost O(design).
    doc->setSelection({});
    QList<double> settingsEdits;
    for (int i = 0; i < 10; ++i) {
        DesignSettings settings = doc->settings();
        settings.name = QStringLiteral("bench-%1").arg(i);
        doc->push(new SetSettingsCommand(doc, settings, QStringLiteral("name")));
        clock.start();
        window.preview()->refresh();
        settingsEdits.append(ms(clock));
    }

    auto column = [&](double Sample::*field) {
        QList<double> v;
        for (const Sample &s : std::as_const(samples))
            v.append(s.*field);
        return v;
    };
    QList<double> totals;
    for (const Sample &s : std::as_const(samples))
        totals.append(s.total());
    out << "bench_gui_edit: " << doc->topology().nodes().size() << " nodes, "
        << doc->topology().links().size() << " links, " << samples.size()
        << " edits of a gateway's hostname\n";
    out << QStringLiteral(
               "  median per edit on the interface thread: %1 ms = setData+canvas item %2 + canvas repaint %3"
               " + preview %4 + frames and badges %5\n"
               "  median design check on the worker thread (Problems dock and badges): %6 ms"
               " (a full checkDesign(), same run: %7 ms)\n")
               .arg(median(totals), 0, 'f', 2)
               .arg(median(column(&Sample::edit)), 0, 'f', 2)
               .arg(median(column(&Sample::paint)), 0, 'f', 2)
               .arg(median(column(&Sample::preview)), 0, 'f', 2)
               .arg(median(column(&Sample::badges)), 0, 'f', 2)
               .arg(median(column(&Sample::check)), 0, 'f', 2)
               .arg(median(column(&Sample::full)), 0, 'f', 2);
    out << QStringLiteral("  worst edit: %1 ms (target: 16 ms)\n")
               .arg(*std::max_element(totals.cbegin(), totals.cend()), 0, 'f', 2);
    out << QStringLiteral(
               "  wall clock until the preview and the problems are current (coalescing timers of %1 ms"
               " included): median %2 ms\n")
               .arg(PreviewWidget::CoalesceMs)
               .arg(median(walls), 0, 'f', 1);
    out << QStringLiteral("  longest event-loop pass meanwhile (the interface's longest stall): %1 ms\n")
               .arg(longestStall, 0, 'f', 1);
    out << QStringLiteral(
               "  preview of the bundle's top level (nothing selected) after a settings edit: median %1 ms\n")
               .arg(median(settingsEdits), 0, 'f', 2);
    out.flush();
    window.document()->undoStack()->setClean(); // no unsaved-changes prompt on exit
    return 0;
}
