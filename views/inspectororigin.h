// Where an imported node's field value comes from, for the Inspector's small
// note beside it: the node's own file, inferred from the set (a file names no
// node, and a node behind a balancer has the balancer's hostname in its
// file), the schema's default, or set in the designer.
#pragma once

#include "configfiles.h"
#include "schemaregistry.h"
#include "topology.h"

#include <QString>

namespace apim {

struct FieldOriginNote
{
    enum Origin {
        None,     // not an imported node: no note
        File,     // the file sets the key to this value
        Differs,  // the file sets the key to another value
        Inferred, // the file does not set it; the import or the designer decided it
        Default,  // the schema's default, not in the file
    };
    Origin origin = None;
    QString text;    // a word or two
    QString toolTip; // why, naming the key and the file's value
};

// `file` is the node's imported file; `topology` gives the balancer in front of it.
FieldOriginNote fieldOrigin(const Topology &topology, const Node &node, const ImportedFile &file,
                            const FieldSpec &field);

} // namespace apim
