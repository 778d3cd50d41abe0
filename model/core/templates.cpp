#include "templates.h"
#include "autolayout.h"

#include <QCoreApplication>

namespace apim {

namespace {

struct TemplatesTr
{
    Q_DECLARE_TR_FUNCTIONS(Templates)
};

// Gateway count limit: a 10,000-node design is the benchmark's upper end.
constexpr int MaxNodesPerRole = 20000;

class Builder
{
public:
    explicit Builder(Design &d) : m_design(d) {}

    NodeId add(NodeKind kind, const QString &name, const QString &hostname, const QString &ip)
    {
        Node n;
        n.kind = kind;
        n.id = m_design.topology.allocateNodeId();
        n.values = SchemaRegistry::instance().defaults(kind);
        n.values.insert(Field::Name, name);
        n.values.insert(Field::Hostname, hostname);
        n.values.insert(Field::Ip, ip);
        m_design.topology.insertNode(m_design.topology.nodes().size(), n);
        return n.id;
    }

    void set(NodeId id, const QString &key, const QVariant &value)
    {
        m_design.topology.mutableNode(id)->values.insert(key, value);
    }

    void link(NodeId from, NodeId to)
    {
        Link l;
        l.id = m_design.topology.allocateLinkId();
        l.from = from;
        l.to = to;
        m_design.topology.insertLink(m_design.topology.links().size(), l);
    }

    NodeId database()
    {
        const NodeId db = add(NodeKind::Database, QStringLiteral("mysql"), QStringLiteral("db.wso2.com"),
                              QStringLiteral("10.0.3.10"));
        // Passwords are the user's to choose; the seed's samples use the user names.
        set(db, Field::ApimDbPassword, QStringLiteral("apimadmin"));
        set(db, Field::SharedDbPassword, QStringLiteral("sharedadmin"));
        return db;
    }

private:
    Design &m_design;
};

// 10.<role>.<i / 250>.<11 + i % 250>: one private range per role, room for any count.
QString address(int role, int i)
{
    return QStringLiteral("10.%1.%2.%3").arg(role).arg(i / 250).arg(11 + i % 250);
}

} // namespace

QStringList Templates::patterns()
{
    return {QStringLiteral("gw-cp"), QStringLiteral("gw-cp-ha")};
}

QString Templates::description(const QString &pattern)
{
    if (pattern == QLatin1String("gw-cp"))
        return TemplatesTr::tr(
            "One gateway and one control plane with a MySQL database (the seed's single-node deployment)");
    if (pattern == QLatin1String("gw-cp-ha"))
        return TemplatesTr::tr(
            "Gateways and control planes, each cluster behind a load balancer, with a MySQL database (the "
            "seed's HA cluster)");
    return {};
}

bool Templates::create(const QString &pattern, int gateways, int controlPlanes, Design *out, QString *error)
{
    if (!patterns().contains(pattern)) {
        if (error)
            *error = TemplatesTr::tr("unknown pattern '%1' (known: %2)")
                         .arg(pattern, patterns().join(QLatin1String(", ")));
        return false;
    }
    if (gateways < 1 || controlPlanes < 1 || gateways > MaxNodesPerRole || controlPlanes > MaxNodesPerRole) {
        if (error)
            *error = TemplatesTr::tr("node counts must be between 1 and %1").arg(MaxNodesPerRole);
        return false;
    }
    Design d;
    d.settings.name = pattern;
    Builder b(d);
    // A pattern is a drawing of named kinds: naming them here is the pattern's content.
    if (pattern == QLatin1String("gw-cp")) {
        const NodeId gw = b.add(NodeKind::Gateway, QStringLiteral("apim-gw"), QStringLiteral("gw.wso2.com"),
                                QStringLiteral("10.0.1.11"));
        const NodeId cp = b.add(NodeKind::ControlPlane, QStringLiteral("apim-cp"),
                                QStringLiteral("cp.wso2.com"), QStringLiteral("10.0.2.11"));
        const NodeId db = b.database();
        b.link(gw, cp);
        b.link(gw, db);
        b.link(cp, db);
    } else {
        const NodeId gwLb = b.add(NodeKind::LoadBalancer, QStringLiteral("gw-lb"), QStringLiteral("gw-lb"),
                                  QStringLiteral("10.0.0.11"));
        b.set(gwLb, Field::PublicHostname, QStringLiteral("gw.wso2.com"));
        const NodeId cpLb = b.add(NodeKind::LoadBalancer, QStringLiteral("cp-lb"), QStringLiteral("cp-lb"),
                                  QStringLiteral("10.0.0.12"));
        b.set(cpLb, Field::PublicHostname, QStringLiteral("cp.wso2.com"));
        QList<NodeId> gws, cps;
        for (int i = 0; i < gateways; ++i) {
            const QString name = QStringLiteral("apim-gw-%1").arg(i + 1);
            gws.append(b.add(NodeKind::Gateway, name, name, address(1, i)));
        }
        for (int i = 0; i < controlPlanes; ++i) {
            const QString name = QStringLiteral("apim-cp-%1").arg(i + 1);
            cps.append(b.add(NodeKind::ControlPlane, name, name, address(2, i)));
        }
        const NodeId db = b.database();
        for (NodeId gw : gws)
            b.link(gwLb, gw);
        for (NodeId cp : cps)
            b.link(cpLb, cp);
        for (NodeId gw : gws) {
            for (NodeId cp : cps)
                b.link(gw, cp);
            b.link(gw, db);
        }
        for (NodeId cp : cps)
            b.link(cp, db);
    }
    const auto positions = autoLayout(d.topology);
    for (auto it = positions.constBegin(); it != positions.constEnd(); ++it)
        d.topology.mutableNode(it.key())->pos = it.value();
    *out = d;
    return true;
}

} // namespace apim
