#include "problemsmodel.h"

#include "findingformat.h"
#include "problemsdetail.h"
#include "review.h"

#include <QApplication>
#include <QCoreApplication>
#include <QHash>
#include <QStyle>

#include <algorithm>

namespace apim {

namespace {

// Findings that read the same are one row: the key leaves out only the fixes.
QString identityKey(const Finding &f)
{
    return QStringList{f.rule, QString::number(int(f.severity)), QString::number(f.node),   f.nodeName,
                       f.file, QString::number(f.line),          QString::number(f.column), f.message,
                       f.hint}
        .join(QChar(0x1f));
}

QString nodeText(const Finding &f)
{
    return f.node != 0 || !f.nodeName.isEmpty() ? f.nodeName : ProblemsModel::tr("(design)");
}

} // namespace

ProblemsModel::ProblemsModel(QObject *parent) : QAbstractItemModel(parent) {}

void ProblemsModel::setFindings(const Findings &findings)
{
    if (findings == m_findings)
        return;
    beginResetModel();
    m_findings = findings;
    rebuild();
    endResetModel();
}

void ProblemsModel::setFilter(int severities, const QString &text)
{
    if (severities == m_severities && text == m_text)
        return;
    beginResetModel();
    m_severities = severities;
    m_text = text;
    rebuild();
    endResetModel();
}

bool ProblemsModel::passes(const Finding &f) const
{
    if (!(m_severities & severityBit(f.severity)))
        return false;
    if (m_text.isEmpty())
        return true;
    // "node:NAME" is one node's findings only (Show Problems): apim-gw-1 is not apim-gw-10.
    static const QLatin1String nodePrefix("node:");
    if (m_text.startsWith(nodePrefix, Qt::CaseInsensitive))
        return f.nodeName.compare(m_text.mid(nodePrefix.size()).trimmed(), Qt::CaseInsensitive) == 0;
    for (const QString &s : {f.message, f.hint, f.rule, f.nodeName, f.file}) {
        if (s.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void ProblemsModel::rebuild()
{
    m_groups.clear();
    m_shown = 0;
    QHash<QString, qsizetype> groupOf;
    QHash<QString, QPair<qsizetype, qsizetype>> entryOf; // identity -> (group, entry)
    for (qsizetype i = 0; i < m_findings.size(); ++i) {
        const Finding &f = m_findings.at(i);
        if (!passes(f))
            continue;
        ++m_shown;
        const QString key = identityKey(f);
        if (const auto it = entryOf.constFind(key); it != entryOf.cend()) {
            Group &g = m_groups[it->first];
            ++g.entries[it->second].count;
            ++g.total;
            continue;
        }
        qsizetype gi = groupOf.value(f.rule, -1);
        if (gi < 0) {
            gi = m_groups.size();
            groupOf.insert(f.rule, gi);
            m_groups.append(Group{f.rule, f.severity, {}, 0});
        }
        Group &g = m_groups[gi];
        g.severity = std::min(g.severity, f.severity); // Error < Warning < Info
        entryOf.insert(key, {gi, g.entries.size()});
        g.entries.append(Entry{i, 1});
        ++g.total;
    }
    // Errors first; otherwise in the order the checks raised them.
    std::stable_sort(m_groups.begin(), m_groups.end(),
                     [](const Group &a, const Group &b) { return a.severity < b.severity; });
    for (Group &g : m_groups) {
        std::stable_sort(g.entries.begin(), g.entries.end(), [this](const Entry &a, const Entry &b) {
            return m_findings.at(a.first).severity < m_findings.at(b.first).severity;
        });
    }
}

const Finding *ProblemsModel::findingAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (index.internalId() != 0)
        return &m_findings.at(m_groups.at(qsizetype(index.internalId() - 1)).entries.at(index.row()).first);
    const Group &g = m_groups.at(index.row());
    return g.entries.size() == 1 ? &m_findings.at(g.entries.first().first) : nullptr;
}

Findings ProblemsModel::findingsAt(const QModelIndex &index) const
{
    Findings out;
    if (!index.isValid() || index.model() != this)
        return out;
    QList<Entry> entries;
    if (index.internalId() != 0)
        entries = {m_groups.at(qsizetype(index.internalId() - 1)).entries.at(index.row())};
    else
        entries = m_groups.at(index.row()).entries;
    const QHash<QString, int> wanted = [&] {
        QHash<QString, int> w;
        for (const Entry &e : entries)
            w.insert(identityKey(m_findings.at(e.first)), 0);
        return w;
    }();
    // Every finding of the rows, duplicates included, in the checker's order.
    for (const Finding &f : m_findings) {
        if (passes(f) && wanted.contains(identityKey(f)))
            out.append(f);
    }
    return out;
}

QModelIndex ProblemsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_groups.size())
        return {};
    const Group &g = m_groups.at(parent.row());
    if (g.entries.size() < 2 || row >= g.entries.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ProblemsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    const Group &g = m_groups.at(parent.row());
    return g.entries.size() < 2 ? 0 : int(g.entries.size());
}

int ProblemsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() != 0) {
        const Group &g = m_groups.at(qsizetype(index.internalId() - 1));
        return entryData(g.entries.at(index.row()), index.column(), role);
    }
    const Group &g = m_groups.at(index.row());
    if (g.entries.size() == 1)
        return entryData(g.entries.first(), index.column(), role);
    return groupData(g, index.column(), role);
}

QVariant ProblemsModel::groupData(const Group &g, int column, int role) const
{
    const ReviewRule *rule = reviewRule(g.rule);
    const Finding &first = m_findings.at(g.entries.first().first);
    // A rule the registry does not list (the model's own checks) has no title: its first message stands in.
    const QString title = rule ? QCoreApplication::translate("Review", rule->title)
                               : tr("%1 findings: %2").arg(g.total).arg(first.message);
    switch (role) {
    case NodeIdRole:
        return NodeId(0);
    case SeverityRole:
        return int(g.severity);
    case CountRole:
        return g.total;
    case IsGroupRole:
        return true;
    case RuleRole:
        return g.rule;
    case Qt::ToolTipRole:
        return rule ? title + QLatin1Char('\n') + QCoreApplication::translate("Review", rule->summary)
                    : title;
    case Qt::DecorationRole:
        return column == SeverityColumn ? QVariant(severityIcon(g.severity)) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case SeverityColumn:
        return severityLabel(g.severity);
    case NodeColumn: {
        QList<NodeId> nodes;
        for (const Entry &e : g.entries) {
            if (!nodes.contains(m_findings.at(e.first).node))
                nodes.append(m_findings.at(e.first).node);
        }
        return nodes.size() == 1 ? nodeText(first) : tr("%1 nodes").arg(nodes.size());
    }
    case MessageColumn:
        return title;
    case CountColumn:
        return g.total;
    case RuleColumn:
        return g.rule;
    default:
        return {};
    }
}

QVariant ProblemsModel::entryData(const Entry &e, int column, int role) const
{
    const Finding &f = m_findings.at(e.first);
    switch (role) {
    case NodeIdRole:
        return f.node;
    case SeverityRole:
        return int(f.severity);
    case CountRole:
        return e.count;
    case IsGroupRole:
        return false;
    case RuleRole:
        return f.rule;
    case Qt::ToolTipRole:
        return formatFindingText(f) + (f.hint.isEmpty() ? QString() : QLatin1Char('\n') + f.hint);
    case Qt::DecorationRole:
        return column == SeverityColumn ? QVariant(severityIcon(f.severity)) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case SeverityColumn:
        return severityLabel(f.severity);
    case NodeColumn:
        return nodeText(f);
    case MessageColumn:
        return f.message;
    case CountColumn:
        return e.count > 1 ? QVariant(e.count) : QVariant();
    case RuleColumn:
        return f.rule;
    case HintColumn:
        return f.hint;
    case LocationColumn:
        return findingLocation(f);
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
    case CountColumn:
        return tr("Count");
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
