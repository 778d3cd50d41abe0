#include "nodeidentity.h"
#include "schemaregistry.h"

#include <QHash>
#include <QMap>

namespace apim::importid {

namespace {

// Folder names that say where a file sits, not which node it is.
bool generic(const QString &part)
{
    static const QStringList words{QStringLiteral("repository"),
                                   QStringLiteral("conf"),
                                   QStringLiteral("confs"),
                                   QStringLiteral("nodes"),
                                   QStringLiteral("node"),
                                   QStringLiteral("deployment"),
                                   QStringLiteral("config"),
                                   QStringLiteral("configs"),
                                   QStringLiteral("files"),
                                   QStringLiteral("templates"),
                                   QStringLiteral("src"),
                                   QStringLiteral("main"),
                                   QStringLiteral("resources"),
                                   QStringLiteral("product"),
                                   QStringLiteral("distribution"),
                                   QStringLiteral("modules"),
                                   QStringLiteral("deployment-templates")};
    return words.contains(part.toLower());
}

// The kinds whose nodes may sit behind an endpoint's target, before the version is known.
bool mayServe(EndpointTarget target, NodeKind kind, NodeKind holder)
{
    using K = NodeKind;
    switch (target) {
    case EndpointTarget::KeyManager:
        return kind == K::KeyManager || kind == K::ControlPlane || kind == K::AllInOne ||
               kind == K::IdentityServer;
    case EndpointTarget::TrafficManager:
        return kind == K::TrafficManager || kind == K::ControlPlane || kind == K::AllInOne;
    case EndpointTarget::EventHub:
    case EndpointTarget::Portals:
        return kind == K::ControlPlane || kind == K::AllInOne;
    case EndpointTarget::Gateway:
        return kind == K::Gateway || kind == K::AllInOne;
    case EndpointTarget::Peer:
        return kind == holder;
    case EndpointTarget::Database:
        return false;
    }
    return false;
}

int effectiveOffset(const Identity &id)
{
    return id.offset >= 0 ? id.offset : (id.inferredOffset >= 0 ? id.inferredOffset : 0);
}

bool onLoopback(const Identity &id)
{
    return id.serverHost.isEmpty() || endpoints::isLoopback(id.serverHost);
}

class Resolver
{
public:
    explicit Resolver(QList<Identity> &ids) : m_ids(ids)
    {
        for (int i = 0; i < ids.size(); ++i) {
            for (const QString &h : {ids[i].serverHost, ids[i].ip}) {
                if (endpoints::isRealHost(h) && !m_byHost[h].contains(i))
                    m_byHost[h].append(i);
            }
            if (endpoints::isRealHost(ids[i].serverHost))
                m_byStem[endpoints::serviceStem(ids[i].serverHost)].append(i);
            if (onLoopback(ids[i]))
                m_loopback.append(i);
        }
    }

    // The files a URL in file `from` may mean, by host alone (and so machine), the reader left out.
    QList<int> byHost(int from, const endpoints::Url &url) const
    {
        QList<int> out;
        if (endpoints::isLoopback(url.host)) {
            out = onLoopback(m_ids[from]) ? m_loopback : QList<int>();
        } else if (m_byHost.contains(url.host)) {
            out = m_byHost.value(url.host);
        } else if (const QString stem = endpoints::serviceStem(url.host);
                   stem != url.host.section(QLatin1Char('.'), 0, 0) ||
                   url.host.contains(QLatin1String(".svc"))) {
            out = m_byStem.value(stem);
        }
        out.removeAll(from);
        return out;
    }

    // Of those, the ones of a kind that serves the endpoint.
    QList<int> serving(int from, const endpoints::Use &u) const
    {
        QList<int> out;
        for (int j : byHost(from, u.url)) {
            if (mayServe(u.spec->target, m_ids[j].kind, m_ids[from].kind))
                out.append(j);
        }
        return out;
    }

private:
    QList<Identity> &m_ids;
    QHash<QString, QList<int>> m_byHost;
    QHash<QString, QList<int>> m_byStem;
    QList<int> m_loopback;
};

bool checkable(const endpoints::Use &u)
{
    return u.spec && u.spec->hasListener && u.url.valid && u.url.port > 0 &&
           !endpoints::isPlaceholder(u.url.host);
}

int listenerPort(const endpoints::Use &u, int offset)
{
    return ports::base(u.spec->listener) + offset;
}

// An offset a file leaves out is the one its peers reach it on: the URL's port less the
// listener's base, when exactly one serving node on that host sets no offset and none
// listens there already.
void inferOffsets(QList<Identity> &ids, const Resolver &r)
{
    for (int i = 0; i < ids.size(); ++i) {
        for (const endpoints::Use &u : *ids[i].uses) {
            if (!checkable(u))
                continue;
            const QList<int> targets = r.serving(i, u);
            if (targets.isEmpty() || (endpoints::isLoopback(u.url.host) &&
                                      listenerPort(u, effectiveOffset(ids[i])) == u.url.port &&
                                      mayServe(u.spec->target, ids[i].kind, ids[i].kind)))
                continue;
            bool answered = false;
            QList<int> open;
            for (int j : targets) {
                answered = answered || listenerPort(u, effectiveOffset(ids[j])) == u.url.port;
                if (ids[j].offset < 0 && ids[j].inferredOffset < 0)
                    open.append(j);
            }
            const int implied = u.url.port - ports::base(u.spec->listener);
            if (answered || open.size() != 1 || implied < 1 || implied > 1000)
                continue;
            Identity &t = ids[open.first()];
            t.inferredOffset = implied;
            t.inferredFrom = &u;
            t.inferredBy = i;
        }
    }
}

// The host other files use for each node, when it names that node alone.
void namePeers(QList<Identity> &ids, const Resolver &r)
{
    QList<QMap<QString, int>> votes(ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        for (const endpoints::Use &u : *ids[i].uses) {
            if (!u.spec || !u.url.valid || !endpoints::isRealHost(u.url.host))
                continue;
            QList<int> targets = r.byHost(i, u.url);
            if (targets.size() > 1 && u.url.port > 0 && u.spec->hasListener) {
                QList<int> listening;
                for (int j : targets) {
                    if (listenerPort(u, effectiveOffset(ids[j])) == u.url.port)
                        listening.append(j);
                }
                targets = listening;
            }
            if (targets.size() == 1)
                ++votes[targets.first()][u.url.host];
        }
    }
    for (int i = 0; i < ids.size(); ++i) {
        int best = 0;
        for (auto it = votes[i].constBegin(); it != votes[i].constEnd(); ++it) {
            // The node's own hostname wins a tie: it is what the file says.
            if (it.value() > best || (it.value() == best && it.key() == ids[i].serverHost)) {
                best = it.value();
                ids[i].peerName = it.key();
            }
        }
        if (!ids[i].peerName.isEmpty())
            ids[i].host = ids[i].peerName;
        else if (endpoints::isRealHost(ids[i].serverHost))
            ids[i].host = ids[i].serverHost;
        else if (endpoints::isRealHost(ids[i].ip))
            ids[i].host = ids[i].ip;
    }
}

} // namespace

QString cleanHostName(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text.toLower()) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.');
        const QChar put = ok ? c : QLatin1Char('-');
        // One separator at a time: "a__b" is "a-b", never "a--b" or "a-.b".
        if (!ok && (out.isEmpty() || out.endsWith(QLatin1Char('-')) || out.endsWith(QLatin1Char('.'))))
            continue;
        if (put == QLatin1Char('.') && (out.isEmpty() || out.endsWith(QLatin1Char('.'))))
            continue;
        if (put == QLatin1Char('.') && out.endsWith(QLatin1Char('-')))
            out.chop(1);
        out += put;
    }
    while (out.endsWith(QLatin1Char('-')) || out.endsWith(QLatin1Char('.')))
        out.chop(1);
    out.truncate(63);
    while (out.endsWith(QLatin1Char('-')) || out.endsWith(QLatin1Char('.')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("node") : out;
}

QString pathFragment(const QString &namingPath)
{
    QStringList parts;
    for (const QString &folder : namingPath.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        parts.append(folder.split(QLatin1String("__"), Qt::SkipEmptyParts));
    if (parts.isEmpty())
        return cleanHostName(QString());
    QString file = parts.takeLast();
    const bool plain = file.compare(QLatin1String("deployment.toml"), Qt::CaseInsensitive) == 0;
    while (!parts.isEmpty() && generic(parts.last()))
        parts.removeLast();
    if (plain && !parts.isEmpty())
        return cleanHostName(parts.last());
    // acp-deployment.toml -> acp-deployment; deployment.toml.j2 -> deployment
    qsizetype end = file.lastIndexOf(QLatin1String(".toml"), -1, Qt::CaseInsensitive);
    if (end <= 0)
        end = file.lastIndexOf(QLatin1Char('.'));
    const QString stem = end > 0 ? file.left(end) : file;
    if (generic(stem) && !parts.isEmpty())
        return cleanHostName(parts.last());
    return cleanHostName(stem);
}

void identify(QList<Identity> &ids)
{
    const Resolver r(ids);
    inferOffsets(ids, r);
    namePeers(ids, r);
}

} // namespace apim::importid
