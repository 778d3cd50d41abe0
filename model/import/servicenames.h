// Kubernetes service names as WSO2's helm-apim charts make them (§5.2 of the facts
// sheet): `<fullname>-service` balances over a release's pods, `<fullname>-1-service`
// and `-2-service` reach one instance of the two-instance charts; the all-in-one chart
// writes `<fullname>-am-service` and `-am-service-1` / `-2`. The host lookup uses this
// to resolve a release's service to the nodes of that release.
#pragma once

#include <QString>

namespace apim::servicenames {

struct HelmService
{
    QString fullname; // <release>-<chart>, lower case
    int instance = 0; // 1 or 2; 0: the release's load-balanced service
    bool valid = false;
};

// The helm-apim reading of a host's first DNS label ("apim-acp-wso2am-acp-1-service.ns.svc").
HelmService parse(const QString &host);

} // namespace apim::servicenames
