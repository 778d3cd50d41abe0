// The frame around an HA cluster: the nodes behind one load balancer, with a
// label naming the balancer and the number of members.
#pragma once

#include "topology.h"

#include <QCoreApplication>
#include <QGraphicsItem>

namespace apim {

class ClusterFrameItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(ClusterFrameItem)

public:
    enum { Type = UserType + 3 };
    static constexpr qreal Padding = 16.0;
    static constexpr qreal LabelHeight = 22.0;

    explicit ClusterFrameItem(NodeId balancer);

    int type() const override { return Type; }
    NodeId balancerId() const { return m_balancer; }

    // `members` is the union of the member cards in scene coordinates.
    void setFrame(const QRectF &members, NodeKind memberKind, int memberCount, const QString &balancerName);
    QRectF frameRect() const { return m_frame; }
    QString label() const { return m_label; }
    QString countLabel() const { return m_countLabel; }
    int memberCount() const { return m_count; }

    QRectF boundingRect() const override { return m_frame.adjusted(-1, -1, 1, 1); }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    NodeId m_balancer;
    NodeKind m_kind = NodeKind::Gateway; // until the first update names the members' kind
    int m_count = 0;
    QRectF m_frame;
    QString m_label;
    QString m_countLabel;
};

} // namespace apim
