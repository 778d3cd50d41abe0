#include "palettewidget.h"
#include "canvasstyle.h"

#include <QCoreApplication>
#include <QDrag>
#include <QEvent>
#include <QKeyEvent>
#include <QMimeData>

namespace apim {

namespace {
constexpr int KindRole = Qt::UserRole + 1;
}

PaletteWidget::PaletteWidget(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("paletteWidget"));
    setIconSize(QSize(32, 32));
    setSpacing(2);
    setUniformItemSizes(true);
    setSelectionMode(SingleSelection);
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setAccessibleName(tr("Node palette"));
    connect(this, &QListWidget::itemDoubleClicked, this, &PaletteWidget::requestAdd);
    populate();
}

void PaletteWidget::populate()
{
    clear();
    const SchemaRegistry &registry = SchemaRegistry::instance();
    for (NodeKind kind : registry.paletteKinds()) {
        const KindSpec &spec = registry.kind(kind);
        auto *item = new QListWidgetItem(CanvasStyle::kindIcon(kind), SchemaRegistry::label(spec), this);
        const QString description = QCoreApplication::translate("Schema", spec.description);
        item->setToolTip(QStringLiteral("<b>%1</b><br/>%2<br/><i>%3</i>")
                             .arg(SchemaRegistry::label(spec).toHtmlEscaped(), description.toHtmlEscaped(),
                                  tr("Drag onto the canvas, or double-click to add").toHtmlEscaped()));
        item->setStatusTip(description);
        item->setData(KindRole, int(kind));
    }
}

NodeKind PaletteWidget::kindAt(int row) const
{
    const QListWidgetItem *it = item(row);
    return it ? NodeKind(it->data(KindRole).toInt()) : SchemaRegistry::instance().paletteKinds().value(0);
}

int PaletteWidget::rowOfKind(NodeKind kind) const
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(KindRole).toInt() == int(kind))
            return row;
    }
    return -1;
}

QString PaletteWidget::mimeType()
{
    return QLatin1String(NodeKindMimeType);
}

QMimeData *PaletteWidget::createMimeData(NodeKind kind)
{
    auto *data = new QMimeData;
    data->setData(mimeType(), SchemaRegistry::instance().kind(kind).id.toUtf8());
    return data;
}

std::optional<NodeKind> PaletteWidget::kindFromMimeData(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return std::nullopt;
    const KindSpec *spec = SchemaRegistry::instance().kindById(QString::fromUtf8(data->data(mimeType())));
    if (!spec)
        return std::nullopt;
    return spec->kind;
}

QStringList PaletteWidget::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *PaletteWidget::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    return createMimeData(NodeKind(items.first()->data(KindRole).toInt()));
}

Qt::DropActions PaletteWidget::supportedDropActions() const
{
    return Qt::CopyAction;
}

void PaletteWidget::startDrag(Qt::DropActions)
{
    QListWidgetItem *current = currentItem();
    if (!current)
        return;
    const NodeKind kind = NodeKind(current->data(KindRole).toInt());
    auto *drag = new QDrag(this);
    drag->setMimeData(createMimeData(kind));
    const QPixmap pixmap = CanvasStyle::kindPixmap(kind, 40, devicePixelRatioF());
    drag->setPixmap(pixmap);
    drag->setHotSpot(QPoint(20, 20));
    drag->exec(Qt::CopyAction, Qt::CopyAction);
}

void PaletteWidget::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentItem()) {
        requestAdd(currentItem());
        return;
    }
    QListWidget::keyPressEvent(event);
}

void PaletteWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        populate();
    QListWidget::changeEvent(event);
}

void PaletteWidget::requestAdd(QListWidgetItem *item)
{
    if (!item)
        return;
    emit addRequested(NodeKind(item->data(KindRole).toInt()));
}

} // namespace apim
