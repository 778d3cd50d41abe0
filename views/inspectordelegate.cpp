#include "inspectordelegate.h"
#include "listtext.h"

#include "inspectormodel.h"
#include "schemaregistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>

namespace apim {

namespace {

FieldType fieldType(const QModelIndex &index)
{
    return FieldType(index.data(InspectorModel::FieldTypeRole).toInt());
}

} // namespace

PasswordEdit::PasswordEdit(QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_reveal(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_reveal);
    m_edit->setEchoMode(QLineEdit::Password);
    m_reveal->setText(tr("Show"));
    m_reveal->setToolTip(tr("Show or hide the password"));
    m_reveal->setCheckable(true);
    // Tab reaches it (keyboard users can reveal too); a click does not take focus
    // away from the text, and focus inside the editor does not end the edit.
    m_reveal->setFocusPolicy(Qt::TabFocus);
    setFocusProxy(m_edit);
    connect(m_reveal, &QToolButton::toggled, this, &PasswordEdit::setRevealed);
    connect(m_edit, &QLineEdit::textEdited, this, &PasswordEdit::textEdited);
    connect(m_edit, &QLineEdit::editingFinished, this, &PasswordEdit::editingFinished);
}

QString PasswordEdit::text() const
{
    return m_edit->text();
}

void PasswordEdit::setText(const QString &text)
{
    if (m_edit->text() != text)
        m_edit->setText(text);
}

void PasswordEdit::setRevealed(bool revealed)
{
    m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_reveal->setText(revealed ? tr("Hide") : tr("Show"));
    const QSignalBlocker block(m_reveal);
    m_reveal->setChecked(revealed);
}

InspectorDelegate::InspectorDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void InspectorDelegate::commitLive(QWidget *editor) const
{
    // commitData is a signal; emitting it does not change the delegate.
    emit const_cast<InspectorDelegate *>(this)->commitData(editor);
}

QWidget *InspectorDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    Q_UNUSED(option);
    switch (fieldType(index)) {
    case FieldType::Integer: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(index.data(InspectorModel::MinimumRole).toInt(),
                       index.data(InspectorModel::MaximumRole).toInt());
        spin->setFrame(false);
        connect(spin, &QSpinBox::valueChanged, this, [this, spin] { commitLive(spin); });
        return spin;
    }
    case FieldType::Enum: {
        auto *combo = new QComboBox(parent);
        combo->addItems(index.data(InspectorModel::EnumValuesRole).toStringList());
        connect(combo, &QComboBox::activated, this, [this, combo] { commitLive(combo); });
        return combo;
    }
    case FieldType::Bool: {
        auto *check = new QCheckBox(parent);
        check->setAutoFillBackground(true);
        connect(check, &QCheckBox::toggled, this, [this, check] { commitLive(check); });
        return check;
    }
    case FieldType::Password: {
        auto *password = new PasswordEdit(parent);
        password->setAutoFillBackground(true);
        connect(password, &PasswordEdit::textEdited, this, [this, password] { commitLive(password); });
        // Key and focus events reach the inner line edit, not the delegate's filter on this widget.
        connect(password, &PasswordEdit::editingFinished, this, [this, password] {
            commitLive(password);
            emit const_cast<InspectorDelegate *>(this)->closeEditor(password);
        });
        return password;
    }
    case FieldType::StringList:
    case FieldType::Name:
    case FieldType::Text:
    case FieldType::Host: {
        auto *edit = new QLineEdit(parent);
        edit->setFrame(false);
        if (fieldType(index) == FieldType::StringList)
            edit->setPlaceholderText(tr("comma-separated"));
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { commitLive(edit); });
        return edit;
    }
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void InspectorDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    // Called again after every live commit: leave the editor alone when it already
    // shows the value, so that the cursor and half-typed separators survive.
    const QVariant value = index.data(Qt::EditRole);
    switch (fieldType(index)) {
    case FieldType::Integer: {
        auto *spin = static_cast<QSpinBox *>(editor);
        if (spin->value() != value.toInt()) {
            const QSignalBlocker block(spin);
            spin->setValue(value.toInt());
        }
        return;
    }
    case FieldType::Enum: {
        auto *combo = static_cast<QComboBox *>(editor);
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(combo->findText(value.toString()));
        return;
    }
    case FieldType::Bool: {
        auto *check = static_cast<QCheckBox *>(editor);
        const QSignalBlocker block(check);
        check->setChecked(value.toBool());
        return;
    }
    case FieldType::Password:
        static_cast<PasswordEdit *>(editor)->setText(value.toString());
        return;
    case FieldType::StringList: {
        auto *edit = static_cast<QLineEdit *>(editor);
        if (splitList(edit->text()) != value.toStringList())
            edit->setText(value.toStringList().join(QLatin1String(", ")));
        return;
    }
    case FieldType::Name:
    case FieldType::Text:
    case FieldType::Host: {
        auto *edit = static_cast<QLineEdit *>(editor);
        if (edit->text() != value.toString())
            edit->setText(value.toString());
        return;
    }
    }
}

void InspectorDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    QVariant value;
    switch (fieldType(index)) {
    case FieldType::Integer: {
        auto *spin = static_cast<QSpinBox *>(editor);
        spin->interpretText();
        value = spin->value();
        break;
    }
    case FieldType::Enum:
        value = static_cast<QComboBox *>(editor)->currentText();
        break;
    case FieldType::Bool:
        value = static_cast<QCheckBox *>(editor)->isChecked();
        break;
    case FieldType::Password:
        value = static_cast<PasswordEdit *>(editor)->text();
        break;
    case FieldType::StringList:
        value = splitList(static_cast<QLineEdit *>(editor)->text());
        break;
    case FieldType::Name:
    case FieldType::Text:
    case FieldType::Host:
        value = static_cast<QLineEdit *>(editor)->text();
        break;
    }
    model->setData(index, value, Qt::EditRole);
}

void InspectorDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    Q_UNUSED(index);
    editor->setGeometry(option.rect);
}

QSize InspectorDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // Room for a spin box or combo box, so rows do not jump when an editor opens.
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 12));
    return size;
}

} // namespace apim
