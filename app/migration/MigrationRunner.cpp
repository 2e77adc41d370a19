#include "MigrationRunner.h"

#include "MigrationEngine.h"
#include "MigrationJournal.h"

#include "remote/BackgroundPriority.h"

#include <QFile>

#include <QThread>

namespace {

void registerTypes()
{
    static const bool done = [] {
        qRegisterMetaType<LogStream>();
        qRegisterMetaType<LogLine>();
        qRegisterMetaType<CheckResult>();
        qRegisterMetaType<OperationInfo>();
        qRegisterMetaType<RunOutcome>();
        qRegisterMetaType<Phase>();
        qRegisterMetaType<LiveClusterState>();
        qRegisterMetaType<LiveClientFigures>();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace

MigrationRunner::MigrationRunner(QObject *parent)
    : QObject(parent)
{
    registerTypes();
}

MigrationRunner::~MigrationRunner()
{
    stopThread();
}

QList<std::pair<OperationInfo, OperationPreview>> MigrationRunner::previews(OperationListBuilder::Kind kind,
                                                                             const PreviewInput &input)
{
    QList<std::pair<OperationInfo, OperationPreview>> result;
    const OperationList operations = OperationListBuilder::build(kind, *input.plan, *input.options);
    for (int i = 0; i < int(operations.size()); ++i)
        result << std::pair{operations.at(i)->info(i), operations.at(i)->preview(input)};
    return result;
}

void MigrationRunner::stopThread()
{
    if (!m_thread)
        return;
    // The engine (and with it every session, forward and client of the run) is destroyed in its
    // own thread when the thread's event loop ends.
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

QString MigrationRunner::journalPath(const MigrationSetup &setup)
{
    return setup.options.journalPath.isEmpty()
               ? MigrationJournal::defaultPath(setup.clusterName, setup.plan.masters())
               : setup.options.journalPath;
}

std::optional<MigrationJournal> MigrationRunner::unfinishedRun(const MigrationSetup &setup)
{
    const QString path = journalPath(setup);
    if (!QFile::exists(path))
        return std::nullopt;
    auto journal = MigrationJournal::load(path);
    using State = MigrationJournal::State;
    if (!journal || !journal->hasEntry(QStringLiteral("backup")) ||
        (journal->state != State::Running && journal->state != State::Failed && journal->state != State::Cancelled &&
         journal->state != State::Interrupted && journal->state != State::RollingBack))
        return std::nullopt;
    return journal;
}

bool MigrationRunner::start(OperationListBuilder::Kind kind, const MigrationSetup &setup)
{
    if (m_running)
        return false;
    stopThread();
    m_running = true;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("migration-runner"));
    BackgroundPriority::apply(m_thread);
    auto *engine = new MigrationEngine(setup);
    engine->moveToThread(m_thread);
    m_engine = engine;
    connect(m_thread, &QThread::finished, engine, &QObject::deleteLater);
    connect(engine, &MigrationEngine::operationStarted, this, &MigrationRunner::operationStarted);
    connect(engine, &MigrationEngine::operationFinished, this, &MigrationRunner::operationFinished);
    connect(engine, &MigrationEngine::logLine, this, &MigrationRunner::logLine);
    connect(engine, &MigrationEngine::checkFinished, this, &MigrationRunner::checkFinished);
    connect(engine, &MigrationEngine::progress, this, &MigrationRunner::progress);
    connect(engine, &MigrationEngine::waitingForConfirmation, this, &MigrationRunner::waitingForConfirmation);
    connect(engine, &MigrationEngine::staleLockRefused, this, &MigrationRunner::staleLockRefused);
    connect(engine, &MigrationEngine::failed, this, &MigrationRunner::failed);
    connect(engine, &MigrationEngine::paused, this, &MigrationRunner::paused);
    connect(engine, &MigrationEngine::resumed, this, &MigrationRunner::resumed);
    connect(engine, &MigrationEngine::clusterState, this, &MigrationRunner::clusterState);
    connect(engine, &MigrationEngine::masterSettling, this, &MigrationRunner::masterSettling);
    connect(engine, &MigrationEngine::liveClients, this, &MigrationRunner::liveClients);
    connect(engine, &MigrationEngine::finished, this,
            [this](RunOutcome outcome, const QString &message, const QString &reportDir) {
                m_running = false;
                // The run's SSH connections and ZooKeeper sessions end with its engine.
                if (m_thread)
                    m_thread->quit();
                emit finished(outcome, message, reportDir);
            });
    m_thread->start();
    QMetaObject::invokeMethod(engine, [engine, kind] { engine->start(kind); }, Qt::QueuedConnection);
    return true;
}

void MigrationRunner::confirm(bool proceed)
{
    if (MigrationEngine *engine = m_engine)
        QMetaObject::invokeMethod(engine, [engine, proceed] { engine->confirm(proceed); }, Qt::QueuedConnection);
}

void MigrationRunner::cancel()
{
    if (MigrationEngine *engine = m_engine)
        QMetaObject::invokeMethod(engine, [engine] { engine->cancel(); }, Qt::QueuedConnection);
}

void MigrationRunner::interrupt(const QString &signalName)
{
    if (MigrationEngine *engine = m_engine)
        QMetaObject::invokeMethod(engine, [engine, signalName] { engine->interrupt(signalName); }, Qt::QueuedConnection);
}

void MigrationRunner::pause()
{
    if (MigrationEngine *engine = m_engine)
        QMetaObject::invokeMethod(engine, [engine] { engine->pause(); }, Qt::QueuedConnection);
}

void MigrationRunner::resume()
{
    if (MigrationEngine *engine = m_engine)
        QMetaObject::invokeMethod(engine, [engine] { engine->resume(); }, Qt::QueuedConnection);
}
