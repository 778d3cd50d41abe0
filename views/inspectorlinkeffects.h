// What one link means in the files: for each of its two ends, the files of that
// node the link changes and, in a deployment.toml, the keys it sets. Found by
// generating the ends' files with and without the link, so that it says what
// the generators do rather than what a table claims. Pure; no widgets.
#pragma once

#include "design.h"

#include <QList>
#include <QString>

namespace apim {

struct LinkEffect
{
    struct Entry
    {
        QString key;          // a TOML key path (apim.key_manager.service_url); empty for a line of text
        QString value;        // what the file holds with the link; secrets are masked
        bool removed = false; // the key or line is there only without the link
    };
    NodeId node = 0;
    QString file; // relative to the node's folder: repository/conf/deployment.toml, nginx.conf
    QList<Entry> entries;
};

// In node order (the link's source first), then in file order; empty for an unknown link.
// A link between two clusters counts with the others between them (a gateway linked to
// each control plane of a cluster): the generators name the whole cluster, so the
// effect is theirs together; `siblings` says how many other links that took.
QList<LinkEffect> linkEffects(const Design &design, LinkId id, int *siblings = nullptr);

} // namespace apim
