#include "importcommands.h"
#include "clicommands.h"
#include "cliio.h"
#include "cliparse.h"
#include "lintfix.h"

#include "findingformat.h"
#include "importer.h"
#include "projectfile.h"
#include "review.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>

namespace apim::cli {

namespace {

QString summary(const Findings &findings)
{
    const FindingCounts c = countFindings(findings);
    return tr("%1 error(s), %2 warning(s), %3 info").arg(c.errors).arg(c.warnings).arg(c.infos);
}

QString nodeSummary(const Design &design)
{
    QStringList parts;
    for (const KindSpec &k : SchemaRegistry::instance().kinds()) {
        const qsizetype n = design.topology.nodesOfKind(k.kind).size();
        if (n > 0)
            parts.append(QStringLiteral("%1 %2").arg(n).arg(k.id));
    }
    return parts.join(QLatin1String(", "));
}

bool isProjectFile(const QString &path)
{
    return path.endsWith(QLatin1Char('.') + ProjectFile::Suffix, Qt::CaseInsensitive);
}

} // namespace

int cmdImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Build a design from existing deployment.toml files: files, folders (searched for *.toml) or zips."));
    parser.addPositionalArgument(QStringLiteral("paths"), tr("Config files, folders or zips."),
                                 tr("PATH..."));
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("Project file to write."), tr("file")});
    parser.addOption({QStringLiteral("force"), tr("Overwrite an existing file.")});
    int code = Ok;
    if (!parseCommand(parser, args, &code))
        return code;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return usageError(tr("import: give at least one file, folder or zip"));
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usageError(tr("import: -o FILE.apimtopo is required"));
    if (QFileInfo::exists(output) && !parser.isSet(QStringLiteral("force"))) {
        err() << tr("%1: already exists; use --force to overwrite").arg(output) << Qt::endl;
        return Failed;
    }

    Design design;
    Findings findings;
    QString error;
    ImportedFiles files;
    if (!importConfigs(paths, &design, &findings, &error, &files)) {
        err() << error << Qt::endl;
        return BadInput;
    }
    for (const Finding &f : findings)
        err() << formatFindingText(f) << '\n';
    const FindingCounts counts = countFindings(findings);
    if (counts.errors > 0) {
        // A file that does not parse would be a node missing from the design.
        err() << tr("%1; nothing written: fix the files above, or leave them out.").arg(summary(findings))
              << Qt::endl;
        return Failed;
    }
    if (!saveProject(output, design, parser.isSet(QStringLiteral("force"))))
        return Failed;
    err() << tr("imported %n file(s): %1; %2 link(s). Check it with: %3 lint %4", nullptr, int(files.size()))
                 .arg(nodeSummary(design))
                 .arg(design.topology.links().size())
                 .arg(QCoreApplication::applicationName(), paths.join(QLatin1Char(' ')))
          << Qt::endl;
    out() << QFileInfo(output).absoluteFilePath() << Qt::endl;
    return Ok;
}

int cmdLint(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Review a design or a set of deployment.toml files."));
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 tr("One .apimtopo project file, or config files, folders and zips."),
                                 tr("PATH..."));
    parser.addOption(
        {QStringLiteral("format"), tr("Output format: text or json."), tr("format"), QStringLiteral("text")});
    parser.addOption(
        {QStringLiteral("fix"), tr("Apply the findings' quick fixes to copies of the config files.")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("With --fix: the folder the fixed copies go to (never the input)."),
                      tr("dir")});
    parser.addOption({QStringLiteral("force"), tr("With --fix: replace a folder an earlier --fix wrote.")});
    int code = Ok;
    if (!parseCommand(parser, args, &code))
        return code;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return usageError(tr("lint: give a project file or config files"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(tr("lint: --format is text or json"));
    const bool project = std::any_of(paths.cbegin(), paths.cend(), isProjectFile);
    if (parser.isSet(QStringLiteral("fix"))) {
        if (project)
            return usageError(tr("lint --fix: fixes config files; open a design in the designer to fix it"));
        if (parser.value(QStringLiteral("output")).isEmpty())
            return usageError(tr("lint --fix: -o DIR is required; the inputs are never changed"));
        return lintFix(paths, parser.value(QStringLiteral("output")), parser.isSet(QStringLiteral("force")),
                       format == QLatin1String("json"));
    }
    if (parser.isSet(QStringLiteral("output")) || parser.isSet(QStringLiteral("force")))
        return usageError(tr("lint: -o and --force go with --fix"));

    Findings findings;
    QString defaultFile;
    Design design; // names the nodes of the fixes' steps in JSON
    if (project) {
        if (paths.size() != 1)
            return usageError(tr("lint: give one project file, or config files, not both"));
        TomlError error;
        if (!ProjectFile::load(paths.first(), &design, &error)) {
            err() << error.toString() << Qt::endl;
            return BadInput;
        }
        defaultFile = paths.first();
        findings = reviewDesign(design);
    } else {
        Findings imported;
        QString error;
        ImportedFiles files;
        if (!importConfigs(paths, &design, &imported, &error, &files)) {
            err() << error << Qt::endl;
            return BadInput;
        }
        findings = reviewImport(design, files, imported);
    }

    if (format == QLatin1String("json")) {
        out() << formatFindingsJson(findings, defaultFile, &design.topology);
    } else {
        for (const Finding &f : findings)
            out() << formatFindingText(f, defaultFile) << '\n';
        err() << summary(findings) << '\n';
    }
    out().flush();
    err().flush();
    return countFindings(findings).errors > 0 ? Failed : Ok;
}

} // namespace apim::cli
