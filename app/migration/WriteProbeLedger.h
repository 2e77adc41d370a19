#pragma once

#include "MigrationTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

// One write of the run's write probe, for the timeline's strip: when it was issued, whether
// ZooKeeper acknowledged it, in which phase. Writes still in flight are not samples.
struct WriteProbeSample
{
    QDateTime time; // issued
    bool ok = false;
    Phase phase = Phase::Preflight;
};

// The probe's figures for one phase. A write belongs to the phase it was issued in; a gap (the
// time between two acknowledgements, or from the last one to a failing end) to the phase it
// began in, whole: "writes stopped succeeding during Phase B for 2.3 s" is what an operator
// needs, not two halves split at a phase boundary.
struct WriteProbePhaseFigures
{
    Phase phase = Phase::Preflight;
    qint64 writes = 0; // acknowledged
    qint64 failed = 0;
    qint64 longestGapMs = 0; // longest time without an acknowledged write
};

// What the live clients panel and the CLI show while the probe runs (MigrationEngine::liveClients):
// totals, the rate of the last seconds, and the run's own client sessions (the probe's and the
// canary's) that never expired. sessions is 0 when none is known.
struct LiveClientFigures
{
    bool running = false; // false in the last figures of a run
    double writesPerSecond = 0;
    qint64 writes = 0;
    qint64 failed = 0;
    qint64 longestGapMs = 0;
    int sessionsAlive = 0;
    int sessions = 0;
    QList<WriteProbePhaseFigures> phases;
    QDateTime time;
};

// What the report keeps of the probe (report.json "writeProbe", the HTML table, the Summary).
struct WriteProbeReport
{
    Q_DECLARE_TR_FUNCTIONS(WriteProbeReport)

public:
    bool ran = false;
    QString path; // the probe's parent znode
    int intervalMs = 0;
    qint64 issued = 0;
    qint64 writes = 0; // acknowledged
    qint64 failed = 0;
    qint64 pending = 0; // no answer by the end of the run
    qint64 longestGapMs = 0;
    int sessionsExpired = 0;
    QList<WriteProbePhaseFigures> phases;
    QList<WriteProbeSample> samples;
    // Verify's check: whether every acknowledged write was found, and the missing ones by name.
    bool verified = false;
    qint64 lost = -1; // -1: not checked
    QStringList lostWrites;
    QString error; // why the probe did not run or could not be checked

    QJsonObject toJson() const;
    // The report's HTML section: a table of the figures per phase and the lost writes by name.
    QString toHtml() const;
    // report.json's "writeProbe" read back (the Summary's timeline draws the samples).
    static WriteProbeReport fromJson(const QJsonObject &json);
};

// The write probe's bookkeeping, without a network: each write as issued, acknowledged (with the
// name ZooKeeper gave its znode) or failed, in the phase the run was in, and the figures per
// phase. Times are milliseconds since the probe started (started() as a date for the samples).
class WriteProbeLedger
{
public:
    struct Write
    {
        qint64 sequence = 0;
        qint64 issuedMs = 0;
        qint64 completedMs = -1; // -1 while in flight
        bool ok = false;
        QString name; // the sequential znode's name, once acknowledged
        Phase phase = Phase::Preflight;
        bool acknowledged() const { return completedMs >= 0 && ok; }
        bool failed() const { return completedMs >= 0 && !ok; }
    };

    void start(const QDateTime &started, Phase phase);
    QDateTime started() const { return m_started; }
    void setPhase(Phase phase, qint64 nowMs);
    Phase phase() const { return m_phases.isEmpty() ? Phase::Preflight : m_phases.last().phase; }

    qint64 issue(qint64 nowMs); // the write's sequence
    void acknowledge(qint64 sequence, qint64 nowMs, const QString &name);
    void fail(qint64 sequence, qint64 nowMs);
    void stop(qint64 nowMs) { m_stoppedMs = nowMs; }

    const QList<Write> &writes() const { return m_writes; }
    qint64 inFlight() const;
    qint64 lastAcknowledgedMs() const { return m_lastAckMs; }

    // Per phase, in run order: the phases in which the probe wrote.
    QList<WriteProbePhaseFigures> phaseFigures(qint64 nowMs) const;
    // Totals over all phases; writesPerSecond from the acknowledgements of the last 2 s.
    LiveClientFigures live(qint64 nowMs) const;
    QList<WriteProbeSample> samples() const;
    // The acknowledged writes whose znode is not among present (names), as "w-0000000012 (#12,
    // acknowledged 12:01:02.123, Phase B)".
    QStringList lost(const QSet<QString> &present) const;

private:
    struct PhaseStart
    {
        qint64 fromMs = 0;
        Phase phase = Phase::Preflight;
    };
    Phase phaseAt(qint64 ms) const;

    QDateTime m_started;
    QList<PhaseStart> m_phases;
    QList<Write> m_writes;
    qint64 m_stoppedMs = -1;
    qint64 m_lastAckMs = -1;
};

Q_DECLARE_METATYPE(LiveClientFigures)
