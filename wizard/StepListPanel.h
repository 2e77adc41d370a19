#pragma once

#include <QWidget>

class QListView;
class QWizard;
class StepListModel;
class WizardController;

// The step list beside the wizard's pages (QWizard's side widget): where the migration stands,
// step by step. It follows the wizard's page changes and the run's own signals (no polling) and
// takes no input; keyboard and screen reader users reach it as a read-only list whose rows say
// their state in words (StepListModel).
class StepListPanel : public QWidget
{
    Q_OBJECT

public:
    StepListPanel(QWizard *wizard, WizardController *controller);

    StepListModel *model() const { return m_model; }

private:
    void refresh();

    QWizard *m_wizard;
    WizardController *m_controller;
    StepListModel *m_model;
    QListView *m_list;
};
