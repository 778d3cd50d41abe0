#include "reviewmachine.h"

namespace apim::review {

bool reachedByLoopback(const Context &c)
{
    if (!c.files || c.hosts.loopbackNodes().size() < 2)
        return false;
    for (const Node *n : c.hosts.loopbackNodes()) {
        const NodeConfig *nc = c.configOf(n->id);
        for (const endpoints::Use &u : nc ? nc->uses : QList<endpoints::Use>()) {
            if (endpoints::isLoopback(u.url.host) && u.url.port > 0 &&
                !endpoints::listensOn(n->offset(), u.url.port))
                return true;
        }
    }
    return false;
}

QSet<NodeId> loopbackMachine(const Context &c)
{
    QSet<NodeId> all, written;
    for (const Node *n : c.hosts.loopbackNodes()) {
        all.insert(n->id);
        const NodeConfig *nc = c.configOf(n->id);
        const TomlValue *host =
            nc ? nc->config.findPath({QStringLiteral("server"), QStringLiteral("hostname")}) : nullptr;
        if (host && host->isString() && endpoints::isLoopback(host->toString().trimmed().toLower()))
            written.insert(n->id);
    }
    if (!c.files || reachedByLoopback(c))
        return all;
    return written.size() >= 2 ? written : QSet<NodeId>();
}

} // namespace apim::review
