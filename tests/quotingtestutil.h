// Small designs and process helpers for the quoting tests (tst_quoting*.cpp).
#pragma once

#include "design.h"

#include <QProcess>
#include <QStandardPaths>
#include <QString>

namespace quotingtest {

using namespace apim;

inline Node makeNode(NodeId id, NodeKind kind, const QString &name, const QString &hostname,
                     const QString &ip = {})
{
    Node n;
    n.id = id;
    n.kind = kind;
    n.values = SchemaRegistry::instance().defaults(kind);
    n.values.insert(Field::Name, name);
    n.values.insert(Field::Hostname, hostname);
    n.values.insert(Field::Ip, ip);
    return n;
}

// A control plane and a gateway on one database of `dbType`, for the SQL and
// start-script tests. Node 1 is the database, 2 the control plane, 3 the gateway.
inline Design smallDesign(const QString &dbType, const QString &version = QStringLiteral("4.4.0"))
{
    Design d;
    d.settings.name = QStringLiteral("quoting");
    d.settings.apimVersion = version;
    Node db = makeNode(1, NodeKind::Database, QStringLiteral("db"), QStringLiteral("db.internal"),
                       QStringLiteral("10.0.0.10"));
    db.values.insert(Field::DbType, dbType);
    db.values.insert(Field::DbPort, SchemaRegistry::defaultDatabasePort(dbType));
    d.topology.insertNode(0, db);
    d.topology.insertNode(1, makeNode(2, NodeKind::ControlPlane, QStringLiteral("cp-1"),
                                      QStringLiteral("cp1.internal"), QStringLiteral("10.0.0.1")));
    d.topology.insertNode(2, makeNode(3, NodeKind::Gateway, QStringLiteral("gw-1"),
                                      QStringLiteral("gw1.internal"), QStringLiteral("10.0.0.3")));
    d.topology.insertLink(0, Link{1, 2, 1});
    d.topology.insertLink(1, Link{2, 3, 1});
    d.topology.insertLink(2, Link{3, 3, 2});
    return d;
}

struct Run
{
    bool started = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a program with a bound on time (seconds, not minutes: CI runs them all).
inline Run run(const QString &program, const QStringList &args, const QByteArray &input = {},
               int timeoutMs = 20000)
{
    Run r;
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(5000))
        return r;
    r.started = true;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline QString tool(const QString &name)
{
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(name,
                                               {QStringLiteral("/usr/local/bin"), QStringLiteral("/usr/sbin"),
                                                QStringLiteral("/usr/lib/postgresql/15/bin")});
    return found;
}

} // namespace quotingtest
