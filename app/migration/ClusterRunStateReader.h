#pragma once

#include "ClusterRunState.h"
#include "MigrationSetup.h"

#include <QList>
#include <QObject>

class MasterLink;
class ZkAccess;

// Reads what ClusterRunState needs from every master, in parallel, changing nothing: one sudo'd
// framed read per master (env file and its link, exhibitor.orig and its link record, zoo.cfg,
// myid, both files' modification times, the master's run lock file), srvr through the SSH
// connection, and the session-<run id> nodes under znodeBase through the run's own kind of
// ZooKeeper client. finished() once all is in (a master that cannot be reached is in the result
// as unreachable). Lives in the thread that calls start().
class ClusterRunStateReader : public QObject
{
    Q_OBJECT

public:
    explicit ClusterRunStateReader(const MigrationSetup &setup, QObject *parent = nullptr);
    ~ClusterRunStateReader() override;

    void start();
    const ClusterRunState &result() const { return m_result; }

    // The framed read's script; arguments TAG ENV ORIG ZOO_CFG MYID LOCK_FILE.
    static QString script();

signals:
    void finished();

private:
    void readMaster(MasterLink *link, std::function<void()> done);
    void readRuns(std::function<void()> done);

    MigrationSetup m_setup;
    QList<MasterLink *> m_links;
    ZkAccess *m_zk = nullptr;
    QMap<QString, ClusterRunState::Observation> m_observations;
    QList<ClusterRunState::RunRecord> m_runs;
    QString m_runsError;
    ClusterRunState m_result;
};
