// The designer as a screen reader sees it: a real designer process under Xvfb,
// with a private D-Bus session and AT-SPI bus, opened on a design; pyatspi
// reads its accessibility tree, which must list every node by name.
#include "projectfile.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace apim;

namespace {

// Starts the AT-SPI bus, the designer on the design, and the reader; all
// bounded in time. NO-BUS: the bus could not start (the test is skipped then).
const char *RunScript = R"(#!/bin/sh
launcher=/usr/libexec/at-spi-bus-launcher
[ -x "$launcher" ] || { echo NO-BUS; exit 0; }
"$launcher" --launch-immediately &
bus=$!
sleep 1
kill -0 "$bus" 2>/dev/null || { echo NO-BUS; exit 0; }
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb HOME="$2" "$1" "$3" &
app=$!
timeout 40 /usr/bin/python3 "$2/read.py"
kill "$app" "$bus" 2>/dev/null
wait "$app" 2>/dev/null
exit 0
)";

// Prints "ROLE<TAB>NAME" for every canvas item of the designer, once it shows them.
const char *ReadScript = R"(import time
import pyatspi
def items():
    out = []
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is None or app.name != "apim-designer":
            continue
        stack = [app]
        while stack:
            x = stack.pop()
            if x is None:
                continue
            try:
                role = x.getRoleName()
                if role == "canvas":
                    out += [(c.getRoleName(), c.name) for c in x if c is not None]
                else:
                    stack.extend(list(x))
            except Exception:
                pass
    return out
found = []
for _ in range(60):
    found = items()
    if any(r == "image" for r, _ in found):
        break
    time.sleep(0.5)
for role, name in found:
    print("%s\t%s" % (role, name))
print("END")
)";

} // namespace

class TestGuiA11y : public QObject
{
    Q_OBJECT

private slots:
    void atspiTreeListsNodes();
};

void TestGuiA11y::atspiTreeListsNodes()
{
    for (const char *tool : {"xvfb-run", "dbus-run-session"}) {
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(QLatin1String(tool))));
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString design = dir.filePath(QStringLiteral("a11y.apimtopo"));
    QProcess cli;
    cli.start(QStringLiteral(APIM_CLI_PATH),
              {QStringLiteral("new"), QStringLiteral("gw-cp-ha"), QStringLiteral("-o"), design});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    Design loaded;
    TomlError error;
    QVERIFY2(ProjectFile::load(design, &loaded, &error), qPrintable(error.toString()));

    QFile run(dir.filePath(QStringLiteral("run.sh")));
    QVERIFY(run.open(QIODevice::WriteOnly));
    run.write(RunScript);
    run.close();
    QFile read(dir.filePath(QStringLiteral("read.py")));
    QVERIFY(read.open(QIODevice::WriteOnly));
    read.write(ReadScript);
    read.close();

    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("AT_SPI_BUS_ADDRESS"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("xvfb-run"),
            {QStringLiteral("-a"), QStringLiteral("dbus-run-session"), QStringLiteral("--"),
             QStringLiteral("sh"), run.fileName(), QStringLiteral(APIM_DESIGNER_PATH), dir.path(), design});
    QVERIFY(p.waitForStarted());
    if (!p.waitForFinished(90000)) {
        p.kill();
        p.waitForFinished();
        QFAIL("the AT-SPI run did not end within 90 s");
    }
    const QString out = QString::fromUtf8(p.readAll());
    if (out.contains(QLatin1String("NO-BUS")))
        QSKIP("the AT-SPI bus cannot start here");
    if (out.contains(QLatin1String("No module named 'pyatspi'")))
        QSKIP("python3-pyatspi is not installed");
    QVERIFY2(out.contains(QLatin1String("END")), qPrintable(out));
    for (const Node &n : loaded.topology.nodes())
        QVERIFY2(out.contains(QStringLiteral("image\t%1\n").arg(n.name())),
                 qPrintable(n.name() + u'\n' + out));
    QVERIFY2(out.contains(QLatin1String("link\t")), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestGuiA11y)
#include "tst_gui_a11y.moc"
