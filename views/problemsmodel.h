// The validation findings as a two-level tree: one row per rule that raised
// more than one finding (its count beside it), the findings below; a rule's
// only finding is a top-level row of its own. Identical findings (same rule,
// node, message, file and line) are one row with a count, so a design-wide
// finding raised 200 times reads once. A severity and text filter decide
// which findings take part.
#pragma once

#include "finding.h"

#include <QAbstractItemModel>

namespace apim {

class ProblemsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        SeverityColumn,
        NodeColumn,
        MessageColumn,
        CountColumn,
        RuleColumn,
        HintColumn,
        LocationColumn,
        ColumnCount
    };
    enum Role {
        NodeIdRole = Qt::UserRole + 1,
        SeverityRole, // int(Severity)
        CountRole,    // the findings a row stands for
        IsGroupRole,  // a rule's row with its findings below
        RuleRole,
    };

    explicit ProblemsModel(QObject *parent = nullptr);

    // All findings, whatever the filter shows.
    const Findings &findings() const { return m_findings; }
    // Replaces the findings; does nothing when they are unchanged, so views keep their state.
    void setFindings(const Findings &findings);

    // A set of severities as bits, for the filter.
    static int severityBit(Severity s) { return 1 << int(s); }
    static constexpr int AllSeverities = 0x7;
    // Only findings of the severities in `severities` whose text contains `text` (any case) are shown.
    void setFilter(int severities, const QString &text);
    int severityFilter() const { return m_severities; }
    const QString &textFilter() const { return m_text; }
    // The findings shown, after the filter.
    int shownCount() const { return m_shown; }

    // The finding a leaf row stands for (the first of identical ones); nullptr for a rule's row.
    const Finding *findingAt(const QModelIndex &index) const;
    // Every finding a row stands for: a rule's row all of its findings.
    Findings findingsAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        qsizetype first; // index into m_findings
        int count = 1;
    };
    struct Group
    {
        QString rule;
        Severity severity = Severity::Info; // the worst of its entries
        QList<Entry> entries;
        int total = 0;
    };

    void rebuild();
    bool passes(const Finding &f) const;
    QVariant groupData(const Group &g, int column, int role) const;
    QVariant entryData(const Entry &e, int column, int role) const;

    Findings m_findings;
    QList<Group> m_groups;
    int m_severities = AllSeverities;
    QString m_text;
    int m_shown = 0;
};

} // namespace apim
