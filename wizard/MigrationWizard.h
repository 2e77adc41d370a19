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

private:
    WizardController *m_controller;
};
