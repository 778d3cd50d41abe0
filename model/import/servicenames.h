// Kubernetes service names as WSO2's helm-apim charts make them (§5.2 of the facts
// sheet): `<fullname>-service` balances over a release's pods, `<fullname>-1-service`
// and `-2-service` reach one instance of the two-instance charts; the all-in-one chart
// writes `<fullname>-am-service` and `-am-service-1` / `-2`. The host lookup uses this
// to resolve a release's service to the nodes of that release.
#pragma once

#include <QHash>
#include <QList>
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

// A name a container platform gives: one DNS label (Compose, a Kubernetes service in the
// same namespace) or a cluster-internal `.svc` name. A dotted host name matches as written.
bool isServiceName(const QString &host);

// Tokens of a name, counted: "am-pub-store-tm/instance-1" gives am, pub, store, tm,
// instance, 1. A number counts only at the end (an ordinal); inside a name
// ("am-pattern-2-km") every node of the release shares it.
// A trailing number is also kept under OrdinalKey: a name with one ordinal never names a
// node with another.
using TokenCounts = QHash<QString, int>;
inline const QString OrdinalKey = QStringLiteral("#");
void countTokens(const QString &text, TokenCounts *out);
// The project of a Compose container name (`stack` of `stack-apim-1`), else empty.
QString composeProject(const QString &host);
// The tokens of a service host's first label, less the platform's suffixes (-service, -svc,
// ...).
TokenCounts serviceTokens(const QString &host);
// The candidates sharing the most telling tokens with `wanted`: a token tells only as often
// as it occurs beyond what every candidate has of it. Empty when none shares any.
QList<int> bestMatches(const TokenCounts &wanted, const QList<TokenCounts> &candidates);

} // namespace apim::servicenames
