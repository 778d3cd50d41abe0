// Which API-M version a set of deployment.toml files shows, and why: keys that exist from a
// release on ([encryption] in 4.7, [apim.gateway_notification] in 4.5, ...), the server_role
// each kind writes per release (versionprofile.h), and what a pack ships (the 4.6+ control
// plane's active Default environment). Shared by the importer, which sets the design's version
// from it, and the review's apim-version rule, which says why.
#pragma once

#include "schemaregistry.h"
#include "tomldocument.h"

#include <QList>
#include <QString>

namespace apim {

struct VersionSource
{
    const TomlTable *config = nullptr;
    NodeKind kind = NodeKind::AllInOne;
};

struct VersionVerdict
{
    bool found = false;  // the files show a 4.x release range
    bool legacy = false; // they are an API-M 3.x set
    int fromMinor = 1, toMinor = 4;
    QString version;     // the design's version: the oldest 4.5+ release in range, or 4.4.0
    QString reason;      // translated: the most specific evidence
    int source = -1;     // index into the sources of that evidence
    QStringList keyPath; // and its key, for a line number
};

VersionVerdict inferApimVersion(const QList<VersionSource> &sources);

// Whether a verdict says more than the default version (4.4.0) does: a 4.5+ or 3.x set.
bool versionWorthNoting(const VersionVerdict &verdict);
// The finding's text for a verdict; `designVersion` is what the design targets now.
QString versionMessage(const VersionVerdict &verdict, const QString &designVersion);
QString versionHint(const VersionVerdict &verdict);

} // namespace apim
