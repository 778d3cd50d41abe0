#include "nodeclipboard.h"

#include "nodecommands.h"
#include "nodecopies.h"
#include "topologydocument.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMimeData>

namespace apim {

namespace {

struct ClipboardTr
{
    Q_DECLARE_TR_FUNCTIONS(NodeClipboard)
};

} // namespace

bool NodeClipboard::canPaste(const QMimeData *data)
{
    return data && data->hasFormat(MimeType);
}

void NodeClipboard::copy(const TopologyDocument &document)
{
    if (document.selection().isEmpty())
        return;
    auto *data = new QMimeData;
    data->setData(MimeType, NodeCopies::fragment(document.design(), document.selection()));
    QGuiApplication::clipboard()->setMimeData(data);
}

void NodeClipboard::cut(TopologyDocument *document)
{
    const QList<NodeId> ids = document->selection();
    if (ids.isEmpty())
        return;
    copy(*document);
    auto *command = new RemoveNodesCommand(document, ids);
    command->setText(ClipboardTr::tr("Cut %n node(s)", nullptr, int(ids.size())));
    document->push(command);
}

int NodeClipboard::paste(TopologyDocument *document, const QMimeData *data, const QPointF &offset,
                         QString *error)
{
    if (!canPaste(data))
        return 0;
    return NodeCopies::paste(document, data->data(MimeType), offset, error);
}

} // namespace apim
