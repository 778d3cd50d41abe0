#include "bundleexport.h"
#include "bundlewriter.h"
#include "generators.h"

#include <QFileInfo>

namespace apim {

bool isDirectoryTarget(const QString &target)
{
    return target.endsWith(QLatin1Char('/')) || QFileInfo(target).isDir();
}

bool exportBundle(const Design &design, const QString &target, const ExportOptions &options, QString *error)
{
    const BundleFiles files = generateBundle(design);
    if (options.directory)
        return writeBundleDirectory(files, target, options.overwrite, error);
    return writeBundleZip(files, target, options.overwrite, error);
}

} // namespace apim
