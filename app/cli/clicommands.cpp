#include "clicommands.h"
#include "cliio.h"
#include "cliparse.h"

#include "bundleexport.h"
#include "encryptionkey.h"
#include "findingformat.h"
#include "importcommands.h"
#include "projectfile.h"
#include "review.h"
#include "secretsource.h"
#include "templates.h"
#include "validation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTextStream>

#include <algorithm>

namespace apim::cli {

namespace {

QString program()
{
    return QCoreApplication::applicationName();
}

QString commandsHelp()
{
    return tr("Usage: %1 COMMAND [options]\n"
              "\n"
              "Designs, generates and checks distributed WSO2 API Manager deployments.\n"
              "\n"
              "Commands:\n"
              "  new PATTERN -o FILE.apimtopo [--version V] [--gateways N] [--control-planes N]\n"
              "      [--traffic-managers N] [--key-managers N] [--all-in-ones N]\n"
              "      [--key-manager resident|node|is7] [--key-value-store]\n"
              "      [--certificates private-ca|own-ca|wso2-defaults] [--no-qpid-heartbeat] [--force]\n"
              "        Start a design from a pattern: %2.\n"
              "        A 4.7 design gets a new encryption key, or APIM_ENCRYPTION_KEY's.\n"
              "  export FILE.apimtopo -o OUT.zip|DIR/ [--target T] [--force] [--ignore-errors]\n"
              "      [--secure-vault]\n"
              "        Write the deployment bundle as a zip, or a folder when OUT ends in '/';\n"
              "        --target %3 (default bundle).\n"
              "        Passwords a project does not store come from APIM_ADMIN_PASSWORD,\n"
              "        APIM_KEYSTORE_PASSWORD, APIM_KEY_PASSWORD, APIM_TRUSTSTORE_PASSWORD and\n"
              "        APIM_DB_<DATABASE NODE>_APIM_PASSWORD / _SHARED_PASSWORD, and a 4.7\n"
              "        design's encryption key from APIM_ENCRYPTION_KEY.\n"
              "  validate FILE.apimtopo [--format text|json]\n"
              "        Check a design with the model's rules and the review rules; exit 1 on errors.\n"
              "  import PATH... -o FILE.apimtopo [--force]\n"
              "        Turn deployment.toml files (files, folders searched recursively, or zips)\n"
              "        into a design: one node per file, links inferred from their URLs.\n"
              "  lint PATH... [--format text|json]\n"
              "        Review a project file or a deployment.toml set with the review rules.\n"
              "  lint --fix -o DIR PATH... [--format text|json] [--force]\n"
              "        Apply the quick fixes of a deployment.toml set to copies written into DIR\n"
              "        (never in place); exit 1 when errors are left.\n"
              "  rules\n"
              "        List the review rules: id, severity and title.\n"
              "\n"
              "Options:\n"
              "  -h, --help     Show this help (or a command's help: COMMAND --help).\n"
              "  -v, --version  Show the version.\n"
              "\n"
              "Exit status: 0 success, 1 errors found or output not written, 2 bad usage or unreadable "
              "input.\n")
        .arg(program(), Templates::patterns().join(QLatin1String(", ")),
             exporttargets::choices().join(QLatin1Char('|')));
}

bool loadDesign(const QString &path, Design *design)
{
    TomlError error;
    if (!ProjectFile::load(path, design, &error)) {
        err() << error.toString() << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

bool saveProject(const QString &output, const Design &design, bool force)
{
    WriteOptions options;
    options.overwrite = force;
    options.replaceHint = tr("use --force to overwrite");
    QString error;
    if (!ProjectFile::save(output, design, options, &error)) {
        err() << error << Qt::endl;
        return false;
    }
    return true;
}

namespace {

int cmdNew(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Start a design from a built-in pattern."));
    parser.addPositionalArgument(QStringLiteral("pattern"), Templates::patterns().join(QLatin1String(" | ")));
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("Project file to write."), tr("file")});
    parser.addOption({QStringLiteral("version"),
                      tr("API-M version (%1); the pattern's own default when left out.")
                          .arg(ApimVersion::supported().join(QLatin1String(", "))),
                      tr("version")});
    // One option per role count; which ones a pattern takes is in its table row.
    const QStringList countOptions{QStringLiteral("gateways"), QStringLiteral("control-planes"),
                                   QStringLiteral("traffic-managers"), QStringLiteral("key-managers"),
                                   QStringLiteral("all-in-ones")};
    for (const QString &option : countOptions)
        parser.addOption(
            {option, tr("Node count of that role: 1 is its single form, 2 or more its HA form."), tr("n")});
    parser.addOption({QStringLiteral("key-manager"),
                      tr("Where the key manager runs: resident (in the control plane), node, or is7; "
                         "the pattern's own when left out (node for gw-cp-tm-km, else resident)."),
                      tr("where")});
    parser.addOption({QStringLiteral("key-value-store"),
                      tr("Add a Redis/Valkey node through which two or more traffic managers share their "
                         "throttling counters (API-M 4.6+).")});
    parser.addOption({QStringLiteral("certificates"),
                      tr("Where the nodes' certificates come from: private-ca (the default; the bundle's "
                         "certs/make-certs.sh makes a CA), own-ca (set its paths in the design) or "
                         "wso2-defaults (WSO2's shipped keystores, with a warning)."),
                      tr("source")});
    parser.addOption({QStringLiteral("no-qpid-heartbeat"),
                      tr("Leave [qpid.heartbeat] out of the control planes' files, as the WSO2 page does.")});
    parser.addOption({QStringLiteral("force"), tr("Overwrite an existing file.")});
    int code = Ok;
    if (!parseCommand(parser, args, &code))
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1)
        return usageError(
            tr("new: give exactly one pattern (%1)").arg(Templates::patterns().join(QLatin1String(", "))));
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usageError(tr("new: -o FILE.apimtopo is required"));

    PatternOptions options;
    options.pattern = pos.first();
    options.version = parser.value(QStringLiteral("version"));
    int *counts[] = {&options.gateways, &options.controlPlanes, &options.trafficManagers,
                     &options.keyManagers, &options.allInOnes};
    for (qsizetype i = 0; i < countOptions.size(); ++i) {
        if (!parser.isSet(countOptions[i]))
            continue;
        bool ok = false;
        *counts[i] = parser.value(countOptions[i]).toInt(&ok);
        if (!ok || *counts[i] < 1)
            return usageError(tr("new: --%1 takes a whole number of at least 1").arg(countOptions[i]));
    }
    const QString km = parser.value(QStringLiteral("key-manager"));
    if (km == QLatin1String("node"))
        options.keyManager = KeyManagerChoice::Node;
    else if (km == QLatin1String("is7"))
        options.keyManager = KeyManagerChoice::IdentityServer;
    else if (km == QLatin1String("resident"))
        options.keyManager = KeyManagerChoice::Resident;
    else if (parser.isSet(QStringLiteral("key-manager")))
        return usageError(tr("new: --key-manager takes resident, node or is7, not '%1'").arg(km));
    options.keyValueStore = parser.isSet(QStringLiteral("key-value-store"));
    if (parser.isSet(QStringLiteral("certificates")))
        options.certificates = parser.value(QStringLiteral("certificates"));
    options.qpidHeartbeat = !parser.isSet(QStringLiteral("no-qpid-heartbeat"));

    Design design;
    QString error;
    if (!Templates::create(options, &design, &error))
        return usageError(tr("new: %1").arg(error));
    // 4.7+: made once and kept in the project; an existing deployment's key (or a fixed one
    // for reproducible output) comes from APIM_ENCRYPTION_KEY.
    const QString givenKey = qEnvironmentVariable("APIM_ENCRYPTION_KEY");
    if (!givenKey.isEmpty() && ApimVersion::parse(design.settings.apimVersion).symmetricEncryption()) {
        if (!isEncryptionKey(givenKey))
            return usageError(tr("new: APIM_ENCRYPTION_KEY must be 64 hexadecimal characters"));
        design.settings.encryptionKey = givenKey.toLower();
    }
    ensureEncryptionKey(&design.settings);
    if (!saveProject(output, design, parser.isSet(QStringLiteral("force"))))
        return Failed;
    out() << QFileInfo(output).absoluteFilePath() << Qt::endl;
    return Ok;
}

int cmdExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write the deployment bundle of a design."));
    parser.addPositionalArgument(QStringLiteral("design"), tr("The .apimtopo project file."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("The zip to write, or a folder when it ends in '/'."),
                      tr("path")});
    parser.addOption({QStringLiteral("target"),
                      tr("What to write: %1 (default %2).")
                          .arg(exporttargets::choices().join(QLatin1String(", ")), exporttargets::Default),
                      tr("target"), exporttargets::Default});
    parser.addOption({QStringLiteral("force"), tr("Replace an existing output.")});
    parser.addOption({QStringLiteral("ignore-errors"), tr("Export even when the design has errors.")});
    parser.addOption(
        {QStringLiteral("secure-vault"),
         tr("Write passwords as $secret{...} references with a [secrets] table for the cipher tool.")});
    int code = Ok;
    if (!parseCommand(parser, args, &code))
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1)
        return usageError(tr("export: give exactly one project file"));
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usageError(tr("export: -o OUT.zip or -o DIR/ is required"));
    const QString target = parser.value(QStringLiteral("target"));
    if (!exporttargets::choices().contains(target)) {
        const ExportTarget *later = exporttargets::find(target);
        return usageError((later ? tr("export: the %1 target is not available yet; --target takes %2")
                                 : tr("export: unknown target '%1'; --target takes %2"))
                              .arg(target, exporttargets::choices().join(QLatin1String(", "))));
    }

    Design design;
    if (!loadDesign(pos.first(), &design))
        return BadInput;
    // A 4.7 design saved without its key (made by hand, or an older designer): make it now and
    // keep it in the project, so that every later export carries the same one. Never printed.
    if (ensureEncryptionKey(&design.settings)) {
        QString saveError;
        if (!ProjectFile::save(pos.first(), design, &saveError)) {
            err() << saveError << Qt::endl;
            return Failed;
        }
        err() << tr("%1: created the design's encryption key and stored it in the project").arg(pos.first())
              << Qt::endl;
    }
    if (parser.isSet(QStringLiteral("secure-vault")))
        design.settings.secureVault = true;
    if (!design.settings.storePasswords) {
        // The project keeps no passwords: the environment supplies them.
        fillSecretsFromEnvironment(&design, QProcessEnvironment::systemEnvironment());
    }
    // The same refusal as the GUI's export: every required password still empty, by name.
    if (const QList<SecretSlot> missing = missingRequiredSecrets(design); !missing.isEmpty()) {
        QStringList variables;
        for (const SecretSlot &slot : missing)
            variables.append(slot.variable);
        err() << tr("%1: the project stores no passwords; set %2")
                     .arg(pos.first(), variables.join(QLatin1String(", ")))
              << Qt::endl;
        return BadInput;
    }
    const Findings findings = checkDesign(design);
    const FindingCounts counts = countFindings(findings);
    for (const Finding &f : findings)
        err() << formatFindingText(f, pos.first()) << '\n';
    if (counts.errors > 0 && !parser.isSet(QStringLiteral("ignore-errors"))) {
        err() << tr("%1: %n error(s); nothing exported (use --ignore-errors to export anyway)", nullptr,
                    counts.errors)
                     .arg(pos.first())
              << Qt::endl;
        return Failed;
    }
    for (const QString &warning : defaultCredentialWarnings(design))
        err() << tr("warning: %1").arg(warning) << '\n';

    ExportOptions options;
    options.overwrite = parser.isSet(QStringLiteral("force"));
    options.directory = isDirectoryTarget(output);
    options.replaceHint = tr("use --force to replace it");
    options.keepPaths = {pos.first()};
    options.target = target;
    QString error;
    QStringList notes;
    if (!exportBundle(design, output, options, &error, &notes)) {
        err() << error << Qt::endl;
        return Failed;
    }
    for (const QString &note : notes)
        err() << tr("note: %1").arg(note) << '\n';
    out() << QFileInfo(output).absoluteFilePath() << Qt::endl;
    return Ok;
}

int cmdValidate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check a design with the model's rules."));
    parser.addPositionalArgument(QStringLiteral("design"), tr("The .apimtopo project file."));
    parser.addOption(
        {QStringLiteral("format"), tr("Output format: text or json."), tr("format"), QStringLiteral("text")});
    int code = Ok;
    if (!parseCommand(parser, args, &code))
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1)
        return usageError(tr("validate: give exactly one project file"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(tr("validate: --format is text or json"));
    Design design;
    if (!loadDesign(pos.first(), &design))
        return BadInput;
    const Findings findings = checkDesign(design);
    if (format == QLatin1String("json")) {
        out() << formatFindingsJson(findings, pos.first(), &design.topology);
    } else {
        for (const Finding &f : findings)
            out() << formatFindingText(f, pos.first()) << '\n';
        const FindingCounts c = countFindings(findings);
        err() << tr("%1 error(s), %2 warning(s), %3 info").arg(c.errors).arg(c.warnings).arg(c.infos) << '\n';
    }
    out().flush();
    return countFindings(findings).errors > 0 ? Failed : Ok;
}

// The review's registry, one rule a line: id, severity, title.
int cmdRules(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the review rules: id, severity and title."));
    int code = Ok;
    if (!parseCommand(parser, args, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("rules: takes no arguments"));
    qsizetype width = 0;
    for (const ReviewRule &r : reviewRules())
        width = std::max(width, r.id.size());
    for (const ReviewRule &r : reviewRules()) {
        out() << QString(r.id).leftJustified(width + 2) << severityName(r.severity).leftJustified(9)
              << QCoreApplication::translate("Review", r.title) << '\n';
    }
    out().flush();
    return Ok;
}

} // namespace

int run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return usageError(tr("no command given"));
    const QString &command = args.first();
    if (command == QLatin1String("-h") || command == QLatin1String("--help") ||
        command == QLatin1String("help")) {
        out() << commandsHelp();
        out().flush();
        return Ok;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        out() << program() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    // QCommandLineParser expects the program name first.
    const QStringList rest = QStringList{program() + QLatin1Char(' ') + command} + args.mid(1);
    if (command == QLatin1String("new"))
        return cmdNew(rest);
    if (command == QLatin1String("export"))
        return cmdExport(rest);
    if (command == QLatin1String("validate"))
        return cmdValidate(rest);
    if (command == QLatin1String("import"))
        return cmdImport(rest);
    if (command == QLatin1String("lint"))
        return cmdLint(rest);
    if (command == QLatin1String("rules"))
        return cmdRules(rest);
    return usageError(tr("unknown command '%1'").arg(command));
}

} // namespace apim::cli
