#pragma once

#include "ChannelExchange.h"
#include "HostKeyInfo.h"
#include "RemoteCommand.h"
#include "SshError.h"
#include "SshState.h"
#include "SshTarget.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <libssh/libssh.h>
#include <map>
#include <memory>

class ChannelCommand;
class ForwardServer;
class QSocketNotifier;

// One master's SSH connection, living in its own QThread (SshSession creates both). Every method
// runs in that thread, called through queued invocations, and reports through queued signals.
//
// libssh sessions are not thread-safe, so everything touching this session happens here.
// Connecting and authenticating use libssh's blocking calls, bounded by the connect timeout. Once
// connected the session is switched to non-blocking mode and every channel (commands, follows,
// forwards, exchanges) is a ChannelOp driven by pumpAll(): on the session socket's notifier and on
// a short timer while any op is active. So they share one connection without any of them waiting
// on another, and a stalled master shows up as a command timeout, never as a hung thread.
// An unknown host key does not block the thread either: the worker emits hostKeyUnknown and
// returns to the event loop until answerHostKey() arrives.
class SshWorker : public QObject
{
    Q_OBJECT

public:
    explicit SshWorker(const SshTarget &target, QObject *parent = nullptr);
    ~SshWorker() override;

    void connectToHost();
    void answerHostKey(HostKeyDecision decision);
    void disconnectFromHost();

    void startCommand(quint64 id, const RemoteCommand &command);
    void startExchange(quint64 id, const ChannelExchange::Request &request);
    void openForward(quint64 id, const QString &host, quint16 port);
    void cancel(quint64 id); // a command, exchange or forward

signals:
    void stateChanged(SshState state);
    void resolved(const SshEffectiveTarget &effective);
    void hostKeyUnknown(const HostKeyInfo &info);
    void connected();
    void failed(const SshError &error); // also means: state is now Failed
    void logLine(const QString &line);

    void commandStarted(quint64 id, const QString &displayLine);
    void commandOutput(quint64 id, OutputStream stream, const QString &line);
    void commandFinished(quint64 id, const CommandResult &result);
    void exchangeFinished(quint64 id, const QByteArray &reply, const SshError &error);
    void forwardListening(quint64 id, quint16 localPort);
    void forwardNotice(quint64 id, const QString &message);
    void forwardClosed(quint64 id, const SshError &error);

private:
    void setState(SshState state);
    void fail(const SshError &error);
    void checkHostKey();
    void authenticate();
    int authenticateWithPassword();
    QString authDescription() const;
    void onConnected();
    void releaseSession();
    void abortAll(const SshError &error);
    void pumpAll();
    void scheduleIdleCheck();
    SshError notConnectedError() const;
    QString label() const;

    SshTarget m_target;
    QString m_unansweredPrompt; // a keyboard-interactive prompt that was not the password's
    SshEffectiveTarget m_effective;
    SshState m_state = SshState::Disconnected;
    ssh_session m_session = nullptr;
    ssh_event m_event = nullptr;
    HostKeyInfo m_pendingKey;
    QElapsedTimer m_hostKeyQuestion; // running while the operator decides
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_pumpTimer;
    QTimer m_idleTimer; // notices a connection closed while no channel is open
    bool m_pumping = false;
    bool m_lastPumpProgress = false;

    std::map<quint64, std::unique_ptr<ChannelCommand>> m_commands;
    std::map<quint64, std::unique_ptr<ChannelExchange>> m_exchanges;
    std::map<quint64, ForwardServer *> m_forwards;
};
