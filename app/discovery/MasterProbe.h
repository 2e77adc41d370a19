#pragma once

#include "BackendSpec.h"
#include "DiscoveryOptions.h"
#include "DiscoveryReads.h"
#include "MasterDiscovery.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QTimer>

class CommandJob;
class FourLetterWordReply;
class PortForward;
class SshSession;
struct ExhibitorState;

// Discovers one connected master: reads the env file, the journal, myid and the .orig checksum
// over SSH (all read-only, in one command under one sudo: DiscoveryReads), and asks ZooKeeper (srvr, conf) and Exhibitor
// (get-state) through forwards of the same SSH connection. Everything runs at once; nothing
// blocks. The ZooKeeper backend's servers-spec is read once for all masters by Discovery and
// handed in with setBackendSpec().
class MasterProbe : public QObject
{
    Q_OBJECT

public:
    MasterProbe(SshSession *session, const DiscoveryOptions &options, QObject *parent = nullptr);
    ~MasterProbe() override;

    void start();
    // Marks whatever is still pending as unavailable with this reason and finishes.
    void abort(const QString &reason);
    void setBackendSpec(const BackendSpec &spec);

    const MasterDiscovery &result() const { return m_result; }
    bool isFinished() const { return m_finished; }

signals:
    void updated();
    void logLine(const QString &line);
    void finished();

private:
    void readOverSudo();
    void applyReads(const DiscoveryReads::Result &reads);
    void openZooKeeperForward();
    void openExhibitorForward();

    void onSrvr(const FourLetterWordReply &reply);
    void onConf(const FourLetterWordReply &reply);
    void onState(const ExhibitorState &state);
    void applyStateFailure();
    void resolveBackend();
    void setReading(const IdReading &reading);
    QString zooKeeperFailure(const FourLetterWordReply &reply) const;
    void maybeFinish();

    QPointer<SshSession> m_session;
    DiscoveryOptions m_options;
    MasterDiscovery m_result;
    BackendSpec m_backendSpec;
    bool m_envDone = false;
    bool m_origDone = false;
    bool m_srvrDone = false;
    bool m_finished = false;
    QPointer<PortForward> m_zkForward; // owned by the session, which may go first
    QPointer<PortForward> m_restForward;
    QString m_zkNotice;
    QString m_restNotice;
    QString m_stateFailure; // get-state failed: said once the env file tells whether TLS is why
    QTimer m_watchdog;
};
