#include "settingseditor.h"
#include "listtext.h"

#include "designsettingsschema.h"
#include "inspectordelegate.h"
#include "schemaregistry.h"
#include "settingscommands.h"
#include "topologydocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace apim {

namespace {

QFormLayout *addGroup(QVBoxLayout *layout, const QString &title)
{
    auto *box = new QGroupBox(title);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addWidget(box);
    return form;
}

QString plainLabel(QString label)
{
    return label.remove(QLatin1Char('&'));
}

} // namespace

SettingsEditor::SettingsEditor(TopologyDocument *document, QWidget *parent)
    : QScrollArea(parent), m_document(document)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // A form in a dock: it follows the dock's width instead of scrolling sideways.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    auto *intro =
        new QLabel(tr("<b>Design settings</b><br>Shared by every node. Select a node on the canvas to "
                      "edit its own fields."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // Every field comes from the one description of the settings (designsettingsschema.h).
    for (SettingGroup group : designSettingGroups()) {
        if (group == SettingGroup::Environments) {
            auto *envBox = new QGroupBox(designSettingGroupTitle(group));
            auto *envLayout = new QVBoxLayout(envBox);
            envLayout->addWidget(createEnvironments());
            layout->addWidget(envBox);
            continue;
        }
        QFormLayout *form = addGroup(layout, designSettingGroupTitle(group));
        for (const SettingSpec &spec : designSettingSpecs()) {
            if (spec.group == group)
                addSetting(form, spec)->setToolTip(designSettingToolTip(spec));
        }
    }

    layout->addStretch(1);
    setWidget(content);

    connect(document, &TopologyDocument::settingsChanged, this, &SettingsEditor::refresh);
    connect(document, &TopologyDocument::designReset, this, &SettingsEditor::refresh);
    refresh();
}

void SettingsEditor::apply(const QString &key, const QString &label, const Setter &set, const QVariant &value)
{
    if (m_updating)
        return;
    // The model decides what a setting may hold; an editor's own range is only a hint.
    const SettingSpec *spec = designSettingSpec(key);
    if (spec && !checkDesignSetting(*spec, value, nullptr)) {
        refresh();
        return;
    }
    DesignSettings s = m_document->settings();
    set(s, value);
    if (s == m_document->settings())
        return;
    m_document->push(new SetSettingsCommand(m_document, s, key, tr("Change %1").arg(label)));
}

void SettingsEditor::bind(const QString &key, QWidget *editor, Getter get,
                          std::function<void(const QVariant &)> show)
{
    editor->setObjectName(key);
    m_editors.insert(key, editor);
    m_bindings.append({std::move(get), std::move(show)});
}

void SettingsEditor::refresh()
{
    m_updating = true;
    const DesignSettings &s = m_document->settings();
    for (const Binding &b : std::as_const(m_bindings))
        b.show(b.get(s));
    for (const SettingSpec &spec : designSettingSpecs()) {
        if (const SettingSpec *by = designSettingSpec(spec.enabledBy))
            m_editors.value(spec.key)->setEnabled(by->get(s).toBool());
    }
    refreshEnvironments();
    m_updating = false;
}

QWidget *SettingsEditor::addSetting(QFormLayout *form, const SettingSpec &spec)
{
    const QString label = designSettingLabel(spec);
    switch (spec.type) {
    case SettingType::Password:
        return addPassword(form, spec.key, label, spec.get, spec.set);
    case SettingType::Bool:
        return addCheck(form, spec.key, label, spec.get, spec.set);
    case SettingType::Integer:
        return addSpin(form, spec.key, label, int(spec.minimum), int(spec.maximum), spec.get, spec.set);
    case SettingType::Number:
        return addDouble(form, spec.key, label, spec.minimum, spec.maximum, spec.get, spec.set);
    case SettingType::Version:
        return addCombo(form, spec.key, label, ApimVersion::supported(), spec.get, spec.set);
    case SettingType::StringList:
        return addList(form, spec.key, label, spec.get, spec.set);
    case SettingType::Choice:
        return addCombo(form, spec.key, label, spec.choices, spec.get, spec.set);
    case SettingType::Text:
        break;
    }
    return addText(form, spec.key, label, spec.get, spec.set);
}

QWidget *SettingsEditor::addText(QFormLayout *form, const QString &key, const QString &label, Getter get,
                                 Setter set)
{
    auto *edit = new QLineEdit;
    form->addRow(label, edit);
    connect(edit, &QLineEdit::textEdited, this,
            [=, this](const QString &text) { apply(key, plainLabel(label), set, text); });
    bind(key, edit, std::move(get), [edit](const QVariant &v) {
        if (edit->text() != v.toString())
            edit->setText(v.toString());
    });
    return edit;
}

QWidget *SettingsEditor::addPassword(QFormLayout *form, const QString &key, const QString &label, Getter get,
                                     Setter set)
{
    auto *edit = new PasswordEdit;
    form->addRow(label, edit);
    connect(edit, &PasswordEdit::textEdited, this,
            [=, this](const QString &text) { apply(key, plainLabel(label), set, text); });
    bind(key, edit, std::move(get), [edit](const QVariant &v) { edit->setText(v.toString()); });
    return edit;
}

QWidget *SettingsEditor::addList(QFormLayout *form, const QString &key, const QString &label, Getter get,
                                 Setter set)
{
    auto *edit = new QLineEdit;
    edit->setPlaceholderText(tr("comma-separated"));
    form->addRow(label, edit);
    connect(edit, &QLineEdit::textEdited, this,
            [=, this](const QString &text) { apply(key, plainLabel(label), set, splitList(text)); });
    bind(key, edit, std::move(get), [edit](const QVariant &v) {
        // Keep a half-typed ", " as long as it means the same list.
        if (splitList(edit->text()) != v.toStringList())
            edit->setText(v.toStringList().join(QLatin1String(", ")));
    });
    return edit;
}

QWidget *SettingsEditor::addCheck(QFormLayout *form, const QString &key, const QString &label, Getter get,
                                  Setter set)
{
    auto *check = new QCheckBox(label);
    form->addRow(check);
    connect(check, &QCheckBox::toggled, this, [=, this](bool on) { apply(key, plainLabel(label), set, on); });
    bind(key, check, std::move(get), [check](const QVariant &v) {
        const QSignalBlocker block(check);
        check->setChecked(v.toBool());
    });
    return check;
}

QWidget *SettingsEditor::addSpin(QFormLayout *form, const QString &key, const QString &label, int min,
                                 int max, Getter get, Setter set)
{
    auto *spin = new QSpinBox;
    spin->setRange(min, max);
    form->addRow(label, spin);
    connect(spin, &QSpinBox::valueChanged, this,
            [=, this](int value) { apply(key, plainLabel(label), set, value); });
    bind(key, spin, std::move(get), [spin](const QVariant &v) {
        const QSignalBlocker block(spin);
        spin->setValue(v.toInt());
    });
    return spin;
}

QWidget *SettingsEditor::addDouble(QFormLayout *form, const QString &key, const QString &label, double min,
                                   double max, Getter get, Setter set)
{
    auto *spin = new QDoubleSpinBox;
    spin->setRange(min, max);
    spin->setDecimals(1);
    spin->setSingleStep(0.5);
    form->addRow(label, spin);
    connect(spin, &QDoubleSpinBox::valueChanged, this,
            [=, this](double value) { apply(key, plainLabel(label), set, value); });
    bind(key, spin, std::move(get), [spin](const QVariant &v) {
        const QSignalBlocker block(spin);
        spin->setValue(v.toDouble());
    });
    return spin;
}

QWidget *SettingsEditor::addCombo(QFormLayout *form, const QString &key, const QString &label,
                                  const QStringList &items, Getter get, Setter set)
{
    auto *combo = new QComboBox;
    combo->addItems(items);
    form->addRow(label, combo);
    connect(combo, &QComboBox::activated, this,
            [=, this](int index) { apply(key, plainLabel(label), set, combo->itemText(index)); });
    bind(key, combo, std::move(get), [combo](const QVariant &v) {
        const QSignalBlocker block(combo);
        // A file may name a value the list lacks (a patch release): show it rather than lose it.
        if (combo->findText(v.toString()) < 0)
            combo->addItem(v.toString());
        combo->setCurrentIndex(combo->findText(v.toString()));
    });
    return combo;
}

QWidget *SettingsEditor::createEnvironments()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_environments = new QTableWidget(0, EnvColumnCount, box);
    m_environments->setObjectName(QStringLiteral("environments"));
    m_environments->setHorizontalHeaderLabels(
        {tr("Name"), tr("Type"), tr("Description"), tr("In console"), tr("Token URL")});
    m_environments->horizontalHeaderItem(EnvDisplay)->setToolTip(tr("Display in the API console"));
    m_environments->horizontalHeaderItem(EnvTokenEndpoint)->setToolTip(tr("Show as the token endpoint URL"));
    m_environments->verticalHeader()->hide();
    m_environments->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_environments->horizontalHeader()->setSectionResizeMode(EnvDescription, QHeaderView::Stretch);
    m_environments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_environments->setMinimumHeight(110);
    layout->addWidget(m_environments);
    connect(m_environments, &QTableWidget::itemChanged, this,
            [this](QTableWidgetItem *item) { environmentEdited(item->row(), item->column()); });

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add"));
    m_removeEnvironment = new QPushButton(tr("Remove"));
    add->setObjectName(QStringLiteral("addEnvironment"));
    m_removeEnvironment->setObjectName(QStringLiteral("removeEnvironment"));
    buttons->addWidget(add);
    buttons->addWidget(m_removeEnvironment);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &SettingsEditor::addEnvironment);
    connect(m_removeEnvironment, &QPushButton::clicked, this, &SettingsEditor::removeEnvironment);
    connect(m_environments, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeEnvironment->setEnabled(m_environments->currentRow() >= 0); });
    return box;
}

void SettingsEditor::refreshEnvironments()
{
    const QList<GatewayEnvironment> &envs = m_document->settings().environments;
    const bool wasUpdating = std::exchange(m_updating, true);
    if (m_environments->rowCount() != envs.size())
        m_environments->setRowCount(int(envs.size()));
    for (qsizetype row = 0; row < envs.size(); ++row)
        showEnvironmentRow(int(row), envs[row]);
    m_removeEnvironment->setEnabled(m_environments->currentRow() >= 0 && !envs.isEmpty());
    m_updating = wasUpdating;
}

void SettingsEditor::showEnvironmentRow(int row, const GatewayEnvironment &env)
{
    auto text = [this, row](int column, const QString &value) {
        QTableWidgetItem *item = m_environments->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_environments->setItem(row, column, item);
        }
        if (item->text() != value)
            item->setText(value);
    };
    auto check = [this, row](int column, bool value) {
        QTableWidgetItem *item = m_environments->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            m_environments->setItem(row, column, item);
        }
        const Qt::CheckState state = value ? Qt::Checked : Qt::Unchecked;
        if (item->checkState() != state)
            item->setCheckState(state);
    };
    text(EnvName, env.name);
    text(EnvDescription, env.description);
    check(EnvDisplay, env.displayInApiConsole);
    check(EnvTokenEndpoint, env.showAsTokenEndpointUrl);

    auto *combo = qobject_cast<QComboBox *>(m_environments->cellWidget(row, EnvType));
    if (!combo) {
        combo = new QComboBox;
        combo->addItems(GatewayEnvironment::types());
        m_environments->setCellWidget(row, EnvType, combo);
        // Look the row up when the signal fires: rows move as environments are removed.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            for (int r = 0; r < m_environments->rowCount(); ++r) {
                if (m_environments->cellWidget(r, EnvType) == combo)
                    environmentEdited(r, EnvType);
            }
        });
    }
    const QSignalBlocker block(combo);
    if (combo->findText(env.type) < 0)
        combo->addItem(env.type);
    combo->setCurrentIndex(combo->findText(env.type));
}

void SettingsEditor::environmentEdited(int row, int column)
{
    if (m_updating)
        return;
    DesignSettings s = m_document->settings();
    if (row < 0 || row >= s.environments.size())
        return;
    GatewayEnvironment &env = s.environments[row];
    switch (column) {
    case EnvName:
        env.name = m_environments->item(row, column)->text();
        break;
    case EnvDescription:
        env.description = m_environments->item(row, column)->text();
        break;
    case EnvDisplay:
        env.displayInApiConsole = m_environments->item(row, column)->checkState() == Qt::Checked;
        break;
    case EnvTokenEndpoint:
        env.showAsTokenEndpointUrl = m_environments->item(row, column)->checkState() == Qt::Checked;
        break;
    case EnvType:
        env.type = static_cast<QComboBox *>(m_environments->cellWidget(row, column))->currentText();
        break;
    default:
        return;
    }
    if (s == m_document->settings())
        return;
    m_document->push(new SetSettingsCommand(m_document, s,
                                            QStringLiteral("environment/%1/%2").arg(row).arg(column),
                                            tr("Change gateway environment")));
}

void SettingsEditor::addEnvironment()
{
    DesignSettings s = m_document->settings();
    GatewayEnvironment env;
    // Environment names are configuration values, not UI text.
    QString name = QStringLiteral("environment");
    for (int i = 2; s.environment(name); ++i)
        name = QStringLiteral("environment-%1").arg(i);
    env.name = name;
    env.type = QStringLiteral("hybrid");
    env.description.clear();
    s.environments.append(env);
    m_document->push(new SetSettingsCommand(m_document, s, QString(), tr("Add gateway environment")));
    m_environments->setCurrentCell(m_environments->rowCount() - 1, EnvName);
}

void SettingsEditor::removeEnvironment()
{
    const int row = m_environments->currentRow();
    DesignSettings s = m_document->settings();
    if (row < 0 || row >= s.environments.size())
        return;
    s.environments.removeAt(row);
    m_document->push(new SetSettingsCommand(m_document, s, QString(), tr("Remove gateway environment")));
}

} // namespace apim
