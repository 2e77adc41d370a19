#pragma once

#include "CompleteSignal.h"

#include "migration/MigrationTypes.h"

#include <QWizardPage>

class InlineMessage;
class LogPane;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class WizardController;

// One phase running (Backup, Phase A, Phase B, Verify, or the rollback): the live log, each
// master's state, the ensemble's quorum as the last poll saw it, pause/continue and cancel.
// Next only once the phase is done; a failure is shown here with the way out (roll back),
// never "continue anyway".
class RunPhasePage : public QWizardPage
{
    Q_OBJECT

public:
    RunPhasePage(Phase phase, WizardController *controller, QWidget *parent = nullptr);

    Phase phase() const { return m_phase; }
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void showState();
    void showLive(const LiveClusterState &state);

    Phase m_phase;
    WizardController *m_controller;
    QLabel *m_state;
    QProgressBar *m_progress;
    QLabel *m_quorum;
    QTableView *m_masters;
    InlineMessage *m_message;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    LogPane *m_log;
    CompleteSignal m_completeSignal;
};
