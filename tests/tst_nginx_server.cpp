// The generated NGINX configurations (issue 12) run by a real NGINX on loopback, in
// front of small stand-in backends (a python3 script that answers with its node name
// and port). The member host names resolve through a private hosts file, bind-mounted
// over /etc/hosts in a mount namespace of NGINX's own (unshare -rm): the machine's
// file is never touched. Checks `nginx -t`, redirects, where API, admin, portal,
// WebSocket and WebSub traffic lands, sticky sessions and a 2 MB body.
#include "generators.h"
#include "quotingtestutil.h"
#include "templates.h"
#include "testservers.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

using namespace apim;
using namespace quotingtest;

namespace {

// Loopback addresses: the two balancers, then the members (hosts file).
const char *const GatewayLb = "127.0.0.10";
const char *const ControlLb = "127.0.0.11";
const QList<QPair<QString, QString>> Members{{QStringLiteral("apim-gw-1"), QStringLiteral("127.0.0.21")},
                                             {QStringLiteral("apim-gw-2"), QStringLiteral("127.0.0.22")},
                                             {QStringLiteral("apim-cp-1"), QStringLiteral("127.0.0.31")},
                                             {QStringLiteral("apim-cp-2"), QStringLiteral("127.0.0.32")}};
const int Offset = 7; // member port offset, away from anything of the machine's own

// Answers every request with "<node>:<port> <method> <path> len=<body length>", a
// WebSocket handshake with 101, and stops by itself after two minutes.
const char *const Backend = R"PY(
import http.server, socketserver, ssl, sys, threading
cert, key = sys.argv[1], sys.argv[2]
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def log_message(self, *a): pass
    def answer(self):
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n) if n else b""
        if self.headers.get("Upgrade", "").lower() == "websocket":
            self.send_response(101)
            self.send_header("Upgrade", "websocket")
            self.send_header("Connection", "Upgrade")
            self.send_header("X-Backend", self.server.name)
            self.end_headers()
            self.close_connection = True
            return
        out = ("%s %s %s len=%d\n" % (self.server.name, self.command, self.path, len(body))).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)
    do_GET = do_POST = do_PUT = answer
class S(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True
for spec in sys.argv[3:]:
    name, addr, port, tls = spec.split(",")
    s = S((addr, int(port)), H)
    s.name = "%s:%s" % (name, port)
    if tls == "1":
        c = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        c.load_cert_chain(cert, key)
        s.socket = c.wrap_socket(s.socket, server_side=True)
    threading.Thread(target=s.serve_forever, daemon=True).start()
print("ready", flush=True)
threading.Event().wait(120)
)PY";

bool write(const QString &path, const QByteArray &data)
{
    return testservers::writeFile(path, data);
}

// A `listen` line binds every address; the test keeps each balancer on its loopback one.
QByteArray onLoopback(QByteArray conf, const char *address, const QString &sslDir)
{
    conf.replace("    listen ", QByteArray("    listen ") + address + ':');
    conf.replace("/etc/nginx/ssl/", sslDir.toUtf8() + '/');
    return conf;
}

} // namespace

class TestNginxServer : public QObject
{
    Q_OBJECT

    QString m_nginx, m_python, m_curl, m_openssl, m_unshare;
    QTemporaryDir m_dir;
    Design m_design;
    int m_http = 0, m_https = 0, m_cpHttp = 0, m_cpHttps = 0;
    QProcess m_backends, m_server;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    // NGINX inside its own mount namespace, the private hosts file over /etc/hosts.
    QStringList inNamespace(const QStringList &nginxArgs) const
    {
        return QStringList{
                   QStringLiteral("-rm"), QStringLiteral("sh"),
                   QStringLiteral("-c"),  QStringLiteral("mount --bind \"$0\" /etc/hosts && exec \"$@\""),
                   path("hosts"),         m_nginx,
                   QStringLiteral("-p"),  m_dir.path(),
                   QStringLiteral("-c"),  path("nginx.conf")} +
               nginxArgs;
    }

    // curl to a balancer, `host` resolved to its loopback address; returns headers and body.
    Run curl(const QString &url, const char *address, const QStringList &extra = {}) const
    {
        const QString host = QUrl(url).host();
        const int port = QUrl(url).port(url.startsWith(QLatin1String("https")) ? 443 : 80);
        return run(m_curl,
                   QStringList{QStringLiteral("-sk"), QStringLiteral("-i"), QStringLiteral("--max-time"),
                               QStringLiteral("10"), QStringLiteral("--resolve"),
                               QStringLiteral("%1:%2:%3").arg(host).arg(port).arg(QLatin1String(address))} +
                       extra + QStringList{url},
                   {}, 15000);
    }

    static QByteArray backendOf(const Run &r)
    {
        const QList<QByteArray> lines = r.out.split('\n');
        for (const QByteArray &l : lines) {
            if (l.startsWith("apim-"))
                return l.split(' ').first();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_nginx = tool(QStringLiteral("nginx"));
        m_python = tool(QStringLiteral("python3"));
        m_curl = tool(QStringLiteral("curl"));
        m_openssl = tool(QStringLiteral("openssl"));
        m_unshare = tool(QStringLiteral("unshare"));
        if (m_nginx.isEmpty() || m_python.isEmpty() || m_curl.isEmpty() || m_openssl.isEmpty() ||
            m_unshare.isEmpty())
            QSKIP("nginx, python3, curl, openssl or unshare is missing; packaging/install-deps.sh installs "
                  "them");
        if (run(m_unshare, {QStringLiteral("-rm"), QStringLiteral("true")}).exitCode != 0)
            QSKIP("this machine allows no user namespaces (unshare -rm), which keep the hosts file private");
        QVERIFY(m_dir.isValid());

        PatternOptions o;
        o.pattern = QStringLiteral("gw-cp-ha");
        QString error;
        QVERIFY2(Templates::create(o, &m_design, &error), qPrintable(error));
        m_http = testservers::freeLoopbackPort(GatewayLb);
        m_https = testservers::freeLoopbackPort(GatewayLb);
        m_cpHttp = testservers::freeLoopbackPort(ControlLb);
        m_cpHttps = testservers::freeLoopbackPort(ControlLb);
        QVERIFY(m_http && m_https && m_cpHttp && m_cpHttps);
        // In the namespace only uid 0 exists: NGINX would chown its temp folders to nobody.
        QByteArray conf = "user root root;\n" + nginxPreamble(m_dir.path()).toUtf8();
        for (const Node &n : m_design.topology.nodes()) {
            Node *node = m_design.topology.mutableNode(n.id);
            if (n.kind == NodeKind::LoadBalancer) {
                const bool gw = n.name() == QLatin1String("gw-lb");
                node->values.insert(Field::HttpPort, gw ? m_http : m_cpHttp);
                node->values.insert(Field::HttpsPort, gw ? m_https : m_cpHttps);
            } else if (n.kind == NodeKind::Gateway || n.kind == NodeKind::ControlPlane) {
                node->values.insert(Field::Offset, Offset);
            }
        }
        QDir().mkpath(path("ssl"));
        for (const Node *lb : m_design.topology.nodesWith(&KindTraits::balancer)) {
            const bool gw = lb->name() == QLatin1String("gw-lb");
            const QString host = lb->text(Field::PublicHostname);
            const Run cert =
                run(m_openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                                QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=") + host,
                                QStringLiteral("-keyout"), path(QStringLiteral("ssl/%1.key").arg(host)),
                                QStringLiteral("-out"), path(QStringLiteral("ssl/%1.crt").arg(host))});
            QVERIFY2(cert.exitCode == 0, cert.err.constData());
            conf += onLoopback(nginxConfig(m_design, *lb), gw ? GatewayLb : ControlLb, path("ssl")) + '\n';
        }
        conf += "}\n";
        QVERIFY(write(path("nginx.conf"), conf));
        QByteArray hosts = "127.0.0.1 localhost\n";
        for (const auto &m : Members)
            hosts += m.second.toUtf8() + ' ' + m.first.toUtf8() + '\n';
        QVERIFY(write(path("hosts"), hosts));
        QVERIFY(write(path("backend.py"), Backend));

        // The members' listeners: management everywhere, the gateways' traffic ports too.
        QStringList specs;
        for (const auto &m : Members) {
            QList<QPair<PortId, bool>> ports{{PortId::HttpsServlet, true}};
            if (m.first.startsWith(QLatin1String("apim-gw")))
                ports += {{PortId::PassthroughHttps, true},
                          {PortId::PassthroughHttp, false},
                          {PortId::Ws, false},
                          {PortId::Wss, true},
                          {PortId::WebSubHttp, false},
                          {PortId::WebSubHttps, true}};
            for (const auto &p : ports)
                specs.append(QStringLiteral("%1,%2,%3,%4")
                                 .arg(m.first, m.second)
                                 .arg(ports::base(p.first) + Offset)
                                 .arg(p.second ? 1 : 0));
        }
        m_backends.start(m_python, QStringList{path("backend.py"), path("ssl/gw.wso2.com.crt"),
                                               path("ssl/gw.wso2.com.key")} +
                                       specs);
        QVERIFY(m_backends.waitForStarted(5000));
        QVERIFY2(m_backends.waitForReadyRead(10000) && m_backends.readAllStandardOutput().contains("ready"),
                 m_backends.readAllStandardError().constData());

        const Run check = run(m_unshare, inNamespace({QStringLiteral("-t")}));
        QVERIFY2(check.exitCode == 0, check.err.constData());
        m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_server.start(m_unshare, inNamespace({QStringLiteral("-g"),
                                               QStringLiteral("daemon off; master_process off;")}));
        QVERIFY(m_server.waitForStarted(5000));
        for (int w = 0; w < 100 && !testservers::listening(m_cpHttps, ControlLb); ++w)
            QThread::msleep(50);
        QVERIFY(testservers::listening(m_https, GatewayLb));
    }

public:
    ~TestNginxServer() override { stopAll(); }

private:
    void stopAll()
    {
        for (QProcess *p : {&m_server, &m_backends}) {
            if (p->state() == QProcess::NotRunning)
                continue;
            p->terminate();
            if (!p->waitForFinished(10000)) {
                p->kill();
                p->waitForFinished(5000);
            }
        }
    }

private slots:
    void cleanupTestCase() { stopAll(); }

    void controlPlaneHttpRedirectsToHttps()
    {
        const Run r = curl(QStringLiteral("http://cp.wso2.com:%1/publisher").arg(m_cpHttp), ControlLb);
        QVERIFY2(r.out.startsWith("HTTP/1.1 301"), r.out.constData());
        QVERIFY2(r.out.contains(
                     QStringLiteral("Location: https://cp.wso2.com:%1/publisher").arg(m_cpHttps).toUtf8()),
                 r.out.constData());
    }

    void apiTrafficReachesEveryGateway()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 6; ++i) {
            const Run r = curl(QStringLiteral("https://gw.wso2.com:%1/pets/1").arg(m_https), GatewayLb);
            QVERIFY2(r.out.contains(" GET /pets/1 "), r.out.constData());
            seen.insert(backendOf(r));
        }
        const QByteArray port = QByteArray::number(ports::base(PortId::PassthroughHttps) + Offset);
        QCOMPARE(seen, (QSet<QByteArray>{"apim-gw-1:" + port, "apim-gw-2:" + port}));
        const Run plain = curl(QStringLiteral("http://gw.wso2.com:%1/pets").arg(m_http), GatewayLb,
                               {QStringLiteral("-d"), QStringLiteral("x=1")});
        QVERIFY2(plain.out.contains(":" + QByteArray::number(ports::base(PortId::PassthroughHttp) + Offset) +
                                    " POST /pets len=3"),
                 plain.out.constData());
    }

    void adminServicesOnlyOnTheManagementHost()
    {
        for (const QString &url : {QStringLiteral("https://gw.wso2.com:%1/services/Version").arg(m_https),
                                   QStringLiteral("http://gw.wso2.com:%1/services/Version").arg(m_http)}) {
            const Run pub = curl(url, GatewayLb);
            QVERIFY2(pub.out.startsWith("HTTP/1.1 404") && backendOf(pub).isEmpty(), pub.out.constData());
        }
        const Run mgmt = curl(QStringLiteral("https://gw-lb:%1/services/Version").arg(m_https), GatewayLb);
        QVERIFY2(
            backendOf(mgmt).endsWith(":" + QByteArray::number(ports::base(PortId::HttpsServlet) + Offset)),
            mgmt.out.constData());
    }

    void portalsReachOneControlPlane()
    {
        QSet<QByteArray> seen;
        for (const char *p : {"/publisher", "/devportal", "/api/am/publisher/v4/apis", "/carbon",
                              "/oauth2/token", "/publisher", "/devportal", "/admin"}) {
            const Run r = curl(
                QStringLiteral("https://cp.wso2.com:%1%2").arg(m_cpHttps).arg(QLatin1String(p)), ControlLb);
            QVERIFY2(backendOf(r).startsWith("apim-cp-"), r.out.constData());
            seen.insert(backendOf(r));
        }
        QCOMPARE(seen.size(), 1); // sticky: one client stays on one control plane
    }

    void webSocketUpgrades()
    {
        const QStringList upgrade{
            QStringLiteral("-H"), QStringLiteral("Connection: Upgrade"),
            QStringLiteral("-H"), QStringLiteral("Upgrade: websocket"),
            QStringLiteral("-H"), QStringLiteral("Sec-WebSocket-Version: 13"),
            QStringLiteral("-H"), QStringLiteral("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==")};
        for (const auto &[scheme, id] : {std::pair{"ws", PortId::Ws}, std::pair{"wss", PortId::Wss}}) {
            const QString url =
                QStringLiteral("%1://gw.wso2.com:%2/chat")
                    .arg(qstrcmp(scheme, "ws") == 0 ? QStringLiteral("http") : QStringLiteral("https"))
                    .arg(ports::base(id));
            const Run r = curl(url, GatewayLb, upgrade);
            QVERIFY2(r.out.startsWith("HTTP/1.1 101"), r.out.constData());
            QVERIFY2(r.out.contains(":" + QByteArray::number(ports::base(id) + Offset)), r.out.constData());
        }
    }

    void webSubReachesTheGateways()
    {
        for (const auto &[scheme, id] :
             {std::pair{"http", PortId::WebSubHttp}, std::pair{"https", PortId::WebSubHttps}}) {
            const Run r = curl(
                QStringLiteral("%1://gw.wso2.com:%2/hub").arg(QLatin1String(scheme)).arg(ports::base(id)),
                GatewayLb, {QStringLiteral("-d"), QStringLiteral("event")});
            QVERIFY2(r.out.contains(":" + QByteArray::number(ports::base(id) + Offset) + " POST /hub len=5"),
                     r.out.constData());
        }
    }

    void twoMegabyteBodyPasses()
    {
        const QByteArray body(2 * 1024 * 1024, 'a');
        QVERIFY(write(path("body.bin"), body));
        const Run r = curl(QStringLiteral("https://gw.wso2.com:%1/api/import").arg(m_https), GatewayLb,
                           {QStringLiteral("--data-binary"), QLatin1Char('@') + path("body.bin")});
        QVERIFY2(r.out.contains(" POST /api/import len=2097152"), r.out.left(300).constData());
        const Run cp =
            curl(QStringLiteral("https://cp.wso2.com:%1/api/am/publisher/v4/apis/import").arg(m_cpHttps),
                 ControlLb, {QStringLiteral("--data-binary"), QLatin1Char('@') + path("body.bin")});
        QVERIFY2(cp.out.contains(" len=2097152"), cp.out.left(300).constData());
    }
};

QTEST_GUILESS_MAIN(TestNginxServer)
#include "tst_nginx_server.moc"
