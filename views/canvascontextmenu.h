// The canvas's context menus, built for one scene point: on a node (rename,
// duplicate, delete, show its files, link to…), on a link (remove, select its
// ends, show what it writes) and on empty canvas (add a node of a kind there,
// paste, select all, auto-layout, fit all). Window actions the view holds
// (actionRename, actionPaste, ...) are reused, so that their shortcuts and
// enabled state stay one; everything else pushes undo commands.
#pragma once

#include <QPointF>

class QMenu;

namespace apim {

class CanvasView;

namespace CanvasContextMenu {

// A menu for `scenePos`, parented to the view; it first selects what is under
// the point as a click would. The caller shows and deletes it.
QMenu *create(CanvasView *view, const QPointF &scenePos);

// Past this many candidates, Link To lists only the first ones.
inline constexpr int MaxLinkTargets = 40;

} // namespace CanvasContextMenu

} // namespace apim
