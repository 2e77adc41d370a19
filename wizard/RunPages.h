#pragma once

class QWizard;
class WizardController;

// The run side of the wizard in one place: Preflight, a Confirm and a Run page per phase,
// the rollback's pair, and the Roll back button (QWizard::CustomButton1), shown on every page
// once the backup has started. MigrationWizard calls this once.
namespace RunPages {
void install(QWizard *wizard, WizardController *controller);
}
