// Key managers: the gw-cp-tm-km pattern with key manager nodes or WSO2 Identity Server 7,
// checked key by key against the facts sheet (§1.3 "Key Manager node", §2.2, §4), so that a
// wrong golden bundle cannot pass on its own.
#include "generators.h"
#include "generatorutil.h"
#include "templates.h"
#include "tomlkeys.h"

#include <QtTest>

using namespace apim;

namespace {

Design pattern(const QString &version, int count, KeyManagerChoice km = KeyManagerChoice::Node)
{
    PatternOptions o;
    o.pattern = QStringLiteral("gw-cp-tm-km");
    o.version = version;
    o.gateways = o.controlPlanes = o.trafficManagers = count;
    o.keyManagers = km == KeyManagerChoice::IdentityServer ? 0 : count;
    o.keyManager = km;
    Design d;
    QString error;
    if (!Templates::create(o, &d, &error))
        qWarning("%s", qPrintable(error));
    return d;
}

QList<const Node *> ofKind(const Design &d, NodeKind kind)
{
    QList<const Node *> out;
    for (const Node &n : d.topology.nodes()) {
        if (n.kind == kind)
            out.append(&n);
    }
    return out;
}

QString text(const TomlTable &t, const char *key)
{
    const TomlValue *v = t.findPath(tomlkey::path(key));
    return v ? v->toString() : QString();
}

QStringList list(const TomlTable &t, const char *key)
{
    const TomlValue *v = t.findPath(tomlkey::path(key));
    return v ? v->toStringList() : QStringList();
}

// The [[event_listener]] tables with id token_revocation.
QList<const TomlTable *> revocationListeners(const TomlTable &t)
{
    QList<const TomlTable *> out;
    const TomlValue *listeners = t.findPath({QLatin1String(tomlkey::EventListeners)});
    for (const TomlValue &l : listeners ? listeners->array() : QList<TomlValue>()) {
        const TomlValue *id = l.table() ? l.table()->find(QStringLiteral("id")) : nullptr;
        if (id && id->toString() == QLatin1String(tomlkey::TokenRevocationListener))
            out.append(l.table());
    }
    return out;
}

QString listenerProperty(const TomlTable &listener, const QString &key)
{
    const TomlValue *v = listener.findPath({QStringLiteral("properties"), key});
    return v ? v->toString() : QString();
}

} // namespace

class TestKeyManager : public QObject
{
    Q_OBJECT

private slots:
    void everyApimNodeUsesTheKeyManager_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("4.4 single") << "4.4.0" << 1 << "https://km.wso2.com:9443/services/";
        QTest::newRow("4.4 HA") << "4.4.0" << 2 << "https://km.wso2.com/services/";
        QTest::newRow("4.7 single") << "4.7.0" << 1 << "https://km.wso2.com:9443/services/";
        QTest::newRow("4.7 HA") << "4.7.0" << 3 << "https://km.wso2.com/services/";
    }

    // Control planes, gateways and traffic managers validate keys on the key manager (its
    // balancer in HA), never on a control plane, though they link to those too.
    void everyApimNodeUsesTheKeyManager()
    {
        QFETCH(QString, version);
        QFETCH(int, count);
        QFETCH(QString, expected);
        const Design d = pattern(version, count);
        const ApimVersion v = ApimVersion::parse(version);
        QCOMPARE(ofKind(d, NodeKind::KeyManager).size(), count);
        for (NodeKind kind : {NodeKind::ControlPlane, NodeKind::Gateway, NodeKind::TrafficManager}) {
            for (const Node *n : ofKind(d, kind)) {
                const QList<const Node *> kms = genutil::providers(d.topology, *n, Service::KeyManager, v);
                QCOMPARE(kms.size(), count);
                for (const Node *km : kms)
                    QCOMPARE(km->kind, NodeKind::KeyManager);
                const TomlTable t = deploymentToml(d, *n);
                const QString url = text(t, tomlkey::KeyManagerServiceUrl);
                // The traffic manager's own file is written by its writer; what it says must agree.
                if (kind != NodeKind::TrafficManager || !url.isEmpty())
                    QCOMPARE(url, expected);
            }
        }
    }

    void keyManagerFileFollowsTheVersion_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("profile");
        QTest::newRow("4.2") << "4.2.0"
                             << "control-plane"
                             << "api-manager"
                             << "api-key-manager-deprecated";
        QTest::newRow("4.4") << "4.4.0"
                             << "control-plane"
                             << "api-manager"
                             << "api-key-manager-node";
        QTest::newRow("4.5") << "4.5.0"
                             << "default"
                             << "key-manager"
                             << "";
        QTest::newRow("4.7") << "4.7.0"
                             << "default"
                             << "key-manager"
                             << "";
    }

    // server_role and start per version; revocations and the event hub go to the control
    // planes: the notify endpoint through their balancer, the subscriptions to each node.
    void keyManagerFileFollowsTheVersion()
    {
        QFETCH(QString, version);
        QFETCH(QString, role);
        QFETCH(QString, script);
        QFETCH(QString, profile);
        const Design d = pattern(version, 2);
        for (const Node *km : ofKind(d, NodeKind::KeyManager)) {
            const TomlTable t = deploymentToml(d, *km);
            QCOMPARE(text(t, tomlkey::ServerRole), role);
            QCOMPARE(text(t, tomlkey::ServerHostname), QStringLiteral("km.wso2.com"));
            const genutil::StartCommand cmd = genutil::startCommand(*km, ApimVersion::parse(version));
            QCOMPARE(cmd.script, script);
            QCOMPARE(cmd.args.join(QLatin1Char(' ')),
                     profile.isEmpty() ? QString() : QStringLiteral("-Dprofile=") + profile);
            QVERIFY(t.findPath(tomlkey::path(tomlkey::ApimDb)));
            QVERIFY(t.findPath(tomlkey::path(tomlkey::SharedDb)));
            const QList<const TomlTable *> listeners = revocationListeners(t);
            QCOMPARE(listeners.size(), 1);
            QCOMPARE(listenerProperty(*listeners.first(), QLatin1String(tomlkey::KeyManagerHeaderKey)),
                     QStringLiteral("default"));
            QCOMPARE(listenerProperty(*listeners.first(), tomlkey::leaf(tomlkey::NotificationEndpoint)),
                     QStringLiteral("https://cp.wso2.com/internal/data/v1/notify"));
            QCOMPARE(text(t, tomlkey::EventHubServiceUrl), QStringLiteral("https://cp.wso2.com/services/"));
            QCOMPARE(list(t, tomlkey::EventListeningEndpoints),
                     (QStringList{QStringLiteral("tcp://apim-cp-1:5672"),
                                  QStringLiteral("tcp://apim-cp-2:5672")}));
            QVERIFY(!t.findPath(tomlkey::path(tomlkey::KeyManager)));
        }
        // The control planes keep their own listener beside a key manager node (docs sample).
        for (const Node *cp : ofKind(d, NodeKind::ControlPlane))
            QCOMPARE(revocationListeners(deploymentToml(d, *cp)).size(), 1);
    }

    void identityServerReplacesTheKeyManagers_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("notify");
        QTest::newRow("single") << 1 << "https://cp.wso2.com:9443/internal/data/v1/notify";
        QTest::newRow("HA") << 2 << "https://cp.wso2.com/internal/data/v1/notify";
    }

    // §4.2/§4.3: the IS notifies the control planes with header WSO2-IS; the control planes
    // drop their own listener and keep their resident key manager for gateways and TMs.
    void identityServerReplacesTheKeyManagers()
    {
        QFETCH(int, count);
        QFETCH(QString, notify);
        const Design d = pattern(QStringLiteral("4.7.0"), count, KeyManagerChoice::IdentityServer);
        QVERIFY(ofKind(d, NodeKind::KeyManager).isEmpty());
        const QList<const Node *> iss = ofKind(d, NodeKind::IdentityServer);
        QCOMPARE(iss.size(), 1);

        const TomlTable is = deploymentToml(d, *iss.first());
        QCOMPARE(text(is, tomlkey::ServerHostname), QStringLiteral("is.wso2.com"));
        QVERIFY(!is.findPath(tomlkey::path(tomlkey::ServerRole)));
        QVERIFY(!is.findPath(tomlkey::path(tomlkey::Database)));
        const TomlValue *all = is.findPath(tomlkey::path(tomlkey::AuthorizeAllScopes));
        QVERIFY(all && *all == TomlValue(true));
        const TomlValue *access = is.findPath(tomlkey::path(tomlkey::AccessControl));
        QVERIFY(access && access->array().size() == 1);
        QCOMPARE(access->array().first().table()->find(QStringLiteral("context"))->toString(),
                 QStringLiteral("(.*)/scim2/Me"));
        const QList<const TomlTable *> listeners = revocationListeners(is);
        QCOMPARE(listeners.size(), 1);
        QCOMPARE(listenerProperty(*listeners.first(), QLatin1String(tomlkey::KeyManagerHeaderKey)),
                 QStringLiteral("WSO2-IS"));
        QCOMPARE(listenerProperty(*listeners.first(), tomlkey::leaf(tomlkey::NotificationEndpoint)), notify);

        const QString resident = count > 1 ? QStringLiteral("https://cp.wso2.com/services/")
                                           : QStringLiteral("https://cp.wso2.com:9443/services/");
        for (const Node *cp : ofKind(d, NodeKind::ControlPlane)) {
            const TomlTable t = deploymentToml(d, *cp);
            QVERIFY(revocationListeners(t).isEmpty());
            QCOMPARE(text(t, tomlkey::KeyManagerServiceUrl), resident);
        }
        for (const Node *gw : ofKind(d, NodeKind::Gateway))
            QCOMPARE(text(deploymentToml(d, *gw), tomlkey::KeyManagerServiceUrl), resident);

        const QString readme = QString::fromUtf8(bundleReadme(d));
        for (const char *needle : {"**WSO2 Identity Server 7**", "https://is.wso2.com:9443/oauth2/jwks",
                                   "https://is.wso2.com:9443/scim2/Me", "truststore.p12",
                                   "wso2server.sh"}) // private CA: its truststore
            QVERIFY2(readme.contains(QLatin1String(needle)), needle);
    }

    // The bundle gives the Identity Server its deployment.toml and hosts file, no API-M start scripts.
    void identityServerFiles()
    {
        const Design d = pattern(QStringLiteral("4.7.0"), 1, KeyManagerChoice::IdentityServer);
        QStringList paths;
        for (const BundleFile &f : nodeFiles(d, *ofKind(d, NodeKind::IdentityServer).first()))
            paths.append(f.path);
        QCOMPARE(paths,
                 (QStringList{QStringLiteral("repository/conf/deployment.toml"), QStringLiteral("hosts")}));
    }

    void patternOptions()
    {
        Design d;
        QString error;
        PatternOptions o;
        o.pattern = QStringLiteral("gw-cp-tm-km");
        QVERIFY(Templates::create(o, &d, &error));
        QCOMPARE(d.settings.apimVersion, QStringLiteral("4.7.0"));
        QCOMPARE(Templates::countOptions(o.pattern),
                 (QStringList{QStringLiteral("gateways"), QStringLiteral("control-planes"),
                              QStringLiteral("traffic-managers"), QStringLiteral("key-managers")}));
        QVERIFY(Templates::choosesKeyManager(o.pattern));
        // The seed's patterns keep the key manager in the control plane.
        o.pattern = QStringLiteral("gw-cp-ha");
        o.keyManager = KeyManagerChoice::IdentityServer;
        QVERIFY(!Templates::create(o, &d, &error));
        QVERIFY(error.contains(QLatin1String("keeps its key manager")));
    }

    void keyManagerTokenSettings_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("written");
        QTest::newRow("4.4") << "4.4.0" << false;
        QTest::newRow("4.5") << "4.5.0" << false;
        QTest::newRow("4.6") << "4.6.0" << false;
        QTest::newRow("4.7") << "4.7.0" << true;
    }

    // §1.3 "Key Manager node", §1.6 token persistence: from 4.7 the key manager's file keeps the
    // ACP pack's non-persistent JWT issuer and states token encryption and hashing (off).
    void keyManagerTokenSettings()
    {
        QFETCH(QString, version);
        QFETCH(bool, written);
        for (int count : {1, 2}) {
            const Design d = pattern(version, count);
            for (const Node *km : ofKind(d, NodeKind::KeyManager)) {
                const TomlTable t = deploymentToml(d, *km);
                const TomlValue *encryption = t.findPath(tomlkey::path(tomlkey::TokenEncryption));
                const TomlValue *hashing = t.findPath(tomlkey::path(tomlkey::TokenHashing));
                const TomlValue *types = t.findPath(tomlkey::path(tomlkey::TokenTypes));
                QCOMPARE(encryption != nullptr, written);
                QCOMPARE(hashing != nullptr, written);
                QCOMPARE(types != nullptr, written);
                if (!written)
                    continue;
                QVERIFY(*encryption == TomlValue(false));
                QVERIFY(*hashing == TomlValue(false));
                QVERIFY(types->isArrayOfTables());
                QCOMPARE(types->array().size(), 1);
                const TomlTable *type = types->array().first().table();
                QCOMPARE(type->find(QStringLiteral("name"))->toString(), QStringLiteral("JWT"));
                QCOMPARE(
                    type->find(QStringLiteral("issuer"))->toString(),
                    QStringLiteral("org.wso2.is.key.manager.tokenpersistence.issuer.ExtendedJWTTokenIssuer"));
                // Only the key manager: the control planes, gateways and TMs do not issue its tokens.
                QVERIFY(!t.findPath(tomlkey::path(tomlkey::RevokeEndpoint)));
            }
            for (NodeKind kind : {NodeKind::Gateway, NodeKind::TrafficManager}) {
                for (const Node *n : ofKind(d, kind))
                    QVERIFY(!deploymentToml(d, *n).findPath(tomlkey::path(tomlkey::TokenTypes)));
            }
            // The control plane pack ships the same issuer active from 4.7; its generated file
            // replaces the shipped one, so it keeps it (without the key manager's oauth_config).
            for (const Node *cp : ofKind(d, NodeKind::ControlPlane)) {
                const TomlTable t = deploymentToml(d, *cp);
                QCOMPARE(t.findPath(tomlkey::path(tomlkey::TokenTypes)) != nullptr, written);
                QVERIFY(!t.findPath(tomlkey::path(tomlkey::TokenEncryption)));
            }
        }
    }

    void identityServerTenantSharing_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("shared");
        QTest::addColumn<QString>("base");
        QTest::newRow("4.4") << "4.4.0" << 1 << false << "";
        QTest::newRow("4.5 HA") << "4.5.0" << 2 << false << "";
        QTest::newRow("4.6") << "4.6.0" << 1 << true << "https://is.wso2.com:9443";
        QTest::newRow("4.7 HA") << "4.7.0" << 2 << true << "https://is.wso2.com:9443";
    }

    // §4.3: from 4.6 the control planes share tenants with IS 7 (one way), new tenants get it as
    // their key manager; the IS user is the design's admin by reference, never a second password.
    void identityServerTenantSharing()
    {
        QFETCH(QString, version);
        QFETCH(int, count);
        QFETCH(bool, shared);
        QFETCH(QString, base);
        const Design d = pattern(version, count, KeyManagerChoice::IdentityServer);
        for (const Node *cp : ofKind(d, NodeKind::ControlPlane)) {
            const TomlTable t = deploymentToml(d, *cp);
            const TomlValue *sharing = t.findPath(tomlkey::path(tomlkey::TenantSharing));
            QCOMPARE(sharing != nullptr, shared);
            if (!shared)
                continue;
            QVERIFY(sharing->isArrayOfTables());
            QCOMPARE(sharing->array().size(), 1);
            const TomlTable *entry = sharing->array().first().table();
            QCOMPARE(entry->find(QStringLiteral("type"))->toString(), QStringLiteral("WSO2-IS-7"));
            auto property = [&](const char *key) {
                return entry->findPath({QStringLiteral("properties"), QLatin1String(key)});
            };
            QVERIFY(*property("enable_tenant_sync") == TomlValue(true));
            QVERIFY(*property("auto_configure_key_manager") == TomlValue(true));
            QCOMPARE(property("identity_server_base_url")->toString(), base);
            QCOMPARE(property("username")->toString(), QStringLiteral("$ref{super_admin.username}"));
            QCOMPARE(property("password")->toString(), QStringLiteral("$ref{super_admin.password}"));
            // The resident key manager stays (IS 7 cannot replace it).
            QVERIFY(!t.findPath(tomlkey::path(tomlkey::KeyManagerType)));
        }
        // API-M to IS only: the IS does not push its tenants back.
        const TomlTable is = deploymentToml(d, *ofKind(d, NodeKind::IdentityServer).first());
        const TomlValue *listeners = is.findPath({QLatin1String(tomlkey::EventListeners)});
        QVERIFY(listeners);
        for (const TomlValue &l : listeners->array())
            QVERIFY(l.table()->find(QStringLiteral("id"))->toString() != QLatin1String("tenant_creation"));
        const QString readme = QString::fromUtf8(bundleReadme(d));
        QCOMPARE(readme.contains(QLatin1String("share their tenants with IS 7")), shared);
        QVERIFY(!readme.contains(QLatin1String("it is not generated")));
        // The key manager is not a node of the IS 7 design: no key manager token settings; only
        // the control planes keep their pack's shipped JWT issuer (4.7+).
        for (const Node &n : d.topology.nodes()) {
            if (n.kind == NodeKind::Database || n.kind == NodeKind::LoadBalancer)
                continue;
            const TomlTable t = deploymentToml(d, n);
            QVERIFY(!t.findPath(tomlkey::path(tomlkey::TokenEncryption)));
            const bool shipped = n.kind == NodeKind::ControlPlane && version == QLatin1String("4.7.0");
            QCOMPARE(t.findPath(tomlkey::path(tomlkey::TokenTypes)) != nullptr, shipped);
        }
    }

    // A key manager count needs key manager nodes; gw-cp-tm-km has them by default and refuses
    // "resident"; gw-cp-tm with --key-manager node takes a count.
    void keyManagerChoicesAreChecked()
    {
        Design d;
        QString error;
        PatternOptions o;
        o.pattern = QStringLiteral("gw-cp-tm-km");
        o.keyManager = KeyManagerChoice::IdentityServer;
        o.keyManagers = 2;
        QVERIFY(!Templates::create(o, &d, &error));
        QVERIFY2(error.contains(QLatin1String("--key-managers")) && error.contains(QLatin1String("is7")),
                 qPrintable(error));
        o.keyManager = KeyManagerChoice::Resident;
        o.keyManagers = 0;
        QVERIFY(!Templates::create(o, &d, &error));
        QVERIFY2(error.contains(QLatin1String("apart from the control planes")), qPrintable(error));
        o.keyManager = KeyManagerChoice::PatternDefault;
        QVERIFY2(Templates::create(o, &d, &error), qPrintable(error));
        QCOMPARE(ofKind(d, NodeKind::KeyManager).size(), 1);

        o.pattern = QStringLiteral("gw-cp-tm");
        QVERIFY2(Templates::create(o, &d, &error), qPrintable(error));
        QVERIFY(ofKind(d, NodeKind::KeyManager).isEmpty());
        o.keyManager = KeyManagerChoice::Resident;
        o.keyManagers = 2;
        QVERIFY(!Templates::create(o, &d, &error));
        QVERIFY2(error.contains(QLatin1String("--key-managers")) && error.contains(QLatin1String("resident")),
                 qPrintable(error));
        o.keyManager = KeyManagerChoice::Node;
        QVERIFY2(Templates::create(o, &d, &error), qPrintable(error));
        QCOMPARE(ofKind(d, NodeKind::KeyManager).size(), 2);

        QCOMPARE(Templates::keyManagerChoices(QStringLiteral("gw-cp-tm-km")),
                 (QList<KeyManagerChoice>{KeyManagerChoice::Node, KeyManagerChoice::IdentityServer}));
        QCOMPARE(Templates::keyManagerChoices(QStringLiteral("gw-cp-tm")).first(),
                 KeyManagerChoice::Resident);
        QVERIFY(Templates::keyManagerChoices(QStringLiteral("aio")).isEmpty());
    }

    void keyManagersAreInThePalette()
    {
        const QList<NodeKind> kinds = SchemaRegistry::instance().paletteKinds();
        QVERIFY(kinds.contains(NodeKind::KeyManager));
        QVERIFY(kinds.contains(NodeKind::IdentityServer));
    }
};

QTEST_GUILESS_MAIN(TestKeyManager)
#include "tst_keymanager.moc"
