#include "PlanPreviewPanel.h"

#include "DiscoveryController.h"
#include "EnsemblePreviewPanel.h"
#include "InlineMessage.h"
#include "WizardController.h"
#include "migration/MigrationOptions.h"
#include "migration/MigrationRunner.h"

#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

QPlainTextEdit *diffView(QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setTabChangesFocus(true);
    return view;
}

} // namespace

PlanPreviewPanel::PlanPreviewPanel(WizardController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_phaseA(new QLineEdit(this))
    , m_copyPhaseA(new QPushButton(tr("Copy"), this))
    , m_phaseB(new QLineEdit(this))
    , m_copyPhaseB(new QPushButton(tr("Copy"), this))
    , m_phaseBReason(new QLabel(this))
    , m_restartOrder(new QLabel(this))
    , m_issues(new InlineMessage(this))
    , m_diffs(new QTabWidget(this))
    , m_configDiff(diffView(this))
    , m_envMaster(new QComboBox(this))
    , m_envPhase(new QComboBox(this))
    , m_envDiff(diffView(this))
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto *phaseALabel = new QLabel(tr("Phase &A ensemble (current IDs):"), this);
    phaseALabel->setBuddy(m_phaseA);
    m_phaseA->setObjectName(QStringLiteral("phaseAEnsemble"));
    m_phaseA->setAccessibleName(tr("Phase A ensemble"));
    m_phaseA->setReadOnly(true);
    m_phaseA->setFont(fixed);
    m_copyPhaseA->setObjectName(QStringLiteral("copyPhaseAButton"));
    m_copyPhaseA->setAccessibleName(tr("Copy the Phase A ensemble"));

    auto *phaseBLabel = new QLabel(tr("Phase B ensemble (&canonical IDs):"), this);
    phaseBLabel->setBuddy(m_phaseB);
    m_phaseB->setObjectName(QStringLiteral("phaseBEnsemble"));
    m_phaseB->setAccessibleName(tr("Phase B ensemble"));
    m_phaseB->setReadOnly(true);
    m_phaseB->setFont(fixed);
    m_copyPhaseB->setObjectName(QStringLiteral("copyPhaseBButton"));
    m_copyPhaseB->setAccessibleName(tr("Copy the Phase B ensemble"));

    m_phaseBReason->setObjectName(QStringLiteral("phaseBReason"));
    m_phaseBReason->setWordWrap(true);
    m_phaseBReason->setTextFormat(Qt::PlainText);
    m_phaseBReason->setAccessibleName(tr("Whether Phase B is needed"));
    m_restartOrder->setObjectName(QStringLiteral("restartOrder"));
    m_restartOrder->setWordWrap(true);
    m_restartOrder->setTextFormat(Qt::PlainText);
    m_restartOrder->setAccessibleName(tr("Restart order"));
    m_issues->setObjectName(QStringLiteral("planIssues"));

    m_configDiff->setObjectName(QStringLiteral("configDiff"));
    m_configDiff->setAccessibleName(tr("Changes to config.yaml"));
    m_envDiff->setObjectName(QStringLiteral("envDiff"));
    m_envDiff->setAccessibleName(tr("Changes to the master's env file"));
    m_envMaster->setObjectName(QStringLiteral("envDiffMaster"));
    m_envMaster->setAccessibleName(tr("Master whose env file diff is shown"));
    m_envPhase->setObjectName(QStringLiteral("envDiffPhase"));
    m_envPhase->setAccessibleName(tr("Phase whose env file is shown"));
    m_envPhase->addItem(tr("Phase A"), int(Phase::PhaseA));
    m_envPhase->addItem(tr("Phase B"), int(Phase::PhaseB));

    auto *envPage = new QWidget(m_diffs);
    auto *envMasterLabel = new QLabel(tr("&Master:"), envPage);
    envMasterLabel->setBuddy(m_envMaster);
    auto *envPhaseLabel = new QLabel(tr("Af&ter:"), envPage);
    envPhaseLabel->setBuddy(m_envPhase);
    auto *envRow = new QHBoxLayout;
    envRow->addWidget(envMasterLabel);
    envRow->addWidget(m_envMaster, 1);
    envRow->addWidget(envPhaseLabel);
    envRow->addWidget(m_envPhase);
    auto *envLayout = new QVBoxLayout(envPage);
    envLayout->setContentsMargins(0, 0, 0, 0);
    envLayout->addLayout(envRow);
    envLayout->addWidget(m_envDiff, 1);

    m_diffs->setObjectName(QStringLiteral("previewDiffs"));
    m_diffs->setAccessibleName(tr("The ensemble and the file changes"));
    // First: the ensemble now and after each phase, in a scroll area for many masters.
    auto *pictures = new QScrollArea(m_diffs);
    pictures->setObjectName(QStringLiteral("ensemblePreviewArea"));
    pictures->setWidgetResizable(true);
    pictures->setFrameShape(QFrame::NoFrame);
    pictures->setWidget(new EnsemblePreviewPanel(controller, pictures));
    m_diffs->addTab(pictures, tr("Ensemble &diagram"));
    m_diffs->addTab(envPage, tr("&Env files (per master)"));
    m_diffs->addTab(m_configDiff, tr("config.&yaml"));

    auto *ensembles = new QGridLayout;
    ensembles->addWidget(phaseALabel, 0, 0);
    ensembles->addWidget(m_phaseA, 0, 1);
    ensembles->addWidget(m_copyPhaseA, 0, 2);
    ensembles->addWidget(phaseBLabel, 1, 0);
    ensembles->addWidget(m_phaseB, 1, 1);
    ensembles->addWidget(m_copyPhaseB, 1, 2);
    ensembles->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(ensembles);
    layout->addWidget(m_phaseBReason);
    layout->addWidget(m_restartOrder);
    layout->addWidget(m_issues);
    layout->addWidget(m_diffs, 1);

    setTabOrder(m_phaseA, m_copyPhaseA);
    setTabOrder(m_copyPhaseA, m_phaseB);
    setTabOrder(m_phaseB, m_copyPhaseB);
    setTabOrder(m_copyPhaseB, m_diffs);
    setTabOrder(m_diffs, m_envMaster);
    setTabOrder(m_envMaster, m_envPhase);
    setTabOrder(m_envPhase, m_envDiff);

    connect(m_copyPhaseA, &QPushButton::clicked, this, [this] { copyToClipboard(m_phaseA); });
    connect(m_copyPhaseB, &QPushButton::clicked, this, [this] { copyToClipboard(m_phaseB); });
    connect(m_envMaster, &QComboBox::currentIndexChanged, this, &PlanPreviewPanel::showEnvDiff);
    connect(m_envPhase, &QComboBox::currentIndexChanged, this, &PlanPreviewPanel::showEnvDiff);
    connect(m_controller, &WizardController::planChanged, this, &PlanPreviewPanel::showPlan);
    // A plan being built: the reason and the restart order wait for it.
    connect(m_controller, &WizardController::busyChanged, this, &PlanPreviewPanel::showPlan);
    connect(m_controller->discovery(), &DiscoveryController::stateChanged, this, &PlanPreviewPanel::showPlan);
    showPlan();
}

QWidget *PlanPreviewPanel::firstFocusWidget() const
{
    return m_phaseA;
}

void PlanPreviewPanel::showPlan()
{
    const MigrationPlan &plan = m_controller->plan();
    const bool haveConfig = m_controller->hasValidConfig();
    const bool valid = m_controller->planIsValid();

    // Phase B is known from master_list alone; Phase A needs a valid current ID for every master.
    m_phaseA->setText(plan.phaseA().toString());
    m_phaseA->setPlaceholderText(haveConfig ? tr("Needs an agreed current ID for every master") : QString());
    m_phaseB->setText(plan.phaseB().toString());
    // Show each ensemble from its start: the first IDs are the ones to compare.
    m_phaseA->setCursorPosition(0);
    m_phaseB->setCursorPosition(0);
    m_copyPhaseA->setEnabled(!m_phaseA->text().isEmpty());
    m_copyPhaseB->setEnabled(!m_phaseB->text().isEmpty());

    if (valid) {
        m_phaseBReason->setText(plan.phaseBReason());
        m_restartOrder->setText(restartOrder());
    } else if (m_controller->planIsBuilding()) {
        m_phaseBReason->setText(tr("Computing the plan for these IDs…"));
        m_restartOrder->clear();
    } else {
        m_phaseBReason->setText(haveConfig ? tr("Whether Phase B is needed is known once every master has an "
                                                "agreed current ID.")
                                           : QString());
        m_restartOrder->clear();
    }

    QStringList problems;
    if (haveConfig) {
        for (const auto &issue : plan.issues())
            problems << issue.toString();
    }
    m_issues->setMessage(InlineMessage::Kind::Error, problems.join(QLatin1Char('\n')));

    // The config.yaml change does not depend on the IDs: shown even while they are incomplete.
    m_configDiff->setPlainText(plan.configYamlDiff());

    const QString master = m_envMaster->currentText();
    const QSignalBlocker blocker(m_envMaster);
    m_envMaster->clear();
    m_envMaster->addItems(plan.masters());
    m_envMaster->setCurrentIndex(qMax(0, plan.masters().indexOf(master)));
    showEnvDiff();
}

void PlanPreviewPanel::showEnvDiff()
{
    const QString master = m_envMaster->currentText();
    const auto phase = Phase(m_envPhase->currentData().toInt());
    if (phase == Phase::PhaseB && !m_controller->plan().phaseBNeeded()) {
        m_envDiff->setPlainText(tr("No Phase B: the env files keep what Phase A writes."));
        return;
    }
    const QString diff = master.isEmpty() ? QString() : m_controller->discovery()->envDiffFor(master, phase);
    if (!diff.isEmpty())
        m_envDiff->setPlainText(diff);
    else if (master.isEmpty())
        m_envDiff->clear();
    else
        m_envDiff->setPlainText(
            tr("Known once discovery has read %1's env file and every master has an agreed ID.").arg(master));
}

QString PlanPreviewPanel::restartOrder() const
{
    // The engine's own prediction: the same previews the run confirms, with the leader as seen.
    const MigrationOptions options;
    PreviewInput input;
    input.plan = &m_controller->plan();
    input.options = &options;
    input.leader = m_controller->discovery()->leader();
    QStringList phaseA;
    QStringList phaseB;
    for (const auto &[info, preview] :
         MigrationRunner::previews(OperationListBuilder::Kind::Migrate, input)) {
        if (!info.id.contains(QLatin1String(".restart.")) || preview.items.isEmpty())
            continue;
        QString master = preview.items.first().master;
        if (master == input.leader)
            master = tr("%1 (leader)").arg(master);
        (info.phase == Phase::PhaseB ? phaseB : phaseA) << master;
    }
    const QString separator = QStringLiteral(" → ");
    QString text = tr("Restart order, followers first: Phase A %1").arg(phaseA.join(separator));
    if (!phaseB.isEmpty())
        text += tr("; Phase B %1").arg(phaseB.join(separator));
    if (input.leader.isEmpty())
        text += tr(" (no leader seen: the run picks it when each restart is due).");
    else if (!phaseB.isEmpty() && !phaseA.join(QString()).contains(input.leader))
        text += tr(" (the leader is left to Phase B, which restarts it anyway).");
    return text;
}

void PlanPreviewPanel::copyToClipboard(const QLineEdit *field)
{
    QGuiApplication::clipboard()->setText(field->text());
}
