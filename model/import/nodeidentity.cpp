#include "nodeidentity.h"
#include "schemaregistry.h"
#include "servicenames.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

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

using servicenames::countTokens;
using servicenames::TokenCounts;
using HeldUse = std::pair<int, const endpoints::Use *>; // the identity holding a URL, the URL

// What names a file's node: its folders (less the generic ones) and its own hostname.
// `common`: the leading folders every file of the set shares, which name the set, not a node.
TokenCounts identityTokens(const Identity &id, qsizetype common)
{
    TokenCounts out;
    QStringList parts;
    for (const QString &folder : id.namingPath.split(QLatin1Char('/'), Qt::SkipEmptyParts).mid(common))
        parts.append(folder.split(QLatin1String("__"), Qt::SkipEmptyParts));
    if (!parts.isEmpty())
        parts.removeLast(); // the file name: deployment.toml, or a stem the folders repeat
    for (const QString &p : std::as_const(parts)) {
        if (!generic(p))
            countTokens(p, &out);
    }
    const QString file = id.namingPath.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0);
    if (!generic(file))
        countTokens(file, &out);
    if (endpoints::isRealHost(id.serverHost))
        countTokens(id.serverHost.section(QLatin1Char('.'), 0, 0), &out);
    return out;
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
        m_alias = aliases();
    }

    const QHash<QString, QList<int>> &aliasMap() const { return m_alias; }

    // The files a URL in file `from` may mean, by host alone (and so machine), the reader left out.
    QList<int> byHost(int from, const endpoints::Url &url) const
    {
        QList<int> out;
        if (endpoints::isLoopback(url.host)) {
            out = onLoopback(m_ids[from]) ? m_loopback : QList<int>();
        } else if (m_byHost.contains(url.host)) {
            out = m_byHost.value(url.host);
        } else if (!(out = byStem(url.host)).isEmpty()) {
        } else {
            out = m_alias.value(url.host);
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
    // Worked out once per host: a set of 1,000 gateways names the same few hosts 15,000 times.
    QList<int> byStem(const QString &host) const
    {
        if (const auto it = m_stemOf.constFind(host); it != m_stemOf.constEnd())
            return *it;
        QList<int> out;
        const QString stem = endpoints::serviceStem(host);
        if (stem != QStringView(host).left(host.indexOf(QLatin1Char('.'))) ||
            host.contains(QLatin1String(".svc")))
            out = m_byStem.value(stem);
        m_stemOf.insert(host, out);
        return out;
    }

    bool known(const QString &host) const
    {
        return !endpoints::isRealHost(host) || m_byHost.contains(host) || !byStem(host).isEmpty();
    }

    // Compose names of one project (`<project>-<service>-<n>`) that tokens leave open, once
    // one of the project's names is known: each is the only node of the kinds its URLs must
    // reach that no other name of the project already has. Repeated while one resolves.
    void eliminate(QMap<QString, QList<int>> &found, const QMap<QString, QList<HeldUse>> &usesOf) const
    {
        QMap<QString, QStringList> projects; // project -> its names, sorted
        for (auto it = found.constBegin(); it != found.constEnd(); ++it) {
            if (const QString project = servicenames::composeProject(it.key()); !project.isEmpty())
                projects[project].append(it.key());
        }
        for (const QStringList &names : std::as_const(projects)) {
            for (bool changed = true; changed;) {
                changed = false;
                QSet<int> claimed;
                bool anchored = false;
                for (const QString &n : names) {
                    if (found.value(n).size() == 1) {
                        claimed.insert(found.value(n).first());
                        anchored = true;
                    }
                }
                if (!anchored)
                    break;
                QMap<QString, int> only;
                QHash<int, int> wantedBy;
                for (const QString &n : names) {
                    if (!found.value(n).isEmpty())
                        continue;
                    QSet<int> open;
                    bool first = true;
                    for (const auto &[holder, u] : usesOf.value(n)) {
                        QSet<int> serve;
                        for (int j = 0; j < m_ids.size(); ++j) {
                            if (!claimed.contains(j) &&
                                mayServe(u->spec->target, m_ids[j].kind, m_ids[holder].kind))
                                serve.insert(j);
                        }
                        open = first ? serve : open.intersect(serve);
                        first = false;
                    }
                    if (!first && open.size() == 1) {
                        only.insert(n, *open.cbegin());
                        ++wantedBy[*open.cbegin()];
                    }
                }
                for (auto it = only.constBegin(); it != only.constEnd(); ++it) {
                    if (wantedBy.value(it.value()) == 1) { // two names for one node: neither is sure
                        found[it.key()] = {it.value()};
                        changed = true;
                    }
                }
            }
        }
    }

    QHash<QString, QList<int>> aliases() const
    {
        QMap<QString, QList<HeldUse>> usesOf; // QMap: a stable order
        QSet<QString> hosts;
        for (int i = 0; i < m_ids.size(); ++i) {
            for (const endpoints::Use &u : *m_ids[i].uses) {
                if (!u.url.valid || known(u.url.host) || !servicenames::isServiceName(u.url.host))
                    continue;
                hosts.insert(u.url.host);
                if (u.spec && !u.environment && u.spec->target != EndpointTarget::Database) {
                    usesOf[u.url.host].append({i, &u});
                }
            }
        }
        if (hosts.isEmpty())
            return {};
        QStringList shared;
        for (int i = 0; i < m_ids.size(); ++i) {
            QStringList folders = m_ids[i].namingPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
            folders.removeLast();
            if (i == 0)
                shared = folders;
            qsizetype n = 0;
            while (n < shared.size() && n < folders.size() && shared[n] == folders[n])
                ++n;
            shared = shared.mid(0, n);
        }
        QList<TokenCounts> nodeTokens;
        for (const Identity &id : m_ids)
            nodeTokens.append(identityTokens(id, shared.size()));
        QMap<QString, QList<int>> found;
        for (const QString &h : hosts)
            found.insert(h, servicenames::bestMatches(servicenames::serviceTokens(h), nodeTokens));
        eliminate(found, usesOf);
        QHash<QString, QList<int>> out;
        for (auto it = found.constBegin(); it != found.constEnd(); ++it) {
            if (!it->isEmpty())
                out.insert(it.key(), it.value());
        }
        return out;
    }

    QList<Identity> &m_ids;
    QHash<QString, QList<int>> m_alias;
    QHash<QString, QList<int>> m_byHost;
    QHash<QString, QList<int>> m_byStem;
    QList<int> m_loopback;
    mutable QHash<QString, QList<int>> m_stemOf; // byStem() by host
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
    // How many URLs naming an open node imply each offset: the one most of them imply is
    // inferred (a stray unshifted port is that URL's mistake, not the node's offset).
    QMap<int, QMap<int, int>> implied;
    QHash<int, HeldUse> firstBy;
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
                if (ids[j].offset < 0)
                    open.append(j);
                else
                    answered = answered || listenerPort(u, ids[j].offset) == u.url.port;
            }
            const int offset = u.url.port - ports::base(u.spec->listener);
            if (answered || open.size() != 1 || offset < 0 || offset > 1000)
                continue;
            ++implied[open.first()][offset];
            if (offset > 0 && !firstBy.contains(open.first()))
                firstBy.insert(open.first(), {i, &u});
        }
    }
    for (auto it = implied.constBegin(); it != implied.constEnd(); ++it) {
        int best = -1, votes = 0;
        bool tie = false;
        for (auto o = it->constBegin(); o != it->constEnd(); ++o) {
            tie = o.value() == votes || (tie && o.value() < votes);
            if (o.value() > votes) {
                best = o.key();
                votes = o.value();
            }
        }
        if (tie || best < 1)
            continue;
        Identity &t = ids[it.key()];
        t.inferredOffset = best;
        t.inferredBy = firstBy.value(it.key()).first;
        t.inferredFrom = firstBy.value(it.key()).second;
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
    // A service name over several nodes of one kind, none of which it names alone, balances
    // over them. QMap: the first such name in sorted order wins, whatever the hash order.
    const QHash<QString, QList<int>> &aliases = r.aliasMap();
    QMap<QString, QList<int>> sorted;
    for (auto it = aliases.cbegin(); it != aliases.cend(); ++it)
        sorted.insert(it.key(), it.value());
    for (auto it = sorted.constBegin(); it != sorted.constEnd(); ++it) {
        const QList<int> &members = it.value();
        // Nodes on one host or IP with different offsets are one machine, never a balancer's.
        QSet<QString> machines;
        bool shared = false;
        for (int j : members) {
            for (const QString &h : {ids[j].serverHost, ids[j].ip}) {
                if (!endpoints::isRealHost(h))
                    continue;
                shared = shared || machines.contains(h);
                machines.insert(h);
            }
        }
        if (members.size() < 2 || shared || std::any_of(members.cbegin(), members.cend(), [&](int j) {
                return ids[j].kind != ids[members.first()].kind || !ids[j].balancedBy.isEmpty();
            }))
            continue;
        for (int j : members)
            ids[j].balancedBy = it.key();
    }
}

} // namespace apim::importid
