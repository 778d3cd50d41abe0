// F2 on the canvas: the node's name is edited on its card. Enter (or leaving
// the field) renames it by one undo command; a name that is not valid or is
// taken is refused with the reason and the field stays open; Esc cancels.
#pragma once

#include "topology.h"

#include <QLineEdit>

namespace apim {

class CanvasView;

class CanvasRename : public QLineEdit
{
    Q_OBJECT

public:
    explicit CanvasRename(CanvasView *view);

    // Opens the field over the card of `id`; false when there is no such card.
    bool start(NodeId id);
    NodeId node() const { return m_node; }
    // Why the last name was refused; empty after an accepted one.
    QString refusal() const { return m_refusal; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    bool commit();
    void cancel();
    void place();

    CanvasView *m_view;
    NodeId m_node = 0;
    QString m_refusal;
    bool m_closing = false;
};

} // namespace apim
