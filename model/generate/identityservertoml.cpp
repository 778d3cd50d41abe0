// WSO2 Identity Server 7 as key manager: <IS_HOME>/repository/conf/deployment.toml. It is
// not an API-M node: no server_role, no API-M databases (IS 7 no longer syncs tenants
// through a shared database, so it keeps its own), its own keystores. The control planes
// that use it link to it; it tells them of revoked tokens with the header "WSO2-IS".
// The key manager itself is registered in the Admin Portal (the bundle README says how).
#include "generatorutil.h"
#include "kindtoml.h"
#include "tomlcommon.h"
#include "tomlkeys.h"

namespace apim::tomlgen {

namespace {

// The Admin Portal's "UserInfo" endpoint is /scim2/Me, called across tenants.
void writeScimMeAccess(TomlTable &root)
{
    TomlTable &rule = root.tableAt(tomlkey::parent(tomlkey::AccessControl))
                          .appendTable(tomlkey::leaf(tomlkey::AccessControl));
    rule.set(QStringLiteral("context"), QStringLiteral("(.*)/scim2/Me"));
    rule.set(QStringLiteral("secure"), true);
    rule.set(QStringLiteral("http_method"), QStringLiteral("GET"));
    rule.set(QStringLiteral("cross_tenant"), true);
    rule.set(QStringLiteral("permissions"), TomlValue(QStringList()));
    rule.set(QStringLiteral("scopes"), TomlValue(QStringList()));
}

} // namespace

void writeIdentityServer(TomlTable &root, const Design &design, const Node &is)
{
    // [server], [user_store] and [super_admin] as on API-M nodes, without a server_role.
    writeServer(root, design, is, QString());
    root.tableAt(tomlkey::parent(tomlkey::ServerRole)).remove(tomlkey::leaf(tomlkey::ServerRole));

    // API-M asks for its own scopes; IS 7 grants them and API-M checks them itself.
    root.tableAt(tomlkey::parent(tomlkey::AuthorizeAllScopes))
        .set(tomlkey::leaf(tomlkey::AuthorizeAllScopes), true);
    writeScimMeAccess(root);
    const QString notify = notificationBase(design, is);
    if (!notify.isEmpty())
        writeTokenRevocationListener(root, notify, KeyManagerHeaderIdentityServer);
}

} // namespace apim::tomlgen
