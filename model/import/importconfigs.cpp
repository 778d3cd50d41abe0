// The import's entry points around importFiles(): reading the inputs, the hosts no generated file
// could hold, the design's name, and the node name a path gives.
#include "endpoints.h"
#include "hostname.h"
#include "importer.h"
#include "names.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace apim {

namespace {

const QString RepositoryDir = QStringLiteral("repository");
const QString ConfDir = QStringLiteral("conf");

} // namespace

QString nodeNameForPath(const QString &namingPath)
{
    QStringList parts = namingPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return sanitizeFileName(QString());
    const QString file = parts.takeLast();
    if (file.compare(QLatin1String("deployment.toml"), Qt::CaseInsensitive) == 0 && !parts.isEmpty()) {
        if (parts.size() >= 3 && parts.last() == ConfDir && parts[parts.size() - 2] == RepositoryDir)
            return sanitizeFileName(parts[parts.size() - 3]);
        return sanitizeFileName(parts.last());
    }
    // acp-deployment.toml -> acp-deployment; deployment.toml.j2 -> deployment; v4.5.0.toml -> v4.5.0
    qsizetype end = file.lastIndexOf(QLatin1String(".toml"), -1, Qt::CaseInsensitive);
    if (end <= 0)
        end = file.lastIndexOf(QLatin1Char('.'));
    return sanitizeFileName(end > 0 ? file.left(end) : file);
}

bool importConfigs(const QStringList &paths, Design *out, Findings *findings, QString *error,
                   ImportedFiles *files)
{
    ImportedFiles read;
    if (!collectConfigFiles(paths, &read, error))
        return false;
    importFiles(&read, out, findings);
    // A host no generated file could hold is reported here, before it reaches a design; a
    // broken file's node already has its error (a template's "{{ hostname }}" is no host).
    QSet<NodeId> broken;
    for (const ImportedFile &f : std::as_const(read)) {
        if (!f.parsed && f.node)
            broken.insert(f.node);
    }
    for (const HostProblem &p : hostProblems(out->topology)) {
        // $env{HOST_NAME} and the like are filled in when the server starts: not judged here
        // (an export still refuses them, having no host to write).
        if (broken.contains(p.node->id) || endpoints::isPlaceholder(p.value))
            continue;
        findings->append({QStringLiteral("invalid-hostname"),
                          Severity::Error,
                          p.node->id,
                          p.node->name(),
                          p.node->sourceFile,
                          0,
                          0,
                          QCoreApplication::translate("Import", "%1 of %2 is not a valid host: %3")
                              .arg(p.field, p.node->name(), p.reason),
                          {},
                          {}});
    }
    // One folder or zip names the design (and so the bundle's top folder) after itself.
    const QFileInfo first(paths.first());
    if (paths.size() == 1 && (first.isDir() || looksLikeZip(paths.first())))
        out->settings.name = sanitizeFileName(first.isDir() ? QDir(first.absoluteFilePath()).dirName()
                                                            : first.completeBaseName());
    if (files)
        *files = read;
    return true;
}

} // namespace apim
