#include "problemsdetail.h"

#include "review.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStringList>
#include <QStyle>

namespace apim {

namespace {

class ProblemsDetail
{
    Q_DECLARE_TR_FUNCTIONS(ProblemsDetail)
};

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right:8px\"><i>%1</i></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString ruleText(const QString &id)
{
    const ReviewRule *rule = reviewRule(id);
    return rule ? QStringLiteral("%1 (%2)").arg(id, QCoreApplication::translate("Review", rule->title)) : id;
}

} // namespace

QString findingLocation(const Finding &f)
{
    if (f.file.isEmpty())
        return {};
    QString s = f.file;
    if (f.line > 0)
        s += QLatin1Char(':') + QString::number(f.line);
    if (f.line > 0 && f.column > 0)
        s += QLatin1Char(':') + QString::number(f.column);
    return s;
}

QIcon severityIcon(Severity s)
{
    const QStyle::StandardPixmap icon = s == Severity::Error     ? QStyle::SP_MessageBoxCritical
                                        : s == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                 : QStyle::SP_MessageBoxInformation;
    return QApplication::style()->standardIcon(icon);
}

QString findingDetailHtml(const Finding &f, int count)
{
    QString html = QStringLiteral("<p><b>%1:</b> %2</p>")
                       .arg(severityLabel(f.severity).toHtmlEscaped(), f.message.toHtmlEscaped());
    if (!f.hint.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(f.hint.toHtmlEscaped());
    html += QStringLiteral("<table>");
    html +=
        row(ProblemsDetail::tr("Node"),
            f.node != 0 || !f.nodeName.isEmpty() ? f.nodeName : ProblemsDetail::tr("the design as a whole"));
    if (!f.file.isEmpty())
        html += row(ProblemsDetail::tr("File"), findingLocation(f));
    html += row(ProblemsDetail::tr("Rule"), ruleText(f.rule));
    if (count > 1)
        html += row(ProblemsDetail::tr("Raised"), ProblemsDetail::tr("%1 times").arg(count));
    for (const FindingFix &fix : f.fixes)
        html += row(ProblemsDetail::tr("Fix"), fix.title);
    html += QStringLiteral("</table>");
    return html;
}

QString ruleDetailHtml(const QString &id, const Findings &findings)
{
    const ReviewRule *rule = reviewRule(id);
    QString html = QStringLiteral("<p><b>%1</b></p>")
                       .arg((rule ? QCoreApplication::translate("Review", rule->title) : id).toHtmlEscaped());
    if (rule)
        html += QStringLiteral("<p>%1</p>")
                    .arg(QCoreApplication::translate("Review", rule->summary).toHtmlEscaped());
    QStringList nodes;
    for (const Finding &f : findings) {
        if (!f.nodeName.isEmpty() && !nodes.contains(f.nodeName))
            nodes.append(f.nodeName);
    }
    html += QStringLiteral("<table>");
    html += row(ProblemsDetail::tr("Rule"), id);
    html += row(ProblemsDetail::tr("Findings"), QString::number(findings.size()));
    if (!nodes.isEmpty())
        html += row(ProblemsDetail::tr("Nodes"), nodes.join(QLatin1String(", ")));
    html += QStringLiteral("</table>");
    return html;
}

QString findingSettingKey(const Finding &f)
{
    for (const FindingFix &fix : f.fixes) {
        for (const FixStep &step : fix.steps) {
            if (step.kind == FixStep::Kind::SetSetting)
                return step.key;
        }
    }
    return {};
}

} // namespace apim
