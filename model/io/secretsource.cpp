#include "secretsource.h"

#include <QCoreApplication>
#include <QHash>

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

struct DatabaseVariable
{
    const Node *node = nullptr;
    QString wanted;               // APIM_DB_<NAME>, from the node name
    QString given;                // the same, or with "_2", "_3", ... when another database has it
    const Node *holder = nullptr; // the database that has `wanted`, when it is not this one
};

// One variable prefix per database node, in node order; a later node whose
// name maps onto a prefix already taken gets the first free numbered one.
QList<DatabaseVariable> databaseVariables(const Design &design)
{
    QList<DatabaseVariable> out;
    QHash<QString, const Node *> taken;
    for (const Node *db : design.topology.nodesWith(&KindTraits::database)) {
        DatabaseVariable v{db, QStringLiteral("APIM_DB_") + variablePart(db->name()), {}, nullptr};
        v.given = v.wanted;
        for (int n = 2; taken.contains(v.given); ++n)
            v.given = v.wanted + QLatin1Char('_') + QString::number(n);
        v.holder = taken.value(v.wanted);
        taken.insert(v.given, db);
        out.append(v);
    }
    return out;
}

} // namespace

QList<SecretClash> secretVariableClashes(const Design &design)
{
    QList<SecretClash> out;
    for (const DatabaseVariable &v : databaseVariables(design)) {
        if (v.holder)
            out.append(
                {v.node, v.holder->name(), v.wanted + QLatin1String("_*"), v.given + QLatin1String("_*")});
    }
    return out;
}

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
    for (const DatabaseVariable &v : databaseVariables(design)) {
        const Node *db = v.node;
        const QString &base = v.given;
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

QList<SecretSlot> missingRequiredSecrets(const Design &design)
{
    QList<SecretSlot> missing;
    if (design.settings.storePasswords)
        return missing; // the project's own values are exported as they are
    for (const SecretSlot &slot : secretSlots(design)) {
        if (secretValue(design, slot).isEmpty())
            missing.append(slot);
    }
    return missing;
}

QStringList describeSecrets(const QList<SecretSlot> &secrets)
{
    QStringList out;
    for (const SecretSlot &slot : secrets)
        out.append(SecretsTr::tr("%1 (%2)").arg(slot.description, slot.variable));
    return out;
}

} // namespace apim
