#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

// The local half of the run lock (issue 15): one run of a cluster at a time on this workstation,
// whichever wizard or CLI starts it. A file next to the run's journal (<journal>.lock), held with
// flock(2) for the whole migrate, resume or rollback run and holding a record of who holds it.
//
// Why flock and not QLockFile: the kernel drops the lock when its process ends, however it ends,
// so a lock that is held is a live run and nothing has to guess staleness; QLockFile also counts
// a lock as stale when the holder's executable has another name (the wizard against the CLI) or
// is older than its stale time, and would hand a running migration's lock to a second run.
class RunLock
{
    Q_DECLARE_TR_FUNCTIONS(RunLock)

public:
    // Who holds a lock: written into the lock file by its holder.
    struct Holder
    {
        QString runId; // empty until the run's journal gave it one
        qint64 pid = 0;
        QString user;
        QString host;
        QDateTime since; // UTC

        QByteArray toRecord() const;
        // nullopt unless record is one written by toRecord() (an empty file: the holder has not
        // written it yet).
        static std::optional<Holder> fromRecord(const QByteArray &record);
        // "run 20261207-0748-ab12 of alice on ws1 (process 4711) since 2026-12-07 07:48:01 UTC"
        QString describe() const;
        // The current process, now.
        static Holder ourselves(const QString &runId);
    };

    RunLock() = default;
    ~RunLock();
    RunLock(const RunLock &) = delete;
    RunLock &operator=(const RunLock &) = delete;

    static QString pathFor(const QString &journalPath);

    // Takes the lock for journalPath's cluster; false and *error (translated: who holds it and
    // since when, or why the file cannot be used) otherwise. Creates the directory 0700 and the
    // file 0600, never through a symbolic link.
    bool acquire(const QString &journalPath, QString *error);
    // Records the run id once the journal has one.
    void setRunId(const QString &runId);
    void release();
    bool isHeld() const { return m_fd >= 0; }

    // Who holds the lock of journalPath's cluster now (any process, this one included); nullopt
    // when nobody does. A holder that has not written its record yet has empty fields.
    static std::optional<Holder> holder(const QString &journalPath);
    // The refusal a second run gets.
    static QString refusal(const QString &lockPath, const Holder &holder);

private:
    void writeRecord();

    int m_fd = -1;
    Holder m_holder;
};
