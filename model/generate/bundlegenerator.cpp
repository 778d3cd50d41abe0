// Assembles every generated file into the bundle layout:
//   <design>/README.md, <design>/hosts,
//   <design>/nodes/<node>/repository/conf/deployment.toml (laid out like <API-M_HOME>),
//   <design>/nodes/<node>/{hosts,start.sh,start.bat,wso2am-<node>.service}, nginx.conf, database.sql,
//   <design>/certs/{make-certs.sh,passwords.env} when the design generates certificates.
#include "generators.h"
#include "names.h"
#include "parallel.h"

#include <algorithm>
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
    // The nodes with the most links (a balancer or control plane of 10,000 gateways, their
    // database) have the largest files: started first, they do not leave one core finishing
    // them alone at the end. Only the order of the work changes, not where results land.
    std::vector<qsizetype> degree(size_t(nodes.size()), 0);
    for (const Link &link : design.topology.links()) {
        for (NodeId end : {link.from, link.to}) {
            const qsizetype index = design.topology.indexOfNode(end);
            if (index >= 0)
                ++degree[size_t(index)];
        }
    }
    std::vector<qsizetype> schedule(size_t(nodes.size()));
    for (qsizetype i = 0; i < nodes.size(); ++i)
        schedule[size_t(i)] = i;
    std::stable_sort(schedule.begin(), schedule.end(),
                     [&](qsizetype a, qsizetype b) { return degree[size_t(a)] > degree[size_t(b)]; });
    parallel::forEach(tops + nodes.size(), [&](qsizetype item) {
        const qsizetype i = item < tops ? item : tops + schedule[size_t(item - tops)];
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
            sortByPath(files); // here, on every core, rather than 50,000 paths in the join
        }
        if (finish) {
            for (BundleFile &f : files)
                finish(f);
        }
        results[size_t(i)] = std::move(files);
    });
    // Every item's files share a folder of their own (or are one file), so joining the items
    // in the order of their first paths gives a sorted bundle; sortByPath() checks that.
    std::vector<size_t> order;
    order.reserve(results.size());
    qsizetype total = 0;
    for (size_t i = 0; i < results.size(); ++i) {
        total += results[i].size();
        if (!results[i].isEmpty())
            order.push_back(i);
    }
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return results[a].constFirst().path < results[b].constFirst().path;
    });
    BundleFiles files;
    files.reserve(total);
    for (size_t i : order) {
        for (BundleFile &file : results[i])
            files.append(std::move(file));
    }
    sortByPath(files);
    return files;
}

} // namespace apim
