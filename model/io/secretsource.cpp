#include "secretsource.h"

#include <QCoreApplication>

namespace apim {

namespace {

struct SecretsTr
{
    Q_DECLARE_TR_FUNCTIONS(Secrets)
};

QString variablePart(const QString &name)
{
    QString out;
    for (QChar c : name.toUpper())
        out += (c.isLetterOrNumber() && c.unicode() < 128) ? c : QLatin1Char('_');
    return out;
}

const QString AdminKey = QStringLiteral("admin_password");
const QString KeystoreKey = QStringLiteral("keystore_password");
const QString KeyKey = QStringLiteral("key_password");
const QString TruststoreKey = QStringLiteral("truststore_password");
const QString EncryptionKey = QStringLiteral("encryption_key");

} // namespace

QList<SecretSlot> secretSlots(const Design &design)
{
    QList<SecretSlot> list{
        {QStringLiteral("APIM_ADMIN_PASSWORD"), SecretsTr::tr("Super admin password"), 0, AdminKey},
        {QStringLiteral("APIM_KEYSTORE_PASSWORD"), SecretsTr::tr("Keystore password"), 0, KeystoreKey},
        {QStringLiteral("APIM_KEY_PASSWORD"), SecretsTr::tr("Keystore key password"), 0, KeyKey},
        {QStringLiteral("APIM_TRUSTSTORE_PASSWORD"), SecretsTr::tr("Truststore password"), 0, TruststoreKey},
    };
    // Only a design whose version encrypts symmetrically has the key.
    if (ApimVersion::parse(design.settings.apimVersion).symmetricEncryption())
        list.append({QStringLiteral("APIM_ENCRYPTION_KEY"),
                     SecretsTr::tr("Encryption key (64 hexadecimal characters)"), 0, EncryptionKey});
    for (const Node *db : design.topology.nodesWith(&KindTraits::database)) {
        const QString base = QStringLiteral("APIM_DB_") + variablePart(db->name());
        list.append({base + QLatin1String("_APIM_PASSWORD"),
                     SecretsTr::tr("apim_db password of %1").arg(db->name()), db->id, Field::ApimDbPassword});
        list.append({base + QLatin1String("_SHARED_PASSWORD"),
                     SecretsTr::tr("shared_db password of %1").arg(db->name()), db->id,
                     Field::SharedDbPassword});
    }
    return list;
}

QString secretValue(const Design &design, const SecretSlot &slot)
{
    if (slot.node) {
        const Node *n = design.topology.node(slot.node);
        return n ? n->text(slot.field) : QString();
    }
    const DesignSettings &s = design.settings;
    if (slot.field == AdminKey)
        return s.adminPassword;
    if (slot.field == KeystoreKey)
        return s.keystore.password;
    if (slot.field == KeyKey)
        return s.keystore.keyPassword;
    if (slot.field == EncryptionKey)
        return s.encryptionKey;
    return s.truststore.password;
}

void setSecretValue(Design *design, const SecretSlot &slot, const QString &value)
{
    if (slot.node) {
        if (Node *n = design->topology.mutableNode(slot.node))
            n->values.insert(slot.field, value);
        return;
    }
    DesignSettings &s = design->settings;
    if (slot.field == AdminKey)
        s.adminPassword = value;
    else if (slot.field == KeystoreKey)
        s.keystore.password = value;
    else if (slot.field == KeyKey)
        s.keystore.keyPassword = value;
    else if (slot.field == EncryptionKey)
        s.encryptionKey = value;
    else
        s.truststore.password = value;
}

QStringList fillSecretsFromEnvironment(Design *design, const QProcessEnvironment &env)
{
    QStringList missing;
    for (const SecretSlot &slot : secretSlots(*design)) {
        if (!secretValue(*design, slot).isEmpty())
            continue;
        if (env.contains(slot.variable) && !env.value(slot.variable).isEmpty())
            setSecretValue(design, slot, env.value(slot.variable));
        else
            missing.append(slot.variable);
    }
    return missing;
}

} // namespace apim
