// Which imported API-M nodes share one machine under a loopback name. Nodes that call
// themselves localhost run on one machine when their files reach each other by localhost
// on ports they do not listen on themselves (the only way those URLs work), or when each of
// them writes [server] hostname = localhost itself; a file that leaves its hostname out
// says nothing about where it runs (the templates of a distributed pattern). Shared by
// port-conflict and the wiring rules, so that they agree on what one machine is.
#pragma once

#include "reviewcontext.h"

#include <QSet>

namespace apim::review {

// Whether the loopback nodes reach each other by localhost URLs on other nodes' ports.
bool reachedByLoopback(const Context &c);

// The loopback nodes on one machine: every one of them for a design without files (the
// designer puts a node without a host name next to the others) or when they reach each other
// by localhost, else those whose file writes a loopback hostname, when two or more do.
QSet<NodeId> loopbackMachine(const Context &c);

} // namespace apim::review
