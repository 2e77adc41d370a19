#pragma once

#include <QWizard>

class WizardController;

// The main window: a QWizard whose pages all share one WizardController. The wizard only wires
// pages to the controller; it does no work itself (nothing in accept()), so later pages (connect,
// discover, preflight, confirm, run) plug in by id (WizardPageId.h) without touching the others.
class MigrationWizard : public QWizard
{
    Q_OBJECT

public:
    explicit MigrationWizard(QWidget *parent = nullptr);

    WizardController *controller() const { return m_controller; }

    // Closing (Cancel, Escape, the window's close button) while a run is active asks first: the
    // masters are mid-phase, and the safe way out is to stop after the current step, as the
    // journal then records it for a resume or a rollback.
    void done(int result) override;

private:
    void askBeforeClosingDuringRun(int result);

    WizardController *m_controller;
    bool m_closeAfterRun = false;
};
