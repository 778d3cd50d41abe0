// The inspector's item model: one row per schema field of the selected nodes
// (the fields they share when several are selected), a property and a value
// column. It reads the document and changes it only by pushing undo commands;
// it follows the document's id-based signals and reports just the rows that
// changed.
#pragma once

#include "configfiles.h"
#include "schemaregistry.h"
#include "topology.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace apim {

class TopologyDocument;

class InspectorModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // OriginColumn: for one imported node, where each value comes from (its file, inferred, the default).
    enum Column { PropertyColumn, ValueColumn, OriginColumn, ColumnCount };
    enum Role {
        FieldKeyRole = Qt::UserRole + 1,
        FieldTypeRole, // int(FieldType)
        MinimumRole,
        MaximumRole,
        EnumValuesRole,
        MixedRole,  // the selected nodes hold different values
        OriginRole, // int(FieldOriginNote::Origin), in the origin column
    };

    explicit InspectorModel(TopologyDocument *document, QObject *parent = nullptr);

    // The nodes being edited (the document's selection, in its order).
    const QList<NodeId> &nodes() const { return m_nodes; }
    int rowOfKey(const QString &key) const;
    // The files of the last import, for the origin column.
    void setImportedFiles(const ImportedFiles &files);
    // The imported file of the one node being edited; nullptr for none or several.
    const ImportedFile *importedFile() const;
    QModelIndex valueIndex(const QString &key) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Validates, then pushes one SetNodeValueCommand over all edited nodes.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Turns editor input into a field value; false with a reason when it is not acceptable.
    bool convert(const FieldSpec &field, const QVariant &input, QVariant *out, QString *reason) const;

signals:
    // Why the last edit was refused; empty once an edit is accepted.
    void editMessage(const QString &message);

private:
    void rebuild();
    void onNodeChanged(NodeId id, const QStringList &keys);
    QVariant value(const FieldSpec &field, bool *mixed) const;
    QString displayText(const FieldSpec &field, const QVariant &value) const;

    TopologyDocument *m_document;
    QList<NodeId> m_nodes;
    QSet<NodeId> m_nodeSet; // O(1) membership for large selections
    QVariant originData(const FieldSpec &field, int role) const;

    QList<const FieldSpec *> m_fields;
    ImportedFiles m_files;
};

} // namespace apim
