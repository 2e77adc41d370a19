#pragma once

#include "MigrationTypes.h"

#include "probe/FourLetterWordReply.h"
#include "remote/BackupJob.h"
#include "remote/RemoteCommand.h"
#include "remote/SshTarget.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <functional>

class PortForward;
class SshSession;

// One master as the operations use it: its SSH session (opened on demand), remote commands with
// their lines in the run's log, four-letter words through the SSH connection (ZooKeeper's client
// port is usually closed to the workstation), file read/atomic write/backup, and a forward to
// its ZooKeeper for the run's own ZooKeeper client. Lives in the runner's worker thread; every
// callback runs there. Callbacks are dropped when the link is destroyed.
class MasterLink : public QObject
{
    Q_OBJECT

public:
    using CommandCallback = std::function<void(const CommandResult &)>;
    using ReplyCallback = std::function<void(const FourLetterWordReply &)>;
    using ReadCallback = std::function<void(bool ok, const QByteArray &content, const QString &error)>;
    using WriteCallback = std::function<void(bool ok, const QString &checksum, const QString &error)>;
    using BackupCallback =
        std::function<void(bool ok, BackupJob::Outcome outcome, const QString &checksum, const QString &error)>;
    using OpenCallback = std::function<void(bool ok, const QString &error)>;

    // zooKeeperHost: where this master's ZooKeeper listens as the master sees it; empty: its name.
    MasterLink(const SshTarget &target, quint16 clientPort, const QStringList &acceptedHostKeys = {},
               const QString &zooKeeperHost = {}, QObject *parent = nullptr);
    ~MasterLink() override;

    // The master's name: its address in master_list, also where its ZooKeeper listens.
    QString name() const { return m_name; }
    bool isConnected() const;
    QString lastError() const { return m_lastError; }

    // Connects unless connected; a host key not in known_hosts is refused (the operator accepts
    // keys when connecting in the wizard, or with ssh, before a run).
    void open(OpenCallback callback);
    void close();

    // quiet: neither the command nor its output go to the log (the gate's polls).
    void run(const QStringList &argv, bool asRoot, CommandCallback callback, bool quiet = false,
             int timeoutMs = -1);
    // A command with stdin (logged as its displayText); reconnects first like run().
    void run(const RemoteCommand &command, CommandCallback callback);
    // To this master's ZooKeeper, or with host set to another master's (when that master's own
    // SSH is down, its ZooKeeper may still be reachable from here).
    void fourLetter(const QByteArray &word, ReplyCallback callback, int timeoutMs = 2000, const QString &host = {});
    void readFile(const QString &path, ReadCallback callback);
    void writeFile(const QString &path, const QByteArray &content, WriteCallback callback);
    void backup(const QString &path, const QString &backupPath, BackupCallback callback);
    // Whether a remote path exists (test -e, as root): callback(ok, exists, error).
    void exists(const QString &path, std::function<void(bool ok, bool exists, const QString &error)> callback);

    // 127.0.0.1:<port> -> the master's ZooKeeper, through SSH. Owned by the link.
    PortForward *forwardZooKeeper();
    // 127.0.0.1:<port> -> the master's Exhibitor REST (port as the master sees it). Owned by the link.
    PortForward *forwardExhibitor(quint16 port);
    // The SSH session itself, for readers that forward through it (the backend's shared config).
    SshSession *session() const { return m_session; }

signals:
    void logLine(const LogLine &line);

private:
    void log(LogStream stream, const QString &text);
    void finishOpen(bool ok, const QString &error);
    void whenOpen(std::function<void(const QString &error)> then);

    QString m_name;
    QString m_zooKeeperHost;
    quint16 m_clientPort;
    SshSession *m_session;
    QPointer<PortForward> m_forward;
    QPointer<PortForward> m_restForward;
    QList<OpenCallback> m_pendingOpen;
    QString m_lastError;
    bool m_opening = false;
};
