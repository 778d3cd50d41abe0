// The design check behind the Problems dock after one edit, as the worker
// thread runs it: a gateway's hostname changes in a design of N gateways, then
// the findings are brought up to date. The peer, in the same run, is the full
// check of the same design (checkDesign()).
//
//   bench_design_check [gateways=9996] [edits=10]
#include "benchutil.h"
#include "designcheckcache.h"
#include "templates.h"
#include "validation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace apim;
using benchutil::median;
using benchutil::ms;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int gateways = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 9996;
    const int edits = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 10;
    QTextStream out(stdout);

    Design design;
    QString error;
    if (!Templates::create(QStringLiteral("gw-cp-ha"), gateways, 2, &design, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    const QList<const Node *> gws = design.topology.nodesOfKind(NodeKind::Gateway);
    const NodeId gw = gws.at(gws.size() / 2)->id;

    DesignCheckCache cache;
    cache.check(design); // the first check of a session is a full one
    QList<double> full, incremental;
    int regenerated = 0, ran = 0;
    QElapsedTimer clock;
    for (int i = 0; i < edits; ++i) {
        Design edited = design; // the worker's snapshot: the edit detaches the node list
        edited.topology.mutableNode(gw)->values.insert(Field::Hostname,
                                                       QStringLiteral("edge-%1.bench.example").arg(i));
        design = edited;
        clock.start();
        const Findings quick = cache.check(design);
        incremental.append(ms(clock));
        regenerated = cache.generated();
        ran = cache.ran();
        clock.start();
        const Findings all = checkDesign(design);
        full.append(ms(clock));
        if (quick != all) {
            QTextStream(stderr) << "edit " << i << ": the incremental check differs from the full one"
                                << Qt::endl;
            return 1;
        }
    }
    out << "bench_design_check: " << design.topology.nodes().size() << " nodes, "
        << design.topology.links().size() << " links, " << edits << " edits of a gateway's hostname\n";
    out << QStringLiteral("  deployment.toml files generated again after the last edit: %1\n")
               .arg(regenerated);
    out << QStringLiteral("  per-node runs of the checks' loops after the last edit: %1\n").arg(ran);
    out << QStringLiteral("  design check after one edit (incremental): median %1 ms (target: 20 ms)\n"
                          "  full check of the same design, same run (checkDesign): median %2 ms\n")
               .arg(median(incremental), 0, 'f', 2)
               .arg(median(full), 0, 'f', 2);
    return 0;
}
