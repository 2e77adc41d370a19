#include "RunEstimate.h"

#include "RestartPlanner.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

// The mean of the values that are set (>= 0); -1 without any.
qint64 mean(const QList<qint64> &values)
{
    qint64 sum = 0;
    int count = 0;
    for (const qint64 value : values) {
        if (value >= 0) {
            sum += value;
            ++count;
        }
    }
    return count > 0 ? sum / count : -1;
}

qint64 between(const QDateTime &from, const QDateTime &to)
{
    return from.isValid() && to.isValid() && from <= to ? from.msecsTo(to) : -1;
}

} // namespace

RunEstimate RunEstimate::make(const Input &input)
{
    RunEstimate estimate;
    estimate.m_input = input;

    // Only restarts that served count: a Phase B master waiting for the new numbering's majority
    // does not serve at all, and its time says nothing about the next restart.
    QList<qint64> stop, exhibitor, zooKeeper, join, catchUp;
    QList<qint64> totals; // restarts known only by their start and end (the wizard's view of a run)
    for (const auto &restart : input.measured) {
        if (restart.phase == Phase::PhaseA && !restart.zooKeeperUp.isValid() && !restart.unitStopped.isValid())
            totals << between(restart.started, restart.caughtUp);
        if (!restart.serving.isValid() || !restart.caughtUp.isValid() || !restart.zooKeeperUp.isValid())
            continue;
        ++estimate.m_measuredRestarts;
        stop << between(restart.started, restart.unitStopped);
        const QDateTime startFrom = restart.restUp.isValid() ? restart.restUp : restart.unitStopped;
        exhibitor << between(restart.unitStopped, restart.restUp);
        zooKeeper << between(startFrom, restart.zooKeeperUp);
        join << between(restart.zooKeeperUp, restart.serving);
        catchUp << between(restart.serving, restart.caughtUp);
    }
    RestartProfile &profile = estimate.m_profile;
    if (estimate.m_measuredRestarts > 0) {
        // A step not seen in any measured restart (no REST start request) took no time of its own.
        profile.stopMs = std::max<qint64>(0, mean(stop));
        profile.exhibitorMs = std::max<qint64>(0, mean(exhibitor));
        profile.zooKeeperMs = std::max<qint64>(0, mean(zooKeeper));
        profile.joinMs = std::max<qint64>(0, mean(join));
        profile.catchUpMs = std::max<qint64>(0, mean(catchUp));
        estimate.m_untilZooKeeperMs = profile.untilZooKeeperMs();
    } else {
        // Without cluster/start ZooKeeper starts at Exhibitor's first check, check-ms after it started.
        estimate.m_untilZooKeeperMs = input.startViaExhibitor ? profile.untilZooKeeperMs()
                                                              : profile.stopMs + input.checkMs + profile.zooKeeperMs;
        const qint64 measuredTotal = mean(totals);
        if (measuredTotal > 0) {
            // Only Phase A's whole restarts are known (each with the Normal gate): the steps keep
            // DC/OS's proportions, scaled to the measured length.
            estimate.m_measuredRestarts = int(std::count_if(totals.cbegin(), totals.cend(),
                                                            [](qint64 total) { return total >= 0; }));
            const double scale = double(measuredTotal) /
                                 double(estimate.m_untilZooKeeperMs + profile.joinMs + profile.catchUpMs);
            const auto scaled = [scale](qint64 ms) { return qint64(std::llround(double(ms) * scale)); };
            estimate.m_untilZooKeeperMs = scaled(estimate.m_untilZooKeeperMs);
            profile.stopMs = scaled(profile.stopMs);
            profile.exhibitorMs = scaled(profile.exhibitorMs);
            profile.zooKeeperMs = estimate.m_untilZooKeeperMs - profile.stopMs - profile.exhibitorMs;
            profile.joinMs = scaled(profile.joinMs);
            profile.catchUpMs = measuredTotal - estimate.m_untilZooKeeperMs - profile.joinMs;
        }
    }

    PhaseFigures backup;
    backup.phase = Phase::Backup;
    backup.durationMs = BackupMs;
    estimate.m_phases << backup;
    estimate.m_phases << estimate.restartPhase(Phase::PhaseA, false);
    if (input.phaseBNeeded)
        estimate.m_phases << estimate.restartPhase(Phase::PhaseB, true);
    PhaseFigures verify;
    verify.phase = Phase::Verify;
    verify.durationMs = input.preflightMs >= 0 ? input.preflightMs : DefaultVerifyMs;
    estimate.m_phases << verify;
    PhaseFigures rollback = estimate.restartPhase(Phase::Rollback, input.phaseBNeeded);
    estimate.m_phases << rollback;
    return estimate;
}

RunEstimate::PhaseFigures RunEstimate::restartPhase(Phase phase, bool renumber) const
{
    PhaseFigures figures;
    figures.phase = phase;
    QList<RestartPlanner::Master> masters;
    for (const QString &name : m_input.masters)
        masters << RestartPlanner::Master{name, !renumber, true, name == m_input.leader, false};
    const QList<RestartPlanner::Step> steps = RestartPlanner::plan(masters);
    const qint64 settled = m_untilZooKeeperMs + m_profile.joinMs + m_profile.catchUpMs;
    const qint64 serving = m_untilZooKeeperMs + m_profile.joinMs;
    figures.durationMs = WriteFilesMs;
    bool quorumChanging = false;
    for (int i = 0; i < steps.size(); ++i) {
        const RestartPlanner::Step &step = steps.at(i);
        // Phase B restarts the leader anyway: Phase A leaves it alone (RestartOperation::decide).
        // (Which master leads is decided then; without a known leader, the last is it.)
        if (phase == Phase::PhaseA && m_input.phaseBNeeded && i == steps.size() - 1 &&
            (m_input.leader.isEmpty() || step.master == m_input.leader))
            continue;
        figures.order << step.master;
        ++figures.restarts;
        figures.durationMs += BetweenRestartsMs;
        switch (step.gate) {
        case RestartPlanner::Gate::Normal:
            figures.durationMs += settled;
            break;
        case RestartPlanner::Gate::OldQuorumHolds:
            figures.durationMs += m_untilZooKeeperMs;
            break;
        case RestartPlanner::Gate::NoQuorumExpected:
            // No side has a majority from here until the new ensemble forms.
            quorumChanging = true;
            figures.durationMs += m_untilZooKeeperMs;
            figures.quorumLossMs += m_untilZooKeeperMs + BetweenRestartsMs;
            break;
        case RestartPlanner::Gate::NewEnsembleForms:
            figures.durationMs += settled;
            figures.quorumLossMs += serving;
            figures.quorumMaster = step.master;
            figures.newMajority = step.newGroup;
            figures.stoppedMeanwhile = step.oldGroup;
            quorumChanging = true;
            break;
        }
    }
    if (!quorumChanging && figures.restarts > 0 && !m_input.leader.isEmpty() &&
        figures.order.constLast() == m_input.leader) {
        // The leader's own restart: one election, without quorum until it ends.
        figures.quorumMaster = m_input.leader;
        figures.quorumLossMs = m_profile.joinMs;
    }
    return figures;
}

RunEstimate::PhaseFigures RunEstimate::figures(Phase phase) const
{
    for (const PhaseFigures &figures : m_phases) {
        if (figures.phase == phase)
            return figures;
    }
    PhaseFigures none;
    none.phase = phase;
    return none;
}

qint64 RunEstimate::totalMs() const
{
    qint64 total = 0;
    for (const PhaseFigures &figures : m_phases) {
        if (figures.phase != Phase::Rollback)
            total += figures.durationMs;
    }
    return total;
}

QString RunEstimate::duration(qint64 ms)
{
    if (ms < 90000)
        return tr("about %1 s").arg(std::max<qint64>(1, qint64(std::llround(double(ms) / 1000.0))));
    return tr("about %1 min").arg(QLocale().toString(double(ms) / 60000.0, 'f', 1));
}

RunEstimate::PhaseFigures RunEstimate::actual(const MigrationReport &report, Phase phase)
{
    PhaseFigures figures;
    figures.phase = phase;
    for (const auto &restart : report.restarts) {
        if (restart.phase == phase) {
            ++figures.restarts;
            figures.order << restart.master;
        }
    }
    QDateTime first;
    QDateTime last;
    for (const auto &record : report.operations) {
        if (record.phase != phase || record.skipped || !record.started.isValid())
            continue;
        const QDateTime end = record.finished.isValid() ? record.finished : record.started;
        if (!first.isValid() || record.started < first)
            first = record.started;
        if (!last.isValid() || end > last)
            last = end;
    }
    figures.durationMs = first.isValid() ? first.msecsTo(last) : 0;
    for (const auto &window : report.quorumWindows) {
        if (window.phase == phase && window.durationMs() > figures.quorumLossMs) {
            figures.quorumLossMs = window.durationMs();
            figures.quorumMaster = window.afterRestartOf;
        }
    }
    return figures;
}

QString RunEstimate::figuresText(const PhaseFigures &figures, bool estimated)
{
    const QString time = estimated ? duration(figures.durationMs)
                                   : tr("%1 s").arg(QLocale().toString(double(figures.durationMs) / 1000.0, 'f', 1));
    if (figures.quorumLossMs <= 0)
        return tr("%n restart(s), %1", nullptr, figures.restarts).arg(time);
    // One sentence per case, so a language can order restarts, time and quorum loss its own way.
    const QString loss = estimated ? duration(figures.quorumLossMs)
                                   : tr("%1 s").arg(QLocale().toString(double(figures.quorumLossMs) / 1000.0, 'f', 1));
    return tr("%n restart(s), %1, %2 without quorum", nullptr, figures.restarts).arg(time, loss);
}

QString RunEstimate::restartsText(Phase phase) const
{
    const PhaseFigures f = figures(phase);
    if (f.restarts == 0)
        return tr("No restarts: ZooKeeper keeps serving.");
    const QString order = f.order.join(QStringLiteral(", "));
    if (phase == Phase::PhaseA && m_input.phaseBNeeded) {
        if (m_input.leader.isEmpty())
            return tr("%n restart(s), one at a time, followers first; the leader is left to Phase B.", nullptr,
                      f.restarts);
        return tr("%n restart(s), one at a time: %1. The leader %2 is left to Phase B.", nullptr, f.restarts)
            .arg(order, m_input.leader);
    }
    if (phase == Phase::Rollback)
        return tr("Up to %n restart(s), one at a time, in the safe order (expected: %1).", nullptr, f.restarts)
            .arg(order);
    return tr("%n restart(s), one at a time: %1.", nullptr, f.restarts).arg(order);
}

QString RunEstimate::durationText(Phase phase) const
{
    const PhaseFigures f = figures(phase);
    if (f.restarts == 0)
        return tr("Expected duration: %1.").arg(duration(f.durationMs));
    return tr("Expected duration: %1 (each restart %2).")
        .arg(duration(f.durationMs),
             duration(m_untilZooKeeperMs + m_profile.joinMs + m_profile.catchUpMs));
}

QString RunEstimate::quorumText(Phase phase) const
{
    const PhaseFigures f = figures(phase);
    if (f.restarts == 0)
        return tr("Quorum: unchanged.");
    if (!f.newMajority.isEmpty()) {
        QString text = tr("Quorum change: at the restart of %1 the new numbering gets its majority (%2); "
                          "expected %3 without quorum.")
                           .arg(f.quorumMaster, f.newMajority.join(QStringLiteral(", ")), duration(f.quorumLossMs));
        if (!f.stoppedMeanwhile.isEmpty())
            text += QLatin1Char(' ') + tr("%1 stay stopped meanwhile and join on the new numbering afterwards.")
                                           .arg(f.stoppedMeanwhile.join(QStringLiteral(", ")));
        return text;
    }
    if (!f.quorumMaster.isEmpty())
        return tr("Quorum: held throughout, except one leader election when the leader %1 restarts last "
                  "(%2 without a leader).")
            .arg(f.quorumMaster, duration(f.quorumLossMs));
    return tr("Quorum: held throughout; one master at a time is down, the leader stays.");
}

QString RunEstimate::clientsText(Phase phase) const
{
    const PhaseFigures f = figures(phase);
    if (f.restarts == 0)
        return tr("Clients: no reconnects.");
    const QString masters = f.order.join(QStringLiteral(", "));
    if (!f.newMajority.isEmpty() || phase == Phase::Rollback) {
        QString text = tr("Clients: every client of ZooKeeper (Mesos masters, Marathon, Metronome, DC/OS "
                          "services) loses its connection during the quorum change and reconnects; sessions "
                          "survive when the change is shorter than their timeout (Mesos and Marathon: 10 s). "
                          "Clients connected to %1 also reconnect once when their master restarts.")
                           .arg(masters);
        if (f.quorumLossMs >= ClientSessionTimeoutMs)
            text += QLatin1Char(' ') + tr("Warning: the expected change is not shorter than 10 s; sessions may "
                                          "expire and those services restart their leader election.");
        return text;
    }
    QString text = tr("Clients: those connected to %1 reconnect to another master once, when it restarts; "
                      "their sessions survive.")
                       .arg(masters);
    if (!f.quorumMaster.isEmpty())
        text += QLatin1Char(' ') + tr("Requests in flight during the leader election fail and are retried.");
    return text;
}

QString RunEstimate::basisText() const
{
    if (basedOnMeasurements())
        return tr("Based on %n restart(s) measured in this run (each %1 until it served).", nullptr,
                  m_measuredRestarts)
            .arg(duration(m_profile.untilServingMs()));
    if (m_input.startViaExhibitor)
        return tr("Based on DC/OS's usual timing (the unit's stop, Exhibitor's start, ZooKeeper started at once "
                  "through Exhibitor's REST); refined after the first restart.");
    return tr("Based on DC/OS's usual timing, ZooKeeper starting at Exhibitor's first check (check-ms %1 s "
              "after it started); refined after the first restart.")
        .arg(m_input.checkMs / 1000);
}

QString RunEstimate::text(Phase phase) const
{
    QStringList lines{restartsText(phase), durationText(phase)};
    if (phase == Phase::PhaseA || phase == Phase::PhaseB || phase == Phase::Rollback) {
        lines << quorumText(phase) << clientsText(phase);
        lines << basisText();
    } else if (phase == Phase::Verify) {
        lines << (m_input.preflightMs >= 0 ? tr("Based on how long preflight took: it reads the same masters "
                                                "and the same tree.")
                                           : tr("Based on a typical cluster; preflight's own time was not "
                                                "measured."));
    }
    return lines.join(QLatin1Char('\n'));
}
