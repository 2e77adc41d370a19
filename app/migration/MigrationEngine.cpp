#include "MigrationEngine.h"
#include "MigrationPaths.h"

#include "MasterLockFiles.h"
#include "Operation.h"
#include "OperationContext.h"
#include "WriteProbe.h"
#include "ZkAccess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTimer>

MigrationEngine::MigrationEngine(const MigrationSetup &setup, QObject *parent)
    : QObject(parent)
    , m_setup(setup)
{
}

MigrationEngine::~MigrationEngine()
{
    // Operations hold pointers into the context; they go first.
    m_operations.clear();
}

bool MigrationEngine::openJournal(OperationListBuilder::Kind kind, QString *error)
{
    using Kind = OperationListBuilder::Kind;
    const MigrationPlan &plan = m_setup.plan;
    const QString path = m_setup.options.journalPath.isEmpty()
                             ? MigrationJournal::defaultPath(m_setup.clusterName, plan.masters())
                             : m_setup.options.journalPath;
    // One run of a cluster at a time on this workstation, before the journal is read: a second
    // run must not act on (or write) a journal the first is writing.
    if (kind != Kind::Status && kind != Kind::Verify && !m_lock.acquire(path, error))
        return false;
    QString loadError;
    std::optional<MigrationJournal> existing;
    if (QFile::exists(path)) {
        existing = MigrationJournal::load(path, &loadError);
        if (!existing) {
            *error = loadError;
            return false;
        }
    }
    using State = MigrationJournal::State;
    // A run that stopped before its backup changed nothing: a new run may start over it.
    const bool unfinished = existing && existing->hasEntry(QStringLiteral("backup")) &&
                            (existing->state == State::Running || existing->state == State::Failed ||
                             existing->state == State::Cancelled || existing->state == State::Interrupted ||
                             existing->state == State::RollingBack);
    if (kind == Kind::Status || kind == Kind::Verify) {
        // Read-only runs use what the journal knows and never write it.
        m_persistJournal = false;
        if (existing)
            m_journal = *existing;
        m_journal.setPath(QString());
        return true;
    }
    if (kind == Kind::Migrate && unfinished) {
        *error = tr("An earlier run on this cluster did not finish (%1, journal %2). Resume it or roll it back "
                    "instead of starting a new one.")
                     .arg(existing->stateText(), path);
        return false;
    }
    if (kind == Kind::Resume) {
        if (!existing) {
            *error = tr("There is no journal to resume from at %1.").arg(path);
            return false;
        }
        if (existing->phaseA != plan.phaseA().toString() || existing->phaseB != plan.phaseB().toString()) {
            *error = tr("The journal %1 belongs to another plan (Phase A %2, Phase B %3); this plan has %4 and %5.")
                         .arg(path, existing->phaseA, existing->phaseB, plan.phaseA().toString(),
                              plan.phaseB().toString());
            return false;
        }
    }
    if ((kind == Kind::Resume || kind == Kind::Rollback) && existing && existing->state != State::RolledBack) {
        m_journal = *existing;
    } else {
        // A fresh journal: a new migration, or a rollback with no (or an old) record of a run.
        m_journal = MigrationJournal();
        m_journal.runId = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-")) +
                          QString::number(QRandomGenerator::global()->generate() % 0x10000, 16);
        m_journal.clusterName = m_setup.clusterName;
        m_journal.configFile = plan.configFile();
        m_journal.configSha256 = QString::fromLatin1(
            QCryptographicHash::hash(plan.configYamlBefore(), QCryptographicHash::Sha256).toHex());
        m_journal.masters = plan.masters();
        m_journal.currentIds = plan.currentIds();
        m_journal.phaseA = plan.phaseA().toString();
        m_journal.phaseB = plan.phaseB().toString();
        m_journal.phaseBNeeded = plan.phaseBNeeded();
        m_journal.created = QDateTime::currentDateTimeUtc();
    }
    m_journal.setPath(path);
    m_lock.setRunId(m_journal.runId);
    m_journal.state = kind == Kind::Rollback ? State::RollingBack : State::Running;
    return m_journal.save(error);
}

void MigrationEngine::start(OperationListBuilder::Kind kind)
{
    if (m_running)
        return;
    m_running = true;
    m_kind = kind;
    const MigrationPlan &plan = m_setup.plan;
    m_report.kind = OperationListBuilder::kindKey(kind);
    m_report.started = QDateTime::currentDateTimeUtc();
    m_report.clusterName = m_setup.clusterName;
    m_report.configFile = plan.configFile();
    m_report.masters = plan.masters();
    m_report.currentIds = plan.currentIds();
    m_report.phaseA = plan.phaseA().toString();
    m_report.phaseB = plan.phaseB().toString();
    m_report.phaseBNeeded = plan.phaseBNeeded();
    m_report.phaseBReason = plan.phaseBReason();

    QString error;
    if (!plan.isValid() || plan.masters().isEmpty()) {
        end(RunOutcome::Failed, tr("The plan is not valid; fix its issues first."));
        return;
    }
    if (!openJournal(kind, &error)) {
        end(RunOutcome::Failed, error);
        return;
    }
    m_report.runId = m_journal.runId;
    m_context = new OperationContext(m_setup, &m_journal, &m_report, this);
    connect(m_context, &OperationContext::logLine, this, &MigrationEngine::onLogLine);
    connect(m_context, &OperationContext::checkFinished, this, &MigrationEngine::checkFinished);
    connect(m_context, &OperationContext::polled, this, &MigrationEngine::onPolled);
    connect(m_context, &OperationContext::settling, this, &MigrationEngine::masterSettling);
    connect(m_context->probe(), &WriteProbe::figuresChanged, this, [this](LiveClientFigures figures) {
        // The run's own client sessions: the probe's and the canary's (other clients' sessions
        // are not visible from here).
        const WriteProbe *probe = m_context->probe();
        const ZkAccess *zk = m_context->zk();
        figures.sessions = (probe->hasWritten() ? 1 : 0) + (zk->hasCanary() ? 1 : 0);
        figures.sessionsAlive = (probe->sessionSurvived() ? 1 : 0) + (zk->canarySurvived() ? 1 : 0);
        emit liveClients(figures);
    });
    m_operations = OperationListBuilder::build(kind, plan, m_setup.options);
    m_context->log(QString(), LogStream::Info,
                   tr("%1 run %2: %n operation(s), journal %3", nullptr, int(m_operations.size()))
                       .arg(m_report.kind, m_journal.runId, m_journal.path().isEmpty() ? tr("(not kept)") : m_journal.path()));
    m_index = -1;
    next();
}

void MigrationEngine::onLogLine(const LogLine &line)
{
    m_report.log << line;
    emit logLine(line);
}

QString MigrationEngine::question(const Operation &operation) const
{
    if (operation.phase() == Phase::Rollback && !operation.master().isEmpty())
        return tr("Restart dcos-exhibitor on %1 now (rollback)?").arg(operation.master());
    if (!operation.master().isEmpty())
        return tr("Restart dcos-exhibitor on %1 now?").arg(operation.master());
    return tr("Start \"%1\" (%2)? It changes the masters.").arg(operation.title(), phaseTitle(operation.phase()));
}

void MigrationEngine::next()
{
    if (m_ended)
        return;
    ++m_index;
    emit progress(m_index, int(m_operations.size()));
    if (m_index >= int(m_operations.size())) {
        end(RunOutcome::Succeeded, m_kind == OperationListBuilder::Kind::Rollback
                                       ? tr("Rollback complete: the original configuration runs again.")
                                       : tr("Done."));
        return;
    }
    if (m_context->cancelRequested() && !deferStop()) {
        end(RunOutcome::Cancelled, m_interrupted ? tr("Interrupted after the last completed step. Resume or roll "
                                                      "back when ready.")
                                                 : tr("Cancelled after the last completed step. Resume or roll back "
                                                      "when ready."));
        return;
    }
    proceed();
}

void MigrationEngine::proceed()
{
    if (m_pauseRequested && stoppedForRestart().isEmpty()) {
        m_paused = true;
        m_context->log(QString(), LogStream::Info, tr("paused after the last completed step"));
        emit paused();
        return;
    }
    Operation *operation = m_operations.at(m_index).get();
    const bool resuming = m_kind == OperationListBuilder::Kind::Resume || m_kind == OperationListBuilder::Kind::Rollback;
    if (resuming && operation->isDoneIn(m_journal)) {
        const OperationInfo info = operation->info(m_index);
        m_report.operations << MigrationReport::OperationRecord{m_index, info.id, info.phase, info.master, info.title,
                                                                QDateTime::currentDateTimeUtc(),
                                                                QDateTime::currentDateTimeUtc(), true, true,
                                                                tr("done in an earlier run")};
        emit operationFinished(info, true, true, tr("done in an earlier run"));
        QTimer::singleShot(0, this, &MigrationEngine::next);
        return;
    }
    operation->prepare(m_context, [this, operation](bool ok, const QString &message) {
        if (m_ended)
            return;
        const OperationInfo info = operation->info(m_index);
        if (!ok) {
            end(RunOutcome::Failed, message);
            return;
        }
        if (!operation->skipReason().isEmpty()) {
            m_report.operations << MigrationReport::OperationRecord{m_index, info.id, info.phase, info.master,
                                                                    info.title, QDateTime::currentDateTimeUtc(),
                                                                    QDateTime::currentDateTimeUtc(), true, true,
                                                                    operation->skipReason()};
            m_context->log(QString(), LogStream::Info, tr("%1: skipped: %2").arg(info.title, operation->skipReason()));
            emit operationFinished(info, true, true, operation->skipReason());
            next();
            return;
        }
        if (operation->confirmBefore() && !m_setup.options.autoConfirm) {
            m_waitingForConfirmation = true;
            emit waitingForConfirmation(info, question(*operation));
            return;
        }
        runOperation();
    });
}

void MigrationEngine::confirm(bool proceed)
{
    if (!m_waitingForConfirmation || m_ended)
        return;
    m_waitingForConfirmation = false;
    // A stop asked for while masters are down for their restarts waits for those restarts.
    if (!proceed || (m_context->cancelRequested() && !deferStop())) {
        end(RunOutcome::Cancelled, (m_interrupted ? tr("Interrupted before \"%1\".")
                                                  : tr("Stopped before \"%1\" at the operator's request."))
                                       .arg(m_operations.at(m_index)->title()));
        return;
    }
    runOperation();
}

void MigrationEngine::cancel()
{
    if (!m_context || m_ended)
        return;
    m_context->requestCancel();
    m_context->log(QString(), LogStream::Warning, tr("cancel requested: the current step finishes, then the run stops"));
    if (m_waitingForConfirmation && deferStop()) {
        // Waiting before the restart that starts a stopped master again (pause-each): that
        // restart goes ahead, the stop comes after it.
        m_waitingForConfirmation = false;
        runOperation();
    } else if (m_waitingForConfirmation) {
        confirm(false);
    }
    else if (m_paused)
        end(RunOutcome::Cancelled, tr("Cancelled while paused, after the last completed step. Resume or roll back "
                                      "when ready."));
}

void MigrationEngine::interrupt(const QString &signalName)
{
    if (!m_context || m_ended)
        return;
    m_interrupted = true;
    if (!signalName.isEmpty())
        m_context->log(QString(), LogStream::Warning, tr("%1 received").arg(signalName));
    cancel();
}

QStringList MigrationEngine::stoppedForRestart() const
{
    // A restart records "started" for its master, and Phase B's (or a rollback's) stop of the
    // masters on the old numbering records it for each of them; "done" or "failed" follows once
    // that master was started again. Between steps, a master whose last record is "started" is
    // down because of this run.
    QStringList stopped;
    for (const Phase phase : {Phase::PhaseB, Phase::Rollback}) {
        const QString prefix = phaseKey(phase) + QStringLiteral(".restart");
        QMap<QString, MigrationJournal::Status> latest;
        for (const MigrationJournal::Entry &entry : m_journal.entries()) {
            if (!entry.master.isEmpty() && entry.op.startsWith(prefix))
                latest[entry.master] = entry.status;
        }
        for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
            if (it.value() == MigrationJournal::Status::Started && !stopped.contains(it.key()))
                stopped << it.key();
        }
    }
    return stopped;
}

bool MigrationEngine::deferStop()
{
    const QStringList stopped = stoppedForRestart();
    if (stopped.isEmpty())
        return false;
    if (!m_stopDeferred) {
        m_stopDeferred = true;
        m_context->log(QString(), LogStream::Warning,
                       tr("stop deferred: %1 stopped for this phase's renumbering and must be started again "
                          "first; the run stops once their restarts are done")
                           .arg(stopped.join(QStringLiteral(", "))));
    }
    return true;
}

void MigrationEngine::pause()
{
    if (!m_context || m_ended || m_pauseRequested)
        return;
    m_pauseRequested = true;
    m_context->log(QString(), LogStream::Info, tr("pause requested: the current step finishes, then the run waits"));
}

void MigrationEngine::resume()
{
    if (!m_context || m_ended || !m_pauseRequested)
        return;
    m_pauseRequested = false;
    const bool wasPaused = m_paused;
    m_paused = false;
    m_context->log(QString(), LogStream::Info, tr("continuing"));
    emit resumed();
    if (wasPaused)
        proceed();
}

void MigrationEngine::onPolled(const ClusterSnapshot &snapshot)
{
    LiveClusterState state;
    state.time = snapshot.time();
    for (const MasterPoll &probe : snapshot.probes()) {
        LiveMasterState master;
        master.master = probe.master;
        master.reachable = probe.zooKeeperRuns();
        master.mode = probe.isServing() ? probe.srvr.mode : QString();
        state.masters << master;
    }
    state.leader = snapshot.leader();
    state.serving = int(snapshot.serving().size());
    state.quorum = snapshot.hasQuorum();
    emit clusterState(state);
}

void MigrationEngine::runOperation()
{
    Operation *operation = m_operations.at(m_index).get();
    const OperationInfo info = operation->info(m_index);
    m_journal.record(info.id, info.master, MigrationJournal::Status::Started);
    if (m_persistJournal)
        m_context->saveJournal();
    m_report.operations << MigrationReport::OperationRecord{m_index, info.id, info.phase, info.master, info.title,
                                                            QDateTime::currentDateTimeUtc(), {}, false, false, {}};
    m_context->log(info.master, LogStream::Info, tr("— %1").arg(info.title));
    m_context->probe()->setPhase(info.phase);
    emit operationStarted(info);
    operation->execute(m_context, [this, index = m_index](bool ok, const QString &message) {
        if (index != m_index || m_ended)
            return;
        operationDone(ok, message);
    });
}

void MigrationEngine::operationDone(bool ok, const QString &message)
{
    Operation *operation = m_operations.at(m_index).get();
    const OperationInfo info = operation->info(m_index);
    m_journal.record(info.id, info.master, ok ? MigrationJournal::Status::Done : MigrationJournal::Status::Failed, message);
    if (m_persistJournal)
        m_context->saveJournal();
    if (auto *record = m_report.operation(m_index)) {
        record->finished = QDateTime::currentDateTimeUtc();
        record->ok = ok;
        record->message = message;
        record->master = info.master;
        record->title = info.title;
    }
    m_context->log(info.master, ok ? LogStream::Info : LogStream::Error, message);
    emit operationFinished(info, ok, false, message);
    if (!ok) {
        end(RunOutcome::Failed, message);
        return;
    }
    using Kind = OperationListBuilder::Kind;
    if (m_index == 0 && (m_kind == Kind::Migrate || m_kind == Kind::Resume || m_kind == Kind::Rollback))
        startProbe();
    next();
}

void MigrationEngine::startProbe()
{
    // After preflight passed (or a resume's or rollback's inspection), never before: a cluster
    // that failed preflight gets no writes but the canary's. The probe writes from here to Verify.
    ZkAccess *zk = m_context->zk();
    const QString base = m_setup.options.znodeBase;
    const QString path = base + QStringLiteral("/probe-") + m_journal.runId;
    const Phase phase = m_operations.at(m_index)->phase();
    zk->open([this, zk, base, path, phase](bool ok, const QString &error) {
        if (m_ended)
            return;
        if (!ok) {
            m_context->log(QString(), LogStream::Warning, tr("write probe not started: %1").arg(error));
            m_report.writeProbe.error = error;
            return;
        }
        m_context->probe()->start(zk->connectString(), zk->credentials(), base, path, phase);
    });
}

void MigrationEngine::end(RunOutcome outcome, const QString &message)
{
    if (m_ended)
        return;
    m_ended = true;
    m_waitingForConfirmation = false;
    if (m_context)
        m_context->closeQuorumWindow();
    using State = MigrationJournal::State;
    const bool rollback = m_kind == OperationListBuilder::Kind::Rollback;
    if (m_context && m_persistJournal) {
        if (outcome == RunOutcome::Succeeded)
            m_journal.state = rollback ? State::RolledBack : State::Completed;
        else if (!rollback)
            m_journal.state = outcome != RunOutcome::Cancelled ? State::Failed
                              : m_interrupted                  ? State::Interrupted
                                                               : State::Cancelled;
        m_context->saveJournal();
    }
    if (m_context) {
        // Stopping emits the last figures (liveClients, running false) before finished().
        m_context->probe()->stop();
        if (m_context->probe()->hasStarted())
            m_report.writeProbe = m_context->probe()->report();
        // The lock files go before the canary session: a lock file whose session node is gone
        // would look stale to another run meanwhile. Nothing else of the run is left to wait for.
        MasterLockFiles::release(m_context, [this, outcome, message] { endReleased(outcome, message); });
        return;
    }
    endReleased(outcome, message);
}

void MigrationEngine::endReleased(RunOutcome outcome, const QString &message)
{
    m_report.outcome = outcome;
    m_report.outcomeMessage = message;
    m_report.finished = QDateTime::currentDateTimeUtc();
    QString reportDir = m_setup.options.reportDir;
    if (reportDir.isEmpty()) {
        reportDir = MigrationPaths::reportDir(m_report.runId, m_report.kind);
    }
    QString error;
    if (!m_report.write(reportDir, &error)) {
        onLogLine(LogLine{QString(), LogStream::Error, error, QDateTime::currentDateTimeUtc()});
        reportDir.clear();
    }
    if (m_context) {
        // The session node goes before the run ends, so another run does not see it as live.
        m_context->zk()->stopCanary([this, outcome, message, reportDir] { endStopped(outcome, message, reportDir); });
        return;
    }
    endStopped(outcome, message, reportDir);
}

void MigrationEngine::endStopped(RunOutcome outcome, const QString &message, const QString &reportDir)
{
    // The journal is saved and the report written: the next run may start.
    m_lock.release();
    if (outcome == RunOutcome::Failed && m_context && !m_context->state().staleLockHolder.isEmpty())
        emit staleLockRefused(m_context->state().staleLockHolder);
    if (outcome == RunOutcome::Failed)
        emit failed(message);
    emit finished(outcome, message, reportDir);
}
