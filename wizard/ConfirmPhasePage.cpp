#include "ConfirmPhasePage.h"

#include "RunController.h"
#include "RunEstimateTracker.h"
#include "StepModeBar.h"
#include "WizardController.h"
#include "WizardPageId.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

ConfirmPhasePage::ConfirmPhasePage(Phase phase, WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_phase(phase)
    , m_controller(controller)
    , m_expect(new QLabel(this))
    , m_estimate(new QLabel(this))
    , m_plan(new QPlainTextEdit(this))
    , m_understood(new QCheckBox(this))
    , m_waiting(new QLabel(this))
{
    setCommitPage(true);
    const QString key = phaseKey(phase);
    switch (phase) {
    case Phase::Backup:
        setTitle(tr("Confirm: back up the env file"));
        setButtonText(QWizard::CommitButton, tr("&Back up now"));
        m_understood->setText(tr("I have read what the backup does and want to start it"));
        break;
    case Phase::PhaseA:
        setTitle(tr("Confirm: Phase A, static backend with the current IDs"));
        setButtonText(QWizard::CommitButton, tr("&Start Phase A"));
        m_understood->setText(tr("I have read what Phase A does and want to start it"));
        break;
    case Phase::PhaseB:
        setTitle(tr("Confirm: Phase B, DC/OS's canonical IDs"));
        setButtonText(QWizard::CommitButton, tr("&Start Phase B"));
        m_understood->setText(tr("I have read what Phase B does and want to start it"));
        break;
    case Phase::Verify:
        setTitle(tr("Confirm: verify the migrated cluster"));
        setButtonText(QWizard::CommitButton, tr("&Verify now"));
        m_understood->setText(tr("I have read what Verify does and want to start it"));
        break;
    default:
        setTitle(tr("Confirm: roll back to the original configuration"));
        setButtonText(QWizard::CommitButton, tr("&Roll back now"));
        m_understood->setText(tr("I have read what the rollback does and want to start it"));
        break;
    }
    setSubTitle(tr("Nothing happens until you confirm. Read what will happen on which master."));
    m_expect->setObjectName(QStringLiteral("confirmExpectations_") + key);
    m_expect->setWordWrap(true);
    m_expect->setTextFormat(Qt::PlainText);
    m_expect->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_estimate->setObjectName(QStringLiteral("confirmEstimate_") + key);
    m_estimate->setAccessibleName(tr("Estimate for %1").arg(phaseTitle(phase)));
    m_estimate->setWordWrap(true);
    m_estimate->setTextFormat(Qt::PlainText);
    m_estimate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_estimate->setFrameShape(QFrame::StyledPanel);
    m_estimate->setMargin(6);
    m_plan->setObjectName(QStringLiteral("confirmPlan_") + key);
    m_plan->setAccessibleName(tr("What %1 runs on each master").arg(phaseTitle(phase)));
    m_plan->setReadOnly(true);
    m_plan->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_plan->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_understood->setObjectName(QStringLiteral("confirmUnderstood_") + key);
    m_understood->setAccessibleName(m_understood->text());
    m_waiting->setObjectName(QStringLiteral("confirmWaiting_") + key);
    m_waiting->setWordWrap(true);

    auto *planLabel = new QLabel(tr("&Commands per master:"), this);
    planLabel->setBuddy(m_plan);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_expect);
    layout->addWidget(m_estimate);
    layout->addWidget(planLabel);
    layout->addWidget(m_plan, 1);
    layout->addWidget(m_understood);
    if (phase == Phase::PhaseA || phase == Phase::PhaseB || phase == Phase::Rollback)
        layout->addWidget(new StepModeBar(controller->run(), QStringLiteral("confirm_") + key, this));
    layout->addWidget(m_waiting);

    connect(m_understood, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    // Refined while the page is open: the restart before it may settle only now.
    connect(RunEstimateTracker::of(controller), &RunEstimateTracker::changed, this, &ConfirmPhasePage::showEstimate);
    connect(m_controller->run(), &RunController::changed, this, [this] {
        m_waiting->setText(isComplete() || m_phase == Phase::Rollback || m_controller->run()->awaitingPhase()
                               ? QString()
                               : tr("Waiting for the run to reach this step…"));
        Q_EMIT completeChanged();
    });
}

QString ConfirmPhasePage::expectations(Phase phase, int masters)
{
    const int majority = masters / 2 + 1;
    switch (phase) {
    case Phase::Backup:
        return tr("On every master the env file is copied to exhibitor.orig (cp -p; an existing backup that "
                  "differs is never overwritten) and checksummed against the file preflight read. No service "
                  "restarts; ZooKeeper keeps serving. From now on the Roll back button stays available.");
    case Phase::PhaseA:
        return tr("The static env file with every master's current ID is written to all %n master(s) first "
                  "(atomically, read back). Then the masters restart one at a time, followers first; each "
                  "must settle (unit active, serving, one leader, majority serving, caught up) before the "
                  "next. The leader is left for Phase B when Phase B follows, so Phase A causes no leader "
                  "election. Expect each master to show restarting, then settling, then settled.",
                  nullptr, masters);
    case Phase::PhaseB:
        return tr("The env file with DC/OS's canonical IDs is written to all masters, then they restart one "
                  "at a time. The first restarted masters log \"ZooKeeperServer not running\" until a "
                  "majority (%1 of %2) runs the new numbering: expected, not an error. The %1. restart (the "
                  "old leader's) is the one brief quorum change, about a second: the masters still on the "
                  "old numbering are stopped at that moment and started on the new numbering after it. "
                  "Clients reconnect within their session timeout.")
            .arg(majority)
            .arg(masters);
    case Phase::Verify:
        return tr(
            "Read-only: one leader, followers in sync, every master's ID, env file, myid and zoo.cfg as "
            "planned, the data unchanged since preflight and the canary session alive. Then the new "
            "config.yaml is written next to the original and the run's own znodes are removed.");
    default:
        return tr("Any running step finishes first. Then exhibitor.orig is restored on every master byte for "
                  "byte and the masters restart one at a time in the safe order, each settling before the "
                  "next; a renumbered ensemble goes back with the same brief quorum change as Phase B. "
                  "Finally the original files and IDs are verified.");
    }
}

QString ConfirmPhasePage::plannedText() const
{
    QStringList lines;
    for (const auto &[info, preview] : m_controller->run()->previews(m_phase)) {
        lines << QStringLiteral("— %1").arg(info.title);
        if (!preview.summary.isEmpty())
            lines << QStringLiteral("  %1").arg(preview.summary);
        for (const OperationPreview::Item &item : preview.items) {
            for (const QString &command : item.commands)
                lines << QStringLiteral("  %1$ %2").arg(item.master, command);
        }
        if (!preview.undo.isEmpty())
            lines << QStringLiteral("  %1").arg(tr("Undo: %1").arg(preview.undo));
        lines << QString();
    }
    return lines.join(QLatin1Char('\n'));
}

void ConfirmPhasePage::initializePage()
{
    const QStringList masters = m_controller->plan().masters();
    m_expect->setText(expectations(m_phase, int(masters.size())) + QLatin1Char('\n')
                      + tr("Masters: %1").arg(masters.join(QStringLiteral(", "))));
    m_plan->setPlainText(plannedText());
    showEstimate();
    m_understood->setChecked(false);
}

bool ConfirmPhasePage::isComplete() const
{
    if (!m_understood->isChecked())
        return false;
    if (m_phase == Phase::Rollback)
        return true;
    const auto awaiting = m_controller->run()->awaitingPhase();
    return awaiting && *awaiting == m_phase;
}

void ConfirmPhasePage::showEstimate()
{
    m_estimate->setText(tr("Estimate:") + QLatin1Char('\n') + RunEstimateTracker::of(m_controller)->estimate().text(m_phase));
}

bool ConfirmPhasePage::validatePage()
{
    // What the operator committed on, for the Summary's estimate-and-actual comparison.
    RunEstimateTracker::of(m_controller)->commit(m_phase);
    if (m_phase == Phase::Rollback)
        m_controller->run()->rollBack();
    else
        m_controller->run()->confirmPhase(m_phase);
    return true;
}

int ConfirmPhasePage::nextId() const
{
    switch (m_phase) {
    case Phase::Backup:
        return WizardPageId::RunBackup;
    case Phase::PhaseA:
        return WizardPageId::RunPhaseA;
    case Phase::PhaseB:
        return WizardPageId::RunPhaseB;
    case Phase::Verify:
        return WizardPageId::RunVerify;
    default:
        return WizardPageId::RunRollback;
    }
}
