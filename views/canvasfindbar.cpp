#include "canvasfindbar.h"

#include "canvaslegend.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "nodeitem.h"
#include "topologydocument.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

namespace apim {

namespace {
constexpr int Inset = 8;
} // namespace

CanvasFindBar::CanvasFindBar(CanvasView *view)
    : QFrame(view), m_view(view), m_edit(new QLineEdit), m_count(new QLabel), m_previous(new QToolButton),
      m_next(new QToolButton), m_close(new QToolButton)
{
    setObjectName(QStringLiteral("canvasFindBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->setSpacing(4);
    m_edit->setObjectName(QStringLiteral("findEdit"));
    m_edit->setPlaceholderText(tr("Find a node by name, host, IP or kind"));
    m_edit->setAccessibleName(tr("Find node"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(140);
    m_edit->installEventFilter(this);
    layout->addWidget(m_edit, 1);
    m_count->setObjectName(QStringLiteral("findCount"));
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(tr("%1 of %2").arg(888).arg(888)));
    layout->addWidget(m_count);
    const auto button = [this, layout](QToolButton *b, QStyle::StandardPixmap icon, const QString &tip) {
        b->setIcon(style()->standardIcon(icon));
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        b->setAutoRaise(true);
        layout->addWidget(b);
    };
    button(m_previous, QStyle::SP_ArrowUp, tr("Previous match (Shift+F3)"));
    button(m_next, QStyle::SP_ArrowDown, tr("Next match (F3)"));
    button(m_close, QStyle::SP_DialogCloseButton, tr("Close (Esc)"));
    connect(m_previous, &QToolButton::clicked, this, &CanvasFindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &CanvasFindBar::findNext);
    connect(m_close, &QToolButton::clicked, this, &CanvasFindBar::close);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        search();
        show(m_matches.isEmpty() ? -1 : 0);
    });
    // Renames, additions and removals change what matches; the current match stays if it can.
    connect(view->document(), &TopologyDocument::contentChanged, this, [this] {
        if (isHidden())
            return;
        const NodeId was = m_current >= 0 ? m_matches.value(m_current) : 0;
        search();
        m_current = int(m_matches.indexOf(was));
        m_count->setText(status());
    });
    m_viewport = view->viewport();
    m_viewport->installEventFilter(this);
    hide();
}

bool CanvasFindBar::matchesNode(const Node &node, const QString &text)
{
    if (text.trimmed().isEmpty())
        return false;
    const QString needle = text.trimmed();
    const KindSpec &spec = SchemaRegistry::instance().kind(node.kind);
    for (const QString &hay : {node.name(), node.hostname(), node.ip(), node.text(Field::PublicHostname),
                               SchemaRegistry::label(spec), spec.id}) {
        if (hay.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString CanvasFindBar::status() const
{
    if (m_edit->text().trimmed().isEmpty())
        return QString();
    if (m_matches.isEmpty())
        return tr("No match");
    return tr("%1 of %2").arg(m_current + 1).arg(m_matches.size());
}

void CanvasFindBar::open()
{
    place();
    QFrame::show();
    raise();
    m_view->legend()->place(); // out of the bar's way
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    search();
    m_count->setText(status());
}

void CanvasFindBar::close()
{
    mark(false);
    m_matches.clear();
    m_current = -1;
    hide();
    m_view->legend()->place();
    m_view->setFocus(Qt::OtherFocusReason);
}

void CanvasFindBar::findNext()
{
    if (isHidden()) {
        open();
        if (!m_matches.isEmpty())
            show(0);
        return;
    }
    if (!m_matches.isEmpty())
        show(int((m_current + 1) % m_matches.size()));
}

void CanvasFindBar::findPrevious()
{
    if (isHidden()) {
        open();
        if (!m_matches.isEmpty())
            show(int(m_matches.size() - 1));
        return;
    }
    if (!m_matches.isEmpty())
        show(int((m_current - 1 + m_matches.size()) % m_matches.size()));
}

void CanvasFindBar::search()
{
    mark(false);
    m_matches.clear();
    const QString text = m_edit->text();
    const Topology &t = m_view->document()->topology();
    for (NodeId id : m_view->canvasScene()->readingOrder()) {
        if (const Node *n = t.node(id); n && matchesNode(*n, text))
            m_matches.append(id);
    }
    mark(true);
}

void CanvasFindBar::show(int index)
{
    m_current = index;
    m_count->setText(status());
    const bool none = !m_edit->text().trimmed().isEmpty() && m_matches.isEmpty();
    m_edit->setStyleSheet(none ? QStringLiteral("QLineEdit { background: #fdecea; color: #8a1c12; }")
                               : QString());
    if (index < 0 || index >= m_matches.size())
        return;
    const NodeId id = m_matches.at(index);
    m_view->document()->setSelection({id});
    m_view->centerOnNode(id);
}

void CanvasFindBar::mark(bool on)
{
    for (NodeId id : std::as_const(m_matches)) {
        if (NodeItem *item = m_view->canvasScene()->nodeItem(id))
            item->setFindMatch(on);
    }
}

void CanvasFindBar::place()
{
    const QRect area = m_view->viewport()->geometry();
    const QSize size(std::min(area.width() - 2 * Inset, std::max(sizeHint().width(), 380)),
                     sizeHint().height());
    move(area.right() - Inset - size.width(), area.top() + Inset);
    resize(size);
}

bool CanvasFindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize && !isHidden())
        place();
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool shift = key->modifiers() & Qt::ShiftModifier;
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            shift ? findPrevious() : findNext();
            return true;
        }
        if (key->matches(QKeySequence::FindNext)) {
            findNext();
            return true;
        }
        if (key->matches(QKeySequence::FindPrevious)) {
            findPrevious();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace apim
