#include "bundleexport.h"
#include "bundlewriter.h"
#include "generators.h"
#include "hostname.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace apim {

bool isDirectoryTarget(const QString &target)
{
    return target.endsWith(QLatin1Char('/')) || QFileInfo(target).isDir();
}

bool exportBundle(const Design &design, const QString &target, const ExportOptions &options, QString *error,
                  QStringList *notes)
{
    // The generators write hosts into URLs, NGINX, SQL grants and hosts files:
    // an invalid one is refused even when the design's other errors are ignored.
    const QList<HostProblem> hosts = hostProblems(design.topology);
    if (!hosts.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("BundleWriter", "Not exported: %1 of node %2: %3")
                         .arg(hosts.first().field, hosts.first().node->name(), hosts.first().reason);
        return false;
    }
    BundleFiles files;
    // A zip deflates each file as soon as it is generated: a 10,000-gateway design then
    // never holds all of its text at once (README, Performance).
    const BundleFinisher finish = options.directory ? BundleFinisher() : deflateBundleFile;
    if (!exporttargets::generate(design, options.target, &files, error, notes, finish))
        return false;
    BundleWriteOptions write;
    write.overwrite = options.overwrite;
    write.replaceHint = options.replaceHint.isEmpty()
                            ? QCoreApplication::translate("BundleWriter", "choose overwrite to replace it")
                            : options.replaceHint;
    write.keepPaths = options.keepPaths;
    if (options.directory)
        return writeBundleDirectory(files, target, write, error);
    return writeBundleZip(std::move(files), target, write, error);
}

} // namespace apim
