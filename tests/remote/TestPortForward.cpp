#include "RemoteTestHelpers.h"
#include "SshdFixture.h"
#include "ZooKeeperEnsemble.h"
#include "probe/CanarySession.h"
#include "probe/ExhibitorSharedConfig.h"
#include "probe/ZkClient.h"
#include "probe/ZkTreeWalker.h"
#include "remote/ExchangeJob.h"
#include "remote/PortForward.h"
#include "remote/SshSession.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <memory>
#include <unistd.h>
#include <optional>

namespace {

// Small TCP services on 127.0.5.1, served by this test's event loop; sshd on the same address
// connects to them for the direct-tcpip channels.
class TestService : public QTcpServer
{
public:
    enum class Kind { Echo, Daytime, FourLetterWord };

    explicit TestService(Kind kind)
        : m_kind(kind)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                if (m_kind == Kind::Daytime) {
                    socket->write("It is now.\n");
                    socket->disconnectFromHost();
                    continue;
                }
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
            }
        });
    }

private:
    void serve(QTcpSocket *socket)
    {
        if (m_kind == Kind::Echo) {
            socket->write(socket->readAll());
            return;
        }
        // Like ZooKeeper: read the four letters, answer, close.
        if (socket->bytesAvailable() < 4)
            return;
        const QByteArray word = socket->read(4);
        socket->write(word == "srvr"
                          ? QByteArray("Zookeeper version: 3.4.14\nMode: follower\nZxid: 0x100000002\n")
                          : QByteArray(word + " is not executed because it is not in the whitelist.\n"));
        socket->disconnectFromHost();
    }

    Kind m_kind;
};

} // namespace

// Port forwards and one-shot exchanges through the master's SSH connection.
class TestPortForward : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void echoThroughForward();
    void refusesOtherPrograms_data();
    void refusesOtherPrograms();
    void largeTransferBothWays();
    void concurrentConnections();
    void serviceClosesFirst();
    void httpThroughForward();
    void unreachableServiceReported();
    void closeStopsListening();
    void disconnectClosesForward();
    void exchangeFourLetterWord();
    void exchangeRefusedWord();
    void exchangeUnreachable();
    void zooKeeperClientThroughForward();

private:
    PortForward *openForward(SshSession &session, quint16 port);

    SshdFixture m_sshd { 2225 };
    std::unique_ptr<SshSession> m_session;
    TestService m_echo { TestService::Kind::Echo };
    TestService m_daytime { TestService::Kind::Daytime };
    TestService m_zk { TestService::Kind::FourLetterWord };
};

void TestPortForward::initTestCase()
{
    QString error;
    if (!SshdFixture::canRun(&error))
        QSKIP(qPrintable(error));
    QVERIFY2(m_sshd.start(&error), qPrintable(error));
    const QHostAddress address(QString::fromLatin1(SshdFixture::Address));
    QVERIFY(m_echo.listen(address, 0));
    QVERIFY(m_daytime.listen(address, 0));
    QVERIFY(m_zk.listen(address, 0));
    m_session = std::make_unique<SshSession>(m_sshd.keyTarget());
    m_session->connectToHost();
    QVERIFY2(waitConnected(*m_session), qPrintable(m_session->lastError().message));
}

void TestPortForward::cleanupTestCase()
{
    m_session.reset();
    m_sshd.stop();
}

PortForward *TestPortForward::openForward(SshSession &session, quint16 port)
{
    PortForward *forward = session.forward(QString::fromLatin1(SshdFixture::Address), port);
    QSignalSpy listening(forward, &PortForward::listening);
    if (!forward->isListening())
        listening.wait(10000);
    return forward;
}

void TestPortForward::echoThroughForward()
{
    PortForward *forward = openForward(*m_session, m_echo.serverPort());
    QVERIFY(forward->isListening());
    QVERIFY(forward->localPort() != 0);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, forward->localPort());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("hello through ssh\n");
    QTRY_COMPARE(socket.bytesAvailable(), qint64(18));
    QCOMPARE(socket.readAll(), QByteArray("hello through ssh\n"));
    // Same connection, second round trip.
    socket.write("again\n");
    QTRY_COMPARE(socket.bytesAvailable(), qint64(6));
    QCOMPARE(socket.readAll(), QByteArray("again\n"));
    delete forward;
}

void TestPortForward::refusesOtherPrograms_data()
{
    QTest::addColumn<QStringList>("runAs");
    QTest::newRow("another program of the same user") << QStringList{};
    // A colleague on a shared bastion.
    QTest::newRow("another user") << QStringList{QStringLiteral("runuser"), QStringLiteral("-u"),
                                                 QStringLiteral("nobody"), QStringLiteral("--")};
}

// On a shared machine anyone can connect to 127.0.0.1:<port>: the forward must not give them the
// master's services through the operator's SSH session. Only this process's own clients pass.
void TestPortForward::refusesOtherPrograms()
{
    QFETCH(QStringList, runAs);
    if (!runAs.isEmpty() && ::geteuid() != 0)
        QSKIP("running a connector as nobody needs root");
    PortForward *forward = openForward(*m_session, m_echo.serverPort());
    QVERIFY(forward->isListening());
    QSignalSpy notices(forward, &PortForward::notice);

    // bash's /dev/tcp: connect, send, print whatever comes back within 3 s.
    const QString script = QStringLiteral("exec 3<>/dev/tcp/127.0.0.1/%1 || exit 3; echo stolen >&3 2>/dev/null; "
                                          "timeout 3 cat <&3 2>/dev/null; exit 0")
                               .arg(forward->localPort());
    QStringList command = runAs + QStringList{QStringLiteral("/bin/bash"), QStringLiteral("-c"), script};
    QProcess connector;
    QSignalSpy finished(&connector, &QProcess::finished);
    connector.start(command.takeFirst(), command);
    // Waiting with the event loop running: the echo service lives on this thread.
    QVERIFY(finished.wait(20000));
    QCOMPARE(connector.exitCode(), 0); // it did connect: the refusal is the forward's
    QCOMPARE(connector.readAllStandardOutput(), QByteArray());
    QTRY_VERIFY(!notices.isEmpty());
    QVERIFY2(notices.first().first().toString().contains(QStringLiteral("refused")),
             qPrintable(notices.first().first().toString()));

    // This process's own client still gets through the same forward.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, forward->localPort());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("ours\n");
    QTRY_COMPARE(socket.bytesAvailable(), qint64(5));
    QCOMPARE(socket.readAll(), QByteArray("ours\n"));
    delete forward;
}

void TestPortForward::largeTransferBothWays()
{
    PortForward *forward = openForward(*m_session, m_echo.serverPort());
    QByteArray data(4 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = char(QRandomGenerator::global()->bounded(256));

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, forward->localPort());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(data);
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).size() >= data.size(), 60000);
    QCOMPARE(received.size(), data.size());
    QVERIFY(received == data);
    delete forward;
}

void TestPortForward::concurrentConnections()
{
    PortForward *forward = openForward(*m_session, m_echo.serverPort());
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 6; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, forward->localPort());
        QVERIFY(socket->waitForConnected(5000));
        sockets.push_back(std::move(socket));
    }
    for (int i = 0; i < 6; ++i)
        sockets[i]->write("connection " + QByteArray::number(i) + '\n');
    for (int i = 0; i < 6; ++i) {
        const QByteArray expected = "connection " + QByteArray::number(i) + '\n';
        QTRY_COMPARE(sockets[i]->bytesAvailable(), qint64(expected.size()));
        QCOMPARE(sockets[i]->readAll(), expected);
    }
    delete forward;
}

void TestPortForward::serviceClosesFirst()
{
    PortForward *forward = openForward(*m_session, m_daytime.serverPort());
    QTcpSocket socket;
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, forward->localPort());
    QVERIFY(socket.waitForConnected(5000));
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState); // the service's close arrives
    received += socket.readAll();
    QCOMPARE(received, QByteArray("It is now.\n"));
    delete forward;
}

void TestPortForward::httpThroughForward()
{
    // A real HTTP server on the master's address, fetched with Qt Network through the forward.
    const QString root = m_sshd.dir() + QStringLiteral("/www");
    QDir().mkpath(root);
    m_sshd.writeFile(QStringLiteral("www/state.json"), "{\"serverId\":3}\n");
    QTcpServer probe; // find a free port on 127.0.5.1
    QVERIFY(probe.listen(QHostAddress(QString::fromLatin1(SshdFixture::Address)), 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QProcess http;
    http.setWorkingDirectory(root);
    http.setProcessChannelMode(QProcess::MergedChannels);
    http.start(QStringLiteral("python3"),
               { QStringLiteral("-m"), QStringLiteral("http.server"), QStringLiteral("--bind"),
                 QString::fromLatin1(SshdFixture::Address), QString::number(port) });
    QVERIFY(http.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QTcpSocket s;
            s.connectToHost(QString::fromLatin1(SshdFixture::Address), port);
            return s.waitForConnected(200);
        }(),
        10000);

    PortForward *forward = openForward(*m_session, port);
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(
        QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/state.json").arg(forward->localPort()))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(15000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), QByteArray("{\"serverId\":3}\n"));
    delete reply;
    delete forward;
    http.terminate();
    http.waitForFinished();
}

void TestPortForward::unreachableServiceReported()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress(QString::fromLatin1(SshdFixture::Address)), 0));
    const quint16 closedPort = probe.serverPort();
    probe.close(); // nothing listens there now

    PortForward *forward = openForward(*m_session, closedPort);
    QVERIFY(forward->isListening()); // listening works; the service is only tried per connection
    QSignalSpy notices(forward, &PortForward::notice);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, forward->localPort());
    QVERIFY(socket.waitForConnected(5000));
    QVERIFY(notices.wait(10000));
    QVERIFY2(notices.at(0).at(0).toString().contains(QStringLiteral("127.0.5.1:%1").arg(closedPort)),
             qPrintable(notices.at(0).at(0).toString()));
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    delete forward;
}

void TestPortForward::closeStopsListening()
{
    PortForward *forward = openForward(*m_session, m_echo.serverPort());
    const quint16 port = forward->localPort();
    QSignalSpy closed(forward, &PortForward::closed);
    forward->close();
    QVERIFY(closed.wait(5000));
    QCOMPARE(closed.at(0).at(0).value<SshError>().code, SshError::Code::None);
    QVERIFY(!forward->isListening());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!socket.waitForConnected(2000) || !socket.waitForReadyRead(500));
    delete forward;
}

void TestPortForward::disconnectClosesForward()
{
    SshSession session(m_sshd.keyTarget());
    session.connectToHost();
    QVERIFY(waitConnected(session));
    PortForward *forward = openForward(session, m_echo.serverPort());
    QVERIFY(forward->isListening());
    QSignalSpy closed(forward, &PortForward::closed);
    session.disconnectFromHost();
    QVERIFY(closed.wait(5000));
    QCOMPARE(closed.at(0).at(0).value<SshError>().code, SshError::Code::Cancelled);
}

void TestPortForward::exchangeFourLetterWord()
{
    ExchangeJob *job
        = m_session->exchange(QString::fromLatin1(SshdFixture::Address), m_zk.serverPort(), "srvr");
    QVERIFY(waitFinished(job));
    QVERIFY2(!job->error().isError(), qPrintable(job->error().message));
    QCOMPARE(job->reply(), QByteArray("Zookeeper version: 3.4.14\nMode: follower\nZxid: 0x100000002\n"));

    ExchangeJob *halfClosed = m_session->exchange(QString::fromLatin1(SshdFixture::Address),
                                                  m_zk.serverPort(), "srvr", 5000, true);
    QVERIFY(waitFinished(halfClosed));
    QVERIFY(halfClosed->reply().contains("Mode: follower"));
}

void TestPortForward::exchangeRefusedWord()
{
    ExchangeJob *job
        = m_session->exchange(QString::fromLatin1(SshdFixture::Address), m_zk.serverPort(), "wchc");
    QVERIFY(waitFinished(job));
    QVERIFY(!job->error().isError());
    QVERIFY(job->reply().contains("not in the whitelist"));
}

void TestPortForward::exchangeUnreachable()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress(QString::fromLatin1(SshdFixture::Address)), 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    ExchangeJob *job = m_session->exchange(QString::fromLatin1(SshdFixture::Address), closedPort, "ruok");
    QVERIFY(waitFinished(job));
    QCOMPARE(job->error().code, SshError::Code::ForwardFailed);
    QVERIFY2(job->error().message.contains(QStringLiteral("127.0.5.1:%1").arg(closedPort)),
             qPrintable(job->error().message));
    QVERIFY2(m_session->isConnected(), qPrintable(m_session->lastError().message));
}

namespace {

// One ZkClient request, waited for; also where its callback ran.
ZkResult zkGet(ZkClient &client, const QString &path, QThread **callbackThread = nullptr)
{
    std::optional<ZkResult> result;
    QObject context;
    client.get(path, &context, [&result, callbackThread](const ZkResult &r) {
        if (callbackThread != nullptr)
            *callbackThread = QThread::currentThread();
        result = r;
    });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 10000);
    return result.value_or(ZkResult());
}

bool zkCreate(ZkClient &client, const QString &path, const QByteArray &data,
              ZkClient::CreateFlags flags = ZkClient::Persistent)
{
    std::optional<ZkResult> result;
    QObject context;
    client.create(path, data, flags, &context, [&result](const ZkResult &r) { result = r; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 10000);
    return result.has_value() && result->ok();
}

ZkTreeDigest zkDigest(ZkClient &client)
{
    ZkTreeWalker walker(&client);
    walker.setExcludedPaths({ QStringLiteral("/zookeeper") });
    QSignalSpy finished(&walker, &ZkTreeWalker::finished);
    walker.start();
    if (!finished.wait(15000))
        return {};
    return finished.at(0).at(0).value<ZkTreeDigest>();
}

} // namespace

void TestPortForward::zooKeeperClientThroughForward()
{
    // What discovery and the migration do with a master's ZooKeeper, which the workstation cannot
    // reach itself: the C client talks to a local port whose connections are direct-tcpip channels.
    if (ZooKeeperEnsemble::classPath().isEmpty())
        QSKIP("ZooKeeper is not installed");
    ZooKeeperEnsemble::Options options;
    options.size = 1;
    options.network = QStringLiteral("127.0.74");
    ZooKeeperEnsemble zooKeeper(options);
    QString error;
    QVERIFY2(zooKeeper.start(&error), qPrintable(error));

    // The backend's shared config as Exhibitor stores it, written past the forward.
    ZkClient direct;
    QSignalSpy directConnected(&direct, &ZkClient::connected);
    QVERIFY(direct.open(zooKeeper.connectString(), 6000));
    QVERIFY(directConnected.wait(15000));
    QVERIFY(zkCreate(direct, QStringLiteral("/exhibitor"), {}));
    QVERIFY(zkCreate(direct, QStringLiteral("/exhibitor/configs"), {}));
    QVERIFY(zkCreate(direct, ExhibitorSharedConfig::znodePath(QStringLiteral("/exhibitor")),
                     "com.netflix.exhibitor.servers-spec=1\\:10.0.0.1,2\\:10.0.0.2\n"));

    PortForward *forward = m_session->forward(zooKeeper.host(1), zooKeeper.clientPort(1));
    QSignalSpy listening(forward, &PortForward::listening);
    QVERIFY(forward->isListening() || listening.wait(10000));
    const QString through = QStringLiteral("127.0.0.1:%1").arg(forward->localPort());

    ZkClient client;
    QSignalSpy connected(&client, &ZkClient::connected);
    QVERIFY(client.open(through, 20000));
    QVERIFY(connected.wait(15000));
    QVERIFY(client.negotiatedTimeout() >= 10000);
    QThread *callbackThread = nullptr;
    const ZkResult config
        = zkGet(client, ExhibitorSharedConfig::znodePath(QStringLiteral("/exhibitor")), &callbackThread);
    QVERIFY2(config.ok(), qPrintable(config.errorText()));
    QCOMPARE(ExhibitorSharedConfig::parse(config.data).serversSpec, QStringLiteral("1:10.0.0.1,2:10.0.0.2"));
    QCOMPARE(callbackThread, QThread::currentThread()); // queued back from the C client's threads

    // Long sessions: only a close request that reaches the server through the forward removes
    // their ephemeral nodes within seconds (an abandoned session would last 20 s).
    QVERIFY(zkCreate(client, QStringLiteral("/emw-client"), "x", ZkClient::Ephemeral));
    CanarySession canary;
    QSignalSpy ready(&canary, &CanarySession::ready);
    canary.start(through, QStringLiteral("/emw-canary"), "alive", 20000);
    QVERIFY(ready.wait(15000));
    QVERIFY(canary.negotiatedTimeout() >= 10000);
    const ZkResult seen = zkGet(direct, QStringLiteral("/emw-canary"));
    QVERIFY(seen.ok());
    QCOMPARE(seen.stat.ephemeralOwner, canary.sessionId());

    // The digest through the forward is the tree as a direct client sees it.
    const ZkTreeDigest forwarded = zkDigest(client);
    QVERIFY2(forwarded.ok, qPrintable(forwarded.errorText));
    QVERIFY(forwarded == zkDigest(direct));
    QVERIFY(std::any_of(forwarded.entries.cbegin(), forwarded.entries.cend(),
                        [](const ZkTreeDigest::Entry &entry) {
                            return entry.path == QLatin1String("/exhibitor/configs/config");
                        }));

    canary.stop();
    QTRY_COMPARE_WITH_TIMEOUT(zkGet(direct, QStringLiteral("/emw-canary")).code, int(ZkResult::NoNode), 5000);
    client.close();
    QCOMPARE(client.state(), ZkClient::State::Closed);
    QTRY_COMPARE_WITH_TIMEOUT(zkGet(direct, QStringLiteral("/emw-client")).code, int(ZkResult::NoNode), 5000);
    forward->close();
}

QTEST_GUILESS_MAIN(TestPortForward)
#include "TestPortForward.moc"
