// The canvas view: zoom, pan, rubber-band selection, palette drops, arrange
// commands and diagram export over a CanvasScene it owns.
//
// Navigation: Ctrl+wheel zooms at the cursor; the wheel scrolls; the middle
// button or Space+drag pans. The main window wires its menus to the slots; the
// view also handles the standard keys itself when it has focus.
#pragma once

#include "finding.h"
#include "topologydocument.h"

#include <QElapsedTimer>
#include <QGraphicsView>
#include <QPointer>

namespace apim {

class CanvasFindBar;
class CanvasRename;
class CanvasLegend;
class CanvasMinimap;
class CanvasScene;

class CanvasView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit CanvasView(TopologyDocument *document, QWidget *parent = nullptr);
    ~CanvasView() override;

    CanvasScene *canvasScene() const { return m_scene; }
    TopologyDocument *document() const { return m_document; }
    CanvasLegend *legend() const { return m_legend; }
    CanvasFindBar *findBar() const { return m_findBar; }
    CanvasRename *renameEditor() const { return m_rename; }
    CanvasMinimap *minimap() const { return m_minimap; }

    qreal zoom() const;
    qreal minimumZoom() const;
    static constexpr qreal MaximumZoom = 4.0;
    // The docks never squeeze the canvas below this.
    static constexpr int MinimumWidth = 360;
    bool snapToGrid() const;
    bool isLegendVisible() const;

    // Adds a node of `kind` centred on `scenePos` with a fresh name and the
    // schema's defaults, as one undo step; returns its id.
    NodeId addNodeAt(NodeKind kind, const QPointF &scenePos);

    // The nodes and frames with a margin, the legend below them.
    bool exportPng(const QString &path, qreal scale, QString *error = nullptr);
    bool exportSvg(const QString &path, QString *error = nullptr);

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void resetZoom();
    void setZoom(qreal zoom);
    // Scales by `factor` keeping the scene point under `viewportPos` in place.
    void zoomAt(qreal factor, const QPoint &viewportPos);

    void deleteSelection();
    void selectAll();
    void clearSelection();

    void alignLeft();
    void alignHCenter();
    void alignRight();
    void alignTop();
    void alignVCenter();
    void alignBottom();
    void distributeHorizontally();
    void distributeVertically();
    void autoLayout();

    void setSnapToGrid(bool snap);
    void setLegendVisible(bool visible);
    void centerOnNode(apim::NodeId id);
    void addNodeAtCenter(apim::NodeKind kind);
    // Edit ▸ Find (Ctrl+F), Find Next (F3), Find Previous (Shift+F3).
    void showFindBar();
    // Edits the name of the one selected node on its card (F2); false when not one is selected.
    bool renameSelected();
    void findNext();
    void findPrevious();

signals:
    void zoomChanged(qreal zoom);
    // From the context menus: the window shows the node's files, or the Inspector for the link.
    void showFilesRequested(apim::NodeId id);
    void linkDetailsRequested(apim::LinkId id);
    // From a node's menu: the window lists the node's problems, or applies fix `fixIndex` of `finding`.
    void problemsRequested(apim::NodeId id);
    void fixRequested(const apim::Finding &finding, int fixIndex);
    void snapToGridChanged(bool snap);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The height kept free for the legend when fitting `content`.
    qreal legendReserve(const QRectF &content) const;
    // The zoom at which `content` fills the viewport, inside an on-screen margin and above the legend.
    qreal fitZoom(const QRectF &content) const;
    qreal zoomAbove(const QRectF &content, qreal reserve) const;
    void centerAboveLegend(const QRectF &content);
    void applyZoom(qreal zoom);
    void updateViewSceneRect();
    void placeLegend();
    void showInitialView();
    void pushMove(const QHash<NodeId, QPointF> &positions, const QString &text);
    // Arrow keys: moves the selection by `delta`, merging a burst of presses into one step.
    void nudge(const QPointF &delta);
    // The move an arrow key asks for (Shift: a grid step); null for other keys.
    static QPointF arrowStep(const QKeyEvent *event);
    void stopPanning();
    QSizeF exportSize(QRectF *source) const;
    QByteArray hoverTitles(const QRectF &source) const;
    void renderDiagram(QPainter *painter, const QRectF &source, const QSizeF &size);

    QPointer<TopologyDocument> m_document;
    CanvasScene *m_scene = nullptr;
    CanvasLegend *m_legend = nullptr;
    CanvasFindBar *m_findBar = nullptr;
    CanvasRename *m_rename = nullptr;
    CanvasMinimap *m_minimap = nullptr;
    bool m_initialViewPending = true;
    bool m_spaceHeld = false;
    bool m_panning = false;
    Qt::MouseButton m_panButton = Qt::NoButton;
    QPoint m_panLast;
    int m_nudgeIndex = -1; // undo index after the last nudge, while a burst lasts
    QElapsedTimer m_nudgeTimer;
};

} // namespace apim
