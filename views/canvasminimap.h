// The overview: when the design is larger than the view, a small map in the
// bottom-right corner shows every node (a dot in its kind's colour) and the
// part of the design on screen; a click or drag on it moves the view there.
// It reads the document's positions, not the scene's items, so that a design
// of thousands of nodes costs one rectangle per node per repaint.
#pragma once

#include <QWidget>

namespace apim {

class CanvasView;

class CanvasMinimap : public QWidget
{
    Q_OBJECT

public:
    static constexpr int Inset = 12;
    explicit CanvasMinimap(CanvasView *view);

    QSize sizeHint() const override { return {200, 140}; }
    // Whether the design is larger than the view (then it shows).
    bool isNeeded() const;
    // The scene point a point of the map stands for.
    QPointF toScene(const QPointF &mapPos) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void schedule();
    void refresh();
    QRectF sceneArea() const; // what the map covers: the design with a margin
    QTransform toMap() const;

    CanvasView *m_view;

    // Kept apart from m_view: the filter still sees the viewport while the view

    // is being destroyed, when calling into m_view is no longer valid.

    QWidget *m_viewport = nullptr;
    bool m_pending = false;
};

} // namespace apim
