#include "RunPhasePage.h"

#include "EnsembleDiagramView.h"
#include "InlineMessage.h"
#include "LiveClientsPanel.h"
#include "LogPane.h"
#include "ProgressValue.h"
#include "RunController.h"
#include "RunMastersModel.h"
#include "StaleLockButton.h"
#include "StepModeBar.h"
#include "WizardController.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

RunPhasePage::RunPhasePage(Phase phase, WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_phase(phase)
    , m_controller(controller)
    , m_state(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_quorum(new QLabel(this))
    , m_masters(new QTableView(this))
    , m_message(new InlineMessage(this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_cancel(new QPushButton(tr("Cancel &run"), this))
    , m_log(new LogPane(controller->run()->log(), this))
{
    setTitle(phase == Phase::Rollback ? tr("Rolling back") : tr("Running: %1").arg(phaseTitle(phase)));
    setSubTitle(tr("Pause stops after the current step (never in the middle of a restart); Cancel run stops "
                   "there for good, to resume or roll back later."));
    const QString key = phaseKey(phase);
    m_state->setObjectName(QStringLiteral("runState_") + key);
    m_state->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("runProgress_") + key);
    m_progress->setAccessibleName(tr("Run progress"));
    m_quorum->setObjectName(QStringLiteral("runQuorum_") + key);
    m_quorum->setAccessibleName(tr("Quorum"));
    m_masters->setObjectName(QStringLiteral("runMasters_") + key);
    m_masters->setAccessibleName(tr("Each master's state"));
    m_masters->setModel(m_controller->run()->masters());
    m_masters->verticalHeader()->hide();
    m_masters->horizontalHeader()->setStretchLastSection(true);
    m_masters->setSelectionMode(QAbstractItemView::NoSelection);
    m_masters->setTabKeyNavigation(false);
    m_message->setObjectName(QStringLiteral("runMessage_") + key);
    m_pause->setObjectName(QStringLiteral("runPause_") + key);
    m_pause->setAccessibleName(tr("Pause or continue the run"));
    m_cancel->setObjectName(QStringLiteral("runCancel_") + key);
    m_cancel->setAccessibleName(tr("Cancel the run after the current step"));
    m_log->setObjectName(QStringLiteral("runLog_") + key);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_progress, 1);
    controls->addWidget(m_pause);
    controls->addWidget(m_cancel);
    if (phase == Phase::Rollback) // the first step of a rollback takes the run lock
        controls->addWidget(new StaleLockButton(controller->run(), QStringLiteral("runTakeOver_") + key, this));
    auto *mastersLabel = new QLabel(tr("&Masters:"), this);
    mastersLabel->setBuddy(m_masters);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(mastersLabel);
    // Beside the table, the same ensemble as a picture: roles, numbering, backend, quorum.
    auto *ensemble = new EnsembleDiagramView(controller->run()->ensemble(), top);
    ensemble->setObjectName(QStringLiteral("runEnsemble_") + key);
    ensemble->setTitle(tr("Ensemble now"));
    auto *mastersRow = new QHBoxLayout;
    mastersRow->addWidget(m_masters, 1);
    mastersRow->addWidget(ensemble, 1);
    topLayout->addLayout(mastersRow);
    splitter->addWidget(top);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_message);
    layout->addLayout(controls);
    if (phase == Phase::PhaseA || phase == Phase::PhaseB || phase == Phase::Rollback)
        layout->addWidget(new StepModeBar(controller->run(), key, this));
    layout->addWidget(m_quorum);
    layout->addWidget(new LiveClientsPanel(controller->run()->runner(), key, this));
    layout->addWidget(splitter, 1);

    RunController *run = m_controller->run();
    connect(m_pause, &QPushButton::clicked, this, [run] {
        if (run->isPauseRequested())
            run->resume();
        else
            run->pause();
    });
    connect(m_cancel, &QPushButton::clicked, run, &RunController::cancel);
    connect(run, &RunController::changed, this, &RunPhasePage::showState);
    connect(run, &RunController::liveStateChanged, this, &RunPhasePage::showLive);
}

void RunPhasePage::initializePage()
{
    m_quorum->setText(tr("Quorum: not polled yet in this phase."));
    if (const auto live = m_controller->run()->liveState())
        showLive(*live);
    showState();
}

void RunPhasePage::showLive(const LiveClusterState &state)
{
    const int masters = int(state.masters.size());
    if (state.quorum) {
        m_quorum->setText(tr("Quorum: yes — leader %1, %2 of %3 serving.")
                              .arg(state.leader)
                              .arg(state.serving)
                              .arg(masters));
    } else {
        m_quorum->setText(
            tr("Quorum: NONE — %1 of %2 serving, %3.")
                .arg(state.serving)
                .arg(masters)
                .arg(state.leader.isEmpty() ? tr("no single leader") : tr("leader %1").arg(state.leader)));
    }
}

void RunPhasePage::showState()
{
    RunController *run = m_controller->run();
    ProgressValue::set(m_progress, qMax(1, run->total()), qMin(run->done(), qMax(1, run->total())));
    const bool running = run->isRunning();
    m_pause->setEnabled(running && !isComplete());
    m_pause->setText(run->isPauseRequested() ? tr("C&ontinue") : tr("&Pause"));
    m_cancel->setEnabled(running && !isComplete());

    if (run->hasFinished() && run->outcome() != RunOutcome::Succeeded) {
        m_state->setText(run->outcome() == RunOutcome::Cancelled ? tr("The run was cancelled.")
                                                                 : tr("The run failed."));
        const bool rollback = m_phase == Phase::Rollback;
        m_message->setMessage(
            InlineMessage::Kind::Error,
            rollback ? run->outcomeMessage()
                     : tr("%1\nThe masters stay as they are now. Roll back to restore the original "
                          "configuration, or resume later from the journal.")
                           .arg(run->outcomeMessage()));
    } else if (isComplete()) {
        m_state->setText(m_phase == Phase::Rollback
                             ? run->outcomeMessage()
                             : tr("%1 is done. Next shows what comes next.").arg(phaseTitle(m_phase)));
        m_message->clear();
    } else if (run->isPaused()) {
        m_state->setText(tr("Paused after the last completed step. Continue when ready."));
        m_message->clear();
    } else if (run->isPauseRequested()) {
        m_state->setText(tr("Pausing after the current step…"));
    } else {
        m_state->setText(tr("%1 is running…").arg(phaseTitle(m_phase)));
        m_message->clear();
    }
    m_completeSignal.update(this, wizard());
}

bool RunPhasePage::isComplete() const
{
    RunController *run = m_controller->run();
    if (m_phase == Phase::Rollback)
        return run->hasFinished() && !run->isRunning();
    return run->isPhaseDone(m_phase);
}

int RunPhasePage::nextId() const
{
    return m_controller->run()->nextPage();
}
