// Export benchmark: `new gw-cp-ha --gateways N` then export to a zip, for
// N = 10, 100, 1,000, 10,000; compared with `zip -qr` packing the same files
// (the same run), and the peak memory (getrusage ru_maxrss) once all have run.
// Prints a Markdown table for the README. Not a test: it asserts nothing.
// `--gateways N[,M...]`: only those sizes, without the peak-memory children (for profiling).
#include "bundleexport.h"
#include "bundlewriter.h"
#include "generators.h"
#include "parallel.h"
#include "templates.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

#include <sys/resource.h>

using namespace apim;

namespace {

// Best of `runs`, in milliseconds: the least disturbed run on a shared machine.
template <typename F> double bestOf(int runs, F f)
{
    double best = 1e18;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, t.nsecsElapsed() / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    // `--peak N`: one export of N gateways alone in this process, its peak memory in MB.
    if (app.arguments().size() == 3 && app.arguments().at(1) == QLatin1String("--peak")) {
        Design design;
        QString error;
        Templates::create(QStringLiteral("gw-cp-ha"), app.arguments().at(2).toInt(), 2, &design, &error);
        ExportOptions options;
        if (!exportBundle(design, dir.filePath(QStringLiteral("peak.zip")), options, &error))
            out << "export failed: " << error << '\n';
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        out << usage.ru_maxrss / 1024 << '\n';
        return 0;
    }
    // `--repeat N R`: R exports of N gateways alone (no peers), each time and the median, for
    // profiling one phase at a time.
    if (app.arguments().size() == 4 && app.arguments().at(1) == QLatin1String("--repeat")) {
        Design design;
        QString error;
        Templates::create(QStringLiteral("gw-cp-ha"), app.arguments().at(2).toInt(), 2, &design, &error);
        ExportOptions options;
        options.overwrite = true;
        QList<double> times;
        for (int i = 0; i < app.arguments().at(3).toInt(); ++i) {
            QElapsedTimer t;
            t.start();
            if (!exportBundle(design, dir.filePath(QStringLiteral("repeat.zip")), options, &error))
                out << "export failed: " << error << '\n';
            times.append(t.nsecsElapsed() / 1e6);
            out << QString::number(times.last(), 'f', 1) << " ms\n";
            out.flush();
        }
        std::sort(times.begin(), times.end());
        if (!times.isEmpty())
            out << "median " << QString::number(times.at(times.size() / 2), 'f', 1) << " ms\n";
        return 0;
    }
    QList<int> sizes{10, 100, 1000, 10000};
    const bool chosen = app.arguments().size() == 3 && app.arguments().at(1) == QLatin1String("--gateways");
    if (chosen) {
        sizes.clear();
        for (const QString &n : app.arguments().at(2).split(QLatin1Char(',')))
            sizes.append(n.toInt());
    }
    // Peak memory of the export alone, each in a child started while this process is still
    // small (a forked child's ru_maxrss starts at its parent's) and before this one holds files.
    for (int n : chosen ? QList<int>() : QList<int>{1000, 10000}) {
        QProcess peak;
        peak.start(app.applicationFilePath(), {QStringLiteral("--peak"), QString::number(n)});
        peak.waitForFinished(-1);
        out << "peak memory of one export of " << n << " gateways (ru_maxrss, design included): "
            << QString::fromUtf8(peak.readAllStandardOutput()).trimmed() << " MB\n";
    }
    out << '\n';
    out.flush();
    out << "| gateways | nodes | files | threads | generate (ms) | generate + zip (ms) | generate + zip, 1 "
           "thread (ms) | zip -qr of the same files (ms) | ratio |\n"
        << "|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    for (int n : sizes) {
        Design design;
        QString error;
        Templates::create(QStringLiteral("gw-cp-ha"), n, 2, &design, &error);
        BundleFiles files;
        const double generate = bestOf(3, [&] {
            files = BundleFiles(); // not two bundles' text at once
            files = generateBundle(design);
        });
        const qsizetype fileCount = files.size();
        // The same files on disk, for Info-ZIP below; then the text is dropped, so that the
        // exports run in a process holding only the design, as the application does.
        const QString folder = dir.filePath(QStringLiteral("tree-%1/").arg(n));
        writeBundleDirectory(files, folder, true, &error);
        files = BundleFiles();
        const QString zip = dir.filePath(QStringLiteral("bundle-%1.zip").arg(n));
        ExportOptions options;
        options.overwrite = true;
        const double exportMs = bestOf(3, [&] {
            if (!exportBundle(design, zip, options, &error))
                out << "export failed: " << error << '\n';
        });
        parallel::setThreadCount(1);
        const double oneThreadMs = bestOf(3, [&] {
            if (!exportBundle(design, zip, options, &error))
                out << "export failed: " << error << '\n';
        });
        parallel::setThreadCount(0);
        // The same files on disk, packed by Info-ZIP for comparison.
        const QString zipRef = dir.filePath(QStringLiteral("ref-%1.zip").arg(n));
        const double zipMs = bestOf(3, [&] {
            QFile::remove(zipRef);
            QProcess p;
            p.setWorkingDirectory(folder);
            p.start(QStringLiteral("zip"), {QStringLiteral("-qr"), zipRef, QStringLiteral(".")});
            p.waitForFinished(-1);
        });
        out << "| " << n << " | " << design.topology.nodes().size() << " | " << fileCount << " | "
            << parallel::threadCount() << " | " << QString::number(generate, 'f', 1) << " | "
            << QString::number(exportMs, 'f', 1) << " | " << QString::number(oneThreadMs, 'f', 1) << " | "
            << QString::number(zipMs, 'f', 1) << " | " << QString::number(exportMs / zipMs, 'f', 2) << " |\n";
        out.flush();
    }
    QFile load(QStringLiteral("/proc/loadavg"));
    if (load.open(QIODevice::ReadOnly))
        out << "load average: " << QString::fromLatin1(load.readAll()).section(QLatin1Char(' '), 0, 2)
            << '\n';
    return 0;
}
