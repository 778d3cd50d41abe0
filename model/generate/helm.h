// The Helm target: one values file per release of WSO2's helm-apim charts
// (wso2-patterns-and-engines.md §5), an install script and the secrets the charts
// expect. Pure, like every generator. helmplan.cpp maps the design onto releases and
// service names (refusing what the charts cannot express), helmvalues.cpp writes the
// values files, helmscripts.cpp install.sh, create-secrets.sh and the README.
#pragma once

#include "bundlefile.h"
#include "design.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace apim::helm {

// One `helm install`: a chart of the design's version and the nodes it runs.
struct Release
{
    QString name;        // release name: apim-acp, apim-gw, apim-gw-2
    QString chart;       // Chart.yaml name: wso2am-acp
    QString chartFolder; // in helm-apim: distributed/control-plane
    QString chartVersion;
    QList<NodeId> nodes; // in node order
    QString script;      // the distribution script its nodes run (api-cp, gateway, ...)
    // The chart's name for its release ("fullname" in _helpers.tpl).
    QString fullname() const;
    // The load-balanced service, and instance i's (1 or 2) for the two-instance charts.
    QString service() const;
    QString instanceService(int i) const;
    bool highAvailability() const { return nodes.size() >= 2; }
};

struct Plan
{
    QList<Release> releases;   // install order: all-in-one / ACP, TM, KM, gateways
    QString credentialsSecret; // admin, database passwords and the 4.7 encryption key
    QString keystoreSecret;    // c.security.jksSecretName
    // The release running `script`, nullptr when none; gateways: releaseOf().
    const Release *find(const QString &script) const;
    const Release *releaseOf(NodeId node) const;
};

// Why the charts cannot express this design; empty when they can.
QString refusal(const Design &design);
// The releases of a design refusal() accepts.
Plan plan(const Design &design);

// values/<release>.yaml.
QByteArray values(const Design &design, const Plan &plan, const Release &release);
// install.sh, create-secrets.sh, README.md.
QByteArray installScript(const Design &design, const Plan &plan);
QByteArray secretsScript(const Design &design, const Plan &plan);
QByteArray readme(const Design &design, const Plan &plan);

// The secret keys create-secrets.sh writes: admin password, encryption key, and the
// apim_db / shared_db passwords of the database a release uses.
QString adminPasswordKey();
QString encryptionKeyKey();
QString databasePasswordKey(const Design &design, NodeId database, bool shared);

// helm/ files, paths relative to the helm folder, sorted. Empty when refused.
BundleFiles helmFiles(const Design &design);

} // namespace apim::helm
