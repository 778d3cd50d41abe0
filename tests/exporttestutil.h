// Helpers the export target tests share: designs from a pattern and node counts, and
// a bounded run of an external tool (the engines the targets are checked with).
#pragma once

#include "design.h"
#include "templates.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace exporttest {

// A 4.7 design gets this key, as `new` would make one.
inline const QString Key = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

inline apim::PatternOptions pattern(const char *name, const char *version, int gw, int cp, int tm, int km,
                                    int aio,
                                    apim::KeyManagerChoice where = apim::KeyManagerChoice::PatternDefault)
{
    apim::PatternOptions o;
    o.pattern = QString::fromLatin1(name);
    o.version = QString::fromLatin1(version);
    o.gateways = gw;
    o.controlPlanes = cp;
    o.trafficManagers = tm;
    o.keyManagers = km;
    o.allInOnes = aio;
    o.keyManager = where;
    return o;
}

inline apim::Design designOf(const apim::PatternOptions &o)
{
    apim::Design d;
    QString error;
    if (!apim::Templates::create(o, &d, &error))
        qFatal("%s", qPrintable(error));
    if (apim::ApimVersion::parse(d.settings.apimVersion).symmetricEncryption())
        d.settings.encryptionKey = Key;
    return d;
}

struct Run
{
    int code = -1;
    QString out, err;
};

// Two minutes unless told; a tool that hangs is killed and counts as failed (-1).
inline Run run(const QString &program, const QStringList &args, const QString &dir = {},
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
               int timeoutMs = 120000)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs))
        p.kill();
    p.waitForFinished(5000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace exporttest
