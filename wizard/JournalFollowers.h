#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class CommandJob;
class RunLogModel;
class SshSession;

// The masters' live Exhibitor journals in the run's log: `journalctl -u <unit> -f` (no backlog)
// on each connected master through SshSession::followJournal, every line queued into the
// RunLogModel as LogStream::Journal (the model inserts them in bursts and caps how many it
// keeps). What an operator doing this by hand watches on every master during the restarts.
//
// The sessions are the wizard's own (MasterConnections, opened on the Connection page); the run's
// engine has sessions of its own in its worker thread, so a follow never waits behind, or
// delays, a step of the run. A follow is one more channel of its session; cancelling it closes
// that channel only (SshWorker::cancel of its job id) and sends the remote journalctl a TERM.
//
// A follow that ends on its own (journalctl missing, sudo refused, the connection lost) gives
// one warning line for its master, naming it and the reason, and is not started again until
// reset(): a master whose journal cannot be followed warns once per run, not once per phase.
// The run itself never depends on a follow.
//
// Secrets: the command's stdin (sudo's password, in Password mode) goes to the session, never
// to the log; the follow's own command line is not logged here at all.
class JournalFollowers : public QObject
{
    Q_OBJECT

public:
    explicit JournalFollowers(RunLogModel *log, QObject *parent = nullptr);
    ~JournalFollowers() override; // cancels every follow

    // Follows the journal of unit on each connected session that has no follow yet (and has
    // not failed since the last reset()). Sessions that are not connected are left out.
    void start(const QList<SshSession *> &sessions, const QString &unit);
    // Cancels every follow (the run ended, paused or waits for a confirmation).
    void stop();
    // A new run: masters whose follow failed are tried again.
    void reset();

    bool isFollowing(const QString &master) const;
    int activeCount() const;

Q_SIGNALS:
    // A follow ended without being cancelled: one warning is in the log.
    void followFailed(const QString &master, const QString &reason);

private:
    struct Follow
    {
        QPointer<CommandJob> job;
        QString lastError; // the last stderr line, for the warning
    };
    void onFinished(const QString &master, CommandJob *job);

    RunLogModel *m_log;
    QHash<QString, Follow> m_follows;
    QSet<QString> m_failed;
};
