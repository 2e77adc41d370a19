#pragma once

#include "MigrationTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The run journal: which operation finished on which master, with checksums, saved locally after
// every step (QSaveFile: the old journal or the new one, never half of one). After a crash or a
// lost connection the app reads it together with the masters' real state, shows where the run
// stopped and offers resume or rollback. It holds no file contents and no secrets: checksums,
// IDs, ensemble strings and messages only.
class MigrationJournal
{
    Q_DECLARE_TR_FUNCTIONS(MigrationJournal)

public:
    enum class Status { Started, Done, Failed, Skipped };

    struct Entry
    {
        QString op;     // operation id, e.g. "phaseA.restart.2"
        QString master; // empty for cluster-wide entries
        Status status = Status::Started;
        QDateTime time;
        QString checksum; // sha256 of what was written or backed up, when there is one
        QString message;  // translated, short
    };

    // Overall state, for "where did it stop".
    // Interrupted: stopped on a signal (SIGINT, SIGTERM, SIGHUP) after a completed step, as
    // Cancelled is by the operator's cancel; Running is also what a crash leaves behind.
    enum class State { NotStarted, Running, Failed, Cancelled, Interrupted, Completed, RollingBack, RolledBack };

    static QString defaultPath(const QString &clusterName, const QStringList &masters);
    static std::optional<MigrationJournal> load(const QString &path, QString *error = nullptr);
    bool save(QString *error = nullptr) const;

    QByteArray toJson() const;
    static std::optional<MigrationJournal> fromJson(const QByteArray &json, QString *error = nullptr);

    QString path() const { return m_path; }
    void setPath(const QString &path) { m_path = path; }

    // Header, written once when the run starts.
    QString runId;
    QString clusterName;
    QString configFile;
    QString configSha256;
    QStringList masters;          // DC/OS order
    QMap<QString, int> currentIds; // the IDs before the migration (Phase A keeps them)
    QString phaseA;
    QString phaseB;
    bool phaseBNeeded = false;
    QMap<QString, QString> originalSha256; // env file before the run, per master
    QMap<QString, QString> backupSha256;   // exhibitor.orig, verified
    State state = State::NotStarted;
    QDateTime created;
    QDateTime updated;

    const QList<Entry> &entries() const { return m_entries; }
    void record(const Entry &entry);
    void record(const QString &op, const QString &master, Status status, const QString &message = {},
                const QString &checksum = {});

    // The latest status of an operation (on a master), if any.
    std::optional<Status> statusOf(const QString &op, const QString &master = {}) const;
    bool isDone(const QString &op, const QString &master = {}) const;
    // Masters with an entry for an operation id starting with prefix, whose latest status is in
    // statuses; in first-seen order.
    QStringList mastersWithStatus(const QString &opPrefix, const QList<Status> &statuses) const;
    // Masters whose restart was started (done or not) in a phase: they may run its file.
    QStringList restartedMasters(Phase phase) const;
    QStringList restartsDone(Phase phase) const;
    // Masters whose env file the run wrote (in any phase).
    QStringList mastersWritten() const;
    // Any entry (of any status) for an operation id starting with prefix.
    bool hasEntry(const QString &opPrefix) const;
    // The last entry that is not Done/Skipped, for "stopped at".
    std::optional<Entry> lastUnfinished() const;

    static QString statusKey(Status status);
    static QString stateKey(State state);
    QString stateText() const; // translated
    // stateText() with "running" told apart by the run's lock (RunLock, next to the journal): a
    // run in progress names who runs it and since when; a running state nobody holds is a run that
    // went away (a crash, a lost connection, a closed app). Translated.
    QString stateTextNow() const;

private:
    QString m_path;
    QList<Entry> m_entries;
};
