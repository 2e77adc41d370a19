#include "RestartWatch.h"

RestartWatch::RestartWatch(QString master, QString unit)
    : m_master(std::move(master))
    , m_unit(std::move(unit))
{
}

QStringList RestartWatch::observe(const MasterPoll &poll, const QDateTime &time)
{
    QStringList lines;
    const bool activating = poll.unitState.startsWith(QLatin1String("activating"));
    if (!activating) {
        m_activatingSince = QDateTime();
    } else if (m_activatingSince.isNull()) {
        m_activatingSince = time;
    } else if (!m_loopReported && m_activatingSince.msecsTo(time) >= LoopAfterMs) {
        m_loopReported = true;
        lines << tr("%1: %2 has been 'activating' for %3 s: systemd restarts it every 5 s after a failed start "
                    "(Restart=always), so a start that keeps failing never shows as 'failed'. On DC/OS that is "
                    "usually start_exhibitor.py refusing to start because this master's IP (ip-detect) is not in "
                    "the static ensemble; journalctl -u %2 says why.")
                     .arg(m_master, m_unit)
                     .arg(m_activatingSince.msecsTo(time) / 1000);
    }

    const bool runs = poll.zooKeeperRuns();
    if (runs) {
        if (m_runningSince.isNull())
            m_runningSince = time;
        m_zooKeeperRan = true;
        m_servedSinceStart = m_servedSinceStart || poll.isServing();
    } else if (m_zooKeeperRan && !activating && poll.unitActive == std::optional<bool>(true)) {
        // Down again while the unit stayed up: Exhibitor restarted it (or it died and Exhibitor
        // will start it at its next check). Either way the gate keeps waiting.
        ++m_bounces;
        const qint64 upMs = m_runningSince.msecsTo(time);
        const QString up = QString::number(upMs / 1000.0, 'f', 1);
        lines << (m_servedSinceStart
                      ? tr("%1: ZooKeeper went down again after %2 s while %3 stayed active; Exhibitor starts it "
                           "again at its next check. Bounce %4; the gate keeps waiting.")
                            .arg(m_master, up, m_unit)
                            .arg(m_bounces)
                      : tr("%1: Exhibitor restarted ZooKeeper after %2 s without serving: its monitor restarts a "
                           "ZooKeeper that does not serve within 2·tickTime·max(initLimit, syncLimit) (40 s on "
                           "DC/OS), which is expected while an ensemble forms. Bounce %3; the gate keeps waiting.")
                            .arg(m_master, up)
                            .arg(m_bounces));
        m_zooKeeperRan = false;
        m_servedSinceStart = false;
        m_runningSince = QDateTime();
    }
    return lines;
}

QString RestartWatch::summary() const
{
    QStringList parts;
    if (m_loopReported)
        parts << tr("%1 kept failing to start (systemd 'activating' in a loop)").arg(m_unit);
    if (m_bounces > 0)
        parts << tr("Exhibitor restarted ZooKeeper %n time(s) while it did not serve", nullptr, m_bounces);
    return parts.join(QStringLiteral("; "));
}
