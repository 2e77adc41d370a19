#pragma once

#include "probe/FourLetterWordReply.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the masters answered in one poll: `srvr` (and `conf`, `mntr` when asked) through each
// master's SSH connection, and whether the unit is active where that was asked. Pure data with
// the questions the settle gate and the checks ask of it.
struct MasterPoll
{
    QString master;
    FourLetterWordReply srvr;
    std::optional<FourLetterWordReply> conf;
    std::optional<FourLetterWordReply> mntr;
    std::optional<bool> unitActive; // systemctl is-active, when asked
    QString unitState;              // its output ("active", "failed", ...)

    bool isServing() const { return srvr.isServing(); }
    bool isLeader() const { return srvr.isOk() && srvr.mode == QLatin1String("leader"); }
    // ZooKeeper's process answers at all (serving or "not currently serving").
    bool zooKeeperRuns() const
    {
        return srvr.status == FourLetterWordReply::Status::Ok ||
               srvr.status == FourLetterWordReply::Status::NotServing;
    }
    int serverId() const { return conf && conf->isOk() ? conf->serverId : 0; }
};

class ClusterSnapshot
{
public:
    ClusterSnapshot() = default;
    explicit ClusterSnapshot(QList<MasterPoll> probes, QDateTime time = QDateTime::currentDateTimeUtc())
        : m_probes(std::move(probes)), m_time(std::move(time))
    {
    }

    const QList<MasterPoll> &probes() const { return m_probes; }
    const MasterPoll *probe(const QString &master) const;
    QDateTime time() const { return m_time; }
    QStringList masters() const;

    // Within a group of masters (all when empty).
    QStringList leaders(const QStringList &group = {}) const;
    QStringList serving(const QStringList &group = {}) const;
    // The single leader's name, empty unless exactly one.
    QString leader() const;
    // One leader and a majority of all masters serving.
    bool hasQuorum() const;
    // "127.0.0.1 leader 0x100000004, 127.0.0.2 not serving, ..." for logs.
    QString summary() const;

private:
    QList<MasterPoll> m_probes;
    QDateTime m_time;
};
