#include "inspectorlinkpage.h"

#include "inspectorlinkeffects.h"
#include "linkcommands.h"
#include "topologydocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace apim {

namespace {

// Edits come in bursts (typing a hostname); the files are generated again once per burst.
constexpr int RefreshDelayMs = 80;

QString nodeName(const Topology &t, NodeId id)
{
    const Node *n = t.node(id);
    return n ? n->name() : QString();
}

} // namespace

InspectorLinkPage::InspectorLinkPage(TopologyDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_title(new QLabel), m_summary(new QLabel),
      m_effects(new QTreeWidget), m_selectEnds(new QPushButton(tr("Select Ends"))),
      m_remove(new QPushButton(tr("Remove Link")))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title->setObjectName(QStringLiteral("linkTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_summary->setObjectName(QStringLiteral("linkSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_effects->setObjectName(QStringLiteral("linkEffects"));
    m_effects->setColumnCount(2);
    m_effects->setHeaderLabels({tr("File and key"), tr("Value")});
    m_effects->header()->setStretchLastSection(true);
    m_effects->setAlternatingRowColors(true);
    m_effects->setUniformRowHeights(true);
    m_effects->setTextElideMode(Qt::ElideMiddle); // a key path differs at its end
    m_effects->setAccessibleName(tr("What the link writes"));
    layout->addWidget(m_effects, 1);

    auto *buttons = new QHBoxLayout;
    m_selectEnds->setObjectName(QStringLiteral("linkSelectEnds"));
    m_remove->setObjectName(QStringLiteral("linkRemove"));
    buttons->addWidget(m_selectEnds);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_selectEnds, &QPushButton::clicked, this, [this] {
        m_document->setSelection(linkEnds(m_document->topology(), m_document->linkSelection()));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (!m_document->linkSelection().isEmpty())
            m_document->push(new DisconnectCommand(m_document, m_document->linkSelection()));
    });
    connect(document, &TopologyDocument::contentChanged, this, &InspectorLinkPage::scheduleRefresh);
    connect(document, &TopologyDocument::settingsChanged, this, &InspectorLinkPage::scheduleRefresh);
}

QString InspectorLinkPage::title() const
{
    return m_title->text();
}

void InspectorLinkPage::scheduleRefresh()
{
    if (m_refreshQueued || m_document->linkSelection().isEmpty())
        return;
    m_refreshQueued = true;
    QTimer::singleShot(RefreshDelayMs, this, [this] {
        m_refreshQueued = false;
        refresh();
    });
}

void InspectorLinkPage::refresh()
{
    const QList<LinkId> &ids = m_document->linkSelection();
    const Topology &t = m_document->topology();
    m_effects->clear();
    if (ids.isEmpty())
        return;
    if (ids.size() > 1) {
        m_title->setText(tr("<b>%n links selected</b>", nullptr, int(ids.size())));
        QStringList names;
        for (LinkId id : ids) {
            if (const Link *l = t.link(id))
                names.append(tr("%1 → %2").arg(nodeName(t, l->from), nodeName(t, l->to)));
        }
        m_summary->setText(names.join(QLatin1Char('\n')));
        return;
    }
    const Link *link = t.link(ids.first());
    if (!link)
        return;
    const QString from = nodeName(t, link->from);
    const QString to = nodeName(t, link->to);
    m_title->setText(tr("<b>%1 → %2</b>").arg(from.toHtmlEscaped(), to.toHtmlEscaped()));
    int siblings = 0;
    const QList<LinkEffect> effects = linkEffects(m_document->design(), link->id, &siblings);
    int keys = 0;
    for (const LinkEffect &effect : effects) {
        auto *file =
            new QTreeWidgetItem(m_effects, {tr("%1: %2").arg(nodeName(t, effect.node), effect.file)});
        file->setFirstColumnSpanned(true);
        for (const LinkEffect::Entry &e : effect.entries) {
            // A key with its value; a changed line of a text file (hosts, nginx.conf) as it is.
            auto *row = e.key.isEmpty() ? new QTreeWidgetItem(file, {e.value})
                                        : new QTreeWidgetItem(file, {e.key, e.value});
            row->setFirstColumnSpanned(e.key.isEmpty());
            const int column = e.key.isEmpty() ? 0 : 1;
            if (e.removed) {
                // Only without the link: the file holds something else there now.
                QFont font = row->font(column);
                font.setStrikeOut(true);
                row->setFont(column, font);
                row->setToolTip(column, tr("Written only without this link"));
            } else {
                row->setToolTip(column, e.value);
            }
            if (!e.key.isEmpty())
                row->setToolTip(0, e.key);
            keys += e.key.isEmpty() ? 0 : 1;
        }
    }
    m_effects->expandAll();
    // Keys are long; the values need room too.
    m_effects->resizeColumnToContents(0);
    m_effects->setColumnWidth(0, std::min(m_effects->columnWidth(0), m_effects->viewport()->width() * 3 / 5));
    const QString kind = SchemaRegistry::linkKindLabel(t.linkKind(*link));
    QString summary;
    if (siblings == 0 && effects.isEmpty())
        summary = tr("%1. The generated files do not change with this link.").arg(kind);
    else if (siblings == 0)
        summary =
            tr("%1. It sets %n key(s) in the generated files of its two ends:", nullptr, keys).arg(kind);
    else if (effects.isEmpty())
        summary = tr("%1. With the %2 other links between the two clusters, the generated files do not "
                     "change.")
                      .arg(kind)
                      .arg(siblings);
    else
        summary = tr("%1. With the %2 other links between the two clusters, it sets %n key(s) in the "
                     "generated files of its two ends:",
                     nullptr, keys)
                      .arg(kind)
                      .arg(siblings);
    m_summary->setText(summary);
}

} // namespace apim
