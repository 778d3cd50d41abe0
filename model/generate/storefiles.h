// The keystores and truststore a node's deployment.toml names. With generated
// certificates (DesignSettings::certificates) they are the files
// certs/make-certs.sh writes into repository/resources/security/, so the TOML
// generator and the script take their names, types and aliases from here.
#pragma once

#include "designsettings.h"

namespace apim {

struct StoreFiles
{
    KeystoreSettings tls;     // [keystore.tls]: the node's own key
    KeystoreSettings primary; // [keystore.primary]: one key on every node (signs tokens)
    TruststoreSettings truststore;
};

// The alias under which gateways find the token-signing certificate in the truststore
// (API-M's default for [apim.publisher] key_alias and [apim.devportal] api_key_alias).
inline const QString TokenSigningAlias = QStringLiteral("gateway_certificate_alias");

inline StoreFiles storeFiles(const DesignSettings &s)
{
    if (!s.certificates.generated())
        return {s.keystore, s.keystore, s.truststore};
    // openssl writes one password for a PKCS12 file and its key: key_password is the store's.
    const QString pkcs12 = QStringLiteral("PKCS12");
    const QString ks = s.keystore.password;
    return {
        {QStringLiteral("tls.p12"), pkcs12, ks, QStringLiteral("tls"), ks},
        {QStringLiteral("primary.p12"), pkcs12, ks, QStringLiteral("primary"), ks},
        {QStringLiteral("truststore.p12"), pkcs12, s.truststore.password},
    };
}

} // namespace apim
