#include "OperationContext.h"

#include "ClusterProber.h"
#include "MasterLink.h"
#include "MigrationJournal.h"
#include "MigrationReport.h"
#include "WriteProbe.h"
#include "ZkAccess.h"

#include "config/ExhibitorEnvFile.h"

#include <memory>

OperationContext::OperationContext(const MigrationSetup &setup, MigrationJournal *journal, MigrationReport *report,
                                   QObject *parent)
    : QObject(parent)
    , m_setup(setup)
    , m_journal(journal)
    , m_report(report)
    , m_masters(setup.plan.masters())
{
    // One sudo password gate for the masters that came without one (SudoPasswordGate).
    const auto gate = std::make_shared<SudoPasswordGate>();
    for (const QString &master : std::as_const(m_masters)) {
        SshTarget target;
        target.name = master;
        target.host = master;
        for (const SshTarget &candidate : setup.targets) {
            if (candidate.name == master)
                target = candidate;
        }
        if (!target.sudoGate)
            target.sudoGate = gate;
        const QStringList acceptedHostKeys
            = setup.options.acceptedHostKeys + setup.options.masterHostKeys.values(master);
        auto *link = new MasterLink(target, setup.options.clientPort, acceptedHostKeys,
                                    setup.options.forwardHost, this);
        connect(link, &MasterLink::logLine, this, &OperationContext::logLine);
        m_links << link;
    }
    m_prober = new ClusterProber(m_links, this);
    connect(m_prober, &ClusterProber::polled, this, &OperationContext::polled);
    m_zk = new ZkAccess(m_links, setup.options.znodeBase, this);
    m_probe = new WriteProbe(this);
    connect(m_probe, &WriteProbe::message, this,
            [this](LogStream stream, const QString &text) { log(QString(), stream, text); });
}

OperationContext::~OperationContext() = default;

MasterLink *OperationContext::link(const QString &master) const
{
    for (MasterLink *link : m_links) {
        if (link->name() == master)
            return link;
    }
    return nullptr;
}

void OperationContext::openAll(std::function<void(const QStringList &)> callback)
{
    struct Pending
    {
        int outstanding = 1;
        QStringList failed;
        std::function<void(const QStringList &)> callback;
    };
    auto pending = std::make_shared<Pending>();
    pending->callback = std::move(callback);
    auto done = [pending] {
        if (--pending->outstanding == 0)
            pending->callback(pending->failed);
    };
    for (MasterLink *link : std::as_const(m_links)) {
        ++pending->outstanding;
        link->open([this, link, pending, done](bool ok, const QString &error) {
            if (!ok) {
                pending->failed << link->name();
                log(link->name(), LogStream::Error, tr("cannot connect: %1").arg(error));
            }
            done();
        });
    }
    done();
}

bool OperationContext::saveJournal()
{
    QString error;
    if (m_journal->save(&error))
        return true;
    log(QString(), LogStream::Error, error);
    return false;
}

void OperationContext::log(const QString &master, LogStream stream, const QString &text)
{
    emit logLine(LogLine{master, stream, text, QDateTime::currentDateTimeUtc()});
}

void OperationContext::addCheck(const CheckResult &check)
{
    m_report->checks << check;
    log(check.master,
        check.skipped   ? LogStream::Info
        : !check.passed ? LogStream::Error
        : check.warning ? LogStream::Warning
                        : LogStream::Info,
        (check.skipped   ? tr("check skipped: %1: %2")
         : !check.passed ? tr("check FAILED: %1: %2")
         : check.warning ? tr("check passed with a warning: %1: %2")
                         : tr("check passed: %1: %2"))
            .arg(check.title, check.detail));
    emit checkFinished(check);
}

CheckResult OperationContext::check(const QString &id, const QString &master, bool passed, const QString &title,
                                    const QString &detail)
{
    CheckResult result{id, master, passed, false, title, detail, QDateTime::currentDateTimeUtc()};
    addCheck(result);
    return result;
}

Ensemble OperationContext::ensembleFor(Phase phase) const
{
    return phase == Phase::PhaseB ? m_setup.plan.phaseB() : m_setup.plan.phaseA();
}

QByteArray OperationContext::staticEnvFor(const QString &master, Phase phase) const
{
    const QByteArray original = m_state.originalEnv.value(master);
    if (original.isEmpty())
        return QByteArray();
    return ExhibitorEnvFile::parse(original).renderStatic(ensembleFor(phase).toString());
}

void OperationContext::recordQuorum(const ClusterSnapshot &snapshot, Phase phase, const QString &afterRestartOf)
{
    const bool quorum = snapshot.hasQuorum();
    if (!quorum && !m_windowOpen) {
        m_windowOpen = true;
        m_windowFrom = snapshot.time();
        m_windowPhase = phase;
        m_windowMaster = afterRestartOf;
        log(QString(), LogStream::Warning, tr("the ensemble has no quorum: %1").arg(snapshot.summary()));
    } else if (quorum && m_windowOpen) {
        m_windowOpen = false;
        const MigrationReport::QuorumWindow window{m_windowPhase, m_windowMaster, m_windowFrom, snapshot.time()};
        m_report->quorumWindows << window;
        log(QString(), LogStream::Info, tr("quorum is back after %1 ms").arg(window.durationMs()));
    }
}

void OperationContext::closeQuorumWindow()
{
    if (!m_windowOpen)
        return;
    m_windowOpen = false;
    m_report->quorumWindows << MigrationReport::QuorumWindow{m_windowPhase, m_windowMaster, m_windowFrom,
                                                             QDateTime::currentDateTimeUtc()};
}
