#include "bundleexport.h"
#include "bundlewriter.h"
#include "generators.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace apim {

bool isDirectoryTarget(const QString &target)
{
    return target.endsWith(QLatin1Char('/')) || QFileInfo(target).isDir();
}

bool exportBundle(const Design &design, const QString &target, const ExportOptions &options, QString *error)
{
    const BundleFiles files = generateBundle(design);
    BundleWriteOptions write;
    write.overwrite = options.overwrite;
    write.replaceHint = options.replaceHint.isEmpty()
                            ? QCoreApplication::translate("BundleWriter", "choose overwrite to replace it")
                            : options.replaceHint;
    write.keepPaths = options.keepPaths;
    if (options.directory)
        return writeBundleDirectory(files, target, write, error);
    return writeBundleZip(files, target, write, error);
}

} // namespace apim
