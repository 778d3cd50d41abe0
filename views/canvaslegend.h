// The legend: what each link style, the cluster frame and the badges mean.
// The view shows it as an overlay in a corner, open or collapsed to a small
// button (a click toggles it): open where it covers no node, else collapsed, in
// another corner if the bottom-left one has a node. Exports paint it below the diagram.
#pragma once

#include <QWidget>

class QGraphicsView;

namespace apim {

class CanvasLegend : public QWidget
{
    Q_OBJECT

public:
    static constexpr int Inset = 12;

    explicit CanvasLegend(QGraphicsView *view);

    QSize sizeHint() const override;

    // Whether the user wants it open (View ▸ Show Legend, a click on it).
    bool isWanted() const { return m_wanted; }
    void setWanted(bool wanted);
    bool isCollapsed() const { return m_collapsed; }
    // Moves it to its corner and collapses it when, open, it would cover a node.
    void place();
    // The size folded into its button.
    QSize buttonSize() const;

    // The rows' labels, in order (link kinds first).
    static QStringList entries();
    static QSizeF legendSize(const QFont &font);
    static void paintLegend(QPainter *painter, const QRectF &rect, const QPalette &palette,
                            const QFont &font);

signals:
    void wantedChanged(bool wanted);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QRect cornerRect(Qt::Corner corner, const QSize &size) const;
    bool coversNode(const QRect &rect) const;
    void setCollapsed(bool collapsed);
    void schedulePlace();

    QGraphicsView *m_view;
    bool m_wanted = true;
    bool m_collapsed = false;
    // A click opened it: it stays open over nodes until the view next changes.
    bool m_forcedOpen = false;
    bool m_placePending = false;
    Qt::Corner m_corner = Qt::BottomLeftCorner;
};

} // namespace apim
