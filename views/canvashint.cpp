#include "canvashint.h"

#include "canvasview.h"

#include <QEvent>

namespace apim {

namespace {
constexpr int HintWidth = 440;
} // namespace

CanvasHint::CanvasHint(CanvasView *view) : QLabel(view->viewport()), m_view(view)
{
    setObjectName(QStringLiteral("emptyCanvasHint"));
    // Drops and clicks reach the canvas underneath.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::RichText);
    setForegroundRole(QPalette::PlaceholderText);
    retranslate();
    view->viewport()->installEventFilter(this);
    TopologyDocument *document = view->document();
    connect(document, &TopologyDocument::contentChanged, this, &CanvasHint::refresh);
    connect(document, &TopologyDocument::designReset, this, &CanvasHint::refresh);
    refresh();
}

void CanvasHint::retranslate()
{
    setText(tr("<p><b>This design is empty.</b></p>"
               "<p>To add a node, drag a kind from the Palette onto the canvas, or double-click it "
               "in the Palette.</p>"
               "<p>To link two nodes, drag from the small circle on the right of one node onto "
               "the other.</p>"));
    place();
}

void CanvasHint::refresh()
{
    const TopologyDocument *document = m_view->document();
    setVisible(document && document->topology().nodes().isEmpty());
    place();
}

void CanvasHint::place()
{
    const QWidget *viewport = parentWidget();
    const int width = std::min(HintWidth, viewport->width() - 24);
    const int height = heightForWidth(width);
    setGeometry((viewport->width() - width) / 2, (viewport->height() - height) / 2, width, height);
}

bool CanvasHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QLabel::eventFilter(watched, event);
}

void CanvasHint::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}

} // namespace apim
