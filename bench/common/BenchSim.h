#pragma once

#include "remote/SshTarget.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// One tests/cluster-sim topology as a benchmark uses it: brought up (idempotent `sim up`), read
// back from `sim status --json`, with SshTargets that trust exactly the sim's host keys. The
// benchmark decides when to bring it down; nothing happens in the destructor, so `--keep-sim`
// can leave it up for the next run.
class BenchSim
{
public:
    // topology: a YAML path, or a name under bench/topologies/ ("bench-ssh25").
    explicit BenchSim(const QString &topology);

    static bool available(QString *why); // root and the sim's packages

    // profile: empty for the sim's default (fast), "dcos" for DC/OS's timing.
    bool up(QString *error, const QString &profile = {});
    // The sim's processes (sshd, sudo, the ZooKeeper JVMs, everything they start) run at this
    // nice value, set before `up`: real masters have CPUs of their own, and a benchmark of the
    // workstation's side should not lose its cores to the simulated masters (0: as the caller).
    void setNiceness(int niceness) { m_niceness = niceness; }
    void down();
    bool fault(const QString &master, const QString &kind, double seconds = -1);
    QJsonObject status() const;

    QString topologyPath() const { return m_topologyPath; }
    QStringList masters() const { return m_masters; } // master_list order
    QString configYamlPath() const { return m_configPath; }
    QString connectString() const; // "ip:2181,..."
    QList<SshTarget> targets() const;
    QString stateDir() const { return m_stateDir; }

    // CPU seconds spent by the masters' sshd listeners and everything they reaped: every
    // finished SSH session with its sudo, journalctl, cat, ... (a session's CPU shows up here
    // once it has ended). Plus what the sim's keeper reaped: it is a child subreaper, and an
    // SSH session's unprivileged sshd (with the commands it reaped) is often orphaned when its
    // [priv] parent exits first, so its CPU lands there, not in the listener's (on an sshd_only
    // sim the keeper reaps nothing else during a run). Other load on a shared machine is not
    // counted.
    double mastersCpuSeconds() const;

private:
    QByteArray runSim(const QStringList &args, int *exitCode = nullptr) const;

    QString m_topologyPath;
    QStringList m_masters;
    QString m_stateDir;
    QString m_clientKey;
    QString m_user;
    int m_sshPort = 2222;
    int m_niceness = 0;
    QString m_knownHosts;
    QString m_configPath;
    QTemporaryDir m_temp;
};
