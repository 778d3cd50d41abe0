// The systemd units of the bundle: quote::systemd* keeps every value data, and
// systemd's own parser (systemd-analyze verify, which needs no running systemd)
// accepts each unit and finds its ExecStart= at the home the design names.
#include "generators.h"
#include "quoting.h"
#include "templates.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace apim;

namespace {

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

Design pattern(const QString &name)
{
    PatternOptions o;
    o.pattern = name;
    Design d;
    QString error;
    if (!Templates::create(o, &d, &error))
        qWarning("%s", qPrintable(error));
    return d;
}

} // namespace

class TestSystemd : public QObject
{
    Q_OBJECT
private slots:
    void quoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("exec");
        QTest::addColumn<QString>("line");
        QTest::newRow("plain") << u("/opt/wso2/gw-1") << u("\"/opt/wso2/gw-1\"") << u("/opt/wso2/gw-1");
        QTest::newRow("specifier") << u("a%ib") << u("\"a%%ib\"") << u("a%%ib");
        QTest::newRow("variable") << u("$HOME") << u("\"$$HOME\"") << u("$HOME");
        QTest::newRow("quote and backslash") << u("a\"b\\c") << u("\"a\\\"b\\\\c\"") << u("a\"b\\c");
        QTest::newRow("line break") << u("a\nExecStart=/bin/x") << u("\"a\\x0aExecStart=/bin/x\"")
                                    << u("a ExecStart=/bin/x");
        QTest::newRow("trailing backslash") << u("a\\") << u("\"a\\\\\"") << u("a");
        QTest::newRow("nul") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b")) << u("\"ab\"")
                             << u("ab");
    }
    void quoting()
    {
        QFETCH(QString, text);
        QFETCH(QString, exec);
        QFETCH(QString, line);
        QCOMPARE(quote::systemdExecWord(text), exec);
        QCOMPARE(quote::systemdLineValue(text), line);
        // Environment= expands no variables: $ stays single.
        QCOMPARE(quote::systemdExecutable(QStringLiteral("/a$b")), QLatin1String("\"/a$b\""));
        QVERIFY(quote::systemdEnvironment(QStringLiteral("X"), QStringLiteral("$a")) ==
                QLatin1String("\"X=$a\""));
    }

    void unitPerApimNode()
    {
        const Design d = pattern(QStringLiteral("gw-cp"));
        int units = 0;
        for (const Node &n : d.topology.nodes()) {
            const QByteArray unit = systemdUnit(d, n);
            if (unit.isEmpty())
                continue;
            ++units;
            QVERIFY(unit.contains("Restart=on-failure"));
            QVERIFY(unit.contains("LimitNOFILE="));
            QVERIFY(unit.contains("User=wso2"));
            QVERIFY(unit.contains("\" \"stop\""));
            QVERIFY(unit.contains("JVM_MEM_OPTS=-Xms"));
        }
        QVERIFY(units >= 2);
    }

    // systemd's parser reads each unit; the home holds a hostile name, so a quoting
    // slip shows as a command systemd cannot find.
    void systemdAnalyzeVerify()
    {
        const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
        if (analyze.isEmpty())
            QSKIP("systemd-analyze is not installed");
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        for (bool vault : {false, true}) {
            Design d = pattern(QStringLiteral("gw-cp"));
            d.settings.secureVault = vault;
            d.settings.service.root = tmp.path() + QStringLiteral("/a b%i;x");
            for (const Node &n : d.topology.nodes()) {
                const QByteArray unit = systemdUnit(d, n);
                if (unit.isEmpty())
                    continue;
                const QString home = serviceHome(d, n);
                QVERIFY(QDir().mkpath(home));
                QFile start(home + QStringLiteral("/start.sh"));
                QVERIFY(start.open(QIODevice::WriteOnly));
                start.write("#!/bin/sh\n");
                start.close();
                start.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
                const QString path = tmp.filePath(serviceUnitName(n));
                QFile f(path);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(unit);
                f.close();
                QProcess p;
                p.start(analyze, {QStringLiteral("verify"), path});
                QVERIFY(p.waitForFinished(60000));
                const QByteArray err = p.readAllStandardError() + p.readAllStandardOutput();
                QVERIFY2(p.exitCode() == 0 && err.trimmed().isEmpty(), err.constData());
                // The same unit without its start script: systemd names the path it parsed.
                QVERIFY(QFile::remove(start.fileName()));
                p.start(analyze, {QStringLiteral("verify"), path});
                QVERIFY(p.waitForFinished(60000));
                const QString missing = QString::fromUtf8(p.readAllStandardError());
                QVERIFY2(missing.contains(home + QStringLiteral("/start.sh")), qPrintable(missing));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSystemd)
#include "tst_systemd.moc"
