// Editors for the inspector's value column, chosen by the field's schema type.
// Editors commit as the user types, so the canvas and the preview follow each
// keystroke; SetNodeValueCommand merges them into one undo step.
#pragma once

#include <QStyledItemDelegate>
#include <QWidget>

class QLineEdit;
class QToolButton;

namespace apim {

// A masked line edit with a button that shows the text while it is held down
// or toggled on. Used by the inspector and the settings editor.
class PasswordEdit : public QWidget
{
    Q_OBJECT

public:
    explicit PasswordEdit(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void setRevealed(bool revealed);
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    void textEdited(const QString &text);
    void editingFinished();

private:
    QLineEdit *m_edit;
    QToolButton *m_reveal;
};

class InspectorDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit InspectorDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void commitLive(QWidget *editor) const;
};

} // namespace apim
