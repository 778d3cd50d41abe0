// What one kind of node is in one range of product versions: how its pack is
// started and which server_role its deployment.toml carries. Each kind lists
// its releases (KindSpec::releases), so that a version is data, not a branch.
#pragma once

#include <QList>
#include <QString>

namespace apim {

// What a node offers the others in a release; the generators point each node's
// keys at the nodes that provide the service (a gateway throttles through
// whichever linked node provides TrafficManager: a control plane before 4.5, a
// traffic manager or all-in-one node after).
enum class Service {
    KeyManager,     // [apim.key_manager] service_url, token revocation notifications
    TrafficManager, // throttle decisions and the binary event receivers
    EventHub,       // the JMS event hub gateways and traffic managers listen to
    Portals,        // Publisher, Developer Portal, Admin: defines the gateway environments
};

struct KindRelease
{
    int fromMinor = 0; // API-M 4.<fromMinor> ...
    int toMinor = 0;   // ... to 4.<toMinor>, both included
    QString script;    // bin/<script>.sh
    QString profile;   // -Dprofile=<profile>; empty when the pack runs every component
    QString serverRole;
    QList<Service> services; // what it provides to the nodes linked to it
    // The databases its deployment.toml names and the database script grants it (kindfacts.cpp
    // says which source each kind follows); a node that uses neither needs no database link.
    bool apimDb = false;
    bool sharedDb = false;

    bool provides(Service s) const { return services.contains(s); }
    bool usesDatabase() const { return apimDb || sharedDb; }
};

} // namespace apim
