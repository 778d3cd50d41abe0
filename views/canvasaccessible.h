// The canvas for assistive technology: the view is a Canvas whose children are
// its nodes (by name, kind and host, selected or not, their problems as
// description) and its links (by their two ends), ahead of the view's own
// child widgets. CanvasView installs the factory.
#pragma once

#include <QAccessibleWidget>
#include <QHash>
#include <QPair>

namespace apim {

class CanvasView;

class CanvasAccessible : public QAccessibleWidget
{
public:
    explicit CanvasAccessible(CanvasView *view);

    // Registers the factory once; CanvasView calls it.
    static void install();

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;

private:
    CanvasView *view() const;
    int itemCount() const;
    QAccessibleInterface *itemInterface(bool link, quint64 id) const;

    // Registered once per node or link; the interfaces read the scene live.
    mutable QHash<QPair<bool, quint64>, QAccessible::Id> m_items;
};

} // namespace apim
