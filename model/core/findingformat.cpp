#include "findingformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace apim {

namespace {

bool isNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' || u == '-';
}

// Whether the message already names the node as a word of its own ("apim-gw-1" in
// "apim-gw-1 keeps ..." but not in "apim-gw-10"): then the prefix would say it twice.
bool namesNode(const QString &message, const QString &name)
{
    for (qsizetype at = message.indexOf(name); at >= 0; at = message.indexOf(name, at + 1)) {
        const qsizetype end = at + name.size();
        const bool startsWord =
            at == 0 || !(isNameChar(message.at(at - 1)) || message.at(at - 1) == QLatin1Char('.'));
        const bool endsWord = end == message.size() || !isNameChar(message.at(end));
        if (startsWord && endsWord)
            return true;
    }
    return false;
}

QString stepKindName(FixStep::Kind kind)
{
    switch (kind) {
    case FixStep::Kind::SetNodeValue:
        return QStringLiteral("set-node-value");
    case FixStep::Kind::SetSetting:
        return QStringLiteral("set-setting");
    case FixStep::Kind::AddLink:
        return QStringLiteral("add-link");
    case FixStep::Kind::RemoveLink:
        return QStringLiteral("remove-link");
    case FixStep::Kind::ReplaceText:
        break;
    }
    return QStringLiteral("replace-text");
}

// Steps name nodes by id, which means nothing outside the process: JSON names them.
QJsonValue nodeJson(const Topology *topology, NodeId id)
{
    const Node *n = topology && id ? topology->node(id) : nullptr;
    return n ? QJsonValue(n->name()) : QJsonValue();
}

QJsonObject stepJson(const FixStep &s, const Topology *topology)
{
    QJsonObject o{{QStringLiteral("kind"), stepKindName(s.kind)}};
    switch (s.kind) {
    case FixStep::Kind::SetNodeValue:
        o.insert(QStringLiteral("node"), nodeJson(topology, s.node));
        Q_FALLTHROUGH();
    case FixStep::Kind::SetSetting:
        o.insert(QStringLiteral("key"), s.key);
        o.insert(QStringLiteral("value"), QJsonValue::fromVariant(s.value));
        break;
    case FixStep::Kind::AddLink:
    case FixStep::Kind::RemoveLink:
        o.insert(QStringLiteral("from"), nodeJson(topology, s.node));
        o.insert(QStringLiteral("to"), nodeJson(topology, s.other));
        break;
    case FixStep::Kind::ReplaceText:
        o.insert(QStringLiteral("file"), s.file);
        o.insert(QStringLiteral("line"), s.line);
        o.insert(QStringLiteral("column"), s.column);
        o.insert(QStringLiteral("length"), s.length);
        o.insert(QStringLiteral("old"), s.value.toString());
        o.insert(QStringLiteral("text"), s.text);
        break;
    }
    return o;
}

QJsonArray fixesJson(const QList<FindingFix> &fixes, const Topology *topology)
{
    QJsonArray out;
    for (const FindingFix &fix : fixes) {
        QJsonArray steps;
        for (const FixStep &s : fix.steps)
            steps.append(stepJson(s, topology));
        out.append(QJsonObject{{QStringLiteral("title"), fix.title}, {QStringLiteral("steps"), steps}});
    }
    return out;
}

} // namespace

QString formatFindingText(const Finding &f, const QString &defaultFile)
{
    QString where = f.file.isEmpty() ? defaultFile : f.file;
    if (f.line > 0) {
        where += QLatin1Char(':') + QString::number(f.line);
        if (f.column > 0)
            where += QLatin1Char(':') + QString::number(f.column);
    }
    QString text = where.isEmpty() ? QString() : where + QLatin1String(": ");
    text += severityName(f.severity) + QLatin1String(": ");
    if (!f.nodeName.isEmpty() && !namesNode(f.message, f.nodeName))
        text += f.nodeName + QLatin1String(": ");
    text += f.message + QLatin1String(" [") + f.rule + QLatin1Char(']');
    return text;
}

QByteArray formatFindingsJson(const Findings &findings, const QString &defaultFile, const Topology *topology)
{
    QJsonArray items;
    for (const Finding &f : findings) {
        QJsonObject o;
        o.insert(QStringLiteral("rule"), f.rule);
        o.insert(QStringLiteral("severity"), severityName(f.severity));
        o.insert(QStringLiteral("node"), f.nodeName.isEmpty() ? QJsonValue() : QJsonValue(f.nodeName));
        const QString file = f.file.isEmpty() ? defaultFile : f.file;
        o.insert(QStringLiteral("file"), file.isEmpty() ? QJsonValue() : QJsonValue(file));
        o.insert(QStringLiteral("line"), f.line > 0 ? QJsonValue(f.line) : QJsonValue());
        o.insert(QStringLiteral("column"), f.column > 0 ? QJsonValue(f.column) : QJsonValue());
        o.insert(QStringLiteral("message"), f.message);
        o.insert(QStringLiteral("hint"), f.hint);
        o.insert(QStringLiteral("fixes"), fixesJson(f.fixes, topology));
        items.append(o);
    }
    const FindingCounts c = countFindings(findings);
    QJsonObject summary{{QStringLiteral("errors"), c.errors},
                        {QStringLiteral("warnings"), c.warnings},
                        {QStringLiteral("info"), c.infos}};
    QJsonObject root{{QStringLiteral("findings"), items}, {QStringLiteral("summary"), summary}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QStringList defaultCredentialWarnings(const Design &design)
{
    const DesignSettings &s = design.settings;
    QStringList out;
    if (s.adminUsername == QLatin1String("admin") && s.adminPassword == QLatin1String("admin"))
        out.append(QCoreApplication::translate("Findings", "the super admin is still admin/admin"));
    if (s.keystore.password == QLatin1String("wso2carbon") ||
        s.keystore.keyPassword == QLatin1String("wso2carbon"))
        out.append(
            QCoreApplication::translate("Findings", "the keystore uses the shipped password wso2carbon"));
    if (s.truststore.password == QLatin1String("wso2carbon"))
        out.append(
            QCoreApplication::translate("Findings", "the truststore uses the shipped password wso2carbon"));
    if (s.certificates.mode == CertificateMode::WsoDefaults &&
        s.keystore.fileName == KeystoreSettings().fileName)
        out.append(QCoreApplication::translate(
            "Findings",
            "the nodes keep WSO2's default certificate (CN=localhost); choose a private CA or your "
            "own under Certificates"));
    return out;
}

} // namespace apim
