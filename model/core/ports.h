// The one table of the ports an API-M pack listens on: what each is for, which
// part of the pack opens it and which kinds of node connect to it. The
// generators, the importer's endpoint resolution and the review rules all read
// it, so a port number is written once.
#pragma once

#include <QList>

namespace apim {

enum class NodeKind;

enum class PortId {
    HttpsServlet,     // 9443: management console, web apps, admin services
    HttpServlet,      // 9763
    PassthroughHttps, // 8243: API traffic
    PassthroughHttp,  // 8280
    Ws,               // 9099
    Wss,              // 8099
    WebSubHttp,       // 9021
    WebSubHttps,      // 8021
    Amqp,             // 5672: JMS broker of the event hub and throttle decisions
    AmqpSsl,          // 8672
    BinaryTcp,        // 9611: binary event receiver
    BinarySsl,        // 9711
};

// Which part of a pack opens a port; a kind lists the parts it runs (KindSpec::components).
enum class Component {
    Management, // the servlet transport every API-M node has
    Gateway,    // pass-through, WebSocket and WebSub listeners
    EventHub,   // JMS broker and binary receivers (event hub, traffic manager)
};

struct PortSpec
{
    PortId id;
    int base;            // at offset 0; every port shifts by the node's offset
    const char *purpose; // untranslated, as the bundle's README writes it
    Component component;
    QList<NodeKind> peers; // kinds whose nodes connect to it
    // Written in the README and checked for clashes. WebSub and AMQP over SSL are
    // opened by a default pack but configured by nothing the designer writes.
    bool listed = true;
};

namespace ports {
// Every port, in the order the README lists them.
const QList<PortSpec> &all();
const PortSpec &spec(PortId id);
inline int base(PortId id)
{
    return spec(id).base;
}
// Whether some API-M listener opens `port` at `offset`, whatever the node's kind.
bool isApimPort(int offset, int port);
} // namespace ports

} // namespace apim
