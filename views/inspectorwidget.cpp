#include "inspectorwidget.h"

#include "canvasstyle.h"
#include "elidedlabel.h"
#include "inspectordelegate.h"
#include "inspectorlinkpage.h"
#include "inspectormodel.h"
#include "nodecommands.h"
#include "settingseditor.h"
#include "tomlhighlighter.h"
#include "tomlreader.h"
#include "topologydocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace apim {

InspectorWidget::InspectorWidget(TopologyDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_stack(new QStackedWidget(this)),
      m_settings(new SettingsEditor(document)), m_nodePage(new QWidget),
      m_linkPage(new InspectorLinkPage(document)), m_icon(new QLabel), m_title(new QLabel),
      m_message(new QLabel), m_view(new QTreeView), m_model(new InspectorModel(document, this)),
      m_delegate(new InspectorDelegate(this)), m_extraBox(new QGroupBox),
      m_extraSource(new ElidedLabel(nullptr, Qt::ElideLeft)), m_extraToml(new QPlainTextEdit),
      m_extraError(new QLabel)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_stack->addWidget(m_settings);
    m_stack->addWidget(m_nodePage);
    m_stack->addWidget(m_linkPage);

    auto *page = new QVBoxLayout(m_nodePage);
    page->setContentsMargins(4, 4, 4, 4);
    auto *header = new QHBoxLayout;
    m_icon->setFixedSize(32, 32);
    header->addWidget(m_icon);
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    header->addWidget(m_title, 1);
    page->addLayout(header);

    m_message->setObjectName(QStringLiteral("inspectorMessage"));
    m_message->setWordWrap(true);
    // Fixed colours of its own, so the refusal reads the same on light and dark palettes.
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; border: 1px solid "
                                            "#f1aeb5; border-radius: 3px; padding: 4px; }"));
    m_message->hide();
    page->addWidget(m_message);

    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setObjectName(QStringLiteral("inspectorView"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(InspectorModel::PropertyColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(InspectorModel::ValueColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(InspectorModel::OriginColumn, QHeaderView::ResizeToContents);
    m_view->setColumnHidden(InspectorModel::OriginColumn, true);
    page->addWidget(m_view, 2);
    // A click on a property's name edits its value.
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        const QModelIndex value = index.siblingAtColumn(InspectorModel::ValueColumn);
        if (index.column() == InspectorModel::PropertyColumn && (value.flags() & Qt::ItemIsEditable)) {
            m_view->setCurrentIndex(value);
            m_view->edit(value);
        }
    });

    m_extraBox->setTitle(tr("Unmanaged TOML (kept from the import)"));
    m_extraBox->setToolTip(
        tr("Keys the designer does not manage, or that the imported file sets otherwise; they are merged "
           "into the node's deployment.toml.\n#!omit KEY: the file leaves KEY out.\n#!base KEY = VALUE: what "
           "the "
           "design implied at import; once it implies something else there, the design's value is written."));
    auto *extraLayout = new QVBoxLayout(m_extraBox);
    // A long path elides at its start, keeping the file name; the tooltip has it all.
    m_extraSource->setObjectName(QStringLiteral("extraSource"));
    extraLayout->addWidget(m_extraSource);
    m_extraToml->setObjectName(QStringLiteral("extraToml"));
    m_extraToml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_extraToml->setLineWrapMode(QPlainTextEdit::NoWrap);
    new TomlHighlighter(m_extraToml->document());
    extraLayout->addWidget(m_extraToml);
    m_extraError->setWordWrap(true);
    m_extraError->setStyleSheet(m_message->styleSheet());
    m_extraError->hide();
    extraLayout->addWidget(m_extraError);
    page->addWidget(m_extraBox, 1);
    connect(m_extraToml, &QPlainTextEdit::textChanged, this, &InspectorWidget::extraTomlEdited);

    connect(m_model, &InspectorModel::editMessage, this, &InspectorWidget::showMessage);
    connect(document, &TopologyDocument::selectionChanged, this, &InspectorWidget::onSelectionChanged);
    connect(document, &TopologyDocument::nodeChanged, this, &InspectorWidget::onNodeChanged);
    onSelectionChanged();
}

QString InspectorWidget::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool InspectorWidget::isShowingSettings() const
{
    return m_stack->currentWidget() == m_settings;
}

bool InspectorWidget::isShowingLinks() const
{
    return m_stack->currentWidget() == m_linkPage;
}

void InspectorWidget::editField(const QString &key)
{
    const QModelIndex index = m_model->valueIndex(key);
    if (!index.isValid() || isShowingSettings())
        return;
    m_view->setCurrentIndex(index);
    m_view->edit(index);
}

void InspectorWidget::onSelectionChanged()
{
    if (!m_document->linkSelection().isEmpty()) {
        m_linkPage->refresh();
        m_stack->setCurrentWidget(m_linkPage);
        return;
    }
    const bool none = m_document->selection().isEmpty();
    m_stack->setCurrentWidget(none ? static_cast<QWidget *>(m_settings) : m_nodePage);
    if (none)
        return;
    updateHeader();
    updateExtraToml();
    updateOriginColumn();
}

void InspectorWidget::setImportedFiles(const ImportedFiles &files)
{
    m_model->setImportedFiles(files);
    updateOriginColumn();
}

void InspectorWidget::updateOriginColumn()
{
    // Only an imported node has something to say about where its values come from.
    m_view->setColumnHidden(InspectorModel::OriginColumn, m_model->importedFile() == nullptr);
}

void InspectorWidget::onNodeChanged(NodeId id, const QStringList &keys)
{
    const QList<NodeId> &selection = m_document->selection();
    if (selection.size() != 1 || selection.first() != id)
        return;
    if (keys.contains(Field::Name))
        updateHeader();
    if (keys.contains(QLatin1String("extra_toml")))
        updateExtraToml();
}

void InspectorWidget::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void InspectorWidget::updateHeader()
{
    const QList<NodeId> &selection = m_document->selection();
    const SchemaRegistry &registry = SchemaRegistry::instance();
    const Node *first = selection.isEmpty() ? nullptr : m_document->topology().node(selection.first());
    if (!first)
        return;
    if (selection.size() == 1) {
        const KindSpec &spec = registry.kind(first->kind);
        m_icon->setPixmap(CanvasStyle::kindPixmap(first->kind, 32, devicePixelRatioF()));
        m_title->setText(
            tr("<b>%1</b><br>%2").arg(first->name().toHtmlEscaped(), SchemaRegistry::label(spec)));
        m_title->setToolTip(QCoreApplication::translate("Schema", spec.description));
        return;
    }
    QStringList kinds;
    for (NodeId id : selection) {
        const Node *n = m_document->topology().node(id);
        const QString label = n ? SchemaRegistry::label(registry.kind(n->kind)) : QString();
        if (n && !kinds.contains(label))
            kinds.append(label);
    }
    m_icon->setPixmap(kinds.size() == 1 ? CanvasStyle::kindPixmap(first->kind, 32, devicePixelRatioF())
                                        : QPixmap());
    m_title->setText(tr("<b>%n nodes selected</b>", nullptr, int(selection.size())) + QStringLiteral("<br>") +
                     (kinds.size() == 1
                          ? kinds.first().toHtmlEscaped()
                          : tr("Fields shared by: %1").arg(kinds.join(QLatin1String(", ")).toHtmlEscaped())));
    m_title->setToolTip(QString());
}

void InspectorWidget::updateExtraToml()
{
    const QList<NodeId> &selection = m_document->selection();
    const Node *node = selection.size() == 1 ? m_document->topology().node(selection.first()) : nullptr;
    // Only imported nodes carry unmanaged keys; designed nodes never show the box.
    const bool show = node && (!node->extraToml.isEmpty() || !node->sourceFile.isEmpty());
    m_extraBox->setVisible(show);
    if (!show)
        return;
    m_extraSource->setVisible(!node->sourceFile.isEmpty());
    m_extraSource->setFullText(tr("From %1").arg(QDir::toNativeSeparators(node->sourceFile)));
    if (m_extraToml->toPlainText() != node->extraToml.text()) {
        m_updatingExtra = true;
        m_extraToml->setPlainText(node->extraToml.text());
        m_updatingExtra = false;
    }
    // The text was parsed when it was set; only the message needs the node's name.
    TomlError error;
    if (const TomlError *parseError = node->extraToml.parseError()) {
        error = *parseError;
        error.file = node->name();
    }
    const bool ok = !node->extraToml.parseError();
    m_extraError->setText(ok ? QString() : error.toString());
    m_extraError->setVisible(!ok);
}

void InspectorWidget::extraTomlEdited()
{
    const QList<NodeId> &selection = m_document->selection();
    if (m_updatingExtra || selection.size() != 1)
        return;
    const Node *node = m_document->topology().node(selection.first());
    if (!node || node->extraToml.text() == m_extraToml->toPlainText())
        return;
    m_document->push(new SetExtraTomlCommand(m_document, node->id, m_extraToml->toPlainText()));
}

} // namespace apim
