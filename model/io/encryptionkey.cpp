#include "encryptionkey.h"

#include <QByteArray>
#include <QRandomGenerator>

namespace apim {

QString newEncryptionKey()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator *random = QRandomGenerator::system();
    for (char &b : bytes)
        b = char(random->bounded(256));
    return QString::fromLatin1(bytes.toHex());
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
