#include "JournalFollowers.h"

#include "RunLogModel.h"
#include "remote/CommandJob.h"
#include "remote/SshSession.h"

#include <QDateTime>

JournalFollowers::JournalFollowers(RunLogModel *log, QObject *parent)
    : QObject(parent)
    , m_log(log)
{
}

JournalFollowers::~JournalFollowers()
{
    stop();
}

void JournalFollowers::start(const QList<SshSession *> &sessions, const QString &unit)
{
    for (SshSession *session : sessions) {
        if (!session || !session->isConnected())
            continue;
        const QString master = session->name();
        if (m_failed.contains(master) || isFollowing(master))
            continue;
        CommandJob *job = session->followJournal(unit, 0, true);
        m_follows.insert(master, Follow { job, QString() });
        // Each line costs one append here; RunLogModel::queue inserts them into the views in
        // bursts (at most every RunLogModel::kBatchMs), so a chatty journal does not stall the GUI.
        connect(job, &CommandJob::outputLine, this, [this, master](OutputStream stream, const QString &line) {
            if (stream == OutputStream::Stderr) {
                // journalctl's own complaints: kept for the warning should the follow end.
                if (!line.trimmed().isEmpty())
                    m_follows[master].lastError = line.trimmed();
                return;
            }
            m_log->queue(LogLine { master, LogStream::Journal, line, QDateTime::currentDateTimeUtc() });
        });
        connect(job, &CommandJob::finished, this, [this, master, job] { onFinished(master, job); });
    }
}

void JournalFollowers::onFinished(const QString &master, CommandJob *job)
{
    const auto it = m_follows.constFind(master);
    if (it == m_follows.cend() || it->job != job)
        return; // cancelled by stop(): already forgotten
    const QString lastError = it->lastError;
    m_follows.remove(master);
    job->deleteLater();
    if (job->error().code == SshError::Code::Cancelled)
        return;
    QString reason;
    if (job->error().isError())
        reason = job->error().message;
    else if (job->result().exitStatus > 0)
        reason = lastError.isEmpty() ? tr("journalctl exited with status %1").arg(job->result().exitStatus)
                                     : tr("journalctl exited with status %1: %2")
                                           .arg(job->result().exitStatus)
                                           .arg(lastError);
    else
        reason = lastError.isEmpty() ? tr("journalctl ended") : lastError;
    m_failed.insert(master);
    m_log->queue(LogLine { master, LogStream::Warning,
                           tr("The live journal of %1 is not shown for the rest of this run: %2 (the run "
                              "itself is not affected).")
                               .arg(master, reason),
                           QDateTime::currentDateTimeUtc() });
    Q_EMIT followFailed(master, reason);
}

void JournalFollowers::stop()
{
    const auto follows = std::exchange(m_follows, {});
    for (const Follow &follow : follows) {
        if (CommandJob *job = follow.job) {
            // Cancels this channel only; the job finishes (Cancelled) later and is deleted then.
            job->setAutoDelete(true);
            job->cancel();
        }
    }
}

void JournalFollowers::reset()
{
    stop();
    m_failed.clear();
}

bool JournalFollowers::isFollowing(const QString &master) const
{
    const auto it = m_follows.constFind(master);
    return it != m_follows.cend() && it->job && !it->job->isFinished();
}

int JournalFollowers::activeCount() const
{
    int count = 0;
    for (auto it = m_follows.cbegin(); it != m_follows.cend(); ++it)
        count += it->job && !it->job->isFinished() ? 1 : 0;
    return count;
}
