// One node on the canvas: a card with the kind's colour and icon, the name, the
// host, a problem badge and a connection handle. It only draws; the scene moves
// it when the document says the node moved.
#pragma once

#include "topology.h"

#include <QCoreApplication>
#include <QGraphicsItem>

namespace apim {

class NodeItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(NodeItem)

public:
    enum { Type = UserType + 1 };
    enum class ConnectState { None, Valid, Invalid };
    // While a link is dragged: every other card says whether it would accept it.
    enum class LinkHint { None, Accepts, Refuses };

    explicit NodeItem(const Node &node);

    int type() const override { return Type; }
    NodeId nodeId() const { return m_id; }
    NodeKind kind() const { return m_kind; }

    // Re-reads name and host from the node.
    void updateFromNode(const Node &node);
    QString title() const { return m_title; }
    QString subtitle() const { return m_subtitle; }
    // What the card shows: the name and host cut at the end to fit, so that
    // names sharing a prefix ("nodes__gateway…", "nodes__control…") differ.
    QString shownTitle() const;
    QString shownSubtitle() const;

    // Problem counts from the design's validation; `details` becomes the tooltip.
    void setProblems(int errors, int warnings, const QString &details);
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }
    QString problemDetails() const { return m_problemDetails; } // HTML, one line per problem

    void setConnectState(ConnectState state);
    ConnectState connectState() const { return m_connectState; }
    void setLinkHint(LinkHint hint);
    LinkHint linkHint() const { return m_linkHint; }
    // A match of the find bar: a marker around the card.
    void setFindMatch(bool match);
    bool isFindMatch() const { return m_findMatch; }

    // While an export renders: no selection or hover (the scene sets it).
    void setExporting(bool exporting) { m_exporting = exporting; }

    // The card in scene coordinates: what links attach to and frames surround.
    QRectF cardSceneRect() const;
    // Whether an item-coordinate point is on the connection handle.
    static bool isOnHandle(const QPointF &itemPos);
    static QPointF handleCenter();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    bool contains(const QPointF &point) const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void paintCard(QPainter *painter, const QPalette &palette, qreal lod) const;
    void paintBadge(QPainter *painter) const;
    QFont titleFont() const;
    QFont subtitleFont() const;
    void updateToolTip();

    NodeId m_id;
    NodeKind m_kind;
    QString m_title;
    QString m_subtitle;
    bool m_subtitleIsPlaceholder = false;
    QString m_problemDetails;
    int m_errors = 0;
    int m_warnings = 0;
    bool m_hovered = false;
    bool m_handleHovered = false;
    bool m_exporting = false;
    bool m_findMatch = false;
    ConnectState m_connectState = ConnectState::None;
    LinkHint m_linkHint = LinkHint::None;
};

} // namespace apim
