// install.sh, create-secrets.sh and README.md of the Helm target. install.sh installs
// the releases in the charts' order (§5.1: all-in-one or ACP, TM, KM, gateways), each
// with `--wait`, so the next starts only when the previous is Ready; `upgrade
// --install` and `kubectl apply` make a second run change nothing it need not.
#include "generatorutil.h"
#include "helm.h"
#include "quoting.h"
#include "storefiles.h"

namespace apim::helm {

namespace {

using namespace genutil;
using quote::markdownCode;
using quote::shellWord;

const QString Fence = QStringLiteral("```");

// The files the keystore secret holds: the stores the values files name.
QStringList keystoreFiles(const Design &design)
{
    const StoreFiles s = storeFiles(design.settings);
    QStringList out;
    for (const QString &f : {s.primary.fileName, s.tls.fileName, s.truststore.fileName}) {
        if (!out.contains(f))
            out.append(f);
    }
    return out;
}

const QString InternalKeystore = QStringLiteral("wso2internal.jks");

} // namespace

QByteArray installScript(const Design &design, const Plan &plan)
{
    QStringList out{
        QStringLiteral("#!/bin/sh"),
        QStringLiteral("# Installs %1 with WSO2's helm-apim charts, one release after the other; each")
            .arg(quote::comment(design.settings.name)),
        QStringLiteral("# waits until its pods are Ready (--wait). Running it again upgrades in place."),
        QStringLiteral("set -eu"),
        QStringLiteral("cd \"$(dirname \"$0\")\""),
        QStringLiteral("NAMESPACE=\"${NAMESPACE:-apim}\""),
        QStringLiteral("TIMEOUT=\"${TIMEOUT:-20m}\""),
        QStringLiteral("# HELM_APIM_DIR: a checkout of wso2/helm-apim (its distributed/ and all-in-one/"),
        QStringLiteral("# folders) to install from instead of the https://helm.wso2.com repository."),
        QStringLiteral("HELM_APIM_DIR=\"${HELM_APIM_DIR:-}\""),
        QString(),
        QStringLiteral("if [ -z \"$HELM_APIM_DIR\" ]; then"),
        QStringLiteral("    helm repo add wso2 https://helm.wso2.com >/dev/null 2>&1 || true"),
        QStringLiteral("    helm repo update wso2"),
        QStringLiteral("fi"),
        QStringLiteral("sh ./create-secrets.sh"),
        QString(),
        QStringLiteral("release() {"),
        QStringLiteral("    name=$1 chart=$2 folder=$3 version=$4"),
        QStringLiteral("    if [ -n \"$HELM_APIM_DIR\" ]; then"),
        QStringLiteral("        set -- \"$HELM_APIM_DIR/$folder\""),
        QStringLiteral("    else"),
        QStringLiteral("        set -- \"wso2/$chart\" --version \"$version\""),
        QStringLiteral("    fi"),
        QStringLiteral("    echo \"install.sh: $name ($chart)\""),
        QStringLiteral(
            "    helm upgrade --install \"$name\" \"$@\" --namespace \"$NAMESPACE\" --create-namespace \\"),
        QStringLiteral("        -f \"values/$name.yaml\" --wait --timeout \"$TIMEOUT\""),
        QStringLiteral("}"),
        QString(),
    };
    for (const Release &r : plan.releases)
        out.append(QStringLiteral("release %1 %2 %3 %4")
                       .arg(shellWord(r.name), shellWord(r.chart), shellWord(r.chartFolder),
                            shellWord(r.chartVersion)));
    out.append(QStringLiteral("echo \"install.sh: every release is Ready\""));
    return joinLines(out);
}

QByteArray secretsScript(const Design &design, const Plan &plan)
{
    const DesignSettings &s = design.settings;
    const bool encryption = ApimVersion::parse(s.apimVersion).symmetricEncryption();
    QStringList out{
        QStringLiteral("#!/bin/sh"),
        QStringLiteral("# Creates or updates the secrets the charts read: the keystore set (%1) and the")
            .arg(plan.keystoreSecret),
        QStringLiteral("# passwords%1 (%2). Idempotent: kubectl apply.")
            .arg(encryption ? QStringLiteral(" and the encryption key every chart shares") : QString(),
                 plan.credentialsSecret),
        QStringLiteral("set -eu"),
        QStringLiteral("cd \"$(dirname \"$0\")\""),
        QStringLiteral("NAMESPACE=\"${NAMESPACE:-apim}\""),
        QStringLiteral("KEYSTORES=\"${KEYSTORES:-keystores}\""),
        QString(),
        QStringLiteral("kubectl get namespace \"$NAMESPACE\" >/dev/null 2>&1 || kubectl create namespace "
                       "\"$NAMESPACE\""),
        QStringLiteral("set --"),
    };
    QStringList words;
    for (const QString &f : keystoreFiles(design))
        words.append(shellWord(f));
    out += {QStringLiteral("for f in %1; do").arg(words.join(QLatin1Char(' '))),
            QStringLiteral("    if [ ! -f \"$KEYSTORES/$f\" ]; then"),
            QStringLiteral("        echo \"create-secrets.sh: $KEYSTORES/$f is missing\" >&2"),
            QStringLiteral("        exit 1"),
            QStringLiteral("    fi"),
            QStringLiteral("    set -- \"$@\" --from-file=\"$KEYSTORES/$f\""),
            QStringLiteral("done")};
    out += {
        QStringLiteral("if [ -f \"$KEYSTORES\"/%1 ]; then").arg(InternalKeystore),
        QStringLiteral("    set -- \"$@\" --from-file=\"$KEYSTORES\"/%1").arg(InternalKeystore),
        QStringLiteral("fi"),
        QStringLiteral("kubectl -n \"$NAMESPACE\" create secret generic %1 \"$@\" --dry-run=client -o yaml |")
            .arg(shellWord(plan.keystoreSecret)),
        QStringLiteral("    kubectl apply -f -"),
        QString()};

    QStringList literals{adminPasswordKey() + QLatin1Char('=') + s.adminPassword};
    QList<NodeId> seen;
    for (const Node &n : design.topology.nodes()) {
        if (!SchemaRegistry::instance().traits(n.kind).database || seen.contains(n.id))
            continue;
        seen.append(n.id);
        literals.append(databasePasswordKey(design, n.id, false) + QLatin1Char('=') +
                        n.text(Field::ApimDbPassword));
        literals.append(databasePasswordKey(design, n.id, true) + QLatin1Char('=') +
                        n.text(Field::SharedDbPassword));
    }
    QString keyArg;
    if (encryption) {
        if (s.encryptionKey.isEmpty()) {
            out += {QStringLiteral("# The design has no encryption key: give one (64 hex characters), the "
                                   "same on every run."),
                    QStringLiteral("ENCRYPTION_KEY=\"${ENCRYPTION_KEY:?set ENCRYPTION_KEY (openssl rand -hex "
                                   "32)}\"")};
            keyArg = QStringLiteral(" --from-literal=%1=\"$ENCRYPTION_KEY\"").arg(encryptionKeyKey());
        } else {
            literals.append(encryptionKeyKey() + QLatin1Char('=') + s.encryptionKey);
        }
    }
    out.append(QStringLiteral("kubectl -n \"$NAMESPACE\" create secret generic %1 \\")
                   .arg(shellWord(plan.credentialsSecret)));
    for (const QString &l : literals)
        out.append(QStringLiteral("    %1 \\").arg(shellWord(QStringLiteral("--from-literal=") + l)));
    out += {QStringLiteral("   %1 --dry-run=client -o yaml | kubectl apply -f -").arg(keyArg),
            QStringLiteral("echo \"create-secrets.sh: secrets in namespace $NAMESPACE are up to date\"")};
    return joinLines(out);
}

QByteArray readme(const Design &design, const Plan &plan)
{
    const DesignSettings &s = design.settings;
    QStringList out{
        QStringLiteral("# Helm: %1 on Kubernetes").arg(markdownCode(s.name)),
        QString(),
        QStringLiteral("One values file per release of WSO2's helm-apim charts for API-M %1, in `values/`. "
                       "Each names the services the other releases create (`<release>-<chart>-service`), "
                       "so keep the release names below or regenerate.")
            .arg(markdownCode(s.apimVersion)),
        QString(),
        QStringLiteral("| Order | Release | Chart | Version | Nodes | Service |"),
        QStringLiteral("|---|---|---|---|---|---|"),
    };
    int step = 0;
    for (const Release &r : plan.releases) {
        QStringList names;
        for (NodeId id : r.nodes)
            names.append(design.topology.node(id)->name());
        out.append(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |")
                       .arg(++step)
                       .arg(markdownCode(r.name), markdownCode(r.chart), markdownCode(r.chartVersion),
                            markdownCode(names.join(QStringLiteral(", "))), markdownCode(r.service())));
    }
    out +=
        {QString(),
         QStringLiteral("## Before you install"),
         QString(),
         QStringLiteral("1. A cluster, `kubectl` and `helm` v3, and the routing the charts expect (an "
                        "NGINX ingress controller for 4.5/4.6, a Gateway API `Gateway` for 4.7)."),
         QStringLiteral("2. The databases the values files name, reachable from the cluster, created "
                        "and loaded with WSO2's `dbscripts` (the bundle target writes the SQL)."),
         QStringLiteral("3. Images with the JDBC driver of your database (the charts' "
                        "`wso2.deployment.image.*`)."),
         QStringLiteral("4. The keystore set in `keystores/`: %1 (optionally `%2`).")
             .arg(markdownCode(keystoreFiles(design).join(QStringLiteral(", "))), InternalKeystore),
         QString(),
         QStringLiteral("## Install"),
         QString(),
         Fence,
         QStringLiteral("NAMESPACE=apim sh install.sh"),
         Fence,
         QString(),
         QStringLiteral("`create-secrets.sh` (run by `install.sh`) writes the secret %1 with the "
                        "passwords%2 and %3 with the keystores. It holds the design's passwords: keep "
                        "this folder private.")
             .arg(markdownCode(plan.credentialsSecret),
                  ApimVersion::parse(s.apimVersion).symmetricEncryption()
                      ? QStringLiteral(" and the encryption key every chart reads")
                      : QString(),
                  markdownCode(plan.keystoreSecret)),
         QString(),
         QStringLiteral("## What the charts fix"),
         QString(),
         QStringLiteral("- The gateway and traffic manager charts write `server_role` `gateway-worker` and "
                        "`traffic-manager`, roles the 4.5+ distributions do not map; the designer's review "
                        "reports it on their files, and no value changes it."),
         QStringLiteral("- Every chart writes the keystore type `JKS`; Java reads PKCS12 files through it "
                        "too (keystore compatibility mode)."),
         QStringLiteral("- Gateways scale by `replicas`; the control plane, traffic manager and all-in-one "
                        "charts run one or two instances, which is why larger designs are refused.")};
    return joinLines(out);
}

} // namespace apim::helm
