// The words an empty canvas shows in its middle: how to add a node and how to
// link two. Gone as soon as the design has a node.
#pragma once

#include <QLabel>

namespace apim {

class CanvasView;
class TopologyDocument;

class CanvasHint : public QLabel
{
    Q_OBJECT

public:
    explicit CanvasHint(CanvasView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void place();

    CanvasView *m_view;
};

} // namespace apim
