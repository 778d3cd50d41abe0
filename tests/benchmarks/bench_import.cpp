// Import and review figures for the README (issue 4): not a timed test.
//
//  1. import + lint of the deployment.toml files that `export` writes for
//     `new gw-cp-ha --gateways 996` (996 gateways and 2 control planes), read
//     from a temporary folder; target <= 1 s;
//  2. lint of that 1,000-node design as the GUI runs it on every edit (no
//     files: the generated deployment.toml of each node); target <= 50 ms;
//  3. for comparison, Python's tomllib merely parsing the same files.
//
// Usage: bench_import [--gateways N] [--runs N] [--profile-lint N] [--profile-import N] [--dir DIR]
// --dir DIR exports into DIR once and reuses it on later runs (exporting is slow on a busy disk).
// --profile-lint N only reviews the imported files, N times; --profile-import N only reads and
// imports them, N times: for `perf record` or `valgrind --tool=callgrind`.
#include "bundleexport.h"
#include "importer.h"
#include "review.h"
#include "templates.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace apim;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// Wall and CPU time of a piece of work, in ms. CPU time says more on a busy machine.
struct Clock
{
    QElapsedTimer wall;
    std::clock_t cpu = 0;
    void start()
    {
        cpu = std::clock();
        wall.start();
    }
    double wallMs() const { return wall.nsecsElapsed() / 1e6; }
    double cpuMs() const { return double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC; }
};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

double minimum(const QList<double> &v)
{
    return v.isEmpty() ? 0 : *std::min_element(v.cbegin(), v.cend());
}

QString ms(double value)
{
    return QString::number(value, 'f', 1) + QLatin1String(" ms");
}

// Python's own timing of tomllib over the files, so that its start-up is left out.
double pythonParse(const QString &dir, int files)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        return -1;
    const QString script =
        QStringLiteral("import glob, sys, time, tomllib\n"
                       "files = sorted(glob.glob(sys.argv[1] + '/**/*.toml', recursive=True))\n"
                       "best = None\n"
                       "for _ in range(3):\n"
                       "    t = time.perf_counter()\n"
                       "    for f in files:\n"
                       "        with open(f, 'rb') as h:\n"
                       "            tomllib.load(h)\n"
                       "    d = time.perf_counter() - t\n"
                       "    best = d if best is None else min(best, d)\n"
                       "print(len(files), best * 1000)\n");
    QProcess p;
    p.start(python, {QStringLiteral("-c"), script, dir});
    if (!p.waitForFinished(300000) || p.exitCode() != 0)
        return -1;
    const QStringList parts = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char(' '));
    if (parts.size() != 2 || parts[0].toInt() != files)
        return -1;
    return parts[1].trimmed().toDouble();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int gateways = 996;
    int runs = 5;
    int profileLint = 0;
    int profileImport = 0;
    QString keepDir;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--gateways"))
            gateways = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--profile-lint"))
            profileLint = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--profile-import"))
            profileImport = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--dir"))
            keepDir = args[i + 1];
    }

    Design design;
    QString error;
    if (!Templates::create(QStringLiteral("gw-cp-ha"), gateways, 2, &design, &error)) {
        out() << error << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    ExportOptions options;
    options.directory = true;
    const QString nodes = (keepDir.isEmpty() ? dir.path() : keepDir) + QLatin1String("/bundle/");
    if (!dir.isValid() || (!(QFileInfo(nodes).isDir() && !keepDir.isEmpty()) &&
                           !exportBundle(design, nodes, options, &error))) {
        out() << "export failed: " << error << Qt::endl;
        return 1;
    }
    int fileCount = 0;
    for (QDirIterator it(nodes, {QStringLiteral("*.toml")}, QDir::Files, QDirIterator::Subdirectories);
         it.hasNext(); it.next())
        ++fileCount;

    out() << "design: gw-cp-ha with " << gateways << " gateways and 2 control planes, "
          << design.topology.nodes().size() << " nodes; " << fileCount << " deployment.toml files\n";

    // Reads and imports the files, as the profiling modes need them.
    const auto readAndImport = [&](ImportedFiles *files, Design *imported) {
        Findings importFindings;
        if (!collectConfigFiles({nodes}, files, &error)) {
            out() << error << Qt::endl;
            return false;
        }
        importFiles(files, imported, &importFindings);
        return true;
    };

    if (profileLint) {
        ImportedFiles files;
        Design imported;
        if (!readAndImport(&files, &imported))
            return 1;
        Clock t;
        t.start();
        for (int run = 0; run < profileLint; ++run)
            reviewDesign(imported, &files);
        out() << "lint of " << fileCount << " files, " << profileLint
              << " times: " << ms(t.wallMs() / profileLint) << " each, " << ms(t.cpuMs() / profileLint)
              << " CPU\n";
        return 0;
    }

    if (profileImport) {
        Clock t;
        t.start();
        for (int run = 0; run < profileImport; ++run) {
            ImportedFiles files;
            Design imported;
            if (!readAndImport(&files, &imported))
                return 1;
        }
        out() << "read + import of " << fileCount << " files, " << profileImport
              << " times: " << ms(t.wallMs() / profileImport) << " each, " << ms(t.cpuMs() / profileImport)
              << " CPU\n";
        return 0;
    }

    // 1. import + lint of the files.
    QList<double> readTimes, importTimes, lintTimes, totals, cpuTotals;
    qsizetype findings = 0;
    for (int run = 0; run < runs; ++run) {
        Clock t;
        t.start();
        ImportedFiles files;
        if (!collectConfigFiles({nodes}, &files, &error)) {
            out() << error << Qt::endl;
            return 1;
        }
        const double read = t.wallMs();
        Design imported;
        Findings importFindings;
        importFiles(&files, &imported, &importFindings);
        const double import = t.wallMs() - read;
        const Findings review = reviewDesign(imported, &files);
        const double total = t.wallMs();
        cpuTotals.append(t.cpuMs());
        readTimes.append(read);
        importTimes.append(import);
        lintTimes.append(total - read - import);
        totals.append(total);
        findings = review.size();
        if (run == 0 && imported.topology.nodes().size() != design.topology.nodes().size())
            out() << "warning: the import has " << imported.topology.nodes().size() << " nodes, the design "
                  << design.topology.nodes().size() << '\n';
    }
    out() << "import + lint of " << fileCount << " files (median of " << runs << "): " << ms(median(totals))
          << " wall (best " << ms(minimum(totals)) << "), " << ms(median(cpuTotals)) << " CPU (read "
          << ms(median(readTimes)) << ", import " << ms(median(importTimes)) << ", lint "
          << ms(median(lintTimes)) << "; " << findings << " findings); target <= 1000 ms\n";

    // 2. lint of the design as the GUI has it.
    reviewDesign(design); // the key catalogue loads once per process
    QList<double> designTimes, designCpu;
    for (int run = 0; run < runs; ++run) {
        Clock t;
        t.start();
        const Findings f = reviewDesign(design);
        designTimes.append(t.wallMs());
        designCpu.append(t.cpuMs());
        findings = f.size();
    }
    out() << "lint of the " << design.topology.nodes().size() << "-node design (median of " << runs
          << "): " << ms(median(designTimes)) << " wall (best " << ms(minimum(designTimes)) << "), "
          << ms(median(designCpu)) << " CPU (" << findings << " findings); target <= 50 ms\n";

    // 3. tomllib.
    const double python = pythonParse(nodes, fileCount);
    if (python < 0)
        out() << "python3 tomllib: not available\n";
    else
        out() << "python3 tomllib, parse only (best of 3): " << ms(python) << " for " << fileCount
              << " files; import + lint here is " << QString::number(python / median(totals), 'f', 1)
              << "x as fast (target 2x); the lint alone is "
              << QString::number(median(lintTimes) / python, 'f', 2) << " of it (target 0.3)\n";
    QFile load(QStringLiteral("/proc/loadavg"));
    if (load.open(QIODevice::ReadOnly))
        out() << "load average while measuring: "
              << QString::fromLatin1(load.readAll()).section(QLatin1Char(' '), 0, 2) << '\n';
    out().flush();
    return 0;
}
