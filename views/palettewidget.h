// The palette: one entry per node kind the user can place. Drag an entry onto
// the canvas, or double-click it (or press Enter) to add the node at the centre
// of the canvas view.
#pragma once

#include "schemaregistry.h"

#include <QListWidget>
#include <QPointer>

#include <optional>

class QMimeData;

namespace apim {

class CanvasView;

// Drag payload: the KindSpec id ("gateway") as UTF-8.
inline constexpr char NodeKindMimeType[] = "application/x-apim-node-kind";

class PaletteWidget : public QListWidget
{
    Q_OBJECT

public:
    explicit PaletteWidget(QWidget *parent = nullptr);

    // Where double-clicked kinds are added; without one only addRequested() is emitted.
    void setCanvasView(CanvasView *view);
    CanvasView *canvasView() const { return m_view; }

    NodeKind kindAt(int row) const;
    int rowOfKind(NodeKind kind) const;

    static QString mimeType();
    static QMimeData *createMimeData(NodeKind kind);
    static std::optional<NodeKind> kindFromMimeData(const QMimeData *data);

signals:
    void addRequested(apim::NodeKind kind);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    Qt::DropActions supportedDropActions() const override;
    void startDrag(Qt::DropActions supportedActions) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void populate();
    void requestAdd(QListWidgetItem *item);

    QPointer<CanvasView> m_view;
};

} // namespace apim
