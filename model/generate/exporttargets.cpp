#include "exporttargets.h"
#include "ansible.h"
#include "compose.h"
#include "generators.h"
#include "helm.h"

#include <QCoreApplication>

#include <algorithm>

namespace apim::exporttargets {

namespace {

// The bundle's files without its top folder: the registry adds it once for every target.
BundleFiles bundleFiles(const Design &design, const BundleFinisher &finish)
{
    BundleFiles files = generateBundle(design, finish);
    const qsizetype prefix = bundleFolderName(design).size() + 1;
    for (BundleFile &f : files)
        f.path.remove(0, prefix);
    return files;
}

BundleFiles plainBundleFiles(const Design &design)
{
    return bundleFiles(design, {});
}

} // namespace

const QList<ExportTarget> &all()
{
    static const QList<ExportTarget> targets{
        {QStringLiteral("bundle"),
         QT_TRANSLATE_NOOP("ExportTarget", "Deployment bundle (node files, README)"), nullptr, true, nullptr,
         plainBundleFiles},
        {QStringLiteral("ansible"), QT_TRANSLATE_NOOP("ExportTarget", "Ansible playbook"), "ansible", true,
         nullptr, ansible::ansibleFiles},
        {QStringLiteral("compose"), QT_TRANSLATE_NOOP("ExportTarget", "Docker Compose on one machine"),
         "compose", true, compose::refusal, compose::composeFiles},
        {QStringLiteral("helm"), QT_TRANSLATE_NOOP("ExportTarget", "Helm values for helm-apim"), "helm", true,
         helm::refusal, helm::helmFiles},
    };
    return targets;
}

const ExportTarget *find(const QString &id)
{
    for (const ExportTarget &t : all()) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QStringList choices()
{
    QStringList out;
    for (const ExportTarget &t : all()) {
        if (t.built)
            out.append(t.id);
    }
    out.append(All);
    return out;
}

QString label(const QString &id)
{
    if (id == All)
        return QCoreApplication::translate("ExportTarget", "All of them");
    const ExportTarget *t = find(id);
    return t ? QCoreApplication::translate("ExportTarget", t->label) : id;
}

bool generate(const Design &design, const QString &id, BundleFiles *files, QString *error, QStringList *notes,
              const BundleFinisher &finish)
{
    QList<const ExportTarget *> chosen;
    for (const ExportTarget &t : all()) {
        if (t.built && (id == All || t.id == id))
            chosen.append(&t);
    }
    if (chosen.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("ExportTarget", "unknown target '%1'; choose one of: %2")
                         .arg(id, choices().join(QLatin1String(", ")));
        return false;
    }
    const QString top = bundleFolderName(design) + QLatin1Char('/');
    files->clear();
    for (const ExportTarget *t : chosen) {
        const QString why = t->refusal ? t->refusal(design) : QString();
        if (!why.isEmpty() && id == All) {
            // "all" writes what can be written: a target that cannot express the design is left out.
            if (notes)
                notes->append(QCoreApplication::translate("ExportTarget",
                                                          "The %1 target was skipped: it cannot express "
                                                          "this design: %2")
                                  .arg(t->id, why));
            continue;
        }
        if (!why.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("ExportTarget",
                                                     "The %1 target cannot express this design: %2")
                             .arg(t->id, why);
            return false;
        }
        const QString folder = t->folder ? top + QString::fromLatin1(t->folder) + QLatin1Char('/') : top;
        // The bundle, most of a large export, is finished node by node as it is generated, and
        // comes with its top folder already (generateBundle): its 50,000 paths at 10,000
        // gateways are not cut and prefixed again here.
        const bool bundle = t->generate == plainBundleFiles;
        BundleFiles generated = bundle ? generateBundle(design, finish) : t->generate(design);
        if (bundle && files->isEmpty()) {
            *files = std::move(generated);
            continue;
        }
        files->reserve(files->size() + generated.size());
        for (BundleFile &f : generated) {
            if (!bundle)
                f.path.prepend(folder);
            if (finish && !bundle)
                finish(f);
            files->append(std::move(f));
        }
    }
    sortByPath(*files);
    return true;
}

} // namespace apim::exporttargets
