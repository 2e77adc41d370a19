#include "ClusterSnapshot.h"

const MasterPoll *ClusterSnapshot::probe(const QString &master) const
{
    for (const MasterPoll &probe : m_probes) {
        if (probe.master == master)
            return &probe;
    }
    return nullptr;
}

QStringList ClusterSnapshot::masters() const
{
    QStringList names;
    for (const MasterPoll &probe : m_probes)
        names << probe.master;
    return names;
}

QStringList ClusterSnapshot::leaders(const QStringList &group) const
{
    QStringList names;
    for (const MasterPoll &probe : m_probes) {
        if ((group.isEmpty() || group.contains(probe.master)) && probe.isLeader())
            names << probe.master;
    }
    return names;
}

QStringList ClusterSnapshot::serving(const QStringList &group) const
{
    QStringList names;
    for (const MasterPoll &probe : m_probes) {
        if ((group.isEmpty() || group.contains(probe.master)) && probe.isServing())
            names << probe.master;
    }
    return names;
}

QString ClusterSnapshot::leader() const
{
    const QStringList all = leaders();
    return all.size() == 1 ? all.first() : QString();
}

bool ClusterSnapshot::hasQuorum() const
{
    if (m_probes.isEmpty())
        return false;
    if (m_probes.size() == 1)
        return m_probes.first().isServing();
    return leaders().size() == 1 && serving().size() >= int(m_probes.size()) / 2 + 1;
}

QString ClusterSnapshot::summary() const
{
    QStringList parts;
    for (const MasterPoll &probe : m_probes) {
        QString part = probe.master + QLatin1Char(' ') + probe.srvr.summary();
        if (probe.unitActive.has_value())
            part += QStringLiteral(" [unit %1]").arg(probe.unitState.isEmpty() ? QStringLiteral("?") : probe.unitState);
        parts << part;
    }
    return parts.join(QStringLiteral("; "));
}
