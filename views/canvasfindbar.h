// Ctrl+F on the canvas: a bar over the view's top edge that finds nodes by
// name, host name, IP address or kind. Every match is marked on its card; the
// current one is selected and centred. Enter or F3 goes to the next match,
// Shift+Enter or Shift+F3 to the previous one, Esc closes the bar.
#pragma once

#include "topology.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QToolButton;

namespace apim {

class CanvasView;

class CanvasFindBar : public QFrame
{
    Q_OBJECT

public:
    explicit CanvasFindBar(CanvasView *view);

    QLineEdit *lineEdit() const { return m_edit; }
    // The matching nodes in reading order, and the one shown (-1: none).
    const QList<NodeId> &matches() const { return m_matches; }
    int current() const { return m_current; }
    QString status() const;

    // Whether a node matches `text` (case-insensitive, any part of its name, host, IP or kind).
    static bool matchesNode(const Node &node, const QString &text);

public slots:
    void open();
    void close();
    void findNext();
    void findPrevious();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void show(int index);
    void mark(bool on);
    void place();

    CanvasView *m_view;
    // Kept apart from m_view: the filter still sees the viewport while the view
    // is being destroyed, when calling into m_view is no longer valid.
    QWidget *m_viewport = nullptr;
    QLineEdit *m_edit;
    QLabel *m_count;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QList<NodeId> m_matches;
    int m_current = -1;
};

} // namespace apim
