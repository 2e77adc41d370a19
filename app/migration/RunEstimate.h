#pragma once

#include "MigrationReport.h"
#include "MigrationTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// What a run will do and how long it will take, before it does it: restarts per phase, the
// expected duration, the expected quorum change in Phase B and which clients see a reconnect.
// Pure (no I/O), unit-tested alone; the confirmation pages show text(), the Summary compares
// figures() with what the report says happened.
//
// Restart timing starts from DC/OS's (DESIGN.md §2): a restart is the unit's stop, Exhibitor's
// JVM until its REST answers, ZooKeeper's start (at once on cluster/start, else at Exhibitor's
// first check, check-ms = 30 s after it started), joining the ensemble and catching up. As soon
// as the run has restarted a master, the measured restarts (MigrationReport::RestartTiming)
// replace those defaults: the masters of one cluster restart alike. Restarts known only by their
// start and end (what the wizard sees of a running engine: Phase A's, all with the Normal gate)
// scale the default steps to their measured length. Verify takes about as long as
// preflight, which reads the same masters and the same tree.
class RunEstimate
{
    Q_DECLARE_TR_FUNCTIONS(RunEstimate)

public:
    // One restart, each step in ms after the previous one.
    struct RestartProfile
    {
        qint64 stopMs = 2000;      // systemctl stop: Exhibitor and its ZooKeeper end
        qint64 exhibitorMs = 5000; // Exhibitor's JVM until its REST takes cluster/start
        qint64 zooKeeperMs = 3000; // ZooKeeper's JVM until it answers
        qint64 joinMs = 2000;      // election or sync with the leader until serving
        qint64 catchUpMs = 500;    // zxid caught up, the gate passes
        qint64 untilZooKeeperMs() const { return stopMs + exhibitorMs + zooKeeperMs; }
        qint64 untilServingMs() const { return untilZooKeeperMs() + joinMs; }
        qint64 totalMs() const { return untilServingMs() + catchUpMs; }
    };

    static constexpr qint64 DefaultCheckMs = 30000;      // Exhibitor's check-ms on DC/OS
    static constexpr qint64 WriteFilesMs = 2000;         // writing and reading back the env files
    static constexpr qint64 BackupMs = 2000;             // cp -p and a checksum on every master
    static constexpr qint64 DefaultVerifyMs = 10000;     // without a measured preflight
    static constexpr qint64 BetweenRestartsMs = 500;     // choosing the next master
    static constexpr qint64 ClientSessionTimeoutMs = 10000; // Mesos', Marathon's ZooKeeper sessions

    struct Input
    {
        QStringList masters; // DC/OS order
        QString leader;      // as last seen; empty if unknown
        bool phaseBNeeded = false;
        bool startViaExhibitor = true;
        qint64 checkMs = DefaultCheckMs;
        QList<MigrationReport::RestartTiming> measured; // this run's restarts so far
        qint64 preflightMs = -1;                        // measured; -1: not yet
    };

    struct PhaseFigures
    {
        Phase phase = Phase::Backup;
        int restarts = 0;
        QStringList order;        // the expected restart order
        qint64 durationMs = 0;
        qint64 quorumLossMs = 0;  // the expected time without quorum; 0: quorum holds
        QString quorumMaster;     // the restart at which the quorum changes
        QStringList newMajority;  // Phase B: the masters on the new numbering once it changes
        QStringList stoppedMeanwhile; // Phase B: the old numbering's masters stopped at the change
    };

    static RunEstimate make(const Input &input);

    // Defaults or measured (basedOnMeasurements()); what each restart is expected to take.
    RestartProfile profile() const { return m_profile; }
    bool basedOnMeasurements() const { return m_measuredRestarts > 0; }
    int measuredRestarts() const { return m_measuredRestarts; }

    QList<PhaseFigures> figures() const { return m_phases; }
    PhaseFigures figures(Phase phase) const;
    qint64 totalMs() const;

    // Translated, for the confirmation page of a phase (Backup, Phase A, Phase B, Verify,
    // Rollback): restarts, expected duration, quorum, reconnecting clients, and what it rests on.
    QString text(Phase phase) const;
    QString restartsText(Phase phase) const;
    QString durationText(Phase phase) const;
    QString quorumText(Phase phase) const;
    QString clientsText(Phase phase) const;
    QString basisText() const;

    static QString duration(qint64 ms); // "about 12 s", "about 2 min"

    // What a run did, in the same terms, from its report: restarts, the phase's time from its
    // first operation's start to its last one's end, the longest time without quorum.
    static PhaseFigures actual(const MigrationReport &report, Phase phase);
    // One cell of the Summary's comparison: "2 restarts, about 28 s, about 12 s without quorum"
    // (estimated) or "2 restarts, 10.4 s, 4.5 s without quorum" (actual).
    static QString figuresText(const PhaseFigures &figures, bool estimated);

private:
    PhaseFigures restartPhase(Phase phase, bool renumber) const;

    Input m_input;
    RestartProfile m_profile;
    int m_measuredRestarts = 0;
    qint64 m_untilZooKeeperMs = 0; // from the start to ZooKeeper running, with or without cluster/start
    QList<PhaseFigures> m_phases;
};
