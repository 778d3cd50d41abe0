// What one kind of node is in one range of product versions: how its pack is
// started and which server_role its deployment.toml carries. Each kind lists
// its releases (KindSpec::releases), so that a version is data, not a branch.
#pragma once

#include <QString>

namespace apim {

struct KindRelease
{
    int fromMinor = 0; // API-M 4.<fromMinor> ...
    int toMinor = 0;   // ... to 4.<toMinor>, both included
    QString script;    // bin/<script>.sh
    QString profile;   // -Dprofile=<profile>; empty when the pack runs every component
    QString serverRole;
};

} // namespace apim
