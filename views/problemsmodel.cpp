#include "problemsmodel.h"

#include "findingformat.h"

#include <QApplication>
#include <QStyle>

namespace apim {

ProblemsModel::ProblemsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProblemsModel::setFindings(const Findings &findings)
{
    if (findings == m_findings)
        return;
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

const Finding *ProblemsModel::findingAt(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings.at(row) : nullptr;
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_findings.size())
        return {};
    const Finding &f = m_findings.at(index.row());
    if (role == NodeIdRole)
        return f.node;
    if (role == SeverityRole)
        return int(f.severity);
    if (role == Qt::ToolTipRole)
        return formatFindingText(f) + (f.hint.isEmpty() ? QString() : QLatin1Char('\n') + f.hint);
    if (role == Qt::DecorationRole && index.column() == SeverityColumn) {
        QStyle *style = QApplication::style();
        switch (f.severity) {
        case Severity::Error:
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        case Severity::Warning:
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        case Severity::Info:
            return style->standardIcon(QStyle::SP_MessageBoxInformation);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SeverityColumn:
        return severityLabel(f.severity);
    case NodeColumn:
        return f.node != 0 || !f.nodeName.isEmpty() ? f.nodeName : tr("(design)");
    case MessageColumn:
        return f.message;
    case RuleColumn:
        return f.rule;
    case HintColumn:
        return f.hint;
    case LocationColumn:
        if (f.file.isEmpty())
            return {};
        return f.line > 0 ? QStringLiteral("%1:%2").arg(f.file).arg(f.line) : f.file;
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case NodeColumn:
        return tr("Node");
    case MessageColumn:
        return tr("Message");
    case RuleColumn:
        return tr("Rule");
    case HintColumn:
        return tr("Hint");
    case LocationColumn:
        return tr("File");
    default:
        return {};
    }
}

} // namespace apim
