#include "EnsemblePreviewPanel.h"

#include "DiscoveryController.h"
#include "EnsembleDiagramModel.h"
#include "EnsembleDiagramView.h"
#include "WizardController.h"
#include "discovery/DiscoveryModel.h"

#include <QHBoxLayout>

EnsemblePreviewPanel::EnsemblePreviewPanel(WizardController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_now(new EnsembleDiagramModel(this))
    , m_afterA(new EnsembleDiagramModel(this))
    , m_afterB(new EnsembleDiagramModel(this))
    , m_viewNow(new EnsembleDiagramView(m_now, this))
    , m_viewA(new EnsembleDiagramView(m_afterA, this))
    , m_viewB(new EnsembleDiagramView(m_afterB, this))
{
    m_viewNow->setObjectName(QStringLiteral("ensembleNow"));
    m_viewNow->setTitle(tr("Now"));
    m_viewA->setObjectName(QStringLiteral("ensembleAfterPhaseA"));
    m_viewA->setTitle(tr("After Phase A"));
    m_viewB->setObjectName(QStringLiteral("ensembleAfterPhaseB"));
    m_viewB->setTitle(tr("After Phase B"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_viewNow, 1);
    layout->addWidget(m_viewA, 1);
    layout->addWidget(m_viewB, 1);

    connect(m_controller, &WizardController::planChanged, this, &EnsemblePreviewPanel::showPlan);
    connect(m_controller->discovery(), &DiscoveryController::stateChanged, this, &EnsemblePreviewPanel::showPlan);
    connect(m_controller->discovery(), &DiscoveryController::progressChanged, this, &EnsemblePreviewPanel::showPlan);
    showPlan();
}

void EnsemblePreviewPanel::showPlan()
{
    const MigrationPlan &plan = m_controller->plan();
    const QList<MasterDiscovery> &discovered = m_controller->discovery()->model()->results();
    m_now->showPlan(plan, discovered, EnsembleDiagramModel::Stage::Now);
    m_afterA->showPlan(plan, discovered, EnsembleDiagramModel::Stage::AfterPhaseA);
    m_afterB->showPlan(plan, discovered, EnsembleDiagramModel::Stage::AfterPhaseB);
    m_viewB->setTitle(m_afterB->isSkipped() ? tr("After Phase B (skipped)") : tr("After Phase B"));
}
