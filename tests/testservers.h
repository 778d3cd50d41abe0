// Real servers for the tests: PostgreSQL and MariaDB in a temporary folder,
// reachable through a unix socket in that folder and, when asked, on a
// loopback TCP port; bounded in time and always stopped (Stopper, or the
// server object's destructor). A caller skips when a binary is missing
// (packaging/install-deps.sh installs them in CI).
#pragma once

#include "quotingtestutil.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <functional>

namespace testservers {

using quotingtest::Run;
using quotingtest::run;
using quotingtest::Stopper;
using quotingtest::tool;

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(data) == data.size();
}

inline QByteArray readFileOrEmpty(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A TCP port on `address` that nobody listens on right now (the kernel's pick); 0 on failure.
inline int freeLoopbackPort(const char *address = "127.0.0.1")
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = 0;
    ::inet_pton(AF_INET, address, &a.sin_addr);
    int port = 0;
    socklen_t len = sizeof a;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len) == 0)
        port = ntohs(a.sin_port);
    ::close(fd);
    return port;
}

// Whether something listens on address:port (IPv4).
inline bool listening(int port, const char *address = "127.0.0.1")
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<quint16>(port));
    ::inet_pton(AF_INET, address, &a.sin_addr);
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0;
    ::close(fd);
    return ok;
}

// PostgreSQL: initdb + pg_ctl in `dir` (as the postgres account when the test runs as root).
class Postgres
{
public:
    static bool available()
    {
        return !tool(QStringLiteral("initdb")).isEmpty() && !tool(QStringLiteral("pg_ctl")).isEmpty() &&
               !tool(QStringLiteral("psql")).isEmpty();
    }

    ~Postgres() { stop(); }

    // tcpPort > 0: also listen on 127.0.0.1:tcpPort; `hba` then replaces pg_hba.conf (the
    // superuser keeps trust on the socket). Returns an error text, empty on success.
    QString start(const QString &dir, int tcpPort = 0, const QByteArray &hba = {})
    {
        m_dir = dir;
        m_data = dir + QStringLiteral("/data");
        if (geteuid() == 0) {
            const passwd *pw = getpwnam("postgres");
            if (!pw)
                pw = getpwnam("nobody");
            if (!pw || chown(QFile::encodeName(dir).constData(), pw->pw_uid, pw->pw_gid) != 0)
                return QStringLiteral("no account to run PostgreSQL as");
            m_asUser = {QStringLiteral("-u"), QString::fromLocal8Bit(pw->pw_name), QStringLiteral("--")};
        }
        const Run init =
            asServer(tool(QStringLiteral("initdb")),
                     {QStringLiteral("-D"), m_data, QStringLiteral("-A"), QStringLiteral("trust"),
                      QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("--no-sync"),
                      QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C")});
        if (init.exitCode != 0)
            return QString::fromUtf8(init.err);
        if (!hba.isEmpty()) {
            const QString path = m_data + QStringLiteral("/pg_hba.conf");
            if (!writeFile(path, "local all postgres trust\n" + hba))
                return QStringLiteral("cannot write pg_hba.conf");
            const passwd *pw = m_asUser.isEmpty() ? nullptr : getpwnam(qPrintable(m_asUser[1]));
            if (pw && chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) != 0)
                return QStringLiteral("cannot chown pg_hba.conf");
        }
        m_port = tcpPort > 0 ? tcpPort : 5439;
        const QString listen = tcpPort > 0 ? QStringLiteral("127.0.0.1") : QString();
        const Run started = asServer(
            tool(QStringLiteral("pg_ctl")),
            {QStringLiteral("-D"), m_data, QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("30"),
             QStringLiteral("-l"), dir + QStringLiteral("/log"), QStringLiteral("-o"),
             QStringLiteral("-c listen_addresses='%1' -c fsync=off -k %2 -p %3").arg(listen, dir).arg(m_port),
             QStringLiteral("start")});
        m_started = true;
        if (started.exitCode != 0)
            return QString::fromUtf8(started.err + readFileOrEmpty(dir + QStringLiteral("/log")));
        return {};
    }

    void stop()
    {
        if (!m_started)
            return;
        m_started = false;
        asServer(tool(QStringLiteral("pg_ctl")), {QStringLiteral("-D"), m_data, QStringLiteral("-m"),
                                                  QStringLiteral("immediate"), QStringLiteral("stop")});
    }

    // psql as the superuser through the socket, ON_ERROR_STOP set.
    Run sql(const QStringList &args, const QByteArray &input = {}) const
    {
        return psql({QStringLiteral("-h"), m_dir, QStringLiteral("-U"), QStringLiteral("postgres"),
                     QStringLiteral("-d"), QStringLiteral("postgres")},
                    args, input);
    }

    // psql as `user` with `password`, over TCP from 127.0.0.1, to `database`.
    Run sqlAs(const QString &user, const QString &password, const QString &database,
              const QByteArray &input) const
    {
        qputenv("PGPASSWORD", password.toUtf8());
        const Run r = psql({QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-U"), user,
                            QStringLiteral("-d"), database, QStringLiteral("-w")},
                           {}, input);
        qunsetenv("PGPASSWORD");
        return r;
    }

    QString socketDir() const { return m_dir; }
    int port() const { return m_port; }

private:
    Run asServer(const QString &program, const QStringList &args) const
    {
        return m_asUser.isEmpty()
                   ? run(program, args, {}, 60000)
                   : run(QStringLiteral("runuser"), m_asUser + QStringList{program} + args, {}, 60000);
    }

    Run psql(const QStringList &connect, const QStringList &args, const QByteArray &input) const
    {
        return run(tool(QStringLiteral("psql")),
                   QStringList{QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-At"),
                               QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-p"),
                               QString::number(m_port)} +
                       connect + args,
                   input);
    }

    QString m_dir, m_data;
    QStringList m_asUser;
    int m_port = 0;
    bool m_started = false;
};

// MariaDB: mariadb-install-db + mariadbd in `dir`, with --skip-name-resolve.
class MariaDb
{
public:
    static bool available()
    {
        return !tool(QStringLiteral("mariadb-install-db")).isEmpty() &&
               !tool(QStringLiteral("mariadbd")).isEmpty() && !tool(QStringLiteral("mariadb")).isEmpty();
    }

    ~MariaDb() { stop(); }

    // tcpPort > 0: listen on 127.0.0.1:tcpPort too, else on the socket only.
    QString start(const QString &dir, int tcpPort = 0)
    {
        m_dir = dir;
        m_socket = dir + QStringLiteral("/sock");
        const QString data = dir + QStringLiteral("/data");
        const QString user =
            geteuid() == 0
                ? QStringLiteral("--user=root")
                : QStringLiteral("--user=%1").arg(QString::fromLocal8Bit(getpwuid(geteuid())->pw_name));
        const Run init = run(tool(QStringLiteral("mariadb-install-db")),
                             {QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + data, user,
                              QStringLiteral("--auth-root-authentication-method=normal"),
                              QStringLiteral("--skip-test-db"), QStringLiteral("--skip-name-resolve")},
                             {}, 90000);
        if (init.exitCode != 0)
            return QString::fromUtf8(init.err);
        QStringList network{QStringLiteral("--skip-networking")};
        if (tcpPort > 0)
            network = {QStringLiteral("--bind-address=127.0.0.1"), QStringLiteral("--port=%1").arg(tcpPort)};
        m_port = tcpPort;
        m_server.start(tool(QStringLiteral("mariadbd")),
                       QStringList{QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + data,
                                   QStringLiteral("--socket=") + m_socket,
                                   QStringLiteral("--pid-file=") + dir + QStringLiteral("/pid"),
                                   QStringLiteral("--log-error=") + dir + QStringLiteral("/err.log"), user,
                                   QStringLiteral("--innodb-buffer-pool-size=16M"),
                                   QStringLiteral("--skip-name-resolve")} +
                           network);
        if (!m_server.waitForStarted(5000))
            return QStringLiteral("mariadbd did not start");
        for (int i = 0; i < 150; ++i) {
            if (QFile::exists(m_socket) && sql("SELECT 1;").exitCode == 0)
                return {};
            QThread::msleep(100);
        }
        return QString::fromUtf8(readFileOrEmpty(dir + QStringLiteral("/err.log")));
    }

    void stop()
    {
        if (m_server.state() == QProcess::NotRunning)
            return;
        m_server.terminate();
        if (!m_server.waitForFinished(15000)) {
            m_server.kill();
            m_server.waitForFinished(5000);
        }
    }

    // The client as root through the socket.
    Run sql(const QByteArray &input, const QStringList &extra = {}) const
    {
        return run(tool(QStringLiteral("mariadb")),
                   QStringList{QStringLiteral("--no-defaults"), QStringLiteral("-S"), m_socket,
                               QStringLiteral("-u"), QStringLiteral("root"), QStringLiteral("-N"),
                               QStringLiteral("-B"), QStringLiteral("--default-character-set=utf8mb4")} +
                       extra,
                   input);
    }

    // The client as `user` over TCP, from the loopback address `from`: the client cannot
    // choose its source address, so a socat relay connects from `from` for it.
    Run sqlAs(const QString &user, const QString &password, const QString &database, const QByteArray &input,
              const QString &from = QStringLiteral("127.0.0.1")) const
    {
        int port = m_port;
        QProcess relay;
        Stopper stopRelay{[&] {
            relay.kill();
            relay.waitForFinished(5000);
        }};
        if (from != QLatin1String("127.0.0.1")) {
            port = freeLoopbackPort();
            relay.start(tool(QStringLiteral("socat")),
                        {QStringLiteral("TCP-LISTEN:%1,bind=127.0.0.1,reuseaddr,fork").arg(port),
                         QStringLiteral("TCP:127.0.0.1:%1,bind=%2").arg(m_port).arg(from)});
            if (!relay.waitForStarted(5000))
                return {};
            for (int i = 0; i < 100 && !listening(port); ++i)
                QThread::msleep(20);
        }
        QStringList args{QStringLiteral("--no-defaults"),
                         QStringLiteral("--protocol=TCP"),
                         QStringLiteral("-h"),
                         QStringLiteral("127.0.0.1"),
                         QStringLiteral("-P"),
                         QString::number(port),
                         QStringLiteral("-u"),
                         user,
                         QStringLiteral("-p") + password,
                         QStringLiteral("-N"),
                         QStringLiteral("-B")};
        if (!database.isEmpty())
            args += {QStringLiteral("-D"), database};
        return run(tool(QStringLiteral("mariadb")), args, input);
    }

private:
    QString m_dir, m_socket;
    int m_port = 0;
    QProcess m_server;
};

} // namespace testservers
