#pragma once

#include <QWidget>

class EnsembleDiagramModel;
class EnsembleDiagramView;
class WizardController;

// Discovery's pictures of the ensemble: Now, After Phase A and After Phase B side by side, each
// an EnsembleDiagramView of a prediction built from WizardController's plan and what discovery
// saw (After Phase B marked skipped when the IDs already are canonical). Holds no state of its
// own: it follows planChanged and the discovery's stateChanged.
class EnsemblePreviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EnsemblePreviewPanel(WizardController *controller, QWidget *parent = nullptr);

    EnsembleDiagramModel *now() const { return m_now; }
    EnsembleDiagramModel *afterPhaseA() const { return m_afterA; }
    EnsembleDiagramModel *afterPhaseB() const { return m_afterB; }
    EnsembleDiagramView *phaseBView() const { return m_viewB; }

private:
    void showPlan();

    WizardController *m_controller;
    EnsembleDiagramModel *m_now;
    EnsembleDiagramModel *m_afterA;
    EnsembleDiagramModel *m_afterB;
    EnsembleDiagramView *m_viewNow;
    EnsembleDiagramView *m_viewA;
    EnsembleDiagramView *m_viewB;
};
