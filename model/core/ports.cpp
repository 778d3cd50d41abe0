#include "ports.h"
#include "schemaregistry.h"

namespace apim::ports {

const QList<PortSpec> &all()
{
    using K = NodeKind;
    static const QList<PortSpec> table{
        {PortId::HttpsServlet,
         9443,
         "HTTPS management",
         Component::Management,
         {K::Gateway, K::ControlPlane, K::TrafficManager, K::KeyManager, K::AllInOne, K::LoadBalancer}},
        {PortId::HttpServlet, 9763, "HTTP management", Component::Management, {}},
        {PortId::PassthroughHttps, 8243, "HTTPS API traffic", Component::Gateway, {K::LoadBalancer}},
        {PortId::PassthroughHttp, 8280, "HTTP API traffic", Component::Gateway, {K::LoadBalancer}},
        {PortId::Ws, 9099, "WebSocket (ws)", Component::Gateway, {K::LoadBalancer}},
        {PortId::Wss, 8099, "WebSocket (wss)", Component::Gateway, {K::LoadBalancer}},
        {PortId::WebSubHttp, 9021, "WebSub receiver (http)", Component::Gateway, {}, false},
        {PortId::WebSubHttps, 8021, "WebSub receiver (https)", Component::Gateway, {}, false},
        {PortId::Amqp,
         5672,
         "AMQP (JMS)",
         Component::EventHub,
         {K::Gateway, K::ControlPlane, K::TrafficManager, K::KeyManager}},
        {PortId::AmqpSsl, 8672, "AMQP (JMS, SSL)", Component::EventHub, {}, false},
        {PortId::BinaryTcp, 9611, "binary receiver", Component::EventHub, {K::Gateway, K::ControlPlane}},
        {PortId::BinarySsl,
         9711,
         "binary receiver (SSL)",
         Component::EventHub,
         {K::Gateway, K::ControlPlane}},
    };
    return table;
}

const PortSpec &spec(PortId id)
{
    for (const PortSpec &p : all()) {
        if (p.id == id)
            return p;
    }
    return all().first();
}

bool isApimPort(int offset, int port)
{
    for (const PortSpec &p : all()) {
        if (p.base + offset == port)
            return true;
    }
    return false;
}

} // namespace apim::ports
