// The validation findings as a table: severity, node, message, rule, hint.
#pragma once

#include "finding.h"

#include <QAbstractTableModel>

namespace apim {

class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SeverityColumn,
        NodeColumn,
        MessageColumn,
        RuleColumn,
        HintColumn,
        LocationColumn,
        ColumnCount
    };
    enum Role {
        NodeIdRole = Qt::UserRole + 1,
        SeverityRole, // int(Severity), for sorting by severity rather than by its translated name
    };

    explicit ProblemsModel(QObject *parent = nullptr);

    const Findings &findings() const { return m_findings; }
    // Replaces the findings; does nothing when they are unchanged, so views keep their state.
    void setFindings(const Findings &findings);
    const Finding *findingAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Findings m_findings;
};

} // namespace apim
