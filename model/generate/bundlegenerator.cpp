// Assembles every generated file into the bundle layout:
//   <design>/README.md, <design>/hosts,
//   <design>/nodes/<node>/repository/conf/deployment.toml (laid out like <API-M_HOME>),
//   <design>/nodes/<node>/{hosts,start.sh,start.bat,wso2am-<node>.service}, nginx.conf, database.sql,
//   <design>/certs/{make-certs.sh,passwords.env} when the design generates certificates.
#include "generators.h"
#include "names.h"
#include "parallel.h"

#include <functional>
#include <vector>

namespace apim {

QString bundleFolderName(const Design &design)
{
    return sanitizeFileName(design.settings.name);
}

BundleFiles nodeFiles(const Design &design, const Node &node)
{
    BundleFiles files;
    const KindSpec &spec = SchemaRegistry::instance().kind(node.kind);
    for (GeneratedFile kind : spec.generates) {
        switch (kind) {
        case GeneratedFile::DeploymentToml:
            files.append({QStringLiteral("repository/conf/deployment.toml"), deploymentTomlText(design, node),
                          false, true});
            break;
        case GeneratedFile::HostsFile:
            files.append({QStringLiteral("hosts"), nodeHostsFile(design, node)});
            break;
        case GeneratedFile::StartScripts:
            files.append({QStringLiteral("start.sh"), startScriptUnix(design, node), true});
            files.append({QStringLiteral("start.bat"), startScriptWindows(design, node), false});
            if (hasServiceUnit(design, node))
                files.append({serviceUnitName(node), systemdUnit(design, node)});
            break;
        case GeneratedFile::NginxConfig:
            files.append({QStringLiteral("nginx.conf"), nginxConfig(design, node)});
            break;
        case GeneratedFile::DatabaseScript:
            files.append({QStringLiteral("database.sql"), databaseScript(design, node), false, true});
            break;
        }
    }
    return files;
}

BundleFiles generateBundle(const Design &design, const BundleFinisher &finish)
{
    const QString top = bundleFolderName(design);
    const QList<Node> &nodes = design.topology.nodes();
    // The design-wide files; the README grows with the design like a control plane's
    // file, so they are work items beside the nodes rather than a serial tail after them.
    using TopFile = std::function<BundleFile()>;
    QList<TopFile> topFiles{
        [&] {
            return BundleFile{top + QLatin1String("/README.md"), bundleReadme(design)};
        },
        [&] {
            return BundleFile{top + QLatin1String("/hosts"), designHostsFile(design)};
        },
    };
    if (design.settings.certificates.generated()) {
        topFiles.append([&] {
            return BundleFile{top + QLatin1String("/certs/make-certs.sh"), certificateScript(design), true};
        });
        topFiles.append([&] {
            return BundleFile{top + QLatin1String("/certs/passwords.env"), certificatePasswords(design),
                              false, true};
        });
    }
    // Each node's files depend only on the (read-only) design: one slot per work item, filled
    // on every core, then joined in order, so the result is the same on any core count.
    const qsizetype tops = topFiles.size();
    std::vector<BundleFiles> results(size_t(tops + nodes.size()));
    parallel::forEach(tops + nodes.size(), [&](qsizetype i) {
        BundleFiles files;
        if (i < tops) {
            files.append(topFiles.at(i)());
        } else {
            const Node &node = nodes.at(i - tops);
            const QString folder =
                top + QLatin1String("/nodes/") + sanitizeFileName(node.name()) + QLatin1Char('/');
            files = nodeFiles(design, node);
            for (BundleFile &f : files)
                f.path.prepend(folder);
        }
        if (finish) {
            for (BundleFile &f : files)
                finish(f);
        }
        results[size_t(i)] = std::move(files);
    });
    BundleFiles files;
    qsizetype total = 0;
    for (const BundleFiles &f : results)
        total += f.size();
    files.reserve(total);
    for (BundleFiles &f : results) {
        for (BundleFile &file : f)
            files.append(std::move(file));
    }
    sortByPath(files);
    return files;
}

} // namespace apim
