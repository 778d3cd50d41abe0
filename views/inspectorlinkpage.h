// The Inspector's page for selected links: which two nodes, what travels over
// the link, and what it makes the generators write (linkEffects(): each end's
// files and deployment.toml keys). Links have no fields of their own, so the
// page reads only; its buttons select the ends or remove the link by command.
#pragma once

#include "topology.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace apim {

class TopologyDocument;

class InspectorLinkPage : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorLinkPage(TopologyDocument *document, QWidget *parent = nullptr);

    // Shows the document's link selection; called when it changes.
    void refresh();
    QTreeWidget *effectsView() const { return m_effects; }
    QString title() const;

private:
    void scheduleRefresh();

    TopologyDocument *m_document;
    QLabel *m_title;
    QLabel *m_summary;
    QTreeWidget *m_effects;
    QPushButton *m_selectEnds;
    QPushButton *m_remove;
    bool m_refreshQueued = false;
};

} // namespace apim
