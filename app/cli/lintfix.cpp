#include "lintfix.h"
#include "clicommands.h"
#include "cliio.h"

#include "bundlewriter.h"
#include "findingformat.h"
#include "importer.h"
#include "review.h"
#include "reviewfix.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace apim::cli {

namespace {

// Fixes of one pass can overlap (two findings on one list): what a pass refuses, the next
// finds again on the fixed text. A few passes are enough; each must fix something.
constexpr int MaxPasses = 3;

struct SetFile
{
    ImportedFile file;
    QString outPath; // relative to the output folder
};

QString cleanAbsolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

bool isSamePath(const QString &a, const QString &b)
{
    return cleanAbsolute(a) == cleanAbsolute(b);
}

bool isInside(const QString &path, const QString &folder)
{
    return isSamePath(path, folder) ||
           cleanAbsolute(path).startsWith(cleanAbsolute(folder) + QLatin1Char('/'));
}

// The files of each input with the path each gets under the output folder: a folder's
// files keep their place in it, a zip's their entry, a file its name. With several
// inputs, each goes into a folder named after it.
bool collect(const QStringList &paths, QList<SetFile> *out)
{
    QSet<QString> taken;
    for (const QString &path : paths) {
        ImportedFiles files;
        QString error;
        if (!collectConfigFiles({path}, &files, &error)) {
            err() << error << Qt::endl;
            return false;
        }
        const QFileInfo info(path);
        const QString prefix = paths.size() > 1 ? info.fileName() + QLatin1Char('/') : QString();
        for (const ImportedFile &f : files) {
            QString rel;
            if (const qsizetype bang = f.path.indexOf(QLatin1String("!/")); bang >= 0)
                rel = f.path.mid(bang + 2);
            else if (info.isDir())
                rel = QDir(info.absoluteFilePath()).relativeFilePath(QFileInfo(f.path).absoluteFilePath());
            else
                rel = QFileInfo(f.path).fileName();
            rel = prefix + rel;
            if (taken.contains(rel)) {
                err() << tr("lint --fix: two inputs give the file %1; fix them one at a time").arg(rel)
                      << Qt::endl;
                return false;
            }
            taken.insert(rel);
            out->append({f, rel});
        }
    }
    return true;
}

Findings lintFiles(QList<SetFile> &set)
{
    ImportedFiles files;
    for (const SetFile &f : set)
        files.append(f.file);
    Design design;
    Findings imported;
    importFiles(&files, &design, &imported);
    return reviewImport(design, files, imported);
}

} // namespace

int lintFix(const QStringList &paths, const QString &output, bool force, bool json)
{
    for (const QString &path : paths) {
        // A folder's copies would join the set; a file's would replace it.
        const QFileInfo info(path);
        const bool refused = info.isDir()
                                 ? isInside(output, path)
                                 : isSamePath(output, path) || isSamePath(output, info.absolutePath());
        if (refused) {
            err() << tr("lint --fix: %1 is the input or inside it; write the fixed copies somewhere else")
                         .arg(output)
                  << Qt::endl;
            return BadInput;
        }
    }
    QList<SetFile> set;
    if (!collect(paths, &set))
        return BadInput;

    SafeStream &report = json ? err() : out();
    int fixed = 0;
    for (int pass = 0; pass < MaxPasses; ++pass) {
        QList<FindingFix> fixes;
        Findings fixable;
        for (const Finding &f : lintFiles(set)) {
            if (!f.fixes.isEmpty()) {
                fixes.append(f.fixes.first());
                fixable.append(f);
            }
        }
        FileTexts texts;
        for (const SetFile &f : set)
            texts.insert(f.file.path, f.file.text);
        const TextFixOutcome outcome = applyTextFixes(&texts, fixes);
        for (qsizetype i : outcome.applied) {
            const Finding &f = fixable.at(i);
            report << tr("%1:%2: fixed [%3]: %4").arg(f.file).arg(f.line).arg(f.rule, fixes.at(i).title)
                   << '\n';
        }
        if (outcome.applied.isEmpty())
            break;
        fixed += int(outcome.applied.size());
        for (SetFile &f : set)
            f.file.text = texts.value(f.file.path);
    }

    BundleFiles files;
    for (const SetFile &f : set)
        files.append({f.outPath, f.file.text, false, true}); // deployment.toml holds passwords: 0600
    BundleWriteOptions options;
    options.overwrite = force;
    options.replaceHint = tr("use --force to replace it");
    options.keepPaths = paths;
    QString error;
    QString dir = output;
    while (dir.size() > 1 && dir.endsWith(QLatin1Char('/')))
        dir.chop(1);
    if (!writeBundleDirectory(files, dir, options, &error)) {
        err() << error << Qt::endl;
        return Failed;
    }

    // What is left, as `lint DIR` reports it.
    Design design;
    Findings imported;
    ImportedFiles written;
    if (!importConfigs({dir}, &design, &imported, &error, &written)) {
        err() << error << Qt::endl;
        return Failed;
    }
    const Findings left = reviewImport(design, written, imported);
    if (json) {
        out() << formatFindingsJson(left, QString(), &design.topology);
    } else {
        for (const Finding &f : left)
            out() << formatFindingText(f) << '\n';
    }
    const FindingCounts c = countFindings(left);
    err() << tr("%n fix(es) applied, written to %1; left: %2 error(s), %3 warning(s), %4 info", nullptr,
                fixed)
                 .arg(QFileInfo(dir).absoluteFilePath())
                 .arg(c.errors)
                 .arg(c.warnings)
                 .arg(c.infos)
          << '\n';
    out().flush();
    err().flush();
    return c.errors > 0 ? Failed : Ok;
}

} // namespace apim::cli
