#pragma once

#include "BenchSim.h"

#include "migration/MigrationSetup.h"
#include "migration/MigrationTypes.h"
#include "probe/SequencedWriter.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QTemporaryDir>

class MigrationRunner;
class SettleProbe;

// One full migration (Phase A and Phase B) of a fresh dcos-profile sim, watched from outside:
// a SettleProbe on each master while it restarts, and two SequencedWriters writing every 50 ms
// throughout, one connected to the leader only (Phase A never restarts it, so what it sees is what
// the ensemble offers) and one to every master (a client that fails over, as DC/OS's clients
// are configured). Shared by bench-settle-detection and bench-availability; each prints its part.
class MigrationBench : public QObject
{
    Q_OBJECT

public:
    struct Restart
    {
        QString id;        // "phaseA.restart.2"
        QString master;
        Phase phase = Phase::PhaseA;
        int expectedId = 0;
        double startedMs = -1;  // operationStarted, benchmark clock
        double declaredMs = -1; // operationFinished: the engine declared it settled
        QString gate;           // the engine's settle gate: normal, old-quorum, new-ensemble, no-quorum
        double runningMs = -1;  // the SettleProbe first saw the new ZooKeeper answer, right myid
        double servingMs = -1;  // ... first saw it serving, synced, right ID (conf)
        bool downSeen = false;
        QString probeState;     // the probe's last view, when it never saw it ready
        bool ok = false;
        QString message;
        // Old-quorum and no-quorum restarts cannot serve yet (their numbering has no majority):
        // there the engine waits for the ZooKeeper to run, and so does this comparison.
        bool servingExpected() const { return gate != QLatin1String("old-quorum") && gate != QLatin1String("no-quorum"); }
        double readyMs() const { return servingExpected() ? servingMs : runningMs; }
        double durationMs() const { return declaredMs - startedMs; }
        double detectionMs() const { return declaredMs - readyMs(); }
    };

    struct Writes
    {
        SequencedWriter::Report report;
        int failedInPhaseA = 0;
        double longestGapInPhaseBMs = 0; // longest time without an acknowledgement overlapping Phase B
        qint64 lostAcknowledged = -1;    // acknowledged writes missing afterwards (-1: not checked)
    };

    struct Result
    {
        QString error; // the benchmark itself failed (sim, writers); figures are not valid
        RunOutcome outcome = RunOutcome::Failed;
        QString message;
        double wallMs = 0; // runner start to finished
        QList<Restart> restarts;
        QMap<Phase, std::pair<double, double>> phases; // first start, last finish
        Writes leaderWriter;
        Writes anyWriter;
        QJsonObject report; // the engine's report.json
    };

    explicit MigrationBench(const QString &topology, QObject *parent = nullptr);
    ~MigrationBench() override;

    bool keepSim = false;
    bool trace = false; // every engine log line and operation, with the bench clock, to progress()

    // Brings the sim up fresh (blocking, up to minutes), then runs everything from the event
    // loop; done() at the end.
    void start();
    const Result &result() const { return m_result; }

signals:
    void progress(const QString &line);
    void done();

private:
    void startWriters();
    void startRun();
    void onOperationStarted(const OperationInfo &info);
    void onOperationFinished(const OperationInfo &info, bool ok, bool skipped, const QString &message);
    void onLogLine(const LogLine &line);
    void onRunFinished(RunOutcome outcome, const QString &message, const QString &reportDir);
    void verifyWriters();
    Writes evaluate(const SequencedWriter *writer, double writerStartMs) const;
    void fail(const QString &error);
    void finish();

    BenchSim m_sim;
    QTemporaryDir m_dir;
    MigrationSetup m_setup;
    QElapsedTimer m_clock;
    MigrationRunner *m_runner = nullptr;
    SettleProbe *m_probe = nullptr;
    SequencedWriter *m_leaderWriter = nullptr;
    SequencedWriter *m_anyWriter = nullptr;
    double m_leaderWriterStartMs = 0; // benchmark clock at the writers' own zero
    double m_anyWriterStartMs = 0;
    double m_runStartMs = 0;
    int m_verifications = 0;
    bool m_finished = false;
    Result m_result;
};
