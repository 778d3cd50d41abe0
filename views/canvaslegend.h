// The legend: what each link style, the cluster frame and the badges mean.
// The view shows it as an overlay in a corner; exports paint it below the diagram.
#pragma once

#include <QWidget>

namespace apim {

class CanvasLegend : public QWidget
{
    Q_OBJECT

public:
    explicit CanvasLegend(QWidget *parent = nullptr);

    QSize sizeHint() const override;

    // The rows' labels, in order (link kinds first).
    static QStringList entries();
    static QSizeF legendSize(const QFont &font);
    static void paintLegend(QPainter *painter, const QRectF &rect, const QPalette &palette,
                            const QFont &font);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
};

} // namespace apim
