#include "generatorutil.h"

namespace apim::genutil {

namespace {

void appendApimPorts(QList<PortUse> &out, NodeKind kind, int offset)
{
    auto add = [&](int port, const char *purpose) {
        out.append({port + offset, QString::fromLatin1(purpose)});
    };
    add(Port::HttpsMgmt, "HTTPS management");
    add(Port::HttpMgmt, "HTTP management");
    const bool gateway = kind == NodeKind::Gateway || kind == NodeKind::AllInOne;
    const bool eventHub =
        kind == NodeKind::ControlPlane || kind == NodeKind::TrafficManager || kind == NodeKind::AllInOne;
    if (gateway) {
        add(Port::PassthroughHttps, "HTTPS API traffic");
        add(Port::PassthroughHttp, "HTTP API traffic");
        add(Port::Ws, "WebSocket (ws)");
        add(Port::Wss, "WebSocket (wss)");
    }
    if (eventHub) {
        add(Port::Amqp, "AMQP (JMS)");
        add(Port::BinaryTcp, "binary receiver");
        add(Port::BinarySsl, "binary receiver (SSL)");
    }
}

} // namespace

QList<PortUse> listeningPorts(const Topology &topology, const Node &node)
{
    QList<PortUse> out;
    switch (node.kind) {
    case NodeKind::LoadBalancer: {
        out.append({node.value(Field::HttpPort).toInt(), QStringLiteral("HTTP")});
        out.append({node.value(Field::HttpsPort).toInt(), QStringLiteral("HTTPS")});
        const auto members = topology.clusterMembers(node.id);
        if (!members.isEmpty() && members.first()->kind == NodeKind::Gateway) {
            out.append({Port::Ws, QStringLiteral("WebSocket (ws)")});
            out.append({Port::Wss, QStringLiteral("WebSocket (wss)")});
        }
        break;
    }
    case NodeKind::Database:
        out.append({node.value(Field::DbPort).toInt(), QStringLiteral("database")});
        break;
    default:
        appendApimPorts(out, node.kind, node.offset());
        break;
    }
    return out;
}

bool isApimNode(const Node &node)
{
    return SchemaRegistry::instance().kind(node.kind).apimNode;
}

bool needsApimDb(NodeKind kind)
{
    return kind != NodeKind::Gateway;
}

QString kindLabel(NodeKind kind)
{
    return QString::fromLatin1(SchemaRegistry::instance().kind(kind).label);
}

QString balancerHost(const Node &balancer)
{
    const QString host = balancer.text(Field::PublicHostname).trimmed();
    return host.isEmpty() ? balancer.hostname().trimmed() : host;
}

QString textOrDefault(const Node &node, const QString &key)
{
    const QString text = node.text(key).trimmed();
    if (!text.isEmpty())
        return text;
    if (const FieldSpec *f = SchemaRegistry::instance().field(node.kind, key))
        return f->defaultValue.toString();
    return {};
}

QList<const Node *> databaseClients(const Topology &topology, const Node &database)
{
    QList<const Node *> out;
    for (const Node &n : topology.nodes()) {
        if (isApimNode(n) && topology.findLink(n.id, database.id))
            out.append(&n);
    }
    return out;
}

StartCommand startCommand(const Node &node, const ApimVersion &version)
{
    const KindSpec &spec = SchemaRegistry::instance().kind(node.kind);
    StartCommand cmd;
    if (!spec.apimNode)
        return cmd;
    cmd.valid = true;
    if (!version.profileBased()) {
        cmd.script = spec.distributionScript;
        return cmd;
    }
    cmd.script = QStringLiteral("api-manager");
    QString profile = spec.profile;
    // The key manager profile was renamed in 4.3.
    if (node.kind == NodeKind::KeyManager && version.minor < 3)
        profile = QStringLiteral("api-key-manager-deprecated");
    // The all-in-one pack runs every component without a profile.
    if (!profile.isEmpty() && profile != QLatin1String("default"))
        cmd.args.append(QStringLiteral("-Dprofile=") + profile);
    return cmd;
}

QString oneLine(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return out;
}

bool isPlainToken(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('#') || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

QByteArray joinLines(const QStringList &lines)
{
    QString text;
    for (const QString &line : lines) {
        text += line;
        text += QLatin1Char('\n');
    }
    return text.toUtf8();
}

} // namespace apim::genutil
