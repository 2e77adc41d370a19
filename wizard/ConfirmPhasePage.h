#pragma once

#include "migration/MigrationTypes.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class WizardController;

// A commit page before one phase (Backup, Phase A, Phase B, Verify) or the rollback: exactly
// what will happen, on which masters, with which commands, what the operator will see, and the
// estimate (RunEstimateTracker: restarts, duration, quorum change, clients that reconnect). The
// operator ticks that they read it, then commits; only then does the engine go on (or, for the
// rollback, start).
class ConfirmPhasePage : public QWizardPage
{
    Q_OBJECT

public:
    ConfirmPhasePage(Phase phase, WizardController *controller, QWidget *parent = nullptr);

    Phase phase() const { return m_phase; }
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    // What the operator will see while the phase runs (translated, plain text).
    static QString expectations(Phase phase, int masters);

private:
    QString plannedText() const;
    // RunEstimate for this phase: restarts, duration, quorum change, reconnecting clients.
    void showEstimate();

    Phase m_phase;
    WizardController *m_controller;
    QLabel *m_expect;
    QLabel *m_estimate;
    QPlainTextEdit *m_plan;
    QCheckBox *m_understood;
    QLabel *m_waiting;
};
