#include "encryptionkey.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace apim {

QString newEncryptionKey()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator *random = QRandomGenerator::system();
    for (char &b : bytes)
        b = char(random->bounded(256));
    return QString::fromLatin1(bytes.toHex());
}

bool isEncryptionKey(const QString &key)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    return hex.match(key).hasMatch();
}

bool ensureEncryptionKey(DesignSettings *settings)
{
    DesignSettings &s = *settings;
    if (!s.encryptionKey.isEmpty() || !s.storePasswords ||
        !ApimVersion::parse(s.apimVersion).symmetricEncryption())
        return false;
    s.encryptionKey = newEncryptionKey();
    return true;
}

} // namespace apim
