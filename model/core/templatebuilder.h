// What a built-in pattern is made with: a small builder that adds nodes and
// links to a design, and the options the user chose (File > New, `new PATTERN`).
#pragma once

#include "design.h"

namespace apim {

// Where the control planes' key manager lives.
enum class KeyManagerChoice {
    PatternDefault, // the pattern's own: key manager nodes for gw-cp-tm-km, else resident
    Resident,       // inside the control plane (or all-in-one node)
    Node,           // separate key manager nodes
    IdentityServer, // WSO2 Identity Server 7 as key manager
};

struct PatternOptions
{
    QString pattern;
    QString version; // empty: the pattern's default
    // Node counts per role; 0 means the pattern's default. 1 gives a role's single
    // form, 2 or more its HA form behind a load balancer.
    int gateways = 0;
    int controlPlanes = 0;
    int trafficManagers = 0;
    int keyManagers = 0;
    int allInOnes = 0;
    KeyManagerChoice keyManager = KeyManagerChoice::PatternDefault;
    // 4.6+: a Redis/Valkey node through which two or more traffic managers share their
    // throttling counters (linked from every control plane and traffic manager).
    bool keyValueStore = false;
    // DesignSettings::certificates.mode; a new design gets a private CA.
    QString certificates = CertificateMode::PrivateCa;
    // [qpid.heartbeat] on the control planes (domain reference §9); off reproduces the seed
    // page's files exactly.
    bool qpidHeartbeat = true;
};

class TemplateBuilder
{
public:
    explicit TemplateBuilder(Design &d) : m_design(d) {}

    NodeId add(NodeKind kind, const QString &name, const QString &hostname, const QString &ip);
    void set(NodeId id, const QString &key, const QVariant &value);
    void link(NodeId from, NodeId to);
    // Links a node to the database when its kind uses one in the design's version (the 4.7
    // gateway and traffic manager use none).
    void linkDatabase(NodeId node, NodeId db);
    // The design's MySQL database with the seed's user names as passwords.
    NodeId database();
    // A load balancer whose clients know it as `publicHostname`.
    NodeId balancer(const QString &name, const QString &publicHostname, const QString &ip);
    // `count` nodes named <prefix>-1..n (or just <prefix> when `single`), one private range per role.
    QList<NodeId> nodes(NodeKind kind, const QString &prefix, int count, int role);
    // One role of a pattern: a single node apim-<role> known as `publicHostname`, or `count`
    // nodes apim-<role>-1..n behind their balancer (named <role>-lb unless `balancerName` says).
    QList<NodeId> role(NodeKind kind, const QString &role, const QString &publicHostname, int count,
                       int range, int balancerIndex, const QString &balancerName = {});
    // With o.keyValueStore, the store node every one of `clients` links to.
    void keyValueStore(const PatternOptions &o, const QList<NodeId> &clients);
    // The design-wide settings a pattern starts with (e.g. its cache invalidation domain).
    DesignSettings &settings() { return m_design.settings; }

private:
    Design &m_design;
};

// 10.<role>.<i / 250>.<11 + i % 250>: one private range per role, room for any count.
QString templateAddress(int role, int i);

// The builders, one file per family of patterns.
namespace patterns {
void buildGwCp(TemplateBuilder &b, const PatternOptions &o);
void buildGwCpHa(TemplateBuilder &b, const PatternOptions &o);
void buildGwCpTm(TemplateBuilder &b, const PatternOptions &o); // tmtemplates.cpp
void buildAio(TemplateBuilder &b, const PatternOptions &o);
void buildAioHa(TemplateBuilder &b, const PatternOptions &o);
void buildAioGw(TemplateBuilder &b, const PatternOptions &o);
void buildGwCpTmKm(TemplateBuilder &b, const PatternOptions &o); // kmtemplates.cpp
} // namespace patterns

} // namespace apim
