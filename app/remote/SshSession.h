#pragma once

#include "HostKeyInfo.h"
#include "RemoteCommand.h"
#include "SshError.h"
#include "SshState.h"
#include "SshTarget.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class AtomicWriteJob;
class BackupJob;
class CommandJob;
class ExchangeJob;
class FileReadJob;
class PortForward;
class QThread;
class SshJob;
class SshWorker;

// One master's SSH connection as the rest of the engine sees it. Lives in the caller's thread;
// the connection itself lives in an SshWorker in a QThread of its own, so a slow or hanging master
// never blocks the GUI or any other master. Every call returns at once; results come back as
// queued signals, on the session and on the job objects it hands out.
//
// Logging: logLine() carries what the operator should see in the master's log pane (connection
// steps, each command as "$ ..." and its output lines). Secrets never appear there: passwords
// are not part of any command line, stdin content is shown only as a byte count, and file
// contents (readFile) are not logged at all.
class SshSession : public QObject
{
    Q_OBJECT

public:
    explicit SshSession(const SshTarget &target, QObject *parent = nullptr);
    ~SshSession() override;

    QString name() const;
    const SshTarget &target() const { return m_target; }
    const SshEffectiveTarget &effectiveTarget() const { return m_effective; }
    SshState state() const { return m_state; }
    bool isConnected() const { return m_state == SshState::Connected; }
    const SshError &lastError() const { return m_lastError; }
    const HostKeyInfo &pendingHostKey() const { return m_pendingHostKey; }

    void connectToHost();
    void answerHostKey(HostKeyDecision decision);
    void disconnectFromHost();

    CommandJob *run(const RemoteCommand &command);
    CommandJob *run(const QStringList &argv, bool asRoot = false);
    // journalctl -u <unit> -f, until cancelled; output only streamed, not kept.
    CommandJob *followJournal(const QString &unit = QStringLiteral("dcos-exhibitor"), int backlogLines = 0,
                              bool asRoot = true);

    FileReadJob *readFile(const QString &path, bool asRoot);
    AtomicWriteJob *writeFileAtomically(const QString &path, const QByteArray &content, bool asRoot);
    BackupJob *backupFile(const QString &path, const QString &backupPath, bool asRoot);

    ExchangeJob *exchange(const QString &host, quint16 port, const QByteArray &request, int timeoutMs = 5000,
                          bool halfClose = false);
    PortForward *forward(const QString &host, quint16 port);

    // Jobs and forwards call this; cancelling a finished or unknown id does nothing.
    void cancelJob(quint64 id);

signals:
    void stateChanged(SshState state);
    void resolved(const SshEffectiveTarget &effective);
    void hostKeyUnknown(const HostKeyInfo &info);
    void connected();
    void errorOccurred(const SshError &error);
    void logLine(const QString &line);

private:
    quint64 nextId() { return ++m_lastId; }
    void onStateChanged(SshState state);
    void onCommandOutput(quint64 id, OutputStream stream, const QString &line);
    void onCommandFinished(quint64 id, const CommandResult &result);

    SshTarget m_target;
    SshEffectiveTarget m_effective;
    SshState m_state = SshState::Disconnected;
    SshError m_lastError;
    HostKeyInfo m_pendingHostKey;
    QThread *m_thread;
    SshWorker *m_worker;
    quint64 m_lastId = 0;
    QHash<quint64, QPointer<CommandJob>> m_commands;
    QHash<quint64, QPointer<ExchangeJob>> m_exchanges;
    QHash<quint64, QPointer<PortForward>> m_forwards;
};
