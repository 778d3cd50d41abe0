// Small designs and process helpers for the quoting tests (tst_quoting*.cpp).
#pragma once

#include "design.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QThread>

#include <functional>

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

// Stops what it was given when the test leaves, however it leaves.
struct Stopper
{
    std::function<void()> stop;
    ~Stopper()
    {
        if (stop)
            stop();
    }
};

// The top of an NGINX configuration (up to inside `http {`) that keeps its pid, logs and
// temporary files in `dir`, so that a test's NGINX touches nothing outside it.
inline QString nginxPreamble(const QString &dir)
{
    return QStringLiteral("pid %1/nginx.pid;\nerror_log stderr;\nevents {}\nhttp {\n"
                          "  access_log off;\n  client_body_temp_path %1/body;\n"
                          "  proxy_temp_path %1/proxy;\n  fastcgi_temp_path %1/fcgi;\n"
                          "  uwsgi_temp_path %1/uwsgi;\n  scgi_temp_path %1/scgi;\n")
        .arg(dir);
}

// Runs NGINX in the foreground (`args`: -p and -c) until the returned Stopper goes,
// and waits up to 5 s for `socket`, the unix socket it listens on.
[[nodiscard]] inline Stopper startNginx(QProcess &server, const QString &nginx, const QStringList &args,
                                        const QString &socket)
{
    server.start(nginx,
                 args + QStringList{QStringLiteral("-g"), QStringLiteral("daemon off; master_process off;")});
    if (server.waitForStarted(5000)) {
        for (int w = 0; w < 100 && !QFile::exists(socket); ++w)
            QThread::msleep(50);
    }
    // A prvalue: never copied, so the server is stopped once, when the caller's Stopper goes.
    return Stopper{[&server] {
        server.terminate();
        if (!server.waitForFinished(10000)) {
            server.kill();
            server.waitForFinished(5000);
        }
    }};
}

} // namespace quotingtest
