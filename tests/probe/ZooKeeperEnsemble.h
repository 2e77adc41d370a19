#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QProcess;

// Test fixture: real ZooKeeper servers from Debian's zookeeper package (QuorumPeerMain on Java),
// each on its own loopback address 127.0.6.<first + id - 1>, ports chosen free at start so that
// test executables can run in parallel. tickTime is 200 ms so elections take well under a second.
// Servers die with the test process (PR_SET_PDEATHSIG) even if it crashes.
class ZooKeeperEnsemble
{
public:
    struct Options
    {
        int size = 3;                        // 1: a standalone server
        int firstAddress = 1;                // <network>.<firstAddress> is server 1
        QString network = QStringLiteral("127.0.6"); // other test directories keep to their own range
        QString whitelist = QStringLiteral("*"); // 4lw.commands.whitelist
    };

    explicit ZooKeeperEnsemble(const Options &options);
    ZooKeeperEnsemble() : ZooKeeperEnsemble(Options()) {}
    ~ZooKeeperEnsemble();

    // Starts every server and waits until each one serves. False with *error on failure.
    bool start(QString *error, int timeoutMsec = 60000);
    bool startServer(int id, QString *error);
    // SIGKILL: a crash, as far as the peers can tell.
    void kill(int id);
    bool isRunning(int id) const;
    // Polls "srvr" until every listed server reports leader/follower/standalone.
    bool waitUntilServing(const QList<int> &ids, int timeoutMsec, QString *error = nullptr);

    QList<int> ids() const;
    QString host(int id) const;
    quint16 clientPort(int id) const { return m_servers.value(id).clientPort; }
    QString connectString(const QList<int> &ids = {}) const;
    int leader() const;          // -1 when no server says it leads
    QList<int> followers() const;
    QString mode(int id) const;  // from srvr; empty when not serving or unreachable
    QString logTail(int id, int lines = 40) const;
    QString dataDir() const { return m_dir.path(); }

    // Blocking: only for the fixture and for test assertions independent of the code under test.
    static QByteArray fourLetterWord(const QString &host, quint16 port, const QByteArray &word, int timeoutMsec = 2000);
    // A port nothing listens on, on the given address.
    static quint16 freePort(const QString &host);
    // Where Debian's package puts ZooKeeper; empty if it is not installed.
    static QString classPath();

private:
    struct Server
    {
        quint16 clientPort = 0;
        quint16 quorumPort = 0;
        quint16 electionPort = 0;
        QProcess *process = nullptr;
    };

    bool writeConfig(int id, QString *error) const;

    Options m_options;
    QTemporaryDir m_dir;
    QMap<int, Server> m_servers;
};
