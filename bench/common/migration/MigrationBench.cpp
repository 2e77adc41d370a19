#include "MigrationBench.h"

#include "SettleProbe.h"

#include "config/ClusterConfig.h"
#include "config/MigrationPlan.h"
#include "migration/MigrationRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace {

const auto kLeaderWriterPath = QStringLiteral("/emw-bench-writer-leader");
const auto kAnyWriterPath = QStringLiteral("/emw-bench-writer-any");
// Writes before the run starts: a baseline of a healthy ensemble in the writers' records.
constexpr int kBaselineMs = 3000;

bool isRestart(const OperationInfo &info)
{
    return info.id.contains(QLatin1String(".restart."));
}

} // namespace

MigrationBench::MigrationBench(const QString &topology, QObject *parent)
    : QObject(parent)
    , m_sim(topology)
{
    m_clock.start();
}

MigrationBench::~MigrationBench()
{
    delete m_runner; // mid-run only if the benchmark is torn down early
    if (!keepSim)
        m_sim.down();
}

void MigrationBench::start()
{
    QString error;
    if (!BenchSim::available(&error))
        return fail(error);
    // A migrated cluster has nothing left to migrate: always a fresh one.
    emit progress(QStringLiteral("bringing up %1 fresh with the dcos profile").arg(m_sim.topologyPath()));
    m_sim.down();
    if (!m_sim.up(&error, QStringLiteral("dcos")))
        return fail(QStringLiteral("sim up: ") + error);

    QMap<QString, int> ids; // as Exhibitor handed them out: what discovery would find
    QString leader;
    for (const QJsonValue &value : m_sim.status().value(QStringLiteral("masters")).toArray()) {
        const QJsonObject master = value.toObject();
        ids.insert(master.value(QStringLiteral("ip")).toString(), master.value(QStringLiteral("id")).toInt());
        if (master.value(QStringLiteral("mode")).toString() == QLatin1String("leader"))
            leader = master.value(QStringLiteral("ip")).toString();
    }
    const ClusterConfig config = ClusterConfig::fromFile(m_sim.configYamlPath());
    m_setup.plan = MigrationPlan::build(config, ids, QStringLiteral("bench"));
    if (!m_setup.plan.isValid() || leader.isEmpty())
        return fail(QStringLiteral("no valid plan or no leader in the sim"));
    m_setup.clusterName = config.clusterName();
    m_setup.targets = m_sim.targets();
    m_setup.options.autoConfirm = true;
    m_setup.options.journalPath = m_dir.filePath(QStringLiteral("journal.json"));
    m_setup.options.reportDir = m_dir.filePath(QStringLiteral("report"));
    m_setup.options.configOutPath = m_dir.filePath(QStringLiteral("config.static.yaml"));
    m_setup.options.digestExcludes = {kLeaderWriterPath, kAnyWriterPath};

    m_leaderWriter = new SequencedWriter(this);
    m_leaderWriter->setBasePath(kLeaderWriterPath);
    m_anyWriter = new SequencedWriter(this);
    m_anyWriter->setBasePath(kAnyWriterPath);
    auto started = std::make_shared<int>(0); // shared by both writers' handlers
    for (SequencedWriter *writer : {m_leaderWriter, m_anyWriter}) {
        connect(writer, &SequencedWriter::failedToStart, this,
                [this](const QString &why) { fail(QStringLiteral("writer: ") + why); });
        connect(writer, &SequencedWriter::started, this, [this, writer, started] {
            const double offset = double(m_clock.elapsed() - writer->elapsedMs());
            (writer == m_leaderWriter ? m_leaderWriterStartMs : m_anyWriterStartMs) = offset;
            if (++*started == 2) {
                emit progress(QStringLiteral("writers running; %1 ms of baseline, then the migration").arg(kBaselineMs));
                QTimer::singleShot(kBaselineMs, this, &MigrationBench::startRun);
            }
        });
    }
    emit progress(QStringLiteral("writers: one on the leader %1, one on every master").arg(leader));
    m_leaderWriter->start(leader + QStringLiteral(":2181"));
    m_anyWriter->start(m_sim.connectString());
}

void MigrationBench::startRun()
{
    if (m_finished)
        return;
    m_probe = new SettleProbe(&m_clock, m_sim.stateDir(), this);
    m_runner = new MigrationRunner(this);
    connect(m_runner, &MigrationRunner::operationStarted, this, &MigrationBench::onOperationStarted);
    connect(m_runner, &MigrationRunner::operationFinished, this, &MigrationBench::onOperationFinished);
    connect(m_runner, &MigrationRunner::finished, this, &MigrationBench::onRunFinished);
    connect(m_runner, &MigrationRunner::logLine, this, &MigrationBench::onLogLine);
    m_runStartMs = double(m_clock.elapsed());
    if (!m_runner->start(OperationListBuilder::Kind::Migrate, m_setup))
        fail(QStringLiteral("the runner did not start"));
}

void MigrationBench::onOperationStarted(const OperationInfo &info)
{
    const double now = double(m_clock.elapsed());
    if (trace)
        emit progress(QStringLiteral("  op started %1 %2").arg(info.id, info.master));
    if (!m_result.phases.contains(info.phase))
        m_result.phases.insert(info.phase, {now, now});
    if (!isRestart(info))
        return;
    Restart restart;
    restart.id = info.id;
    restart.master = info.master;
    restart.phase = info.phase;
    restart.expectedId = (info.phase == Phase::PhaseB ? m_setup.plan.phaseB() : m_setup.plan.phaseA()).idOf(info.master);
    restart.startedMs = now;
    m_result.restarts << restart;
    m_probe->watch(info.master, restart.expectedId);
    emit progress(QStringLiteral("%1: restarting %2 (ID %3)").arg(info.id, info.master).arg(restart.expectedId));
}

void MigrationBench::onOperationFinished(const OperationInfo &info, bool ok, bool skipped, const QString &message)
{
    const double now = double(m_clock.elapsed());
    if (trace)
        emit progress(QStringLiteral("  op finished %1 %2 ok=%3 skipped=%4").arg(info.id, info.master).arg(ok).arg(skipped));
    if (!skipped && m_result.phases.contains(info.phase))
        m_result.phases[info.phase].second = now;
    if (!isRestart(info) || skipped || m_result.restarts.isEmpty() || m_result.restarts.last().id != info.id)
        return;
    Restart &restart = m_result.restarts.last();
    restart.declaredMs = now;
    restart.ok = ok;
    restart.message = message;
    restart.runningMs = m_probe->runningMs();
    restart.servingMs = m_probe->servingMs();
    restart.downSeen = m_probe->downSeen();
    restart.probeState = m_probe->lastState();
    m_probe->stop();
    emit progress(QStringLiteral("%1: %2 %3 (gate %4) %5 ms after the restart began; probe saw it %6 %7")
                      .arg(info.id, info.master,
                           ok ? QStringLiteral("declared settled") : QStringLiteral("FAILED its settle gate"),
                           restart.gate)
                      .arg(restart.durationMs(), 0, 'f', 0)
                      .arg(restart.servingExpected() ? QStringLiteral("serving") : QStringLiteral("running"))
                      .arg(restart.readyMs() < 0 ? QStringLiteral("never (last: %1)").arg(restart.probeState)
                                                 : QStringLiteral("%1 ms before").arg(restart.detectionMs(), 0, 'f', 0)));
}

void MigrationBench::onLogLine(const LogLine &line)
{
    if (trace)
        emit progress(QStringLiteral("  log %1: %2").arg(line.master.isEmpty() ? QStringLiteral("-") : line.master, line.text));
    // GateWaiter logs "settle gate (<key>): ..." for the master it waits for; the key is not
    // translated.
    static const QRegularExpression gate(QStringLiteral("\\((normal|old-quorum|new-ensemble|no-quorum)\\)"));
    if (m_result.restarts.isEmpty() || m_result.restarts.last().declaredMs >= 0
        || line.master != m_result.restarts.last().master)
        return;
    const QRegularExpressionMatch match = gate.match(line.text);
    if (match.hasMatch() && line.text.contains(QLatin1String("settle gate")))
        m_result.restarts.last().gate = match.captured(1);
}

void MigrationBench::onRunFinished(RunOutcome outcome, const QString &message, const QString &reportDir)
{
    m_result.wallMs = double(m_clock.elapsed()) - m_runStartMs;
    m_result.outcome = outcome;
    m_result.message = message;
    QFile file(reportDir + QStringLiteral("/report.json"));
    if (file.open(QIODevice::ReadOnly))
        m_result.report = QJsonDocument::fromJson(file.readAll()).object();
    emit progress(QStringLiteral("run finished (%1): %2").arg(outcomeKey(outcome), message));
    m_leaderWriter->stop();
    m_anyWriter->stop();
    // Writes in flight get a moment to complete before the records are read.
    QTimer::singleShot(2000, this, &MigrationBench::verifyWriters);
}

void MigrationBench::verifyWriters()
{
    for (SequencedWriter *writer : {m_leaderWriter, m_anyWriter}) {
        connect(writer, &SequencedWriter::acknowledgedVerified, this, [this, writer](qint64 missing, const QString &) {
            (writer == m_leaderWriter ? m_result.leaderWriter : m_result.anyWriter).lostAcknowledged = missing;
            if (++m_verifications == 2)
                finish();
        });
        writer->verifyAcknowledged();
    }
    QTimer::singleShot(20000, this, &MigrationBench::finish); // a check that never answers
}

MigrationBench::Writes MigrationBench::evaluate(const SequencedWriter *writer, double writerStartMs) const
{
    Writes writes;
    writes.report = writer->report();
    const auto a = m_result.phases.value(Phase::PhaseA, {-1, -1});
    const auto b = m_result.phases.value(Phase::PhaseB, {-1, -1});
    QList<double> acks;
    for (const SequencedWriter::Write &write : writer->writes()) {
        const double issued = writerStartMs + double(write.issuedMs);
        if (write.failed() && a.first >= 0 && issued >= a.first && issued <= a.second)
            ++writes.failedInPhaseA;
        if (write.acknowledged())
            acks << writerStartMs + double(write.completedMs);
    }
    std::sort(acks.begin(), acks.end());
    // A gap between two acknowledgements counts for Phase B if it overlaps the phase.
    for (qsizetype i = 1; i < acks.size() && b.first >= 0; ++i) {
        if (acks.at(i) >= b.first && acks.at(i - 1) <= b.second)
            writes.longestGapInPhaseBMs = std::max(writes.longestGapInPhaseBMs, acks.at(i) - acks.at(i - 1));
    }
    return writes;
}

void MigrationBench::fail(const QString &error)
{
    if (m_result.error.isEmpty())
        m_result.error = error;
    QTimer::singleShot(0, this, &MigrationBench::finish);
}

void MigrationBench::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_leaderWriter && m_anyWriter && m_result.error.isEmpty()) {
        const qint64 lostLeader = m_result.leaderWriter.lostAcknowledged, lostAny = m_result.anyWriter.lostAcknowledged;
        m_result.leaderWriter = evaluate(m_leaderWriter, m_leaderWriterStartMs);
        m_result.anyWriter = evaluate(m_anyWriter, m_anyWriterStartMs);
        m_result.leaderWriter.lostAcknowledged = lostLeader;
        m_result.anyWriter.lostAcknowledged = lostAny;
    }
    emit done();
}
