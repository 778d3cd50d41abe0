#include "inspectormodel.h"
#include "listtext.h"

#include "fieldvalidation.h"
#include "inspectororigin.h"
#include "nodecommands.h"
#include "topologydocument.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace apim {

namespace {

bool isCell(const QModelIndex &index, int rows)
{
    return index.isValid() && !index.parent().isValid() && index.row() < rows &&
           index.column() < InspectorModel::ColumnCount;
}

} // namespace

InspectorModel::InspectorModel(TopologyDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &TopologyDocument::selectionChanged, this, &InspectorModel::rebuild);
    connect(document, &TopologyDocument::designReset, this, &InspectorModel::rebuild);
    connect(document, &TopologyDocument::nodeChanged, this, &InspectorModel::onNodeChanged);
    rebuild();
}

void InspectorModel::rebuild()
{
    const QList<NodeId> selection = m_document->selection();
    beginResetModel();
    m_nodes = selection;
    m_nodeSet = QSet<NodeId>(selection.cbegin(), selection.cend());
    m_fields.clear();
    // The distinct kinds decide the rows: a field shows when every kind has it with the same type.
    QList<NodeKind> kinds;
    for (NodeId id : selection) {
        if (const Node *n = m_document->topology().node(id); n && !kinds.contains(n->kind))
            kinds.append(n->kind);
    }
    const SchemaRegistry &registry = SchemaRegistry::instance();
    if (!kinds.isEmpty()) {
        for (const FieldSpec &f : registry.kind(kinds.first()).fields) {
            bool common = true;
            for (qsizetype i = 1; common && i < kinds.size(); ++i) {
                const FieldSpec *other = registry.field(kinds[i], f.key);
                common = other && other->type == f.type;
            }
            if (common)
                m_fields.append(&f);
        }
    }
    endResetModel();
    emit editMessage(QString());
}

void InspectorModel::onNodeChanged(NodeId id, const QStringList &keys)
{
    if (!m_nodeSet.contains(id))
        return;
    for (const QString &key : keys) {
        const int row = rowOfKey(key);
        if (row >= 0)
            emit dataChanged(index(row, PropertyColumn), index(row, OriginColumn));
    }
}

int InspectorModel::rowOfKey(const QString &key) const
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (m_fields[i]->key == key)
            return int(i);
    }
    return -1;
}

void InspectorModel::setImportedFiles(const ImportedFiles &files)
{
    m_files = files;
    if (!m_fields.isEmpty())
        emit dataChanged(index(0, OriginColumn), index(rowCount() - 1, OriginColumn));
}

const ImportedFile *InspectorModel::importedFile() const
{
    if (m_nodes.size() != 1)
        return nullptr;
    for (const ImportedFile &f : m_files) {
        if (f.node == m_nodes.first() && f.parsed)
            return &f;
    }
    return nullptr;
}

QVariant InspectorModel::originData(const FieldSpec &field, int role) const
{
    const ImportedFile *file = importedFile();
    const Node *node = file ? m_document->topology().node(file->node) : nullptr;
    if (!node)
        return {};
    const FieldOriginNote note = fieldOrigin(m_document->topology(), *node, *file, field);
    switch (role) {
    case Qt::DisplayRole:
        return note.text;
    case Qt::ToolTipRole:
        return note.toolTip;
    case OriginRole:
        return int(note.origin);
    case Qt::ForegroundRole:
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    case Qt::FontRole: {
        // Small and quiet: a note, not a value.
        QFont small;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        return small;
    }
    case FieldKeyRole:
        return field.key;
    default:
        return {};
    }
}

QModelIndex InspectorModel::valueIndex(const QString &key) const
{
    const int row = rowOfKey(key);
    return row < 0 ? QModelIndex() : index(row, ValueColumn);
}

int InspectorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int InspectorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InspectorModel::value(const FieldSpec &field, bool *mixed) const
{
    *mixed = false;
    QVariant first;
    bool haveFirst = false;
    for (NodeId id : m_nodes) {
        const Node *n = m_document->topology().node(id);
        if (!n)
            continue;
        const QVariant v = n->value(field.key);
        if (!haveFirst) {
            first = v;
            haveFirst = true;
        } else if (v != first) {
            *mixed = true;
            break;
        }
    }
    return first;
}

QString InspectorModel::displayText(const FieldSpec &field, const QVariant &value) const
{
    switch (field.type) {
    case FieldType::Password:
        return value.toString().isEmpty() ? tr("(not set)") : QString(8, QChar(0x2022));
    case FieldType::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case FieldType::StringList:
        return value.toStringList().join(QLatin1String(", "));
    case FieldType::Integer:
        return QString::number(value.toInt());
    default:
        return value.toString();
    }
}

QVariant InspectorModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index, rowCount()))
        return {};
    const FieldSpec &field = *m_fields.at(index.row());
    if (index.column() == OriginColumn)
        return originData(field, role);
    if (index.column() == PropertyColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return SchemaRegistry::label(field);
        case Qt::ToolTipRole:
            return SchemaRegistry::toolTip(field);
        case FieldKeyRole:
            return field.key;
        default:
            return {};
        }
    }
    bool mixed = false;
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant v = value(field, &mixed);
        return mixed ? tr("(mixed)") : displayText(field, v);
    }
    case Qt::EditRole: {
        const QVariant v = value(field, &mixed);
        if (mixed && field.type != FieldType::Integer && field.type != FieldType::Enum)
            return field.type == FieldType::Bool ? QVariant(false) : QVariant(QString());
        return v;
    }
    case Qt::ToolTipRole:
        return SchemaRegistry::toolTip(field);
    case Qt::FontRole:
        value(field, &mixed);
        if (mixed) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ForegroundRole:
        value(field, &mixed);
        if (mixed)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case FieldKeyRole:
        return field.key;
    case FieldTypeRole:
        return int(field.type);
    case MinimumRole:
        return field.minimum;
    case MaximumRole:
        return field.maximum;
    case EnumValuesRole:
        return field.enumValues;
    case MixedRole:
        value(field, &mixed);
        return mixed;
    default:
        return {};
    }
}

QVariant InspectorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PropertyColumn:
        return tr("Property");
    case ValueColumn:
        return tr("Value");
    case OriginColumn:
        return tr("From");
    default:
        return {};
    }
}

Qt::ItemFlags InspectorModel::flags(const QModelIndex &index) const
{
    if (!isCell(index, rowCount()))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    // One name cannot be given to several nodes.
    const bool nameOfMany = m_fields.at(index.row())->type == FieldType::Name && m_nodes.size() != 1;
    if (index.column() == ValueColumn && !nameOfMany)
        f |= Qt::ItemIsEditable;
    return f;
}

bool InspectorModel::convert(const FieldSpec &field, const QVariant &input, QVariant *out,
                             QString *reason) const
{
    // A list is typed as one comma-separated line; the model decides the rest.
    const QVariant value = field.type == FieldType::StringList && input.typeId() != QMetaType::QStringList
                               ? QVariant(splitList(input.toString()))
                               : input;
    if (field.type == FieldType::Name && m_nodes.size() != 1) {
        *reason = tr("Several nodes cannot share one name.");
        return false;
    }
    if (!fieldValueFromInput(field, value, out, reason))
        return false;
    if (field.type == FieldType::Name &&
        m_document->topology().isNameTaken(out->toString(), m_nodes.first())) {
        *reason = tr("Another node is already called “%1”.").arg(out->toString());
        return false;
    }
    return true;
}

bool InspectorModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isCell(index, rowCount()) || index.column() != ValueColumn ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    const FieldSpec &field = *m_fields.at(index.row());
    QVariant converted;
    QString reason;
    if (!convert(field, value, &converted, &reason)) {
        emit editMessage(reason);
        return false;
    }
    emit editMessage(QString());
    bool changes = false;
    for (NodeId id : m_nodes) {
        const Node *n = m_document->topology().node(id);
        if (n && n->value(field.key) != converted) {
            changes = true;
            break;
        }
    }
    if (!changes)
        return true;
    // The command's redo() makes the document emit nodeChanged, which emits dataChanged here.
    m_document->push(new SetNodeValueCommand(m_document, m_nodes, field.key, converted));
    return true;
}

} // namespace apim
